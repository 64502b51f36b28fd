//! What the app tells the user outside the panels: the notices bar at the top (problems
//! found on loading, a failing save, missing fonts) and the status line at the bottom
//! (the outcome of the last action).

use fluent_bundle::FluentArgs;

use crate::command::Command;
use crate::i18n::Localizer;
use crate::store::{Notice, Problem, SaveProblem};

use super::theme;

/// The outcome of the user's last action, shown in the status line. (Not to be
/// confused with an opportunity's [`crate::domain::Status`].)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Feedback {
    Info(String),
    Error(String),
}

/// What the notices bar shows.
pub struct NoticesInput<'a> {
    /// Problems found when the workspace was loaded; the user can dismiss each.
    pub notices: &'a [Notice],
    /// The last save failed, into this folder.
    pub save_problem: Option<(&'a SaveProblem, &'a std::path::Path)>,
    /// How many characters no font could draw.
    pub missing_glyphs: usize,
}

impl NoticesInput<'_> {
    /// Whether the bar has anything to show.
    #[must_use]
    pub fn any(&self) -> bool {
        !self.notices.is_empty() || self.save_problem.is_some() || self.missing_glyphs > 0
    }
}

/// The notices bar.
pub fn notices_bar(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    input: &NoticesInput<'_>,
    cmds: &mut Vec<Command>,
) {
    let colour = theme::warn(ui);
    for (index, notice) in input.notices.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(colour, format!("⚠ {}", notice_text(i18n, notice)));
            if ui.button(i18n.tr("notice-dismiss")).clicked() {
                cmds.push(Command::DismissNotice(index));
            }
        });
    }
    if let Some((problem, folder)) = input.save_problem {
        let error = match problem {
            SaveProblem::Write(e) => e.clone(),
            SaveProblem::SaverStopped => i18n.tr("status-saver-stopped"),
        };
        let mut args = FluentArgs::new();
        args.set("folder", folder.display().to_string());
        args.set("error", error);
        ui.colored_label(
            theme::error(ui),
            format!("⚠ {}", i18n.tr_args("notice-save-failed", &args)),
        );
    }
    if input.missing_glyphs > 0 {
        let mut args = FluentArgs::new();
        args.set("count", input.missing_glyphs);
        ui.colored_label(
            colour,
            format!("⚠ {}", i18n.tr_args("notice-missing-font", &args)),
        );
    }
}

/// The status line: the last action's outcome, the undo of a delete, an open dialog.
pub fn status_line(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    feedback: Option<&Feedback>,
    can_undo_delete: bool,
    can_undo_reset: bool,
    dialog_open: bool,
    cmds: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        match feedback {
            // One line at most: the full text shows on hover.
            Some(Feedback::Info(text)) => {
                ui.add(egui::Label::new(format!("✔ {text}")).truncate());
            }
            Some(Feedback::Error(text)) => {
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(format!("⚠ {text}")).color(theme::error(ui)),
                    )
                    .truncate(),
                );
            }
            None => {
                ui.label(egui::RichText::new(i18n.tr("status-ready")).weak());
            }
        }
        if can_undo_delete && ui.button(i18n.tr("status-undo")).clicked() {
            cmds.push(Command::UndoDelete);
        }
        if can_undo_reset && ui.button(i18n.tr("status-undo")).clicked() {
            cmds.push(Command::UndoReset);
        }
        if dialog_open {
            ui.label(egui::RichText::new(i18n.tr("file-dialog-open")).weak());
        }
    });
}

/// Why a file could not be used, in words.
#[must_use]
pub fn problem_text(i18n: &Localizer, p: &Problem) -> String {
    let mut args = FluentArgs::new();
    match p {
        Problem::Empty => i18n.tr("problem-empty"),
        Problem::Malformed(detail) => {
            args.set("detail", detail.as_str());
            i18n.tr_args("problem-malformed", &args)
        }
        Problem::FutureVersion(v) => {
            args.set("version", *v);
            i18n.tr_args("problem-future-version", &args)
        }
        Problem::Unreadable(detail) => {
            args.set("detail", detail.as_str());
            i18n.tr_args("problem-unreadable", &args)
        }
    }
}

/// A notice from loading, in words.
#[must_use]
pub fn notice_text(i18n: &Localizer, notice: &Notice) -> String {
    let mut args = FluentArgs::new();
    let (id, problem, path) = match notice {
        Notice::SetAside { problem, moved_to } => ("notice-set-aside", Some(problem), moved_to),
        Notice::LeftInPlace { problem, path } => ("notice-left-in-place", Some(problem), path),
        Notice::RestoredFromBackup { path } => ("notice-restored-backup", None, path),
        Notice::BackupSetAside { problem, moved_to } => {
            ("notice-backup-set-aside", Some(problem), moved_to)
        }
        Notice::AlreadyOpen { dir } => ("notice-already-open", None, dir),
    };
    if let Some(problem) = problem {
        args.set("problem", problem_text(i18n, problem));
    }
    args.set("path", path.display().to_string());
    i18n.tr_args(id, &args)
}
