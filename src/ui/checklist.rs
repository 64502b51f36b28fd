//! The decision checklist: five questions (with what stands in the way, how much each
//! matters, a note), the verdict and its reasons, what would flip it, the warning against
//! accepting too soon, and the pre-send check.

use fluent_bundle::FluentArgs;

use crate::command::Command;
use crate::domain::checklist::{
    self, Answer, Blocker, Change, Inclination, Negotiation, PreSendItem, Question, Reason,
    Verdict, WEIGHTS,
};
use crate::domain::mobility::PayBasis;
use crate::domain::template::Scenario;
use crate::domain::{Case, Status, letter, mobility};
use crate::i18n::Localizer;

use super::{PanelContext, bullet, choice_row, heading, theme};

/// The decision checklist panel: the five questions, the verdict and the pre-send check.
/// `total_change` compares the offer's total compensation with the current job's
/// ([`crate::domain::Workspace::total_change_of_current`]).
pub fn checklist_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &mut Case,
    total_change: Option<(f64, bool)>,
    seen: [bool; 6],
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    heading(ui, &i18n.tr("checklist-title"));
    ui.label(i18n.tr("checklist-intro"));
    ui.checkbox(
        &mut case.checklist.use_weights,
        i18n.tr("checklist-use-weights"),
    );
    ui.add_space(6.0);

    // What the mobility sheet suggests for the pay and compromise questions.
    // The pay question from the total compensation where it can be compared.
    let suggestions = mobility::checklist_suggestions(
        &case.mobility,
        crate::data::ppp_table(),
        cx.today(),
        total_change,
    );
    for question in Question::ALL {
        question_ui(ui, case, i18n, question);
        let (suggested, basis) = match question {
            Question::PayAfterCosts => (suggestions.pay_after_costs, suggestions.pay_basis),
            Question::Compromise => (suggestions.compromise, None),
            _ => (None, None),
        };
        if let Some(yes) = suggested {
            let answer = if yes { Answer::Yes } else { Answer::No };
            suggestion_ui(ui, case, i18n, question, answer, basis);
        }
    }

    ui.add_space(8.0);
    negotiation_ui(ui, case, i18n);
    let assessment = checklist::assess(&case.checklist);
    verdict_ui(ui, case, i18n, &assessment);
    ui.add_space(10.0);
    inclination_ui(ui, case, i18n, cmds);
    ui.add_space(10.0);
    pre_send_ui(ui, case, i18n, seen);
}

fn question_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer, question: Question) {
    let text = i18n.tr(question.message_id());
    let short = i18n.tr(&format!("{}-short", question.message_id()));
    let named = |id: &str| {
        let mut args = FluentArgs::new();
        args.set("question", short.as_str());
        i18n.tr_args(id, &args)
    };
    let use_weights = case.checklist.use_weights;
    let entry = &mut case.checklist.entries[question.index()];
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(&text).strong());
        ui.label(egui::RichText::new(i18n.tr(&format!("{}-help", question.message_id()))).weak());
        ui.horizontal_wrapped(|ui| {
            choice_row(
                ui,
                i18n,
                &text,
                &mut entry.answer,
                &Answer::CHOICES,
                Answer::message_id,
            );
        });
        if entry.answer == question.warning_answer() {
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(i18n.tr("checklist-blocker"));
                let current = entry.blocker.unwrap_or_else(|| question.default_blocker());
                let mut chosen = current;
                egui::ComboBox::from_id_salt(("blocker", question))
                    .selected_text(i18n.tr(current.message_id()))
                    .show_ui(ui, |ui| {
                        ui.label(egui::RichText::new(i18n.tr("blocker-group-negotiable")).weak());
                        for b in Blocker::ALL.into_iter().filter(|b| b.is_negotiable()) {
                            ui.selectable_value(&mut chosen, b, i18n.tr(b.message_id()));
                        }
                        ui.separator();
                        ui.label(egui::RichText::new(i18n.tr("blocker-group-fundamental")).weak());
                        for b in Blocker::ALL.into_iter().filter(|b| !b.is_negotiable()) {
                            ui.selectable_value(&mut chosen, b, i18n.tr(b.message_id()));
                        }
                    })
                    .response
                    .labelled_by(label.id)
                    .accessible_name(named("checklist-blocker-name"));
                if chosen != current {
                    entry.blocker = Some(chosen);
                }
                let hint = if chosen.is_negotiable() {
                    "checklist-blocker-negotiable"
                } else {
                    "checklist-blocker-fundamental"
                };
                ui.label(egui::RichText::new(i18n.tr(hint)).weak());
            });
        }
        if use_weights {
            ui.horizontal(|ui| {
                ui.label(i18n.tr("checklist-weight"));
                // The value is shown as text next to it (a slider's own value box would be
                // a second control with the same name).
                ui.add(egui::Slider::new(&mut entry.weight, WEIGHTS).show_value(false))
                    .accessible_name(named("checklist-weight-name"));
                ui.label(entry.weight.to_string());
                ui.label(egui::RichText::new(i18n.tr(weight_hint(entry.weight))).weak());
            });
        }
        ui.add(
            egui::TextEdit::singleline(&mut entry.note)
                .hint_text(i18n.tr("checklist-note-hint"))
                .desired_width(f32::INFINITY),
        )
        .accessible_name(named("checklist-note-name"));
    });
}

