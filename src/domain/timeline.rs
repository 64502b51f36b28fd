//! The reply deadline and the after-decision timeline (docs/product.md §3 timing, §5).
//!
//! Rules:
//! - The answer is ideally sent within [`IDEAL_HOURS`] of deciding and at the latest
//!   within [`LATEST_HOURS`], counted in elapsed hours (across a clock change the
//!   deadline's wall-clock time moves by the hour skipped or repeated).
//! - The employer's reply-by date is the hard deadline; the window counts from the moment
//!   the user decided, as they recorded it ([`decision_moment`], at [`DEFAULT_HOUR`]
//!   when only a date is given). Nothing recorded: not decided yet, no window is counted
//!   (never from the interview or offer date, which is not a decision).
//! - The steps after deciding depend on the situation ([`steps`]): a call is booked
//!   and followed by a recap; visa or relocation paperwork is closed only where a move
//!   was discussed, and reimbursements confirmed only after an offer.
//!
//! Time comes in as a parameter — the domain never reads the clock — so every rule is
//! testable with a fixed "now" and time zone.

use std::collections::BTreeSet;

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ZonedDateTime};
use serde::{Deserialize, Serialize};

use super::channel::Channel;

/// Answer no sooner than this after deciding is not required, but this is the ideal.
pub const IDEAL_HOURS: i64 = 24;
/// Answer at the latest this long after deciding.
pub const LATEST_HOURS: i64 = 72;
/// The hour assumed when only a date is known.
pub const DEFAULT_HOUR: i8 = 9;

/// When the user decided, as they recorded it; `None`: not decided yet.
#[must_use]
pub fn decision_moment(case: &super::Case, zone: &TimeZone) -> Option<ZonedDateTime> {
    case.timeline.decided.resolve(zone)
}

/// When the user decided, as typed: a date and an optional time of day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionTime {
    /// ISO date `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`, or empty for [`DEFAULT_HOUR`].
    pub time: String,
}

impl DecisionTime {
    /// The moment, in `zone`, if the date (and the time, when given) are valid.
    #[must_use]
    pub fn resolve(&self, zone: &TimeZone) -> Option<ZonedDateTime> {
        let date: Date = self.date.trim().parse().ok()?;
        let time = if self.time.trim().is_empty() {
            Time::new(DEFAULT_HOUR, 0, 0, 0).ok()?
        } else {
            parse_time(&self.time)?
        };
        date.to_datetime(time).to_zoned_datetime(zone.clone()).ok()
    }

    /// True when something is typed that is not a valid date or time.
    #[must_use]
    pub fn is_invalid(&self) -> bool {
        let date_bad = !self.date.trim().is_empty() && self.date.trim().parse::<Date>().is_err();
        let time_bad = !self.time.trim().is_empty() && parse_time(&self.time).is_none();
        date_bad || time_bad
    }

    /// Set to the given moment (the "decided now" button).
    pub fn set(&mut self, at: &ZonedDateTime) {
        self.date = at.date().to_string();
        self.time = format!("{:02}:{:02}", at.hour(), at.minute());
    }
}

/// `HH:MM` (or `H:MM`) on a 24-hour clock.
#[must_use]
pub fn parse_time(text: &str) -> Option<Time> {
    let (h, m) = text.trim().split_once(':')?;
    let hour: i8 = h.trim().parse().ok()?;
    let minute: i8 = m.trim().parse().ok()?;
    Time::new(hour, minute, 0, 0).ok()
}

/// The 24–72 hour window to answer in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyWindow {
    pub decided: ZonedDateTime,
    /// Ideally answer by then (24 hours).
    pub ideal_by: ZonedDateTime,
    /// Answer at the latest by then (72 hours).
    pub due: ZonedDateTime,
}

/// The window, counted in elapsed hours: across a daylight-saving change the wall-clock
/// time of the deadline moves by the hour that was skipped or repeated.
#[must_use]
pub fn reply_window(decided: &ZonedDateTime) -> Option<ReplyWindow> {
    let ideal_by = decided
        .checked_add(SignedDuration::from_hours(IDEAL_HOURS))
        .ok()?;
    let due = decided
        .checked_add(SignedDuration::from_hours(LATEST_HOURS))
        .ok()?;
    Some(ReplyWindow {
        decided: decided.clone(),
        ideal_by,
        due,
    })
}

/// Where "now" stands against the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineState {
    /// Within the first 24 hours: the ideal time to answer.
    Ideal {
        left: SignedDuration,
    },
    /// Past 24 hours, before 72: still in time.
    InTime {
        left: SignedDuration,
    },
    Overdue {
        by: SignedDuration,
    },
}

