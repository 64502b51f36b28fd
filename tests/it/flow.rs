//! A flow that follows the user (issue 22): the editor's letter follows the case however
//! it is reached, copying is the text (the subject apart) with its confirmation beside
//! the button, a reset is one undoable step, and marking the letter sent stops the
//! countdown.

use crate::common::{app_harness, choice_name, click, current_case, replace_text, tr};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::Status;
use gracious::domain::template::Scenario;

const EN: &str = "en-US";

fn answer(harness: &mut Harness<'static, App>, answers: [&str; 5]) {
    for (question, answer) in [
        "checklist-q-career-goals",
        "checklist-q-pay-after-costs",
        "checklist-q-growth",
        "checklist-q-compromise",
        "checklist-q-culture-fit",
    ]
    .into_iter()
    .zip(answers)
    {
        click(harness, &choice_name(EN, question, answer));
    }
}

fn decline_after_an_offer(harness: &mut Harness<'static, App>) {
    crate::common::fill_header(harness, "Nordlicht GmbH", "Data Engineer", "Ms Weber");
    click(
        harness,
        &choice_name(EN, "header-stage", "stage-after-offer"),
    );
    // A culture misfit: decline.
    answer(
        harness,
        [
            "answer-yes",
            "answer-yes",
            "answer-yes",
            "answer-no",
            "answer-no",
        ],
    );
}

/// A decline after an offer, then the editor by its shortcut (Ctrl+4).
fn open_editor_after_a_decline(harness: &mut Harness<'static, App>) {
    decline_after_an_offer(harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num4);
    harness.run();
}

#[test]
fn the_editor_reached_by_its_shortcut_follows_the_case() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    // Ctrl+4, not the checklist's button.
    open_editor_after_a_decline(&mut harness);
    let case = current_case(&harness);
    assert_eq!(case.draft.scenario, Scenario::NotRightFitAfterOffer);
    assert!(
        case.draft.body.contains("decline the offer"),
        "{}",
        case.draft.body
    );
    assert!(!case.draft.body.contains("withdraw"), "{}", case.draft.body);

    // Choosing another situation after editing keeps the text, and says so.
    replace_text(
        &mut harness,
        &tr(EN, "editor-body"),
        "Dear Ms Weber, my own words.",
    );
    click(&mut harness, &tr(EN, "editor-scenario"));
    click(&mut harness, &tr(EN, "scenario-accepted-other-offer"));
    assert_eq!(
        current_case(&harness).draft.body,
        "Dear Ms Weber, my own words."
    );
    harness.get_by_label_contains(&tr(EN, "status-draft-kept"));
}

#[test]
fn copy_is_the_text_and_the_subject_has_its_own_button() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    open_editor_after_a_decline(&mut harness);
    replace_text(&mut harness, &tr(EN, "editor-sender"), "Ana Costa");
    let copied_label = format!("✔ {}", tr(EN, "editor-copied"));
    assert!(harness.query_by_label(&copied_label).is_none());

    click(&mut harness, &tr(EN, "editor-copy"));
    let copied = clipboard.last().expect("copied");
    assert!(copied.starts_with("Dear Ms Weber,"), "{copied}");
    assert!(
        !copied.contains("Your offer for the"),
        "no subject: {copied}"
    );
    // Confirmed beside the button, until the text changes.
    harness.get_by_label(&copied_label);
    harness.get_by_label(&tr(EN, "editor-body")).focus();
    harness.run();
    harness.get_by_label(&tr(EN, "editor-body")).type_text(" ");
    harness.run();
    assert!(harness.query_by_label(&copied_label).is_none());

    click(&mut harness, &tr(EN, "editor-copy-subject"));
    assert_eq!(
        clipboard.last().expect("copied"),
        "Your offer for the Data Engineer role"
    );
    harness.get_by_label(&copied_label);
}

#[test]
fn reset_is_one_step_back_for_subject_and_body() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    open_editor_after_a_decline(&mut harness);
    replace_text(&mut harness, &tr(EN, "editor-subject"), "My subject");
    replace_text(&mut harness, &tr(EN, "editor-body"), "My body");
    click(&mut harness, &tr(EN, "editor-reset"));
    let case = current_case(&harness);
    assert_ne!(case.draft.subject, "My subject");
    assert!(case.draft.body.starts_with("Dear Ms Weber,"));
    harness.get_by_label_contains(&tr(EN, "status-reset"));
    click(&mut harness, &tr(EN, "status-undo"));
    let case = current_case(&harness);
    assert_eq!(case.draft.subject, "My subject");
    assert_eq!(case.draft.body, "My body");
}

#[test]
fn once_copied_the_letter_can_be_marked_sent_and_the_countdown_stops() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    open_editor_after_a_decline(&mut harness);
    replace_text(&mut harness, &tr(EN, "editor-sender"), "Ana Costa");
    assert!(
        harness
            .query_by_label(&tr(EN, "editor-mark-declined"))
            .is_none()
    );
    click(&mut harness, &tr(EN, "editor-copy"));
    click(&mut harness, &tr(EN, "editor-mark-declined"));
    let case = current_case(&harness);
    assert_eq!(case.status, Status::Declined);
    assert_eq!(
        case.timeline.sent_on,
        crate::common::test_now().date().to_string()
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run();
    harness.get_by_label_contains("Answered on ");
}