/// The mobility sheet's suggestion for a question, with a button to take it.
fn suggestion_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    i18n: &Localizer,
    question: Question,
    answer: Answer,
    basis: Option<PayBasis>,
) {
    if case.checklist.answer(question) == answer {
        return;
    }
    // The pay suggestion says whether it counted tax.
    let id = match basis {
        Some(PayBasis::TotalNet) => "checklist-suggestion-total-net",
        Some(PayBasis::TotalGross) => "checklist-suggestion-total-gross",
        Some(PayBasis::Net) => "checklist-suggestion-net",
        Some(PayBasis::Gross) => "checklist-suggestion-gross",
        Some(PayBasis::CostOfLivingRating) | None => "checklist-suggestion",
    };
    ui.horizontal_wrapped(|ui| {
        let mut args = FluentArgs::new();
        args.set("answer", i18n.tr(answer.message_id()));
        ui.label(egui::RichText::new(format!("↪ {}", i18n.tr_args(id, &args))).weak());
        let mut name = FluentArgs::new();
        name.set(
            "question",
            i18n.tr(&format!("{}-short", question.message_id())),
        );
        if ui
            .button(i18n.tr("checklist-suggestion-use"))
            .accessible_name(i18n.tr_args("checklist-suggestion-use-name", &name))
            .clicked()
        {
            case.checklist.set_answer(question, answer);
        }
    });
}

fn weight_hint(weight: u8) -> &'static str {
    match weight {
        0 | 1 => "weight-1",
        2 => "weight-2",
        3 => "weight-3",
        4 => "weight-4",
        _ => "weight-5",
    }
}

/// The verdict in one line, kept in view under the questions (as the letter's actions
/// are under the editor): the verdict and the letter it offers.
pub fn verdict_bar(ui: &mut egui::Ui, cx: PanelContext<'_>, case: &Case, cmds: &mut Vec<Command>) {
    let i18n = cx.i18n;
    let assessment = checklist::assess(&case.checklist);
    let (icon, colour) = verdict_look(ui, assessment.verdict);
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(i18n.tr("verdict-label")).strong());
        ui.label(
            egui::RichText::new(format!(
                "{icon} {}",
                i18n.tr(assessment.verdict.message_id())
            ))
            .strong()
            .color(colour),
        );
        // Its reasons are in the panel, under the questions.
        if let Some(scenario) = letter::offered_for(&assessment, case) {
            let by_call = assessment.verdict == Verdict::Decline && letter::decline_by_call(case);
            if ui
                .button(i18n.tr(offer_label(assessment.verdict, by_call)))
                .clicked()
            {
                cmds.push(Command::OpenTemplate(scenario));
                if by_call {
                    cmds.push(Command::OpenWindow(super::Window::CallMode));
                }
            }
        }
    });
    ui.add_space(2.0);
}

/// The label of the button that opens the letter offered for `verdict`.
fn offer_label(verdict: Verdict, by_call: bool) -> &'static str {
    match verdict {
        Verdict::NegotiateFirst => "verdict-write-negotiate",
        Verdict::Undecided => "verdict-ask-for-time",
        Verdict::Decline if by_call => "verdict-call-script",
        Verdict::Decline | Verdict::LeanAccept => "verdict-write-decline",
    }
}

fn verdict_look(ui: &egui::Ui, verdict: Verdict) -> (&'static str, egui::Color32) {
    match verdict {
        Verdict::Decline => ("✖", theme::warn(ui)),
        Verdict::NegotiateFirst => ("↔", ui.visuals().strong_text_color()),
        Verdict::LeanAccept => ("✔", theme::good(ui)),
        Verdict::Undecided => ("?", ui.visuals().strong_text_color()),
    }
}

