//! What a calendar needs from the interface locale, with CLDR data (ICU4X): the first
//! day of the week, month and weekday names, the month-and-year title, a day written out
//! in full, and the order of day, month and year in typed dates.
//!
//! Names come from formatting concrete Gregorian dates with ICU4X field sets (`M`, `E`,
//! `YM`, `YMDE`), which use the standalone forms where a language has them (Polish
//! "grudzień", not the "grudnia" of "5 grudnia 2026").

use icu_calendar::Date as IcuDate;
use icu_calendar::Gregorian;
use icu_calendar::week::WeekInformation;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{E, M, YM, YMD, YMDE};
use icu_datetime::pattern::FixedCalendarDateTimeNames;
use icu_datetime::provider::names;
use icu_datetime::provider::time_zones as zones;
use icu_locale_core::Locale;
use icu_provider::prelude::*;
use jiff::civil::{Date, Weekday};
use unic_langid::LanguageIdentifier;
use writeable::TryWriteable;

use super::cldr::Cldr;
use crate::domain::calendar::DateOrder;

fn locale(language: &LanguageIdentifier) -> Locale {
    language
        .to_string()
        .parse()
        .unwrap_or(icu_locale_core::locale!("en-US"))
}

fn icu_date(date: Date) -> Option<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(
        i32::from(date.year()),
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    )
    .ok()
}

/// A Monday (1 January 2024): the week of 1–7 January 2024 runs Monday to Sunday.
const A_MONDAY: Date = Date::constant(2024, 1, 1);

/// The first day of the week where the locale's region is (Monday in Germany, Sunday in
/// the US, Japan, India, Brazil, China and Korea); Monday when the data is missing.
#[must_use]
pub fn first_weekday(language: &LanguageIdentifier) -> Weekday {
    WeekInformation::try_new_unstable(&Cldr, locale(language).into())
        .ok()
        .and_then(|info| Weekday::from_monday_one_offset(info.first_weekday as i8).ok())
        .unwrap_or(Weekday::Monday)
}

/// The weekend where the locale's region is (CLDR week data): Saturday and Sunday in
/// most places, Sunday alone in India; Saturday and Sunday when the data is missing.
#[must_use]
pub fn weekend(language: &LanguageIdentifier) -> crate::domain::timeline::Weekend {
    WeekInformation::try_new_unstable(&Cldr, locale(language).into())
        .ok()
        .map(|info| {
            let days: Vec<Weekday> = info
                .weekend()
                .filter_map(|d| Weekday::from_monday_one_offset(d as i8).ok())
                .collect();
            crate::domain::timeline::Weekend::of(&days)
        })
        .unwrap_or_default()
}

/// The name of `month` (1–12) standing alone, as a calendar heading writes it:
/// "December", "Dezember", "grudzień", "грудень", "12月".
#[must_use]
pub fn month_name(language: &LanguageIdentifier, month: i8) -> String {
    let fallback = || month.to_string();
    let Some(input) = Date::new(2024, month, 1).ok().and_then(icu_date) else {
        return fallback();
    };
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
        &Cldr,
        locale(language).into(),
        M::long(),
    )
    .map_or_else(|_| fallback(), |f| f.format(&input).to_string())
}

/// How long a weekday name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameWidth {
    /// For column headings: "Sun", "Mo", "日".
    Short,
    /// Written out, for screen readers: "Sunday", "Montag", "日曜日".
    Wide,
}

/// The weekday names standing alone, Monday first (index
/// [`Weekday::to_monday_zero_offset`]).
#[must_use]
pub fn weekday_names(language: &LanguageIdentifier, width: NameWidth) -> [String; 7] {
    let field_set = match width {
        NameWidth::Short => E::short(),
        NameWidth::Wide => E::long(),
    };
    let formatter = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
        &Cldr,
        locale(language).into(),
        field_set,
    )
    .ok();
    let mut names: [String; 7] = Default::default();
    let mut day = A_MONDAY;
    for name in &mut names {
        *name = match (&formatter, icu_date(day)) {
            (Some(f), Some(input)) => f.format(&input).to_string(),
            _ => format!("{:?}", day.weekday()),
        };
        day = day.tomorrow().unwrap_or(day);
    }
    names
}

