//! Total compensation: what one job pays in a year, part by part, and two to four jobs
//! (offers, and the current job as a reference) compared at the prices of the user's
//! home country.
//!
//! Rules:
//! - Every part is optional but the base pay: without it there is no total, since a
//!   total made of a bonus or a grant alone would mislead. A part left empty counts
//!   nothing and is listed as not given; a part that is not a number is an error that
//!   names the field. Nothing is ever made up.
//! - The annual figure is the average over the comparison horizon (1–10 years; 4 by
//!   default, the usual vesting period), so that one-off money and equity count for what
//!   they are worth per year of staying.
//! - Bonus: the amount when one is typed, else the target percent of the base.
//! - Equity: the grant vests evenly, month by month, over its vesting years; nothing
//!   vests before the cliff, and at the cliff what accrued vests at once. What vests
//!   within the horizon, divided by the horizon's years. A grant in a private company
//!   counts at the value given, and the risk is said in words: it may be worth nothing
//!   until the company is sold or listed.
//! - Sign-on and relocation money: spread over the horizon when the repayment clause
//!   (if any) ends within it. A clause that runs past the horizon means leaving at the
//!   horizon would pay it back: it is not counted, and that is said.
//! - Employer pension: a percent of the base.
//! - Benefits: the yearly amount the user puts on them (health cover, allowances).
//! - Paid leave is shown as days and as what they are worth at the daily rate (base ÷
//!   260 working days), beside the total, not in it: the base already pays for them.
//! - Net: the effective tax rate, where given, applied to the whole annual total.
//! - At home prices: the home country is the current job's, else the first compared
//!   job's. A job in the same country and currency needs no conversion (a domestic
//!   comparison). Otherwise the World Bank PPP factors convert it ([`ppp::compare`], one
//!   series for both sides), a factor typed by the user winning over the data; without
//!   a usable factor the job has no figure at home prices, and says why.

use serde::{Deserialize, Serialize};

use super::ppp;

/// The default comparison horizon, in years.
pub const DEFAULT_HORIZON_YEARS: u8 = 4;
/// The longest comparison horizon, in years.
pub const MAX_HORIZON_YEARS: u8 = 10;
/// Working days in a year, for the daily rate that values paid leave.
pub const WORKING_DAYS: f64 = 260.0;
/// At most this many jobs are compared side by side.
pub const MAX_COMPARED: usize = 4;

/// One job's pay package, as typed. Amounts are yearly and in the package's currency.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Package {
    /// ISO 3166 alpha-2 code of the country the job is in.
    pub country: String,
    /// ISO 4217; empty uses the country's currency.
    pub currency: String,
    pub base: String,
    pub bonus_percent: String,
    pub bonus_amount: String,
    /// The value of the whole grant.
    pub equity_grant: String,
    pub equity_years: String,
    pub equity_cliff_months: String,
    /// The grant is in a company that is not listed.
    pub equity_private: bool,
    pub sign_on: String,
    pub sign_on_repay_months: String,
    pub relocation: String,
    pub relocation_repay_months: String,
    pub pension_percent: String,
    pub benefits: String,
    pub leave_days: String,
    pub notice_weeks: String,
    /// ISO `YYYY-MM-DD`.
    pub earliest_start: String,
    pub tax_percent: String,
    /// A PPP factor typed by the user (local currency per international dollar).
    pub factor_override: String,
}

/// A field of [`Package`] the user types into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Country,
    Currency,
    Base,
    BonusPercent,
    BonusAmount,
    EquityGrant,
    EquityYears,
    EquityCliffMonths,
    SignOn,
    SignOnRepayMonths,
    Relocation,
    RelocationRepayMonths,
    PensionPercent,
    Benefits,
    LeaveDays,
    NoticeWeeks,
    EarliestStart,
    TaxPercent,
    FactorOverride,
}

