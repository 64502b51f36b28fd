//! Purchasing-power comparison of two salaries in two countries, with the World Bank's
//! PPP conversion factors (local currency units per international dollar). No exchange
//! rate is needed: an amount in one country's currency is turned into international
//! dollars with that country's factor, then into the other country's currency with its
//! factor — what the offer would buy at home.

/// Which World Bank series a factor comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Series {
    /// PPP for private consumption: what households buy. Best for salaries.
    PrivateConsumption,
    /// PPP for GDP as a whole; used where private consumption is missing.
    Gdp,
}

impl Series {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Series::PrivateConsumption => "ppp-series-private",
            Series::Gdp => "ppp-series-gdp",
        }
    }
}

/// One country's data: its currency and the latest factor of each series.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryData {
    /// ISO 3166 alpha-2.
    pub code: String,
    /// ISO 4217 code of the currency the factors are in.
    pub currency: String,
    pub private: Option<(i16, f64)>,
    pub gdp: Option<(i16, f64)>,
}

/// Countries whose prices moved so fast lately that a factor more than a year old can be
/// far off (high inflation in 2023–2025).
pub const FAST_INFLATION: [&str; 7] = ["AR", "IR", "LB", "LY", "SD", "SY", "TR"];

/// The bundled table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    countries: Vec<CountryData>,
}

impl Table {
    /// Parse `iso2,currency,pc_year,pc,gdp_year,gdp` lines (with a header).
    pub fn parse(csv: &str) -> Result<Self, String> {
        let mut countries = Vec::new();
        for (n, line) in csv.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let cells: Vec<&str> = line.split(',').collect();
            let [code, currency, pc_year, pc, gdp_year, gdp] = cells[..] else {
                return Err(format!("line {}: expected 6 cells", n + 1));
            };
            let pair = |year: &str, value: &str| -> Result<Option<(i16, f64)>, String> {
                if year.is_empty() || value.is_empty() {
                    return Ok(None);
                }
                let year = year.parse().map_err(|e| format!("line {}: {e}", n + 1))?;
                let value: f64 = value.parse().map_err(|e| format!("line {}: {e}", n + 1))?;
                Ok((value > 0.0 && value.is_finite()).then_some((year, value)))
            };
            countries.push(CountryData {
                code: code.to_owned(),
                currency: currency.to_owned(),
                private: pair(pc_year, pc)?,
                gdp: pair(gdp_year, gdp)?,
            });
        }
        Ok(Self { countries })
    }

    #[must_use]
    pub fn country(&self, code: &str) -> Option<&CountryData> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// Every country in the table (with or without data), by code.
    #[must_use]
    pub fn countries(&self) -> &[CountryData] {
        &self.countries
    }
}

/// Where one side's factor comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FactorSource {
    Data {
        series: Series,
        year: i16,
    },
    /// Typed in by the user (e.g. a city far dearer than the national average).
    Override,
}

/// One side of the comparison: an amount in a country, with its factor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Side {
    pub amount: f64,
    pub factor: f64,
    pub source: FactorSource,
    /// Prices there move fast and the factor is older than last year.
    pub unreliable: bool,
}

/// Why no comparison can be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoComparison {
    /// A country or an amount is missing.
    Incomplete,
    /// An amount is zero or less: no change can be computed from it.
    NotPositive,
    /// The World Bank has no usable data for this country; the user can type a factor.
    NoData { country: String },
    /// The amount is in another currency than the country's data.
    CurrencyMismatch { country: String, expected: String },
}

/// The result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    pub current: Side,
    pub offered: Side,
    /// What the offered pay would buy at home, in the current country's currency.
    pub offered_in_current_prices: f64,
    /// Change against the current pay, in percent.
    pub change_percent: f64,
    /// The same after the effective tax rates, when both are given.
    pub net: Option<(f64, f64)>,
}

/// The user's inputs for one side.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input<'a> {
    pub country: &'a str,
    pub currency: &'a str,
    pub amount: Option<f64>,
    /// A factor typed by the user; wins over the data.
    pub factor_override: Option<f64>,
    /// Effective tax rate in percent.
    pub tax_percent: Option<f64>,
}

