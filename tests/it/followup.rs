//! After you send, driven as a user would: their improved offer recorded and the
//! checklist reopened on the new pay; a promise shown as due and marked done; a
//! stay-connected note written to a person met; the calendar exported through the path
//! prompt and read back.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::Status;
use gracious::domain::checklist::{Answer, Question};
use gracious::domain::followup::{ReplyKind, Source};
use gracious::domain::template::Scenario;
use gracious::ui::Tab;
use icalendar::parser::{read_calendar, unfold};

use crate::common::{
    click, click_tab, current_case, file_via_prompt, harness_with, test_options, tr, type_in,
};

const EN: &str = "en-US";

/// A declined offer whose letter was sent on the 24th; a written promise due today
/// (Thursday 26 November 2026 in the tests), and a call booked for the 30th.
const WORKSPACE: &str = r#"(version: 4, workspace: (current_id: 1, profile: (name: "Ana Costa"),
  cases: [
    (id: 1, company: "Nordlicht GmbH", role: "Data Engineer", contact: "Alex Weber", stage: AfterOffer,
      status: Declined, reply_by: "2026-11-27",
      checklist: (entries: ((answer: Yes), (answer: No), (answer: Yes), (answer: No), (answer: Yes))),
      mobility: (offered_pay: (amount: "70000")),
      draft: (scenario: NotRightFitAfterOffer, subject: "Data Engineer offer", body: "Dear Alex, I have decided to decline. Ana"),
      timeline: (sent_on: "2026-11-24"),
      followup: (promises: [(id: 0, what: "Send the referral for Mia", to_whom: "Alex Weber", due: "2026-11-26")],
        call: (date: "2026-11-30", time: "14:30"), next_id: 1)),
  ], next_id: 2))"#;

fn followup_harness(dir: &std::path::Path) -> Harness<'static, App> {
    std::fs::write(dir.join("workspace.ron"), WORKSPACE).expect("write workspace");
    let clipboard = MemoryClipboard::default();
    let mut harness = harness_with(test_options(dir, EN, &clipboard));
    harness.run();
    harness
}

#[test]
fn an_improved_offer_reopens_the_checklist_with_the_new_pay() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = followup_harness(dir.path());
    click_tab(&mut harness, EN, "tab-followup");
    // "An improved offer" is what the form offers first.
    type_in(
        &mut harness,
        &tr(EN, "followup-reply-new-pay-field"),
        "78000",
    );
    type_in(
        &mut harness,
        &tr(EN, "followup-reply-note"),
        "They raised the base and added a signing bonus.",
    );
    click(&mut harness, &tr(EN, "followup-record-reply"));

    let case = current_case(&harness);
    assert_eq!(
        harness.state().tab(),
        Tab::Checklist,
        "the checklist comes first"
    );
    assert_eq!(case.status, Status::Deciding, "the decision is open again");
    assert_eq!(case.mobility.offered_pay.amount, "78000");
    assert_eq!(
        case.checklist.answer(Question::PayAfterCosts),
        Answer::Unanswered
    );
    let reply = case.last_reply().expect("recorded");
    assert_eq!(reply.kind, ReplyKind::ImprovedOffer);
    assert_eq!(reply.on, "2026-11-26");
    assert_eq!(
        reply.answered_body,
        "Dear Alex, I have decided to decline. Ana"
    );
    // The answer that holds the decision is ready, and the other one offered.
    assert_eq!(case.draft.scenario, Scenario::ImprovedOfferHold);
    assert!(
        case.draft.body.contains("Alex Weber"),
        "{}",
        case.draft.body
    );
    assert!(
        harness
            .query_by_label_contains(&tr(EN, "status-reply-improved"))
            .is_some()
    );
    click_tab(&mut harness, EN, "tab-followup");
    click(&mut harness, &tr(EN, "scenario-improved-offer-reopen"));
    let case = current_case(&harness);
    assert_eq!(case.draft.scenario, Scenario::ImprovedOfferReopen);
    assert_eq!(harness.state().tab(), Tab::Letter);
}

