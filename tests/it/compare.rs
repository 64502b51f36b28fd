//! The comparison of offers, driven as a user would: the view opened from the menu,
//! offers ticked, pay typed in the grid, the verdict of the figures read back, the
//! charts drawn, an offer accepted, the comparison exported, and the checklist's pay
//! question answered from the total.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::App;
use gracious::clipboard::MemoryClipboard;
use gracious::domain::Status;
use gracious::domain::template::Scenario;

use crate::common::{click, current_case, harness_with, test_options, tr, type_into};

const EN: &str = "en-US";

/// A current job in Berlin and two offers: one in Berlin, one in Amsterdam. The pay is
/// typed through the window by the tests.
const WORKSPACE: &str = r#"(version: 3, workspace: (current_id: 1, profile: (name: "Ana Costa"),
  current_job: (country: "DE"),
  cases: [
    (id: 1, company: "Nordlicht GmbH", role: "Data Engineer", contact: "Alex Weber", stage: AfterOffer,
      reply_by: "2026-12-04", package: (country: "DE")),
    (id: 2, company: "Grachten BV", role: "Data Engineer", contact: "Sanne de Vries", stage: AfterOffer,
      reply_by: "2026-12-08", package: (country: "NL")),
  ], next_id: 3))"#;

fn compare_harness(dir: &std::path::Path, lang: &str) -> Harness<'static, App> {
    std::fs::write(dir.join("workspace.ron"), WORKSPACE).expect("write workspace");
    let clipboard = MemoryClipboard::default();
    harness_with(test_options(dir, lang, &clipboard))
}

/// Open the window and tick both offers.
fn open_with_both(harness: &mut Harness<'static, App>, lang: &str) {
    click(harness, &tr(lang, "menu-compare"));
    click(harness, "Nordlicht GmbH · Data Engineer");
    click(harness, "Grachten BV · Data Engineer");
}

fn field(id: &str, column: &str) -> String {
    format!("{} — {column}", tr(EN, id))
}

/// Show the pay of `column` in the grid (one job at a time).
fn edit(harness: &mut Harness<'static, App>, column: &str) {
    click(
        harness,
        &format!("{}: {column}", tr(EN, "compare-packages")),
    );
}

/// The example of the issue, typed: Berlin 70,000 + 10 % bonus + 5 % pension now;
/// Nordlicht 75,000 in Berlin; Grachten 75,000 in Amsterdam with 16,000 of shares over
/// four years after a one-year cliff.
fn type_the_example(harness: &mut Harness<'static, App>) {
    let current = tr(EN, "compare-current-job");
    let nordlicht = "Nordlicht GmbH · Data Engineer";
    let grachten = "Grachten BV · Data Engineer";
    for (column, fields) in [
        (
            current.as_str(),
            &[
                ("pay-field-base", "70,000"),
                ("pay-field-bonus-percent", "10"),
                ("pay-field-pension", "5"),
            ][..],
        ),
        (nordlicht, &[("pay-field-base", "75000")][..]),
        (
            grachten,
            &[
                ("pay-field-base", "75000"),
                ("pay-field-equity-grant", "16000"),
                ("pay-field-equity-years", "4"),
                ("pay-field-equity-cliff", "12"),
            ][..],
        ),
    ] {
        edit(harness, column);
        for (id, value) in fields {
            let label = field(id, column);
            harness.get_by_label(&label).scroll_to_me();
            harness.run();
            type_into(harness, &label, value);
        }
    }
}

#[test]
fn two_offers_and_the_current_job_compared_through_the_view() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = compare_harness(dir.path(), EN);
    // Fewer than two: the window says what it needs.
    click(&mut harness, &tr(EN, "menu-compare"));
    harness.get_by_label(&tr(EN, "compare-empty"));
    click(&mut harness, "Nordlicht GmbH · Data Engineer");
    click(&mut harness, "Grachten BV · Data Engineer");
    type_the_example(&mut harness);

    // 80,500 now against 75,000 and, at Berlin's prices, 79,000 → about 73,300.
    let summary = "At prices in Germany, your current job is worth the most: €80,500 a year, €5,500 more than Nordlicht GmbH · Data Engineer.";
    harness.get_by_label_contains(summary);
    // The part that differs most between the first two.
    harness.get_by_label_contains("The biggest difference is in the bonus.");
    harness.get_by_label("€73,300");
    harness.get_by_label("€80,500 · best");
    // The shares over four years, and how Amsterdam was brought to Berlin's prices.
    harness.get_by_label("€4,000");
    harness.get_by_label("World Bank, 2023");
    // …with the series and year of each country's factor, as the mobility sheet says.
    harness.get_by_label_contains(
        "Prices in the Netherlands: World Bank, purchasing power for household consumption, 2023.",
    );
    // Both charts are drawn, each said to be the table's picture.
    assert_eq!(
        harness
            .query_all_by_label(&tr(EN, "compare-chart-alt"))
            .count(),
        2
    );
    let saved = &harness.state().workspace().current_job;
    assert_eq!(saved.base, "70,000", "typed into the current job");
}

#[test]
fn what_the_total_cannot_count_is_said() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = compare_harness(dir.path(), EN);
    open_with_both(&mut harness, EN);
    let grachten = "Grachten BV · Data Engineer";
    edit(&mut harness, grachten);
    type_into(&mut harness, &field("pay-field-base", grachten), "75000");
    type_into(&mut harness, &field("pay-field-sign-on", grachten), "ten");
    harness.get_by_label_contains("“Sign-on bonus” is not a number");
    harness.get_by_label_contains("Your current job: no base pay yet");
}

