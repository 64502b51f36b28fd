//! Fonts for scripts the default egui fonts lack (CJK, Devanagari, …).
//!
//! The system font provider finds installed fonts on demand and is told the interface
//! language, so that a pan-CJK font shows Japanese or Chinese glyph forms as the reader
//! expects. [`FontWatch`] wraps it and remembers every character no font could draw, so
//! the app can tell the user instead of silently drawing boxes.

use std::sync::{Arc, Mutex, OnceLock};

use egui::epaint::text::{FallbackRequest, FontInsert, FontProvider};
use unic_langid::LanguageIdentifier;

/// The locale hint for the font provider: for Chinese the language and script, so that
/// a pan-CJK font shows Simplified Chinese glyph forms to a Chinese reader and Japanese
/// forms to a Japanese one; the language for the other scripts beyond the default fonts
/// (Japanese, Korean, Hindi); and no hint (empty) for the languages the default fonts
/// cover, for which it would change nothing. Switching among those keeps the provider
/// and the glyphs already drawn.
#[must_use]
pub fn font_locale(language: &LanguageIdentifier) -> String {
    match language.language.as_str() {
        "zh" => match language
            .region
            .as_ref()
            .map(unic_langid::subtags::Region::as_str)
        {
            Some("TW" | "HK" | "MO") => "zh-Hant".to_owned(),
            _ => "zh-Hans".to_owned(),
        },
        _ if !needs_system_fonts(language) => String::new(),
        other => other.to_owned(),
    }
}

/// Noto Sans Devanagari (SIL Open Font License 1.1, see assets/fonts), for Hindi on
/// machines without a Devanagari font. Handed to egui only when a Devanagari character
/// is drawn and no installed font has it.
static DEVANAGARI: &[u8] = include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf");

/// The few CJK and Hangul glyphs of the languages' own names (日本語, 中文（简体）,
/// 한국어), subset from Noto Sans CJK (SIL Open Font License 1.1) by
/// `scripts/make-name-font`, so that the language menu is readable on a machine without
/// any CJK font. About 4 KB.
static LANGUAGE_NAMES: &[u8] = include_bytes!("../../assets/fonts/GraciousLanguageNames.otf");

/// The symbols the interface draws that egui's own fonts lack (⚠ ✔ ✖ ↔ ↪ →, a few
/// currency signs CLDR formats can emit, `U+FFFD`), subset from `DejaVu` Sans (see
/// assets/fonts/DejaVu-LICENSE.txt) by `scripts/make-name-font`, so that a machine
/// without any system font still shows them. About 14 KB, most of it the licence text.
static SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/GraciousSymbols.ttf");

/// The characters of the symbols font, sorted (printed by `scripts/make-name-font`).
static SYMBOL_CHARS: [char; 26] = [
    '\u{066B}', '\u{066C}', '\u{0E3F}', '\u{2009}', '\u{202F}', '\u{20A1}', '\u{20A4}', '\u{20A6}',
    '\u{20A7}', '\u{20A9}', '\u{20AA}', '\u{20AB}', '\u{20AD}', '\u{20B1}', '\u{20B2}', '\u{20B5}',
    '\u{20B8}', '\u{20BA}', '\u{20BD}', '\u{2192}', '\u{2194}', '\u{21AA}', '\u{26A0}', '\u{2714}',
    '\u{2716}', '\u{FFFD}',
];

fn is_devanagari(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}')
}

/// A CJK, Hangul or full-width character that some language's own name uses: the
/// characters of the bundled language-names font.
fn in_language_names(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{FF00}'..='\u{FFEF}')
        && super::LOCALES.iter().any(|l| l.native_name.contains(c))
}

fn bundled_font_for(c: char, family: &egui::FontFamily) -> Option<FontInsert> {
    let (name, data) = if is_devanagari(c) {
        ("gracious:NotoSansDevanagari", DEVANAGARI)
    } else if in_language_names(c) {
        ("gracious:LanguageNames", LANGUAGE_NAMES)
    } else if SYMBOL_CHARS.binary_search(&c).is_ok() {
        ("gracious:Symbols", SYMBOLS)
    } else {
        return None;
    };
    Some(FontInsert::new(
        name,
        egui::FontData::from_static(data),
        vec![egui::epaint::text::InsertFontFamily {
            family: family.clone(),
            priority: egui::epaint::text::FontPriority::Lowest,
        }],
    ))
}