#[test]
fn a_due_promise_is_announced_and_marked_done() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = followup_harness(dir.path());
    // The notice above the panels, while the app is open.
    let notice = "⚠ Send the referral for Mia (Nordlicht GmbH · Data Engineer): due today (";
    assert!(
        harness.query_by_label_contains(notice).is_some(),
        "no due notice: {notice}"
    );
    click(&mut harness, &tr(EN, "promise-show"));
    assert_eq!(harness.state().tab(), Tab::FollowUp);
    click(&mut harness, "Send the referral for Mia");
    let case = current_case(&harness);
    assert!(case.followup.promises[0].done);
    assert!(
        harness.query_by_label_contains(notice).is_none(),
        "the notice goes with the promise"
    );
    // The derived call is listed with its time and can be done too.
    let items = gracious::domain::followup::items(
        &case,
        &crate::common::berlin(),
        jiff::civil::date(2026, 11, 26),
        gracious::domain::timeline::Weekend::default(),
    );
    assert!(
        items
            .iter()
            .any(|i| i.source == Source::Derived(gracious::domain::followup::Derived::Call))
    );
    click(&mut harness, "The call with Alex Weber");
    assert!(
        current_case(&harness)
            .followup
            .kept
            .contains(&gracious::domain::followup::Derived::Call)
    );
}

#[test]
fn a_person_met_gets_the_stay_connected_note() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = followup_harness(dir.path());
    click_tab(&mut harness, EN, "tab-followup");
    click(&mut harness, &tr(EN, "followup-add-person"));
    type_in(&mut harness, &tr(EN, "followup-person-name"), "Jonas Berg");
    click(&mut harness, &tr(EN, "followup-write-to"));
    let case = current_case(&harness);
    assert_eq!(case.draft.scenario, Scenario::StayConnected);
    assert!(
        case.draft.body.contains("Jonas Berg"),
        "{}",
        case.draft.body
    );
    assert!(
        !case.draft.body.contains("Alex Weber"),
        "{}",
        case.draft.body
    );
    assert_eq!(harness.state().tab(), Tab::Letter);
}

#[test]
fn the_calendar_is_exported_through_the_path_prompt_and_read_back() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = followup_harness(dir.path());
    click_tab(&mut harness, EN, "tab-followup");
    let path = dir.path().join("nordlicht.ics");
    file_via_prompt(
        &mut harness,
        &tr(EN, "followup-export-calendar"),
        &path,
        &tr(EN, "file-save"),
    );
    let text = std::fs::read_to_string(&path).expect("calendar written");
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).expect("an iCalendar file");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let find = |uid: &str| {
        events
            .iter()
            .find(|e| e.find_prop("UID").is_some_and(|p| p.val == uid))
            .unwrap_or_else(|| panic!("no {uid} in\n{text}"))
    };
    let call = find("gracious-1-call@gracious.app");
    assert_eq!(
        call.find_prop("SUMMARY")
            .map(|p| p.val.to_string())
            .as_deref(),
        Some("The call with Alex Weber (Nordlicht GmbH)")
    );
    // The tests' zone has no IANA name: the call is written in UTC (14:30 in Berlin).
    assert_eq!(
        call.find_prop("DTSTART")
            .map(|p| p.val.to_string())
            .as_deref(),
        Some("20261130T133000Z")
    );
    let promise = find("gracious-1-promise-0@gracious.app");
    assert_eq!(
        promise
            .find_prop("DTSTART")
            .map(|p| p.val.to_string())
            .as_deref(),
        Some("20261126")
    );
    assert!(
        promise
            .find_prop("DESCRIPTION")
            .is_some_and(|p| p.val.to_string().contains("to Alex Weber")),
        "{text}"
    );
    // Sent already: the reply-by date no longer goes in.
    assert!(!text.contains("gracious-1-reply-by@"), "{text}");
    assert!(text.contains("BEGIN:VALARM"));
}

#[test]
fn a_call_whose_day_is_over_asks_to_be_ticked_not_called_late() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("workspace.ron"),
        WORKSPACE.replace("2026-11-30", "2026-11-25"),
    )
    .expect("write workspace");
    let clipboard = MemoryClipboard::default();
    let mut harness = harness_with(test_options(dir.path(), EN, &clipboard));
    click_tab(&mut harness, EN, "tab-followup");
    // In the list of promises and in the notice above the panels.
    assert_eq!(
        harness
            .query_all_by_label_contains("was on Wed, Nov 25, 2:30")
            .count(),
        2,
        "the call's day is over: it asks to be ticked"
    );
    assert!(
        harness
            .query_by_label_contains("overdue by a day (Wed, Nov 25")
            .is_none(),
        "a call is not 'overdue'"
    );
}