#[must_use]
pub fn deadline_state(window: &ReplyWindow, now: Timestamp) -> DeadlineState {
    let due = window.due.timestamp();
    if now > due {
        return DeadlineState::Overdue {
            by: now.duration_since(due),
        };
    }
    let left = due.duration_since(now);
    if now <= window.ideal_by.timestamp() {
        DeadlineState::Ideal { left }
    } else {
        DeadlineState::InTime { left }
    }
}

/// A duration split into its two most significant units, for "2 days 5 hours".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub days: i64,
    pub hours: i64,
    pub minutes: i64,
}

#[must_use]
pub fn split(duration: SignedDuration) -> Span {
    let minutes = duration.as_secs().abs() / 60;
    Span {
        days: minutes / (24 * 60),
        hours: minutes / 60 % 24,
        minutes: minutes % 60,
    }
}

/// One step of the timeline after deciding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Step {
    DraftMessage,
    ChooseChannel,
    BookCall,
    SendOrCall,
    SendRecap,
    ArchivePapers,
    UpdateTracker,
    RefocusSearch,
    CloseVisaRelocation,
    ConfirmReimbursements,
    // Staying in touch.
    ConnectPersonally,
    OfferHelp,
    AskForFutureRoles,
}

/// The day a step belongs to, counted from the decision (day 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Day1,
    Day2,
    Days3To7,
    StayInTouch,
}

impl Phase {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Phase::Day1 => "timeline-day-1",
            Phase::Day2 => "timeline-day-2",
            Phase::Days3To7 => "timeline-days-3-7",
            Phase::StayInTouch => "timeline-stay-in-touch",
        }
    }

    /// The dates the phase covers (first, last), counted in working days from the
    /// decision date: day 1 is the first working day from the decision on, day 2 the
    /// next, days 3 to 7 the five after that. Steps and calls never fall on `weekend`.
    #[must_use]
    pub fn dates(self, decided: Date, weekend: Weekend) -> Option<(Date, Date)> {
        let day1 = weekend.workday_from(decided)?;
        let after = |d: Date| d.tomorrow().ok().and_then(|t| weekend.workday_from(t));
        let day2 = after(day1)?;
        match self {
            Phase::Day1 => Some((day1, day1)),
            Phase::Day2 => Some((day2, day2)),
            Phase::Days3To7 => {
                let first = after(day2)?;
                let mut last = first;
                for _ in 0..4 {
                    last = after(last)?;
                }
                Some((first, last))
            }
            Phase::StayInTouch => None,
        }
    }
}

/// The days off of the week where the user lives (CLDR week data: Saturday and Sunday
/// in most of the world, Friday and Saturday in much of the Middle East, Sunday alone in
/// India), by `Weekday::to_monday_zero_offset`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weekend(pub [bool; 7]);

impl Default for Weekend {
    /// Saturday and Sunday.
    fn default() -> Self {
        Weekend([false, false, false, false, false, true, true])
    }
}

impl Weekend {
    /// The weekend made of these days.
    #[must_use]
    pub fn of(days: &[jiff::civil::Weekday]) -> Self {
        let mut set = [false; 7];
        for day in days {
            set[usize::try_from(day.to_monday_zero_offset()).unwrap_or(0)] = true;
        }
        Weekend(set)
    }

    #[must_use]
    pub fn contains(self, date: Date) -> bool {
        self.0[usize::try_from(date.weekday().to_monday_zero_offset()).unwrap_or(0)]
    }

    /// The first working day on or after `date` (`date` itself when a week has no
    /// working day at all, which no real data says).
    #[must_use]
    pub fn workday_from(self, date: Date) -> Option<Date> {
        let mut day = date;
        for _ in 0..7 {
            if !self.contains(day) {
                return Some(day);
            }
            day = day.tomorrow().ok()?;
        }
        Some(date)
    }
}

impl Step {
    #[must_use]
    pub fn phase(self) -> Phase {
        match self {
            Step::DraftMessage | Step::ChooseChannel | Step::BookCall => Phase::Day1,
            Step::SendOrCall | Step::SendRecap => Phase::Day2,
            Step::ArchivePapers
            | Step::UpdateTracker
            | Step::RefocusSearch
            | Step::CloseVisaRelocation
            | Step::ConfirmReimbursements => Phase::Days3To7,
            Step::ConnectPersonally | Step::OfferHelp | Step::AskForFutureRoles => {
                Phase::StayInTouch
            }
        }
    }

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Step::DraftMessage => "step-draft",
            Step::ChooseChannel => "step-choose-channel",
            Step::BookCall => "step-book-call",
            Step::SendOrCall => "step-send-or-call",
            Step::SendRecap => "step-send-recap",
            Step::ArchivePapers => "step-archive",
            Step::UpdateTracker => "step-tracker",
            Step::RefocusSearch => "step-refocus",
            Step::CloseVisaRelocation => "step-close-visa",
            Step::ConfirmReimbursements => "step-reimbursements",
            Step::ConnectPersonally => "step-connect",
            Step::OfferHelp => "step-offer-help",
            Step::AskForFutureRoles => "step-future-roles",
        }
    }
}

