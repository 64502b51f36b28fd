//! The letter editor: pick a scenario (or one of your own templates) and a letter
//! language and formality, fill the fields, edit the text with a live review against
//! the framework A–G (review.rs), then copy, save or hand it to the mail client. Your
//! own templates are managed here too (templates.rs). The rules — which language,
//! which template, which values — are in [`crate::domain::letter`].

use std::hash::{Hash, Hasher};

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::command::{Command, FileTask};
use crate::domain::letter::{self, Source};
use crate::domain::template::{self, CustomTemplate, LetterFields, Scenario};
use crate::domain::timeline::Step;
use crate::domain::{Case, Formality, Profile, TemplateId, Workspace, message};
use crate::i18n::{self, Localizer};

use super::{
    PanelContext, heading, labelled_choice_row, labelled_text_field, letter_language_combo, theme,
};

mod review;
mod templates;

/// What identifies the text a draft was generated from.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Inputs {
    scenario: Scenario,
    custom: Option<TemplateId>,
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
    reviewed: Option<review::Reviewed>,
    /// The misspelled word a context menu was opened on, with its suggestions.
    spell_target: Option<SpellTarget>,
    fill: std::collections::HashMap<String, String>,
    new_template_name: String,
    confirm_delete: Option<TemplateId>,
}

impl EditorState {
    /// The placeholders of the current template: field markers and bracketed hints.
    #[must_use]
    pub fn markers(&self) -> &[String] {
        &self.markers
    }

    /// The editor's last review of `case`'s letter, as it stands now, found nothing to
    /// fix (false when the letter has not been reviewed in this form).
    #[must_use]
    pub fn reviewed_ready(&self, case: &Case, i18n: &Localizer) -> bool {
        self.reviewed
            .as_ref()
            .is_some_and(|r| r.is_of(case) && r.is_ready(i18n))
    }
}

