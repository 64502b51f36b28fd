//! When to save: the timing of autosave, apart from the UI and the disk, so that tests
//! drive it with plain numbers.
//!
//! Rules:
//! - A change is saved once typing pauses for [`QUIET_SECONDS`], but no later than
//!   [`AT_MOST_SECONDS`] after the first unsaved change, so steady typing is saved too.
//! - After a failed save, the next attempt waits [`RETRY_SECONDS`] unless the user
//!   changes something first (which queues a save as usual).
//! - On exit, only a workspace that differs from what was last written (or whose last
//!   write failed) is written again.
//! - Looking for a change compares the whole workspace (milliseconds for a long job
//!   search), so the app compares only after a frame that could have changed it (input
//!   that edits, a command, a file read in), and at least every [`CHECK_SECONDS`]
//!   whatever happened; [`Autosave::tick_unchanged`] keeps the timing in between. Exit
//!   writes what the last comparison saw ([`Autosave::flush_seen`]) unless something
//!   outside a frame's input touched the workspace since, which is compared
//!   ([`Autosave::flush`]). What is typed or clicked is always compared in its own
//!   frame; what a quiet frame might change without input (a value a widget clamps
//!   while drawing it) is derived again at the next start, so it is not worth the
//!   milliseconds of every quit.

use std::sync::Arc;

use crate::domain::Workspace;

/// Save this long after the last change…
pub const QUIET_SECONDS: f64 = 0.5;
/// …but no later than this after the first unsaved change.
pub const AT_MOST_SECONDS: f64 = 2.0;
/// Retry a failed save after this long.
pub const RETRY_SECONDS: f64 = 10.0;
/// Compare at least this often, even after frames that could not have changed anything
/// (a safety net: a change made without input is saved within this time).
pub const CHECK_SECONDS: f64 = 2.0;

/// Why the last save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// Writing failed; the text is the system's message.
    Write(String),
    /// The saving thread is gone, so nothing can be queued.
    SaverStopped,
}

/// What to do after a [`Autosave::tick`].
#[derive(Clone, Debug, PartialEq)]
pub enum Tick {
    /// Nothing is pending.
    Idle,
    /// Something is pending: look again at this time (seconds, the clock of `tick`).
    WakeAt(f64),
    /// Write this snapshot now, tagged with this generation (the saving thread encodes
    /// it, so a large workspace costs the frame one copy, not its serialization).
    Save {
        generation: u64,
        workspace: Arc<Workspace>,
    },
}

/// The state of autosave: what was seen, what was queued, and what failed.
pub struct Autosave {
    /// The workspace as of the last change seen, to notice the next one; also the
    /// snapshot handed to the saving thread, so a save costs no copy of its own.
    last_seen: Arc<Workspace>,
    /// `last_seen` is what the disk holds (or what was last queued for it).
    on_disk: bool,
    first_unsaved_at: Option<f64>,
    last_change_at: f64,
    generation: u64,
    problem: Option<SaveProblem>,
    retry_at: Option<f64>,
    /// When the workspace was last compared (`None`: not yet).
    compared_at: Option<f64>,
    /// How many times the whole workspace was compared (for tests and diagnostics).
    comparisons: u64,
}

impl Autosave {
    /// Start from the workspace as loaded. `clean` says the file on disk holds exactly
    /// this workspace (no notice on loading), so exiting without a change writes nothing.
    #[must_use]
    pub fn new(loaded: &Workspace, clean: bool) -> Self {
        Self::from_snapshot(Arc::new(loaded.clone()), clean)
    }

    /// The same, from a copy of the loaded workspace made elsewhere (the thread that
    /// read a long job search makes it, so the frame does not).
    #[must_use]
    pub fn from_snapshot(loaded: Arc<Workspace>, clean: bool) -> Self {
        Self {
            last_seen: loaded,
            on_disk: clean,
            first_unsaved_at: None,
            last_change_at: 0.0,
            generation: 0,
            problem: None,
            retry_at: None,
            compared_at: None,
            comparisons: 0,
        }
    }

    /// Look at the workspace at time `now` (seconds, any monotonic clock).
    pub fn tick(&mut self, now: f64, workspace: &Workspace) -> Tick {
        self.comparisons += 1;
        self.compared_at = Some(now);
        if *workspace != *self.last_seen {
            self.last_seen = Arc::new(workspace.clone());
            self.on_disk = false;
            self.last_change_at = now;
            self.first_unsaved_at.get_or_insert(now);
        }
        self.timing(now)
    }

