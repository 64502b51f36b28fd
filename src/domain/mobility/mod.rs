//! The mobility factor sheet for an offer that means moving country: each factor rated,
//! summed up into strengths, risks and unknowns, and the traps of docs/product.md §2
//! flagged.
//!
//! Rules:
//! - The partner's work and schooling can "not apply" (moving alone, no children): such
//!   a factor raises no trap and is left out of the score and the suggestions.
//! - A visa that would arrive after the start date is a start date to negotiate (ask for
//!   a later start), not a compromise: its timing never suggests "yes" to the
//!   compromise question.
//! - The pay suggestion comes from the purchasing-power comparison after tax when both
//!   tax rates are given, else before tax, and says which ([`PayBasis`]); without a
//!   comparison, from the cost-of-living rating.

use serde::{Deserialize, Serialize};

use crate::domain::ppp;

/// What a move abroad has to weigh.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Factor {
    Visa,
    RelocationAllowance,
    FamilySupport,
    Schooling,
    PartnerWork,
    CostOfLiving,
    HealthCare,
    LanguageFit,
    Tax,
}

impl Factor {
    pub const ALL: [Factor; 9] = [
        Factor::Visa,
        Factor::RelocationAllowance,
        Factor::FamilySupport,
        Factor::Schooling,
        Factor::PartnerWork,
        Factor::CostOfLiving,
        Factor::HealthCare,
        Factor::LanguageFit,
        Factor::Tax,
    ];

    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the factor may not apply to the user at all: the partner's work (moving
    /// alone) and schooling (no children).
    #[must_use]
    pub fn can_not_apply(self) -> bool {
        matches!(self, Factor::PartnerWork | Factor::Schooling)
    }

    /// The ratings the user can choose for this factor.
    #[must_use]
    pub fn ratings(self) -> &'static [Rating] {
        if self.can_not_apply() {
            &[
                Rating::Good,
                Rating::Acceptable,
                Rating::Poor,
                Rating::Unknown,
                Rating::NotApplicable,
            ]
        } else {
            &Rating::ALL
        }
    }

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Factor::Visa => "mobility-factor-visa",
            Factor::RelocationAllowance => "mobility-factor-relocation",
            Factor::FamilySupport => "mobility-factor-family",
            Factor::Schooling => "mobility-factor-schooling",
            Factor::PartnerWork => "mobility-factor-partner-work",
            Factor::CostOfLiving => "mobility-factor-cost-of-living",
            Factor::HealthCare => "mobility-factor-health-care",
            Factor::LanguageFit => "mobility-factor-language",
            Factor::Tax => "mobility-factor-tax",
        }
    }
}

/// How a factor looks for this offer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rating {
    Good,
    Acceptable,
    Poor,
    #[default]
    Unknown,
    /// Only for [`Factor::can_not_apply`] factors.
    NotApplicable,
}

impl Rating {
    pub const ALL: [Rating; 4] = [
        Rating::Good,
        Rating::Acceptable,
        Rating::Poor,
        Rating::Unknown,
    ];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Rating::Good => "rating-good",
            Rating::Acceptable => "rating-acceptable",
            Rating::Poor => "rating-poor",
            Rating::Unknown => "rating-unknown",
            Rating::NotApplicable => "rating-not-applicable",
        }
    }
}

fn default_weight() -> u8 {
    3
}

/// One factor's rating, how much it matters (1–5) and the user's note on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FactorEntry {
    pub rating: Rating,
    #[serde(default = "default_weight")]
    pub weight: u8,
    pub note: String,
}

impl Default for FactorEntry {
    fn default() -> Self {
        Self {
            rating: Rating::Unknown,
            weight: default_weight(),
            note: String::new(),
        }
    }
}

/// Pay at one end, as typed: amount, currency, an optional PPP factor typed by hand,
/// and an optional effective tax rate in percent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PayInput {
    pub amount: String,
    /// ISO 4217; empty uses the country's currency.
    pub currency: String,
    pub factor_override: String,
    pub tax_percent: String,
}

/// A yes/no question the user may leave open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum YesNo {
    #[default]
    Open,
    Yes,
    No,
}

impl YesNo {
    pub const CHOICES: [YesNo; 2] = [YesNo::Yes, YesNo::No];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            YesNo::Open => "answer-unanswered",
            YesNo::Yes => "answer-yes",
            YesNo::No => "answer-no",
        }
    }
}