impl Field {
    /// In the order the editor shows them.
    pub const ALL: [Field; 19] = [
        Field::Country,
        Field::Currency,
        Field::Base,
        Field::BonusPercent,
        Field::BonusAmount,
        Field::EquityGrant,
        Field::EquityYears,
        Field::EquityCliffMonths,
        Field::SignOn,
        Field::SignOnRepayMonths,
        Field::Relocation,
        Field::RelocationRepayMonths,
        Field::PensionPercent,
        Field::Benefits,
        Field::LeaveDays,
        Field::NoticeWeeks,
        Field::EarliestStart,
        Field::TaxPercent,
        Field::FactorOverride,
    ];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Field::Country => "pay-field-country",
            Field::Currency => "pay-field-currency",
            Field::Base => "pay-field-base",
            Field::BonusPercent => "pay-field-bonus-percent",
            Field::BonusAmount => "pay-field-bonus-amount",
            Field::EquityGrant => "pay-field-equity-grant",
            Field::EquityYears => "pay-field-equity-years",
            Field::EquityCliffMonths => "pay-field-equity-cliff",
            Field::SignOn => "pay-field-sign-on",
            Field::SignOnRepayMonths => "pay-field-sign-on-repay",
            Field::Relocation => "pay-field-relocation",
            Field::RelocationRepayMonths => "pay-field-relocation-repay",
            Field::PensionPercent => "pay-field-pension",
            Field::Benefits => "pay-field-benefits",
            Field::LeaveDays => "pay-field-leave",
            Field::NoticeWeeks => "pay-field-notice",
            Field::EarliestStart => "pay-field-start",
            Field::TaxPercent => "pay-field-tax",
            Field::FactorOverride => "pay-field-factor",
        }
    }

    /// The text typed into this field.
    #[must_use]
    pub fn get(self, package: &Package) -> &String {
        match self {
            Field::Country => &package.country,
            Field::Currency => &package.currency,
            Field::Base => &package.base,
            Field::BonusPercent => &package.bonus_percent,
            Field::BonusAmount => &package.bonus_amount,
            Field::EquityGrant => &package.equity_grant,
            Field::EquityYears => &package.equity_years,
            Field::EquityCliffMonths => &package.equity_cliff_months,
            Field::SignOn => &package.sign_on,
            Field::SignOnRepayMonths => &package.sign_on_repay_months,
            Field::Relocation => &package.relocation,
            Field::RelocationRepayMonths => &package.relocation_repay_months,
            Field::PensionPercent => &package.pension_percent,
            Field::Benefits => &package.benefits,
            Field::LeaveDays => &package.leave_days,
            Field::NoticeWeeks => &package.notice_weeks,
            Field::EarliestStart => &package.earliest_start,
            Field::TaxPercent => &package.tax_percent,
            Field::FactorOverride => &package.factor_override,
        }
    }

    /// The same, to edit.
    pub fn get_mut(self, package: &mut Package) -> &mut String {
        match self {
            Field::Country => &mut package.country,
            Field::Currency => &mut package.currency,
            Field::Base => &mut package.base,
            Field::BonusPercent => &mut package.bonus_percent,
            Field::BonusAmount => &mut package.bonus_amount,
            Field::EquityGrant => &mut package.equity_grant,
            Field::EquityYears => &mut package.equity_years,
            Field::EquityCliffMonths => &mut package.equity_cliff_months,
            Field::SignOn => &mut package.sign_on,
            Field::SignOnRepayMonths => &mut package.sign_on_repay_months,
            Field::Relocation => &mut package.relocation,
            Field::RelocationRepayMonths => &mut package.relocation_repay_months,
            Field::PensionPercent => &mut package.pension_percent,
            Field::Benefits => &mut package.benefits,
            Field::LeaveDays => &mut package.leave_days,
            Field::NoticeWeeks => &mut package.notice_weeks,
            Field::EarliestStart => &mut package.earliest_start,
            Field::TaxPercent => &mut package.tax_percent,
            Field::FactorOverride => &mut package.factor_override,
        }
    }

    /// Fields holding a number (the others: country, currency, start date).
    #[must_use]
    pub fn is_number(self) -> bool {
        !matches!(
            self,
            Field::Country | Field::Currency | Field::EarliestStart
        )
    }
}

