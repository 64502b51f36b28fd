//! The real app driven headless: checklist → verdict → letter → copy; language switch;
//! persistence across restarts.

use crate::common::{app_harness, choice_name, current_case, tr, type_into};
use egui_kittest::kittest::Queryable;
use gracious::clipboard::MemoryClipboard;
use gracious::ui::Tab;

const EN: &str = "en-US";

fn answer(
    harness: &mut egui_kittest::Harness<'static, gracious::App>,
    question: &str,
    answer: &str,
) {
    harness
        .get_by_label(&choice_name(EN, question, answer))
        .click();
    harness.run();
}

#[test]
fn answering_the_checklist_shows_a_verdict_with_reasons() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);

    harness.get_by_label(&tr(EN, "verdict-undecided"));
    answer(&mut harness, "checklist-q-career-goals", "answer-yes");
    answer(&mut harness, "checklist-q-pay-after-costs", "answer-no");
    answer(&mut harness, "checklist-q-growth", "answer-yes");
    answer(&mut harness, "checklist-q-compromise", "answer-no");
    answer(&mut harness, "checklist-q-culture-fit", "answer-yes");
    harness.get_by_label(&tr(EN, "verdict-negotiate-first"));
    harness.get_by_label("Pay after costs: Pay and benefits — a blocker that could be negotiated.");

    answer(&mut harness, "checklist-q-culture-fit", "answer-no");
    harness.get_by_label(&tr(EN, "verdict-decline"));
    harness
        .get_by_label("Culture and leadership: Values — a misfit that negotiating will not fix.");
    assert!(
        harness
            .query_by_label(&tr(EN, "verdict-negotiate-first"))
            .is_none()
    );
}

#[test]
fn decline_letter_is_filled_from_the_header_and_copied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);

    crate::common::fill_header(&mut harness, "Nordlicht GmbH", "Data Engineer", "Ms Weber");
    answer(&mut harness, "checklist-q-career-goals", "answer-no");

    harness
        .get_by_label(&tr(EN, "verdict-write-decline"))
        .click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Letter);
    // The unfilled sender is flagged until the user gives their name.
    harness.get_by_label_contains("Still to fill in: [your name]");
    type_into(&mut harness, "Your name", "Ana Costa");
    assert!(
        harness
            .query_by_label_contains("Still to fill in")
            .is_none()
    );

    harness.get_by_label(&tr(EN, "editor-copy")).click();
    harness.run();
    let copied = clipboard.last().expect("something was copied");
    // The text alone: the subject goes into the mail's own field.
    assert!(copied.starts_with("Dear Ms Weber,"), "{copied}");
    assert!(copied.contains("the Data Engineer role at Nordlicht GmbH"));
    assert!(copied.contains("withdraw my application"));
    assert!(copied.trim_end().ends_with("Ana Costa"));
    assert!(!copied.contains('['), "no placeholder left: {copied}");
    assert!(
        !copied
            .chars()
            .any(|c| ('\u{2066}'..='\u{2069}').contains(&c))
    );
    harness.get_by_label_contains(&tr(EN, "status-copied"));
}

#[test]
fn a_failing_clipboard_is_reported_not_fatal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard {
        fail: true,
        ..MemoryClipboard::default()
    };
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    crate::common::fill_header(&mut harness, "Acme", "Analyst", "Sam");
    harness.get_by_label(&tr(EN, "tab-editor")).click();
    harness.run();
    type_into(&mut harness, "Your name", "Ana");
    harness.get_by_label(&tr(EN, "editor-copy")).click();
    harness.run();
    harness.get_by_label_contains("Could not copy to the clipboard: no clipboard service.");
}

#[test]
fn language_menu_switches_live_and_is_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    {
        let mut harness = app_harness(dir.path(), EN, &clipboard);
        harness.get_by_label("Language").click();
        harness.run();
        harness.get_by_label("Deutsch").click();
        harness.run();
        harness.get_by_label(&tr("de-DE", "header-company"));
        harness.get_by_label(&tr("de-DE", "tab-checklist"));
        assert_eq!(harness.state().language().to_string(), "de-DE");
        assert!(harness.state_mut().flush_save());
    }
    // Restart without --lang: the saved choice wins over the OS language.
    let mut options = gracious::AppOptions::new(dir.path());
    options.clipboard = Box::new(clipboard);
    let harness = egui_kittest::Harness::builder()
        .with_size([1100.0, 1000.0])
        .build_eframe(move |cc| gracious::App::new(&cc.egui_ctx, options));
    assert_eq!(harness.state().language().to_string(), "de-DE");
    harness.get_by_label(&tr("de-DE", "header-role"));
}

