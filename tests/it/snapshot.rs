//! Visual regression: every panel with realistic content in en-US (light and dark),
//! de-DE (long words), ja-JP, zh-CN and the pseudo-locale, rendered on the CPU and
//! compared with `tests/snapshots/*.png`. `UPDATE_SNAPSHOTS=1` accepts new images.
//!
//! Without a renderer (no Vulkan or GL driver, e.g. no Mesa) the test says so and passes,
//! unless `GRACIOUS_REQUIRE_SNAPSHOTS=1` (set by `.ci/run`, which installs Mesa).

use egui_kittest::{Harness, SnapshotResults};
use gracious::clipboard::MemoryClipboard;
use gracious::{App, AppOptions};

/// A workspace with something in every panel.
const WORKSPACE: &str = r#"(version: 2, workspace: (current_id: 2, profile: (name: "Ana Costa"), cases: [
 (id: 1, company: "Nordlicht GmbH", role: "Data Engineer", contact: "Alex Weber", date: "2026-11-20", reply_by: "2026-11-24"),
 (id: 2, company: "Sakura Systems", role: "Platform Engineer", contact: "Tanaka", stage: AfterOffer, date: "2026-11-24", reply_by: "2026-11-28",
   checklist: (use_weights: true, inclination: Accept, entries: ((answer: Yes, weight: 5), (answer: No, weight: 4), (answer: Yes), (answer: No), (answer: NotSure, weight: 2))),
   mobility: (moving_abroad: true, current_country: "PL", destination_country: "DE", current_pay: (amount: "180000"), offered_pay: (amount: "85000"), visa_processing_weeks: "6", start_date: "2027-03-01", factors: ((rating: Good), (rating: Acceptable), (rating: Unknown), (rating: Poor), (rating: Unknown), (rating: Good), (rating: Good), (rating: Acceptable), (rating: Unknown))),
   channel: (main_contact: HiringManager, close_rapport: true, interview_rounds: 4, relocation_or_visa_discussed: true),
   timeline: (decided: (date: "2026-11-25", time: "14:00")),
   followup: (replies: [(on: "2026-11-25", kind: WhatWouldItTake, note: "Asked what it would take for me to say yes.")],
     promises: [(id: 0, what: "Send the name of a colleague for the role", to_whom: "Tanaka", due: "2026-11-30")],
     people: [(id: 1, name: "Yuki Sato", role: "Engineering manager", reach: "yuki.sato@sakura.example", connected: true, last_contact: "2026-11-24", check_in: "2027-02-15")],
     call: (date: "2026-11-27", time: "11:00"), next_id: 2)),
]))"#;

/// Whether snapshots can be rendered here; without a renderer the test says so and
/// passes, unless `GRACIOUS_REQUIRE_SNAPSHOTS=1`.
fn renderer_available() -> bool {
    if std::panic::catch_unwind(egui_kittest::wgpu::WgpuTestRenderer::new).is_ok() {
        return true;
    }
    assert!(
        std::env::var("GRACIOUS_REQUIRE_SNAPSHOTS").as_deref() != Ok("1"),
        "GRACIOUS_REQUIRE_SNAPSHOTS=1 but no GPU or CPU renderer (Mesa) is available"
    );
    eprintln!("NOTICE: snapshot tests skipped: no renderer (install Mesa: mesa-vulkan-drivers)");
    false
}

/// The test options, with the system's fonts only where the script needs them (CJK):
/// the Latin looks are drawn with egui's and the bundled fonts alone, so they are the
/// same pixels on every machine, whatever fonts it has installed.
fn snapshot_options(dir: &std::path::Path, lang: &str, clipboard: &MemoryClipboard) -> AppOptions {
    let mut options = crate::common::test_options(dir, lang, clipboard);
    options.system_fonts = matches!(lang, "ja-JP" | "zh-CN" | "ko-KR");
    options
}

/// The app rendered on the CPU at `size`, in the light or dark look.
fn build(options: AppOptions, size: [f32; 2], dark: bool) -> Harness<'static, App> {
    Harness::builder()
        .with_size(size)
        // kittest sets its own theme after the app starts; make it the look asked for.
        .with_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        })
        .with_max_steps(12)
        .with_render_cursor(false)
        .wgpu()
        .build_eframe(move |cc| App::new(&cc.egui_ctx, options))
}

fn harness(dir: &std::path::Path, lang: &str, dark: bool) -> Harness<'static, App> {
    let theme = if dark { "Dark" } else { "Light" };
    let text = WORKSPACE.replace(
        "current_id: 2,",
        &format!("current_id: 2, settings: (theme: {theme}),"),
    );
    std::fs::write(dir.join("workspace.ron"), text).expect("write workspace");
    let clipboard = MemoryClipboard::default();
    let options: AppOptions = snapshot_options(dir, lang, &clipboard);
    build(options, [1000.0, 760.0], dark)
}

