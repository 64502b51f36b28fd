//! The dates of an opportunity as an iCalendar file (RFC 5545) that calendar programs
//! import: the employer's reply-by date, the end of the 72-hour window to answer, the
//! promises (the booked call among them), the steps after deciding, the check-ins.
//!
//! Rules:
//!
//! - **What goes in** ([`dated`]): only what still lies ahead of the user: the reply-by
//!   date and the answer window while the answer is owed and not sent; promises not done
//!   that have a date (overdue ones too: they are still owed); steps of days 1 to 7 not
//!   done whose days are not over, once the user has decided (their days count from the
//!   decision, in working days), and not those up to sending once the answer is sent.
//!   Stay-in-touch steps have no date.
//! - **Days and times.** A day without a time is an all-day event; the call and the end
//!   of the answer window are at their time in the user's time zone, written with its
//!   IANA name and a `VTIMEZONE` built from the zone's own transitions (the years the
//!   events span, one either side), so a calendar in another zone shows the right
//!   moment. A zone without an IANA name writes UTC times instead.
//! - **Alarms.** An all-day item rings at 09:00 the day before and at 09:00 on the day;
//!   a timed one a day before and 15 minutes before (the answer window: 2 hours before).
//! - **Updating, not duplicating.** Each item has a UID made of the opportunity's id
//!   and what the item is (`gracious-<case>-<what>@gracious.app`), the same on every
//!   export, so importing again updates the event. `SEQUENCE` is the minutes since
//!   2026-01-01 at export, so a later export is the newer version.
//!
//! The texts are the caller's (localized); this module knows dates, ids and the format.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use icalendar::{Alarm, Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike};
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan as _};

use super::{Derived, Due, Source, items};
use crate::domain::case::{Case, CaseId};
use crate::domain::timeline::{self, Step, Weekend};

/// What a calendar item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum What {
    /// The employer's reply-by date.
    ReplyBy,
    /// The end of the 72-hour window to answer after deciding.
    AnswerWindow,
    Promise(Source),
    Step(Step),
}

impl What {
    /// The part of the UID that names the item: stable across exports.
    #[must_use]
    pub fn key(self) -> String {
        match self {
            What::ReplyBy => "reply-by".to_owned(),
            What::AnswerWindow => "answer-window".to_owned(),
            What::Promise(Source::Written(id)) => format!("promise-{}", id.0),
            What::Promise(Source::Derived(d)) => match d {
                Derived::Answer => "answer".to_owned(),
                Derived::Questionnaire => "questionnaire".to_owned(),
                Derived::Call => "call".to_owned(),
                Derived::ReturnProperty => "return-property".to_owned(),
                Derived::SettleMoney => "settle-money".to_owned(),
                Derived::ClaimReimbursements => "claim-reimbursements".to_owned(),
                Derived::CheckIn(id) => format!("check-in-{}", id.0),
            },
            // "step-draft", "step-archive", …
            What::Step(step) => step.message_id().to_owned(),
        }
    }
}

/// When a calendar item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// All day, from the first day to the last (inclusive).
    Days(Date, Date),
    /// At a moment, in the user's zone.
    At(DateTime),
}

/// One dated item of an opportunity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dated {
    pub case: CaseId,
    pub what: What,
    pub when: When,
}

/// What of an opportunity goes into the calendar (see the rules at the top), by date.
#[must_use]
pub fn dated(case: &Case, zone: &TimeZone, today: Date, weekend: Weekend) -> Vec<Dated> {
    let mut out = Vec::new();
    let mut push = |what: What, when: When| {
        out.push(Dated {
            case: case.id,
            what,
            when,
        });
    };
    let sent = !case.timeline.sent_on.trim().is_empty();
    let owed = case.status.is_open() && !sent;
    if owed && let Some(day) = case.reply_by_date() {
        push(What::ReplyBy, When::Days(day, day));
    }
    let decided = timeline::decision_moment(case, zone);
    if owed && let Some(window) = decided.as_ref().and_then(timeline::reply_window) {
        push(What::AnswerWindow, When::At(window.due.datetime()));
    }
    for item in items(case, zone, today, weekend) {
        if Due::of(&item, today) == Due::Done {
            continue;
        }
        let Some(day) = item.due else { continue };
        let when = match item.time {
            Some(time) => When::At(day.to_datetime(time)),
            None => When::Days(day, day),
        };
        push(What::Promise(item.source), when);
    }
    if let Some(decided) = decided {
        for step in super::steps_of(case) {
            // Sent: the steps up to sending are behind the user, ticked or not.
            let behind = sent
                && matches!(
                    step,
                    Step::DraftMessage | Step::ChooseChannel | Step::BookCall | Step::SendOrCall
                );
            if case.timeline.done.contains(&step) || behind {
                continue;
            }
            if let Some((first, last)) = step.phase().dates(decided.date(), weekend)
                && last >= today
            {
                push(What::Step(step), When::Days(first, last));
            }
        }
    }
    out
}