/// The heading of a month's calendar: "December 2026", "Dezember 2026", "grudzień 2026",
/// "dezembro de 2026", "2026年12月", "2026년 12월" (CLDR's year-and-month pattern, long).
#[must_use]
pub fn month_year_title(language: &LanguageIdentifier, year: i16, month: i8) -> String {
    let fallback = || format!("{year:04}-{month:02}");
    let Some(input) = Date::new(year, month, 1).ok().and_then(icu_date) else {
        return fallback();
    };
    let prefs = locale(language).into();
    // ICU4X 2.4 loads what a pattern needs from the pattern's variant *with era* and
    // formats with the one chosen for the date. CLDR's Portuguese year-and-month with
    // era, "MMMM 'de Y' GGG", quotes the year away, so the number formatter is never
    // loaded and "dezembro de 2026" fails (a debug assertion). So: take the pattern the
    // formatter chose, and load exactly what that pattern needs.
    let Ok(formatter) =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(&Cldr, prefs, YM::long())
    else {
        return fallback();
    };
    let pattern = formatter.format(&input).pattern();
    let mut names =
        FixedCalendarDateTimeNames::<Gregorian, YM>::new_without_number_formatting(prefs);
    let Ok(pattern_formatter) = names.load_for_pattern(&CalendarNames, &pattern) else {
        return fallback();
    };
    pattern_formatter
        .format(&input)
        .try_write_to_string()
        .map_or_else(|_| fallback(), std::borrow::Cow::into_owned)
}

/// [`Cldr`] as [`FixedCalendarDateTimeNames::load_for_pattern`] wants it: that function
/// can load time zone names too, which are not baked. A calendar pattern has no time
/// zone, so they are never asked for; if they were, the answer would be "no data".
struct CalendarNames;

macro_rules! from_cldr {
    ($($marker:ty),+ $(,)?) => {
        $(
            impl DataProvider<$marker> for CalendarNames {
                fn load(&self, req: DataRequest) -> Result<DataResponse<$marker>, DataError> {
                    Cldr.load(req)
                }
            }
        )+
    };
}

macro_rules! no_data {
    ($($marker:ty),+ $(,)?) => {
        $(
            impl DataProvider<$marker> for CalendarNames {
                fn load(&self, req: DataRequest) -> Result<DataResponse<$marker>, DataError> {
                    Err(DataErrorKind::MarkerNotFound.with_req(<$marker as DataMarker>::INFO, req))
                }
            }
        )+
    };
}

from_cldr!(
    names::DatetimeNamesYearGregorianV1,
    names::DatetimeNamesMonthGregorianV1,
    names::DatetimeNamesWeekdayV1,
    names::DatetimeNamesDayperiodV1,
    icu_decimal::provider::DecimalSymbolsV1,
    icu_decimal::provider::DecimalDigitsV1,
);

no_data!(
    zones::TimezoneNamesEssentialsV1,
    zones::TimezoneNamesLocationsOverrideV1,
    zones::TimezoneNamesLocationsRootV1,
    zones::TimezoneNamesCitiesOverrideV1,
    zones::TimezoneNamesCitiesRootV1,
    zones::TimezoneNamesGenericLongV1,
    zones::TimezoneNamesGenericShortV1,
    zones::TimezoneNamesStandardLongV1,
    zones::TimezoneNamesSpecificLongV1,
    zones::TimezoneNamesSpecificShortV1,
    icu_time::provider::TimezonePeriodsV1,
);

/// A day written out in full, weekday included, for screen readers: "Saturday, December
/// 5, 2026", "Samstag, 5. Dezember 2026".
#[must_use]
pub fn full_date(language: &LanguageIdentifier, date: Date) -> String {
    full_dates(language, [date]).pop().unwrap_or_default()
}

/// [`full_date`] for many days, with one formatter.
#[must_use]
pub fn full_dates(
    language: &LanguageIdentifier,
    dates: impl IntoIterator<Item = Date>,
) -> Vec<String> {
    let formatter = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
        &Cldr,
        locale(language).into(),
        YMDE::long(),
    )
    .ok();
    dates
        .into_iter()
        .map(|date| match (&formatter, icu_date(date)) {
            (Some(f), Some(input)) => f.format(&input).to_string(),
            _ => date.to_string(),
        })
        .collect()
}

