//! The live review of the letter against the framework A–G, in the interface language,
//! and the marks it leaves in the text (criticism and misspellings underlined). What
//! counts as ready is decided in [`crate::domain::review`].

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::domain::review::{self, Draft, Element, Expectation, LengthUnit, Presence, Review};
use crate::domain::template::{CustomTemplate, Scenario};
use crate::domain::{Case, letter};
use crate::i18n::Localizer;
use crate::spelling::Status;

use super::EditorState;
use crate::ui::{bullet, theme};

/// The last review, and what it was made of: an unchanged draft is not reviewed again.
pub(super) struct Reviewed {
    subject: String,
    body: String,
    language: LanguageIdentifier,
    /// The scenario the draft was reviewed as.
    pub(super) scenario: Scenario,
    /// The spelling state it was made with ([`crate::spelling::Spelling::generation`]).
    spelling: u64,
    pub(super) review: Review,
    /// Where the body starts in the reviewed text.
    pub(super) body_offset: usize,
}

impl Reviewed {
    /// The review found nothing to fix.
    pub(super) fn is_ready(&self, i18n: &Localizer) -> bool {
        let rules = i18n.review_rules(&self.language);
        self.review
            .is_ready(&review::expectation(self.scenario, rules))
    }

    /// Still the review of `case`'s draft as it stands.
    pub(super) fn is_of(&self, case: &Case) -> bool {
        self.subject == case.draft.subject.trim() && self.body == case.draft.body
    }
}

/// Review the draft if it changed since the last review (or the language, the scenario
/// or the dictionary did).
pub(super) fn refresh_review(
    state: &mut EditorState,
    case: &Case,
    profile: &crate::domain::Profile,
    templates: &[CustomTemplate],
    i18n: &Localizer,
    language: &LanguageIdentifier,
    spelling: &crate::spelling::Spelling,
) {
    let scenario = letter::review_scenario(&case.draft, templates);
    let generation = spelling.generation();
    let fresh = state.reviewed.as_ref().is_none_or(|r| {
        !r.is_of(case)
            || &r.language != language
            || r.scenario != scenario
            || r.spelling != generation
    });
    if !fresh {
        return;
    }
    let rules = i18n.review_rules(language);
    let draft = Draft {
        subject: case.draft.subject.trim(),
        body: &case.draft.body,
    };
    let mut r = review::review(draft, rules, &state.markers);
    r.word_for_word = !case.draft.is_edited();
    // Never flagged: the opportunity's names, the people met there, and the user's own
    // name (a language without capitals, such as Korean, cannot tell a name apart).
    let mut names = vec![
        case.company.as_str(),
        case.role.as_str(),
        case.contact.as_str(),
        case.contact_address.as_str(),
        profile.name.as_str(),
        profile.signature.as_str(),
    ];
    names.extend(case.followup.people.iter().map(|p| p.name.as_str()));
    r.misspelled = spelling.check(language, &draft, rules, &names);
    state.reviewed = Some(Reviewed {
        subject: draft.subject.to_owned(),
        body: case.draft.body.clone(),
        language: language.clone(),
        scenario,
        spelling: generation,
        body_offset: draft.body_offset(),
        review: r,
    });
}

/// The review of the draft against the framework, in the interface language.
pub(super) fn review_ui(
    ui: &mut egui::Ui,
    state: &EditorState,
    i18n: &Localizer,
    language: &LanguageIdentifier,
    spelling: &crate::spelling::Spelling,
) {
    let Some(reviewed) = &state.reviewed else {
        return;
    };
    let r = &reviewed.review;
    let rules = i18n.review_rules(language);
    let expectation = review::expectation(reviewed.scenario, rules);
    ui.add_space(6.0);
    egui::CollapsingHeader::new(i18n.tr("review-title"))
        .id_salt("review")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(i18n.tr("review-intro")).weak());
            for element in Element::ALL {
                let (mark, state_id, colour) = match r.presence(element, &expectation) {
                    Presence::Present => ("✔", "review-present", theme::good(ui)),
                    Presence::Missing => ("✖", "review-missing", theme::warn(ui)),
                    Presence::AbsentOptional => {
                        ("–", "review-optional", ui.visuals().weak_text_color())
                    }
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
            length_ui(ui, i18n, r, &expectation, rules.length_unit());
            for finding in &r.critical {
                let mut args = FluentArgs::new();
                args.set("text", finding.text.as_str());
                args.set("why", i18n.tr(finding.about.message_id()));
                let mut line = i18n.tr_args("review-critical", &args);
                if finding.kinder.is_empty() {
                    line = format!("{line} {}", i18n.tr("review-critical-leave-out"));
                } else {
                    let mut args = FluentArgs::new();
                    args.set("kinder", finding.kinder.as_str());
                    line = format!("{line} {}", i18n.tr_args("review-critical-kinder", &args));
                }
                ui.colored_label(theme::warn(ui), format!("⚠ {line}"));
            }
            if !r.unfilled.is_empty() {
                let mut args = FluentArgs::new();
                args.set("placeholders", i18n.join(&r.unfilled));
                bullet(ui, &i18n.tr_args("review-unfilled", &args));
            }
            match &r.misspelled {
                Some(words) if !words.is_empty() => {
                    let mut args = FluentArgs::new();
                    args.set("count", words.len());
                    ui.colored_label(
                        theme::warn(ui),
                        format!("⚠ {}", i18n.tr_args("review-misspelled", &args)),
                    );
                }
                Some(_) => {}
                None => {
                    let mut args = FluentArgs::new();
                    args.set("language", crate::i18n::native_name(language));
                    let text = match spelling.status(language) {
                        Status::Loading => i18n.tr("review-dictionary-loading"),
                        Status::Unreliable(word) => {
                            args.set("word", word);
                            i18n.tr_args("review-dictionary-unreliable", &args)
                        }
                        Status::Ready | Status::Missing if !rules.checks_spelling() => {
                            i18n.tr_args("review-no-spelling-here", &args)
                        }
                        Status::Ready | Status::Missing => {
                            i18n.tr_args("review-no-dictionary", &args)
                        }
                    };
                    ui.label(egui::RichText::new(text).weak());
                }
            }
            if r.word_for_word && r.unfilled.is_empty() {
                ui.label(egui::RichText::new(i18n.tr("review-personal")).weak());
            }
            if r.is_ready(&expectation) {
                ui.colored_label(theme::good(ui), format!("✔ {}", i18n.tr("review-all-good")));
            }
        });
}

/// The length against the bounds of its kind, and what is wrong with it.
fn length_ui(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    r: &Review,
    expectation: &Expectation,
    unit: LengthUnit,
) {
    let mut args = FluentArgs::new();
    args.set("length", r.length);
    args.set("max", expectation.max_length);
    let length_id = match unit {
        LengthUnit::Words => "review-length-words",
        LengthUnit::Characters => "review-length-chars",
    };
    ui.label(i18n.tr_args(length_id, &args));
    if r.is_too_short(expectation) {
        let mut args = FluentArgs::new();
        args.set("min", expectation.min_length);
        ui.colored_label(
            theme::warn(ui),
            format!("⚠ {}", i18n.tr_args("review-too-short", &args)),
        );
    }
    if r.is_too_long(expectation) {
        ui.colored_label(theme::warn(ui), format!("⚠ {}", i18n.tr("review-too-long")));
    }
    if r.over_explains(expectation) {
        let mut args = FluentArgs::new();
        args.set("sentences", r.reason_sentences);
        ui.colored_label(
            theme::warn(ui),
            format!("⚠ {}", i18n.tr_args("review-over-explains", &args)),
        );
    }
}
