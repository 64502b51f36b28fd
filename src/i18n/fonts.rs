//! Fonts for scripts the default egui fonts lack (CJK, Devanagari, …).
//!
//! The system font provider finds installed fonts on demand and is told the interface
//! language, so that a pan-CJK font shows Japanese or Chinese glyph forms as the reader
//! expects. [`FontWatch`] wraps it and remembers every character no font could draw, so
//! the app can tell the user instead of silently drawing boxes.

use std::sync::{Arc, Mutex};

use egui::epaint::text::{FallbackRequest, FontInsert, FontProvider};
use unic_langid::LanguageIdentifier;

/// The locale hint for the font provider: only the language matters (ja, zh, ko, …).
#[must_use]
pub fn font_locale(language: &LanguageIdentifier) -> String {
    language.language.as_str().to_owned()
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

/// A font provider that asks another one and records its misses.
pub struct FontWatch {
    inner: Option<Box<dyn FontProvider>>,
    missing: MissingGlyphs,
}

impl FontWatch {
    /// Watch the system font provider, told `locale`.
    #[must_use]
    pub fn system(locale: &str, missing: MissingGlyphs) -> Self {
        let provider =
            egui_system_font_provider::SystemFontProvider::new().with_locale(Some(locale));
        Self {
            inner: Some(Box::new(provider)),
            missing,
        }
    }

    /// A provider that finds nothing: every character the default fonts lack is recorded.
    /// Stands for a machine without any suitable font.
    #[must_use]
    pub fn none(missing: MissingGlyphs) -> Self {
        Self {
            inner: None,
            missing,
        }
    }
}

impl FontProvider for FontWatch {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let found = self.inner.as_ref().and_then(|p| p.font_for(request));
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
