//! Tests of the mobility sheet's rules.
use super::*;

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 26)
}

#[test]
fn pay_currency_is_the_typed_one_or_the_countrys() {
    let table = crate::data::ppp_table();
    let mut pay = PayInput::default();
    assert_eq!(pay.currency_in(table, "JP"), "JPY");
    pay.currency = " usd ".into();
    assert_eq!(pay.currency_in(table, "JP"), "USD");
}

#[test]
fn pay_comparison_needs_both_amounts_and_reads_the_sheet() {
    let table = crate::data::ppp_table();
    let mut sheet = MobilitySheet {
        current_country: "DE".into(),
        destination_country: "JP".into(),
        ..MobilitySheet::default()
    };
    sheet.current_pay.amount = "60000".into();
    assert_eq!(
        sheet.pay_comparison(table, 2026).err(),
        Some(ppp::NoComparison::Incomplete)
    );
    sheet.offered_pay.amount = "9000000".into();
    sheet.current_pay.tax_percent = "30".into();
    sheet.offered_pay.tax_percent = "150".into(); // impossible: ignored
    let c = sheet.pay_comparison(table, 2026).expect("comparison");
    assert!(c.offered_in_current_prices > 0.0);
    assert!(
        c.net.is_none(),
        "an impossible tax rate gives no net figures"
    );
    sheet.offered_pay.tax_percent = "20".into();
    let c = sheet.pay_comparison(table, 2026).expect("comparison");
    assert!(c.net.is_some());
}

#[test]
fn visa_timing_boundaries() {
    let mut sheet = MobilitySheet {
        start_date: "2027-01-21".into(), // 56 days = 8 weeks from today
        visa_processing_weeks: "8".into(),
        ..MobilitySheet::default()
    };
    assert_eq!(
        visa_timing(&sheet, today()),
        Some(VisaTiming::InTime { spare_weeks: 0 })
    );
    sheet.visa_processing_weeks = "9".into();
    assert_eq!(
        visa_timing(&sheet, today()),
        Some(VisaTiming::Late { weeks: 1 })
    );
    // 55 days is 7 whole weeks: 8 weeks of processing is late.
    sheet.start_date = "2027-01-20".into();
    sheet.visa_processing_weeks = "8".into();
    assert_eq!(
        visa_timing(&sheet, today()),
        Some(VisaTiming::Late { weeks: 1 })
    );
    sheet.visa_processing_weeks = "two".into();
    assert_eq!(visa_timing(&sheet, today()), None);
    // Numbers no visa takes, or that would overflow, give no comparison.
    for typed in [
        "-9223372036854775808",
        "99999999999999999999",
        "-3",
        "70000",
    ] {
        sheet.visa_processing_weeks = typed.into();
        assert_eq!(visa_timing(&sheet, today()), None, "{typed}");
    }
    // A start date already passed: any processing is late.
    sheet.visa_processing_weeks = "0".into();
    sheet.start_date = "2026-11-01".into();
    assert!(matches!(
        visa_timing(&sheet, today()),
        Some(VisaTiming::Late { .. })
    ));
}

#[test]
fn prestige_and_late_visa_are_traps() {
    let mut sheet = MobilitySheet::default();
    for f in Factor::ALL {
        sheet.set_rating(f, Rating::Good);
    }
    assert!(summarize(&sheet, today()).traps.is_empty());
    sheet.prestige_pull = YesNo::Yes;
    sheet.visa_processing_weeks = "20".into();
    sheet.start_date = "2027-01-04".into();
    assert_eq!(
        summarize(&sheet, today()).traps,
        vec![Trap::PrestigeOverSubstance, Trap::VisaLate]
    );
}

#[test]
fn weights_order_the_summary_and_the_score() {
    let mut sheet = MobilitySheet::default();
    sheet.set_rating(Factor::Visa, Rating::Good);
    sheet.set_rating(Factor::Tax, Rating::Good);
    sheet.factors[Factor::Tax.index()].weight = 5;
    sheet.set_rating(Factor::Schooling, Rating::Poor);
    sheet.factors[Factor::Schooling.index()].weight = 2;
    let s = summarize(&sheet, today());
    assert_eq!(s.strengths, vec![Factor::Tax, Factor::Visa]);
    // (5 + 3) good of (5 + 3 + 2): 0.8.
    assert!((s.score.expect("score") - 0.8).abs() < 1e-6);
}