/// The sheet of one opportunity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MobilitySheet {
    /// Whether the offer means moving to another country at all.
    pub moving_abroad: bool,
    pub factors: [FactorEntry; 9],
    /// ISO 3166 alpha-2 codes.
    pub current_country: String,
    pub destination_country: String,
    pub current_pay: PayInput,
    pub offered_pay: PayInput,
    /// Expected visa or work-permit processing, in weeks.
    pub visa_processing_weeks: String,
    /// The planned start date (ISO `YYYY-MM-DD`).
    pub start_date: String,
    /// Is the place itself (its prestige) a big part of why the role appeals?
    pub prestige_pull: YesNo,
    /// A citizenship of the user's (profile) gives free movement to the destination, so
    /// no visa is needed: kept here, from the profile and the destination, by the app
    /// ([`free_movement::free_movement`]), so the sheet's rules need only the sheet.
    pub visa_free: bool,
    /// The 12–24 month view: does it move me toward a place or visa I want?
    pub toward_place: YesNo,
    /// …and does it build skills that make a later move easier?
    pub builds_skills: YesNo,
}

impl PayInput {
    /// The currency of this pay: the one typed, else the currency of `country`.
    #[must_use]
    pub fn currency_in(&self, table: &ppp::Table, country: &str) -> String {
        let typed = self.currency.trim();
        if typed.is_empty() {
            table
                .country(country)
                .map(|c| c.currency.clone())
                .unwrap_or_default()
        } else {
            typed.to_uppercase()
        }
    }
}

impl MobilitySheet {
    /// The purchasing-power comparison of the offered pay with the current pay, if the
    /// sheet has what it needs.
    pub fn pay_comparison(
        &self,
        table: &ppp::Table,
        this_year: i16,
    ) -> Result<ppp::Comparison, ppp::NoComparison> {
        let current_currency = self.current_pay.currency_in(table, &self.current_country);
        let offered_currency = self
            .offered_pay
            .currency_in(table, &self.destination_country);
        // A minus sign is kept, so that a negative pay is refused as such.
        let amount = |text: &str| match text.trim().strip_prefix(['-', '\u{2212}']) {
            Some(rest) => ppp::parse_amount(rest).map(|a| -a),
            None => ppp::parse_amount(text),
        };
        let input = |country, currency, pay: &PayInput| ppp::Input {
            country,
            currency,
            amount: amount(&pay.amount),
            factor_override: ppp::parse_amount(&pay.factor_override),
            tax_percent: ppp::parse_amount(&pay.tax_percent).filter(|t| (0.0..100.0).contains(t)),
        };
        ppp::compare(
            table,
            &input(&self.current_country, &current_currency, &self.current_pay),
            &input(
                &self.destination_country,
                &offered_currency,
                &self.offered_pay,
            ),
            this_year,
        )
    }

    #[must_use]
    pub fn rating(&self, factor: Factor) -> Rating {
        self.factors[factor.index()].rating
    }

    pub fn set_rating(&mut self, factor: Factor, rating: Rating) {
        self.factors[factor.index()].rating = rating;
    }
}

/// A known way to get a move abroad wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trap {
    /// The prestige of the place weighs more than the substance of the role.
    PrestigeOverSubstance,
    /// The visa would arrive after the start date.
    VisaLate,
    /// The partner's right to work is poor or not known.
    PartnerWorkIgnored,
    /// Schooling is poor or not known.
    SchoolingIgnored,
    /// Tax on the pay is not known.
    TaxForgotten,
}

impl Trap {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Trap::PrestigeOverSubstance => "mobility-trap-prestige",
            Trap::VisaLate => "mobility-trap-visa-late",
            Trap::PartnerWorkIgnored => "mobility-trap-partner-work",
            Trap::SchoolingIgnored => "mobility-trap-schooling",
            Trap::TaxForgotten => "mobility-trap-tax",
        }
    }
}

/// The sheet summed up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub strengths: Vec<Factor>,
    pub risks: Vec<Factor>,
    pub unknowns: Vec<Factor>,
    pub traps: Vec<Trap>,
    /// See [`weighted_score`].
    pub score: Option<f32>,
}

/// The visa check: processing time against the time left until the start date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VisaTiming {
    /// Arrives with this many weeks to spare.
    InTime { spare_weeks: i64 },
    /// Would arrive this many weeks after the start date.
    Late { weeks: i64 },
}

/// Compare the processing weeks with the weeks until the start date (whole days / 7,
/// rounded down). Processing that takes exactly the time left counts as in time, with
/// nothing to spare. The weeks are a small whole number (0 to 65,535): anything else
/// typed there gives no comparison rather than an overflow.
#[must_use]
pub fn visa_timing(sheet: &MobilitySheet, today: jiff::civil::Date) -> Option<VisaTiming> {
    let weeks = ppp::ascii_digits(&sheet.visa_processing_weeks);
    let processing = i64::from(weeks.trim().parse::<u16>().ok()?);
    let start: jiff::civil::Date = sheet.start_date.trim().parse().ok()?;
    let days = (start - today).get_days();
    let weeks_left = i64::from(days).div_euclid(7);
    Some(if processing > weeks_left {
        VisaTiming::Late {
            weeks: processing - weeks_left,
        }
    } else {
        VisaTiming::InTime {
            spare_weeks: weeks_left - processing,
        }
    })
}

