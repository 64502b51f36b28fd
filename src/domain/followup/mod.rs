//! After the answer is sent: the employer's reply, the user's promises, the people met,
//! and the dates all of these put in a calendar (docs/product.md §5, issue 21).
//!
//! Rules:
//!
//! - **Their reply.** Recording a reply keeps its date, what they asked ([`ReplyKind`])
//!   and the letter it answers (the draft as it was, so nothing typed is lost when the
//!   answer replaces it), and offers the matching letter ([`ReplyKind::answer`]). An
//!   improved offer reopens the decision: the opportunity is "deciding" again and the new
//!   pay goes where the checklist and the mobility sheet read it, so the user weighs the
//!   new figures before answering ([`Case::record_reply`]).
//! - **Promises** are of two kinds. Those the app knows of are derived every time from
//!   what the opportunity holds, never copied, so a letter and the list can never name
//!   different dates ([`derived`]):
//!   - the answer promised by a letter that names a date (ask for time, reconsidering an
//!     improved offer) while the decision is open, and the questionnaire promised back:
//!     both by the letter's own date ([`letter::promised_date`]), once the letter has
//!     left the app;
//!   - the booked call, at its date and time;
//!   - during an active relocation, returning documents and anything lent for the move,
//!     and settling relocation or sign-on money where the offer had some, by the end of
//!     days 3–7 after deciding, when the timeline asks to close the paperwork;
//!   - after an offer that involved a move or a visa, claiming what the employer
//!     reimburses, by the same day;
//!   - checking in again with a person met, on the date the user set.
//!
//!   The others the user writes ([`Promise`]): what, to whom, by when. Either kind is
//!   done when the user says so.
//! - **Due.** A promise is overdue after its day, due on it, soon within
//!   [`SOON_DAYS`] days, otherwise later; done ones are done whatever their date
//!   ([`Due::of`]).

pub mod ics;

use std::collections::BTreeSet;

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use super::case::{Case, Status};
use super::letter;
use super::template::Scenario;
use super::timeline::{self, DecisionTime, Phase, Step, Weekend};

/// A promise within this many days is "soon".
pub const SOON_DAYS: i64 = 2;

/// What the employer asked in their reply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReplyKind {
    /// A counter or improved offer after the decline.
    #[default]
    ImprovedOffer,
    /// "What would it take?"
    WhatWouldItTake,
    /// A call, after an email decline.
    AskForCall,
    /// May they keep the CV on file?
    KeepCv,
    /// A feedback or exit questionnaire.
    Questionnaire,
    /// A late "are you sure?".
    AreYouSure,
}

impl ReplyKind {
    pub const ALL: [ReplyKind; 6] = [
        ReplyKind::ImprovedOffer,
        ReplyKind::WhatWouldItTake,
        ReplyKind::AskForCall,
        ReplyKind::KeepCv,
        ReplyKind::Questionnaire,
        ReplyKind::AreYouSure,
    ];

    /// The letters that answer it: the first is offered. An improved offer can be
    /// declined again or reconsidered; the user picks.
    #[must_use]
    pub fn answers(self) -> &'static [Scenario] {
        match self {
            ReplyKind::ImprovedOffer => {
                &[Scenario::ImprovedOfferHold, Scenario::ImprovedOfferReopen]
            }
            ReplyKind::WhatWouldItTake => &[Scenario::WhatWouldItTake],
            ReplyKind::AskForCall => &[Scenario::CallAfterDecline],
            ReplyKind::KeepCv => &[Scenario::KeepCvOnFile],
            ReplyKind::Questionnaire => &[Scenario::ExitQuestionnaire],
            ReplyKind::AreYouSure => &[Scenario::AreYouSure],
        }
    }

    /// The letter offered first.
    #[must_use]
    pub fn answer(self) -> Scenario {
        self.answers()[0]
    }

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            ReplyKind::ImprovedOffer => "reply-kind-improved-offer",
            ReplyKind::WhatWouldItTake => "reply-kind-what-would-it-take",
            ReplyKind::AskForCall => "reply-kind-ask-for-call",
            ReplyKind::KeepCv => "reply-kind-keep-cv",
            ReplyKind::Questionnaire => "reply-kind-questionnaire",
            ReplyKind::AreYouSure => "reply-kind-are-you-sure",
        }
    }
}