/// A part of the annual total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Base,
    Bonus,
    Equity,
    SignOn,
    Relocation,
    Pension,
    Benefits,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::Base,
        Part::Bonus,
        Part::Equity,
        Part::SignOn,
        Part::Relocation,
        Part::Pension,
        Part::Benefits,
    ];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Part::Base => "pay-part-base",
            Part::Bonus => "pay-part-bonus",
            Part::Equity => "pay-part-equity",
            Part::SignOn => "pay-part-sign-on",
            Part::Relocation => "pay-part-relocation",
            Part::Pension => "pay-part-pension",
            Part::Benefits => "pay-part-benefits",
        }
    }
}

/// Something the total leaves out or cannot promise, said beside it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Note {
    /// The grant is in a private company: it may be worth nothing until a sale or a
    /// listing.
    EquityPrivate,
    /// The cliff is later than the horizon: nothing vests within it.
    CliffAfterHorizon { cliff_months: f64 },
    /// This one-off money is repayable until this month, past the horizon: not counted.
    RepayableAfterHorizon { part: Part, months: f64 },
    /// Both a bonus amount and a percent were typed: the amount is used.
    BonusAmountUsed,
}

/// Paid leave beside the total.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leave {
    pub days: f64,
    /// The days at the daily rate (base ÷ [`WORKING_DAYS`]).
    pub worth: f64,
}

/// One job's year, part by part, in its own currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Annual {
    /// The parts that count, in [`Part::ALL`] order; a part not given is absent.
    pub parts: Vec<(Part, f64)>,
    pub total: f64,
    /// After the effective tax rate, when one is given.
    pub net: Option<f64>,
    pub leave: Option<Leave>,
    pub notes: Vec<Note>,
}

impl Annual {
    /// The amount of one part (0 when it is not given).
    #[must_use]
    pub fn part(&self, part: Part) -> f64 {
        self.parts
            .iter()
            .find(|(p, _)| *p == part)
            .map_or(0.0, |(_, v)| *v)
    }
}

/// Why a job has no annual total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoTotal {
    /// The base pay is not given (or is zero).
    NoBase,
    /// What was typed in this field is not a number, or is out of range.
    NotANumber(Field),
}

/// The number typed in `field`: `Ok(None)` when it is empty.
fn number(package: &Package, field: Field) -> Result<Option<f64>, NoTotal> {
    let text = field.get(package);
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value = ppp::parse_amount(text).ok_or(NoTotal::NotANumber(field))?;
    let in_range = match field {
        Field::BonusPercent | Field::PensionPercent => value <= 1000.0,
        Field::TaxPercent => value < 100.0,
        Field::EquityYears => (1.0..=20.0).contains(&value),
        Field::EquityCliffMonths | Field::SignOnRepayMonths | Field::RelocationRepayMonths => {
            value <= 600.0
        }
        Field::LeaveDays => value <= 366.0,
        _ => true,
    };
    if in_range {
        Ok(Some(value))
    } else {
        Err(NoTotal::NotANumber(field))
    }
}

/// The part of a grant vested after `months`: even monthly vesting over `years`, none
/// before the cliff, what accrued at once at the cliff.
#[must_use]
pub fn vested_share(months: f64, years: f64, cliff_months: f64) -> f64 {
    if months < cliff_months {
        return 0.0;
    }
    (months / (years * 12.0)).clamp(0.0, 1.0)
}