/// Compare the offered pay with the current pay in purchasing power. `this_year` marks
/// stale factors in fast-inflation countries.
pub fn compare(
    table: &Table,
    current: &Input<'_>,
    offered: &Input<'_>,
    this_year: i16,
) -> Result<Comparison, NoComparison> {
    // A pay of zero (or less) cannot be compared: the change would be infinite.
    let (Some(current_amount), Some(offered_amount)) = (current.amount, offered.amount) else {
        return Err(NoComparison::Incomplete);
    };
    let positive = |a: f64| a > 0.0 && a.is_finite();
    if !positive(current_amount) || !positive(offered_amount) {
        return Err(NoComparison::NotPositive);
    }
    if current.country.is_empty() || offered.country.is_empty() {
        return Err(NoComparison::Incomplete);
    }
    // Private consumption when both countries have it for the same year, else GDP:
    // one series for both sides, never a mix.
    let data = |input: &Input<'_>| table.country(input.country);
    let series = match (data(current), data(offered)) {
        (Some(a), Some(b)) => match (a.private, b.private) {
            (Some((ya, _)), Some((yb, _))) if ya == yb => Series::PrivateConsumption,
            _ => Series::Gdp,
        },
        _ => Series::Gdp,
    };
    let side = |input: &Input<'_>, amount: f64| -> Result<Side, NoComparison> {
        if let Some(factor) = input.factor_override.filter(|f| *f > 0.0 && f.is_finite()) {
            return Ok(Side {
                amount,
                factor,
                source: FactorSource::Override,
                unreliable: false,
            });
        }
        let Some(country) = data(input) else {
            return Err(NoComparison::NoData {
                country: input.country.to_owned(),
            });
        };
        let pick = match series {
            Series::PrivateConsumption => country.private,
            Series::Gdp => country.gdp,
        };
        let Some((year, factor)) = pick.or(country.gdp) else {
            return Err(NoComparison::NoData {
                country: input.country.to_owned(),
            });
        };
        let used_series = if pick.is_some() { series } else { Series::Gdp };
        if !input.currency.eq_ignore_ascii_case(&country.currency) {
            return Err(NoComparison::CurrencyMismatch {
                country: input.country.to_owned(),
                expected: country.currency.clone(),
            });
        }
        Ok(Side {
            amount,
            factor,
            source: FactorSource::Data {
                series: used_series,
                year,
            },
            unreliable: FAST_INFLATION.contains(&input.country) && year < this_year - 1,
        })
    };
    let current_side = side(current, current_amount)?;
    let offered_side = side(offered, offered_amount)?;
    let convert = |amount: f64| amount / offered_side.factor * current_side.factor;
    let offered_in_current_prices = convert(offered_amount);
    let change = |new: f64, old: f64| (new - old) / old * 100.0;
    let net = match (current.tax_percent, offered.tax_percent) {
        (Some(tc), Some(to)) => {
            let net_current = current_amount * (1.0 - tc / 100.0);
            let net_offered = convert(offered_amount * (1.0 - to / 100.0));
            Some((net_offered, change(net_offered, net_current)))
        }
        _ => None,
    };
    Ok(Comparison {
        current: current_side,
        offered: offered_side,
        offered_in_current_prices,
        change_percent: change(offered_in_current_prices, current_amount),
        net,
    })
}

/// An amount rounded to what a purchasing-power estimate supports: three significant
/// figures (240,004.55 → 240,000; 85,123 → 85,100). The factors behind it are national
/// averages, good to a few percent, so more digits would only look precise.
#[must_use]
pub fn round_estimate(amount: f64) -> f64 {
    if amount == 0.0 || !amount.is_finite() {
        return amount;
    }
    let magnitude = amount.abs().log10().floor();
    let unit = 10f64.powf(magnitude - 2.0).max(1.0);
    (amount / unit).round() * unit
}

/// The text with native digits as ASCII ones, so that amounts typed with Devanagari
/// (०–९), Arabic-Indic (٠–٩, ۰–۹) or full-width (０–９) digits are understood; the
/// full-width comma and full stop and the Arabic decimal and thousands separators become
/// their ASCII counterparts too. Hand-written: a dozen fixed code point ranges.
#[must_use]
pub fn ascii_digits(text: &str) -> String {
    const ZEROS: [u32; 4] = [0x0966, 0x0660, 0x06F0, 0xFF10];
    text.chars()
        .map(|c| {
            let code = u32::from(c);
            if let Some(zero) = ZEROS.iter().find(|z| (**z..**z + 10).contains(&code)) {
                return char::from_digit(code - zero, 10).unwrap_or(c);
            }
            match c {
                '\u{FF0C}' | '\u{066C}' => ',',
                '\u{FF0E}' | '\u{066B}' => '.',
                _ => c,
            }
        })
        .collect()
}

