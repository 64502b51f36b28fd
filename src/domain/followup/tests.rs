use jiff::civil::{Date, date, time};
use jiff::tz::TimeZone;

use super::*;
use crate::domain::case::Stage;
use crate::domain::channel::Channel;
use crate::domain::checklist::{Answer, Question};

fn berlin() -> TimeZone {
    TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("valid POSIX zone")
}

const TODAY: Date = date(2026, 12, 7); // a Monday

fn case() -> Case {
    Case {
        company: "Nordlicht GmbH".into(),
        role: "Data Engineer".into(),
        contact: "Anna Weber".into(),
        stage: Stage::AfterOffer,
        ..Case::default()
    }
}

fn kinds(items: &[Item]) -> Vec<Source> {
    items.iter().map(|i| i.source).collect()
}

#[test]
fn an_improved_offer_reopens_the_decision_with_the_new_pay() {
    let mut c = case();
    c.status = Status::Declined;
    c.mobility.offered_pay.amount = "70000".into();
    c.package.base = "70000".into();
    c.checklist.set_answer(Question::PayAfterCosts, Answer::No);
    c.draft.subject = "Data Engineer: my decision".into();
    c.draft.body = "Dear Anna, … I decline …".into();
    let scenario = c.record_reply(Reply {
        on: "2026-12-07".into(),
        kind: ReplyKind::ImprovedOffer,
        new_pay: "78000".into(),
        ..Reply::default()
    });
    assert_eq!(scenario, Scenario::ImprovedOfferHold);
    assert_eq!(c.draft.scenario, Scenario::ImprovedOfferHold);
    assert!(c.draft.scenario_chosen, "the answer stays chosen");
    assert_eq!(c.status, Status::Deciding, "the decision is open again");
    assert_eq!(c.mobility.offered_pay.amount, "78000");
    assert_eq!(c.package.base, "78000");
    assert_eq!(
        c.checklist.answer(Question::PayAfterCosts),
        Answer::Unanswered
    );
    let reply = c.last_reply().expect("recorded");
    assert_eq!(
        reply.answered_body, "Dear Anna, … I decline …",
        "the sent letter is kept"
    );
    assert_eq!(reply.answered_subject, "Data Engineer: my decision");
}

#[test]
fn other_replies_keep_the_decision_and_offer_their_answer() {
    for (kind, answer) in [
        (ReplyKind::WhatWouldItTake, Scenario::WhatWouldItTake),
        (ReplyKind::AskForCall, Scenario::CallAfterDecline),
        (ReplyKind::KeepCv, Scenario::KeepCvOnFile),
        (ReplyKind::Questionnaire, Scenario::ExitQuestionnaire),
        (ReplyKind::AreYouSure, Scenario::AreYouSure),
    ] {
        let mut c = case();
        c.status = Status::Declined;
        c.mobility.offered_pay.amount = "70000".into();
        assert_eq!(
            c.record_reply(Reply {
                kind,
                new_pay: "90000".into(),
                ..Reply::default()
            }),
            answer
        );
        assert_eq!(c.status, Status::Declined, "{kind:?}");
        assert_eq!(c.mobility.offered_pay.amount, "70000", "{kind:?}");
        assert!(kind.answers().contains(&answer));
    }
    // The seven answers are seven different letters, each answering one kind of reply.
    let mut answers: Vec<Scenario> = ReplyKind::ALL
        .iter()
        .flat_map(|k| k.answers().iter().copied())
        .collect();
    answers.sort_by_key(|s| s.stem());
    answers.dedup();
    assert_eq!(answers.len(), 7);
    assert!(answers.iter().all(|s| Scenario::ALL.contains(s)));
}

#[test]
fn the_promised_answer_has_the_letters_own_date() {
    let zone = berlin();
    let mut c = case();
    c.draft.scenario = Scenario::AskForTime;
    c.reply_by = "2026-12-11".into();
    // Still being written: nothing is promised yet.
    assert!(derived(&c, &zone, TODAY, Weekend::default()).is_empty());
    c.timeline.done.insert(Step::DraftMessage);
    let items = derived(&c, &zone, TODAY, Weekend::default());
    assert_eq!(kinds(&items), [Source::Derived(Derived::Answer)]);
    assert_eq!(items[0].due, Some(letter::promised_date(&c, &zone, TODAY)));
    assert_eq!(items[0].due, Some(date(2026, 12, 11)));
    // The user picks another date in the letter: the promise follows.
    c.draft.answer_by = "2026-12-10".into();
    let items = derived(&c, &zone, TODAY, Weekend::default());
    assert_eq!(items[0].due, Some(date(2026, 12, 10)));
    // Once answered (no longer open), nothing is owed.
    c.status = Status::Declined;
    assert!(derived(&c, &zone, TODAY, Weekend::default()).is_empty());
    // The questionnaire promised back has the same date field.
    c.draft.scenario = Scenario::ExitQuestionnaire;
    let items = derived(&c, &zone, TODAY, Weekend::default());
    assert_eq!(kinds(&items), [Source::Derived(Derived::Questionnaire)]);
    assert_eq!(items[0].due, Some(date(2026, 12, 10)));
}

#[test]
fn the_booked_call_is_a_promise_at_its_time() {
    let zone = berlin();
    let mut c = case();
    c.status = Status::Declined;
    c.followup.call = DecisionTime {
        date: "2026-12-08".into(),
        time: "14:30".into(),
    };
    let items = derived(&c, &zone, TODAY, Weekend::default());
    assert_eq!(kinds(&items), [Source::Derived(Derived::Call)]);
    assert_eq!(items[0].due, Some(date(2026, 12, 8)));
    assert_eq!(items[0].time, Some(time(14, 30, 0, 0)));
    assert_eq!(items[0].to_whom, "Anna Weber");
    // An invalid date books nothing.
    c.followup.call.date = "8.12.".into();
    assert!(derived(&c, &zone, TODAY, Weekend::default()).is_empty());
}