    /// A frame that could not have changed the workspace: keep the timing (a save still
    /// due is still queued) without comparing, unless the last comparison is
    /// `CHECK_SECONDS` old. The first such frame counts as a comparison: the snapshot
    /// is the workspace as loaded.
    pub fn tick_unchanged(&mut self, now: f64, workspace: &Workspace) -> Tick {
        match self.compared_at {
            None => {
                self.compared_at = Some(now);
                self.timing(now)
            }
            Some(at) if now - at < CHECK_SECONDS => self.timing(now),
            Some(_) => self.tick(now, workspace),
        }
    }

    /// How many times the whole workspace was compared so far.
    #[must_use]
    pub fn comparisons(&self) -> u64 {
        self.comparisons
    }

    /// What the timing asks for now that any change has been taken in.
    fn timing(&mut self, now: f64) -> Tick {
        if self.problem.is_some() && self.first_unsaved_at.is_none() {
            let retry_at = *self.retry_at.get_or_insert(now + RETRY_SECONDS);
            if now >= retry_at {
                self.retry_at = None;
                self.first_unsaved_at = Some(now);
            } else {
                return Tick::WakeAt(retry_at);
            }
        }
        let Some(first) = self.first_unsaved_at else {
            return Tick::Idle;
        };
        let due = (self.last_change_at + QUIET_SECONDS).min(first + AT_MOST_SECONDS);
        if now < due {
            return Tick::WakeAt(due);
        }
        self.first_unsaved_at = None;
        let (generation, workspace) = self.queue();
        Tick::Save {
            generation,
            workspace,
        }
    }

    /// Everything to write before exiting: `None` when the disk already has it.
    pub fn flush(&mut self, workspace: &Workspace) -> Option<(u64, Arc<Workspace>)> {
        self.comparisons += 1;
        if *workspace != *self.last_seen {
            self.last_seen = Arc::new(workspace.clone());
            self.on_disk = false;
        }
        self.flush_seen()
    }

    /// Everything to write before exiting, when nothing could have changed the
    /// workspace since the last comparison: what that comparison saw (`None` when the
    /// disk already has it).
    pub fn flush_seen(&mut self) -> Option<(u64, Arc<Workspace>)> {
        self.first_unsaved_at = None;
        let unchanged = self.problem.is_none() && self.on_disk;
        (!unchanged).then(|| self.queue())
    }

    /// Queue the last seen workspace: the snapshot is shared with the saving thread.
    fn queue(&mut self) -> (u64, Arc<Workspace>) {
        self.generation += 1;
        self.on_disk = true;
        (self.generation, Arc::clone(&self.last_seen))
    }

    /// At exit, after the last flush: let the snapshot go without freeing it (see
    /// `App::on_exit`).
    pub fn leak_snapshot(&mut self) {
        std::mem::forget(std::mem::take(&mut self.last_seen));
    }

