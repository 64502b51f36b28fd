//! The decision checklist: five questions, the verdict and its reasons.

use fluent_bundle::FluentArgs;

use crate::command::Command;
use crate::domain::Case;
use crate::domain::checklist::{self, Answer, Question, Reason, Verdict};
use crate::domain::template::suggested_scenario;
use crate::i18n::Localizer;

use super::{Tab, bullet, choice_row, heading, theme};

pub fn checklist_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer, cmds: &mut Vec<Command>) {
    heading(ui, &i18n.tr("checklist-title"));
    ui.label(i18n.tr("checklist-intro"));
    ui.add_space(8.0);

    for question in Question::ALL {
        let text = i18n.tr(question.message_id());
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(&text).strong());
            ui.label(
                egui::RichText::new(i18n.tr(&format!("{}-help", question.message_id()))).weak(),
            );
            ui.horizontal_wrapped(|ui| {
                let mut answer = case.checklist.answer(question);
                if choice_row(
                    ui,
                    i18n,
                    &text,
                    &mut answer,
                    &Answer::CHOICES,
                    Answer::message_id,
                ) {
                    case.checklist.set_answer(question, answer);
                }
            });
        });
    }

    ui.add_space(8.0);
    let assessment = checklist::assess(&case.checklist);
    verdict_ui(ui, case, i18n, &assessment, cmds);
}

fn verdict_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    i18n: &Localizer,
    assessment: &checklist::Assessment,
    cmds: &mut Vec<Command>,
) {
    let (icon, colour) = match assessment.verdict {
        Verdict::Decline => ("✖", theme::warn(ui)),
        Verdict::NegotiateFirst => ("↔", ui.visuals().strong_text_color()),
        Verdict::LeanAccept => ("✔", theme::good(ui)),
        Verdict::Undecided => ("?", ui.visuals().strong_text_color()),
    };
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
        bullet(ui, &reason_text(i18n, *reason));
    }

    if assessment.verdict == Verdict::Decline {
        ui.add_space(6.0);
        if ui.button(i18n.tr("verdict-write-decline")).clicked() {
            if !case.draft.is_edited()
                && let Some(scenario) = suggested_scenario(case.stage, &assessment.reasons)
            {
                case.draft.scenario = scenario;
            }
            cmds.push(Command::OpenTab(Tab::Editor));
        }
    }
}

fn reason_text(i18n: &Localizer, reason: Reason) -> String {
    let mut args = FluentArgs::new();
    if let Some(question) = reason.question() {
        args.set(
            "question",
            i18n.tr(&format!("{}-short", question.message_id())),
        );
    }
    i18n.tr_args(reason.message_id(), &args)
}