/// The year of one job, averaged over `horizon_years` (clamped to 1–10).
pub fn annual(package: &Package, horizon_years: u8) -> Result<Annual, NoTotal> {
    let horizon = f64::from(horizon_years.clamp(1, MAX_HORIZON_YEARS));
    let horizon_months = horizon * 12.0;
    let base = number(package, Field::Base)?
        .filter(|b| *b > 0.0)
        .ok_or(NoTotal::NoBase)?;
    let mut parts = vec![(Part::Base, base)];
    let mut notes = Vec::new();

    let bonus_amount = number(package, Field::BonusAmount)?;
    let bonus_percent = number(package, Field::BonusPercent)?;
    if bonus_amount.is_some() && bonus_percent.is_some() {
        notes.push(Note::BonusAmountUsed);
    }
    if let Some(bonus) = bonus_amount.or(bonus_percent.map(|p| base * p / 100.0)) {
        parts.push((Part::Bonus, bonus));
    }

    if let Some(grant) = number(package, Field::EquityGrant)? {
        // A grant without a vesting period vests at once (as a one-off).
        let years = number(package, Field::EquityYears)?.unwrap_or(1.0);
        let cliff = number(package, Field::EquityCliffMonths)?.unwrap_or(0.0);
        if cliff > horizon_months {
            notes.push(Note::CliffAfterHorizon {
                cliff_months: cliff,
            });
        }
        let vested = grant * vested_share(horizon_months, years, cliff);
        parts.push((Part::Equity, vested / horizon));
        if package.equity_private {
            notes.push(Note::EquityPrivate);
        }
    }

    for (part, amount_field, months_field) in [
        (Part::SignOn, Field::SignOn, Field::SignOnRepayMonths),
        (
            Part::Relocation,
            Field::Relocation,
            Field::RelocationRepayMonths,
        ),
    ] {
        let Some(amount) = number(package, amount_field)? else {
            continue;
        };
        let months = number(package, months_field)?.unwrap_or(0.0);
        if months > horizon_months {
            notes.push(Note::RepayableAfterHorizon { part, months });
        } else {
            parts.push((part, amount / horizon));
        }
    }

    if let Some(percent) = number(package, Field::PensionPercent)? {
        parts.push((Part::Pension, base * percent / 100.0));
    }
    if let Some(benefits) = number(package, Field::Benefits)? {
        parts.push((Part::Benefits, benefits));
    }
    // Parts of zero (a bonus of 0 %) are not given in effect.
    parts.retain(|(p, v)| *p == Part::Base || *v > 0.0);

    let total = parts.iter().map(|(_, v)| v).sum::<f64>();
    let net = number(package, Field::TaxPercent)?.map(|t| total * (1.0 - t / 100.0));
    let leave = number(package, Field::LeaveDays)?.map(|days| Leave {
        days,
        worth: base / WORKING_DAYS * days,
    });
    // Checked for the error message, used by the view.
    number(package, Field::NoticeWeeks)?;
    number(package, Field::FactorOverride)?;
    Ok(Annual {
        parts,
        total,
        net,
        leave,
        notes,
    })
}

/// How a job's figures were brought to home prices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Basis {
    /// The same country and currency as home: nothing to convert.
    SameCountry,
    /// Purchasing-power factors: the job's side (series and year, or typed), and
    /// home's.
    Ppp {
        job: ppp::FactorSource,
        home: ppp::FactorSource,
    },
}

/// A job's year at home prices.
#[derive(Clone, Debug, PartialEq)]
pub struct AtHome {
    /// The parts, converted.
    pub parts: Vec<(Part, f64)>,
    pub total: f64,
    pub net: Option<f64>,
    pub basis: Basis,
}

/// Why a job has no figure at home prices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotAtHome {
    /// The job's own total is missing.
    NoTotal(NoTotal),
    /// Its country is not given.
    NoCountry,
    /// No purchasing-power factor for this country: the user can type one.
    NoFactor { country: String },
    /// The amounts are in another currency than the country's data.
    CurrencyMismatch { country: String, expected: String },
}

/// Where the comparison counts "at home".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Home {
    pub country: String,
    pub currency: String,
    pub factor_override: String,
}