/// Sort the factors into strengths (good), risks (poor) and unknowns, and flag traps.
/// Within each group the factors that matter most come first.
#[must_use]
pub fn summarize(sheet: &MobilitySheet, today: jiff::civil::Date) -> Summary {
    let mut summary = Summary::default();
    if sheet.prestige_pull == YesNo::Yes {
        summary.traps.push(Trap::PrestigeOverSubstance);
    }
    if !sheet.visa_free && matches!(visa_timing(sheet, today), Some(VisaTiming::Late { .. })) {
        summary.traps.push(Trap::VisaLate);
    }
    // Both tax rates given: the tax is known (the comparison counts it), whatever the
    // rating says.
    let tax_known = [&sheet.current_pay, &sheet.offered_pay]
        .iter()
        .all(|p| ppp::parse_amount(&p.tax_percent).is_some());
    for factor in Factor::ALL {
        let rating = sheet.rating(factor);
        if factor == Factor::Tax && tax_known && rating == Rating::Unknown {
            continue;
        }
        // No visa needed: nothing to weigh.
        if factor == Factor::Visa && sheet.visa_free {
            continue;
        }
        match rating {
            Rating::Good => summary.strengths.push(factor),
            Rating::Acceptable | Rating::NotApplicable => {}
            Rating::Poor => summary.risks.push(factor),
            Rating::Unknown => summary.unknowns.push(factor),
        }
    }
    let weak = |f| matches!(sheet.rating(f), Rating::Poor | Rating::Unknown);
    if weak(Factor::PartnerWork) {
        summary.traps.push(Trap::PartnerWorkIgnored);
    }
    if weak(Factor::Schooling) {
        summary.traps.push(Trap::SchoolingIgnored);
    }
    if sheet.rating(Factor::Tax) == Rating::Unknown && !tax_known {
        summary.traps.push(Trap::TaxForgotten);
    }
    let weight = |f: &Factor| std::cmp::Reverse(sheet.factors[f.index()].weight);
    summary.strengths.sort_by_key(weight);
    summary.risks.sort_by_key(weight);
    summary.unknowns.sort_by_key(weight);
    summary.score = weighted_score(sheet);
    summary
}

/// The weighted share of what is known that looks good: good counts 1, acceptable ½,
/// poor 0; unknowns are left out. `None` while nothing is rated.
#[must_use]
pub fn weighted_score(sheet: &MobilitySheet) -> Option<f32> {
    let (mut sum, mut total) = (0.0_f32, 0.0_f32);
    for factor in Factor::ALL {
        if factor == Factor::Visa && sheet.visa_free {
            continue;
        }
        let entry = &sheet.factors[factor.index()];
        let w = f32::from(entry.weight.clamp(1, 5));
        let value = match entry.rating {
            Rating::Good => 1.0,
            Rating::Acceptable => 0.5,
            Rating::Poor => 0.0,
            Rating::Unknown | Rating::NotApplicable => continue,
        };
        sum += w * value;
        total += w;
    }
    (total > 0.0).then(|| sum / total)
}

/// What the pay suggestion was made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayBasis {
    /// The total compensation against the current job's, at home prices, after tax
    /// (the comparison of offers).
    TotalNet,
    /// The same before tax (a tax rate is missing).
    TotalGross,
    /// The purchasing-power comparison after the tax rates given.
    Net,
    /// The purchasing-power comparison before tax (a tax rate is missing).
    Gross,
    /// The cost-of-living rating alone.
    CostOfLivingRating,
}

/// What the sheet suggests for two checklist questions, for the user to take or leave.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Suggestions {
    /// "Are pay and benefits acceptable once cost of living is counted?"
    pub pay_after_costs: Option<bool>,
    /// What the pay suggestion comes from.
    pub pay_basis: Option<PayBasis>,
    /// "Would accepting force a compromise you are not ready to make?"
    pub compromise: Option<bool>,
}

/// A change in purchasing power below this many percent counts as a pay cut.
pub const PAY_CUT_PERCENT: f64 = -5.0;

/// Whether a change in purchasing power (percent) counts as a pay cut.
#[must_use]
pub fn is_pay_cut(change_percent: f64) -> bool {
    change_percent < PAY_CUT_PERCENT
}