#[test]
fn suggestions_for_the_checklist() {
    let gross = |c| Some((c, PayBasis::Gross));
    let mut sheet = MobilitySheet::default();
    assert_eq!(suggestions(&sheet, None, false), Suggestions::default());
    let s = suggestions(&sheet, gross(-12.0), false);
    assert_eq!(s.pay_after_costs, Some(false));
    assert_eq!(s.pay_basis, Some(PayBasis::Gross));
    assert_eq!(
        suggestions(&sheet, gross(-4.9), false).pay_after_costs,
        Some(true)
    );
    sheet.set_rating(Factor::CostOfLiving, Rating::Poor);
    assert_eq!(
        suggestions(&sheet, gross(10.0), false).pay_after_costs,
        Some(false)
    );
    let s = suggestions(&sheet, None, false);
    assert_eq!(s.pay_basis, Some(PayBasis::CostOfLivingRating));
    sheet.set_rating(Factor::PartnerWork, Rating::Poor);
    assert_eq!(suggestions(&sheet, None, false).compromise, Some(true));
    for f in [
        Factor::FamilySupport,
        Factor::Schooling,
        Factor::PartnerWork,
        Factor::Visa,
    ] {
        sheet.set_rating(f, Rating::Acceptable);
    }
    assert_eq!(suggestions(&sheet, None, false).compromise, Some(false));
}

#[test]
fn the_pay_suggestion_uses_the_pay_after_tax_when_both_rates_are_given() {
    let mut sheet = MobilitySheet {
        moving_abroad: true,
        current_country: "PL".into(),
        destination_country: "DE".into(),
        ..MobilitySheet::default()
    };
    sheet.current_pay.amount = "100000".into();
    sheet.current_pay.factor_override = "2.0".into();
    sheet.offered_pay.amount = "60000".into();
    sheet.offered_pay.factor_override = "1.0".into();
    // Before tax: 60,000 × 2 = 120,000 at home prices, +20 %.
    let table = crate::data::ppp_table();
    let s = checklist_suggestions(&sheet, table, today(), None);
    assert_eq!(s.pay_basis, Some(PayBasis::Gross));
    assert_eq!(s.pay_after_costs, Some(true));
    // After tax (12 % at home, 45 % there): 88,000 against 66,000, −25 %.
    sheet.current_pay.tax_percent = "12".into();
    sheet.offered_pay.tax_percent = "45".into();
    let s = checklist_suggestions(&sheet, table, today(), None);
    assert_eq!(s.pay_basis, Some(PayBasis::Net));
    assert_eq!(s.pay_after_costs, Some(false));
    // The total compensation, where it can be compared, wins over the base pay (a
    // bonus and equity may make up for it), and says so.
    let s = checklist_suggestions(&sheet, table, today(), Some((3.0, true)));
    assert_eq!(s.pay_basis, Some(PayBasis::TotalNet));
    assert_eq!(s.pay_after_costs, Some(true));
    // For a domestic offer too, where the sheet itself suggests nothing.
    sheet.moving_abroad = false;
    assert_eq!(
        checklist_suggestions(&sheet, table, today(), None),
        Suggestions::default()
    );
    let s = checklist_suggestions(&sheet, table, today(), Some((-12.0, false)));
    assert_eq!(s.pay_basis, Some(PayBasis::TotalGross));
    assert_eq!(s.pay_after_costs, Some(false));
    sheet.moving_abroad = true;
    // A zero amount is said to be one, never compared.
    sheet.offered_pay.amount = "0".into();
    assert_eq!(
        sheet.pay_comparison(table, 2026).err(),
        Some(ppp::NoComparison::NotPositive)
    );
    sheet.offered_pay.amount = "-5".into();
    assert_eq!(
        sheet.pay_comparison(table, 2026).err(),
        Some(ppp::NoComparison::NotPositive)
    );
}

#[test]
fn partner_and_schooling_can_not_apply() {
    let mut sheet = MobilitySheet::default();
    for f in Factor::ALL {
        sheet.set_rating(f, Rating::Good);
    }
    sheet.set_rating(Factor::PartnerWork, Rating::NotApplicable);
    sheet.set_rating(Factor::Schooling, Rating::NotApplicable);
    let s = summarize(&sheet, today());
    assert!(s.traps.is_empty(), "{:?}", s.traps);
    assert!(!s.unknowns.contains(&Factor::PartnerWork));
    // Left out of the score: everything else is good.
    assert_eq!(s.score, Some(1.0));
    // And of the compromise suggestion.
    assert_eq!(suggestions(&sheet, None, false).compromise, Some(false));
    // Only those two factors offer it.
    for f in Factor::ALL {
        assert_eq!(
            f.ratings().contains(&Rating::NotApplicable),
            matches!(f, Factor::PartnerWork | Factor::Schooling),
            "{f:?}"
        );
    }
}