#[test]
fn every_language_is_listed_under_its_own_name_without_system_fonts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut options = crate::common::test_options(dir.path(), EN, &MemoryClipboard::default());
    // A machine without any font beyond egui's own: the bundled ones must do.
    options.system_fonts = false;
    let mut harness = crate::common::harness_with(options);
    harness.get_by_label("Language").click();
    harness.run();
    let names: Vec<&str> = gracious::i18n::user_locales()
        .map(|l| l.native_name)
        .collect();
    assert_eq!(names.len(), 13);
    for name in names {
        harness.get_by_label(name);
    }
    for name in ["日本語", "中文（简体）", "한국어", "हिन्दी"] {
        harness.get_by_label(name);
    }
    assert!(
        harness.state().missing_glyphs().is_empty(),
        "{:?}",
        harness.state().missing_glyphs()
    );
}

#[test]
fn japanese_interface_renders_and_finds_its_labels() {
    if !crate::common::system_font_for("ja-JP") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), "ja-JP", &clipboard);
    harness.get_by_label(&tr("ja-JP", "header-company"));
    harness.get_by_label(&tr("ja-JP", "tab-editor")).click();
    harness.run();
    harness.get_by_label(&tr("ja-JP", "editor-copy"));
}

#[test]
fn what_the_user_typed_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    {
        let mut harness = app_harness(dir.path(), EN, &clipboard);
        type_into(&mut harness, "Company", "Sakura KK");
        answer(&mut harness, "checklist-q-growth", "answer-not-sure");
        harness.get_by_label(&tr(EN, "tab-channel")).click();
        harness.run();
        harness
            .get_by_label(&tr(EN, "channel-relocation-visa"))
            .click();
        harness.run();
        assert!(harness.state_mut().flush_save());
    }
    let harness = app_harness(dir.path(), EN, &clipboard);
    let case = current_case(&harness);
    assert_eq!(case.company, "Sakura KK");
    assert_eq!(
        case.checklist
            .answer(gracious::domain::checklist::Question::Growth),
        gracious::domain::checklist::Answer::NotSure
    );
    assert!(case.channel.relocation_or_visa_discussed);
    assert_eq!(
        harness.get_by_label("Company").value().as_deref(),
        Some("Sakura KK")
    );
}

#[test]
fn keyboard_shortcuts_switch_panels() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Channel);
    harness.get_by_label_contains(&tr(EN, "channel-recommendation"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Mobility);
}

#[test]
fn a_missing_font_is_announced_instead_of_silent_boxes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut options = crate::common::test_options(dir.path(), "ja-JP", &clipboard);
    // Stands for a machine with no font for Japanese.
    options.system_fonts = false;
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1100.0, 1000.0])
        .allow_missing_glyphs()
        .build_eframe(move |cc| gracious::App::new(&cc.egui_ctx, options));
    harness.run();
    harness.get_by_label_contains("fonts-noto-cjk");
}

#[test]
fn the_theme_menu_overrides_the_system_and_is_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    for (item, dark) in [("theme-dark", true), ("theme-light", false)] {
        harness.get_by_label(&tr(EN, "menu-theme")).click();
        harness.run();
        harness.get_by_label(&tr(EN, item)).click();
        harness.run();
        assert_eq!(harness.ctx.global_style().visuals.dark_mode, dark, "{item}");
    }
    assert_eq!(
        harness.state().workspace().settings.theme,
        gracious::domain::ThemeChoice::Light
    );
}

#[test]
fn zoom_follows_the_keyboard_and_is_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    {
        let mut harness = app_harness(dir.path(), EN, &clipboard);
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        harness.run();
        let zoom = harness.ctx.zoom_factor();
        assert!(zoom > 1.15, "{zoom}");
        // The panels still lay out at the larger size.
        harness.get_by_label(&tr(EN, "verdict-undecided"));
        assert!(harness.state_mut().flush_save());
    }
    let harness = app_harness(dir.path(), EN, &clipboard);
    assert!(harness.ctx.zoom_factor() > 1.15);
}
