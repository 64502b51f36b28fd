//! The loader never panics on arbitrary input, and never loses the bytes it was given.

use std::fs;

use gracious::store::{self, Notice, Store};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decode_never_panics(text in ".*") {
        let _ = store::decode(&text);
        let _ = store::decode_import(&text);
    }

    #[test]
    fn decode_never_panics_on_ron_like_text(
        text in r"\(version: [0-9]{1,3}, workspace: \((cases: \[[()a-z: ,0-9]*\])?[()a-z_: ,0-9\x22]*\)\)?"
    ) {
        let _ = store::decode(&text);
    }

    #[test]
    fn loading_arbitrary_bytes_keeps_them(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        fs::write(store.path(), &bytes).expect("write");
        let loaded = store.load();
        if loaded.notices.is_empty() {
            // It was a valid file: still in place, untouched.
            prop_assert_eq!(fs::read(store.path()).expect("read"), bytes);
        } else {
            let Notice::SetAside { moved_to, .. } = &loaded.notices[0] else {
                panic!("{:?}", loaded.notices);
            };
            prop_assert_eq!(fs::read(moved_to).expect("read"), bytes);
        }
    }
}
