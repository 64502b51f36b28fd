//! Localization through Fluent: the shipped locales, language negotiation from the OS
//! locale with fallback to en-US, and message lookup for the interface and for letters.
//!
//! Bundles are built without Unicode isolation marks (U+2068/U+2069): egui draws them as
//! nothing, but they would end up in accessibility labels and in copied text. No
//! right-to-left locale is shipped, so nothing needs them.

use std::cell::OnceCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::{LanguageIdentifier, langid};

use crate::domain::review::{Cues, Rules};

pub mod calendar;
pub mod cldr;
pub mod fonts;
pub mod format;
pub mod letter;

/// A locale shipped with the app.
pub struct Locale {
    /// BCP 47 tag, e.g. `de-DE`.
    pub tag: &'static str,
    /// The language's name in itself, for the language menu.
    pub native_name: &'static str,
    /// The `.ftl` files, by name and zlib-compressed content (see build.rs).
    sources: &'static [(&'static str, &'static [u8])],
    /// The review cues (`review.ron`), zlib-compressed.
    review: &'static [u8],
    /// A pseudo-locale: en-US text made longer and accented by a transform, to catch
    /// strings that bypass Fluent and layouts that break with long words.
    pub pseudo: bool,
}

/// A file of `locales/`, as build.rs compressed it.
macro_rules! packed {
    ($tag:literal, $file:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $tag, "/", $file, ".z"))
    };
}

macro_rules! locale {
    ($tag:literal, $name:literal) => {
        Locale {
            tag: $tag,
            native_name: $name,
            sources: &[
                (concat!($tag, "/app.ftl"), packed!($tag, "app.ftl")),
                (concat!($tag, "/letters.ftl"), packed!($tag, "letters.ftl")),
            ],
            review: packed!($tag, "review.ron"),
            pseudo: false,
        }
    };
}

/// Every shipped locale; the first is the reference and the fallback.
pub static LOCALES: &[Locale] = &[
    locale!("en-US", "English (US)"),
    locale!("de-DE", "Deutsch"),
    locale!("es-ES", "Español"),
    locale!("fr-FR", "Français"),
    locale!("it-IT", "Italiano"),
    locale!("nl-NL", "Nederlands"),
    locale!("pl-PL", "Polski"),
    locale!("pt-BR", "Português (Brasil)"),
    locale!("uk-UA", "Українська"),
    locale!("hi-IN", "हिन्दी"),
    locale!("ja-JP", "日本語"),
    locale!("zh-CN", "中文（简体）"),
    locale!("ko-KR", "한국어"),
    Locale {
        tag: "en-XA",
        native_name: "[Ƥšéúðó] en-XA",
        sources: LOCALES_EN_SOURCES,
        review: packed!("en-US", "review.ron"),
        pseudo: true,
    },
];

/// The en-US sources, shared by the pseudo-locale.
static LOCALES_EN_SOURCES: &[(&str, &[u8])] = &[
    ("en-XA/app.ftl", packed!("en-US", "app.ftl")),
    ("en-XA/letters.ftl", packed!("en-US", "letters.ftl")),
];

impl Locale {
    /// The `.ftl` files by name, inflated; a file that does not inflate is an error
    /// naming it (it cannot happen with what build.rs wrote, but is never a panic).
    #[must_use]
    pub fn sources(&self) -> Vec<(&'static str, Result<String, String>)> {
        self.sources
            .iter()
            .map(|&(name, packed)| (name, inflate(name, packed)))
            .collect()
    }

    /// The review cues (`review.ron`), inflated.
    pub fn review_source(&self) -> Result<String, String> {
        inflate(&format!("{}/review.ron", self.tag), self.review)
    }
}

fn inflate(name: &str, packed: &[u8]) -> Result<String, String> {
    let bytes = fdeflate::decompress_to_vec(packed).map_err(|e| format!("{name}: {e:?}"))?;
    String::from_utf8(bytes).map_err(|e| format!("{name}: {e}"))
}

/// The pseudo-locale's transform: accented letters, about 40 % longer, in brackets.
fn pseudo_transform(text: &str) -> std::borrow::Cow<'_, str> {
    if text.trim().is_empty() {
        return text.into();
    }
    let accented: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'c' => 'ç',
            'n' => 'ñ',
            's' => 'š',
            'y' => 'ý',
            'A' => 'Á',
            'E' => 'É',
            'I' => 'Í',
            'O' => 'Ó',
            'U' => 'Ú',
            'C' => 'Ç',
            'N' => 'Ñ',
            'S' => 'Š',
            other => other,
        })
        .collect();
    let padding = "~".repeat(text.chars().count().div_ceil(5) * 2);
    let (lead, body) = accented.split_at(accented.len() - accented.trim_start().len());
    let body_trimmed = body.trim_end();
    let trail = &body[body_trimmed.len()..];
    format!("{lead}[{body_trimmed}{padding}]{trail}").into()
}

/// Whether a shipped locale is the pseudo-locale (not offered for letters).
#[must_use]
pub fn is_pseudo(language: &LanguageIdentifier) -> bool {
    LOCALES
        .iter()
        .any(|l| l.pseudo && l.tag.parse::<LanguageIdentifier>().ok().as_ref() == Some(language))
}

