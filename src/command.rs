//! What views ask for. Views draw and edit the state they are given; anything with a
//! side effect (clipboard, files, language, theme, navigation) is returned as a
//! [`Command`] and carried out by [`crate::App`] in one place.

use unic_langid::LanguageIdentifier;

use crate::domain::ThemeChoice;
use crate::domain::template::Scenario;
use crate::ui::Tab;

/// A file the user asked to write or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileTask {
    /// One opportunity as RON.
    ExportCase(u64),
    /// The whole workspace as RON.
    ExportWorkspace,
    /// The list of opportunities as CSV.
    ExportCsv,
    /// Opportunities from a RON file, merged in.
    Import,
    /// The current letter as plain text.
    SaveTxt,
    /// The current letter as an e-mail draft (RFC 5322).
    SaveEml,
    /// The user's own templates as RON.
    ExportTemplates,
    /// Templates from a RON file, added to the user's own.
    ImportTemplates,
}

impl FileTask {
    #[must_use]
    pub fn is_export(self) -> bool {
        !matches!(self, FileTask::Import | FileTask::ImportTemplates)
    }
}

#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Copy the current letter (subject and body) as clean text, with an HTML
    /// alternative; refused while a placeholder is unfilled.
    CopyLetter,
    /// Hand the current letter to the mail client (`mailto:`).
    OpenInMailClient,
    /// Save the current letter as a template: the user's own (`name`), or their version
    /// of the built-in scenario in the letter language.
    SaveTemplate {
        name: String,
        version_of_builtin: bool,
    },
    /// Switch the interface language (`None`: follow the system).
    SetLanguage(Option<LanguageIdentifier>),
    SetTheme(ThemeChoice),
    /// Show another panel.
    OpenTab(Tab),
    /// Regenerate the draft from the chosen template, discarding edits.
    ResetDraft,
    /// Switch the letter to this scenario and show the editor.
    OpenTemplate(Scenario),
    /// Show the opportunity with this id.
    SelectCase(u64),
    NewCase,
    DuplicateCase(u64),
    /// Archive, or bring back from the archive.
    ToggleArchive(u64),
    /// Delete (undoable).
    DeleteCase(u64),
    UndoDelete,
    OpenProfile,
    /// Show the call script in large type.
    OpenCallMode,
    /// Show the About window with the data sources and their licences.
    OpenAbout,
    /// Ask for a file (system dialog, else a typed path) and carry out the task.
    File(FileTask),
}