#[test]
fn every_panel_in_every_look() {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for (name, lang, dark) in [
        ("en-light", "en-US", false),
        ("en-dark", "en-US", true),
        ("de", "de-DE", false),
        ("ja", "ja-JP", true),
        ("zh", "zh-CN", false),
        ("pseudo", "en-XA", true),
    ] {
        if matches!(lang, "ja-JP" | "zh-CN") && !crate::common::system_font_for(lang) {
            continue;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = harness(dir.path(), lang, dark);
        for (panel, key) in [
            ("checklist", egui::Key::Num1),
            ("mobility", egui::Key::Num2),
            ("channel", egui::Key::Num3),
            ("editor", egui::Key::Num4),
            ("followup", egui::Key::Num5),
        ] {
            harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
            harness.run();
            results.add(harness.try_snapshot(format!("{name}-{panel}")));
        }
    }
}

/// The first ten minutes in English (light), German (dark) and Korean (light): the
/// welcome, the example with its next-step bar, and the calendar of a date field.
#[test]
fn the_first_start_the_next_step_and_the_calendar() {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for (lang, short, dark) in [
        ("en-US", "en", false),
        ("de-DE", "de", true),
        ("ko-KR", "ko", false),
    ] {
        if lang == "ko-KR" && !crate::common::system_font_for(lang) {
            continue;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let clipboard = MemoryClipboard::default();
        let options = snapshot_options(dir.path(), lang, &clipboard);
        let mut harness = build(options, [1000.0, 760.0], dark);
        results.add(harness.try_snapshot(format!("{short}-welcome")));

        let tr = |id: &str| crate::common::tr(lang, id);
        egui_kittest::kittest::Queryable::get_by_label(&harness, &tr("welcome-example")).click();
        harness.run();
        results.add(harness.try_snapshot(format!("{short}-next-step")));

        let mut args = fluent_bundle::FluentArgs::new();
        args.set("field", tr("header-date-offer"));
        let pick =
            gracious::i18n::Localizer::new(&lang.parse().expect("tag")).tr_args("date-pick", &args);
        egui_kittest::kittest::Queryable::get_by_label(&harness, &pick).click();
        harness.run();
        results.add(harness.try_snapshot(format!("{short}-date-picker")));
    }
}

/// The advice of issue 14 on screen, in English (light) and German (dark): a negotiation
/// they could not meet (the checklist declines and offers the letter that follows one,
/// with the answer to "why?"), a decline given in a call ("Prepare the call"), a decision
/// not recorded yet against their reply-by date, and factors that do not apply.
const ADVICE: &str = r#"(version: 3, workspace: (current_id: 1, profile: (name: "Ana Costa"), cases: [
 (id: 1, company: "Nordlicht GmbH", role: "Data Engineer", contact: "Alex Weber", stage: AfterOffer, status: Negotiating, date: "2026-11-23", reply_by: "2026-12-07",
   checklist: (negotiation: Some(Failed), entries: ((answer: Yes), (answer: No), (answer: Yes), (answer: No), (answer: Yes))),
   mobility: (moving_abroad: true, current_country: "PL", destination_country: "DE", current_pay: (amount: "0"), offered_pay: (amount: "85000"), factors: ((rating: Good), (rating: Acceptable), (rating: Good), (rating: NotApplicable), (rating: NotApplicable), (rating: Good), (rating: Good), (rating: Acceptable), (rating: Good))),
   channel: (chosen: Some(Email))),
 (id: 2, company: "Sakura Systems", role: "Platform Engineer", contact: "Tanaka", stage: AfterOffer, date: "2026-11-24",
   checklist: (entries: ((answer: Yes), (answer: Yes), (answer: Yes), (answer: Yes), (answer: Yes))),
   channel: (close_rapport: true)),
]))"#;

