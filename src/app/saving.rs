//! Saving while the app runs: the timing comes from [`Autosave`] (pure, tested in
//! store/), the writing from the [`Saver`] thread; this file only connects them to the
//! frame clock and to exit.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::store::{Autosave, DataLock, Loaded, SaveProblem, Saver, Store, Tick};

use super::App;
use crate::command::FileTask;
use crate::ui::windows::{self, QuitAnswer, QuitProblem};

/// The store, its saving thread and the autosave state.
pub(super) struct Saving {
    store: Store,
    /// This window's hold on the data folder (`None`: another window has it, or the
    /// folder cannot be locked); released when the app ends.
    lock: Option<DataLock>,
    /// `None` when saving is off because an unreadable file could not be moved aside.
    saver: Option<Saver>,
    autosave: Autosave,
    /// The workspace as loaded, kept only when this window cannot save: quitting after
    /// a change is then worth a word.
    loaded: Option<crate::domain::Workspace>,
    /// Something may have changed the workspace since the last autosave looked: input
    /// that edits, a command, a value that follows another, a file dialog or an import
    /// ending, a change through `workspace_mut`.
    touched: bool,
}

impl Saving {
    pub(super) fn new(
        ctx: &egui::Context,
        store: Store,
        lock: Option<DataLock>,
        loaded: &Loaded,
    ) -> Self {
        let autosave = Autosave::new(&loaded.workspace, loaded.notices.is_empty());
        Self::with_autosave(ctx, store, lock, loaded, autosave)
    }

    fn with_autosave(
        ctx: &egui::Context,
        store: Store,
        lock: Option<DataLock>,
        loaded: &Loaded,
        autosave: Autosave,
    ) -> Self {
        let saver = loaded.may_save.then(|| {
            let ctx = ctx.clone();
            Saver::new(store.clone(), Box::new(move || ctx.request_repaint()))
        });
        Self {
            store,
            lock,
            loaded: saver.is_none().then(|| loaded.workspace.clone()),
            saver,
            autosave,
            touched: false,
        }
    }

    /// The workspace may have changed: compare it at the next autosave (or on exit).
    pub(super) fn touch(&mut self) {
        self.touched = true;
    }

    /// How many times autosave compared the whole workspace so far.
    pub(super) fn comparisons(&self) -> u64 {
        self.autosave.comparisons()
    }

    /// Start again from a workspace loaded later (on its own thread, which also made
    /// `snapshot`, the copy autosave compares with), keeping the lock.
    pub(super) fn reload(
        &mut self,
        ctx: &egui::Context,
        loaded: &Loaded,
        snapshot: Arc<crate::domain::Workspace>,
    ) {
        let lock = self.lock.take();
        let autosave = Autosave::from_snapshot(snapshot, loaded.notices.is_empty());
        *self = Self::with_autosave(ctx, self.store.clone(), lock, loaded, autosave);
    }

    /// At exit: let the copies of the workspace go without freeing them.
    pub(super) fn leak_copies(&mut self) {
        self.autosave.leak_snapshot();
        std::mem::forget(self.loaded.take());
    }

    /// The data folder.
    pub(super) fn dir(&self) -> &Path {
        self.store.dir()
    }

    /// Saving is on.
    pub(super) fn can_save(&self) -> bool {
        self.saver.is_some()
    }

    /// The last save's failure and the folder it was meant for.
    pub(super) fn problem(&self) -> Option<(&SaveProblem, &Path)> {
        self.autosave.problem().map(|p| (p, self.store.dir()))
    }

    fn take_reports(&mut self) {
        let Some(saver) = &self.saver else { return };
        for report in saver.poll() {
            self.autosave.report(report.result);
        }
    }

    fn queue(&mut self, generation: u64, workspace: Arc<crate::domain::Workspace>) -> bool {
        let queued = self
            .saver
            .as_ref()
            .is_some_and(|saver| saver.save(generation, workspace));
        if !queued {
            self.autosave.saver_stopped();
        }
        queued
    }
}