#[test]
fn accepting_one_offer_prepares_the_letter_declining_the_other() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = compare_harness(dir.path(), EN);
    open_with_both(&mut harness, EN);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("job", "Grachten BV · Data Engineer");
    let name = gracious::i18n::Localizer::new(&EN.parse().expect("tag"))
        .tr_args("compare-accept-name", &args);
    click(&mut harness, &name);
    let workspace = harness.state().workspace();
    let accepted = workspace.case(gracious::domain::CaseId(2)).expect("case");
    assert_eq!(accepted.status, Status::Accepted);
    let declined = current_case(&harness);
    assert_eq!(
        declined.company, "Nordlicht GmbH",
        "the letter to send is on screen"
    );
    assert_eq!(declined.draft.scenario, Scenario::AcceptedOtherOffer);
    harness.get_by_label_contains("Grachten BV · Data Engineer is marked as accepted");
    assert!(
        declined
            .draft
            .body
            .contains("I have accepted another position"),
        "{}",
        declined.draft.body
    );
}

#[test]
fn the_comparison_is_exported_as_csv_and_as_text() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = compare_harness(dir.path(), EN);
    open_with_both(&mut harness, EN);
    type_the_example(&mut harness);
    let csv = dir.path().join("offers.csv");
    crate::common::file_via_prompt(
        &mut harness,
        &tr(EN, "compare-export-csv"),
        &csv,
        &tr(EN, "file-save"),
    );
    let text = std::fs::read_to_string(&csv).expect("csv written");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(",Your current job,Nordlicht GmbH · Data Engineer,Grachten BV · Data Engineer")
    );
    assert!(
        text.contains("Total a year at home prices,\"€80,500 · best\",\"€75,000\",\"€73,300\""),
        "{text}"
    );
    let plain = dir.path().join("offers.txt");
    crate::common::file_via_prompt(
        &mut harness,
        &tr(EN, "compare-export-text"),
        &plain,
        &tr(EN, "file-save"),
    );
    let text = std::fs::read_to_string(&plain).expect("text written");
    assert!(text.starts_with("Offers compared on "), "{text}");
    assert!(
        text.contains("Total a year at home prices\n  Your current job: €80,500 · best\n"),
        "{text}"
    );
}

#[test]
fn the_checklist_takes_its_pay_suggestion_from_the_total() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = compare_harness(dir.path(), EN);
    open_with_both(&mut harness, EN);
    type_the_example(&mut harness);
    // Back to the panels: Nordlicht (the opportunity on screen) pays 75,000 against
    // 80,500 now, −6.8 %: a pay cut, though its base is higher. No tax rates: before
    // tax, and said so.
    click(&mut harness, &tr(EN, "compare-close"));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("answer", tr(EN, "answer-no"));
    let expected = gracious::i18n::Localizer::new(&EN.parse().expect("tag"))
        .tr_args("checklist-suggestion-total-gross", &args);
    harness.get_by_label(&format!("↪ {expected}"));
}

/// With `GRACIOUS_DUMP_COMPARE=DIR`, writes the comparison of the example (the text
/// export, which holds every sentence and note with the jobs' names in them) in every
/// shipped language, for native readers to read. Without it, checks that every
/// language renders it with no message missing.
#[test]
fn the_comparison_reads_in_every_language() {
    use gracious::i18n::Localizer;
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("workspace.ron"), WORKSPACE).expect("write");
    let mut workspace = gracious::store::Store::new(dir.path()).load().workspace;
    workspace.current_job = gracious::domain::compensation::Package {
        country: "DE".into(),
        base: "70000".into(),
        bonus_percent: "10".into(),
        pension_percent: "5".into(),
        leave_days: "28".into(),
        notice_weeks: "1".into(),
        tax_percent: "38".into(),
        ..Default::default()
    };
    workspace.comparison.cases = vec![gracious::domain::CaseId(1), gracious::domain::CaseId(2)];
    for (id, base, extra) in [(1, "75000", None), (2, "75000", Some(()))] {
        let case = workspace
            .case_mut(gracious::domain::CaseId(id))
            .expect("case");
        case.package.base = base.into();
        case.package.tax_percent = "40".into();
        case.package.leave_days = "1".into();
        case.package.notice_weeks = "4".into();
        if extra.is_some() {
            case.package.equity_grant = "16000".into();
            case.package.equity_years = "4".into();
            case.package.equity_cliff_months = "24".into();
            case.package.equity_private = true;
            case.package.sign_on = "6000".into();
            case.package.sign_on_repay_months = "12".into();
            case.package.relocation = "8000".into();
            case.package.relocation_repay_months = "60".into();
            case.package.bonus_amount = "3000".into();
            case.package.bonus_percent = "5".into();
        }
    }
    workspace.comparison.horizon_years = 1;
    let now = crate::common::test_now();
    let out = std::env::var_os("GRACIOUS_DUMP_COMPARE").map(std::path::PathBuf::from);
    for locale in gracious::i18n::user_locales() {
        let i18n = Localizer::new(&locale.tag.parse().expect("tag"));
        let cx = gracious::ui::PanelContext {
            i18n: &i18n,
            now: &now,
        };
        let compared = gracious::ui::compare::gather(&workspace, &i18n, 2026);
        let table = gracious::ui::compare::table(cx, &workspace, &compared);
        let text = gracious::ui::compare::to_text(cx, &workspace, &compared, &table);
        assert!(table.summary.is_some(), "{}", locale.tag);
        assert!(
            !text.contains("compare-") && !text.contains("pay-"),
            "{}: a message id shows: {text}",
            locale.tag
        );
        if let Some(out) = &out {
            std::fs::create_dir_all(out).expect("dir");
            std::fs::write(out.join(format!("{}.txt", locale.tag)), text).expect("write");
        }
    }
}