#[test]
fn the_advice_a_coach_would_sign() {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for (short, lang, dark) in [("en", "en-US", false), ("de", "de-DE", true)] {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("workspace.ron"), ADVICE).expect("write workspace");
        let clipboard = MemoryClipboard::default();
        let options = snapshot_options(dir.path(), lang, &clipboard);
        let mut harness = build(options, [1000.0, 760.0], dark);
        let tr = |id: &str| crate::common::tr(lang, id);
        let show = |harness: &mut Harness<'static, App>, label: &str| {
            egui_kittest::kittest::Queryable::get_by_label(&*harness, label).scroll_to_me();
            harness.run();
        };
        // The negotiation failed: decline, with the letter that follows a negotiation.
        show(&mut harness, &tr("verdict-write-decline"));
        results.add(harness.try_snapshot(format!("{short}-advice-negotiation-failed")));
        egui_kittest::kittest::Queryable::get_by_label(&harness, &tr("verdict-write-decline"))
            .click();
        harness.run();
        results.add(harness.try_snapshot(format!("{short}-advice-after-negotiation-letter")));
        // Partner and schooling do not apply; a zero pay is said to be one.
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
        harness.run();
        show(&mut harness, &tr("ppp-not-positive"));
        results.add(harness.try_snapshot(format!("{short}-advice-mobility")));
        // Not decided yet: their date is the deadline, nothing is counted.
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
        harness.run();
        show(&mut harness, &tr("deadline-not-decided"));
        results.add(harness.try_snapshot(format!("{short}-advice-not-decided")));
        // A family compromise without a move, declined in a call (close rapport, though
        // a recruiter led): "Prepare the call" opens the script with the reason filled.
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num1);
        harness.run();
        egui_kittest::kittest::Queryable::get_by_label_contains(&harness, "Sakura Systems").click();
        harness.run();
        show(&mut harness, &tr("verdict-call-script"));
        results.add(harness.try_snapshot(format!("{short}-advice-call")));
        egui_kittest::kittest::Queryable::get_by_label(&harness, &tr("verdict-call-script"))
            .click();
        harness.run();
        results.add(harness.try_snapshot(format!("{short}-advice-call-script")));
    }
}

/// Letters with real names (issue 16): the header and the editor in Ukrainian (the form
/// of address asked for and used in the greeting, the company after "компанії"),
/// Brazilian Portuguese (a masculine company name without an article) and Japanese
/// (the company line before the name, 貴社 in the text).
#[test]
fn letters_with_real_names() {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for (short, lang, contact, address, company, role) in [
        (
            "uk",
            "uk-UA",
            "Олена Коваленко",
            "пані Олено",
            "Укрпошта",
            "інженер даних",
        ),
        (
            "pt",
            "pt-BR",
            "João Silva",
            "",
            "Nubank",
            "Engenheiro de Dados",
        ),
        (
            "ja",
            "ja-JP",
            "田中 花子",
            "",
            "株式会社さくら",
            "データエンジニア",
        ),
    ] {
        if lang == "ja-JP" && !crate::common::system_font_for(lang) {
            continue;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let text = format!(
            r#"(version: 3, workspace: (current_id: 1, profile: (name: "Ana Costa"), cases: [
 (id: 1, company: "{company}", role: "{role}", contact: "{contact}", contact_address: "{address}", stage: AfterOffer, date: "2026-11-23",
   checklist: (entries: ((answer: Yes), (answer: Yes), (answer: Yes), (answer: No), (answer: No))),
   channel: (chosen: Some(Email))),
]))"#
        );
        std::fs::write(dir.path().join("workspace.ron"), text).expect("write workspace");
        let clipboard = MemoryClipboard::default();
        let options = snapshot_options(dir.path(), lang, &clipboard);
        let mut harness = build(options, [1000.0, 760.0], true);
        let tr = |id: &str| crate::common::tr(lang, id);
        egui_kittest::kittest::Queryable::get_by_label(&harness, &tr("verdict-write-decline"))
            .scroll_to_me();
        harness.run();
        egui_kittest::kittest::Queryable::get_by_label(&harness, &tr("verdict-write-decline"))
            .click();
        harness.run();
        results.add(harness.try_snapshot(format!("{short}-letter-real-names")));
    }
}

/// A small window (900×650) in German (long words) and Japanese: every label stays on
/// the line of its field, the tabs and the verdict bar stay in view.
#[test]
fn a_small_window_in_long_and_cjk_words() {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for (short, lang) in [("de", "de-DE"), ("ja", "ja-JP")] {
        if lang == "ja-JP" && !crate::common::system_font_for(lang) {
            continue;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("workspace.ron"), WORKSPACE).expect("write workspace");
        let clipboard = MemoryClipboard::default();
        let options = snapshot_options(dir.path(), lang, &clipboard);
        let mut harness = build(options, [900.0, 650.0], false);
        for (panel, key) in [("checklist", egui::Key::Num1), ("channel", egui::Key::Num3)] {
            harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
            harness.run();
            results.add(harness.try_snapshot(format!("{short}-900-{panel}")));
        }
    }
}

