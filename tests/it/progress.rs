//! The first start and the next step: the welcome, the example opportunity, and the
//! next-step bar leading one opportunity from empty to sent and on to the follow-up.

use egui_kittest::kittest::Queryable;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::Status;
use gracious::domain::template::Scenario;
use gracious::ui::Tab;

use crate::common::{
    app_harness, choice_name, click, current_case, test_options, tr, type_into, welcome_harness,
};

const EN: &str = "en-US";

#[test]
fn the_next_step_follows_an_opportunity_from_empty_to_sent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    crate::common::fill_header(&mut harness, "Nordlicht GmbH", "Data Engineer", "Ms Weber");
    type_into(&mut harness, "Reply by", "2026-11-30");

    // Empty: answer the checklist.
    harness.get_by_label(&tr(EN, "tab-mobility")).click();
    harness.run();
    click(&mut harness, &tr(EN, "next-answer-checklist"));
    assert_eq!(harness.state().tab(), Tab::Checklist);
    for (question, answer) in [
        ("checklist-q-career-goals", "answer-no"),
        ("checklist-q-pay-after-costs", "answer-yes"),
        ("checklist-q-growth", "answer-no"),
        ("checklist-q-compromise", "answer-no"),
        ("checklist-q-culture-fit", "answer-yes"),
    ] {
        click(&mut harness, &choice_name(EN, question, answer));
    }

    // Decided: choose how to tell them, and take the recommendation.
    click(&mut harness, &tr(EN, "next-pick-channel"));
    assert_eq!(harness.state().tab(), Tab::Channel);
    click(&mut harness, &tr(EN, "channel-use-recommendation"));
    assert!(current_case(&harness).channel.chosen.is_some());

    // Then the letter, opened on the letter the verdict offers.
    click(&mut harness, &tr(EN, "next-write-letter"));
    assert_eq!(harness.state().tab(), Tab::Letter);
    assert_eq!(
        current_case(&harness).draft.scenario,
        Scenario::WithdrawAfterInterview
    );
    type_into(&mut harness, &tr(EN, "editor-sender"), "Ana Costa");
    click(&mut harness, &tr(EN, "editor-copy"));
    assert!(
        clipboard
            .last()
            .is_some_and(|t| t.contains("Nordlicht GmbH"))
    );

    // Copied: send by the reply-by date, then mark it sent.
    let day = gracious::i18n::format::weekday_date(
        &EN.parse().expect("tag"),
        jiff::civil::date(2026, 11, 30),
    );
    harness.get_by_label(&format!("Send by {day}"));
    click(&mut harness, &tr(EN, "next-mark-sent"));
    assert_eq!(current_case(&harness).status, Status::Declined);

    // Sent: the follow-up steps, each ticked off from the bar.
    let archive = tr(EN, "step-archive");
    harness.get_by_label(&archive);
    click(&mut harness, &format!("Mark as done: {archive}"));
    harness.get_by_label(&tr(EN, "step-tracker"));
    assert!(harness.query_by_label(&archive).is_none());
}

#[test]
fn the_welcome_opens_an_example_that_fills_every_panel_and_can_be_removed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = welcome_harness(test_options(dir.path(), EN, &clipboard));
    harness.get_by_label(&tr(EN, "welcome-title"));
    assert!(harness.query_by_label("Company").is_none(), "no form yet");

    click(&mut harness, &tr(EN, "welcome-example"));
    let case = current_case(&harness);
    assert!(case.example);
    assert_eq!(harness.state().workspace().cases.len(), 1);
    harness.get_by_label(&tr(EN, "example-banner"));
    for key in [
        egui::Key::Num1,
        egui::Key::Num2,
        egui::Key::Num3,
        egui::Key::Num4,
    ] {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
        harness.run();
    }
    // The letter is written for the example's company, in a panel that is filled in.
    assert!(current_case(&harness).draft.body.contains("Nordlicht"));

    click(&mut harness, &tr(EN, "example-remove"));
    assert!(harness.state().workspace().cases.iter().all(|c| !c.example));
    harness.get_by_label(&tr(EN, "welcome-title"));
}

#[test]
fn starting_on_your_own_leaves_the_welcome_for_good() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    {
        let mut harness = welcome_harness(test_options(dir.path(), EN, &clipboard));
        click(&mut harness, &tr(EN, "welcome-start"));
        harness.get_by_label("Company");
        assert!(harness.state_mut().flush_save());
    }
    let harness = welcome_harness(test_options(dir.path(), EN, &clipboard));
    assert!(harness.query_by_label(&tr(EN, "welcome-title")).is_none());
    harness.get_by_label("Company");
}
