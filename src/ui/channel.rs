//! Channel, reply deadline and timeline: facts about the process → email or a call with
//! a recap; the 24–72 hour window as a countdown; the steps after deciding, with dates.

use fluent_bundle::FluentArgs;
use jiff::ZonedDateTime;

use crate::command::Command;
use crate::domain::channel::{self, Channel, Contact};
use crate::domain::template::Scenario;
use crate::domain::timeline::{self, DeadlineState, Phase, Situation, Span};
use crate::domain::{Case, progress};
use crate::i18n::{Localizer, format};

use super::{PanelContext, bullet, choice_row, heading, labelled_choice_row, theme};

/// The channel panel: email or call, the reply deadline, and the steps after deciding.
pub fn channel_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &mut Case,
    cmds: &mut Vec<Command>,
) {
    let (i18n, now) = (cx.i18n, cx.now);
    heading(ui, &i18n.tr("channel-title"));
    ui.label(i18n.tr("channel-intro"));
    ui.add_space(6.0);
    facts_ui(ui, case, i18n);
    ui.add_space(10.0);
    recommendation_ui(ui, case, i18n, cmds);
    ui.add_space(12.0);
    deadline_ui(ui, case, i18n, now, cmds);
    ui.add_space(12.0);
    timeline_ui(ui, case, i18n, now, cmds);
    // The promises with their dates, beside the steps they follow from.
    super::followup::timeline_promises_ui(ui, cx, case, cmds);
}

fn facts_ui(ui: &mut egui::Ui, case: &mut Case, i18n: &Localizer) {
    let facts = &mut case.channel;
    ui.horizontal_wrapped(|ui| {
        labelled_choice_row(
            ui,
            i18n,
            "channel-main-contact",
            &mut facts.main_contact,
            &Contact::ALL,
            Contact::message_id,
        );
    });
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("channel-rounds"));
        ui.add(egui::DragValue::new(&mut facts.interview_rounds).range(0..=20))
            .labelled_by(label.id);
    });
    ui.checkbox(&mut facts.close_rapport, i18n.tr("channel-close-rapport"));
    ui.checkbox(
        &mut facts.personal_time_given,
        i18n.tr("channel-personal-time"),
    );
    ui.checkbox(
        &mut facts.close_collaboration,
        i18n.tr("channel-collaboration"),
    );
    if ui
        .checkbox(
            &mut facts.relocation_or_visa_discussed,
            i18n.tr("channel-relocation-visa"),
        )
        .changed()
    {
        facts.relocation_set = true;
    }
    ui.checkbox(
        &mut facts.interviews_by_video,
        i18n.tr("channel-video-process"),
    );
}

fn recommendation_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    i18n: &Localizer,
    cmds: &mut Vec<Command>,
) {
    let facts = &mut case.channel;
    let recommendation = channel::recommend(facts);
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(i18n.tr("channel-recommendation")).strong());
        ui.label(
            egui::RichText::new(i18n.tr(recommendation.channel.message_id()))
                .heading()
                .strong(),
        );
        if facts.chosen.is_none() && ui.button(i18n.tr("channel-use-recommendation")).clicked() {
            facts.chosen = Some(recommendation.channel);
        }
    });
    ui.label(egui::RichText::new(i18n.tr("channel-why")).strong());
    for reason in &recommendation.reasons {
        bullet(ui, &i18n.tr(reason.message_id()));
    }

    ui.add_space(4.0);
    let group = i18n.tr("channel-your-choice");
    ui.horizontal_wrapped(|ui| {
        ui.label(&group);
        let choices = [
            None,
            Some(Channel::Email),
            Some(Channel::PhoneThenEmail),
            Some(Channel::VideoThenEmail),
        ];
        choice_row(ui, i18n, &group, &mut facts.chosen, &choices, |c| {
            c.map_or("channel-follow", Channel::message_id)
        });
    });

    let effective = channel::effective(facts);
    if effective.is_call() {
        ui.add_space(4.0);
        ui.label(i18n.tr("channel-recap-advice"));
        ui.horizontal_wrapped(|ui| {
            if ui.button(i18n.tr("channel-open-call-script")).clicked() {
                cmds.push(Command::OpenWindow(super::Window::CallMode));
            }
            if ui.button(i18n.tr("channel-write-recap")).clicked() {
                cmds.push(Command::OpenTemplate(Scenario::CallRecap));
            }
        });
    }
}

/// "2 days 5 hours", "5 hours 10 minutes", "10 minutes" in the interface language.
fn span_text(i18n: &Localizer, span: Span) -> String {
    let unit = |id: &str, n: i64| {
        let mut args = FluentArgs::new();
        args.set("n", n);
        i18n.tr_args(id, &args)
    };
    let parts = if span.days > 0 {
        vec![
            unit("duration-days", span.days),
            unit("duration-hours", span.hours),
        ]
    } else if span.hours > 0 {
        vec![
            unit("duration-hours", span.hours),
            unit("duration-minutes", span.minutes),
        ]
    } else {
        vec![unit("duration-minutes", span.minutes)]
    };
    parts.join(" ")
}

