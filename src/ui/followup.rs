//! After you send: the employer's reply (recorded, then answered), the promises with
//! their dates, the people met, and the calendar export. The rules are in
//! `domain::followup`; this panel draws them and asks for what changes the workspace.

use fluent_bundle::FluentArgs;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::command::{Command, FileTask};
use crate::domain::Case;
use crate::domain::followup::{
    self, Derived, Due, Item, ItemId, Reply, ReplyKind, Source,
    ics::{self, Dated, Event, What},
};
use crate::domain::timeline::Weekend;
use crate::i18n::{Localizer, format};

use super::{PanelContext, date_picker, heading, theme};

/// The reply being recorded, before "Record their reply".
#[derive(Clone, Debug, Default)]
pub struct FollowUpState {
    pub reply: Reply,
}

/// What a promise says, in the interface language.
#[must_use]
pub fn promise_text(i18n: &Localizer, case: &Case, item: &Item) -> String {
    match item.source {
        Source::Written(_) => {
            if item.what.trim().is_empty() {
                i18n.tr("promise-untitled")
            } else {
                item.what.trim().to_owned()
            }
        }
        Source::Derived(kind) => {
            let mut args = FluentArgs::new();
            args.set(
                "company",
                or_placeholder(i18n, &case.company, "placeholder-company"),
            );
            args.set(
                "contact",
                or_placeholder(i18n, &case.contact, "placeholder-contact"),
            );
            args.set("name", item.to_whom.clone());
            i18n.tr_args(kind.message_id(), &args)
        }
    }
}

fn or_placeholder(i18n: &Localizer, value: &str, id: &str) -> String {
    if value.trim().is_empty() {
        i18n.tr(id)
    } else {
        value.trim().to_owned()
    }
}

/// How a promise stands, in words.
#[must_use]
pub fn due_text(i18n: &Localizer, item: &Item, today: Date) -> String {
    let lang = i18n.language();
    let when = item.due.map(|d| match item.time {
        Some(t) => format::weekday_date_time(lang, d.to_datetime(t)),
        None => format::weekday_date(lang, d),
    });
    let mut args = FluentArgs::new();
    args.set("when", when.unwrap_or_default());
    let call = item.source == Source::Derived(Derived::Call);
    match Due::of(item, today) {
        Due::Done => i18n.tr("promise-done"),
        // A call is not late once its day is over: it took place, or it did not.
        Due::Overdue(_) if call => i18n.tr_args("promise-call-past", &args),
        Due::Overdue(days) => {
            args.set("days", days);
            i18n.tr_args("promise-overdue", &args)
        }
        Due::Today => i18n.tr_args("promise-due-today", &args),
        Due::Soon(days) => {
            args.set("days", days);
            i18n.tr_args("promise-due-soon", &args)
        }
        Due::Later => i18n.tr_args("promise-due-later", &args),
        Due::Undated => i18n.tr("promise-undated"),
    }
}

/// The calendar items of one opportunity with their texts.
#[must_use]
pub fn calendar_events(
    i18n: &Localizer,
    case: &Case,
    zone: &TimeZone,
    today: Date,
    weekend: Weekend,
) -> Vec<Event> {
    let items = followup::items(case, zone, today, weekend);
    let company = or_placeholder(i18n, &case.company, "placeholder-company");
    let title = super::cases::case_title(case, i18n);
    ics::dated(case, zone, today, weekend)
        .into_iter()
        .map(|dated: Dated| {
            let promise = match dated.what {
                What::Promise(source) => items.iter().find(|i| i.source == source),
                _ => None,
            };
            let what = match dated.what {
                What::ReplyBy => i18n.tr("ics-reply-by"),
                What::AnswerWindow => i18n.tr("ics-answer-window"),
                What::Promise(_) => promise
                    .map(|i| promise_text(i18n, case, i))
                    .unwrap_or_default(),
                What::Step(step) => i18n.tr(step.message_id()),
            };
            let mut args = FluentArgs::new();
            args.set("what", what.clone());
            args.set("company", company.clone());
            let summary = i18n.tr_args("ics-summary", &args);
            let mut args = FluentArgs::new();
            args.set("title", title.clone());
            let mut description = i18n.tr_args("ics-description", &args);
            if let Some(to) = promise.map(|i| i.to_whom.trim()).filter(|t| !t.is_empty()) {
                let mut args = FluentArgs::new();
                args.set("name", to.to_owned());
                description = format!("{description}\n{}", i18n.tr_args("ics-to-whom", &args));
            }
            Event {
                dated,
                summary,
                description,
                reminder: what,
            }
        })
        .collect()
}