/// Read an amount as people type it: "60000", "60,000", "60.000", "60 000", "1.234,56",
/// "1,234.56", "60000.50". A single separator followed by exactly three digits groups
/// thousands; otherwise the last separator is the decimal mark.
#[must_use]
pub fn parse_amount(text: &str) -> Option<f64> {
    let cleaned: String = ascii_digits(text)
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\'' | '_' | '\u{2009}' | '\u{202F}'))
        .collect();
    if cleaned.is_empty()
        || !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let last_sep = cleaned.rfind(['.', ',']);
    let normalized = match last_sep {
        None => cleaned,
        Some(at) => {
            let decimals = cleaned.len() - at - 1;
            let mark = cleaned[at..].chars().next().unwrap_or('.');
            let one_kind = !cleaned.contains(if mark == '.' { ',' } else { '.' });
            let grouping_only = one_kind && decimals == 3;
            if grouping_only {
                cleaned.replace(['.', ','], "")
            } else {
                let (int, frac) = cleaned.split_at(at);
                format!("{}.{}", int.replace(['.', ','], ""), &frac[1..])
            }
        }
    };
    normalized.parse().ok().filter(|v: &f64| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = include_str!("../../assets/ppp.csv");

    fn table() -> Table {
        Table::parse(TABLE).expect("bundled table parses")
    }

    fn input<'a>(country: &'a str, currency: &'a str, amount: f64) -> Input<'a> {
        Input {
            country,
            currency,
            amount: Some(amount),
            ..Input::default()
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.5
    }

    // Expected values computed by hand from assets/ppp.csv (2023 private consumption):
    // DE 0.746175, JP 101.777283, PL 2.106887, NL 0.80435, IN 19.51709171, US 1.

    #[test]
    fn germany_to_japan() {
        // 9,000,000 JPY / 101.777283 × 0.746175 = 65,983.04 EUR vs 60,000 EUR: +9.97 %.
        let c = compare(
            &table(),
            &input("DE", "EUR", 60_000.0),
            &input("JP", "JPY", 9_000_000.0),
            2026,
        )
        .expect("comparison");
        assert!(
            close(c.offered_in_current_prices, 65_983.04),
            "{}",
            c.offered_in_current_prices
        );
        assert!(
            (c.change_percent - 9.972).abs() < 0.01,
            "{}",
            c.change_percent
        );
        assert_eq!(
            c.offered.source,
            FactorSource::Data {
                series: Series::PrivateConsumption,
                year: 2023
            }
        );
    }

    #[test]
    fn warsaw_to_berlin() {
        // 85,000 EUR / 0.746175 × 2.106887 = 240,004.55 PLN vs 180,000 PLN: +33.34 %.
        let c = compare(
            &table(),
            &input("PL", "PLN", 180_000.0),
            &input("DE", "EUR", 85_000.0),
            2026,
        )
        .expect("comparison");
        assert!(
            close(c.offered_in_current_prices, 240_004.55),
            "{}",
            c.offered_in_current_prices
        );
        assert!(
            (c.change_percent - 33.336).abs() < 0.01,
            "{}",
            c.change_percent
        );
    }

    #[test]
    fn bangalore_to_amsterdam() {
        // 70,000 EUR / 0.80435 × 19.51709171 = 1,698,509.88 INR vs 3,000,000 INR: −43.38 %.
        let c = compare(
            &table(),
            &input("IN", "INR", 3_000_000.0),
            &input("NL", "EUR", 70_000.0),
            2026,
        )
        .expect("comparison");
        assert!(
            close(c.offered_in_current_prices, 1_698_509.88),
            "{}",
            c.offered_in_current_prices
        );
        assert!(
            (c.change_percent + 43.383).abs() < 0.01,
            "{}",
            c.change_percent
        );
    }

    #[test]
    fn us_to_germany_and_back_are_consistent() {
        // 70,000 EUR / 0.746175 × 1 = 93,811.77 USD vs 100,000 USD: −6.19 %.
        let c = compare(
            &table(),
            &input("US", "USD", 100_000.0),
            &input("DE", "EUR", 70_000.0),
            2026,
        )
        .expect("comparison");
        assert!(
            close(c.offered_in_current_prices, 93_811.77),
            "{}",
            c.offered_in_current_prices
        );
        let back = compare(
            &table(),
            &input("DE", "EUR", 70_000.0),
            &input("US", "USD", 93_811.773_377_558_89),
            2026,
        )
        .expect("comparison");
        assert!(back.change_percent.abs() < 0.001, "{}", back.change_percent);
    }

    #[test]
    fn same_country_compares_nominally() {
        let c = compare(
            &table(),
            &input("NL", "EUR", 60_000.0),
            &input("NL", "EUR", 66_000.0),
            2026,
        )
        .expect("comparison");
        assert!((c.change_percent - 10.0).abs() < 1e-9);
    }

    #[test]
    fn missing_data_is_said_never_made_up() {
        for code in ["VE", "TW", "ZW", "CU"] {
            let r = compare(
                &table(),
                &input("DE", "EUR", 60_000.0),
                &input(code, "XXX", 1.0),
                2026,
            );
            assert_eq!(
                r,
                Err(NoComparison::NoData {
                    country: code.to_owned()
                }),
                "{code}"
            );
        }
        assert_eq!(
            compare(
                &table(),
                &input("DE", "EUR", 60_000.0),
                &input("", "", 1.0),
                2026
            ),
            Err(NoComparison::Incomplete)
        );
    }

    #[test]
    fn an_override_wins_and_fills_missing_data() {
        let mut taipei = input("TW", "TWD", 2_000_000.0);
        taipei.factor_override = Some(13.0);
        let c =
            compare(&table(), &input("DE", "EUR", 60_000.0), &taipei, 2026).expect("comparison");
        assert_eq!(c.offered.source, FactorSource::Override);
        // 2,000,000 / 13 × 0.700862 (GDP, since Taiwan has no private series) = 107,824.92
        assert!(
            close(c.offered_in_current_prices, 107_824.92),
            "{}",
            c.offered_in_current_prices
        );

        let mut munich = input("DE", "EUR", 80_000.0);
        munich.factor_override = Some(0.85);
        let c =
            compare(&table(), &input("PL", "PLN", 180_000.0), &munich, 2026).expect("comparison");
        assert!((c.offered.factor - 0.85).abs() < f64::EPSILON);
    }

    #[test]
    fn the_currency_must_match_the_data() {
        let r = compare(
            &table(),
            &input("DE", "EUR", 60_000.0),
            &input("JP", "USD", 60_000.0),
            2026,
        );
        assert_eq!(
            r,
            Err(NoComparison::CurrencyMismatch {
                country: "JP".into(),
                expected: "JPY".into()
            })
        );
    }

    #[test]
    fn fast_inflation_and_mixed_years_fall_back_to_gdp_and_warn() {
        // Argentina's private-consumption factor is from 2021: both sides use GDP 2024.
        let c = compare(
            &table(),
            &input("DE", "EUR", 60_000.0),
            &input("AR", "ARS", 30_000_000.0),
            2026,
        )
        .expect("comparison");
        assert_eq!(
            c.offered.source,
            FactorSource::Data {
                series: Series::Gdp,
                year: 2024
            }
        );
        assert!(c.offered.unreliable);
        assert!(!c.current.unreliable);
    }

    #[test]
    fn net_pay_uses_both_tax_rates() {
        let mut current = input("DE", "EUR", 60_000.0);
        current.tax_percent = Some(40.0);
        let mut offered = input("JP", "JPY", 9_000_000.0);
        offered.tax_percent = Some(25.0);
        let c = compare(&table(), &current, &offered, 2026).expect("comparison");
        let (net, change) = c.net.expect("net");
        // 9,000,000 × 0.75 / 101.777283 × 0.746175 = 49,487.28 vs 36,000: +37.46 %.
        assert!(close(net, 49_487.28), "{net}");
        assert!((change - 37.465).abs() < 0.01, "{change}");
    }

    #[test]
    fn amounts_parse_as_people_type_them() {
        let cases = [
            ("60000", 60_000.0),
            ("60,000", 60_000.0),
            ("60.000", 60_000.0),
            ("60 000", 60_000.0),
            ("1.234.567", 1_234_567.0),
            ("1,234.56", 1_234.56),
            ("1.234,56", 1_234.56),
            ("60000.5", 60_000.5),
            ("9\u{202F}000\u{202F}000", 9_000_000.0),
        ];
        for (text, value) in cases {
            assert_eq!(parse_amount(text), Some(value), "{text}");
        }
        // Native digits, as people type them in their own script.
        for (text, value) in [
            ("८५,०००", 85_000.0),
            ("٨٥٠٠٠", 85_000.0),
            ("۸۵۰۰۰", 85_000.0),
            ("８５，０００", 85_000.0),
            ("１２３．５", 123.5),
        ] {
            assert_eq!(parse_amount(text), Some(value), "{text}");
        }
        for bad in ["", "abc", "12a", "-5", "€100"] {
            assert_eq!(parse_amount(bad), None, "{bad}");
        }
    }

    #[test]
    fn estimates_are_rounded_to_three_significant_figures() {
        assert!((round_estimate(240_004.55) - 240_000.0).abs() < 1e-6);
        assert!((round_estimate(85_123.0) - 85_100.0).abs() < 1e-6);
        assert!((round_estimate(1_234_567.0) - 1_230_000.0).abs() < 1e-6);
        assert!((round_estimate(999.4) - 999.0).abs() < 1e-6);
        assert!(
            (round_estimate(42.4) - 42.0).abs() < 1e-6,
            "never below whole units"
        );
        assert!(round_estimate(0.0).abs() < f64::EPSILON);
    }

    #[test]
    fn a_pay_of_zero_is_said_to_be_one_not_infinite() {
        for (now, offer) in [(0.0, 85_000.0), (180_000.0, 0.0)] {
            assert_eq!(
                compare(
                    &table(),
                    &input("PL", "PLN", now),
                    &input("DE", "EUR", offer),
                    2026
                )
                .map(|c| c.change_percent),
                Err(NoComparison::NotPositive)
            );
        }
    }
}
