//! What views ask for. Views draw and edit the state they are given; anything with a
//! side effect (clipboard, language, theme, navigation) is returned as a [`Command`] and
//! carried out by [`crate::App`] in one place.

use unic_langid::LanguageIdentifier;

use crate::domain::ThemeChoice;
use crate::ui::Tab;

#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Put this text on the system clipboard.
    CopyToClipboard(String),
    /// Switch the interface language (`None`: follow the system).
    SetLanguage(Option<LanguageIdentifier>),
    SetTheme(ThemeChoice),
    /// Show another panel.
    OpenTab(Tab),
    /// Regenerate the draft from the chosen template, discarding edits.
    ResetDraft,
}
