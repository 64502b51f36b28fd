//! The decision checklist driven through the UI: blockers, weights, what flips the
//! verdict, the offers to open a template, the accepting-too-soon warning and the
//! pre-send check.

use crate::common::{app_harness, choice_name, click, current_case, tr, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::checklist::{Question, Verdict, assess};
use gracious::domain::template::Scenario;
use gracious::ui::Tab;

const EN: &str = "en-US";

fn answer(harness: &mut Harness<'static, App>, question: &str, answer: &str) {
    click(harness, &choice_name(EN, question, answer));
}

fn answer_all(harness: &mut Harness<'static, App>, answers: [&str; 5]) {
    let questions = [
        "checklist-q-career-goals",
        "checklist-q-pay-after-costs",
        "checklist-q-growth",
        "checklist-q-compromise",
        "checklist-q-culture-fit",
    ];
    for (q, a) in questions.into_iter().zip(answers) {
        answer(harness, q, a);
    }
}

fn verdict(harness: &Harness<'static, App>) -> Verdict {
    let case = harness.state().workspace().current_case().expect("case");
    assess(&case.checklist).verdict
}

#[test]
fn marking_a_blocker_negotiable_turns_decline_into_negotiate_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    answer_all(
        &mut harness,
        [
            "answer-yes",
            "answer-yes",
            "answer-no",
            "answer-no",
            "answer-yes",
        ],
    );
    harness.get_by_label(&tr(EN, "verdict-decline"));
    harness.get_by_label("Growth: Long-term direction — a misfit that negotiating will not fix.");

    click(&mut harness, "Growth: what stands in the way");
    click(&mut harness, &tr(EN, "blocker-role-scope"));
    harness.get_by_label(&tr(EN, "verdict-negotiate-first"));
    harness.get_by_label("Growth: Scope of the role — a blocker that could be negotiated.");
    assert_eq!(verdict(&harness), Verdict::NegotiateFirst);

    // The negotiate-first verdict offers the negotiate template, which opens in the editor
    // with its hint to replace flagged.
    click(&mut harness, &tr(EN, "verdict-write-negotiate"));
    assert_eq!(harness.state().tab(), Tab::Letter);
    let case = current_case(&harness);
    assert_eq!(case.draft.scenario, Scenario::NegotiateInstead);
    harness.get_by_label_contains("Still to fill in: [company], [role], [contact name]");
    assert!(
        harness
            .query_all_by_label_contains("[what you would like to change")
            .next()
            .is_some()
    );
}

#[test]
fn weights_show_a_fit_score_and_what_would_flip_the_verdict() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    answer_all(
        &mut harness,
        [
            "answer-yes",
            "answer-yes",
            "answer-yes",
            "answer-no",
            "answer-no",
        ],
    );
    harness.get_by_label(&tr(EN, "verdict-decline"));
    harness.get_by_label_contains(
        "What would change the verdict: answering “Not sure” for Culture and leadership",
    );

    click(&mut harness, &tr(EN, "checklist-use-weights"));
    harness.get_by_label("Weighted fit: 80%");
    // Lower the weight of culture to 1, as a screen reader would: it no longer decides.
    let slider = "Culture and leadership: how much it matters";
    harness.get_by_label(slider).scroll_to_me();
    harness.run();
    harness.get_by_label(slider).set_value_accesskit(1.0);
    harness.run();
    let case = harness.state().workspace().current_case().expect("case");
    assert_eq!(
        case.checklist.entries[Question::CultureFit.index()].weight,
        1
    );
    // A deal-breaker is not weighted away: still a decline, and the flip suggestion
    // does not offer to lower its weight further.
    harness.get_by_label(&tr(EN, "verdict-decline"));
    assert!(
        harness
            .query_by_label_contains("What would change the verdict: giving Culture")
            .is_none()
    );
}

#[test]
fn leaning_to_accept_while_unsure_warns_and_offers_to_ask_for_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    crate::common::fill_header(
        &mut harness,
        "Sakura Systems",
        "Platform Engineer",
        "Ms Tanaka",
    );
    type_into(&mut harness, "Reply by", "2026-11-28");
    harness.state_mut().workspace_mut().profile.name = "Ana Costa".into();
    answer_all(
        &mut harness,
        [
            "answer-yes",
            "answer-yes",
            "answer-not-sure",
            "answer-no",
            "answer-yes",
        ],
    );
    assert!(
        harness
            .query_by_label_contains("is a mistake that is hard to undo")
            .is_none()
    );

    click(
        &mut harness,
        &choice_name(EN, "inclination-label", "inclination-accept"),
    );
    harness.get_by_label_contains("is a mistake that is hard to undo");
    harness
        .get_all_by_label(&tr(EN, "verdict-ask-for-time"))
        .last()
        .expect("ask-for-time button")
        .click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Letter);

    click(&mut harness, &tr(EN, "editor-copy"));
    let copied = clipboard.last().expect("copied");
    assert!(
        copied.contains("my final answer by November 28, 2026"),
        "{copied}"
    );
    assert!(copied.contains("Dear Ms Tanaka,"));
}

#[test]
fn the_pre_send_check_is_counted_and_copy_warns_while_items_are_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    crate::common::fill_header(&mut harness, "Acme", "Analyst", "Sam");
    harness.state_mut().workspace_mut().profile.name = "Ana Costa".into();
    click(&mut harness, &tr(EN, "presend-advisor"));
    click(&mut harness, &tr(EN, "presend-proofread"));
    harness
        .get_by_label("Pre-send check: 2 of 6 done")
        .scroll_to_me();

    // The editor's review finds nothing to fix: Gracious ticks "follows the framework"
    // itself.
    click(&mut harness, &tr(EN, "tab-editor"));
    harness.get_by_label("Pre-send check: 3 of 6 done");
    click(&mut harness, &tr(EN, "editor-copy"));
    assert!(clipboard.last().is_some(), "copy is not blocked");
    harness.get_by_label_contains("3 items of the pre-send check are still open");
}

/// Clicking a slider's track moves it there (not only dragging its handle).
#[test]
fn clicking_a_sliders_track_moves_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    click(&mut harness, &tr(EN, "checklist-use-weights"));
    let slider = "Career goals: how much it matters";
    let rect = harness.get_by_label(slider).rect();
    let at = egui::pos2(rect.right() - 2.0, rect.center().y);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run();
    }
    let case = harness
        .state()
        .workspace()
        .current_case()
        .expect("case")
        .clone();
    assert_eq!(case.checklist.entries[0].weight, 5);
}