/// The panel.
pub fn followup_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    state: &mut FollowUpState,
    case: &mut Case,
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(i18n.tr("followup-intro")).weak());
            ui.add_space(6.0);
            reply_ui(ui, cx, state, case, cmds);
            ui.add_space(10.0);
            promises_ui(ui, cx, case, cmds);
            ui.add_space(10.0);
            people_ui(ui, cx, case, cmds);
            ui.add_space(10.0);
            heading(ui, &i18n.tr("followup-calendar-title"));
            ui.label(i18n.tr("followup-calendar-note"));
            ui.horizontal_wrapped(|ui| {
                if ui.button(i18n.tr("followup-export-calendar")).clicked() {
                    cmds.push(Command::File(FileTask::ExportCalendar(case.id)));
                }
                if ui.button(i18n.tr("followup-export-calendar-all")).clicked() {
                    cmds.push(Command::File(FileTask::ExportCalendarAll));
                }
            });
            ui.add_space(24.0);
        });
}

fn reply_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    state: &mut FollowUpState,
    case: &Case,
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    let lang = i18n.language();
    heading(ui, &i18n.tr("followup-reply-title"));
    for (index, reply) in case.followup.replies.iter().enumerate() {
        let day = reply
            .on
            .trim()
            .parse::<Date>()
            .map_or_else(|_| reply.on.clone(), |d| format::weekday_date(lang, d));
        let mut args = FluentArgs::new();
        args.set("date", day);
        args.set("kind", i18n.tr(reply.kind.message_id()));
        ui.label(egui::RichText::new(i18n.tr_args("followup-reply-recorded", &args)).strong());
        if !reply.note.trim().is_empty() {
            ui.label(egui::RichText::new(reply.note.trim()).italics());
        }
        if !reply.new_pay.trim().is_empty() {
            let mut args = FluentArgs::new();
            args.set("pay", reply.new_pay.trim().to_owned());
            ui.label(i18n.tr_args("followup-reply-new-pay", &args));
        }
        let last = index + 1 == case.followup.replies.len();
        if last {
            ui.horizontal_wrapped(|ui| {
                ui.label(i18n.tr("followup-reply-answer"));
                for scenario in reply.kind.answers() {
                    if ui.button(i18n.tr(&scenario.name_id())).clicked() {
                        cmds.push(Command::OpenTemplate(*scenario));
                    }
                }
            });
        }
        if !reply.answered_body.trim().is_empty() {
            egui::CollapsingHeader::new(i18n.tr("followup-reply-earlier-letter"))
                .id_salt(("earlier-letter", index))
                .show(ui, |ui| {
                    if !reply.answered_subject.trim().is_empty() {
                        ui.label(egui::RichText::new(reply.answered_subject.trim()).strong());
                    }
                    ui.label(reply.answered_body.trim());
                });
        }
        ui.add_space(4.0);
    }
    egui::CollapsingHeader::new(i18n.tr("followup-they-replied"))
        .id_salt(("they-replied", case.id))
        .default_open(case.followup.replies.is_empty())
        .show(ui, |ui| {
            let form = &mut state.reply;
            if form.on.trim().is_empty() {
                form.on = cx.today().to_string();
            }
            ui.horizontal_wrapped(|ui| {
                let label = i18n.tr("followup-reply-on");
                date_picker::date_picker_field(ui, i18n, &label, &mut form.on, cx.today());
            });
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(i18n.tr("followup-reply-kind"));
                egui::ComboBox::from_id_salt("followup-reply-kind")
                    .selected_text(i18n.tr(form.kind.message_id()))
                    .width(320.0)
                    .show_ui(ui, |ui| {
                        for kind in ReplyKind::ALL {
                            ui.selectable_value(&mut form.kind, kind, i18n.tr(kind.message_id()));
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            if form.kind == ReplyKind::ImprovedOffer {
                super::labelled_text_field(
                    ui,
                    &i18n.tr("followup-reply-new-pay-field"),
                    &mut form.new_pay,
                    160.0,
                );
                ui.label(egui::RichText::new(i18n.tr("followup-reply-improved-note")).weak());
            }
            let label = ui.label(i18n.tr("followup-reply-note"));
            ui.add(
                egui::TextEdit::multiline(&mut form.note)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
            let valid = form.on.trim().parse::<Date>().is_ok();
            if !valid {
                ui.colored_label(theme::error(ui), i18n.tr("followup-reply-date-invalid"));
            }
            if ui
                .add_enabled(valid, egui::Button::new(i18n.tr("followup-record-reply")))
                .clicked()
            {
                cmds.push(Command::RecordReply(std::mem::take(form)));
            }
        });
}

fn promises_ui(ui: &mut egui::Ui, cx: PanelContext<'_>, case: &mut Case, cmds: &mut Vec<Command>) {
    let i18n = cx.i18n;
    heading(ui, &i18n.tr("followup-promises-title"));
    ui.horizontal_wrapped(|ui| {
        let call = &mut case.followup.call;
        let label = i18n.tr("followup-call-on");
        date_picker::date_picker_field(ui, i18n, &label, &mut call.date, cx.today());
        let label = ui.label(i18n.tr("deadline-at"));
        ui.add(
            egui::TextEdit::singleline(&mut call.time)
                .hint_text(i18n.tr("deadline-time-hint"))
                .desired_width(60.0),
        )
        .labelled_by(label.id);
        if call.is_invalid() {
            ui.colored_label(theme::error(ui), i18n.tr("deadline-invalid"));
        }
    });
    let items = followup::items(case, cx.zone(), cx.today(), cx.weekend());
    if items.is_empty() {
        ui.label(egui::RichText::new(i18n.tr("followup-no-promises")).weak());
    }
    for item in &items {
        let state = Due::of(item, cx.today());
        ui.horizontal_wrapped(|ui| {
            let mut done = item.done;
            let text = promise_text(i18n, case, item);
            if ui.checkbox(&mut done, &text).changed() {
                followup::set_done(case, item.source, done);
            }
            let when = due_text(i18n, item, cx.today());
            match state {
                Due::Overdue(_) => {
                    ui.colored_label(theme::error(ui), format!("⚠ {when}"));
                }
                Due::Today => {
                    ui.colored_label(theme::warn(ui), format!("⚠ {when}"));
                }
                _ => {
                    ui.label(egui::RichText::new(when).weak());
                }
            }
            // The call and a check-in name their person already.
            let named = matches!(
                item.source,
                Source::Derived(Derived::Call | Derived::CheckIn(_))
            );
            if !item.to_whom.trim().is_empty()
                && matches!(item.source, Source::Derived(_))
                && !named
            {
                let mut args = FluentArgs::new();
                args.set("name", item.to_whom.trim().to_owned());
                ui.label(egui::RichText::new(i18n.tr_args("ics-to-whom", &args)).weak());
            }
        });
        if let Source::Written(id) = item.source {
            written_promise_ui(ui, cx, case, id, cmds);
        }
        if item.source == Source::Derived(Derived::SettleMoney) {
            ui.label(egui::RichText::new(i18n.tr("editor-relocation-check")).weak());
        }
    }
    if ui.button(i18n.tr("followup-add-promise")).clicked() {
        cmds.push(Command::AddPromise);
    }
}

fn written_promise_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &mut Case,
    id: ItemId,
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    let Some(promise) = case.followup.promises.iter_mut().find(|p| p.id == id) else {
        return;
    };
    ui.push_id(("promise", id.0), |ui| {
        ui.indent("fields", |ui| {
            ui.horizontal_wrapped(|ui| {
                super::labelled_text_field(
                    ui,
                    &i18n.tr("followup-promise-what"),
                    &mut promise.what,
                    240.0,
                );
                super::labelled_text_field(
                    ui,
                    &i18n.tr("followup-promise-to"),
                    &mut promise.to_whom,
                    160.0,
                );
                let label = i18n.tr("followup-promise-due");
                date_picker::date_picker_field(ui, i18n, &label, &mut promise.due, cx.today());
                if ui.button(i18n.tr("followup-remove")).clicked() {
                    cmds.push(Command::RemovePromise(id));
                }
            });
        });
    });
}

fn people_ui(ui: &mut egui::Ui, cx: PanelContext<'_>, case: &mut Case, cmds: &mut Vec<Command>) {
    let i18n = cx.i18n;
    heading(ui, &i18n.tr("followup-people-title"));
    if case.followup.people.is_empty() {
        ui.label(egui::RichText::new(i18n.tr("followup-no-people")).weak());
    }
    for person in &mut case.followup.people {
        let id = person.id;
        ui.push_id(("person", id.0), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    super::labelled_text_field(
                        ui,
                        &i18n.tr("followup-person-name"),
                        &mut person.name,
                        180.0,
                    );
                    super::labelled_text_field(
                        ui,
                        &i18n.tr("followup-person-role"),
                        &mut person.role,
                        180.0,
                    );
                    super::labelled_text_field(
                        ui,
                        &i18n.tr("followup-person-reach"),
                        &mut person.reach,
                        220.0,
                    );
                });
                ui.horizontal_wrapped(|ui| {
                    ui.checkbox(&mut person.connected, i18n.tr("followup-person-connected"));
                    let label = i18n.tr("followup-person-last-contact");
                    date_picker::date_picker_field(
                        ui,
                        i18n,
                        &label,
                        &mut person.last_contact,
                        cx.today(),
                    );
                    let label = i18n.tr("followup-person-check-in");
                    date_picker::date_picker_field(
                        ui,
                        i18n,
                        &label,
                        &mut person.check_in,
                        cx.today(),
                    );
                });
                ui.horizontal_wrapped(|ui| {
                    let named = !person.name.trim().is_empty();
                    if ui
                        .add_enabled(named, egui::Button::new(i18n.tr("followup-write-to")))
                        .clicked()
                    {
                        cmds.push(Command::WriteToPerson(id));
                    }
                    if ui.button(i18n.tr("followup-remove")).clicked() {
                        cmds.push(Command::RemovePerson(id));
                    }
                });
            });
        });
    }
    if ui.button(i18n.tr("followup-add-person")).clicked() {
        cmds.push(Command::AddPerson);
    }
}

