//! Where the opportunity stands: the next-step bar at the top of the panels, the
//! next step in words for the list, and the marks on the panel tabs. The rules are in
//! [`crate::domain::progress`].

use fluent_bundle::FluentArgs;

use crate::command::Command;
use crate::domain::Case;
use crate::domain::progress::{self, Deadline, NextAction, PanelState};
use crate::i18n::format;

use super::{PanelContext, Tab, theme};

/// The next action in a few words (the list shows it under each opportunity).
#[must_use]
pub fn next_action_text(cx: PanelContext<'_>, action: &NextAction) -> String {
    let i18n = cx.i18n;
    match action {
        NextAction::AnswerChecklist => i18n.tr("next-answer-checklist"),
        NextAction::LeaningToAccept => i18n.tr("next-lean-accept-short"),
        NextAction::PickChannel => i18n.tr("next-pick-channel"),
        NextAction::WriteLetter(_) => i18n.tr("next-write-letter"),
        NextAction::Send { by } => send_text(cx, by.as_ref()),
        NextAction::Step { step, phase, .. } => {
            let mut args = FluentArgs::new();
            args.set("phase", i18n.tr(phase.message_id()));
            args.set("step", i18n.tr(step.message_id()));
            i18n.tr_args("next-step", &args)
        }
        NextAction::Done => i18n.tr("next-all-done"),
    }
}

/// "Send by Thu 26 Nov" or "Send by Thu 26 Nov, 14:00"; "Send your answer" without a
/// known deadline.
fn send_text(cx: PanelContext<'_>, by: Option<&Deadline>) -> String {
    let language = cx.i18n.language();
    let mut args = FluentArgs::new();
    match by {
        Some(Deadline::Day(date)) => {
            args.set("deadline", format::weekday_date(language, *date));
        }
        Some(Deadline::Moment(moment)) => {
            let local = moment.with_time_zone(cx.zone().clone());
            args.set(
                "deadline",
                format::weekday_date_time(language, local.datetime()),
            );
        }
        None => return cx.i18n.tr("next-send"),
    }
    cx.i18n.tr_args("next-send-by", &args)
}

/// The next-step bar above the panels: the one thing to do now, as a button.
pub fn next_step_bar(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &Case,
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    let action = progress::next_action(case, cx.zone(), cx.weekend());
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(i18n.tr("next-label")).strong());
        match &action {
            NextAction::AnswerChecklist => {
                if ui.button(i18n.tr("next-answer-checklist")).clicked() {
                    cmds.push(Command::OpenTab(Tab::Checklist));
                }
            }
            NextAction::LeaningToAccept => {
                ui.label(i18n.tr("next-lean-accept"));
                if ui.button(i18n.tr("next-review-checklist")).clicked() {
                    cmds.push(Command::OpenTab(Tab::Checklist));
                }
            }
            NextAction::PickChannel => {
                if ui.button(i18n.tr("next-pick-channel")).clicked() {
                    cmds.push(Command::OpenTab(Tab::Channel));
                }
            }
            NextAction::WriteLetter(scenario) => {
                if ui.button(i18n.tr("next-write-letter")).clicked() {
                    cmds.push(
                        scenario.map_or(Command::OpenTab(Tab::Letter), Command::OpenTemplate),
                    );
                }
            }
            NextAction::Send { by } => {
                let overdue = match by {
                    Some(Deadline::Day(date)) => *date < cx.today(),
                    Some(Deadline::Moment(moment)) => moment < cx.now,
                    None => false,
                };
                let text = send_text(cx, by.as_ref());
                let text = if overdue {
                    egui::RichText::new(format!("⚠ {text}")).color(theme::warn(ui))
                } else {
                    egui::RichText::new(text)
                };
                if ui.button(text).clicked() {
                    cmds.push(Command::OpenTab(Tab::Letter));
                }
                if ui.button(i18n.tr("next-mark-sent")).clicked() {
                    cmds.push(Command::MarkSent);
                }
            }
            NextAction::Step { step, phase, dates } => {
                let mut when = i18n.tr(phase.message_id());
                if let Some((first, last)) = dates {
                    let language = i18n.language();
                    let dates = if first == last {
                        format::weekday_date(language, *first)
                    } else {
                        format!(
                            "{} – {}",
                            format::weekday_date(language, *first),
                            format::weekday_date(language, *last)
                        )
                    };
                    when = format!("{when} ({dates})");
                }
                // "{phase}: {step}" with the step as the button beside it, so the
                // language's own colon (full-width in Japanese and Chinese) is kept.
                let mut args = FluentArgs::new();
                args.set("phase", when);
                args.set("step", "");
                ui.label(i18n.tr_args("next-step", &args).trim_end());
                if ui.button(i18n.tr(step.message_id())).clicked() {
                    cmds.push(Command::OpenTab(Tab::Channel));
                }
                let mut args = FluentArgs::new();
                args.set("step", i18n.tr(step.message_id()));
                if ui
                    .button(i18n.tr("next-step-done"))
                    .accessible_name(i18n.tr_args("next-step-done-name", &args))
                    .clicked()
                {
                    cmds.push(Command::MarkStepDone(*step));
                }
            }
            NextAction::Done => {
                ui.label(egui::RichText::new(i18n.tr("next-all-done")).weak());
            }
        }
    });
}

/// The panel tabs, each marked with how its part stands (a symbol and, for screen
/// readers, the same in words).
pub fn tabs(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &Case,
    tab: Tab,
    cmds: &mut Vec<Command>,
) {
    let states = progress::panel_states(case, cx.now, cx.weekend());
    ui.horizontal_wrapped(|ui| {
        for (t, state) in Tab::ALL.into_iter().zip(states) {
            let title = cx.i18n.tr(t.message_id());
            let (text, name) = match state {
                PanelState::Open => (egui::RichText::new(&title), title.clone()),
                PanelState::Done => (
                    egui::RichText::new(format!("✔ {title}")),
                    format!("{title} ({})", cx.i18n.tr("tab-state-done")),
                ),
                PanelState::Attention => (
                    egui::RichText::new(format!("⚠ {title}")).color(theme::warn(ui)),
                    format!("{title} ({})", cx.i18n.tr("tab-state-attention")),
                ),
            };
            if ui
                .selectable_label(tab == t, text)
                .accessible_name(name)
                .clicked()
            {
                cmds.push(Command::OpenTab(t));
            }
        }
    });
}
