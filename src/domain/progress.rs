//! Where an opportunity stands in the decline, and the single next thing to do:
//! decide → choose the channel → write → send by the deadline → follow up
//! (docs/product.md §1, §3, §5).
//!
//! Rules:
//! - An accepted or archived opportunity needs nothing more.
//! - While the checklist is incomplete or undecided, the next thing is to answer it; a
//!   user who leans toward accepting is told so, not pushed to decline.
//! - Then the channel: chosen when the user picked one (or ticked the timeline step).
//! - Then the letter: written once it has left the app (copied, saved or handed to the
//!   mail client: the app ticks the timeline's draft step then) or the step is ticked.
//! - Then the timeline's steps in order (book the call, send, send the recap, the days
//!   after): the first one not ticked is next. Sending carries the deadline: the
//!   employer's reply-by date when known, else the end of the 72-hour window after
//!   deciding.
//! - Once the opportunity is marked declined, the steps before sending count as done.
//! - Nothing left: done.

use jiff::ZonedDateTime;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::case::{Case, Stage, Status};
use super::checklist::{self, Verdict};
use super::letter;
use super::template::Scenario;
use super::timeline::{self, Phase, Situation, Step, Weekend};

/// The one thing to do next for an opportunity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextAction {
    /// Answer the checklist's questions until it gives a verdict.
    AnswerChecklist,
    /// The checklist leans toward accepting: nothing to decline (yet).
    LeaningToAccept,
    /// Pick how to tell them (email, or a call then an email).
    PickChannel,
    /// Write the letter; the scenario to start from when the draft is still untouched.
    WriteLetter(Option<Scenario>),
    /// Send (or make the call) by this deadline, if one is known.
    Send { by: Option<Deadline> },
    /// A step of the timeline, with the days it belongs to (counted from the decision).
    Step {
        step: Step,
        phase: Phase,
        dates: Option<(Date, Date)>,
    },
    /// Nothing left to do.
    Done,
}

/// When the answer is due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// The employer's reply-by date.
    Day(Date),
    /// The end of the 72-hour window after deciding.
    Moment(ZonedDateTime),
}

/// The steps of the timeline that lead up to sending.
const BEFORE_SENDING: [Step; 4] = [
    Step::ChooseChannel,
    Step::DraftMessage,
    Step::BookCall,
    Step::SendOrCall,
];

/// The next thing to do for `case`, in the user's time zone, its dates on working days.
#[must_use]
pub fn next_action(case: &Case, zone: &TimeZone, weekend: Weekend) -> NextAction {
    if matches!(case.status, Status::Accepted | Status::Archived) {
        return NextAction::Done;
    }
    let declined = case.status == Status::Declined;
    let done = |step: Step| {
        case.timeline.done.contains(&step) || (declined && BEFORE_SENDING.contains(&step))
    };
    if !declined {
        let assessment = checklist::assess(&case.checklist);
        match assessment.verdict {
            Verdict::Undecided => return NextAction::AnswerChecklist,
            Verdict::LeanAccept => return NextAction::LeaningToAccept,
            Verdict::Decline | Verdict::NegotiateFirst => {}
        }
        if case.channel.chosen.is_none() && !done(Step::ChooseChannel) {
            return NextAction::PickChannel;
        }
        if !done(Step::DraftMessage) {
            let scenario = (!case.draft.is_edited())
                .then(|| letter::offered_for(&assessment, case))
                .flatten();
            return NextAction::WriteLetter(scenario);
        }
    }
    let decided = timeline::decision_moment(case, zone);
    for step in timeline::steps(Situation::of(case)) {
        if done(step) || matches!(step, Step::ChooseChannel | Step::DraftMessage) {
            continue;
        }
        if step == Step::SendOrCall {
            return NextAction::Send {
                by: deadline(case, decided.as_ref()),
            };
        }
        let phase = step.phase();
        return NextAction::Step {
            step,
            phase,
            dates: decided
                .as_ref()
                .and_then(|d| phase.dates(d.date(), weekend)),
        };
    }
    NextAction::Done
}

/// The answer's deadline: the reply-by date, else the end of the reply window.
#[must_use]
pub fn deadline(case: &Case, decided: Option<&ZonedDateTime>) -> Option<Deadline> {
    case.reply_by_date().map(Deadline::Day).or_else(|| {
        decided
            .and_then(timeline::reply_window)
            .map(|w| Deadline::Moment(w.due))
    })
}

/// An answer is owed and its deadline has passed (the one test of "overdue" for the
/// list, the tabs and the channel panel): the employer's reply-by date once that day is
/// over; without one, the end of the 72-hour window after the recorded decision. Not
/// decided and no reply-by date: nothing can be overdue yet.
#[must_use]
pub fn is_overdue(case: &Case, now: &ZonedDateTime) -> bool {
    if !case.status.is_open() || case.timeline.done.contains(&Step::SendOrCall) {
        return false;
    }
    match case.reply_by_date() {
        Some(day) => now.date() > day,
        None => timeline::decision_moment(case, now.time_zone())
            .and_then(|d| timeline::reply_window(&d))
            .is_some_and(|w| w.due < *now),
    }
}