/// The promises to show in the channel panel's timeline: those not done, with a date.
pub fn timeline_promises_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    case: &Case,
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    let items: Vec<Item> = followup::items(case, cx.zone(), cx.today(), cx.weekend())
        .into_iter()
        .filter(|i| !i.done && i.due.is_some())
        .collect();
    if items.is_empty() {
        return;
    }
    ui.label(egui::RichText::new(i18n.tr("followup-promises-title")).strong());
    for item in &items {
        let when = due_text(i18n, item, cx.today());
        let text = format!("{} · {when}", promise_text(i18n, case, item));
        if Due::of(item, cx.today()).is_pressing() {
            ui.colored_label(theme::warn(ui), format!("⚠ {text}"));
        } else {
            ui.label(format!("• {text}"));
        }
    }
    if ui.button(i18n.tr("followup-open")).clicked() {
        cmds.push(Command::OpenTab(super::Tab::FollowUp));
    }
    ui.add_space(4.0);
}

/// A promise due today or overdue, announced while the app is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueNotice {
    pub case: crate::domain::CaseId,
    pub source: Source,
    pub day: Date,
    pub text: String,
}

/// The pressing promises of every opportunity, in the interface language.
#[must_use]
pub fn due_notices(
    i18n: &Localizer,
    cases: &[Case],
    zone: &TimeZone,
    today: Date,
    weekend: Weekend,
) -> Vec<DueNotice> {
    let mut out = Vec::new();
    for case in cases {
        if case.status == crate::domain::Status::Archived {
            continue;
        }
        for item in followup::pressing(case, zone, today, weekend) {
            let Some(day) = item.due else {
                continue;
            };
            let mut args = FluentArgs::new();
            args.set("when", due_text(i18n, &item, today));
            args.set("what", promise_text(i18n, case, &item));
            args.set("title", super::cases::case_title(case, i18n));
            out.push(DueNotice {
                case: case.id,
                source: item.source,
                day,
                text: i18n.tr_args("promise-notice", &args),
            });
        }
    }
    out
}

/// The due promises above the panels, each with "Show" and "Dismiss".
pub fn due_bar(ui: &mut egui::Ui, i18n: &Localizer, due: &[&DueNotice], cmds: &mut Vec<Command>) {
    for notice in due {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(theme::warn(ui), format!("⚠ {}", notice.text));
            if ui.button(i18n.tr("promise-show")).clicked() {
                cmds.push(Command::ShowFollowUp(notice.case));
            }
            if ui.button(i18n.tr("notice-dismiss")).clicked() {
                cmds.push(Command::DismissDue(notice.case, notice.source, notice.day));
            }
        });
    }
}