/// A calendar item with its texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub dated: Dated,
    pub summary: String,
    pub description: String,
    /// The text of the alarm.
    pub reminder: String,
}

/// The UID of an item: the same on every export.
#[must_use]
pub fn uid(dated: &Dated) -> String {
    format!(
        "gracious-{}-{}@gracious.app",
        dated.case.0,
        dated.what.key()
    )
}

fn naive_date(date: Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}

fn naive_time(time: Time) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(
        u32::try_from(time.hour()).ok()?,
        u32::try_from(time.minute()).ok()?,
        u32::try_from(time.second()).ok()?,
    )
}

fn naive(datetime: DateTime) -> Option<NaiveDateTime> {
    Some(NaiveDateTime::new(
        naive_date(datetime.date())?,
        naive_time(datetime.time())?,
    ))
}

fn utc(timestamp: Timestamp) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::from_timestamp(timestamp.as_second(), 0)
}

/// `20261205T090000` for a civil date-time.
fn basic(datetime: DateTime) -> String {
    datetime.strftime("%Y%m%dT%H%M%S").to_string()
}

/// `+0100` for an offset.
fn offset_text(offset: jiff::tz::Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// The `VTIMEZONE` of `zone` named `tzid`, with the transitions between `from` and
/// `to` (RFC 5545 §3.6.5), as text.
fn vtimezone(zone: &TimeZone, tzid: &str, from: Timestamp, to: Timestamp) -> String {
    let mut lines = vec!["BEGIN:VTIMEZONE".to_owned(), format!("TZID:{tzid}")];
    let mut any = false;
    for transition in zone.following(from) {
        let at = transition.timestamp();
        if at > to {
            break;
        }
        let before = zone.to_offset(at.checked_sub(1.second()).unwrap_or(at));
        let after = transition.offset();
        let kind = if transition.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        // DTSTART is the local time the transition happens at, in the offset before it.
        let local = before.to_datetime(at);
        lines.extend([
            format!("BEGIN:{kind}"),
            format!("DTSTART:{}", basic(local)),
            format!("TZOFFSETFROM:{}", offset_text(before)),
            format!("TZOFFSETTO:{}", offset_text(after)),
            format!("TZNAME:{}", transition.abbreviation()),
            format!("END:{kind}"),
        ]);
        any = true;
    }
    if !any {
        // No change of offset in those years: one standard time.
        let offset = zone.to_offset(from);
        lines.extend([
            "BEGIN:STANDARD".to_owned(),
            "DTSTART:19700101T000000".to_owned(),
            format!("TZOFFSETFROM:{}", offset_text(offset)),
            format!("TZOFFSETTO:{}", offset_text(offset)),
            "END:STANDARD".to_owned(),
        ]);
    }
    lines.push("END:VTIMEZONE".to_owned());
    lines.join("\r\n") + "\r\n"
}

/// The span of the events, as timestamps, widened by a year each side.
fn span_of(events: &[Event], zone: &TimeZone) -> Option<(Timestamp, Timestamp)> {
    let moments = events.iter().flat_map(|e| match e.dated.when {
        When::Days(first, last) => vec![
            first.to_datetime(Time::midnight()),
            last.to_datetime(Time::midnight()),
        ],
        When::At(at) => vec![at],
    });
    let stamps: Vec<Timestamp> = moments
        .filter_map(|m| {
            m.to_zoned_datetime(zone.clone())
                .ok()
                .map(|z| z.timestamp())
        })
        .collect();
    // A timestamp moves by hours, not calendar days: a year is 366 × 24 hours here.
    let year = jiff::SignedDuration::from_hours(24 * 366);
    let first = stamps.iter().min()?.checked_sub(year).ok()?;
    let last = stamps.iter().max()?.checked_add(year).ok()?;
    Some((first, last))
}

/// A moment in the user's zone as the file writes it: local time with the zone's
/// name, or UTC where the zone has none.
fn timed(at: DateTime, zone: &TimeZone, tzid: Option<&str>) -> Option<CalendarDateTime> {
    if let Some(tzid) = tzid {
        return Some(CalendarDateTime::WithTimezone {
            date_time: naive(at)?,
            tzid: tzid.to_owned(),
        });
    }
    let stamp = at.to_zoned_datetime(zone.clone()).ok()?.timestamp();
    utc(stamp).map(CalendarDateTime::Utc)
}

/// The calendar file: `name` names the calendar; `zone` is the user's; `now` stamps it.
#[must_use]
pub fn write(events: &[Event], name: &str, zone: &TimeZone, now: Timestamp) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name);
    let tzid = zone.iana_name().map(str::to_owned);
    // icalendar 0.17 cannot build a VTIMEZONE (a TODO in the crate), and a component
    // pushed through its parser comes out with a made-up UID and DTSTAMP: the definition
    // is written here, as RFC 5545 §3.6.5 gives it, and set before the first event.
    let definition = tzid.as_deref().and_then(|tzid| {
        calendar.timezone(tzid);
        span_of(events, zone).map(|(from, to)| vtimezone(zone, tzid, from, to))
    });
    let stamp = utc(now).unwrap_or_default();
    let epoch = Timestamp::from_second(1_767_225_600).unwrap_or(now); // 2026-01-01T00:00Z
    let sequence =
        u32::try_from(now.as_second().saturating_sub(epoch.as_second()) / 60).unwrap_or(u32::MAX);
    for e in events {
        let mut event = icalendar::Event::new();
        event
            .uid(&uid(&e.dated))
            .timestamp(stamp)
            .sequence(sequence)
            .summary(&e.summary);
        if !e.description.is_empty() {
            event.description(&e.description);
        }
        let alarms: Vec<Duration> = match e.dated.when {
            When::Days(first, last) => {
                let (Some(start), Some(end)) =
                    (naive_date(first), last.tomorrow().ok().and_then(naive_date))
                else {
                    continue;
                };
                event.starts(DatePerhapsTime::Date(start));
                event.ends(DatePerhapsTime::Date(end));
                // 09:00 the day before, 09:00 on the day.
                vec![Duration::hours(15), Duration::hours(-9)]
            }
            When::At(at) => {
                let Some(start) = timed(at, zone, tzid.as_deref()) else {
                    continue;
                };
                // A call takes half an hour; the end of the window is a moment.
                let minutes = if e.dated.what == What::AnswerWindow {
                    0
                } else {
                    30
                };
                let end = at
                    .checked_add(jiff::SignedDuration::from_mins(minutes))
                    .ok()
                    .and_then(|end| timed(end, zone, tzid.as_deref()))
                    .unwrap_or_else(|| start.clone());
                event.starts(start);
                event.ends(end);
                if e.dated.what == What::AnswerWindow {
                    vec![Duration::hours(2)]
                } else {
                    vec![Duration::days(1), Duration::minutes(15)]
                }
            }
        };
        for (n, before) in alarms.into_iter().enumerate() {
            let mut alarm = Alarm::display(&e.reminder, icalendar::Trigger::before_start(before));
            // A stable UID (the crate would make up a random one), and no DTSTAMP
            // written twice: the alarm takes the event's.
            alarm.uid(&format!("{}-alarm-{n}", uid(&e.dated)));
            alarm.timestamp(stamp);
            event.alarm(alarm);
        }
        calendar.push(event.done());
    }
    let text = calendar.done().to_string();
    match definition {
        Some(definition) => {
            let at = text
                .find("BEGIN:VEVENT")
                .or_else(|| text.find("END:VCALENDAR"))
                .unwrap_or(text.len());
            format!("{}{definition}{}", &text[..at], &text[at..])
        }
        None => text,
    }
}

#[cfg(test)]
mod tests;