#[test]
fn an_active_relocation_promises_returns_and_money_by_the_paperwork_day() {
    let zone = berlin();
    let mut c = case();
    c.draft.scenario = Scenario::ActiveRelocation;
    c.mobility.moving_abroad = true;
    c.status = Status::Declined;
    c.timeline.decided = DecisionTime {
        date: "2026-12-07".into(),
        time: "10:00".into(),
    };
    let items = derived(&c, &zone, TODAY, Weekend::default());
    // Mon 7th is day 1, Tue day 2, days 3–7 Wed 9th to Tue 15th.
    assert_eq!(
        kinds(&items),
        [
            Source::Derived(Derived::ReturnProperty),
            Source::Derived(Derived::ClaimReimbursements)
        ]
    );
    assert!(items.iter().all(|i| i.due == Some(date(2026, 12, 15))));
    c.package.relocation = "5000".into();
    let items = derived(&c, &zone, TODAY, Weekend::default());
    assert!(kinds(&items).contains(&Source::Derived(Derived::SettleMoney)));
    // Not decided yet: the promises exist, without a day.
    c.timeline.decided = DecisionTime::default();
    let items = derived(&c, &zone, TODAY, Weekend::default());
    assert!(items.iter().all(|i| i.due.is_none()));
}

#[test]
fn reimbursements_are_claimed_only_after_an_offer_that_meant_a_move() {
    let zone = berlin();
    let mut c = case();
    c.status = Status::Declined;
    assert!(derived(&c, &zone, TODAY, Weekend::default()).is_empty());
    c.channel.relocation_or_visa_discussed = true;
    c.channel.relocation_set = true;
    assert_eq!(
        kinds(&derived(&c, &zone, TODAY, Weekend::default())),
        [Source::Derived(Derived::ClaimReimbursements)]
    );
    c.stage = Stage::AfterInterview;
    assert!(derived(&c, &zone, TODAY, Weekend::default()).is_empty());
}

#[test]
fn written_promises_and_check_ins_are_listed_by_date_and_can_be_done() {
    let zone = berlin();
    let mut c = case();
    c.channel.chosen = Some(Channel::Email);
    let laptop = c.followup.add_promise();
    c.followup.promises[0].what = "Return the laptop".into();
    c.followup.promises[0].due = "2026-12-09".into();
    let note = c.followup.add_promise();
    c.followup.promises[1].what = "Send the referral".into();
    let anna = c.followup.add_person();
    c.followup.people[0].name = "Anna Weber".into();
    c.followup.people[0].check_in = "2027-03-01".into();
    assert_ne!(laptop, note);
    assert_ne!(note, anna);
    let list = items(&c, &zone, TODAY, Weekend::default());
    assert_eq!(
        kinds(&list),
        [
            Source::Written(laptop),
            Source::Derived(Derived::CheckIn(anna)),
            Source::Written(note)
        ]
    );
    assert_eq!(Due::of(&list[0], TODAY), Due::Soon(2));
    assert_eq!(Due::of(&list[1], TODAY), Due::Later);
    assert_eq!(Due::of(&list[2], TODAY), Due::Undated);
    set_done(&mut c, Source::Written(laptop), true);
    set_done(&mut c, Source::Derived(Derived::CheckIn(anna)), true);
    let list = items(&c, &zone, TODAY, Weekend::default());
    assert_eq!(Due::of(&list[0], TODAY), Due::Done);
    assert_eq!(Due::of(&list[1], TODAY), Due::Done);
    // Removing the person removes their check-in and its done mark.
    c.followup.remove_person(anna);
    assert!(c.followup.kept.is_empty());
    // Ids are never reused, even after a removal.
    c.followup.remove_promise(note);
    assert!(c.followup.add_promise() > anna);
}

#[test]
fn due_counts_calendar_days_across_the_year_end() {
    let item = |due: Option<Date>| Item {
        source: Source::Written(ItemId(1)),
        what: String::new(),
        to_whom: String::new(),
        due,
        time: None,
        done: false,
    };
    let dec31 = date(2026, 12, 31);
    assert_eq!(Due::of(&item(Some(date(2027, 1, 2))), dec31), Due::Soon(2));
    assert_eq!(Due::of(&item(Some(date(2027, 1, 3))), dec31), Due::Later);
    assert_eq!(Due::of(&item(Some(dec31)), dec31), Due::Today);
    assert_eq!(
        Due::of(&item(Some(date(2026, 12, 1))), date(2027, 1, 1)),
        Due::Overdue(31)
    );
    assert!(Due::Overdue(1).is_pressing() && Due::Today.is_pressing());
    assert!(!Due::Soon(1).is_pressing() && !Due::Done.is_pressing());
}

#[test]
fn an_empty_follow_up_is_not_written_and_a_full_one_round_trips() {
    let c = case();
    let text = ron::to_string(&c).expect("serialize");
    assert!(!text.contains("followup"), "{text}");
    let mut c = case();
    c.record_reply(Reply {
        on: "2026-12-07".into(),
        kind: ReplyKind::KeepCv,
        note: "They asked to keep my CV for a year".into(),
        ..Reply::default()
    });
    c.followup.add_person();
    c.followup.people[0].name = "Jonas Berg".into();
    c.followup.add_promise();
    c.followup.kept.insert(Derived::Call);
    c.followup.call.date = "2026-12-08".into();
    let text = ron::to_string(&c).expect("serialize");
    let back: Case = ron::from_str(&text).expect("deserialize");
    assert_eq!(back, c);
}