    /// The saving thread reported a result.
    pub fn report(&mut self, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.problem = None;
                self.retry_at = None;
            }
            Err(e) => self.problem = Some(SaveProblem::Write(e)),
        }
    }

    /// A save could not even be queued.
    pub fn saver_stopped(&mut self) {
        self.problem = Some(SaveProblem::SaverStopped);
    }

    /// Why the last save failed, while it has not succeeded since.
    #[must_use]
    pub fn problem(&self) -> Option<&SaveProblem> {
        self.problem.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(ws: &Workspace, company: &str) -> Workspace {
        let mut ws = ws.clone();
        ws.current_case_mut().company = company.into();
        ws
    }

    fn saved_generation(tick: &Tick) -> Option<u64> {
        match tick {
            Tick::Save { generation, .. } => Some(*generation),
            _ => None,
        }
    }

    #[test]
    fn a_change_is_saved_once_typing_pauses() {
        let ws = Workspace::default();
        let mut autosave = Autosave::new(&ws, true);
        assert_eq!(autosave.tick(0.0, &ws), Tick::Idle);
        let ws = edited(&ws, "A");
        assert_eq!(autosave.tick(1.0, &ws), Tick::WakeAt(1.0 + QUIET_SECONDS));
        assert_eq!(autosave.tick(1.2, &ws), Tick::WakeAt(1.0 + QUIET_SECONDS));
        let tick = autosave.tick(1.0 + QUIET_SECONDS, &ws);
        assert_eq!(saved_generation(&tick), Some(1));
        if let Tick::Save { workspace, .. } = tick {
            assert_eq!(
                workspace.current_case().map(|c| c.company.as_str()),
                Some("A"),
                "the snapshot is the workspace"
            );
        }
        assert_eq!(autosave.tick(5.0, &ws), Tick::Idle);
    }

    #[test]
    fn quiet_frames_keep_the_timing_and_compare_only_every_few_seconds() {
        let ws = Workspace::default();
        let mut autosave = Autosave::new(&ws, true);
        let ws = edited(&ws, "A");
        // The frame that edited compares and sees the change.
        assert_eq!(autosave.tick(1.0, &ws), Tick::WakeAt(1.0 + QUIET_SECONDS));
        assert_eq!(autosave.comparisons(), 1);
        // Quiet frames after it do not compare, and the save is still queued on time.
        assert_eq!(
            autosave.tick_unchanged(1.2, &ws),
            Tick::WakeAt(1.0 + QUIET_SECONDS)
        );
        let tick = autosave.tick_unchanged(1.0 + QUIET_SECONDS, &ws);
        assert_eq!(saved_generation(&tick), Some(1));
        assert_eq!(autosave.comparisons(), 1);
        // A change made without input (nothing told autosave) is found by the safety
        // net once the last comparison is CHECK_SECONDS old…
        let unseen = edited(&ws, "B");
        assert_eq!(autosave.tick_unchanged(2.0, &unseen), Tick::Idle);
        assert_eq!(autosave.comparisons(), 1);
        assert_eq!(
            autosave.tick_unchanged(1.0 + CHECK_SECONDS, &unseen),
            Tick::WakeAt(1.0 + CHECK_SECONDS + QUIET_SECONDS)
        );
        assert_eq!(autosave.comparisons(), 2);
        // Quiet frames right after loading compare nothing; exit writes what was seen,
        // or compares when told the workspace was touched.
        let mut at_exit = Autosave::new(&ws, true);
        assert_eq!(at_exit.tick_unchanged(0.0, &ws), Tick::Idle);
        assert_eq!(at_exit.tick_unchanged(0.1, &unseen), Tick::Idle);
        assert_eq!(at_exit.comparisons(), 0);
        assert_eq!(at_exit.flush_seen(), None, "nothing seen to write");
        assert!(
            at_exit.flush(&unseen).is_some(),
            "the touched workspace is written"
        );
        // A change seen by a frame but not yet saved is written without comparing.
        let mut pending = Autosave::new(&ws, true);
        assert!(matches!(pending.tick(0.0, &unseen), Tick::WakeAt(_)));
        let (_, written) = pending.flush_seen().expect("the change is written");
        assert_eq!(*written, unseen);
        assert_eq!(pending.comparisons(), 1);
    }

    #[test]
    fn steady_typing_is_saved_at_most_two_seconds_after_the_first_change() {
        let mut ws = Workspace::default();
        let mut autosave = Autosave::new(&ws, true);
        let mut saved_at = None;
        for step in 0..40 {
            let now = f64::from(step) * 0.25;
            ws = edited(&ws, &format!("typing {step}"));
            if saved_generation(&autosave.tick(now, &ws)).is_some() {
                saved_at = Some(now);
                break;
            }
        }
        assert_eq!(saved_at, Some(AT_MOST_SECONDS));
    }

    #[test]
    fn a_failed_save_is_retried_after_ten_seconds() {
        let ws = edited(&Workspace::default(), "A");
        let mut autosave = Autosave::new(&Workspace::default(), true);
        assert_eq!(autosave.tick(0.0, &ws), Tick::WakeAt(QUIET_SECONDS));
        assert_eq!(
            saved_generation(&autosave.tick(QUIET_SECONDS, &ws)),
            Some(1)
        );
        autosave.report(Err("disk full".into()));
        assert_eq!(
            autosave.problem(),
            Some(&SaveProblem::Write("disk full".into()))
        );
        assert_eq!(autosave.tick(1.0, &ws), Tick::WakeAt(1.0 + RETRY_SECONDS));
        assert_eq!(autosave.tick(5.0, &ws), Tick::WakeAt(1.0 + RETRY_SECONDS));
        assert_eq!(
            saved_generation(&autosave.tick(1.0 + RETRY_SECONDS, &ws)),
            Some(2)
        );
        autosave.report(Ok(()));
        assert_eq!(autosave.problem(), None);
        assert_eq!(autosave.tick(20.0, &ws), Tick::Idle);
    }

    #[test]
    fn exit_writes_only_what_the_disk_lacks() {
        let ws = Workspace::default();
        let mut autosave = Autosave::new(&ws, true);
        assert_eq!(autosave.flush(&ws), None, "loaded cleanly and unchanged");
        let changed = edited(&ws, "A");
        assert_eq!(autosave.flush(&changed).map(|(g, _)| g), Some(1));
        assert_eq!(autosave.flush(&changed), None, "already queued");
        autosave.report(Err("read-only".into()));
        assert!(autosave.flush(&changed).is_some(), "the last write failed");

        let mut dirty = Autosave::new(&ws, false);
        assert!(
            dirty.flush(&ws).is_some(),
            "a file loaded with a notice is rewritten"
        );
    }
}
