//! The system clipboard, behind a trait so that tests can record what was copied.

use std::sync::{Arc, Mutex};

/// Somewhere text can be copied to.
pub trait Clipboard {
    /// Put `text` on the clipboard; the error is a message for the user.
    fn set_text(&mut self, text: &str) -> Result<(), String>;

    /// Put `html` on the clipboard with `text` as its plain alternative, where the
    /// platform supports it; else the text alone.
    fn set_html(&mut self, html: &str, text: &str) -> Result<(), String> {
        let _ = html;
        self.set_text(text)
    }
}

/// The operating system's clipboard (arboard). Opened on first use and kept open: on
/// X11 the app itself serves the copied text while it runs.
#[derive(Default)]
pub struct SystemClipboard {
    inner: Option<arboard::Clipboard>,
}

impl Clipboard for SystemClipboard {
    fn set_text(&mut self, text: &str) -> Result<(), String> {
        if self.inner.is_none() {
            self.inner = Some(arboard::Clipboard::new().map_err(|e| e.to_string())?);
        }
        match &mut self.inner {
            Some(clipboard) => clipboard.set_text(text).map_err(|e| e.to_string()),
            None => Err("no clipboard".to_owned()),
        }
    }

    fn set_html(&mut self, html: &str, text: &str) -> Result<(), String> {
        if self.inner.is_none() {
            self.inner = Some(arboard::Clipboard::new().map_err(|e| e.to_string())?);
        }
        match &mut self.inner {
            Some(clipboard) => clipboard
                .set_html(html, Some(text))
                .or_else(|_| clipboard.set_text(text))
                .map_err(|e| e.to_string()),
            None => Err("no clipboard".to_owned()),
        }
    }
}

/// A clipboard in memory that remembers every text copied, for tests and diagnostics.
/// With `fail` set it refuses, as a machine without a clipboard service would.
#[derive(Clone, Default)]
pub struct MemoryClipboard {
    pub copied: Arc<Mutex<Vec<String>>>,
    /// The HTML alternatives copied, in order.
    pub html: Arc<Mutex<Vec<String>>>,
    pub fail: bool,
}

impl MemoryClipboard {
    /// The most recent text copied.
    #[must_use]
    pub fn last(&self) -> Option<String> {
        self.copied.lock().ok().and_then(|v| v.last().cloned())
    }
}

impl Clipboard for MemoryClipboard {
    fn set_text(&mut self, text: &str) -> Result<(), String> {
        if self.fail {
            return Err("no clipboard service".to_owned());
        }
        self.copied
            .lock()
            .map_err(|e| e.to_string())?
            .push(text.to_owned());
        Ok(())
    }

    fn set_html(&mut self, html: &str, text: &str) -> Result<(), String> {
        self.set_text(text)?;
        self.html
            .lock()
            .map_err(|e| e.to_string())?
            .push(html.to_owned());
        Ok(())
    }
}