/// A misspelled word of the body under the pointer, and what it might have been.
struct SpellTarget {
    start: usize,
    end: usize,
    word: String,
    /// Looked for on a worker thread: a large dictionary takes a moment.
    suggestions: crate::spelling::Suggestions,
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

/// Bring the draft up to date with the template, unless the user has edited it.
/// `force` regenerates even an edited draft.
pub fn refresh_draft(
    state: &mut EditorState,
    case: &mut Case,
    profile: &Profile,
    templates: &[CustomTemplate],
    i18n: &Localizer,
    now: &jiff::ZonedDateTime,
    force: bool,
) {
    let language = i18n::letter::language(i18n, case, profile);
    let fields = i18n::letter::fields(i18n, case, profile, &language, now);
    let source = letter::source(&case.draft, templates, &language.to_string());
    let inputs = Inputs {
        scenario: case.draft.scenario,
        custom: case.draft.custom,
        template: template_hash(source),
        language,
        fields,
    };
    let never_generated = case.draft.generated_body.is_empty();
    if force || never_generated || state.last_inputs.as_ref() != Some(&inputs) {
        let letter = i18n::letter::render(i18n, &inputs.language, source, &inputs.fields);
        // The field markers, and any hint in brackets that the template itself leaves
        // for the user to replace (in a subject, 【】 hold a label, not a hint).
        let mut markers = letter.markers;
        let subject_hints = template::bracket_segments(&letter.subject)
            .into_iter()
            .filter(|hint| !template::is_subject_label(hint));
        for hint in subject_hints.chain(template::bracket_segments(&letter.body)) {
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

/// How a stretch of the letter is marked in the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Mark {
    /// A placeholder to fill in.
    Placeholder,
    /// Criticism the review found.
    Critical,
    /// A word not in the dictionary.
    Misspelled,
}

/// The marked stretches of `text`: its placeholders, then `spans` from the review
/// (byte ranges; a stale one that no longer fits the text is left out).
fn marks(
    text: &str,
    markers: &[String],
    spans: &[(usize, usize, Mark)],
) -> Vec<(usize, usize, Mark)> {
    let mut out: Vec<(usize, usize, Mark)> = Vec::new();
    for m in markers.iter().filter(|m| !m.is_empty()) {
        out.extend(
            text.match_indices(m.as_str())
                .map(|(at, _)| (at, at + m.len(), Mark::Placeholder)),
        );
    }
    out.extend(
        spans
            .iter()
            .filter(|(s, e, _)| s < e && text.get(*s..*e).is_some())
            .copied(),
    );
    // Earlier first; where two overlap, the placeholder, then the criticism, wins.
    out.sort_by_key(|&(s, e, kind)| (s, kind, std::cmp::Reverse(e)));
    let mut kept: Vec<(usize, usize, Mark)> = Vec::new();
    for span in out {
        if kept.last().is_none_or(|last| span.0 >= last.1) {
            kept.push(span);
        }
    }
    kept
}

/// The text laid out with its marks, for the text field's layouter.
fn highlighted(
    ui: &egui::Ui,
    text: &str,
    markers: &[String],
    spans: &[(usize, usize, Mark)],
    wrap_width: f32,
) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let normal = egui::TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let format = |mark: Mark| match mark {
        Mark::Placeholder => egui::TextFormat {
            color: ui.visuals().strong_text_color(),
            background: theme::highlight(ui),
            underline: egui::Stroke::new(1.0, theme::warn(ui)),
            ..normal.clone()
        },
        // Underlines only: a background on the next line would cover them (egui paints
        // a row's backgrounds over the underline of the row above).
        Mark::Critical => egui::TextFormat {
            underline: egui::Stroke::new(2.0, theme::warn(ui)),
            ..normal.clone()
        },
        Mark::Misspelled => egui::TextFormat {
            underline: egui::Stroke::new(2.0, ui.visuals().error_fg_color),
            ..normal.clone()
        },
    };
    let mut job = egui::text::LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let mut at = 0;
    for (start, end, mark) in marks(text, markers, spans) {
        job.append(&text[at..start], 0.0, normal.clone());
        job.append(&text[start..end], 0.0, format(mark));
        at = end;
    }
    job.append(&text[at..], 0.0, normal);
    job
}

/// A full-width text field whose placeholders are highlighted: one line, or `rows`.
fn marked_text_edit(
    ui: &mut egui::Ui,
    text: &mut String,
    rows: Option<usize>,
    markers: &[String],
) -> egui::Response {
    let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, width: f32| {
        ui.fonts_mut(|f| f.layout_job(highlighted(ui, text.as_str(), markers, &[], width)))
    };
    let field = match rows {
        None => egui::TextEdit::singleline(text),
        Some(rows) => egui::TextEdit::multiline(text).desired_rows(rows),
    };
    ui.add(field.desired_width(f32::INFINITY).layouter(&mut layouter))
}

/// The letter body, with placeholders, criticism and misspelled words marked; a right
/// click on a misspelled word offers its suggestions and "Add to dictionary".
fn body_text_edit(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    body: &mut String,
    speller: Option<&std::sync::Arc<crate::spelling::Speller>>,
    i18n: &Localizer,
    cmds: &mut Vec<Command>,
) -> egui::Response {
    let spans: Vec<(usize, usize, Mark)> =
        state
            .reviewed
            .as_ref()
            .map(|r| {
                let to_body = |s: usize, e: usize| {
                    (s >= r.body_offset).then(|| (s - r.body_offset, e - r.body_offset))
                };
                let critical =
                    r.review.critical.iter().filter_map(|f| {
                        to_body(f.start, f.end).map(|(s, e)| (s, e, Mark::Critical))
                    });
                let misspelled =
                    r.review.misspelled.iter().flatten().filter_map(|m| {
                        to_body(m.start, m.end).map(|(s, e)| (s, e, Mark::Misspelled))
                    });
                critical.chain(misspelled).collect()
            })
            .unwrap_or_default();
    let markers = state.markers.clone();
    let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, width: f32| {
        ui.fonts_mut(|f| f.layout_job(highlighted(ui, text.as_str(), &markers, &spans, width)))
    };
    let output = egui::TextEdit::multiline(body)
        .desired_rows(14)
        .desired_width(f32::INFINITY)
        .layouter(&mut layouter)
        .show(ui);
    let response = output.response.response;
    if response.secondary_clicked() {
        state.spell_target = None;
        if let Some(pos) = response.interact_pointer_pos() {
            let cursor = output.galley.cursor_from_pos(pos - output.galley_pos);
            let at = body
                .char_indices()
                .nth(cursor.index.0)
                .map_or(body.len(), |(i, _)| i);
            let hit = spans
                .iter()
                .find(|(s, e, kind)| *kind == Mark::Misspelled && *s <= at && at <= *e);
            if let Some(&(start, end, _)) = hit
                && let Some(word) = body.get(start..end)
            {
                state.spell_target = Some(SpellTarget {
                    start,
                    end,
                    word: word.to_owned(),
                    suggestions: speller
                        .map_or(crate::spelling::Suggestions::Ready(Vec::new()), |s| {
                            s.suggest_in_background(word)
                        }),
                });
            }
        }
    }
    if let Some(target) = &mut state.spell_target {
        response.context_menu(|ui| {
            ui.label(egui::RichText::new(&target.word).strong());
            let found = target.suggestions.poll();
            match found {
                None => {
                    ui.label(egui::RichText::new(i18n.tr("spell-looking")).weak());
                    // Looked at again shortly, not every frame.
                    ui.ctx()
                        .request_repaint_after(std::time::Duration::from_millis(50));
                }
                Some([]) => {
                    ui.label(egui::RichText::new(i18n.tr("spell-no-suggestions")).weak());
                }
                Some(_) => {}
            }
            for suggestion in found.unwrap_or_default() {
                if ui.button(suggestion).clicked() {
                    cmds.push(Command::ReplaceInBody {
                        start: target.start,
                        end: target.end,
                        was: target.word.clone(),
                        with: suggestion.clone(),
                    });
                    ui.close();
                }
            }
            ui.separator();
            if ui.button(i18n.tr("spell-add-word")).clicked() {
                cmds.push(Command::AddToDictionary(target.word.clone()));
                ui.close();
            }
        });
    }
    response
}

/// The letter editor panel, for the opportunity on screen.
pub fn editor_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    state: &mut EditorState,
    spelling: &crate::spelling::Spelling,
    workspace: &mut Workspace,
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    let (case, profile, templates) = workspace.current_case_with_context();
    heading(ui, &i18n.tr("editor-title"));
    choice_ui(ui, case, profile, templates, i18n, cmds);
    refresh_draft(state, case, profile, templates, i18n, cx.now, false);

    let language = i18n::letter::language(i18n, case, profile);
    review::refresh_review(state, case, profile, templates, i18n, &language, spelling);
    if spelling.is_loading(&language) {
        // The dictionary arrives from its thread: look again shortly.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
    }
    review_as_ui(ui, case, templates, i18n);
    let builtin = case.draft.custom.is_none().then_some(case.draft.scenario);
    ui.add_space(6.0);
    if builtin.is_some_and(Scenario::is_call_script) {
        ui.label(egui::RichText::new(i18n.tr("editor-script-note")).weak());
    } else if builtin.is_none_or(Scenario::has_subject) {
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("editor-subject"));
            marked_text_edit(ui, &mut case.draft.subject, None, &state.markers)
                .labelled_by(label.id);
        });
    }
    if builtin.is_some_and(Scenario::promises_a_date) {
        // The questionnaire letter promises to send it back, not an answer.
        let label = if builtin == Some(Scenario::ExitQuestionnaire) {
            "editor-questionnaire-date"
        } else {
            "editor-answer-date"
        };
        answer_date_ui(ui, case, i18n, label, cx.today());
    }
    let body_label = ui.label(i18n.tr("editor-body"));
    let speller = spelling.speller(&language, &i18n.review_rules(&language).cues.known_words);
    body_text_edit(
        ui,
        state,
        &mut case.draft.body,
        speller.as_ref(),
        i18n,
        cmds,
    )
    .labelled_by(body_label.id);
    scenario_notes_ui(ui, case, i18n, &language, builtin);

    fill_ui(ui, state, case, profile, i18n);
    review::review_ui(ui, state, i18n, &language, spelling);

    ui.add_space(10.0);
    templates::templates_ui(ui, state, case, templates, i18n, &language, cmds);
}

