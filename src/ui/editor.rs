//! The template editor: pick a scenario (or one of your own templates) and a letter
//! language and formality, fill the fields, edit the text with a live review against
//! the framework A–G, then copy, save or hand it to the mail client. Your own templates
//! are managed here too.

use std::hash::{Hash, Hasher};

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::command::{Command, FileTask};
use crate::domain::review::{self, Element, LengthUnit, Review};
use crate::domain::template::{self, CustomTemplate, LetterFields, Scenario};
use crate::domain::timeline;
use crate::domain::{Case, Formality, Profile};
use crate::i18n::letters::Source;
use crate::i18n::{self, Localizer, letters};

use super::{bullet, choice_row, heading, labelled_text_field, letter_language_combo, theme};

/// What identifies the text a draft was generated from.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Inputs {
    scenario: Scenario,
    custom: Option<u64>,
    /// A hash of the custom template's (or override's) text, if one is used.
    template: Option<u64>,
    language: LanguageIdentifier,
    fields: LetterFields,
}

/// What the editor remembers between frames: the inputs of the last generated text (so
/// that the template is rendered again only when they change), the placeholders of that
/// template, the last review, and what the user is typing into the fill-in fields.
#[derive(Default)]
pub struct EditorState {
    last_inputs: Option<Inputs>,
    markers: Vec<String>,
    reviewed: Option<(String, LanguageIdentifier, Scenario, Review)>,
    fill: std::collections::HashMap<String, String>,
    new_template_name: String,
    confirm_delete: Option<u64>,
}

impl EditorState {
    /// The placeholders of the current template: field markers and bracketed hints.
    #[must_use]
    pub fn markers(&self) -> &[String] {
        &self.markers
    }
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

/// The template a draft is generated from: the chosen custom template, else the user's
/// version of the scenario in this language, else the built-in.
#[must_use]
pub fn source<'a>(
    case: &Case,
    templates: &'a [CustomTemplate],
    language: &LanguageIdentifier,
) -> Source<'a> {
    let tag = language.to_string();
    if let Some(custom) = case
        .draft
        .custom
        .and_then(|id| templates.iter().find(|t| t.id == id))
    {
        return Source::Custom(custom);
    }
    templates
        .iter()
        .find(|t| t.base == Some(case.draft.scenario) && t.language == tag)
        .map_or(Source::Builtin(case.draft.scenario), Source::Custom)
}