fn deadline_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    i18n: &Localizer,
    now: &ZonedDateTime,
    cmds: &mut Vec<Command>,
) {
    heading(ui, &i18n.tr("deadline-title"));
    ui.horizontal_wrapped(|ui| {
        let decided = &mut case.timeline.decided;
        let label = i18n.tr("deadline-decided-on");
        super::date_picker::date_picker_field(ui, i18n, &label, &mut decided.date, now.date());
        let label = ui.label(i18n.tr("deadline-at"));
        ui.add(
            egui::TextEdit::singleline(&mut decided.time)
                .hint_text(i18n.tr("deadline-time-hint"))
                .desired_width(60.0),
        )
        .labelled_by(label.id);
        if ui.button(i18n.tr("deadline-decided-now")).clicked() {
            decided.set(now);
        }
        if decided.is_invalid() {
            ui.colored_label(theme::error(ui), i18n.tr("deadline-invalid"));
        }
    });

    // One model of time (domain::progress::is_overdue): their date is the hard deadline,
    // the window counts from the recorded decision; once answered, the countdown stops.
    let lang = i18n.language();
    if case.status == crate::domain::Status::Declined {
        if let Ok(day) = case.timeline.sent_on.trim().parse::<jiff::civil::Date>() {
            let mut args = FluentArgs::new();
            args.set("date", format::weekday_date(lang, day));
            ui.colored_label(theme::good(ui), i18n.tr_args("deadline-answered-on", &args));
        } else {
            ui.colored_label(theme::good(ui), i18n.tr("deadline-answered"));
        }
        return;
    }
    let overdue = progress::is_overdue(case, now);
    let reply_by = case.reply_by_date();
    if let Some(day) = reply_by {
        let mut args = FluentArgs::new();
        args.set("date", format::weekday_date(lang, day));
        ui.label(egui::RichText::new(i18n.tr_args("deadline-their-date", &args)).strong());
    }
    let window =
        timeline::decision_moment(case, now.time_zone()).and_then(|d| timeline::reply_window(&d));
    match window {
        None => {
            ui.label(egui::RichText::new(i18n.tr("deadline-not-decided")).weak());
            if overdue {
                ui.colored_label(theme::warn(ui), i18n.tr("deadline-overdue-their"));
            }
        }
        Some(window) => {
            let mut args = FluentArgs::new();
            args.set(
                "due",
                format::weekday_date_time(lang, window.due.datetime()),
            );
            args.set(
                "ideal",
                format::weekday_date_time(lang, window.ideal_by.datetime()),
            );
            let state = timeline::deadline_state(&window, now.timestamp());
            // An "ideally by" already past is said to be past.
            let answer_by = if matches!(state, DeadlineState::Ideal { .. }) {
                "deadline-answer-by"
            } else {
                "deadline-answer-by-late"
            };
            ui.label(i18n.tr_args(answer_by, &args));
            let (id, span, colour) = match state {
                DeadlineState::Ideal { left } => ("deadline-left-ideal", left, theme::good(ui)),
                DeadlineState::InTime { left } => {
                    ("deadline-left", left, ui.visuals().text_color())
                }
                DeadlineState::Overdue { by } if overdue => {
                    ("deadline-overdue", by, theme::warn(ui))
                }
                // Past the window, but their date is still ahead: late, not overdue.
                DeadlineState::Overdue { by } => ("deadline-window-past", by, theme::warn(ui)),
            };
            if overdue && reply_by.is_some() {
                ui.colored_label(theme::warn(ui), i18n.tr("deadline-overdue-their"));
            } else {
                let mut args = FluentArgs::new();
                args.set("duration", span_text(i18n, timeline::split(span)));
                ui.colored_label(colour, i18n.tr_args(id, &args));
            }
            // The countdown changes by the minute: wake once a minute, never continuously.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_mins(1));
        }
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(i18n.tr("deadline-need-time"));
        if ui.button(i18n.tr("verdict-ask-for-time")).clicked() {
            cmds.push(Command::OpenTemplate(Scenario::AskForTime));
        }
    });
}

fn timeline_ui(
    ui: &mut egui::Ui,
    case: &mut Case,
    i18n: &Localizer,
    now: &ZonedDateTime,
    cmds: &mut Vec<Command>,
) {
    heading(ui, &i18n.tr("timeline-title"));
    let situation = Situation::of(case);
    let decided = timeline::decision_moment(case, now.time_zone()).map(|d| d.date());
    let lang = i18n.language().clone();
    let weekend = crate::i18n::calendar::weekend(&lang);
    let steps = timeline::steps(situation);
    for phase in [
        Phase::Day1,
        Phase::Day2,
        Phase::Days3To7,
        Phase::StayInTouch,
    ] {
        let mut title = i18n.tr(phase.message_id());
        if let Some((first, last)) = decided.and_then(|d| phase.dates(d, weekend)) {
            let dates = if first == last {
                format::weekday_date(&lang, first)
            } else {
                format!(
                    "{} – {}",
                    format::weekday_date(&lang, first),
                    format::weekday_date(&lang, last)
                )
            };
            title = format!("{title} · {dates}");
        }
        ui.label(egui::RichText::new(title).strong());
        for step in steps.iter().filter(|s| s.phase() == phase) {
            let mut done = case.timeline.done.contains(step);
            if ui.checkbox(&mut done, i18n.tr(step.message_id())).changed() {
                if done {
                    case.timeline.done.insert(*step);
                } else {
                    case.timeline.done.remove(step);
                }
            }
        }
        if phase == Phase::StayInTouch && ui.button(i18n.tr("timeline-write-note")).clicked() {
            cmds.push(Command::OpenTemplate(Scenario::StayConnected));
        }
        ui.add_space(4.0);
    }
}