/// For one of the user's own templates: which kind of message it is reviewed as.
fn review_as_ui(
    ui: &mut egui::Ui,
    case: &Case,
    templates: &mut [CustomTemplate],
    i18n: &Localizer,
) {
    let Some(own) = case
        .draft
        .custom
        .and_then(|id| templates.iter_mut().find(|t| t.id == id))
        .filter(|t| t.is_own())
    else {
        return;
    };
    let current = own.review_as.unwrap_or(case.draft.scenario);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("editor-review-as"));
        egui::ComboBox::from_id_salt("editor-review-as")
            .selected_text(i18n.tr(&current.name_id()))
            .width(320.0)
            .show_ui(ui, |ui| {
                for scenario in Scenario::ALL {
                    if ui
                        .selectable_label(scenario == current, i18n.tr(&scenario.name_id()))
                        .clicked()
                    {
                        own.review_as = Some(scenario);
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// Which part of the letter was copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopiedPart {
    Body,
    Subject,
}

/// The letter's actions, kept in view under the editor: copy (the body; the subject on
/// its own), save, mail client, reset, the pre-send count, and once the letter has left
/// the app, marking the opportunity declined. `copied` is what of the letter as it
/// stands is on the clipboard, confirmed beside its button.
pub fn actions_bar(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &Case,
    copied: Option<CopiedPart>,
    seen: [bool; 6],
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    let is_script = case.draft.custom.is_none() && case.draft.scenario.is_call_script();
    let has_subject = case.draft.custom.is_some() || case.draft.scenario.has_subject();
    let confirm = |ui: &mut egui::Ui| {
        ui.colored_label(theme::good(ui), format!("✔ {}", i18n.tr("editor-copied")));
    };
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let mut copy = ui.button(i18n.tr("editor-copy"));
        if let Some(shortcut) = super::menu::shortcut_of(&Command::CopyLetter) {
            copy = copy.on_hover_text(ui.ctx().format_shortcut(&shortcut));
        }
        if copy.clicked() {
            cmds.push(Command::CopyLetter);
        }
        if copied == Some(CopiedPart::Body) {
            confirm(ui);
        }
        if has_subject && !case.draft.subject.trim().is_empty() {
            if ui.button(i18n.tr("editor-copy-subject")).clicked() {
                cmds.push(Command::CopySubject);
            }
            if copied == Some(CopiedPart::Subject) {
                confirm(ui);
            }
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
        // Once the letter has left the app, the next thing is to say it was sent.
        if case.status.is_open()
            && case.timeline.done.contains(&Step::DraftMessage)
            && ui.button(i18n.tr("editor-mark-declined")).clicked()
        {
            cmds.push(Command::MarkSent);
        }
        let summary = super::checklist::pre_send_summary(i18n, case, seen);
        ui.label(egui::RichText::new(summary).weak());
    });
    ui.add_space(2.0);
}

/// Scenario (or own template), letter language, formality, sender name, recipient.
fn choice_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    profile: &mut Profile,
    templates: &[CustomTemplate],
    i18n: &Localizer,
    cmds: &mut Vec<Command>,
) {
    let language = i18n::letter::language(i18n, case, profile);
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
                    if templates.iter().any(|t| t.overrides(scenario, &tag)) {
                        name = format!("{name} {}", i18n.tr("editor-customised"));
                    }
                    let selected = case.draft.custom.is_none() && case.draft.scenario == scenario;
                    if ui.selectable_label(selected, name).clicked() && !selected {
                        // An edited letter is kept under the new name: say so.
                        if case.draft.is_edited() {
                            cmds.push(Command::DraftKept);
                        }
                        letter::choose_scenario(case, scenario);
                    }
                }
                let mine: Vec<&CustomTemplate> = templates.iter().filter(|t| t.is_own()).collect();
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
            let mut formality = case.draft.formality.unwrap_or(profile.formality);
            if labelled_choice_row(
                ui,
                i18n,
                "editor-formality",
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
    if i18n.asks_address(&language) {
        // The greeting's form of address, with an example in the letter language.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(i18n.tr("editor-address"));
            ui.add(
                egui::TextEdit::singleline(&mut case.contact_address)
                    .hint_text(i18n.format(&language, "letter-address-hint", None))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        });
    }
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

/// Put `value` where `marker` stands (see [`letter::fill_placeholder`]); the marker is
/// matched to its field in the letter language.
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
    let field = template::Field::ALL
        .into_iter()
        .find(|f| i18n::letter::marker(i18n, &language, *f) == marker);
    letter::fill_placeholder(case, profile, field, marker, value);
}

