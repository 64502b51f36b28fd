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

#[test]
fn a_long_job_search_opens_in_its_language_while_it_loads_and_saves_nothing_meanwhile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = crate::common::long_job_search(1_000, 500);
    ws.settings.ui_language = Some("de-DE".into());
    ws.settings.welcome_dismissed = true;
    let store = Store::new(dir.path());
    store.save(&ws).expect("save");
    let before = std::fs::read(store.path()).expect("read");

    let clipboard = gracious::clipboard::MemoryClipboard::default();
    let mut options = crate::common::test_options(dir.path(), "en-US", &clipboard);
    options.language = None; // from the file's settings, read before the rest
    let mut harness = crate::common::welcome_harness(options);
    assert!(harness.state().loading(), "read on its own thread");
    assert_eq!(harness.state().language().to_string(), "de-DE");

    crate::common::wait_until_loaded(&mut harness);
    assert_eq!(harness.state().workspace().cases.len(), 1_000);
    assert_eq!(
        std::fs::read(store.path()).expect("read"),
        before,
        "nothing written"
    );
    // Then it works as ever: typing is saved.
    crate::common::type_into(
        &mut harness,
        &crate::common::tr("de-DE", "header-company"),
        " X",
    );
    // Encoding and writing 6 MB in a debug build on a busy machine can outlast one
    // flush's 5 s wait: wait a few times.
    let saved = (0..6).any(|_| harness.state_mut().flush_save());
    assert!(saved, "the typing was written");
    assert_ne!(std::fs::read(store.path()).expect("read"), before);
}
