//! The template editor: pick a scenario and a letter language, fill the fields, edit the
//! text, copy it.

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::command::Command;
use crate::domain::template::{self, LetterFields, Scenario};
use crate::domain::timeline;
use crate::domain::{Case, Profile};
use crate::i18n::{self, Localizer, letters};

use super::{heading, labelled_text_field, letter_language_combo, theme};

/// What the editor remembers between frames: the inputs of the last generated text, so
/// that the template is rendered again only when they change.
#[derive(Default)]
pub struct EditorState {
    last_inputs: Option<(Scenario, LanguageIdentifier, LetterFields)>,
    markers: Vec<String>,
}

/// The letter language of a case: its own choice, else the profile's default, else the
/// interface language.
#[must_use]
pub fn letter_language(case: &Case, profile: &Profile, i18n: &Localizer) -> LanguageIdentifier {
    case.draft
        .letter_language
        .as_deref()
        .or(profile.letter_language.as_deref())
        .and_then(|t| t.parse().ok())
        .map_or_else(
            || i18n.language().clone(),
            |l: LanguageIdentifier| i18n::negotiate(&[l.to_string()]),
        )
}

/// The values that fill the templates, written for `language`.
#[must_use]
pub fn letter_fields(
    case: &Case,
    profile: &Profile,
    i18n: &Localizer,
    language: &LanguageIdentifier,
    zone: &jiff::tz::TimeZone,
) -> LetterFields {
    LetterFields {
        date: promised_date(case, zone)
            .map(|d| i18n.long_date(language, d))
            .unwrap_or_default(),
        company: case.company.clone(),
        role: case.role.clone(),
        contact: case.contact.clone(),
        sender: profile.name.clone(),
        signature: profile.signature.clone(),
        formality: profile.formality,
    }
}

/// The date the user promises an answer by: the reply deadline they set, else the end
/// of the 72-hour window after deciding.
#[must_use]
pub fn promised_date(case: &Case, zone: &jiff::tz::TimeZone) -> Option<jiff::civil::Date> {
    case.reply_by_date().or_else(|| {
        decision_moment(case, zone)
            .and_then(|d| timeline::reply_window(&d))
            .map(|w| w.due.date())
    })
}

/// When the user decided: the decision time they gave, else the interview or offer date.
#[must_use]
pub fn decision_moment(case: &Case, zone: &jiff::tz::TimeZone) -> Option<jiff::ZonedDateTime> {
    case.timeline.decided.resolve(zone).or_else(|| {
        timeline::DecisionTime {
            date: case.date.clone(),
            time: String::new(),
        }
        .resolve(zone)
    })
}

/// Bring the draft up to date with the template, unless the user has edited it.
/// `force` regenerates even an edited draft.
pub fn refresh_draft(
    state: &mut EditorState,
    case: &mut Case,
    profile: &Profile,
    i18n: &Localizer,
    zone: &jiff::tz::TimeZone,
    force: bool,
) {
    let language = letter_language(case, profile, i18n);
    let fields = letter_fields(case, profile, i18n, &language, zone);
    let inputs = (case.draft.scenario, language, fields);
    let never_generated = case.draft.generated_body.is_empty();
    if force || never_generated || state.last_inputs.as_ref() != Some(&inputs) {
        let letter = letters::render(i18n, &inputs.1, inputs.0, &inputs.2);
        // The field markers, and any hint in brackets that the template itself leaves
        // for the user to replace.
        let mut markers = letter.markers;
        for hint in template::bracket_segments(&format!("{}\n{}", letter.subject, letter.body)) {
            if !markers.contains(&hint) {
                markers.push(hint);
            }
        }
        if force || never_generated || !case.draft.is_edited() {
            case.draft.set_generated(letter.subject, letter.body);
        }
        state.markers = markers;
        state.last_inputs = Some(inputs);
    }
}

pub fn editor_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    case: &mut Case,
    profile: &mut Profile,
    i18n: &Localizer,
    zone: &jiff::tz::TimeZone,
    cmds: &mut Vec<Command>,
) {
    heading(ui, &i18n.tr("editor-title"));

    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("editor-scenario"));
        egui::ComboBox::from_id_salt("editor-scenario")
            .selected_text(i18n.tr(&case.draft.scenario.name_id()))
            .width(280.0)
            .show_ui(ui, |ui| {
                for scenario in Scenario::ALL {
                    ui.selectable_value(
                        &mut case.draft.scenario,
                        scenario,
                        i18n.tr(&scenario.name_id()),
                    );
                }
            })
            .response
            .labelled_by(label.id);

        ui.add_space(8.0);
        let default_text = if let Some(tag) = profile.letter_language.as_deref() {
            let mut args = FluentArgs::new();
            args.set(
                "language",
                i18n::native_name(&tag.parse().unwrap_or(i18n::FALLBACK)),
            );
            i18n.tr_args("editor-letter-language-profile", &args)
        } else {
            let mut args = FluentArgs::new();
            args.set("language", i18n::native_name(i18n.language()));
            i18n.tr_args("editor-letter-language-same", &args)
        };
        letter_language_combo(
            ui,
            "editor-letter-language",
            &i18n.tr("editor-letter-language"),
            &mut case.draft.letter_language,
            default_text,
        );
    });
    ui.horizontal_wrapped(|ui| {
        labelled_text_field(ui, &i18n.tr("editor-sender"), &mut profile.name, 200.0);
    });

    refresh_draft(state, case, profile, i18n, zone, false);

    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("editor-subject"));
        ui.add(egui::TextEdit::singleline(&mut case.draft.subject).desired_width(f32::INFINITY))
            .labelled_by(label.id);
    });
    let body_label = ui.label(i18n.tr("editor-body"));
    let body_height = (ui.available_height() - 90.0).max(160.0);
    egui::ScrollArea::vertical()
        .id_salt("editor-body-scroll")
        .max_height(body_height)
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(&mut case.draft.body)
                    .desired_width(f32::INFINITY)
                    .desired_rows(12),
            )
            .labelled_by(body_label.id);
        });

    let text = case.draft.plain_text();
    let unfilled = template::unfilled(&text, &state.markers);
    if !unfilled.is_empty() {
        let mut args = FluentArgs::new();
        args.set("placeholders", i18n.join(&unfilled));
        ui.colored_label(
            theme::warn(ui),
            format!("⚠ {}", i18n.tr_args("editor-unfilled", &args)),
        );
    }

    ui.add_space(4.0);
    ui.label(egui::RichText::new(super::checklist::pre_send_summary(i18n, case)).weak());
    ui.horizontal(|ui| {
        if ui.button(i18n.tr("editor-copy")).clicked() {
            cmds.push(Command::CopyToClipboard(text.clone()));
        }
        if case.draft.is_edited() && ui.button(i18n.tr("editor-reset")).clicked() {
            cmds.push(Command::ResetDraft);
        }
    });
}