fn verdict_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    i18n: &Localizer,
    assessment: &checklist::Assessment,
) {
    let (icon, colour) = verdict_look(ui, assessment.verdict);
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(i18n.tr("verdict-label")).strong());
        ui.label(egui::RichText::new(icon).heading().color(colour));
        ui.label(
            egui::RichText::new(i18n.tr(assessment.verdict.message_id()))
                .heading()
                .color(colour),
        );
    });
    ui.label(i18n.tr(&format!("{}-advice", assessment.verdict.message_id())));
    ui.add_space(4.0);
    ui.label(egui::RichText::new(i18n.tr("verdict-reasons")).strong());
    for reason in &assessment.reasons {
        bullet(ui, &reason_text(i18n, *reason, assessment.fit));
    }
    if case.checklist.use_weights
        && let Some(fit) = assessment.fit
    {
        let mut args = FluentArgs::new();
        // The fit is in 0..=1, so the rounded percentage fits an i64 exactly.
        #[allow(clippy::cast_possible_truncation)]
        args.set("percent", (fit * 100.0).round() as i64);
        ui.label(i18n.tr_args("verdict-fit", &args));
    }
    if let Some((change, verdict)) = checklist::what_flips(&case.checklist) {
        ui.label(egui::RichText::new(flip_text(i18n, change, verdict)).weak());
    }

    // The letter it offers is in the verdict bar under the panel, always in view.
}

/// Once the user negotiates, how it ended: it changes the verdict (see `checklist`).
fn negotiation_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer) {
    if case.status != Status::Negotiating && case.checklist.negotiation.is_none() {
        return;
    }
    let group = i18n.tr("negotiation-title");
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(&group).strong());
        let choices = [
            None,
            Some(Negotiation::Met),
            Some(Negotiation::Partly),
            Some(Negotiation::Failed),
        ];
        choice_row(
            ui,
            i18n,
            &group,
            &mut case.checklist.negotiation,
            &choices,
            |n| n.map_or("negotiation-pending", Negotiation::message_id),
        );
    });
    ui.add_space(6.0);
}

fn inclination_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer, cmds: &mut Vec<Command>) {
    let group = i18n.tr("inclination-label");
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(&group).strong());
        choice_row(
            ui,
            i18n,
            &group,
            &mut case.checklist.inclination,
            &Inclination::ALL,
            Inclination::message_id,
        );
    });
    ui.checkbox(
        &mut case.checklist.still_interviewing,
        i18n.tr("inclination-still-interviewing"),
    );
    if checklist::accepting_too_soon(&case.checklist) {
        ui.colored_label(
            theme::warn(ui),
            format!("⚠ {}", i18n.tr("inclination-too-soon")),
        );
        if ui.button(i18n.tr("verdict-ask-for-time")).clicked() {
            cmds.push(Command::OpenTemplate(Scenario::AskForTime));
        }
    }
}

/// The pre-send check: what the app can see done (`seen`) is ticked for the user.
fn pre_send_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer, seen: [bool; 6]) {
    heading(ui, &i18n.tr("presend-title"));
    for item in PreSendItem::ALL {
        if seen[item.index()] {
            let mut ticked = true;
            ui.add_enabled(
                false,
                egui::Checkbox::new(&mut ticked, i18n.tr(item.message_id())),
            )
            .on_disabled_hover_text(i18n.tr("presend-seen"));
        } else {
            ui.checkbox(
                &mut case.checklist.pre_send[item.index()],
                i18n.tr(item.message_id()),
            );
        }
    }
    ui.label(egui::RichText::new(pre_send_summary(i18n, case, seen)).weak());
}

/// "N of 6 done" for the pre-send check.
#[must_use]
pub fn pre_send_summary(i18n: &Localizer, case: &Case, seen: [bool; 6]) -> String {
    let mut args = FluentArgs::new();
    args.set("done", case.checklist.pre_send_done(seen));
    args.set("total", PreSendItem::ALL.len());
    i18n.tr_args("presend-summary", &args)
}

fn question_short(i18n: &Localizer, question: Question) -> String {
    i18n.tr(&format!("{}-short", question.message_id()))
}

fn reason_text(i18n: &Localizer, reason: Reason, fit: Option<f32>) -> String {
    let mut args = FluentArgs::new();
    if let Some(fit) = fit {
        // The fit is in 0..=1, so the rounded percentage fits an i64 exactly.
        #[allow(clippy::cast_possible_truncation)]
        args.set("percent", (fit * 100.0).round() as i64);
    }
    if let Some(question) = reason.question() {
        args.set("question", question_short(i18n, question));
    }
    if let Some(blocker) = reason.blocker() {
        args.set("blocker", i18n.tr(blocker.message_id()));
    }
    i18n.tr_args(reason.message_id(), &args)
}

fn flip_text(i18n: &Localizer, change: Change, verdict: Verdict) -> String {
    let mut args = FluentArgs::new();
    args.set("verdict", i18n.tr(verdict.message_id()));
    match change {
        Change::Answer(question, answer) => {
            args.set("question", question_short(i18n, question));
            args.set("answer", i18n.tr(answer.message_id()));
            i18n.tr_args("flip-answer", &args)
        }
        Change::Weight(question, weight) => {
            args.set("question", question_short(i18n, question));
            args.set("weight", i64::from(weight));
            i18n.tr_args("flip-weight", &args)
        }
    }
}
