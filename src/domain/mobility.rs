//! The mobility factor sheet for an offer that means moving country: each factor rated,
//! summed up into strengths, risks and unknowns, and the traps of the product brief §2
//! flagged.

use serde::{Deserialize, Serialize};

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
        }
    }
}

/// One factor's rating and the user's note on it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FactorEntry {
    pub rating: Rating,
    pub note: String,
}

/// The sheet of one opportunity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MobilitySheet {
    /// Whether the offer means moving to another country at all.
    pub moving_abroad: bool,
    pub factors: [FactorEntry; 9],
}

impl MobilitySheet {
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
            Trap::PartnerWorkIgnored => "mobility-trap-partner-work",
            Trap::SchoolingIgnored => "mobility-trap-schooling",
            Trap::TaxForgotten => "mobility-trap-tax",
        }
    }
}

/// The sheet summed up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub strengths: Vec<Factor>,
    pub risks: Vec<Factor>,
    pub unknowns: Vec<Factor>,
    pub traps: Vec<Trap>,
}

/// Sort the factors into strengths (good), risks (poor) and unknowns, and flag traps.
#[must_use]
pub fn summarize(sheet: &MobilitySheet) -> Summary {
    let mut summary = Summary::default();
    for factor in Factor::ALL {
        match sheet.rating(factor) {
            Rating::Good => summary.strengths.push(factor),
            Rating::Acceptable => {}
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
    if sheet.rating(Factor::Tax) == Rating::Unknown {
        summary.traps.push(Trap::TaxForgotten);
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_sheet_is_all_unknown_with_every_trap() {
        let s = summarize(&MobilitySheet::default());
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
        let s = summarize(&sheet);
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
        assert_eq!(summarize(&sheet).traps, vec![Trap::PartnerWorkIgnored]);
    }
}
