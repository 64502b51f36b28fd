//! Whole UI frames of the real app, headless (`egui_kittest`, no rendering): one frame of
//! each panel with realistic content, the editor with a 5,000-character draft under
//! live review, and a language switch through the menu until the UI has settled.
//!
//! `cargo bench --bench frames` prints the timings. A kittest frame also builds the
//! AccessKit tree, so these numbers are an upper bound for a frame of the app.

#[path = "../tests/it/common.rs"]
mod common;

use common::{app_harness, tr};
use divan::Bencher;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::checklist::Answer;
use gracious::ui::Tab;

fn main() {
    divan::main();
}

const EN: &str = "en-US";

/// A harness with a filled opportunity: header, all five answers, a draft.
fn realistic(dir: &std::path::Path, clipboard: &MemoryClipboard) -> Harness<'static, App> {
    let mut harness = app_harness(dir, EN, clipboard);
    common::fill_header(
        &mut harness,
        "Nordlicht GmbH",
        "Data Engineer",
        "Alex Weber",
    );
    {
        let case = harness.state_mut().workspace_mut().current_case_mut();
        for (i, entry) in case.checklist.entries.iter_mut().enumerate() {
            entry.answer = if i % 2 == 0 { Answer::Yes } else { Answer::No };
            entry.note = "Asked twice in the interview; the answer was vague.".into();
        }
    }
    harness.run();
    harness
}

fn open(harness: &mut Harness<'static, App>, tab: Tab) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, tab.key());
    harness.run();
    assert_eq!(harness.state().tab(), tab);
}

/// One frame of each panel, nothing changing between frames.
#[divan::bench(args = [Tab::Checklist, Tab::Mobility, Tab::Channel, Tab::Letter, Tab::FollowUp])]
fn panel_frame(bencher: Bencher, tab: Tab) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = realistic(dir.path(), &clipboard);
    open(&mut harness, tab);
    if tab == Tab::Mobility {
        // The full sheet: visa, cost of living, family sections.
        common::click(&mut harness, &tr(EN, "mobility-moving-abroad"));
    }
    bencher.bench_local(|| harness.step());
}

/// The editor with a 5,000-character draft: one frame, with review and highlighting.
#[divan::bench]
fn editor_frame_5k_draft(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = realistic(dir.path(), &clipboard);
    open(&mut harness, Tab::Letter);
    let paragraph = "Thank you for the conversations about the Data Engineer role at \
        Nordlicht GmbH. After careful thought I have decided to decline; the role is not \
        the right fit for where I want to go next. ";
    let mut body = String::new();
    while body.len() < 5_000 {
        body.push_str(paragraph);
        body.push_str("\n\n");
    }
    let chars = body.chars().count();
    harness
        .state_mut()
        .workspace_mut()
        .current_case_mut()
        .draft
        .body = body;
    harness.run();
    let shown = harness
        .state()
        .workspace()
        .current_case()
        .map_or(0, |c| c.draft.body.chars().count());
    assert!(
        chars >= 5_000 && shown == chars,
        "draft kept: {shown} of {chars}"
    );
    bencher.bench_local(|| harness.step());
}

/// Switch the interface language through the menu, including every frame until the
/// UI has settled, alternating between English and `other`. To Japanese this includes
/// enumerating the system fonts for the CJK glyphs.
#[divan::bench(sample_count = 20, sample_size = 1, args = ["de-DE", "ja-JP"])]
fn switch_language(bencher: Bencher, other: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clipboard = MemoryClipboard::default();
    let mut harness = realistic(dir.path(), &clipboard);
    let other_name = gracious::i18n::LOCALES
        .iter()
        .find(|l| l.tag == other)
        .map(|l| l.native_name)
        .expect("shipped locale");
    bencher.bench_local(|| {
        let english = harness.state().language().language.as_str() == "en";
        let (from, to) = if english {
            (EN, other_name)
        } else {
            (other, "English (US)")
        };
        harness.get_by_label(&tr(from, "menu-language")).click();
        harness.run();
        harness.get_by_label(to).click();
        harness.run();
    });
}