/// The date the ask-for-time letter promises; a date that is not after today is refused.
fn answer_date_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    i18n: &Localizer,
    label_id: &str,
    today: jiff::civil::Date,
) {
    ui.horizontal_wrapped(|ui| {
        let label = i18n.tr(label_id);
        super::date_picker::date_picker_field(ui, i18n, &label, &mut case.draft.answer_by, today);
    });
    if letter::answer_date_refused(&case.draft, today) {
        ui.colored_label(theme::error(ui), i18n.tr("editor-answer-date-past"));
    }
}

/// What a scenario needs said beside the text: the answer to "why?", the length limit
/// of a network invitation, checking the contract before promising to repay.
fn scenario_notes_ui(
    ui: &mut egui::Ui,
    case: &Case,
    i18n: &Localizer,
    language: &LanguageIdentifier,
    builtin: Option<Scenario>,
) {
    if let Some(max) = builtin.and_then(Scenario::max_chars) {
        let count = message::clean_text(&case.draft.body).chars().count();
        let mut args = FluentArgs::new();
        args.set("count", count);
        if count > max {
            ui.colored_label(
                theme::warn(ui),
                i18n.tr_args("editor-network-too-long", &args),
            );
        } else {
            ui.label(egui::RichText::new(i18n.tr_args("editor-network-note", &args)).weak());
        }
    }
    if builtin == Some(Scenario::ActiveRelocation) {
        ui.colored_label(
            theme::warn(ui),
            format!("⚠ {}", i18n.tr("editor-relocation-check")),
        );
    }
    let declines = builtin.is_none_or(|s| {
        !matches!(
            s,
            Scenario::AskForTime
                | Scenario::NegotiateInstead
                | Scenario::StayConnected
                | Scenario::Reopen
                | Scenario::Repair
                | Scenario::ImprovedOfferReopen
                | Scenario::KeepCvOnFile
                | Scenario::ExitQuestionnaire
        )
    });
    if declines {
        let why = i18n::letter::why(i18n, case, language);
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(i18n.tr("why-title")).strong());
            ui.label(egui::RichText::new(why).italics());
        });
    }
}