/// The order of day, month and year in the locale's short numeric dates ("26.11.26" is
/// day first, "11/26/26" month first, "2026/11/26" year first), found by writing a day
/// whose three numbers differ; year first when that cannot be told.
#[must_use]
pub fn date_order(language: &LanguageIdentifier) -> DateOrder {
    let Some(input) = icu_date(Date::constant(2033, 11, 22)) else {
        return DateOrder::default();
    };
    let Ok(formatter) = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
        &Cldr,
        locale(language).into(),
        YMD::short(),
    ) else {
        return DateOrder::default();
    };
    let written = formatter.format(&input).to_string();
    let (Some(year), Some(month), Some(day)) =
        (written.find("33"), written.find("11"), written.find("22"))
    else {
        return DateOrder::default();
    };
    if day < month && month < year {
        DateOrder::DayMonthYear
    } else if month < day && day < year {
        DateOrder::MonthDayYear
    } else {
        DateOrder::YearMonthDay
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::LOCALES;
    use unic_langid::langid;

    #[test]
    fn the_weekend_follows_the_region() {
        use crate::domain::timeline::Weekend;
        use jiff::civil::Weekday::{Saturday, Sunday};
        assert_eq!(weekend(&langid!("de-DE")), Weekend::of(&[Saturday, Sunday]));
        assert_eq!(weekend(&langid!("en-US")), Weekend::of(&[Saturday, Sunday]));
        // India rests on Sunday alone.
        assert_eq!(weekend(&langid!("hi-IN")), Weekend::of(&[Sunday]));
    }

    #[test]
    fn first_weekday_follows_the_region() {
        assert_eq!(first_weekday(&langid!("en-US")), Weekday::Sunday);
        assert_eq!(first_weekday(&langid!("de-DE")), Weekday::Monday);
        assert_eq!(first_weekday(&langid!("ja-JP")), Weekday::Sunday);
        assert_eq!(first_weekday(&langid!("pl-PL")), Weekday::Monday);
        assert_eq!(first_weekday(&langid!("pt-BR")), Weekday::Sunday);
    }

    #[test]
    fn month_names_stand_alone() {
        assert_eq!(month_name(&langid!("en-US"), 12), "December");
        assert_eq!(month_name(&langid!("de-DE"), 12), "Dezember");
        assert_eq!(month_name(&langid!("de-DE"), 3), "März");
        // Nominative, not the genitive of a full date ("5 grudnia 2026").
        assert_eq!(month_name(&langid!("pl-PL"), 12), "grudzień");
        assert_eq!(month_name(&langid!("uk-UA"), 12), "грудень");
        assert_eq!(month_name(&langid!("ja-JP"), 12), "12月");
    }

    #[test]
    fn weekday_names_short_and_wide() {
        let en = weekday_names(&langid!("en-US"), NameWidth::Wide);
        assert_eq!(en[0], "Monday");
        assert_eq!(en[6], "Sunday");
        let de = weekday_names(&langid!("de-DE"), NameWidth::Wide);
        assert_eq!(de[0], "Montag");
        let de_short = weekday_names(&langid!("de-DE"), NameWidth::Short);
        assert_eq!(de_short[0], "Mo");
        let ja = weekday_names(&langid!("ja-JP"), NameWidth::Short);
        assert_eq!(ja[6], "日");
    }

    #[test]
    fn titles_and_full_dates() {
        assert_eq!(
            month_year_title(&langid!("en-US"), 2026, 12),
            "December 2026"
        );
        assert_eq!(
            month_year_title(&langid!("de-DE"), 2026, 12),
            "Dezember 2026"
        );
        assert_eq!(month_year_title(&langid!("ja-JP"), 2026, 12), "2026年12月");
        assert_eq!(
            month_year_title(&langid!("pl-PL"), 2026, 12),
            "grudzień 2026"
        );
        assert_eq!(
            month_year_title(&langid!("pt-BR"), 2026, 12),
            "dezembro de 2026"
        );
        let day = jiff::civil::date(2026, 12, 5);
        assert_eq!(
            full_date(&langid!("en-US"), day),
            "Saturday, December 5, 2026"
        );
        assert_eq!(
            full_date(&langid!("de-DE"), day),
            "Samstag, 5. Dezember 2026"
        );
    }

    #[test]
    fn date_order_follows_the_short_dates() {
        assert_eq!(date_order(&langid!("en-US")), DateOrder::MonthDayYear);
        assert_eq!(date_order(&langid!("de-DE")), DateOrder::DayMonthYear);
        assert_eq!(date_order(&langid!("ja-JP")), DateOrder::YearMonthDay);
        assert_eq!(date_order(&langid!("ko-KR")), DateOrder::YearMonthDay);
    }

    /// Every shipped locale, printed for review (`cargo test --lib calendar_overview --
    /// --nocapture`): first weekday, weekday headings, a title and a full date.
    #[test]
    fn calendar_overview_of_every_locale() {
        for locale in LOCALES.iter().filter(|l| !l.pseudo) {
            let language: LanguageIdentifier = locale.tag.parse().expect("tag");
            let first = first_weekday(&language);
            let short = weekday_names(&language, NameWidth::Short);
            let headings: Vec<&str> = crate::domain::calendar::weekday_columns(first)
                .iter()
                .map(|w| short[usize::try_from(w.to_monday_zero_offset()).unwrap_or(0)].as_str())
                .collect();
            let title = month_year_title(&language, 2026, 12);
            let full = full_date(&language, jiff::civil::date(2026, 12, 5));
            let order = date_order(&language);
            eprintln!(
                "{}\t{first:?}\t{}\t{title}\t{}\t{full}\t{order:?}",
                locale.tag,
                headings.join(" "),
                month_name(&language, 12),
            );
            assert!(!title.starts_with("2026-"), "{}: {title}", locale.tag);
            assert!(short.iter().all(|n| !n.is_empty()));
        }
    }
}
