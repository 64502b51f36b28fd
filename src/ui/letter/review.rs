//! The live review of the letter against the framework A–G, in the interface language.
//! What counts as ready is decided in [`crate::domain::review`].

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::domain::Case;
use crate::domain::review::{self, Element, LengthUnit};
use crate::i18n::Localizer;

use super::EditorState;
use crate::ui::{bullet, theme};

/// The review of the draft against the framework, in the interface language.
pub(super) fn review_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    case: &Case,
    i18n: &Localizer,
    language: &LanguageIdentifier,
) {
    let text = case.draft.plain_text();
    let scenario = case.draft.scenario;
    let fresh = match &state.reviewed {
        Some((t, l, s, _)) => t != &text || l != language || *s != scenario,
        None => true,
    };
    if fresh {
        let cues = i18n.cues(language);
        let r = review::review(&text, cues, &state.markers);
        state.reviewed = Some((text, language.clone(), scenario, r));
    }
    let Some((_, _, _, r)) = &state.reviewed else {
        return;
    };
    let cues = i18n.cues(language);
    let expectation = review::expectation(scenario, case.draft.custom.is_some(), cues);
    let required = expectation.required;
    ui.add_space(6.0);
    egui::CollapsingHeader::new(i18n.tr("review-title"))
        .id_salt("review")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(i18n.tr("review-intro")).weak());
            for element in Element::ALL {
                let present = r.present.contains(&element);
                let needed = required.contains(&element);
                let (mark, state_id, colour) = if present {
                    ("✔", "review-present", theme::good(ui))
                } else if needed {
                    ("✖", "review-missing", theme::warn(ui))
                } else {
                    ("–", "review-optional", ui.visuals().weak_text_color())
                };
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(colour, mark);
                    ui.label(format!(
                        "{}: {}",
                        i18n.tr(element.message_id()),
                        i18n.tr(state_id)
                    ));
                });
            }
            let mut args = FluentArgs::new();
            args.set("length", r.length);
            args.set("max", expectation.max_length);
            let length_id = match cues.length_unit {
                LengthUnit::Words => "review-length-words",
                LengthUnit::Characters => "review-length-chars",
            };
            ui.label(i18n.tr_args(length_id, &args));
            if r.is_too_long(&expectation) {
                ui.colored_label(theme::warn(ui), format!("⚠ {}", i18n.tr("review-too-long")));
            }
            if !r.negative.is_empty() {
                let mut args = FluentArgs::new();
                args.set("words", i18n.join(&r.negative));
                ui.colored_label(
                    theme::warn(ui),
                    format!("⚠ {}", i18n.tr_args("review-negative", &args)),
                );
            }
            if !r.unfilled.is_empty() {
                let mut args = FluentArgs::new();
                args.set("placeholders", i18n.join(&r.unfilled));
                bullet(ui, &i18n.tr_args("review-unfilled", &args));
            }
            if r.is_ready(&expectation) {
                ui.colored_label(theme::good(ui), format!("✔ {}", i18n.tr("review-all-good")));
            }
        });
}
