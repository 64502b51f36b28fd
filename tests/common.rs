//! Shared helpers for the headless UI tests.
// Each test file uses a different subset of the helpers; test helpers panic on
// purpose (a failed lookup is a failed test) and their results are always used.
#![allow(dead_code, clippy::missing_panics_doc, clippy::must_use_candidate)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use fluent_bundle::FluentArgs;
use gracious::clipboard::MemoryClipboard;
use gracious::i18n::Localizer;
use gracious::{App, AppOptions};

/// A harness around the real app, with its data in `dir`, in `lang`, copying to `clipboard`.
pub fn app_harness(dir: &Path, lang: &str, clipboard: &MemoryClipboard) -> Harness<'static, App> {
    let mut options = AppOptions::new(dir);
    options.language = Some(lang.parse().expect("language tag"));
    options.clipboard = Box::new(clipboard.clone());
    Harness::builder()
        .with_size([1100.0, 1000.0])
        .build_eframe(move |cc| App::new(&cc.egui_ctx, options))
}

/// The interface text of `id` in `lang`.
pub fn tr(lang: &str, id: &str) -> String {
    Localizer::new(&lang.parse().expect("language tag")).tr(id)
}

/// The accessible name of one choice in a group, e.g. "<question>: No".
pub fn choice_name(lang: &str, group_id: &str, choice_id: &str) -> String {
    let l = Localizer::new(&lang.parse().expect("language tag"));
    let mut args = FluentArgs::new();
    args.set("group", l.tr(group_id));
    args.set("choice", l.tr(choice_id));
    l.tr_args("choice-accessible-name", &args)
}

/// Focus the text field labelled `label` and type `text` into it.
pub fn type_into(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}
