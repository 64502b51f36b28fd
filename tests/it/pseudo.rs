//! The pseudo-locale (en-XA: accented, longer, bracketed) walked through every panel:
//! every visible text with letters in it must come through Fluent, i.e. carry the
//! pseudo-locale's brackets. A string that bypasses Fluent shows up here in plain English.

use crate::common::{app_harness, click};
use egui_kittest::kittest::{By, Queryable};
use gracious::clipboard::MemoryClipboard;
use gracious::i18n::LOCALES;

const XA: &str = "en-XA";

/// Texts that are not interface strings: language names in their own language, single
/// symbols and numbers, the World Bank's credit (verbatim, as its licence asks), and
/// egui's own names for window buttons.
fn exempt(text: &str) -> bool {
    !text.chars().any(|c| c.is_ascii_alphabetic())
        || LOCALES.iter().any(|l| l.native_name == text)
        || text.starts_with("The World Bank: ")
        || ["Hide", "Show", "Close window"].contains(&text)
}

/// The visible texts (labels and values) without the pseudo-locale's brackets.
fn plain_texts(harness: &egui_kittest::Harness<'static, gracious::App>) -> Vec<String> {
    let mut out = Vec::new();
    for node in harness.query_all(By::new().predicate(|n| {
        use egui::accesskit::Role;
        // Resize handles are egui's; text runs and field contents are checked through
        // their labels, or are the user's own text.
        if matches!(
            n.role(),
            Role::Splitter | Role::TextRun | Role::TextInput | Role::MultilineTextInput
        ) {
            return false;
        }
        let text = n.label().or_else(|| n.value());
        text.is_some_and(|t| !t.contains('[') && !t.contains(']') && !exempt(&t))
    })) {
        out.push(format!("{node:?}").chars().take(200).collect());
    }
    out
}

#[test]
fn every_visible_string_comes_through_fluent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), XA, &clipboard);
    let i18n = gracious::i18n::Localizer::new(&XA.parse().expect("tag"));
    let mut offending = Vec::new();
    for tab in ["tab-checklist", "tab-mobility", "tab-channel", "tab-editor"] {
        click(&mut harness, &i18n.tr(tab));
        if tab == "tab-mobility" {
            click(&mut harness, &i18n.tr("mobility-moving-abroad"));
        }
        for text in plain_texts(&harness) {
            offending.push(format!("{tab}: {text}"));
        }
    }
    for menu in ["menu-file", "menu-theme", "menu-profile", "menu-about"] {
        click(&mut harness, &i18n.tr(menu));
        for text in plain_texts(&harness) {
            offending.push(format!("{menu}: {text}"));
        }
    }
    assert!(
        offending.is_empty(),
        "strings that bypass Fluent:\n{}",
        offending.join("\n")
    );
}
