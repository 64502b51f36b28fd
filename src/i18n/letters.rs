//! Letters rendered from the Fluent templates of a letter language.

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use super::Localizer;
use crate::domain::template::{Field, LetterFields, Scenario};

/// A rendered letter and the placeholder markers that stand for empty fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedLetter {
    pub subject: String,
    pub body: String,
    /// The bracketed marker of every field, in the letter language (e.g. `[company]`).
    pub markers: Vec<String>,
}

/// The marker that stands in a letter for an empty field.
#[must_use]
pub fn marker(i18n: &Localizer, language: &LanguageIdentifier, field: Field) -> String {
    format!("[{}]", i18n.format(language, field.placeholder_id(), None))
}

/// Render any letter-like message (`id`) in `language`, filling each field or leaving
/// its marker.
#[must_use]
pub fn render_message(
    i18n: &Localizer,
    language: &LanguageIdentifier,
    id: &str,
    fields: &LetterFields,
) -> String {
    let (args, _) = arguments(i18n, language, fields);
    i18n.format(language, id, Some(&args))
}

/// The Fluent arguments for `fields`, and the marker of every field.
fn arguments<'a>(
    i18n: &Localizer,
    language: &LanguageIdentifier,
    fields: &'a LetterFields,
) -> (FluentArgs<'a>, Vec<String>) {
    let mut args = FluentArgs::new();
    let mut markers = Vec::with_capacity(Field::ALL.len());
    for field in Field::ALL {
        let marker = marker(i18n, language, field);
        let value = fields.get(field).trim();
        if value.is_empty() {
            args.set(field.variable(), marker.clone());
        } else {
            args.set(field.variable(), value);
        }
        markers.push(marker);
    }
    let signature = fields.signature.trim();
    if signature.is_empty() {
        let sender = args.get("sender").cloned();
        if let Some(sender) = sender {
            args.set("signature", sender);
        }
    } else {
        args.set("signature", signature);
    }
    args.set("formality", fields.formality.fluent_value());
    (args, markers)
}

/// Render `scenario` in `language`, filling each field or leaving its marker.
#[must_use]
pub fn render(
    i18n: &Localizer,
    language: &LanguageIdentifier,
    scenario: Scenario,
    fields: &LetterFields,
) -> RenderedLetter {
    let (args, markers) = arguments(i18n, language, fields);
    RenderedLetter {
        subject: i18n.format(language, &scenario.subject_id(), Some(&args)),
        body: i18n.format(language, &scenario.body_id(), Some(&args)),
        markers,
    }
}