/// The review's marks in the letter: a misspelled word and criticism underlined, in
/// English (light) and German (dark), with the small test dictionaries.
#[test]
fn the_review_underlines_what_to_fix() {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for (short, lang, dark, body) in [
        (
            "en",
            "en-US",
            false,
            "Dear Alex,\\n\\nthank you for the intervew last week. I have decided to withdraw. Honestly, the process was not well organised and the salary far below market.\\n\\nKind regards,\\nAna",
        ),
        (
            "de",
            "de-DE",
            true,
            "Guten Tag Frau Weber,\\n\\nvielen Dank für das Gespräch letzet Woche. Ich ziehe meine Bewerbung zurück. Ehrlich gesagt war der Ablauf chaotisch und das Gehalt deutlich unter Marktniveau.\\n\\nMit freundlichen Grüßen\\nAna",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let theme = if dark { "Dark" } else { "Light" };
        let workspace = format!(
            r#"(version: 3, workspace: (current_id: 1, settings: (theme: {theme}), profile: (name: "Ana Costa"), cases: [
 (id: 1, company: "Nordlicht GmbH", role: "Data Engineer", contact: "Alex Weber", date: "2026-11-20",
   draft: (subject: "Data Engineer", body: "{body}", generated_body: "x", generated_subject: "y")),
]))"#
        );
        std::fs::write(dir.path().join("workspace.ron"), workspace).expect("write workspace");
        let clipboard = MemoryClipboard::default();
        let mut options = snapshot_options(dir.path(), lang, &clipboard);
        options.dictionary_dirs = vec![crate::common::test_dictionaries()];
        let mut harness = build(options, [1000.0, 760.0], dark);
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num4);
        harness.run();
        // The dictionary arrives from its thread.
        for _ in 0..300 {
            std::thread::sleep(std::time::Duration::from_millis(10));
            harness.step();
            let tr = crate::common::tr(lang, "review-dictionary-loading");
            if egui_kittest::kittest::Queryable::query_by_label_contains(&harness, &tr).is_none() {
                break;
            }
        }
        harness.run();
        results.add(harness.try_snapshot(format!("{short}-review-underlines")));
    }
}

/// The comparison of offers: the current job in Berlin, an offer in Berlin and one in
/// Amsterdam, every part of the pay given, the table and both charts — in English
/// (light) and Japanese (dark), in a tall window so that all of it is in the picture.
#[test]
fn the_comparison_of_offers() {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for (short, lang, dark) in [("en", "en-US", false), ("ja", "ja-JP", true)] {
        if lang == "ja-JP" && !crate::common::system_font_for(lang) {
            continue;
        }
        let theme = if dark { "Dark" } else { "Light" };
        let workspace = format!(
            r#"(version: 3, workspace: (current_id: 1, settings: (theme: {theme}), profile: (name: "Ana Costa"),
  current_job: (country: "DE", base: "70000", bonus_percent: "10", pension_percent: "5", leave_days: "28", notice_weeks: "12", tax_percent: "38"),
  comparison: (cases: [1, 2], current_job: true, horizon_years: 4),
  cases: [
    (id: 1, company: "Nordlicht GmbH", role: "Data Engineer", contact: "Alex Weber", stage: AfterOffer, reply_by: "2026-12-11",
      checklist: (entries: ((answer: Yes), (answer: No), (answer: Yes), (answer: No), (answer: Yes))),
      package: (country: "DE", base: "75000", leave_days: "30", notice_weeks: "4", earliest_start: "2027-02-01", tax_percent: "40", sign_on: "5000", sign_on_repay_months: "12")),
    (id: 2, company: "Grachten BV", role: "Senior Data Engineer", contact: "Sanne de Vries", stage: AfterOffer, reply_by: "2026-12-15",
      mobility: (moving_abroad: true, current_country: "DE", destination_country: "NL", factors: ((rating: Good), (rating: Good), (rating: Acceptable), (rating: NotApplicable), (rating: Poor), (rating: Acceptable), (rating: Good), (rating: Acceptable), (rating: Good))),
      checklist: (entries: ((answer: Yes), (answer: Yes), (answer: NotSure), (answer: No), (answer: Yes))),
      package: (country: "NL", base: "75000", equity_grant: "16000", equity_years: "4", equity_cliff_months: "12", equity_private: true, relocation: "8000", relocation_repay_months: "24", leave_days: "25", notice_weeks: "4", earliest_start: "2027-03-01", tax_percent: "37")),
  ], next_id: 3))"#
        );
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("workspace.ron"), workspace).expect("write workspace");
        let clipboard = MemoryClipboard::default();
        let options = snapshot_options(dir.path(), lang, &clipboard);
        let mut harness = build(options, [1100.0, 2000.0], dark);
        crate::common::click(&mut harness, &crate::common::tr(lang, "menu-compare"));
        harness.run();
        results.add(harness.try_snapshot(format!("{short}-compare-offers")));
    }
}
