//! Letters rendered in a letter language: from the built-in Fluent templates, or from
//! the user's own templates. The rules (which language, which template, which values)
//! are in [`crate::domain::letter`]; this module turns them into text.

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use super::Localizer;
use crate::domain::letter::{self, Source};
use crate::domain::template::{self, Field, LetterFields};
use crate::domain::{Case, Profile};

/// The language a case's letter is written in: the one requested for it (see
/// [`letter::requested_language`]), matched to a shipped locale, else the interface
/// language.
#[must_use]
pub fn language(i18n: &Localizer, case: &Case, profile: &Profile) -> LanguageIdentifier {
    letter::requested_language(case, profile)
        .and_then(|t| t.parse::<LanguageIdentifier>().ok())
        .map_or_else(
            || i18n.language().clone(),
            |l| super::negotiate(&[l.to_string()]),
        )
}

/// The values that fill a case's letter, the promised date written in `language`.
#[must_use]
pub fn fields(
    i18n: &Localizer,
    case: &Case,
    profile: &Profile,
    language: &LanguageIdentifier,
    now: &jiff::ZonedDateTime,
) -> LetterFields {
    letter::fields(case, profile, now.time_zone(), now.date(), |d| {
        i18n.long_date(language, d)
    })
}

/// A rendered letter and the placeholder markers that stand for empty fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedLetter {
    /// Empty for a call script.
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

/// What each placeholder name becomes: the field's value, or its marker when empty;
/// `signature` is the profile signature, else the sender. Also the markers.
fn replacements(
    i18n: &Localizer,
    language: &LanguageIdentifier,
    fields: &LetterFields,
) -> (Vec<(&'static str, String)>, Vec<String>) {
    let mut values = Vec::with_capacity(Field::ALL.len() + 1);
    let mut markers = Vec::with_capacity(Field::ALL.len());
    for field in Field::ALL {
        let marker = marker(i18n, language, field);
        let value = fields.get(field).trim();
        values.push((
            field.variable(),
            if value.is_empty() {
                marker.clone()
            } else {
                value.to_owned()
            },
        ));
        markers.push(marker);
    }
    let signature = fields.signature.trim();
    let signature = if signature.is_empty() {
        values
            .iter()
            .find(|(name, _)| *name == "sender")
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    } else {
        signature.to_owned()
    };
    values.push(("signature", signature));
    // The form of address: as typed, else the contact's name (or its marker). Letters
    // in a language that needs a form of its own choose with `$address_given`.
    let address = fields.address.trim();
    let address = if address.is_empty() {
        values
            .iter()
            .find(|(name, _)| *name == "contact")
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    } else {
        address.to_owned()
    };
    values.push(("address", address));
    (values, markers)
}

fn fluent_args<'a>(values: &'a [(&'static str, String)], fields: &LetterFields) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in values {
        args.set(*name, value.as_str());
    }
    args.set("formality", fields.formality.fluent_value());
    let given = if fields.address.trim().is_empty() {
        "no"
    } else {
        "yes"
    };
    args.set("address_given", given);
    args
}

/// Render any letter-like message (`id`) in `language`, filling each field or leaving
/// its marker.
#[must_use]
pub fn render_message(
    i18n: &Localizer,
    language: &LanguageIdentifier,
    id: &str,
    fields: &LetterFields,
    why: Option<&str>,
) -> String {
    let (values, _) = replacements(i18n, language, fields);
    let mut args = fluent_args(&values, fields);
    if let Some(why) = why {
        args.set("why", why.to_owned());
    }
    i18n.format(language, id, Some(&args))
}

/// The one-sentence answer to "why?" for `case`, in the letter language `language`.
#[must_use]
pub fn why(i18n: &Localizer, case: &Case, language: &LanguageIdentifier) -> String {
    let assessment = crate::domain::checklist::assess(&case.checklist);
    i18n.format(language, letter::why_id(&assessment), None)
}

/// Render a letter in `language`, filling each field or leaving its marker.
#[must_use]
pub fn render(
    i18n: &Localizer,
    language: &LanguageIdentifier,
    source: Source<'_>,
    fields: &LetterFields,
) -> RenderedLetter {
    let (values, markers) = replacements(i18n, language, fields);
    let (subject, body) = match source {
        Source::Builtin(scenario) => {
            let args = fluent_args(&values, fields);
            let subject = if scenario.has_subject() {
                i18n.format(language, &scenario.subject_id(), Some(&args))
            } else {
                String::new()
            };
            (
                subject,
                i18n.format(language, &scenario.body_id(), Some(&args)),
            )
        }
        Source::Custom(custom) => {
            let value = |name: &str| {
                values
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            (
                template::render_custom(&custom.subject, value),
                template::render_custom(&custom.body, value),
            )
        }
    };
    RenderedLetter {
        subject,
        body,
        markers,
    }
}