fn template_hash(source: Source<'_>) -> Option<u64> {
    match source {
        Source::Builtin(_) => None,
        Source::Custom(t) => {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (&t.subject, &t.body).hash(&mut h);
            Some(h.finish())
        }
    }
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
        formality: case.draft.formality.unwrap_or(profile.formality),
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
    templates: &[CustomTemplate],
    i18n: &Localizer,
    zone: &jiff::tz::TimeZone,
    force: bool,
) {
    let language = letter_language(case, profile, i18n);
    let fields = letter_fields(case, profile, i18n, &language, zone);
    let source = source(case, templates, &language);
    let inputs = Inputs {
        scenario: case.draft.scenario,
        custom: case.draft.custom,
        template: template_hash(source),
        language,
        fields,
    };
    let never_generated = case.draft.generated_body.is_empty();
    if force || never_generated || state.last_inputs.as_ref() != Some(&inputs) {
        let letter = letters::render(i18n, &inputs.language, source, &inputs.fields);
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

/// Highlight the placeholders in a text, for the text field's layouter.
fn highlighted(
    ui: &egui::Ui,
    text: &str,
    markers: &[String],
    wrap_width: f32,
) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let normal = egui::TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let marked = egui::TextFormat {
        font_id: font,
        color: ui.visuals().strong_text_color(),
        background: theme::highlight(ui),
        underline: egui::Stroke::new(1.0, theme::warn(ui)),
        ..Default::default()
    };
    let mut job = egui::text::LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let mut rest = text;
    loop {
        let next = markers
            .iter()
            .filter(|m| !m.is_empty())
            .filter_map(|m| rest.find(m.as_str()).map(|at| (at, m.len())))
            .min_by_key(|(at, _)| *at);
        let Some((at, len)) = next else {
            job.append(rest, 0.0, normal);
            break;
        };
        job.append(&rest[..at], 0.0, normal.clone());
        job.append(&rest[at..at + len], 0.0, marked.clone());
        rest = &rest[at + len..];
    }
    job
}

#[allow(clippy::too_many_arguments)] // The editor works on all of these at once.
pub fn editor_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    case: &mut Case,
    profile: &mut Profile,
    templates: &mut Vec<CustomTemplate>,
    i18n: &Localizer,
    zone: &jiff::tz::TimeZone,
    cmds: &mut Vec<Command>,
) {
    heading(ui, &i18n.tr("editor-title"));
    choice_ui(ui, case, profile, templates, i18n);
    refresh_draft(state, case, profile, templates, i18n, zone, false);

    let language = letter_language(case, profile, i18n);
    let is_script = case.draft.custom.is_none() && case.draft.scenario.is_call_script();
    ui.add_space(6.0);
    if is_script {
        ui.label(egui::RichText::new(i18n.tr("editor-script-note")).weak());
    } else {
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("editor-subject"));
            let markers = state.markers.clone();
            let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, width: f32| {
                ui.fonts_mut(|f| f.layout_job(highlighted(ui, text.as_str(), &markers, width)))
            };
            ui.add(
                egui::TextEdit::singleline(&mut case.draft.subject)
                    .desired_width(f32::INFINITY)
                    .layouter(&mut layouter),
            )
            .labelled_by(label.id);
        });
    }
    let body_label = ui.label(i18n.tr("editor-body"));
    let markers = state.markers.clone();
    let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, width: f32| {
        ui.fonts_mut(|f| f.layout_job(highlighted(ui, text.as_str(), &markers, width)))
    };
    ui.add(
        egui::TextEdit::multiline(&mut case.draft.body)
            .desired_width(f32::INFINITY)
            .desired_rows(14)
            .layouter(&mut layouter),
    )
    .labelled_by(body_label.id);

    fill_ui(ui, state, case, profile, i18n);
    review_ui(ui, state, case, i18n, &language);

    ui.add_space(6.0);
    ui.label(egui::RichText::new(super::checklist::pre_send_summary(i18n, case)).weak());
    ui.horizontal_wrapped(|ui| {
        if ui.button(i18n.tr("editor-copy")).clicked() {
            cmds.push(Command::CopyLetter);
        }
        if ui.button(i18n.tr("editor-save-txt")).clicked() {
            cmds.push(Command::File(FileTask::SaveTxt));
        }
        if !is_script {
            if ui.button(i18n.tr("editor-save-eml")).clicked() {
                cmds.push(Command::File(FileTask::SaveEml));
            }
            if ui.button(i18n.tr("editor-mail-client")).clicked() {
                cmds.push(Command::OpenInMailClient);
            }
        }
        if case.draft.is_edited() && ui.button(i18n.tr("editor-reset")).clicked() {
            cmds.push(Command::ResetDraft);
        }
    });
    ui.add_space(10.0);
    templates_ui(ui, state, case, templates, i18n, &language, cmds);
}

/// Scenario (or own template), letter language, formality, sender name, recipient.
fn choice_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    profile: &mut Profile,
    templates: &[CustomTemplate],
    i18n: &Localizer,
) {
    let language = letter_language(case, profile, i18n);
    let tag = language.to_string();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("editor-scenario"));
        let selected = match case
            .draft
            .custom
            .and_then(|id| templates.iter().find(|t| t.id == id))
        {
            Some(t) => t.name.clone(),
            None => i18n.tr(&case.draft.scenario.name_id()),
        };
        egui::ComboBox::from_id_salt("editor-scenario")
            .selected_text(selected)
            .width(320.0)
            .show_ui(ui, |ui| {
                ui.label(egui::RichText::new(i18n.tr("editor-group-builtin")).weak());
                for scenario in Scenario::ALL {
                    let mut name = i18n.tr(&scenario.name_id());
                    if templates
                        .iter()
                        .any(|t| t.base == Some(scenario) && t.language == tag)
                    {
                        name = format!("{name} {}", i18n.tr("editor-customised"));
                    }
                    let selected = case.draft.custom.is_none() && case.draft.scenario == scenario;
                    if ui.selectable_label(selected, name).clicked() {
                        case.draft.scenario = scenario;
                        case.draft.custom = None;
                    }
                }
                let mine: Vec<&CustomTemplate> =
                    templates.iter().filter(|t| t.base.is_none()).collect();
                if !mine.is_empty() {
                    ui.separator();
                    ui.label(egui::RichText::new(i18n.tr("editor-group-mine")).weak());
                    for t in mine {
                        if ui
                            .selectable_label(case.draft.custom == Some(t.id), &t.name)
                            .clicked()
                        {
                            case.draft.custom = Some(t.id);
                        }
                    }
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
        if i18n.marks_formality(&language) {
            let group = i18n.tr("editor-formality");
            ui.label(&group);
            let mut formality = case.draft.formality.unwrap_or(profile.formality);
            if choice_row(
                ui,
                i18n,
                &group,
                &mut formality,
                &Formality::ALL,
                Formality::message_id,
            ) {
                case.draft.formality = Some(formality);
            }
            ui.add_space(8.0);
        }
        labelled_text_field(ui, &i18n.tr("editor-sender"), &mut profile.name, 180.0);
        ui.add_space(8.0);
        labelled_text_field(ui, &i18n.tr("editor-to"), &mut case.contact_email, 220.0);
    });
}

