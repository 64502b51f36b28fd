//! The integration tests, in one test binary: egui, wgpu and kittest are linked once
//! instead of once per file. Each module is one area; `common` holds the test app
//! fixture and the helpers that find widgets by their accessible names.
//!
//! Run one area with `cargo test --test it <module>::`, e.g. `cargo test --test it editor::`.

mod a11y;
mod app;
mod channel;
mod checklist;
mod checklist_props;
mod common;
mod compare;
mod crash;
mod date_picker;
mod editor;
mod flow;
mod followup;
mod fuzz_store;
mod grammar;
mod keyboard;
mod locales;
mod message;
mod mobility;
mod panels;
mod progress;
mod pseudo;
mod review_cli;
mod review_corpus;
mod scale;
mod snapshot;
mod spelling;
mod store;
mod template_props;
mod templates;
mod workspace;
