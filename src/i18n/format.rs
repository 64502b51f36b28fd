//! Dates and times written the way the reader's locale writes them, with CLDR data
//! (ICU4X). Letters use [`super::Localizer::long_date`]; the interface uses these.

use super::cldr::Cldr;
use icu_calendar::Date as IcuDate;
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{MDE, YMD, YMDE};
use icu_locale_core::Locale;
use icu_time::{DateTime as IcuDateTime, Time as IcuTime};
use unic_langid::LanguageIdentifier;

/// The results of the formatters below, by kind, language and input. Building an
/// ICU4X formatter from the baked data costs tens of microseconds; the interface asks for
/// the same few dates, amounts and country names every frame, and the answer for given
/// inputs never changes. Bounded: emptied when it grows past a few thousand entries.
fn memo<T: Clone + 'static>(
    kind: &'static str,
    language: &LanguageIdentifier,
    input: String,
    make: impl FnOnce() -> T,
) -> T {
    use std::any::Any;
    use std::cell::RefCell;
    use std::collections::HashMap;
    type Cache = HashMap<(&'static str, String, String), Box<dyn Any>>;
    thread_local! {
        static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
    }
    let key = (kind, language.to_string(), input);
    if let Some(hit) =
        CACHE.with_borrow(|c| c.get(&key).and_then(|v| v.downcast_ref::<T>().cloned()))
    {
        return hit;
    }
    let value = make();
    CACHE.with_borrow_mut(|c| {
        if c.len() > 4096 {
            c.clear();
        }
        c.insert(key, Box::new(value.clone()));
    });
    value
}

fn locale(language: &LanguageIdentifier) -> Locale {
    language
        .to_string()
        .parse()
        .unwrap_or(icu_locale_core::locale!("en-US"))
}

fn icu_date(date: jiff::civil::Date) -> Option<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(
        i32::from(date.year()),
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    )
    .ok()
}

fn icu_datetime(dt: jiff::civil::DateTime) -> Option<IcuDateTime<Gregorian>> {
    Some(IcuDateTime {
        date: icu_date(dt.date())?,
        time: IcuTime::try_new(
            u8::try_from(dt.hour()).ok()?,
            u8::try_from(dt.minute()).ok()?,
            0,
            0,
        )
        .ok()?,
    })
}

/// Weekday, month, day and time, e.g. "Thu, Nov 26, 2:00 PM" / "Do., 26.11., 14:00".
#[must_use]
pub fn weekday_date_time(language: &LanguageIdentifier, dt: jiff::civil::DateTime) -> String {
    memo("weekday_date_time", language, dt.to_string(), || {
        let Some(input) = icu_datetime(dt) else {
            return dt.to_string();
        };
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
            &Cldr,
            locale(language).into(),
            MDE::medium().with_time_hm(),
        )
        .map_or_else(|_| dt.to_string(), |f| f.format(&input).to_string())
    })
}

/// A short numeric date, e.g. "11/26/2026" / "26.11.2026" / "2026/11/26".
#[must_use]
pub fn short_date(language: &LanguageIdentifier, date: jiff::civil::Date) -> String {
    memo("short_date", language, date.to_string(), || {
        let Some(input) = icu_date(date) else {
            return date.to_string();
        };
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
            &Cldr,
            locale(language).into(),
            YMD::short(),
        )
        .map_or_else(|_| date.to_string(), |f| f.format(&input).to_string())
    })
}