impl Home {
    /// Home is where `package` is (the current job, or the first job compared).
    #[must_use]
    pub fn of(package: &Package, table: &ppp::Table) -> Self {
        Self {
            country: package.country.trim().to_uppercase(),
            currency: currency_of(package, table),
            factor_override: package.factor_override.clone(),
        }
    }
}

/// The currency of a package: the one typed, else its country's.
#[must_use]
pub fn currency_of(package: &Package, table: &ppp::Table) -> String {
    let typed = package.currency.trim();
    if typed.is_empty() {
        let country = package.country.trim().to_uppercase();
        table
            .country(&country)
            .map(|c| c.currency.clone())
            .unwrap_or_default()
    } else {
        typed.to_uppercase()
    }
}

/// One job in the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub currency: String,
    pub annual: Result<Annual, NoTotal>,
    pub at_home: Result<AtHome, NotAtHome>,
}

/// Bring `annual` (a job in `package`'s country and currency) to `home` prices.
fn at_home(
    package: &Package,
    annual: &Annual,
    home: &Home,
    table: &ppp::Table,
    this_year: i16,
) -> Result<AtHome, NotAtHome> {
    let country = package.country.trim().to_uppercase();
    if country.is_empty() || home.country.is_empty() {
        return Err(NotAtHome::NoCountry);
    }
    let currency = currency_of(package, table);
    let typed_factor = ppp::parse_amount(&package.factor_override);
    let home_factor = ppp::parse_amount(&home.factor_override);
    if country == home.country
        && currency.eq_ignore_ascii_case(&home.currency)
        && typed_factor == home_factor
    {
        return Ok(AtHome {
            parts: annual.parts.clone(),
            total: annual.total,
            net: annual.net,
            basis: Basis::SameCountry,
        });
    }
    // The conversion does not depend on the amounts: one unit at home, the total here.
    let comparison = ppp::compare(
        table,
        &ppp::Input {
            country: &home.country,
            currency: &home.currency,
            amount: Some(1.0),
            factor_override: home_factor,
            tax_percent: None,
        },
        &ppp::Input {
            country: &country,
            currency: &currency,
            amount: Some(annual.total),
            factor_override: typed_factor,
            tax_percent: None,
        },
        this_year,
    )
    .map_err(|e| match e {
        ppp::NoComparison::NoData { country } => NotAtHome::NoFactor { country },
        ppp::NoComparison::CurrencyMismatch { country, expected } => {
            NotAtHome::CurrencyMismatch { country, expected }
        }
        ppp::NoComparison::Incomplete | ppp::NoComparison::NotPositive => NotAtHome::NoCountry,
    })?;
    let rate = comparison.offered_in_current_prices / annual.total;
    Ok(AtHome {
        parts: annual.parts.iter().map(|(p, v)| (*p, v * rate)).collect(),
        total: comparison.offered_in_current_prices,
        net: annual.net.map(|n| n * rate),
        basis: Basis::Ppp {
            job: comparison.offered.source,
            home: comparison.current.source,
        },
    })
}

/// Compare `packages` at the prices of `home`, each averaged over `horizon_years`.
#[must_use]
pub fn compare(
    packages: &[Package],
    home: &Home,
    table: &ppp::Table,
    this_year: i16,
    horizon_years: u8,
) -> Vec<Column> {
    packages
        .iter()
        .map(|package| {
            let annual = annual(package, horizon_years);
            let at_home = match &annual {
                Ok(a) => at_home(package, a, home, table, this_year),
                Err(e) => Err(NotAtHome::NoTotal(*e)),
            };
            Column {
                currency: currency_of(package, table),
                annual,
                at_home,
            }
        })
        .collect()
}

/// Which way is better in a row of figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

