//! Writes the ICU4X data Gracious uses (dates, the first day of the week, numbers, money,
//! country names) for its own locales only, as baked Rust source in `src/i18n/icu_data/`.
//! The source is the CLDR data compiled into the ICU4X crates themselves, so no download
//! is needed.
//!
//! Usage (from the repository root): `cargo run --release --manifest-path tools/icu-data/Cargo.toml`

extern crate alloc;

use icu::locale::fallback::LocaleFallbacker;
use icu_provider::DataMarker;
use icu_provider_export::baked_exporter::{BakedExporter, Options};
use icu_provider_export::prelude::*;

/// The compiled CLDR data of the ICU4X crates, iterable so it can be exported.
struct Source;

/// For each marker: the data crate macro that implements it on `Source`, and the export
/// list. A marker missing here shows up as an unsatisfied `DataProvider<…>` bound where
/// Gracious calls a `try_new_unstable` constructor.
/// Singletons (no locale) get a hand-written `IterableDataProvider`: the data crates'
/// `ITER` arm for singletons names `std::collections::BtreeSet` and does not compile.
macro_rules! markers {
    (
        per_locale: [$($marker:path => $impl:ident,)+]
        singletons: [$($single:path => $simpl:ident,)+]
    ) => {
        const _: () = {
            use icu_calendar_data::*;
            use icu_datetime_data::*;
            use icu_decimal_data::*;
            use icu_experimental_data::*;
            use icu_plurals_data::*;
            icu_datetime_data::make_provider!(Source);
            $($impl!(Source, ITER);)+
            $(
                $simpl!(Source);
                impl icu_provider::IterableDataProvider<$single> for Source {
                    fn iter_ids(
                        &self,
                    ) -> Result<
                        std::collections::BTreeSet<icu_provider::DataIdentifierCow<'static>>,
                        icu_provider::DataError,
                    > {
                        Ok([Default::default()].into_iter().collect())
                    }
                }
            )+
        };
        icu_provider::export::make_exportable_provider!(Source, [$($marker,)+ $($single,)+]);
        fn markers() -> Vec<icu_provider::DataMarkerInfo> {
            vec![$(<$marker>::INFO,)+ $(<$single>::INFO,)+]
        }
    };
}

markers! {
    per_locale: [
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateGregorianV1 => impl_datetime_patterns_date_gregorian_v1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsTimeV1 => impl_datetime_patterns_time_v1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsGlueV1 => impl_datetime_patterns_glue_v1,
    icu::datetime::provider::names::DatetimeNamesYearGregorianV1 => impl_datetime_names_year_gregorian_v1,
    icu::datetime::provider::names::DatetimeNamesMonthGregorianV1 => impl_datetime_names_month_gregorian_v1,
    icu::datetime::provider::names::DatetimeNamesWeekdayV1 => impl_datetime_names_weekday_v1,
    icu::datetime::provider::names::DatetimeNamesDayperiodV1 => impl_datetime_names_dayperiod_v1,
    icu::calendar::provider::CalendarWeekV1 => impl_calendar_week_v1,
    icu::decimal::provider::DecimalSymbolsV1 => impl_decimal_symbols_v1,
    icu::decimal::provider::DecimalDigitsV1 => impl_decimal_digits_v1,
    icu::plurals::provider::PluralsCardinalV1 => impl_plurals_cardinal_v1,
    icu::experimental::dimension::provider::currency::essentials::CurrencyEssentialsV1 => impl_currency_essentials_v1,
    icu::experimental::dimension::provider::currency::symbols::CurrencySymbolsV1 => impl_currency_symbols_v1,
    icu::experimental::dimension::provider::currency::symbols::CurrencyDecimalSymbolsV1 => impl_currency_decimal_symbols_v1,
    icu::experimental::dimension::provider::currency::no_currency::CurrencyPatternsNoCurrencyV1 => impl_currency_patterns_no_currency_v1,
    icu::experimental::displaynames::provider::LocaleNamesRegionV0 => impl_locale_names_region_v0,
    ]
    singletons: [
    icu::experimental::dimension::provider::currency::fractions::CurrencyFractionsV1 => impl_currency_fractions_v1,
    ]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::path::Path::new("src/i18n/icu_data");
    // Gracious' interface and letter languages: the folders of `locales/`.
    let mut tags = std::fs::read_dir("locales")?
        .map(|entry| Ok(entry?.file_name().to_string_lossy().into_owned()))
        .collect::<std::io::Result<Vec<String>>>()?;
    tags.sort();
    println!("locales: {}", tags.join(" "));
    let families = tags
        .iter()
        .map(|tag| Ok(DataLocaleFamily::without_descendants(tag.parse()?)))
        .collect::<Result<Vec<_>, icu::locale::ParseError>>()?;
    let mut options = Options::default();
    options.use_separate_crates = true;
    options.use_internal_fallback = true;
    options.overwrite = true;
    options.pretty = true;
    ExportDriver::new(
        families,
        DeduplicationStrategy::Maximal.into(),
        LocaleFallbacker::new().static_to_owned(),
    )
    .with_markers(markers())
    .export(&Source, BakedExporter::new(out.into(), options)?)?;
    println!("wrote {}", out.display());
    Ok(())
}
