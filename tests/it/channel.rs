//! Channel, reply deadline and timeline driven through the UI, with "now" fixed at
//! Thursday 26 November 2026, 10:00 (Berlin).

use crate::common::{app_harness, choice_name, click, current_case, tr, type_in, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::channel::{self, Channel};
use gracious::domain::template::Scenario;
use gracious::ui::Tab;

const EN: &str = "en-US";

fn open_channel(harness: &mut Harness<'static, App>) {
    crate::common::click_tab(harness, EN, "tab-channel");
}

#[test]
fn facts_give_a_recommendation_with_reasons_and_a_call_script() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    type_into(&mut harness, "Contact person", "Ms Weber");
    type_into(&mut harness, "Role", "Data Engineer");
    open_channel(&mut harness);
    harness.get_by_label(&tr(EN, "channel-email"));
    harness.get_by_label(&tr(EN, "channel-reason-recruiter"));

    harness
        .get_by_label(&tr(EN, "channel-rounds"))
        .set_value_accesskit(4.0);
    harness.run();
    click(&mut harness, &tr(EN, "channel-relocation-visa"));
    harness.get_by_label(&tr(EN, "channel-phone-then-email"));
    harness.get_by_label(&tr(EN, "channel-reason-many-rounds"));
    harness.get_by_label(&tr(EN, "channel-reason-relocation-visa"));

    click(&mut harness, &tr(EN, "channel-open-call-script"));
    harness.get_by_label(&tr(EN, "call-mode-title"));
    harness
        .get_by_label("Hello Ms Weber, thank you for taking my call. Do you have a few minutes?");
    harness.get_by_label_contains("I have decided not to go ahead");
    // The reason is filled in from the checklist (nothing answered yet: the general one),
    // not left as a bracket to replace.
    harness.get_by_label(&tr(EN, "why-general"));
    assert!(harness.query_by_label_contains("[one honest").is_none());

    click(&mut harness, &tr(EN, "channel-write-recap"));
    assert_eq!(harness.state().tab(), Tab::Letter);
    let case = current_case(&harness);
    assert_eq!(case.draft.scenario, Scenario::CallRecap);
    assert!(case.draft.body.contains("As I mentioned on the call"));
}

#[test]
fn the_users_choice_overrides_and_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    open_channel(&mut harness);
    click(&mut harness, &tr(EN, "channel-personal-time"));
    let facts = |h: &Harness<'static, App>| {
        h.state()
            .workspace()
            .current_case()
            .expect("case")
            .channel
            .clone()
    };
    assert_eq!(
        channel::effective(&facts(&harness)),
        Channel::PhoneThenEmail
    );
    click(
        &mut harness,
        &choice_name(EN, "channel-your-choice", "channel-email"),
    );
    assert_eq!(facts(&harness).chosen, Some(Channel::Email));
    assert_eq!(channel::effective(&facts(&harness)), Channel::Email);
    // Still recommended, but the call tools are gone with the user's choice of email.
    harness.get_by_label(&tr(EN, "channel-phone-then-email"));
    assert!(
        harness
            .query_by_label(&tr(EN, "channel-open-call-script"))
            .is_none()
    );
    click(
        &mut harness,
        &choice_name(EN, "channel-your-choice", "channel-follow"),
    );
    assert_eq!(facts(&harness).chosen, None);
}

#[test]
fn the_deadline_counts_down_from_the_decision() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    open_channel(&mut harness);
    harness.get_by_label(&tr(EN, "deadline-not-decided"));

    type_in(&mut harness, &tr(EN, "deadline-decided-on"), "2026-11-25");
    type_in(&mut harness, &tr(EN, "deadline-at"), "14:00");
    // Decided Wednesday 14:00: due Saturday 14:00, ideally Thursday 14:00.
    harness.get_by_label_contains("Answer by Sat, Nov 28");
    harness.get_by_label_contains("ideally by Thu, Nov 26");
    harness.get_by_label("2 days 4 hours left. Now is the best time to answer.");

    // Timeline dates come from the decision day.
    harness.get_by_label("Day 2 · Thu, Nov 26, 2026");
    // Five working days from Friday: the weekend is skipped.
    harness.get_by_label("Days 3 to 7 · Fri, Nov 27, 2026 – Thu, Dec 3, 2026");
}

#[test]
fn an_overdue_answer_says_so_and_asking_for_time_names_a_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    crate::common::fill_header(&mut harness, "Nordlicht GmbH", "Data Engineer", "Ms Weber");
    // Only the interview date is known: that is not a decision, nothing is counted.
    type_into(&mut harness, "Interview date", "2026-11-20");
    open_channel(&mut harness);
    harness.get_by_label(&tr(EN, "deadline-not-decided"));
    assert!(harness.query_by_label_contains("Overdue").is_none());
    // Decided on the interview day at 09:00: 72 hours later it is overdue.
    type_in(&mut harness, &tr(EN, "deadline-decided-on"), "2026-11-20");
    harness.get_by_label_contains("Overdue by 3 days 1 hour.");

    let ask = tr(EN, "verdict-ask-for-time");
    click(&mut harness, &ask);
    assert_eq!(harness.state().tab(), Tab::Letter);
    let case = current_case(&harness);
    assert_eq!(case.draft.scenario, Scenario::AskForTime);
    // No reply-by date, and the window ended on the 23rd, which has passed: never a
    // date in the past, but three days from today (the 26th).
    assert!(
        case.draft
            .body
            .contains("my final answer by November 29, 2026"),
        "{}",
        case.draft.body
    );
    // A date typed in the past is refused, with a message; a later one is promised.
    type_in(&mut harness, &tr(EN, "editor-answer-date"), "2026-11-20");
    harness.get_by_label(&tr(EN, "editor-answer-date-past"));
    harness.get_by_label(&tr(EN, "editor-answer-date")).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_label(&tr(EN, "editor-answer-date"))
        .type_text("2026-12-02");
    harness.run();
    assert!(
        harness
            .query_by_label(&tr(EN, "editor-answer-date-past"))
            .is_none()
    );
    let case = current_case(&harness);
    assert!(
        case.draft
            .body
            .contains("my final answer by December 2, 2026"),
        "{}",
        case.draft.body
    );
}

#[test]
fn timeline_steps_follow_the_situation_and_are_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    open_channel(&mut harness);
    assert!(harness.query_by_label(&tr(EN, "step-book-call")).is_none());
    assert!(harness.query_by_label(&tr(EN, "step-close-visa")).is_none());

    click(&mut harness, &tr(EN, "channel-relocation-visa"));
    click(&mut harness, &tr(EN, "step-book-call"));
    harness.get_by_label(&tr(EN, "step-send-recap"));
    harness.get_by_label(&tr(EN, "step-close-visa"));
    assert!(
        harness
            .query_by_label(&tr(EN, "step-reimbursements"))
            .is_none()
    );
    click(
        &mut harness,
        &choice_name(EN, "header-stage", "stage-after-offer"),
    );
    harness.get_by_label(&tr(EN, "step-reimbursements"));

    let case = current_case(&harness);
    assert!(
        case.timeline
            .done
            .contains(&gracious::domain::timeline::Step::BookCall)
    );

    click(&mut harness, &tr(EN, "timeline-write-note"));
    let case = current_case(&harness);
    assert_eq!(case.draft.scenario, Scenario::StayConnected);
}