/// Weekday and date, e.g. "Thursday, November 26, 2026".
#[must_use]
pub fn weekday_date(language: &LanguageIdentifier, date: jiff::civil::Date) -> String {
    memo("weekday_date", language, date.to_string(), || {
        let Some(input) = icu_date(date) else {
            return date.to_string();
        };
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
            &Cldr,
            locale(language).into(),
            YMDE::medium(),
        )
        .map_or_else(|_| date.to_string(), |f| f.format(&input).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use unic_langid::langid;

    #[test]
    fn dates_follow_the_locale() {
        let dt = date(2026, 11, 26).at(14, 5, 0, 0);
        let day = date(2026, 11, 26);
        let out: Vec<String> = [langid!("en-US"), langid!("de-DE"), langid!("ja-JP")]
            .iter()
            .flat_map(|l| {
                [
                    weekday_date_time(l, dt),
                    short_date(l, day),
                    weekday_date(l, day),
                ]
            })
            .collect();
        eprintln!("{out:#?}");
        assert_eq!(out[1], "11/26/26");
        assert_eq!(out[3], "Do., 26. Nov., 14:05");
        assert_eq!(out[4], "26.11.26");
        assert!(
            out[0].starts_with("Thu, Nov 26") && out[0].contains("2:05"),
            "{}",
            out[0]
        );
        assert!(out[2].starts_with("Thu, Nov 26, 2026"), "{}", out[2]);
        assert!(
            out[6].contains("14:05") && out[6].contains('木'),
            "{}",
            out[6]
        );
        assert!(
            out[8].contains("2026") && out[8].contains('木'),
            "{}",
            out[8]
        );
    }
}

/// An amount of money as the locale writes it, with the currency's symbol, e.g.
/// "€60,000.00" / "60.000,00 €" / "￥9,000,000". Falls back to "60000.00 EUR" when
/// the currency or the locale has no data.
#[must_use]
pub fn money(language: &LanguageIdentifier, amount: f64, currency: &str) -> String {
    memo("money", language, format!("{amount:?} {currency}"), || {
        use icu_experimental::dimension::currency::CurrencyType;
        use icu_experimental::dimension::currency::formatter::CurrencyFormatter;

        let fallback = || format!("{amount:.2} {currency}");
        let Ok(code) = CurrencyType::try_from_str(currency) else {
            return fallback();
        };
        let Ok(formatter) = CurrencyFormatter::try_new_symbol_unstable(
            &Cldr,
            locale(language).into(),
            code,
            icu_experimental::dimension::currency::options::CurrencyFormatterOptions::default(),
        ) else {
            return fallback();
        };
        let Ok(value) = format!("{amount:.2}").parse() else {
            return fallback();
        };
        let written = formatter.format_fixed_decimal(&value).to_string();
        // A whole amount (a rounded estimate) without its zero minor units: the
        // formatter always writes the currency's two decimals.
        if amount.fract() == 0.0 {
            let mark = decimal(language, 0.5, 1).chars().nth(1).unwrap_or('.');
            let zeros = format!("{mark}00");
            if let Some(at) = written.rfind(&zeros)
                && !written[at + zeros.len()..].starts_with(|c: char| c.is_ascii_digit())
            {
                return format!("{}{}", &written[..at], &written[at + zeros.len()..]);
            }
        }
        written
    })
}

/// The name of a country or region (ISO 3166 alpha-2) in the locale's language.
#[must_use]
pub fn region_name(language: &LanguageIdentifier, code: &str) -> Option<String> {
    memo("region_name", language, code.to_owned(), || {
        use icu_experimental::displaynames::multi::RegionDisplayNames;
        use icu_locale_core::subtags::Region;

        let region = Region::try_from_str(code).ok()?;
        let options = icu_experimental::displaynames::DisplayNamesOptions::default();
        let names =
            RegionDisplayNames::try_new_unstable(&Cldr, locale(language).into(), options).ok()?;
        names.of(region).map(str::to_owned)
    })
}

/// Countries whose English name takes "the" inside a sentence ("prices in the
/// Netherlands", "a citizen of the United Kingdom"), by ISO 3166 code. Hand-written:
/// CLDR gives the bare name, which is right for a label or a list.
const ENGLISH_WITH_THE: [&str; 28] = [
    "AE", "AX", "BS", "CC", "CF", "CK", "DO", "FK", "FO", "GB", "GM", "IM", "IO", "KM", "KY", "MH",
    "MP", "MV", "NL", "PH", "PS", "SB", "SC", "TC", "UM", "US", "VG", "VI",
];

/// The name of a country as it stands inside a sentence of the interface: the name of
/// [`region_name`], with "the" where English needs it. For a label or a list, use
/// [`region_name`].
#[must_use]
pub fn region_in_text(language: &LanguageIdentifier, code: &str) -> Option<String> {
    let name = region_name(language, code)?;
    if language.language.as_str() == "en" && ENGLISH_WITH_THE.contains(&code) {
        Some(format!("the {name}"))
    } else {
        Some(name)
    }
}

#[cfg(test)]
mod money_tests {
    use super::*;
    use unic_langid::langid;

    #[test]
    fn money_and_country_names_follow_the_locale() {
        let out = [
            money(&langid!("en-US"), 60_000.0, "EUR"),
            money(&langid!("de-DE"), 60_000.0, "EUR"),
            money(&langid!("ja-JP"), 9_000_000.0, "JPY"),
            money(&langid!("de-DE"), 1_234.56, "PLN"),
            region_name(&langid!("de-DE"), "DE").unwrap_or_default(),
            region_name(&langid!("ja-JP"), "NL").unwrap_or_default(),
            region_name(&langid!("en-US"), "TW").unwrap_or_default(),
        ];
        eprintln!("{out:#?}");
        // Whole amounts are written without zero cents.
        assert!(!out[0].contains(".00"), "{}", out[0]);
        assert!(!out[1].contains(",00"), "{}", out[1]);
        assert!(out[3].contains("234,56"), "{}", out[3]);
        assert_eq!(out[4], "Deutschland");
        assert_eq!(out[5], "オランダ");
    }

    #[test]
    fn english_sentences_give_a_country_its_article() {
        let en = langid!("en-US");
        assert_eq!(
            region_in_text(&en, "NL").as_deref(),
            Some("the Netherlands")
        );
        assert_eq!(
            region_in_text(&en, "US").as_deref(),
            Some("the United States")
        );
        assert_eq!(region_in_text(&en, "DE").as_deref(), Some("Germany"));
        assert_eq!(
            region_name(&en, "NL").as_deref(),
            Some("Netherlands"),
            "labels"
        );
        assert_eq!(
            region_in_text(&langid!("de-DE"), "NL").as_deref(),
            Some("Niederlande"),
            "other languages say it in their messages"
        );
    }
}

/// A number with the locale's decimal mark and grouping, rounded to `fraction_digits`.
#[must_use]
pub fn decimal(language: &LanguageIdentifier, value: f64, fraction_digits: usize) -> String {
    memo(
        "decimal",
        language,
        format!("{value:?} {fraction_digits}"),
        || {
            use icu_decimal::DecimalFormatter;

            let text = format!("{value:.fraction_digits$}");
            let Ok(parsed) = text.parse() else {
                return text;
            };
            DecimalFormatter::try_new_unstable(
                &Cldr,
                locale(language).into(),
                icu_decimal::options::DecimalFormatterOptions::default(),
            )
            .map_or(text, |f| f.format(&parsed).to_string())
        },
    )
}

#[cfg(test)]
mod coverage_tests {
    use super::*;
    use crate::i18n::LOCALES;

    /// The baked CLDR data (`src/i18n/icu_data`) is cut to Gracious' locales: every shipped
    /// locale must find its own data, not fall back to English or the root locale. A new
    /// locale needs `tools/icu-data` rerun.
    #[test]
    fn baked_cldr_data_covers_every_shipped_locale() {
        let english: LanguageIdentifier = "en-US".parse().expect("tag");
        let day = jiff::civil::date(2026, 11, 26);
        let english_name = region_name(&english, "DE");
        let english_day = weekday_date(&english, day);
        for locale in LOCALES.iter().filter(|l| !l.pseudo && l.tag != "en-US") {
            let language: LanguageIdentifier = locale.tag.parse().expect("tag");
            let name = region_name(&language, "DE");
            assert!(
                name.is_some() && name != english_name,
                "{}: {name:?}",
                locale.tag
            );
            let written = weekday_date(&language, day);
            assert!(
                written != english_day && written != day.to_string(),
                "{}: {written}",
                locale.tag
            );
            let amount = money(&language, 1234.5, "EUR");
            assert_ne!(amount, "1234.50 EUR", "{}", locale.tag);
            assert_ne!(decimal(&language, 1234.5, 1), "1234.5", "{}", locale.tag);
        }
    }
}
