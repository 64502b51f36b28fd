//! The product knowledge of docs/product.md as plain Rust: no egui, no I/O, no display strings.
//!
//! Every function here takes plain values and returns plain values (enums and message
//! ids). The UI turns ids into text through Fluent, so every rule is testable alone and
//! every language is equal.

pub mod calendar;
pub mod case;
pub mod channel;
pub mod checklist;
pub mod compensation;
pub mod example;
pub mod followup;
pub mod letter;
pub mod message;
pub mod mobility;
pub mod ppp;
pub mod progress;
pub mod review;
pub mod template;
pub mod timeline;
pub mod workspace;

pub use case::{Case, CaseId, Formality, Profile, Stage, Status};
pub use template::TemplateId;
pub use workspace::{Settings, ThemeChoice, Workspace};