/// The positions of the best figure in a row (several when tied); none unless at least
/// two figures are known, since a lone figure is best of nothing.
#[must_use]
pub fn best(values: &[Option<f64>], better: Better) -> Vec<usize> {
    let known: Vec<(usize, f64)> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.filter(|v| v.is_finite()).map(|v| (i, v)))
        .collect();
    if known.len() < 2 {
        return Vec::new();
    }
    let pick = |a: f64, b: f64| match better {
        Better::Higher => a.max(b),
        Better::Lower => a.min(b),
    };
    let Some(top) = known.iter().map(|(_, v)| *v).reduce(pick) else {
        return Vec::new();
    };
    // Within half a percent counts as a tie: these are estimates.
    let tolerance = top.abs() * 0.005;
    let ties: Vec<usize> = known
        .iter()
        .filter(|(_, v)| (v - top).abs() <= tolerance)
        .map(|(i, _)| *i)
        .collect();
    if ties.len() == known.len() {
        Vec::new()
    } else {
        ties
    }
}

/// The change of `offer` against `current`, in percent, at home prices: after tax when
/// both nets are known (`true`), else before tax (`false`).
#[must_use]
pub fn change_percent(offer: &AtHome, current: &AtHome) -> Option<(f64, bool)> {
    let change = |new: f64, old: f64| (old > 0.0).then(|| (new - old) / old * 100.0);
    match (offer.net, current.net) {
        (Some(new), Some(old)) => change(new, old).map(|c| (c, true)),
        _ => change(offer.total, current.total).map(|c| (c, false)),
    }
}

/// The change of an offer's total against the current job's, at the current job's
/// prices (percent, and whether after tax), for the checklist's pay question; `None`
/// unless both totals can be brought to home prices.
#[must_use]
pub fn total_change(
    offer: &Package,
    current: &Package,
    table: &ppp::Table,
    this_year: i16,
    horizon_years: u8,
) -> Option<(f64, bool)> {
    let home = Home::of(current, table);
    let columns = compare(
        &[current.clone(), offer.clone()],
        &home,
        table,
        this_year,
        horizon_years,
    );
    match (&columns[0].at_home, &columns[1].at_home) {
        (Ok(current), Ok(offer)) => change_percent(offer, current),
        _ => None,
    }
}

/// The package of an opportunity, with what its mobility sheet already holds filled in
/// where the package leaves it empty: the destination and the offered pay (amount,
/// currency, tax, factor) when the offer means moving abroad. The current job's package
/// takes the sheet's current pay and country the same way ([`Package::current_from`]).
#[must_use]
pub fn offer_with_sheet(package: &Package, sheet: &super::mobility::MobilitySheet) -> Package {
    let mut resolved = package.clone();
    if sheet.moving_abroad {
        fill(&mut resolved.country, &sheet.destination_country);
        fill_pay(&mut resolved, &sheet.offered_pay);
    } else {
        fill(&mut resolved.country, &sheet.current_country);
    }
    resolved
}

impl Package {
    /// The current job's package, with the first sheet's current pay and country where
    /// it leaves them empty.
    #[must_use]
    pub fn current_from<'a>(
        &self,
        sheets: impl IntoIterator<Item = &'a super::mobility::MobilitySheet>,
    ) -> Package {
        let mut resolved = self.clone();
        for sheet in sheets {
            // The whole pay from one sheet, never a base from here and a tax from there.
            if resolved.base.trim().is_empty() && !sheet.current_pay.amount.trim().is_empty() {
                fill_pay(&mut resolved, &sheet.current_pay);
            }
            fill(&mut resolved.country, &sheet.current_country);
        }
        resolved
    }

    /// Whether nothing is typed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Package::default()
    }
}

fn fill(field: &mut String, from: &str) {
    if field.trim().is_empty() && !from.trim().is_empty() {
        from.clone_into(field);
    }
}

fn fill_pay(package: &mut Package, pay: &super::mobility::PayInput) {
    if package.base.trim().is_empty() {
        fill(&mut package.base, &pay.amount);
        fill(&mut package.currency, &pay.currency);
    }
    fill(&mut package.tax_percent, &pay.tax_percent);
    fill(&mut package.factor_override, &pay.factor_override);
}

#[cfg(test)]
mod tests;
