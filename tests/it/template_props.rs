//! The custom-template parser and renderer on arbitrary input.

use gracious::domain::template::{
    PLACEHOLDER_NAMES, parse_placeholders, render_custom, templatize,
};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn parsing_and_rendering_never_panic(text in ".*") {
        let _ = parse_placeholders(&text);
        let _ = render_custom(&text, |name| format!("<{name}>"));
        let _ = templatize(&text, &[("company", "a{b"), ("role", "}")]);
    }

    /// Filling every placeholder with a value free of braces leaves none behind.
    #[test]
    fn rendering_with_all_placeholders_filled_leaves_none(
        parts in proptest::collection::vec(
            prop_oneof![
                "[^{}]{0,20}".prop_map(|s| s),
                prop::sample::select(PLACEHOLDER_NAMES.to_vec()).prop_map(|n| format!("{{{n}}}")),
            ],
            0..20,
        ),
        value in "[^{}]{1,12}",
    ) {
        let text: String = parts.concat();
        let filled = render_custom(&text, |_| value.clone());
        for name in PLACEHOLDER_NAMES {
            let needle = format!("{{{name}}}");
            prop_assert!(!filled.contains(&needle), "{needle} left in {filled:?}");
        }
    }
}