#[test]
fn a_late_visa_is_a_start_date_to_negotiate_not_a_compromise() {
    let mut sheet = MobilitySheet {
        moving_abroad: true,
        visa_processing_weeks: "12".into(),
        start_date: "2026-12-01".into(),
        ..MobilitySheet::default()
    };
    for f in [
        Factor::FamilySupport,
        Factor::Schooling,
        Factor::PartnerWork,
    ] {
        sheet.set_rating(f, Rating::Good);
    }
    // The user marked the visa poor because it comes late.
    sheet.set_rating(Factor::Visa, Rating::Poor);
    let s = checklist_suggestions(&sheet, crate::data::ppp_table(), today(), None);
    assert_eq!(s.compromise, Some(false));
    assert!(summarize(&sheet, today()).traps.contains(&Trap::VisaLate));
    // In time, a poor visa is still a compromise.
    sheet.visa_processing_weeks = "0".into();
    let s = checklist_suggestions(&sheet, crate::data::ppp_table(), today(), None);
    assert_eq!(s.compromise, Some(true));
}

#[test]
fn fresh_sheet_is_all_unknown_with_every_trap() {
    let s = summarize(&MobilitySheet::default(), today());
    assert_eq!(s.unknowns, Factor::ALL.to_vec());
    assert!(s.strengths.is_empty() && s.risks.is_empty());
    assert_eq!(
        s.traps,
        vec![
            Trap::PartnerWorkIgnored,
            Trap::SchoolingIgnored,
            Trap::TaxForgotten
        ]
    );
}

#[test]
fn ratings_sort_into_strengths_and_risks() {
    let mut sheet = MobilitySheet::default();
    for f in Factor::ALL {
        sheet.set_rating(f, Rating::Acceptable);
    }
    sheet.set_rating(Factor::Visa, Rating::Good);
    sheet.set_rating(Factor::CostOfLiving, Rating::Poor);
    let s = summarize(&sheet, today());
    assert_eq!(s.strengths, vec![Factor::Visa]);
    assert_eq!(s.risks, vec![Factor::CostOfLiving]);
    assert!(s.unknowns.is_empty());
    assert!(s.traps.is_empty());
}

#[test]
fn poor_partner_work_is_a_trap_but_known_poor_tax_is_not() {
    let mut sheet = MobilitySheet::default();
    for f in Factor::ALL {
        sheet.set_rating(f, Rating::Good);
    }
    sheet.set_rating(Factor::PartnerWork, Rating::Poor);
    sheet.set_rating(Factor::Tax, Rating::Poor);
    assert_eq!(
        summarize(&sheet, today()).traps,
        vec![Trap::PartnerWorkIgnored]
    );
}

#[test]
fn country_search_ranks_names_that_start_with_the_text_first() {
    let countries: Vec<(String, String)> = [
        ("PF", "French Polynesia"),
        ("DE", "Germany"),
        ("PL", "Poland"),
        ("PG", "Papua New Guinea"),
        ("GN", "Guinea"),
    ]
    .iter()
    .map(|(c, n)| ((*c).to_owned(), (*n).to_owned()))
    .collect();
    let codes = |q: &str| -> Vec<&str> {
        search_countries(&countries, q)
            .iter()
            .map(|(c, _)| c.as_str())
            .collect()
    };
    assert_eq!(codes("Pol"), vec!["PL", "PF"]);
    assert_eq!(codes("guinea"), vec!["GN", "PG"]);
    assert_eq!(codes("de"), vec!["DE"]);
    assert_eq!(codes("xyz"), Vec::<&str>::new());
    assert_eq!(codes(" ").len(), 5);
}

#[test]
fn both_tax_rates_make_the_tax_known() {
    let mut sheet = MobilitySheet::default();
    assert!(
        summarize(&sheet, today())
            .traps
            .contains(&Trap::TaxForgotten)
    );
    sheet.current_pay.tax_percent = "12".into();
    assert!(
        summarize(&sheet, today())
            .traps
            .contains(&Trap::TaxForgotten)
    );
    sheet.offered_pay.tax_percent = "42".into();
    let s = summarize(&sheet, today());
    assert!(!s.traps.contains(&Trap::TaxForgotten));
    assert!(!s.unknowns.contains(&Factor::Tax));
}

#[test]
fn with_free_movement_the_visa_is_not_weighed() {
    let mut sheet = MobilitySheet {
        moving_abroad: true,
        visa_processing_weeks: "20".into(),
        start_date: "2026-12-01".into(),
        visa_free: true,
        ..MobilitySheet::default()
    };
    sheet.set_rating(Factor::Visa, Rating::Poor);
    for f in [
        Factor::FamilySupport,
        Factor::Schooling,
        Factor::PartnerWork,
    ] {
        sheet.set_rating(f, Rating::Good);
    }
    let s = summarize(&sheet, today());
    assert!(!s.traps.contains(&Trap::VisaLate));
    assert!(!s.risks.contains(&Factor::Visa));
    assert_eq!(
        checklist_suggestions(&sheet, crate::data::ppp_table(), today(), None).compromise,
        Some(false)
    );
    // The partner's right to work is still asked: their citizenship may differ.
    sheet.set_rating(Factor::PartnerWork, Rating::Unknown);
    assert!(
        summarize(&sheet, today())
            .traps
            .contains(&Trap::PartnerWorkIgnored)
    );
}