/// What decides which steps apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Situation {
    pub channel: Channel,
    /// Relocation or a visa was discussed, or the offer means moving abroad.
    pub relocation_or_visa: bool,
    /// An offer was made (reimbursements and obligations may exist).
    pub after_offer: bool,
}

/// The steps that apply, in order.
#[must_use]
pub fn steps(situation: Situation) -> Vec<Step> {
    let call = situation.channel != Channel::Email;
    let mut out = vec![Step::DraftMessage, Step::ChooseChannel];
    if call {
        out.push(Step::BookCall);
    }
    out.push(Step::SendOrCall);
    if call {
        out.push(Step::SendRecap);
    }
    out.extend([
        Step::ArchivePapers,
        Step::UpdateTracker,
        Step::RefocusSearch,
    ]);
    if situation.relocation_or_visa {
        out.push(Step::CloseVisaRelocation);
        if situation.after_offer {
            out.push(Step::ConfirmReimbursements);
        }
    }
    out.extend([
        Step::ConnectPersonally,
        Step::OfferHelp,
        Step::AskForFutureRoles,
    ]);
    out
}

/// The timeline of one opportunity: when the user decided and which steps are done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Timeline {
    pub decided: DecisionTime,
    pub done: BTreeSet<Step>,
    /// When the answer was sent (`YYYY-MM-DD`), once the user marked it so: the
    /// countdown stops there.
    pub sent_on: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// Central European time with its DST rules, without needing a tz database.
    fn berlin() -> TimeZone {
        TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("valid POSIX zone")
    }

    fn at(zone: &TimeZone, y: i16, mo: i8, d: i8, h: i8, mi: i8) -> ZonedDateTime {
        date(y, mo, d)
            .at(h, mi, 0, 0)
            .to_zoned_datetime(zone.clone())
            .expect("valid")
    }

    #[test]
    fn decision_time_parses_and_defaults_to_nine() {
        let zone = berlin();
        let mut t = DecisionTime {
            date: "2026-11-26".into(),
            time: String::new(),
        };
        assert_eq!(t.resolve(&zone), Some(at(&zone, 2026, 11, 26, 9, 0)));
        t.time = "14:30".into();
        assert_eq!(t.resolve(&zone), Some(at(&zone, 2026, 11, 26, 14, 30)));
        t.time = "25:00".into();
        assert!(t.is_invalid());
        assert_eq!(t.resolve(&zone), None);
        t.time = "7:05".into();
        assert!(!t.is_invalid());
        assert_eq!(t.resolve(&zone), Some(at(&zone, 2026, 11, 26, 7, 5)));
        t.date = "26.11.2026".into();
        assert!(t.is_invalid());
    }

    #[test]
    fn window_crosses_day_and_month_boundaries() {
        let zone = berlin();
        let w = reply_window(&at(&zone, 2026, 11, 29, 22, 15)).expect("window");
        assert_eq!(w.ideal_by, at(&zone, 2026, 11, 30, 22, 15));
        assert_eq!(w.due, at(&zone, 2026, 12, 2, 22, 15));
    }

    #[test]
    fn window_counts_real_hours_across_the_end_of_summer_time() {
        // Summer time ends in the night of 25 October 2026: 72 elapsed hours after
        // 14:00 on the 24th is 13:00 on the 27th by the wall clock.
        let zone = berlin();
        let w = reply_window(&at(&zone, 2026, 10, 24, 14, 0)).expect("window");
        assert_eq!(w.ideal_by, at(&zone, 2026, 10, 25, 13, 0));
        assert_eq!(w.due, at(&zone, 2026, 10, 27, 13, 0));
        // And across the start of summer time (29 March 2026) the clock jumps forward.
        let w = reply_window(&at(&zone, 2026, 3, 28, 14, 0)).expect("window");
        assert_eq!(w.due, at(&zone, 2026, 3, 31, 15, 0));
    }

    #[test]
    fn deadline_states_and_boundaries() {
        let zone = berlin();
        let w = reply_window(&at(&zone, 2026, 11, 26, 9, 0)).expect("window");
        let ts = |d, h, m| at(&zone, 2026, 11, d, h, m).timestamp();
        assert_eq!(
            deadline_state(&w, ts(26, 10, 0)),
            DeadlineState::Ideal {
                left: SignedDuration::from_hours(71)
            }
        );
        assert!(matches!(
            deadline_state(&w, ts(27, 9, 0)),
            DeadlineState::Ideal { .. }
        ));
        assert!(matches!(
            deadline_state(&w, ts(27, 9, 1)),
            DeadlineState::InTime { .. }
        ));
        assert_eq!(
            deadline_state(&w, ts(29, 9, 0)),
            DeadlineState::InTime {
                left: SignedDuration::ZERO
            }
        );
        assert_eq!(
            deadline_state(&w, ts(29, 14, 0)),
            DeadlineState::Overdue {
                by: SignedDuration::from_hours(5)
            }
        );
    }

    #[test]
    fn spans_split_into_days_hours_minutes() {
        let s = split(SignedDuration::from_secs(
            2 * 86_400 + 5 * 3_600 + 7 * 60 + 59,
        ));
        assert_eq!(
            s,
            Span {
                days: 2,
                hours: 5,
                minutes: 7
            }
        );
        assert_eq!(split(SignedDuration::from_hours(-5)).hours, 5);
    }

    #[test]
    fn email_only_steps_skip_the_call() {
        let s = steps(Situation {
            channel: Channel::Email,
            relocation_or_visa: false,
            after_offer: false,
        });
        assert!(!s.contains(&Step::BookCall));
        assert!(!s.contains(&Step::SendRecap));
        assert!(!s.contains(&Step::CloseVisaRelocation));
        assert!(s.contains(&Step::SendOrCall));
        assert!(s.contains(&Step::ConnectPersonally));
    }

    #[test]
    fn a_call_adds_booking_and_the_recap() {
        let s = steps(Situation {
            channel: Channel::VideoThenEmail,
            relocation_or_visa: false,
            after_offer: false,
        });
        assert_eq!(
            s[..5],
            [
                Step::DraftMessage,
                Step::ChooseChannel,
                Step::BookCall,
                Step::SendOrCall,
                Step::SendRecap
            ]
        );
    }

    #[test]
    fn relocation_adds_paperwork_and_reimbursements_after_an_offer() {
        let mut situation = Situation {
            channel: Channel::Email,
            relocation_or_visa: true,
            after_offer: false,
        };
        let s = steps(situation);
        assert!(s.contains(&Step::CloseVisaRelocation));
        assert!(!s.contains(&Step::ConfirmReimbursements));
        situation.after_offer = true;
        assert!(steps(situation).contains(&Step::ConfirmReimbursements));
    }

    #[test]
    fn steps_never_fall_on_the_weekend() {
        use jiff::civil::Weekday::{Friday, Saturday, Sunday};
        let sat_sun = Weekend::of(&[Saturday, Sunday]);
        // Decided on Monday 30 November 2026.
        let d = date(2026, 11, 30);
        assert_eq!(Phase::Day1.dates(d, sat_sun), Some((d, d)));
        assert_eq!(
            Phase::Day2.dates(d, sat_sun),
            Some((date(2026, 12, 1), date(2026, 12, 1)))
        );
        // Wednesday to Tuesday: five working days across the weekend.
        assert_eq!(
            Phase::Days3To7.dates(d, sat_sun),
            Some((date(2026, 12, 2), date(2026, 12, 8)))
        );
        assert_eq!(Phase::StayInTouch.dates(d, sat_sun), None);
        // Decided on Friday 4 December: day 2 is Monday, not Saturday.
        let friday = date(2026, 12, 4);
        assert_eq!(
            Phase::Day2.dates(friday, sat_sun),
            Some((date(2026, 12, 7), date(2026, 12, 7)))
        );
        // Decided on a Saturday: day 1 is Monday.
        assert_eq!(
            Phase::Day1.dates(date(2026, 12, 5), sat_sun),
            Some((date(2026, 12, 7), date(2026, 12, 7)))
        );
        // A Friday–Saturday weekend: decided Thursday 3 December, day 2 is Sunday.
        let fri_sat = Weekend::of(&[Friday, Saturday]);
        let thursday = date(2026, 12, 3);
        assert_eq!(
            Phase::Day1.dates(thursday, fri_sat),
            Some((thursday, thursday))
        );
        assert_eq!(
            Phase::Day2.dates(thursday, fri_sat),
            Some((date(2026, 12, 6), date(2026, 12, 6)))
        );
        for phase in [Phase::Day1, Phase::Day2, Phase::Days3To7] {
            for weekend in [sat_sun, fri_sat] {
                for offset in 0..14 {
                    let decided = d.checked_add(jiff::Span::new().days(offset)).expect("date");
                    let (first, last) = phase.dates(decided, weekend).expect("dates");
                    assert!(!weekend.contains(first) && !weekend.contains(last));
                }
            }
        }
    }
}