impl App {
    /// Quitting now would lose what was typed: say why, after trying to save it.
    pub(super) fn unsaved_on_quit(&mut self) -> Option<QuitProblem> {
        if !self.saving.can_save() {
            let changed = self.saving.loaded.as_ref() != Some(&self.workspace);
            return changed.then_some(QuitProblem::ReadOnly);
        }
        if self.flush_save() {
            return None;
        }
        let error = match self.saving.autosave.problem() {
            Some(SaveProblem::Write(e)) => e.clone(),
            Some(SaveProblem::SaverStopped) => self.i18n.tr("status-saver-stopped"),
            None => String::new(),
        };
        Some(QuitProblem::SaveFailed(error))
    }

    /// Write everything now and wait for it (at most a few seconds). Used on exit.
    pub fn flush_save(&mut self) -> bool {
        let saving = &mut self.saving;
        let Some(saver) = &saving.saver else {
            return false;
        };
        // Compared only when something touched it since autosave last looked (see
        // `crate::store::autosave`).
        let pending = if std::mem::take(&mut saving.touched) {
            saving.autosave.flush(&self.workspace)
        } else {
            saving.autosave.flush_seen()
        };
        let queued = match pending {
            None => true,
            Some((generation, workspace)) => saver.save(generation, workspace),
        };
        let flushed = queued && saver.flush(Duration::from_secs(5));
        saving.take_reports();
        // Written, not only handed to the saver: a write that failed is no save.
        flushed && saving.autosave.problem().is_none()
    }

    /// Notice changes and queue a save once typing pauses (or at most every 2 s). The
    /// whole workspace is compared only when something touched it (`Saving::touch`), and
    /// otherwise every few seconds (see [`crate::store::autosave`]).
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let saving = &mut self.saving;
        saving.take_reports();
        if saving.saver.is_none() {
            return;
        }
        let now = ctx.input(|i| i.time);
        let tick = if std::mem::take(&mut saving.touched) {
            saving.autosave.tick(now, &self.workspace)
        } else {
            saving.autosave.tick_unchanged(now, &self.workspace)
        };
        match tick {
            Tick::Idle => {}
            Tick::WakeAt(at) => {
                let now = ctx.input(|i| i.time);
                ctx.request_repaint_after(Duration::from_secs_f64((at - now).max(0.0)));
            }
            Tick::Save {
                generation,
                workspace,
            } => {
                saving.queue(generation, workspace);
            }
        }
    }

    /// A close asked for (window button, Ctrl+Q) goes through only once what was typed
    /// is saved, or the user chose to quit anyway; otherwise it is cancelled and the quit
    /// window says why and offers to try again or to save everything to a file.
    pub(super) fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.quit_confirmed {
            match self.unsaved_on_quit() {
                None => self.quit_confirmed = true,
                Some(problem) => {
                    ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                    self.quit_problem = Some(problem);
                }
            }
        }
        let Some(problem) = &self.quit_problem else {
            return;
        };
        match windows::quit_window(ctx, &self.i18n, problem) {
            QuitAnswer::Waiting => {}
            QuitAnswer::Stay => self.quit_problem = None,
            QuitAnswer::Retry => match self.unsaved_on_quit() {
                None => self.quit_now(ctx),
                Some(problem) => self.quit_problem = Some(problem),
            },
            QuitAnswer::Export => self.start_file_task(ctx, FileTask::ExportWorkspace),
            QuitAnswer::QuitAnyway => self.quit_now(ctx),
        }
    }

    fn quit_now(&mut self, ctx: &egui::Context) {
        self.quit_problem = None;
        self.quit_confirmed = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

/// This frame's input could have changed the workspace: anything but the pointer moving
/// with no button held, the window gaining or losing focus, or the pointer leaving it.
/// (A drag moves the pointer with a button held; typing, clicks, scrolling, pasting, an
/// input method and a screen reader's actions are events of their own.)
pub(super) fn input_may_edit(ctx: &egui::Context) -> bool {
    ctx.input(|i| {
        i.pointer.any_down()
            || !i.raw.dropped_files.is_empty()
            || i.events.iter().any(|e| {
                !matches!(
                    e,
                    egui::Event::PointerMoved(_)
                        | egui::Event::MouseMoved(_)
                        | egui::Event::WindowFocused(_)
                        | egui::Event::PointerGone
                )
            })
    })
}