/// How a panel stands, for the mark on its tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelState {
    /// Nothing to say.
    Open,
    /// Its part is done.
    Done,
    /// Something there needs the user's attention.
    Attention,
}

/// The marks of the five panels: checklist, mobility sheet, channel, letter, follow-up
/// (attention while a promise is due today or overdue).
#[must_use]
pub fn panel_states(case: &Case, now: &ZonedDateTime, weekend: Weekend) -> [PanelState; 5] {
    let checklist = if checklist::accepting_too_soon(&case.checklist) {
        PanelState::Attention
    } else if checklist::assess(&case.checklist).verdict == Verdict::Undecided {
        PanelState::Open
    } else {
        PanelState::Done
    };
    let mobility = if case.mobility.moving_abroad
        && !super::mobility::summarize(&case.mobility, now.date())
            .traps
            .is_empty()
    {
        PanelState::Attention
    } else {
        PanelState::Open
    };
    let done = |step| case.timeline.done.contains(&step) || case.status == Status::Declined;
    let channel = if is_overdue(case, now) {
        PanelState::Attention
    } else if case.channel.chosen.is_some() || done(Step::ChooseChannel) {
        PanelState::Done
    } else {
        PanelState::Open
    };
    let letter = if done(Step::DraftMessage) {
        PanelState::Done
    } else {
        PanelState::Open
    };
    let pressing = super::followup::pressing(case, now.time_zone(), now.date(), weekend);
    let followup = if pressing.is_empty() {
        PanelState::Open
    } else {
        PanelState::Attention
    };
    [checklist, mobility, channel, letter, followup]
}

/// The letter left the app (copied, saved, handed to the mail client): the timeline's
/// draft step is done.
pub fn letter_handed_over(case: &mut Case) {
    case.timeline.done.insert(Step::DraftMessage);
}

/// The user sent the letter (or made the call) on `today`: the steps up to sending are
/// done, the opportunity is declined and the countdown stops ("answered on").
pub fn mark_sent(case: &mut Case, today: Date) {
    case.timeline.sent_on = today.to_string();
    case.timeline.done.extend(
        BEFORE_SENDING
            .into_iter()
            .filter(|s| *s != Step::BookCall || super::channel::effective(&case.channel).is_call()),
    );
    case.status = Status::Declined;
}