/// A small field per placeholder still in the text, to fill it in place.
fn fill_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    case: &mut Case,
    profile: &mut Profile,
    i18n: &Localizer,
) {
    let text = case.draft.plain_text();
    let unfilled: Vec<String> = template::unfilled(&text, &state.markers)
        .into_iter()
        .map(str::to_owned)
        .collect();
    if unfilled.is_empty() {
        return;
    }
    let mut args = FluentArgs::new();
    args.set("placeholders", i18n.join(&unfilled));
    ui.colored_label(
        theme::warn(ui),
        format!("⚠ {}", i18n.tr_args("editor-unfilled", &args)),
    );
    for marker in unfilled {
        ui.horizontal(|ui| {
            ui.label(&marker);
            let mut args = FluentArgs::new();
            args.set("placeholder", marker.as_str());
            let value = state.fill.entry(marker.clone()).or_default();
            let response = ui
                .add(egui::TextEdit::singleline(value).desired_width(260.0))
                .accessible_name(i18n.tr_args("editor-fill-name", &args));
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let mut args = FluentArgs::new();
            args.set("group", marker.as_str());
            args.set("choice", i18n.tr("editor-fill"));
            let clicked = ui
                .button(i18n.tr("editor-fill"))
                .accessible_name(i18n.tr_args("choice-accessible-name", &args))
                .clicked();
            if (clicked || enter) && !value.trim().is_empty() {
                let value = value.trim().to_owned();
                fill_marker(case, profile, state, i18n, &marker, &value);
                state.fill.remove(&marker);
            }
        });
    }
}

/// Put `value` where `marker` stands; a field marker also fills the field, so that the
/// header and the next letters have it too.
fn fill_marker(
    case: &mut Case,
    profile: &mut Profile,
    state: &EditorState,
    i18n: &Localizer,
    marker: &str,
    value: &str,
) {
    let language = state
        .last_inputs
        .as_ref()
        .map_or_else(|| i18n.language().clone(), |i| i.language.clone());
    for field in template::Field::ALL {
        if letters::marker(i18n, &language, field) != marker {
            continue;
        }
        let target = match field {
            template::Field::Company => Some(&mut case.company),
            template::Field::Role => Some(&mut case.role),
            template::Field::Contact => Some(&mut case.contact),
            template::Field::Sender => Some(&mut profile.name),
            template::Field::Date => None,
        };
        if let Some(target) = target
            && target.trim().is_empty()
        {
            value.clone_into(target);
        }
    }
    case.draft.subject = case.draft.subject.replace(marker, value);
    case.draft.body = case.draft.body.replace(marker, value);
}

/// The review of the draft against the framework, in the interface language.
fn review_ui(
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
    let required: &[Element] = if case.draft.custom.is_some() {
        Scenario::WithdrawAfterInterview.required_elements()
    } else {
        scenario.required_elements()
    };
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
            let max = if scenario.is_call_script() && case.draft.custom.is_none() {
                cues.script_max_length
            } else {
                cues.max_length
            };
            args.set("max", max);
            let length_id = match cues.length_unit {
                LengthUnit::Words => "review-length-words",
                LengthUnit::Characters => "review-length-chars",
            };
            ui.label(i18n.tr_args(length_id, &args));
            let mut fine = true;
            if r.length > max {
                fine = false;
                ui.colored_label(theme::warn(ui), format!("⚠ {}", i18n.tr("review-too-long")));
            }
            if !r.negative.is_empty() {
                fine = false;
                let mut args = FluentArgs::new();
                args.set("words", i18n.join(&r.negative));
                ui.colored_label(
                    theme::warn(ui),
                    format!("⚠ {}", i18n.tr_args("review-negative", &args)),
                );
            }
            if !r.unfilled.is_empty() {
                fine = false;
                let mut args = FluentArgs::new();
                args.set("placeholders", i18n.join(&r.unfilled));
                bullet(ui, &i18n.tr_args("review-unfilled", &args));
            }
            if fine && required.iter().all(|e| r.present.contains(e)) {
                ui.colored_label(theme::good(ui), format!("✔ {}", i18n.tr("review-all-good")));
            }
        });
}

