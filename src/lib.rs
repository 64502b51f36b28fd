//! Gracious: decline a job offer or an interview promptly, clearly and kindly, in your
//! own language, fully offline.
//!
//! - [`domain`] holds the product's knowledge as plain Rust (no egui, no I/O);
//! - [`i18n`] the Fluent localization, [`store`] the files on disk;
//! - [`ui`] draws the panels, which ask for side effects through [`Command`]s that
//!   [`App`] carries out.

pub mod app;
pub mod cli;
pub mod clipboard;
pub mod command;
pub mod data;
pub mod domain;
pub mod files;
pub mod i18n;
pub mod review_report;
pub mod spelling;
pub mod store;
pub mod ui;

pub use app::{App, AppOptions};
pub use command::Command;
