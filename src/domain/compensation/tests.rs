use super::*;
use crate::domain::mobility::{MobilitySheet, PayInput};

fn table() -> ppp::Table {
    ppp::Table::parse(include_str!("../../../assets/ppp.csv")).expect("bundled table")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

fn berlin() -> Package {
    Package {
        country: "DE".into(),
        base: "70,000".into(),
        bonus_percent: "10".into(),
        pension_percent: "5".into(),
        ..Package::default()
    }
}

fn amsterdam() -> Package {
    Package {
        country: "NL".into(),
        base: "75000".into(),
        equity_grant: "16000".into(),
        equity_years: "4".into(),
        equity_cliff_months: "12".into(),
        ..Package::default()
    }
}

/// The example of the issue, computed by hand: Berlin 70,000 + 10 % bonus (7,000) + 5 %
/// pension (3,500) = 80,500 EUR; Amsterdam 75,000 + a 16,000 grant over 4 years with a
/// one-year cliff (4,000 a year over 4 years) = 79,000 EUR. At Berlin's prices, with
/// the World Bank's private-consumption factors for 2023 (DE 0.746175, NL 0.80435):
/// 79,000 ÷ 0.80435 × 0.746175 = 73,286.29 EUR. Amsterdam pays more in name, Berlin
/// buys more.
#[test]
fn berlin_against_amsterdam_by_hand() {
    let table = table();
    let home = Home::of(&berlin(), &table);
    let columns = compare(&[berlin(), amsterdam()], &home, &table, 2026, 4);
    let berlin = columns[0].annual.as_ref().expect("total");
    assert!(close(berlin.total, 80_500.0));
    assert!(close(berlin.part(Part::Bonus), 7_000.0));
    assert!(close(berlin.part(Part::Pension), 3_500.0));
    let amsterdam = columns[1].annual.as_ref().expect("total");
    assert!(close(amsterdam.part(Part::Equity), 4_000.0));
    assert!(close(amsterdam.total, 79_000.0));

    let b = columns[0].at_home.as_ref().expect("home");
    assert_eq!(b.basis, Basis::SameCountry);
    assert!(close(b.total, 80_500.0));
    let a = columns[1].at_home.as_ref().expect("converted");
    assert!(close(a.total, 73_286.29), "{}", a.total);
    let data_2023 = ppp::FactorSource::Data {
        series: ppp::Series::PrivateConsumption,
        year: 2023,
    };
    assert_eq!(
        a.basis,
        Basis::Ppp {
            job: data_2023,
            home: data_2023
        }
    );
    // The parts are converted alike, so the chart's stack adds up to the total.
    let parts: f64 = a.parts.iter().map(|(_, v)| v).sum();
    assert!(close(parts, a.total));
    let totals: Vec<Option<f64>> = columns
        .iter()
        .map(|c| c.at_home.as_ref().ok().map(|h| h.total))
        .collect();
    assert_eq!(best(&totals, Better::Higher), [0]);
}

#[test]
fn vesting_with_a_cliff() {
    // Nothing before the cliff, what accrued at once at the cliff, then monthly.
    assert!(close(vested_share(11.0, 4.0, 12.0), 0.0));
    assert!(close(vested_share(12.0, 4.0, 12.0), 0.25));
    assert!(close(vested_share(18.0, 4.0, 12.0), 0.375));
    assert!(close(vested_share(60.0, 4.0, 12.0), 1.0));
    // A one-year horizon sees the first year's quarter; a cliff after it sees nothing,
    // and says so.
    let mut p = amsterdam();
    let one_year = annual(&p, 1).expect("total");
    assert!(close(one_year.part(Part::Equity), 4_000.0));
    p.equity_cliff_months = "18".into();
    let before_cliff = annual(&p, 1).expect("total");
    assert!(close(before_cliff.part(Part::Equity), 0.0));
    assert!(close(before_cliff.total, 75_000.0));
    assert!(
        before_cliff
            .notes
            .contains(&Note::CliffAfterHorizon { cliff_months: 18.0 })
    );
    // A two-year horizon over a four-year grant: half of it, over two years.
    p.equity_cliff_months = "12".into();
    assert!(close(
        annual(&p, 2).expect("total").part(Part::Equity),
        4_000.0
    ));
    // A six-year horizon: the whole grant, spread over six years.
    assert!(close(
        annual(&p, 6).expect("total").part(Part::Equity),
        16_000.0 / 6.0
    ));
}

#[test]
fn a_repayment_clause_inside_the_horizon_counts_and_one_past_it_does_not() {
    let mut p = berlin();
    p.sign_on = "10000".into();
    p.sign_on_repay_months = "24".into();
    let four = annual(&p, 4).expect("total");
    assert!(close(four.part(Part::SignOn), 2_500.0));
    assert!(four.notes.is_empty());
    let one = annual(&p, 1).expect("total");
    assert!(close(one.part(Part::SignOn), 0.0));
    assert!(one.notes.contains(&Note::RepayableAfterHorizon {
        part: Part::SignOn,
        months: 24.0
    }));
    // Relocation money without a clause: spread over the horizon.
    p.relocation = "6000".into();
    assert!(close(
        annual(&p, 4).expect("total").part(Part::Relocation),
        1_500.0
    ));
}

#[test]
fn leave_days_are_valued_at_the_daily_rate_beside_the_total() {
    let mut p = berlin();
    p.leave_days = "30".into();
    let a = annual(&p, 4).expect("total");
    let leave = a.leave.expect("leave");
    assert!(close(leave.worth, 70_000.0 / 260.0 * 30.0));
    assert!(close(a.total, 80_500.0), "not in the total");
}

#[test]
fn missing_data_is_never_made_up() {
    // No base: no total, however much else is given.
    let mut p = amsterdam();
    p.base.clear();
    assert_eq!(annual(&p, 4), Err(NoTotal::NoBase));
    // A part that is not a number is named.
    let mut p = berlin();
    p.bonus_percent = "ten".into();
    assert_eq!(annual(&p, 4), Err(NoTotal::NotANumber(Field::BonusPercent)));
    p.bonus_percent = "10".into();
    p.tax_percent = "120".into();
    assert_eq!(annual(&p, 4), Err(NoTotal::NotANumber(Field::TaxPercent)));
    // Parts left empty count nothing and are absent.
    let plain = annual(
        &Package {
            base: "50000".into(),
            ..Package::default()
        },
        4,
    )
    .expect("total");
    assert_eq!(plain.parts, [(Part::Base, 50_000.0)]);
    assert_eq!(plain.net, None, "no tax rate, no net");
    // A country without data gives no figure at home prices, and says which.
    let table = table();
    let home = Home::of(&berlin(), &table);
    let nowhere = Package {
        country: "CU".into(),
        currency: "CUP".into(),
        base: "40000".into(),
        ..Package::default()
    };
    let columns = compare(std::slice::from_ref(&nowhere), &home, &table, 2026, 4);
    assert!(columns[0].annual.is_ok());
    assert!(matches!(
        columns[0].at_home,
        Err(NotAtHome::NoFactor { ref country }) if country == "CU"
    ));
    // A factor typed by the user wins. (Home then uses its GDP factor, 0.700862: the
    // series is the one both countries' data have, as in the mobility sheet.)
    let typed = Package {
        factor_override: "0.5".into(),
        ..nowhere
    };
    let columns = compare(&[typed], &home, &table, 2026, 4);
    let converted = columns[0].at_home.as_ref().expect("typed factor");
    assert!(close(converted.total, 40_000.0 / 0.5 * 0.700_862));
    assert_eq!(
        converted.basis,
        Basis::Ppp {
            job: ppp::FactorSource::Override,
            home: ppp::FactorSource::Data {
                series: ppp::Series::Gdp,
                year: 2024
            }
        }
    );
}

#[test]
fn the_bonus_amount_wins_over_the_percent_and_says_so() {
    let mut p = berlin();
    p.bonus_amount = "5000".into();
    let a = annual(&p, 4).expect("total");
    assert!(close(a.part(Part::Bonus), 5_000.0));
    assert!(a.notes.contains(&Note::BonusAmountUsed));
}

#[test]
fn private_equity_counts_at_its_value_and_names_the_risk() {
    let mut p = amsterdam();
    p.equity_private = true;
    let a = annual(&p, 4).expect("total");
    assert!(close(a.part(Part::Equity), 4_000.0));
    assert!(a.notes.contains(&Note::EquityPrivate));
}

#[test]
fn net_applies_the_tax_rate_to_the_whole_total() {
    let mut p = berlin();
    p.tax_percent = "40".into();
    let a = annual(&p, 4).expect("total");
    assert!(close(a.net.expect("net"), 80_500.0 * 0.6));
    let mut q = berlin();
    q.tax_percent = "30".into();
    q.base = "60000".into();
    let home = Home::of(&p, &table());
    let columns = compare(&[p, q], &home, &table(), 2026, 4);
    let (p, q) = (
        columns[0].at_home.as_ref().expect("p"),
        columns[1].at_home.as_ref().expect("q"),
    );
    // 60,000 + 6,000 + 3,000 = 69,000, 70 % of it = 48,300 against 48,300: even.
    let (change, net) = change_percent(q, p).expect("change");
    assert!(net);
    assert!(close(change, 0.0), "{change}");
}

#[test]
fn best_marks_the_top_figure_only_when_it_stands_out() {
    assert_eq!(best(&[Some(1.0), Some(3.0), None], Better::Higher), vec![1]);
    assert_eq!(best(&[Some(1.0), Some(3.0)], Better::Lower), vec![0]);
    assert!(best(&[Some(3.0), None], Better::Higher).is_empty(), "alone");
    assert!(
        best(&[Some(3.0), Some(3.001)], Better::Higher).is_empty(),
        "all tied"
    );
    assert_eq!(
        best(&[Some(3.0), Some(3.0), Some(1.0)], Better::Higher),
        vec![0, 1]
    );
}

#[test]
fn the_sheet_fills_what_the_package_leaves_empty() {
    let sheet = MobilitySheet {
        moving_abroad: true,
        current_country: "PL".into(),
        destination_country: "DE".into(),
        current_pay: PayInput {
            amount: "180000".into(),
            tax_percent: "20".into(),
            ..PayInput::default()
        },
        offered_pay: PayInput {
            amount: "65000".into(),
            tax_percent: "35".into(),
            ..PayInput::default()
        },
        ..MobilitySheet::default()
    };
    let offer = offer_with_sheet(&Package::default(), &sheet);
    assert_eq!(
        (
            offer.country.as_str(),
            offer.base.as_str(),
            offer.tax_percent.as_str()
        ),
        ("DE", "65000", "35")
    );
    // What the package says stays.
    let typed = Package {
        base: "70000".into(),
        ..Package::default()
    };
    assert_eq!(offer_with_sheet(&typed, &sheet).base, "70000");
    let current = Package::default().current_from([&sheet]);
    assert_eq!(
        (
            current.country.as_str(),
            current.base.as_str(),
            current.tax_percent.as_str()
        ),
        ("PL", "180000", "20")
    );
    // A domestic offer is in the country the user lives in.
    let domestic = MobilitySheet {
        moving_abroad: false,
        ..sheet
    };
    assert_eq!(
        offer_with_sheet(&Package::default(), &domestic).country,
        "PL"
    );
}