/// Characters no font could draw, shared between the provider and the app.
#[derive(Clone, Default)]
pub struct MissingGlyphs(Arc<Mutex<Vec<char>>>);

impl MissingGlyphs {
    /// The characters seen so far that nothing could draw.
    #[must_use]
    pub fn chars(&self) -> Vec<char> {
        self.0.lock().map(|v| v.clone()).unwrap_or_default()
    }

    fn record(&self, c: char) {
        if let Ok(mut v) = self.0.lock()
            && !v.contains(&c)
            && v.len() < 64
        {
            v.push(c);
        }
    }
}

/// Makes the provider a [`FontWatch`] asks, when it is first needed.
type MakeProvider = Box<dyn Fn() -> Box<dyn FontProvider> + Send + Sync>;

/// A font provider that asks another one and records its misses. A provider that
/// fails (panics — fontique does on a machine with no fonts at all) is contained: it is
/// never asked again and the bundled fonts serve from then on, with the notice.
pub struct FontWatch {
    inner: Inner,
    missing: MissingGlyphs,
    /// The inner provider failed once.
    broken: std::sync::atomic::AtomicBool,
}

enum Inner {
    None,
    Ready(Box<dyn FontProvider>),
    /// Made on the first request: enumerating the system fonts (fontconfig) costs
    /// start-up time that an interface the default fonts cover does not need to pay.
    Lazy(MakeProvider, OnceLock<Box<dyn FontProvider>>),
}

/// Whether the default egui fonts (Latin, Greek, Cyrillic) lack the script of an
/// interface language, so the system fonts are wanted from the first frame on.
#[must_use]
pub fn needs_system_fonts(language: &LanguageIdentifier) -> bool {
    !matches!(
        language.language.as_str(),
        "en" | "de" | "es" | "fr" | "it" | "nl" | "pl" | "pt" | "uk"
    )
}

impl FontWatch {
    /// Watch the system font provider, told `locale` (if not empty). With `eager`, the system fonts are
    /// enumerated now (on the provider's own thread); otherwise on the first character
    /// the default fonts lack.
    #[must_use]
    pub fn system(locale: &str, eager: bool, missing: MissingGlyphs) -> Self {
        let locale = locale.to_owned();
        let make: MakeProvider = Box::new(move || {
            Box::new(
                egui_system_font_provider::SystemFontProvider::new().with_locale(Some(&locale)),
            )
        });
        Self::with(make, eager, missing)
    }

    /// Watch the provider `make` makes, now or on the first request.
    #[must_use]
    pub fn with(make: MakeProvider, eager: bool, missing: MissingGlyphs) -> Self {
        let inner = if eager {
            match contained(&make) {
                Some(provider) => Inner::Ready(provider),
                None => Inner::None,
            }
        } else {
            Inner::Lazy(make, OnceLock::new())
        };
        Self {
            inner,
            missing,
            broken: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// A provider that finds nothing: every character the default fonts lack is recorded.
    /// Stands for a machine without any suitable font.
    #[must_use]
    pub fn none(missing: MissingGlyphs) -> Self {
        Self {
            inner: Inner::None,
            missing,
            broken: std::sync::atomic::AtomicBool::new(false),
        }
    }

    fn provider(&self) -> Option<&dyn FontProvider> {
        match &self.inner {
            Inner::None => None,
            Inner::Ready(p) => Some(p.as_ref()),
            Inner::Lazy(make, cell) => cell
                .get_or_init(|| contained(make).unwrap_or_else(|| Box::new(NoFonts)))
                .as_ref()
                .into(),
        }
    }

    /// Ask the inner provider, containing a failure.
    fn ask_inner(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        use std::sync::atomic::Ordering;
        if self.broken.load(Ordering::Relaxed) {
            return None;
        }
        let provider = self.provider()?;
        let asked =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| provider.font_for(request)));
        asked.unwrap_or_else(|_| {
            log::error!("the system font provider failed; using the bundled fonts only");
            self.broken.store(true, Ordering::Relaxed);
            None
        })
    }
}

/// A provider that finds nothing: stands in for one that could not be made.
struct NoFonts;

impl FontProvider for NoFonts {
    fn font_for(&self, _: &FallbackRequest<'_>) -> Option<FontInsert> {
        None
    }
}

/// Make a provider, containing a failure (`None`).
fn contained(make: &MakeProvider) -> Option<Box<dyn FontProvider>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(make))
        .inspect_err(|_| log::error!("the system font provider could not start"))
        .ok()
}