/// One reply of the employer, as recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reply {
    /// The day it came (`YYYY-MM-DD`).
    pub on: String,
    pub kind: ReplyKind,
    /// What they wrote, in the user's words (optional).
    pub note: String,
    /// For an improved offer: the new yearly pay, as typed.
    pub new_pay: String,
    /// The letter it answered: subject and body of the draft when the reply was
    /// recorded (the answer replaces the draft).
    pub answered_subject: String,
    pub answered_body: String,
}

/// The identity of a promise or a person inside an opportunity.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct ItemId(pub u64);

/// A promise the user wrote down.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Promise {
    pub id: ItemId,
    pub what: String,
    pub to_whom: String,
    /// `YYYY-MM-DD`; empty: no date.
    pub due: String,
    pub done: bool,
}

/// Someone the user met in the process.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    pub id: ItemId,
    pub name: String,
    pub role: String,
    /// How to reach them: e-mail, phone, profile link.
    pub reach: String,
    /// Connected on a professional network.
    pub connected: bool,
    /// `YYYY-MM-DD` of the last contact.
    pub last_contact: String,
    /// `YYYY-MM-DD` to check in again; empty: none planned.
    pub check_in: String,
}

/// A promise the app derives from the opportunity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Derived {
    /// The answer a letter promised by its date.
    Answer,
    /// The questionnaire promised back by the letter's date.
    Questionnaire,
    /// The booked call.
    Call,
    /// Return documents and what was lent for the move.
    ReturnProperty,
    /// Settle relocation or sign-on money as the contract says.
    SettleMoney,
    /// Claim what the employer reimburses.
    ClaimReimbursements,
    /// Check in again with this person.
    CheckIn(ItemId),
}

impl Derived {
    /// Fluent id of what is promised (`$company`, `$contact`, `$name` given).
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Derived::Answer => "promise-answer",
            Derived::Questionnaire => "promise-questionnaire",
            Derived::Call => "promise-call",
            Derived::ReturnProperty => "promise-return-property",
            Derived::SettleMoney => "promise-settle-money",
            Derived::ClaimReimbursements => "promise-claim-reimbursements",
            Derived::CheckIn(_) => "promise-check-in",
        }
    }
}

/// Everything after the answer, per opportunity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FollowUp {
    pub replies: Vec<Reply>,
    pub promises: Vec<Promise>,
    /// Derived promises the user marked done.
    pub kept: BTreeSet<Derived>,
    pub people: Vec<Person>,
    /// The booked call: date and time (empty: none booked).
    pub call: DecisionTime,
    /// The next free id for promises and people.
    pub next_id: u64,
}

impl FollowUp {
    /// Nothing recorded: not written to the file.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == FollowUp::default()
    }

    fn fresh_id(&mut self) -> ItemId {
        let used = self
            .promises
            .iter()
            .map(|p| p.id.0)
            .chain(self.people.iter().map(|p| p.id.0))
            .max()
            .map_or(0, |m| m.saturating_add(1));
        let id = self.next_id.max(used);
        self.next_id = id.saturating_add(1);
        ItemId(id)
    }

    /// Add an empty promise and return its id.
    pub fn add_promise(&mut self) -> ItemId {
        let id = self.fresh_id();
        self.promises.push(Promise {
            id,
            ..Promise::default()
        });
        id
    }

    /// Add an empty person and return their id.
    pub fn add_person(&mut self) -> ItemId {
        let id = self.fresh_id();
        self.people.push(Person {
            id,
            ..Person::default()
        });
        id
    }

    pub fn remove_promise(&mut self, id: ItemId) -> Option<Promise> {
        let at = self.promises.iter().position(|p| p.id == id)?;
        Some(self.promises.remove(at))
    }

    pub fn remove_person(&mut self, id: ItemId) -> Option<Person> {
        let at = self.people.iter().position(|p| p.id == id)?;
        self.kept.remove(&Derived::CheckIn(id));
        Some(self.people.remove(at))
    }

    /// The booked call's moment in `zone`, when a valid date is set.
    #[must_use]
    pub fn call_at(&self, zone: &TimeZone) -> Option<jiff::ZonedDateTime> {
        self.call.resolve(zone)
    }
}

