//! Compresses the locale texts (`locales/<tag>/*.ftl`, `review.ron`) into `OUT_DIR`; the
//! binary carries them deflated (about a quarter of their size) and inflates one
//! language when it is first used (src/i18n/mod.rs).

use std::path::Path;

fn main() {
    // A directory is scanned as a whole: any changed or added file reruns this.
    println!("cargo::rerun-if-changed=locales");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let entries = std::fs::read_dir("locales").expect("the locales folder is readable");
    for entry in entries {
        let dir = entry.expect("a locale folder").path();
        let tag = dir.file_name().expect("a folder name");
        let target = Path::new(&out).join(tag);
        std::fs::create_dir_all(&target).expect("OUT_DIR is writable");
        for file in ["app.ftl", "letters.ftl", "review.ron"] {
            let source = dir.join(file);
            let text =
                std::fs::read(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
            let packed = miniz_oxide::deflate::compress_to_vec_zlib(&text, 10);
            std::fs::write(target.join(format!("{file}.z")), packed).expect("OUT_DIR is writable");
        }
    }
}
