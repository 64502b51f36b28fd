//! Every interactive control of every panel has a name, and no two controls in a panel
//! share one — so screen readers (and these tests) can tell them apart.

use std::collections::BTreeMap;

use crate::common::{app_harness, click, tr};
use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable};
use gracious::clipboard::MemoryClipboard;

const EN: &str = "en-US";

fn interactive(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::RadioButton
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::ComboBox
            | Role::Slider
            | Role::SpinButton
            | Role::Tab
            | Role::MenuItem
            | Role::Link
    )
}

/// (names of unnamed controls, names used more than once) on the screen now.
fn problems(harness: &egui_kittest::Harness<'static, gracious::App>) -> (Vec<String>, Vec<String>) {
    let mut unnamed = Vec::new();
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    for node in harness.query_all(By::new().predicate(|n| interactive(n.role()))) {
        let text = format!("{node:?}");
        let label = text
            .split("label: \"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(str::to_owned);
        match label.filter(|l| !l.trim().is_empty()) {
            Some(label) => *names.entry(label).or_default() += 1,
            None => unnamed.push(text.chars().take(160).collect()),
        }
    }
    let duplicated = names
        .into_iter()
        .filter(|(name, count)| *count > 1 && !["Hide", "Close window"].contains(&name.as_str()))
        .map(|(name, count)| format!("{name} ×{count}"))
        .collect();
    (unnamed, duplicated)
}

#[test]
fn every_control_is_named_and_names_are_unique_per_panel() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    crate::common::fill_header(
        &mut harness,
        "Nordlicht GmbH",
        "Data Engineer",
        "Alex Weber",
    );
    let mut report = Vec::new();
    for tab in ["tab-checklist", "tab-mobility", "tab-channel", "tab-editor"] {
        click(&mut harness, &tr(EN, tab));
        if tab == "tab-mobility" {
            click(&mut harness, &tr(EN, "mobility-moving-abroad"));
        }
        if tab == "tab-checklist" {
            click(&mut harness, &tr(EN, "checklist-use-weights"));
        }
        let (unnamed, duplicated) = problems(&harness);
        for u in unnamed {
            report.push(format!("{tab}: unnamed {u}"));
        }
        for d in duplicated {
            report.push(format!("{tab}: duplicate name {d}"));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// At 150 % zoom (Ctrl +) in German, the language with the longest words, no control
/// of any panel reaches past the window's edges.
#[test]
fn layouts_hold_at_150_percent_in_german() {
    const DE: &str = "de-DE";
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), DE, &clipboard);
    harness.ctx.set_zoom_factor(1.5);
    harness.run();
    let screen = harness.ctx.content_rect();
    assert!(screen.width() < 900.0, "zoom applied: {screen:?}");
    for (id, text) in [
        (
            "header-company",
            "Nordlicht Datenverarbeitungsgesellschaft mbH",
        ),
        ("header-role", "Datenplattformentwicklungsingenieurin"),
        ("header-contact", "Alexandra Weber-Schmidt"),
    ] {
        crate::common::type_into(&mut harness, &tr(DE, id), text);
    }
    let mut report = Vec::new();
    for tab in ["tab-checklist", "tab-mobility", "tab-channel", "tab-editor"] {
        click(&mut harness, &tr(DE, tab));
        for node in harness.query_all(By::new().predicate(|n| interactive(n.role()))) {
            let r = node.rect();
            if r.left() < screen.left() - 1.0 || r.right() > screen.right() + 1.0 {
                report.push(format!("{tab}: {r:?} {node:?}"));
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The window itself is named, so a screen reader switching windows says which it is.
#[test]
fn the_window_carries_its_name() {
    use egui_kittest::kittest::NodeT;
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let harness = app_harness(dir.path(), EN, &clipboard);
    let root = harness.root();
    assert_eq!(root.accesskit_node().role(), Role::Window);
    assert_eq!(root.accesskit_node().label().as_deref(), Some("Gracious"));
}