/// Where a promise comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    Derived(Derived),
    Written(ItemId),
}

/// A promise as shown: derived or written, with its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub source: Source,
    /// The user's text (written promises); derived ones are named by their message id.
    pub what: String,
    pub to_whom: String,
    pub due: Option<Date>,
    /// The time of day, for the call.
    pub time: Option<Time>,
    pub done: bool,
}

/// How a promise stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    Done,
    /// Past its day by this many days.
    Overdue(i64),
    Today,
    /// Within [`SOON_DAYS`] days.
    Soon(i64),
    Later,
    /// No date.
    Undated,
}

impl Due {
    #[must_use]
    pub fn of(item: &Item, today: Date) -> Due {
        if item.done {
            return Due::Done;
        }
        let Some(due) = item.due else {
            return Due::Undated;
        };
        // `until` counts in days (its largest unit by default), across years too.
        let days = today.until(due).map_or(0, |s| i64::from(s.get_days()));
        match days {
            d if d < 0 => Due::Overdue(-d),
            0 => Due::Today,
            d if d <= SOON_DAYS => Due::Soon(d),
            _ => Due::Later,
        }
    }

    /// Needs the user's attention now: overdue or due today.
    #[must_use]
    pub fn is_pressing(self) -> bool {
        matches!(self, Due::Overdue(_) | Due::Today)
    }
}

fn date_of(text: &str) -> Option<Date> {
    text.trim().parse().ok()
}

/// The last day of days 3–7 after deciding, where the paperwork is closed.
fn paperwork_day(case: &Case, zone: &TimeZone, weekend: Weekend) -> Option<Date> {
    let decided = timeline::decision_moment(case, zone)?.date();
    Phase::Days3To7
        .dates(decided, weekend)
        .map(|(_, last)| last)
}

/// The situation's timeline steps, as the channel panel shows them.
fn steps_of(case: &Case) -> Vec<Step> {
    timeline::steps(timeline::Situation::of(case))
}