impl Situation {
    /// The situation of an opportunity.
    #[must_use]
    pub fn of(case: &Case) -> Self {
        Situation {
            channel: super::channel::effective(&case.channel),
            relocation_or_visa: super::letter::means_a_move(case),
            after_offer: case.stage == Stage::AfterOffer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::channel::Channel;
    use crate::domain::checklist::Answer;
    use jiff::civil::date;

    fn zone() -> TimeZone {
        TimeZone::UTC
    }

    fn declining() -> Case {
        let mut case = Case {
            stage: Stage::AfterInterview,
            date: "2026-11-20".into(),
            ..Case::default()
        };
        case.checklist = checklist::ChecklistAnswers::from_answers([
            Answer::No,
            Answer::Yes,
            Answer::No,
            Answer::No,
            Answer::Yes,
        ]);
        case
    }

    #[test]
    fn an_empty_opportunity_starts_with_the_checklist() {
        assert_eq!(
            next_action(&Case::default(), &zone(), Weekend::default()),
            NextAction::AnswerChecklist
        );
    }

    #[test]
    fn leaning_to_accept_is_not_pushed_to_decline() {
        let case = Case {
            checklist: checklist::ChecklistAnswers::from_answers([
                Answer::Yes,
                Answer::Yes,
                Answer::Yes,
                Answer::No,
                Answer::Yes,
            ]),
            ..Case::default()
        };
        assert_eq!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::LeaningToAccept
        );
    }

    #[test]
    fn the_list_and_the_panel_agree_on_overdue() {
        let at = |d: jiff::civil::Date| d.at(12, 0, 0, 0).to_zoned_datetime(zone()).expect("valid");
        // An offer three days old, their reply-by date two weeks away.
        let mut case = declining();
        case.stage = crate::domain::Stage::AfterOffer;
        case.date = "2026-11-20".into();
        case.reply_by = "2026-12-04".into();
        let now = at(date(2026, 11, 23));
        assert!(!is_overdue(&case, &now));
        assert_ne!(
            panel_states(&case, &now, Weekend::default())[2],
            PanelState::Attention
        );
        // Decided on the offer day: the 72 hours are over, but their date is ahead.
        case.timeline.decided.date = "2026-11-20".into();
        assert!(!is_overdue(&case, &now));
        assert_ne!(
            panel_states(&case, &now, Weekend::default())[2],
            PanelState::Attention
        );
        // Their date has passed: overdue everywhere.
        let later = at(date(2026, 12, 5));
        assert!(is_overdue(&case, &later));
        assert_eq!(
            panel_states(&case, &later, Weekend::default())[2],
            PanelState::Attention
        );
        // Without their date, the end of the window decides.
        case.reply_by.clear();
        assert!(is_overdue(&case, &now));
        assert_eq!(
            panel_states(&case, &now, Weekend::default())[2],
            PanelState::Attention
        );
        // Sent, or no longer owed: never overdue.
        mark_sent(&mut case, date(2026, 11, 21));
        assert!(!is_overdue(&case, &later));
    }

    #[test]
    fn the_flow_follows_the_opportunity_from_empty_to_the_last_follow_up() {
        let mut case = declining();
        assert_eq!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::PickChannel
        );
        case.channel.chosen = Some(Channel::Email);
        assert_eq!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::WriteLetter(Some(Scenario::WithdrawAfterInterview))
        );
        letter_handed_over(&mut case);
        // Not decided yet: no deadline is counted from the interview date.
        assert_eq!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::Send { by: None }
        );
        // Decided on the 20th (09:00 when no time is given): due 72 hours later.
        case.timeline.decided.date = "2026-11-20".into();
        let due = date(2026, 11, 23)
            .at(9, 0, 0, 0)
            .to_zoned_datetime(zone())
            .expect("valid");
        assert_eq!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::Send {
                by: Some(Deadline::Moment(due))
            }
        );
        case.reply_by = "2026-11-25".into();
        assert_eq!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::Send {
                by: Some(Deadline::Day(date(2026, 11, 25)))
            }
        );
        mark_sent(&mut case, date(2026, 11, 21));
        assert_eq!(case.status, Status::Declined);
        let NextAction::Step { step, phase, dates } =
            next_action(&case, &zone(), Weekend::default())
        else {
            panic!("a follow-up step comes next");
        };
        assert_eq!(step, Step::ArchivePapers);
        assert_eq!(phase, Phase::Days3To7);
        // Decided Friday the 20th: day 2 is Monday, days 3 to 7 the five working days
        // from Tuesday the 24th.
        assert_eq!(dates, Some((date(2026, 11, 24), date(2026, 11, 30))));
        for step in timeline::steps(Situation::of(&case)) {
            case.timeline.done.insert(step);
        }
        assert_eq!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::Done
        );
    }

    #[test]
    fn a_call_is_booked_before_it_is_made_and_followed_by_a_recap() {
        let mut case = declining();
        case.channel.chosen = Some(Channel::PhoneThenEmail);
        letter_handed_over(&mut case);
        assert!(matches!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::Step {
                step: Step::BookCall,
                ..
            }
        ));
        case.timeline.done.insert(Step::BookCall);
        assert!(matches!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::Send { .. }
        ));
        mark_sent(&mut case, date(2026, 11, 21));
        assert!(matches!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::Step {
                step: Step::SendRecap,
                ..
            }
        ));
    }

    #[test]
    fn an_edited_letter_is_not_replaced_by_the_offered_one() {
        let mut case = declining();
        case.channel.chosen = Some(Channel::Email);
        case.draft.body = "My own words".into();
        assert_eq!(
            next_action(&case, &zone(), Weekend::default()),
            NextAction::WriteLetter(None)
        );
    }

    #[test]
    fn accepted_and_archived_need_nothing() {
        let mut case = declining();
        for status in [Status::Accepted, Status::Archived] {
            case.status = status;
            assert_eq!(
                next_action(&case, &zone(), Weekend::default()),
                NextAction::Done
            );
        }
    }

    #[test]
    fn tabs_show_done_and_attention() {
        let now = date(2026, 11, 26)
            .at(10, 0, 0, 0)
            .to_zoned_datetime(zone())
            .expect("valid");
        let mut case = Case::default();
        assert_eq!(
            panel_states(&case, &now, Weekend::default()),
            [PanelState::Open; 5]
        );
        case = declining();
        case.reply_by = "2026-11-30".into();
        case.channel.chosen = Some(Channel::Email);
        letter_handed_over(&mut case);
        assert_eq!(
            panel_states(&case, &now, Weekend::default()),
            [
                PanelState::Done,
                PanelState::Open,
                PanelState::Done,
                PanelState::Done,
                PanelState::Open
            ]
        );
        // A promise due today asks for attention on the follow-up panel.
        case.followup.add_promise();
        case.followup.promises[0].due = "2026-11-26".into();
        assert_eq!(
            panel_states(&case, &now, Weekend::default())[4],
            PanelState::Attention
        );
        case.followup.promises[0].done = true;
        assert_eq!(
            panel_states(&case, &now, Weekend::default())[4],
            PanelState::Open
        );
        case.reply_by = "2026-11-25".into();
        assert_eq!(
            panel_states(&case, &now, Weekend::default())[2],
            PanelState::Attention
        );
    }
}