/// The user's own templates: save, customise a built-in, restore, rename, duplicate,
/// delete, import and export.
fn templates_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    case: &mut Case,
    templates: &mut Vec<CustomTemplate>,
    i18n: &Localizer,
    language: &LanguageIdentifier,
    cmds: &mut Vec<Command>,
) {
    let tag = language.to_string();
    egui::CollapsingHeader::new(i18n.tr("templates-title"))
        .id_salt("my-templates")
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                labelled_text_field(
                    ui,
                    &i18n.tr("templates-name"),
                    &mut state.new_template_name,
                    220.0,
                );
                if ui.button(i18n.tr("templates-save-new")).clicked() {
                    let name = state.new_template_name.trim().to_owned();
                    cmds.push(Command::SaveTemplate {
                        name,
                        version_of_builtin: false,
                    });
                    state.new_template_name.clear();
                }
            });
            if case.draft.custom.is_none() {
                ui.horizontal_wrapped(|ui| {
                    if ui.button(i18n.tr("templates-save-version")).clicked() {
                        cmds.push(Command::SaveTemplate {
                            name: i18n.tr(&case.draft.scenario.name_id()),
                            version_of_builtin: true,
                        });
                    }
                    let overridden = templates
                        .iter()
                        .any(|t| t.base == Some(case.draft.scenario) && t.language == tag);
                    if overridden && ui.button(i18n.tr("templates-restore")).clicked() {
                        let scenario = case.draft.scenario;
                        templates.retain(|t| !(t.base == Some(scenario) && t.language == tag));
                        cmds.push(Command::ResetDraft);
                    }
                });
            }
            ui.separator();
            let mine: Vec<u64> = templates
                .iter()
                .filter(|t| t.base.is_none())
                .map(|t| t.id)
                .collect();
            if mine.is_empty() {
                ui.label(egui::RichText::new(i18n.tr("templates-none")).weak());
            }
            for id in mine {
                let Some(index) = templates.iter().position(|t| t.id == id) else {
                    continue;
                };
                let name = templates[index].name.clone();
                let mut args = FluentArgs::new();
                args.set("name", name.as_str());
                ui.horizontal_wrapped(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut templates[index].name).desired_width(200.0),
                    )
                    .accessible_name(i18n.tr_args("templates-rename", &args));
                    if ui
                        .button(i18n.tr("templates-use-short"))
                        .accessible_name(i18n.tr_args("templates-use", &args))
                        .clicked()
                    {
                        case.draft.custom = Some(id);
                    }
                    if ui
                        .button(i18n.tr("cases-duplicate"))
                        .accessible_name(i18n.tr_args("templates-duplicate", &args))
                        .clicked()
                    {
                        let mut copy = templates[index].clone();
                        copy.id = templates.iter().map(|t| t.id).max().unwrap_or(0) + 1;
                        copy.name = i18n.tr_args("templates-copy-name", &args);
                        templates.push(copy);
                    }
                    if state.confirm_delete == Some(id) {
                        if ui
                            .button(i18n.tr("templates-confirm-delete"))
                            .accessible_name(i18n.tr_args("templates-delete", &args))
                            .clicked()
                        {
                            templates.retain(|t| t.id != id);
                            if case.draft.custom == Some(id) {
                                case.draft.custom = None;
                            }
                            state.confirm_delete = None;
                        }
                    } else if ui
                        .button(i18n.tr("cases-delete"))
                        .accessible_name(i18n.tr_args("templates-delete", &args))
                        .clicked()
                    {
                        state.confirm_delete = Some(id);
                    }
                });
            }
            ui.separator();
            ui.horizontal_wrapped(|ui| {
                if ui.button(i18n.tr("templates-import")).clicked() {
                    cmds.push(Command::File(FileTask::ImportTemplates));
                }
                if ui.button(i18n.tr("templates-export")).clicked() {
                    cmds.push(Command::File(FileTask::ExportTemplates));
                }
            });
        });
}