/// The promises the app derives from the opportunity (see the rules at the top), with
/// their dates, in the order of the rules.
#[must_use]
pub fn derived(case: &Case, zone: &TimeZone, today: Date, weekend: Weekend) -> Vec<Item> {
    let f = &case.followup;
    let mut out = Vec::new();
    let mut push = |kind: Derived, due: Option<Date>, time: Option<Time>, to_whom: &str| {
        out.push(Item {
            source: Source::Derived(kind),
            what: String::new(),
            to_whom: to_whom.to_owned(),
            due,
            time,
            done: f.kept.contains(&kind),
        });
    };
    let scenario = (case.draft.custom.is_none()).then_some(case.draft.scenario);
    let promised = || Some(letter::promised_date(case, zone, today));
    // A letter promises once it has left the app (copied, saved, handed to the mail
    // client, or marked sent), not while it is being written.
    let handed_over = case.timeline.done.contains(&Step::DraftMessage)
        || !case.timeline.sent_on.trim().is_empty();
    if matches!(
        scenario,
        Some(Scenario::AskForTime | Scenario::ImprovedOfferReopen)
    ) && case.status.is_open()
        && handed_over
    {
        push(Derived::Answer, promised(), None, &case.contact);
    }
    if scenario == Some(Scenario::ExitQuestionnaire) && handed_over {
        push(Derived::Questionnaire, promised(), None, &case.contact);
    }
    if let Some(at) = f.call_at(zone) {
        push(
            Derived::Call,
            Some(at.date()),
            Some(at.time()),
            &case.contact,
        );
    }
    let steps = steps_of(case);
    let closing_paperwork = steps.contains(&Step::CloseVisaRelocation);
    if scenario == Some(Scenario::ActiveRelocation) && closing_paperwork {
        let day = paperwork_day(case, zone, weekend);
        push(Derived::ReturnProperty, day, None, &case.company);
        let money = [&case.package.relocation, &case.package.sign_on]
            .iter()
            .any(|m| !m.trim().is_empty());
        if money {
            push(Derived::SettleMoney, day, None, &case.company);
        }
    }
    if steps.contains(&Step::ConfirmReimbursements) && case.status == Status::Declined {
        let day = paperwork_day(case, zone, weekend);
        push(Derived::ClaimReimbursements, day, None, &case.company);
    }
    for person in &f.people {
        if let Some(day) = date_of(&person.check_in) {
            push(Derived::CheckIn(person.id), Some(day), None, &person.name);
        }
    }
    out
}

/// Every promise of the opportunity: derived ones first, then the written ones, each
/// group by date (undated last).
#[must_use]
pub fn items(case: &Case, zone: &TimeZone, today: Date, weekend: Weekend) -> Vec<Item> {
    let mut out = derived(case, zone, today, weekend);
    out.extend(case.followup.promises.iter().map(|p| Item {
        source: Source::Written(p.id),
        what: p.what.clone(),
        to_whom: p.to_whom.clone(),
        due: date_of(&p.due),
        time: None,
        done: p.done,
    }));
    out.sort_by_key(|i| (i.due.is_none(), i.due, i.time));
    out
}

/// The promises due today or overdue: those that need the user now (the tab's mark,
/// the list's line, the notice above the panels).
#[must_use]
pub fn pressing(case: &Case, zone: &TimeZone, today: Date, weekend: Weekend) -> Vec<Item> {
    let mut all = items(case, zone, today, weekend);
    all.retain(|item| Due::of(item, today).is_pressing());
    all
}

/// Mark a promise done or not done.
pub fn set_done(case: &mut Case, source: Source, done: bool) {
    match source {
        Source::Derived(kind) => {
            if done {
                case.followup.kept.insert(kind);
            } else {
                case.followup.kept.remove(&kind);
            }
        }
        Source::Written(id) => {
            if let Some(p) = case.followup.promises.iter_mut().find(|p| p.id == id) {
                p.done = done;
            }
        }
    }
}

impl Case {
    /// Record the employer's reply (see the rules at the top): the letter it answers is
    /// kept in the reply, and the answer is chosen. Returns the scenario to write.
    pub fn record_reply(&mut self, mut reply: Reply) -> Scenario {
        reply.answered_subject.clone_from(&self.draft.subject);
        reply.answered_body.clone_from(&self.draft.body);
        let scenario = reply.kind.answer();
        if reply.kind == ReplyKind::ImprovedOffer {
            // The decision is open again: the new figures are weighed first.
            self.status = Status::Deciding;
            let pay = reply.new_pay.trim();
            if !pay.is_empty() {
                self.mobility.offered_pay.amount = pay.to_owned();
                if !self.package.base.trim().is_empty() {
                    self.package.base = pay.to_owned();
                }
            }
            // The pay question of the checklist is asked again on the new figures.
            self.checklist.reopen_pay();
        }
        self.followup.replies.push(reply);
        letter::choose_scenario(self, scenario);
        scenario
    }

    /// The most recent reply, if any.
    #[must_use]
    pub fn last_reply(&self) -> Option<&Reply> {
        self.followup.replies.last()
    }
}

#[cfg(test)]
mod tests;
