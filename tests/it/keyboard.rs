//! Everything can be done by keyboard alone: Tab reaches every control in reading
//! order, Space presses what has focus, and the shortcuts move between panels, copy,
//! export and start a new opportunity.

use crate::common::{app_harness, choice_name, tr};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use gracious::ui::Tab;

const EN: &str = "en-US";
const QUESTIONS: [&str; 5] = [
    "checklist-q-career-goals",
    "checklist-q-pay-after-costs",
    "checklist-q-growth",
    "checklist-q-compromise",
    "checklist-q-culture-fit",
];
const ANSWERS: [&str; 3] = ["answer-yes", "answer-no", "answer-not-sure"];

/// The accessible name of the control that has keyboard focus, if any.
// The closure is needed: the method path is not general enough over the node lifetime.
#[allow(clippy::redundant_closure_for_method_calls)]
fn focused(harness: &Harness<'static, App>) -> Option<String> {
    harness
        .query_all(By::new().predicate(|n| n.is_focused()))
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

fn press(harness: &mut Harness<'static, App>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn shortcut(harness: &mut Harness<'static, App>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Press Tab until the control named `name` has focus; fails after a full lap.
fn tab_to(harness: &mut Harness<'static, App>, name: &str) {
    let mut seen = Vec::new();
    for _ in 0..400 {
        press(harness, Key::Tab);
        let now = focused(harness).unwrap_or_default();
        if now == name {
            return;
        }
        seen.push(now);
    }
    panic!("Tab never reached {name:?}; it visited {seen:?}");
}

/// Type `text` into whatever has focus, as a keyboard would.
fn type_keys(harness: &mut Harness<'static, App>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

#[test]
fn tab_order_follows_the_reading_order_of_the_checklist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);

    let names: Vec<String> = QUESTIONS
        .iter()
        .flat_map(|q| ANSWERS.iter().map(move |a| choice_name(EN, q, a)))
        .collect();

    // Where the answers are drawn, all taken from one frame (the panel scrolls as
    // focus moves, so positions from different frames would not compare).
    let mut by_position: Vec<(f32, f32, String)> = harness
        .query_all(By::new().predicate(|n| n.label().is_some_and(|l| names.contains(&l))))
        .map(|n| {
            let r = n.rect();
            (
                r.top(),
                r.left(),
                n.accesskit_node().label().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(by_position.len(), names.len(), "every answer is on screen");
    by_position.sort_by(|a, b| {
        let same_row = (a.0 - b.0).abs() < 2.0;
        if same_row {
            a.1.total_cmp(&b.1)
        } else {
            a.0.total_cmp(&b.0)
        }
    });
    let reading_order: Vec<String> = by_position.into_iter().map(|(_, _, l)| l).collect();

    // One lap of Tab through the whole window.
    let mut focus_order: Vec<String> = Vec::new();
    let mut first: Option<String> = None;
    for _ in 0..400 {
        press(&mut harness, Key::Tab);
        let Some(now) = focused(&harness) else {
            continue;
        };
        if first.as_ref() == Some(&now) {
            break;
        }
        first.get_or_insert_with(|| now.clone());
        if names.contains(&now) && !focus_order.contains(&now) {
            focus_order.push(now);
        }
    }
    assert_eq!(focus_order, reading_order);
}

#[test]
fn a_whole_decline_by_keyboard_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);

    // The header, field by field.
    tab_to(&mut harness, "Company");
    type_keys(&mut harness, "Nordlicht GmbH");
    tab_to(&mut harness, "Role");
    type_keys(&mut harness, "Data Engineer");
    tab_to(&mut harness, "Contact person");
    type_keys(&mut harness, "Ms Weber");

    // One answer decides it: Space presses the focused choice.
    tab_to(
        &mut harness,
        &choice_name(EN, "checklist-q-career-goals", "answer-no"),
    );
    press(&mut harness, Key::Space);
    harness.get_by_label(&tr(EN, "verdict-decline"));

    // To the letter with the button, by keyboard.
    tab_to(&mut harness, &tr(EN, "verdict-write-decline"));
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().tab(), Tab::Letter);
    // Copy is refused while the letter still has a gap; fill in the sender.
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    assert!(clipboard.last().is_none());
    tab_to(&mut harness, "Your name");
    type_keys(&mut harness, "Ana Costa");

    // Next and previous panel wrap around; Ctrl+digit jumps.
    shortcut(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(harness.state().tab(), Tab::FollowUp);
    shortcut(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(harness.state().tab(), Tab::Checklist);
    shortcut(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(harness.state().tab(), Tab::Mobility);
    shortcut(&mut harness, Modifiers::COMMAND, Key::PageUp);
    shortcut(&mut harness, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(harness.state().tab(), Tab::FollowUp);
    shortcut(&mut harness, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(harness.state().tab(), Tab::Letter);
    shortcut(&mut harness, Modifiers::COMMAND, Key::Num5);
    assert_eq!(harness.state().tab(), Tab::FollowUp);
    shortcut(&mut harness, Modifiers::COMMAND, Key::Num3);
    assert_eq!(harness.state().tab(), Tab::Channel);

    // Copy works from any panel.
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let copied = clipboard.last().expect("the letter was copied");
    assert!(
        copied.contains("the Data Engineer role at Nordlicht GmbH"),
        "{copied}"
    );
    // The text; the subject has its own button.
    assert!(copied.starts_with("Dear Ms Weber,"), "{copied}");
    assert!(copied.trim_end().ends_with("Ana Costa"));

    // Export the opportunity: Ctrl+E asks for a path (no system dialog in tests).
    let target = dir.path().join("nordlicht.ron");
    shortcut(&mut harness, Modifiers::COMMAND, Key::E);
    tab_to(&mut harness, &tr(EN, "file-path"));
    // The field suggests a name; select it all and type over it.
    shortcut(&mut harness, Modifiers::COMMAND, Key::A);
    type_keys(&mut harness, &target.display().to_string());
    tab_to(&mut harness, &tr(EN, "file-save"));
    press(&mut harness, Key::Space);
    let saved = std::fs::read_to_string(&target).expect("export written");
    assert!(saved.contains("Nordlicht GmbH"));

    // A new opportunity.
    let before = harness.state().workspace().cases.len();
    shortcut(&mut harness, Modifiers::COMMAND, Key::N);
    assert_eq!(harness.state().workspace().cases.len(), before + 1);
}