impl FontProvider for FontWatch {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let first = request.cluster.chars().next();
        // The interface's own symbols come from the bundled font first: they then look
        // the same on every machine, and a "⚠" in an English list does not cost the
        // enumeration of the system fonts (about 9 ms of the first frame).
        let symbol = first.is_some_and(|c| SYMBOL_CHARS.binary_search(&c).is_ok());
        let found = if symbol {
            first.and_then(|c| bundled_font_for(c, request.family))
        } else {
            self.ask_inner(request)
                .or_else(|| first.and_then(|c| bundled_font_for(c, request.family)))
        };
        if found.is_none()
            && let Some(c) = request.cluster.chars().next()
            && !c.is_control()
            && !c.is_whitespace()
        {
            self.missing.record(c);
        }
        found
    }
}

/// Whether an installed font can draw `sample`, asked of the system font provider told
/// `locale`; a failing provider counts as no. For tests and diagnostics: the app itself
/// just asks and falls back.
#[must_use]
pub fn system_font_covers(locale: &str, sample: &str) -> bool {
    let watch = FontWatch::system(locale, true, MissingGlyphs::default());
    sample.chars().all(|c| {
        let cluster = c.to_string();
        watch
            .ask_inner(&FallbackRequest {
                cluster: &cluster,
                family: &egui::FontFamily::Proportional,
            })
            .is_some()
    })
}

/// The fonts of the app: the provider installed for the interface language, and the
/// characters nothing could draw.
pub struct Fonts {
    missing: MissingGlyphs,
    /// Look for system fonts at all (off stands for a machine without them).
    system: bool,
    /// The locale hint of the installed provider; `None` before the first.
    installed_for: Option<String>,
}

impl Fonts {
    #[must_use]
    pub fn new(system: bool) -> Self {
        Self {
            missing: MissingGlyphs::default(),
            system,
            installed_for: None,
        }
    }

    /// Install the provider for `language`, unless the one installed already fits.
    pub fn install(&mut self, ctx: &egui::Context, language: &LanguageIdentifier) {
        let locale = font_locale(language);
        if self.installed_for.as_ref() == Some(&locale) {
            return;
        }
        let provider = if self.system {
            FontWatch::system(&locale, needs_system_fonts(language), self.missing.clone())
        } else {
            FontWatch::none(self.missing.clone())
        };
        ctx.set_font_providers(vec![Arc::new(provider)]);
        self.installed_for = Some(locale);
    }

