//! File dialogs without blocking the UI: the system dialog (rfd) runs on its own thread
//! and the app polls for the answer. Where no dialog service exists (rfd then returns
//! at once with nothing), the app falls back to a typed path.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crate::command::FileTask;

/// An answer faster than this cannot have come from a person: no dialog was shown.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(250);

/// What came of a dialog.
#[derive(Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown on this system.
    Unavailable,
}

/// A system file dialog open on its own thread.
pub struct PendingDialog {
    pub task: FileTask,
    started: Instant,
    rx: Receiver<Option<PathBuf>>,
}

impl PendingDialog {
    /// Open the system dialog for `task`, suggesting `file_name` in `folder`.
    /// `wake` is called when the dialog closes.
    #[must_use]
    pub fn open(
        task: FileTask,
        folder: PathBuf,
        file_name: String,
        wake: Box<dyn Fn() + Send>,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("gracious-file-dialog".into())
            .spawn(move || {
                let (label, extension) = filter(task);
                let dialog = rfd::FileDialog::new()
                    .set_directory(&folder)
                    .add_filter(label, &[extension]);
                let path = if task.is_export() {
                    dialog.set_file_name(&file_name).save_file()
                } else {
                    dialog.pick_file()
                };
                let _ = tx.send(path);
                wake();
            });
        if spawned.is_err() {
            log::warn!("could not start the file dialog thread");
        }
        Self {
            task,
            started: Instant::now(),
            rx,
        }
    }

    /// The outcome, once the dialog has closed.
    #[must_use]
    pub fn poll(&self) -> Option<DialogOutcome> {
        match self.rx.try_recv() {
            Ok(Some(path)) => Some(DialogOutcome::Chosen(path)),
            Ok(None) if self.started.elapsed() < NO_DIALOG_WITHIN => {
                Some(DialogOutcome::Unavailable)
            }
            Ok(None) => Some(DialogOutcome::Cancelled),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(DialogOutcome::Unavailable),
        }
    }
}

/// The file type of a task: a label and an extension.
#[must_use]
pub fn filter(task: FileTask) -> (&'static str, &'static str) {
    match task {
        FileTask::ExportCsv | FileTask::ExportComparisonCsv => ("CSV", "csv"),
        FileTask::SaveTxt | FileTask::ExportComparisonText => ("Text", "txt"),
        FileTask::SaveEml => ("E-mail (.eml)", "eml"),
        FileTask::ExportCalendar(_) | FileTask::ExportCalendarAll => ("iCalendar (.ics)", "ics"),
        FileTask::AddDictionary => ("Hunspell (.aff)", "aff"),
        _ => ("Gracious (RON)", "ron"),
    }
}

/// Make a string safe as part of a file name.
#[must_use]
pub fn file_stem(text: &str) -> String {
    let cleaned: String = text
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = cleaned.trim_matches('-');
    if trimmed.is_empty() {
        "opportunity".to_owned()
    } else {
        trimmed.chars().take(60).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(file_stem("Acme / Data: Engineer"), "Acme---Data--Engineer");
        assert_eq!(file_stem("  "), "opportunity");
        assert_eq!(file_stem("株式会社さくら"), "株式会社さくら");
        assert_eq!(file_stem("../../etc"), "etc");
    }
}