/// Typing into the header of a long job search (1,000 opportunities with filled panels
/// and letters, 500 own templates: about 6 MB of workspace file): one frame per
/// character, autosave included. 200 frames of 1/60 s of simulated time each are about
/// 3 s of steady typing, in which autosave writes at least once; the slowest sample is
/// the slowest frame.
#[divan::bench(sample_count = 200, sample_size = 1)]
fn typing_in_a_long_job_search(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = common::long_job_search(1_000, 500);
    ws.settings.welcome_dismissed = true;
    gracious::store::Store::new(dir.path())
        .save(&ws)
        .expect("save");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    harness.get_by_label("Company").click();
    harness.run();
    bencher.bench_local(|| {
        harness
            .input_mut()
            .events
            .push(egui::Event::Text("x".into()));
        harness.step();
    });
}

/// The due promises of a long job search (1,000 opportunities), counted once a minute
/// and after each command while the app is open: what one count costs.
#[divan::bench]
fn due_notices_of_a_long_job_search(bencher: Bencher) {
    let mut ws = common::long_job_search(1_000, 0);
    for case in &mut ws.cases {
        let id = case.followup.add_promise();
        let promise = case
            .followup
            .promises
            .iter_mut()
            .find(|p| p.id == id)
            .expect("added");
        promise.what = "Send the referral".into();
        promise.due = "2026-11-26".into();
        case.followup.call.date = "2026-11-30".into();
    }
    let i18n = gracious::i18n::Localizer::new(&EN.parse().expect("tag"));
    let now = common::test_now();
    let weekend = gracious::domain::timeline::Weekend::default();
    bencher.bench_local(|| {
        gracious::ui::followup::due_notices(&i18n, &ws.cases, now.time_zone(), now.date(), weekend)
    });
}

/// The comparison of offers with four offers and the current job, every part of the pay
/// given: one frame of the view (the grid, the table and both charts).
#[divan::bench]
fn compare_four_offers(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let offer = |id: u32, company: &str, country: &str| {
        format!(
            r#"(id: {id}, company: "{company}", role: "Data Engineer", contact: "Alex Weber", stage: AfterOffer, reply_by: "2026-12-1{id}",
      checklist: (entries: ((answer: Yes), (answer: No), (answer: Yes), (answer: NotSure), (answer: Yes))),
      mobility: (moving_abroad: {abroad}, current_country: "DE", destination_country: "{country}", factors: ((rating: Good), (rating: Good), (rating: Acceptable), (rating: NotApplicable), (rating: Poor), (rating: Acceptable), (rating: Good), (rating: Acceptable), (rating: Good))),
      package: (country: "{country}", base: "7{id}000", bonus_percent: "1{id}", equity_grant: "16000", equity_years: "4", equity_cliff_months: "12", sign_on: "5000", sign_on_repay_months: "12", relocation: "8000", relocation_repay_months: "24", pension_percent: "4", benefits: "1200", leave_days: "2{id}", notice_weeks: "4", earliest_start: "2027-03-01", tax_percent: "3{id}"))"#,
            abroad = country != "DE"
        )
    };
    let workspace = format!(
        r#"(version: 3, workspace: (current_id: 1, settings: (welcome_dismissed: true),
  current_job: (country: "DE", base: "70000", bonus_percent: "10", pension_percent: "5", leave_days: "28", notice_weeks: "12", tax_percent: "38"),
  comparison: (cases: [1, 2, 3, 4], current_job: true, horizon_years: 4),
  cases: [{}, {}, {}, {}], next_id: 5))"#,
        offer(1, "Nordlicht GmbH", "DE"),
        offer(2, "Grachten BV", "NL"),
        offer(3, "Sakura Systems", "JP"),
        offer(4, "Vistula Data", "PL"),
    );
    std::fs::write(dir.path().join("workspace.ron"), workspace).expect("write workspace");
    let clipboard = MemoryClipboard::default();
    let mut harness = app_harness(dir.path(), EN, &clipboard);
    common::click(&mut harness, &tr(EN, "menu-compare"));
    assert_eq!(
        harness
            .query_all_by_label(&tr(EN, "compare-chart-alt"))
            .count(),
        2,
        "both charts drawn"
    );
    bencher.bench_local(|| harness.step());
}