/// The reference locale.
pub const FALLBACK: LanguageIdentifier = langid!("en-US");

/// The shipped language identifiers, in [`LOCALES`] order, without the pseudo-locale
/// (which is only ever chosen by its exact tag).
#[must_use]
pub fn available() -> Vec<LanguageIdentifier> {
    LOCALES
        .iter()
        .filter(|l| !l.pseudo)
        .filter_map(|l| l.tag.parse().ok())
        .collect()
}

/// The locales a user can pick for letters, and in the language menu of a release
/// build: all but the pseudo-locale.
pub fn user_locales() -> impl Iterator<Item = &'static Locale> {
    LOCALES.iter().filter(|l| !l.pseudo)
}

/// Pick the best shipped locale for a list of requested tags (most wanted first).
/// Unparsable tags are skipped; when nothing matches, en-US.
#[must_use]
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> LanguageIdentifier {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|t| {
            // POSIX locales look like `de_DE.UTF-8` or `C`.
            let tag = t.as_ref().split(['.', '@']).next().unwrap_or_default();
            tag.replace('_', "-").parse().ok()
        })
        .collect();
    if let Some(pseudo) = requested.first().filter(|l| is_pseudo(l)) {
        return pseudo.clone();
    }
    let available = available();
    let fallback = FALLBACK;
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&fallback),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().map_or(FALLBACK, |l| (*l).clone())
}

/// The language the OS asks for, negotiated against the shipped locales.
#[must_use]
pub fn system_language() -> LanguageIdentifier {
    let requested: Vec<String> = sys_locale::get_locales().collect();
    negotiate(&requested)
}

type Bundle = FluentBundle<FluentResource>;

/// Build the bundle of one shipped locale, collecting every error.
#[must_use]
pub fn build_bundle(locale: &Locale) -> (Bundle, Vec<String>) {
    let langid: LanguageIdentifier = locale.tag.parse().unwrap_or(FALLBACK);
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    if locale.pseudo {
        bundle.set_transform(Some(pseudo_transform));
    }
    let mut errors = Vec::new();
    if let Err(e) = bundle.add_builtins() {
        errors.push(format!("{}: builtins: {e:?}", locale.tag));
    }
    for (name, source) in locale.sources() {
        let source = match source {
            Ok(source) => source,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let resource = match FluentResource::try_new(source) {
            Ok(r) => r,
            Err((r, errs)) => {
                errors.extend(errs.iter().map(|e| format!("{name}: {e:?}")));
                r
            }
        };
        if let Err(errs) = bundle.add_resource(resource) {
            errors.extend(errs.iter().map(|e| format!("{name}: {e:?}")));
        }
    }
    (bundle, errors)
}

/// Parse the review cues of a shipped locale.
pub fn parse_cues(locale: &Locale) -> Result<Cues, String> {
    let source = locale.review_source()?;
    ron::from_str(&source).map_err(|e| format!("{}/review.ron: {e}", locale.tag))
}

/// Message lookup for the interface language and for any letter language.
pub struct Localizer {
    language: LanguageIdentifier,
    /// One lazily built bundle per entry of [`LOCALES`].
    bundles: Vec<OnceCell<Bundle>>,
    /// One lazily parsed and compiled set of review rules per entry of [`LOCALES`].
    rules: Vec<OnceCell<Rules>>,
}

impl Localizer {
    #[must_use]
    pub fn new(language: &LanguageIdentifier) -> Self {
        let mut me = Self {
            language: FALLBACK,
            bundles: LOCALES.iter().map(|_| OnceCell::new()).collect(),
            rules: LOCALES.iter().map(|_| OnceCell::new()).collect(),
        };
        me.set_language(language);
        me
    }

    /// The interface language.
    #[must_use]
    pub fn language(&self) -> &LanguageIdentifier {
        &self.language
    }

    /// Switch the interface language; an unshipped language is negotiated to the
    /// closest shipped one.
    pub fn set_language(&mut self, language: &LanguageIdentifier) {
        self.language = negotiate(&[language.to_string()]);
    }

    fn index_of(language: &LanguageIdentifier) -> Option<usize> {
        LOCALES
            .iter()
            .position(|l| l.tag.parse::<LanguageIdentifier>().ok().as_ref() == Some(language))
    }

    fn bundle(&self, index: usize) -> &Bundle {
        self.bundles[index].get_or_init(|| {
            let (bundle, errors) = build_bundle(&LOCALES[index]);
            for e in errors {
                log::error!("Fluent: {e}");
            }
            bundle
        })
    }

    fn format_in(&self, index: usize, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle(index);
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        for e in errors {
            log::warn!("Fluent {} {id}: {e:?}", LOCALES[index].tag);
        }
        Some(text.into_owned())
    }

    /// Format `id` in `language` itself (no fallback), reporting every Fluent error: for
    /// tests that check each locale's messages.
    pub fn format_checked(
        &self,
        language: &LanguageIdentifier,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, Vec<String>> {
        let index =
            Self::index_of(language).ok_or_else(|| vec![format!("{language}: not shipped")])?;
        let bundle = self.bundle(index);
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| vec![format!("{language}: no message {id}")])?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(errors
                .iter()
                .map(|e| format!("{language} {id}: {e:?}"))
                .collect())
        }
    }

    /// Format `id` in `language`, falling back to en-US, then to the id itself.
    #[must_use]
    pub fn format(
        &self,
        language: &LanguageIdentifier,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> String {
        let index = Self::index_of(language).unwrap_or(0);
        self.format_in(index, id, args)
            .or_else(|| (index != 0).then(|| self.format_in(0, id, args)).flatten())
            .unwrap_or_else(|| {
                log::warn!("missing Fluent message {id}");
                id.to_owned()
            })
    }

    /// The review rules of a letter language (falling back to en-US).
    #[must_use]
    pub fn review_rules(&self, language: &LanguageIdentifier) -> &Rules {
        let index = Self::index_of(language).unwrap_or(0);
        self.rules[index].get_or_init(|| {
            let cues = parse_cues(&LOCALES[index]).unwrap_or_else(|e| {
                log::error!("{e}");
                Cues::default()
            });
            let (rules, bad) = Rules::new(cues);
            for pattern in bad {
                log::error!(
                    "{}/review.ron: the cue '{pattern}' cannot be used",
                    LOCALES[index].tag
                );
            }
            rules
        })
    }

    /// Whether letters in `language` distinguish formal and informal address.
    #[must_use]
    pub fn marks_formality(&self, language: &LanguageIdentifier) -> bool {
        self.format(language, "letter-formality-marked", None)
            .trim()
            == "yes"
    }

    /// Whether letters in `language` greet the contact with a form of address of its
    /// own (`letter-address-asked = yes`: the vocative of Ukrainian or Polish), so the
    /// editor asks for it.
    #[must_use]
    pub fn asks_address(&self, language: &LanguageIdentifier) -> bool {
        self.format(language, "letter-address-asked", None).trim() == "yes"
    }

    /// An interface string.
    #[must_use]
    pub fn tr(&self, id: &str) -> String {
        self.format(&self.language, id, None)
    }

    /// Join items as a list in the interface language ("a, b" / "a、b").
    #[must_use]
    pub fn join(&self, items: impl IntoIterator<Item = impl AsRef<str>>) -> String {
        let separator = self.tr("list-separator");
        let mut out = String::new();
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                out.push_str(&separator);
            }
            out.push_str(item.as_ref());
        }
        out
    }

    /// A date written out the way letters in `language` write it (e.g. "November 28,
    /// 2026", "28. November 2026", "2026年11月28日").
    #[must_use]
    pub fn long_date(&self, language: &LanguageIdentifier, date: jiff::civil::Date) -> String {
        let mut args = FluentArgs::new();
        args.set("day", i64::from(date.day()));
        args.set("month", i64::from(date.month()));
        args.set("year", i64::from(date.year()));
        args.set(
            "monthname",
            self.format(language, &format!("month-{}", date.month()), None),
        );
        self.format(language, "date-long", Some(&args))
    }

    /// An interface string with arguments.
    #[must_use]
    pub fn tr_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(&self.language, id, Some(args))
    }
}

