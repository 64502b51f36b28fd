//! What views ask for. A view draws and edits the fields it is handed (the opportunity
//! on screen, and the profile where it shows a profile field) when the edit is the
//! user's input itself (typing, picking one of a few choices) and keeps every invariant
//! by itself; anything that adds or removes items, reaches beyond what it was handed,
//! or has an effect outside the workspace (clipboard, files, windows, language, theme,
//! navigation) is returned as a [`Command`] and carried out in one place, `App::apply`
//! (src/app/apply.rs).

use unic_langid::LanguageIdentifier;

use crate::domain::followup::{ItemId, Reply};
use crate::domain::template::Scenario;
use crate::domain::timeline::Step;
use crate::domain::{CaseId, TemplateId, ThemeChoice};
use crate::ui::{Tab, Window};

/// A file the user asked to write or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileTask {
    /// One opportunity as RON.
    ExportCase(CaseId),
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
    /// A Hunspell dictionary (`.aff` with its `.dic` beside it) for the letter language,
    /// copied into the data folder.
    AddDictionary,
    /// The comparison of offers as CSV.
    ExportComparisonCsv,
    /// The comparison of offers as plain text, to print or paste.
    ExportComparisonText,
    /// The dates of one opportunity as an iCalendar file.
    ExportCalendar(CaseId),
    /// The dates of every opportunity as one iCalendar file.
    ExportCalendarAll,
}

impl FileTask {
    #[must_use]
    pub fn is_export(self) -> bool {
        !matches!(
            self,
            FileTask::Import | FileTask::ImportTemplates | FileTask::AddDictionary
        )
    }
}

/// Something a view asks the app to do. Returned by the panels, the menu and the
/// shortcuts during a frame and carried out after it, in order.
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
    /// Drop the user's version of the current scenario in the letter language, going
    /// back to the built-in text.
    RestoreBuiltin,
    /// Give one of the user's templates a new name.
    RenameTemplate(TemplateId, String),
    DuplicateTemplate(TemplateId),
    /// Delete one of the user's templates; letters using it go back to their scenario.
    DeleteTemplate(TemplateId),
    /// Show the opportunity with this id.
    SelectCase(CaseId),
    NewCase,
    DuplicateCase(CaseId),
    /// Archive, or bring back from the archive.
    ToggleArchive(CaseId),
    /// Delete (undoable).
    DeleteCase(CaseId),
    UndoDelete,
    /// Open a window (profile, about, call script).
    OpenWindow(Window),
    /// Dismiss the notice at this index of the notices bar.
    DismissNotice(usize),
    /// The current letter was sent (or the call made): the opportunity is declined and
    /// the timeline moves on to the steps after sending.
    MarkSent,
    /// Tick a step of the current opportunity's timeline.
    MarkStepDone(Step),
    /// Add the example opportunity and show it.
    OpenExample,
    /// Leave the welcome and start with an empty opportunity.
    DismissWelcome,
    /// Close the main window; what was typed is saved first (eframe calls `on_exit`).
    Quit,
    /// Say that an edited letter was kept under the scenario just chosen.
    DraftKept,
    /// Copy the letter's subject on its own (the Copy button copies the body).
    CopySubject,
    /// Bring back the subject and body a "Reset to the template" replaced.
    UndoReset,
    /// Ask for a file (system dialog, else a typed path) and carry out the task.
    File(FileTask),
    /// Show the comparison of offers in place of the opportunity's panels.
    OpenComparison,
    /// Leave the comparison of offers for the opportunity's panels.
    CloseComparison,
    /// Accept this offer: it is marked accepted, and the other open offers of the
    /// comparison get the letter that declines because another offer was accepted.
    AcceptOffer(CaseId),
    /// Never flag this word as misspelled again (the user's word list).
    AddToDictionary(String),
    /// Record the employer's reply on the current opportunity and show what answers it:
    /// the checklist for an improved offer (the decision is open again), else the letter.
    RecordReply(Reply),
    /// Hide the notice of this due promise for the rest of the session.
    DismissDue(CaseId, crate::domain::followup::Source, jiff::civil::Date),
    /// Show this opportunity's follow-up panel (from a due notice).
    ShowFollowUp(CaseId),
    /// Add an empty promise to the current opportunity's follow-up.
    AddPromise,
    RemovePromise(ItemId),
    /// Add an empty person to the people met of the current opportunity.
    AddPerson,
    RemovePerson(ItemId),
    /// Write the stay-connected note to this person met (the letter is regenerated; an
    /// edited one can be brought back with "Undo").
    WriteToPerson(ItemId),
    /// Put this text in place of the letter body's bytes `start..end` (a spelling
    /// suggestion), if they still read `was`.
    ReplaceInBody {
        start: usize,
        end: usize,
        was: String,
        with: String,
    },
}
