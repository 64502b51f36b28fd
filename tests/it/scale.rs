//! The scale of a long job search: the generated workspace has the size the field notes
//! measured, and it writes one for `scripts/bench-scale` to start the app with.

use gracious::store::{self, Store};

#[test]
fn a_long_job_search_is_about_six_megabytes() {
    let ws = crate::common::long_job_search(1_000, 500);
    let bytes = store::encode(&ws).len();
    assert!((5_000_000..8_000_000).contains(&bytes), "{bytes} bytes");
    assert_eq!(ws.cases.len(), 1_000);
    assert_eq!(ws.templates.len(), 500);
}

/// Writes the long job search into the folder `GRACIOUS_SCALE_DIR` (used by
/// `scripts/bench-scale`; ignored in the ordinary test run).
#[test]
#[ignore = "writes a data folder for scripts/bench-scale"]
fn write_a_long_job_search() {
    let dir = std::env::var("GRACIOUS_SCALE_DIR").expect("GRACIOUS_SCALE_DIR");
    let mut ws = crate::common::long_job_search(1_000, 500);
    ws.settings.welcome_dismissed = true;
    Store::new(dir).save(&ws).expect("save");
}