/// The native name of a shipped language, or its tag.
#[must_use]
pub fn native_name(language: &LanguageIdentifier) -> String {
    let tag = language.to_string();
    LOCALES
        .iter()
        .find(|l| l.tag == tag)
        .map_or(tag, |l| l.native_name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_texts_inflate_to_the_files_and_damage_is_an_error() {
        let english = &LOCALES[0];
        let sources = english.sources();
        let app = sources[0].1.as_ref().expect("inflates");
        assert_eq!(app.as_str(), include_str!("../../locales/en-US/app.ftl"));
        assert_eq!(
            english.review_source().expect("inflates"),
            include_str!("../../locales/en-US/review.ron")
        );
        let err = inflate("x.ftl", b"not deflated").expect_err("garbage");
        assert!(err.starts_with("x.ftl: "), "{err}");
        let truncated = &english.review[..english.review.len() / 2];
        assert!(inflate("review.ron", truncated).is_err());
    }

    #[test]
    fn negotiation_matches_posix_and_bcp47_tags() {
        assert_eq!(negotiate(&["de_DE.UTF-8"]).to_string(), "de-DE");
        assert_eq!(negotiate(&["de-AT"]).to_string(), "de-DE");
        assert_eq!(negotiate(&["ja"]).to_string(), "ja-JP");
        assert_eq!(negotiate(&["C"]).to_string(), "en-US");
        assert_eq!(negotiate(&["sw-KE", "ja-JP"]).to_string(), "ja-JP");
        assert_eq!(negotiate::<&str>(&[]).to_string(), "en-US");
        assert_eq!(negotiate(&["not a tag!"]).to_string(), "en-US");
    }

    #[test]
    fn lookup_falls_back_to_the_id() {
        let l = Localizer::new(&langid!("de-DE"));
        assert_eq!(l.tr("no-such-message-anywhere"), "no-such-message-anywhere");
        assert_ne!(l.tr("app-title"), "app-title");
    }
}
