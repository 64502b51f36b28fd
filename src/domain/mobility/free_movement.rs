//! Free movement: a citizenship that lets a person live and work in the destination
//! without a visa or a work permit, so the mobility sheet asks no visa questions.
//!
//! What counts, with its source (the agreements themselves):
//! - **The destination's own citizens.**
//! - **The EU, the EEA and Switzerland**: citizens of any of the 27 EU countries, of
//!   Iceland, Liechtenstein and Norway (EEA Agreement, 1992, arts. 28–30) and of
//!   Switzerland (EU–Swiss Agreement on the Free Movement of Persons, 1999) may live and
//!   work in any of them (Directive 2004/38/EC). Not as a destination: Liechtenstein,
//!   which limits residence permits for EEA citizens by quota (EEA Agreement, Protocol
//!   15 and the sectoral adaptations), so the sheet still asks there. The Nordic
//!   common labour market (1982) falls within this area.
//! - **The Common Travel Area** of Ireland and the United Kingdom: each one's citizens
//!   may live and work in the other (UK–Ireland Memorandum of Understanding, 2019).
//! - **The Trans-Tasman Travel Arrangement** (1973): Australian citizens may live and
//!   work in New Zealand and New Zealand citizens in Australia (on a Special Category
//!   visa granted on arrival, with no application or sponsor).
//!
//! Not counted, because they still need an application or a permit: Mercosur's
//! residence agreement, the GCC, ECOWAS, CARICOM's skilled-nationals scheme.

/// Why no visa is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    /// A citizen of the destination itself.
    OwnCountry,
    /// The EU, the EEA and Switzerland.
    EuEea,
    /// Ireland and the United Kingdom.
    CommonTravelArea,
    /// Australia and New Zealand.
    TransTasman,
}

impl Area {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Area::OwnCountry => "visa-free-own",
            Area::EuEea => "visa-free-eu",
            Area::CommonTravelArea => "visa-free-cta",
            Area::TransTasman => "visa-free-tasman",
        }
    }
}

/// The EU's 27 members, the EEA's three others, and Switzerland (ISO 3166 alpha-2).
const EU_EEA_CH: [&str; 31] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH",
];

/// Destinations of the area that still ask EEA citizens for a residence permit.
const EU_EEA_CH_BY_QUOTA: [&str; 1] = ["LI"];

/// The first of `citizenships` that may live and work in `destination` without a visa,
/// and why; `None` when the sheet must ask about the visa.
#[must_use]
pub fn free_movement(citizenships: &[String], destination: &str) -> Option<(String, Area)> {
    let destination = destination.trim().to_uppercase();
    if destination.is_empty() {
        return None;
    }
    let area_of = |citizenship: &str| {
        let pair = |a: &str, b: &str| {
            (citizenship == a && destination == b) || (citizenship == b && destination == a)
        };
        if citizenship == destination {
            Some(Area::OwnCountry)
        } else if EU_EEA_CH.contains(&citizenship)
            && EU_EEA_CH.contains(&destination.as_str())
            && !EU_EEA_CH_BY_QUOTA.contains(&destination.as_str())
        {
            Some(Area::EuEea)
        } else if pair("IE", "GB") {
            Some(Area::CommonTravelArea)
        } else if pair("AU", "NZ") {
            Some(Area::TransTasman)
        } else {
            None
        }
    };
    citizenships.iter().find_map(|c| {
        let c = c.trim().to_uppercase();
        area_of(&c).map(|area| (c, area))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn a_polish_citizen_moves_to_berlin_without_a_visa() {
        assert_eq!(
            free_movement(&of(&["PL"]), "DE"),
            Some(("PL".to_owned(), Area::EuEea))
        );
        // Switzerland and Norway are in the area too.
        assert_eq!(
            free_movement(&of(&["NO"]), "CH").map(|f| f.1),
            Some(Area::EuEea)
        );
    }

    #[test]
    fn a_citizen_from_outside_needs_one() {
        assert_eq!(free_movement(&of(&["IN"]), "DE"), None);
        assert_eq!(free_movement(&of(&["US"]), "GB"), None);
        // Since 2021 the United Kingdom is outside the EU's free movement.
        assert_eq!(free_movement(&of(&["FR"]), "GB"), None);
        // Liechtenstein limits residence by quota even for EEA citizens.
        assert_eq!(free_movement(&of(&["AT"]), "LI"), None);
        // Nothing chosen yet.
        assert_eq!(free_movement(&of(&["PL"]), ""), None);
        assert_eq!(free_movement(&[], "DE"), None);
    }

    #[test]
    fn any_of_several_citizenships_counts_and_other_areas_apply() {
        assert_eq!(
            free_movement(&of(&["IN", "ie"]), "GB"),
            Some(("IE".to_owned(), Area::CommonTravelArea))
        );
        assert_eq!(
            free_movement(&of(&["NZ"]), "AU").map(|f| f.1),
            Some(Area::TransTasman)
        );
        assert_eq!(
            free_movement(&of(&["JP"]), "jp").map(|f| f.1),
            Some(Area::OwnCountry)
        );
    }
}