/// The checklist's suggestions from this sheet and, where it can be made, the
/// comparison of total compensation with the current job (`total_change`: percent at
/// home prices, and whether after tax). The total wins over the sheet's base pay, for a
/// domestic offer too; otherwise nothing is suggested unless the offer means moving,
/// the pay suggestion then from the purchasing-power comparison where it can be made.
#[must_use]
pub fn checklist_suggestions(
    sheet: &MobilitySheet,
    table: &ppp::Table,
    today: jiff::civil::Date,
    total_change: Option<(f64, bool)>,
) -> Suggestions {
    let total = total_change.map(|(change, net)| {
        let basis = if net {
            PayBasis::TotalNet
        } else {
            PayBasis::TotalGross
        };
        (change, basis)
    });
    if !sheet.moving_abroad {
        return Suggestions {
            pay_after_costs: total.map(|(change, _)| !is_pay_cut(change)),
            pay_basis: total.map(|(_, basis)| basis),
            compromise: None,
        };
    }
    let change = total.or_else(|| {
        sheet.pay_comparison(table, today.year()).ok().map(|c| {
            c.net
                .map_or((c.change_percent, PayBasis::Gross), |(_, net_change)| {
                    (net_change, PayBasis::Net)
                })
        })
    });
    let late =
        !sheet.visa_free && matches!(visa_timing(sheet, today), Some(VisaTiming::Late { .. }));
    suggestions(sheet, change, late)
}

/// The 12–24 month view is a warning when the move leads neither toward a place the
/// user wants to live nor to skills they want.
#[must_use]
pub fn horizon_is_a_warning(sheet: &MobilitySheet) -> bool {
    sheet.toward_place == YesNo::No && sheet.builds_skills == YesNo::No
}

/// Derive the suggestions: pay from the purchasing-power change (`change`: percent and
/// its basis) or the cost-of-living rating; compromise from the family, schooling,
/// partner and visa factors — the visa left out when `visa_late`, since its problem is
/// the start date, which can be negotiated.
#[must_use]
pub fn suggestions(
    sheet: &MobilitySheet,
    change: Option<(f64, PayBasis)>,
    visa_late: bool,
) -> Suggestions {
    let rating = |f| sheet.rating(f);
    let (pay_after_costs, pay_basis) = match change {
        Some((change, basis)) => (
            Some(!is_pay_cut(change) && rating(Factor::CostOfLiving) != Rating::Poor),
            Some(basis),
        ),
        None => match rating(Factor::CostOfLiving) {
            Rating::Poor => (Some(false), Some(PayBasis::CostOfLivingRating)),
            Rating::Good => (Some(true), Some(PayBasis::CostOfLivingRating)),
            _ => (None, None),
        },
    };
    let household: Vec<Factor> = [
        Factor::FamilySupport,
        Factor::Schooling,
        Factor::PartnerWork,
        Factor::Visa,
    ]
    .into_iter()
    .filter(|f| {
        let no_visa_question = *f == Factor::Visa && (visa_late || sheet.visa_free);
        !no_visa_question && rating(*f) != Rating::NotApplicable
    })
    .collect();
    let compromise = if household.iter().any(|f| rating(*f) == Rating::Poor) {
        Some(true)
    } else if household
        .iter()
        .all(|f| matches!(rating(*f), Rating::Good | Rating::Acceptable))
    {
        Some(false)
    } else {
        None
    };
    Suggestions {
        pay_after_costs,
        pay_basis,
        compromise,
    }
}

/// The countries that match what was typed in a country search, best first: the code
/// typed exactly ("DE"), then names that start with the text ("Pol" → Poland), then
/// names with a word that starts with it ("Guinea" → Papua New Guinea), then names
/// that merely contain it; each group keeps the list's order. `countries` are
/// (code, name) pairs; an empty query keeps them all.
#[must_use]
pub fn search_countries<'a>(
    countries: &'a [(String, String)],
    query: &str,
) -> Vec<&'a (String, String)> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return countries.iter().collect();
    }
    let rank = |(code, name): &(String, String)| {
        let name = name.to_lowercase();
        if code.to_lowercase() == needle {
            Some(0)
        } else if name.starts_with(&needle) {
            Some(1)
        } else if name
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.starts_with(&needle))
        {
            Some(2)
        } else if name.contains(&needle) {
            Some(3)
        } else {
            None
        }
    };
    let mut found: Vec<(u8, &(String, String))> = countries
        .iter()
        .filter_map(|c| rank(c).map(|r| (r, c)))
        .collect();
    found.sort_by_key(|(r, _)| *r);
    found.into_iter().map(|(_, c)| c).collect()
}

pub mod free_movement;

#[cfg(test)]
mod tests;