    /// The characters seen so far that no font could draw.
    #[must_use]
    pub fn missing(&self) -> Vec<char> {
        self.missing.chars()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    #[test]
    fn devanagari_falls_back_to_the_bundled_font_and_other_misses_are_recorded() {
        let missing = MissingGlyphs::default();
        let watch = FontWatch::none(missing.clone());
        let family = egui::FontFamily::Proportional;
        let found = watch.font_for(&FallbackRequest {
            cluster: "नमस्ते",
            family: &family,
        });
        assert!(found.is_some_and(|f| f.name == "gracious:NotoSansDevanagari"));
        assert!(missing.chars().is_empty());
        let found = watch.font_for(&FallbackRequest {
            cluster: "猫",
            family: &family,
        });
        assert!(found.is_none());
        assert_eq!(missing.chars(), vec!['猫']);
    }

    #[test]
    fn a_lazy_provider_is_made_on_the_first_request_only() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        struct Nothing;
        impl FontProvider for Nothing {
            fn font_for(&self, _: &FallbackRequest<'_>) -> Option<FontInsert> {
                None
            }
        }
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let make: MakeProvider = Box::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            Box::new(Nothing)
        });
        let missing = MissingGlyphs::default();
        let watch = FontWatch::with(make, false, missing.clone());
        assert_eq!(calls.load(Ordering::SeqCst), 0, "made before any request");
        let family = egui::FontFamily::Proportional;
        for cluster in ["猫", "犬", "नमस्ते"] {
            let _ = watch.font_for(&FallbackRequest {
                cluster,
                family: &family,
            });
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert_eq!(missing.chars(), vec!['猫', '犬']);
    }

    #[test]
    fn only_scripts_beyond_the_default_fonts_want_system_fonts_at_start() {
        assert!(!needs_system_fonts(&langid!("de-DE")));
        assert!(!needs_system_fonts(&langid!("uk-UA")));
        assert!(needs_system_fonts(&langid!("ja-JP")));
        assert!(needs_system_fonts(&langid!("hi-IN")));
        assert!(needs_system_fonts(&langid!("zh-CN")));
    }

    #[test]
    fn chinese_readers_get_simplified_forms() {
        assert_eq!(font_locale(&langid!("zh-CN")), "zh-Hans");
        assert_eq!(font_locale(&langid!("zh-TW")), "zh-Hant");
        assert_eq!(font_locale(&langid!("ja-JP")), "ja");
        assert_eq!(font_locale(&langid!("hi-IN")), "hi");
        assert_eq!(font_locale(&langid!("en-US")), "");
        assert_eq!(
            font_locale(&langid!("de-DE")),
            font_locale(&langid!("uk-UA"))
        );
    }

    #[test]
    fn the_languages_own_names_fall_back_to_the_bundled_names_font() {
        let missing = MissingGlyphs::default();
        let watch = FontWatch::none(missing.clone());
        let family = egui::FontFamily::Proportional;
        for cluster in ["한", "語", "简", "（"] {
            let found = watch.font_for(&FallbackRequest {
                cluster,
                family: &family,
            });
            assert!(
                found.is_some_and(|f| f.name == "gracious:LanguageNames"),
                "{cluster}"
            );
        }
        // A CJK character outside the names is not pretended to be covered.
        assert!(
            watch
                .font_for(&FallbackRequest {
                    cluster: "猫",
                    family: &family,
                })
                .is_none()
        );
        assert_eq!(missing.chars(), vec!['猫']);
    }

    #[test]
    fn a_failing_provider_is_contained_and_never_asked_again() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        struct Panics(Arc<AtomicUsize>);
        impl FontProvider for Panics {
            fn font_for(&self, _: &FallbackRequest<'_>) -> Option<FontInsert> {
                self.0.fetch_add(1, Ordering::SeqCst);
                panic!("The Promise Sender was dropped");
            }
        }
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let make: MakeProvider = Box::new(move || Box::new(Panics(counter.clone())));
        let watch = FontWatch::with(make, true, MissingGlyphs::default());
        let family = egui::FontFamily::Proportional;
        for cluster in ["한", "नमस्ते", "한"] {
            let found = watch.font_for(&FallbackRequest {
                cluster,
                family: &family,
            });
            assert!(found.is_some(), "the bundled fonts serve {cluster}");
        }
        assert_eq!(
            calls.load(Ordering::SeqCst),
            1,
            "asked once, then left alone"
        );

        let make: MakeProvider = Box::new(|| panic!("fontconfig: NoMatch"));
        let watch = FontWatch::with(make, true, MissingGlyphs::default());
        assert!(
            watch
                .font_for(&FallbackRequest {
                    cluster: "한",
                    family: &family,
                })
                .is_some()
        );
    }

    #[test]
    fn the_interface_symbols_come_from_the_bundled_font_without_asking_the_system() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        assert!(SYMBOL_CHARS.windows(2).all(|w| w[0] < w[1]), "sorted");
        let enumerations = Arc::new(AtomicUsize::new(0));
        let counter = enumerations.clone();
        let make: MakeProvider = Box::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            Box::new(NoFonts)
        });
        let watch = FontWatch::with(make, false, MissingGlyphs::default());
        let family = egui::FontFamily::Proportional;
        for cluster in ["⚠", "✔", "✖", "↔", "↪"] {
            let found = watch.font_for(&FallbackRequest {
                cluster,
                family: &family,
            });
            assert!(
                found.is_some_and(|f| f.name == "gracious:Symbols"),
                "{cluster}"
            );
        }
        assert_eq!(
            enumerations.load(Ordering::SeqCst),
            0,
            "the system fonts are not enumerated for a symbol"
        );
        watch.font_for(&FallbackRequest {
            cluster: "한",
            family: &family,
        });
        assert_eq!(
            enumerations.load(Ordering::SeqCst),
            1,
            "but are for a script"
        );

        let watch = FontWatch::none(MissingGlyphs::default());
        for cluster in ["⚠", "✔", "✖", "↔", "↪"] {
            let found = watch.font_for(&FallbackRequest {
                cluster,
                family: &family,
            });
            assert!(
                found.is_some_and(|f| f.name == "gracious:Symbols"),
                "{cluster}"
            );
        }
    }
}
