//! Opening the data folder: the lock (one window per folder), then the workspace. A
//! long job search is read on its own thread, begun by `main` once the event loop exists,
//! so reading the file and opening the window overlap; the window shows a spinner until
//! the data arrives, in the language and theme the file's settings (at its top) ask for.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::sync::{Arc, OnceLock};

use super::App;
use crate::domain::Workspace;
use crate::store::{DataLock, Loaded, LockError, Store};
use crate::ui::theme;

/// How long the first frame waits for a long job search still being read before it
/// shows a spinner instead (a 7 MB workspace is read in about 50–75 ms here, most of it
/// while the window is being made).
pub const FIRST_FRAME_WAIT: std::time::Duration = std::time::Duration::from_millis(150);

/// The data folder being opened.
pub struct Startup {
    pub(super) store: Store,
    /// This window's hold on the folder (`None`: another window has it, or the folder
    /// cannot be locked).
    pub(super) lock: Option<DataLock>,
    /// The workspace to start with: the loaded one, or, while a long job search is read,
    /// an empty one carrying its settings.
    pub(super) loaded: Loaded,
    /// The long job search, when it is being read on its own thread, with the copy of it
    /// that autosave compares with (made there too).
    pub(super) loading: Option<Receiver<(Loaded, Arc<Workspace>)>>,
    /// Lets the reading thread wake the window once it exists.
    pub(super) wake: Arc<OnceLock<egui::Context>>,
}

impl Startup {
    /// Take the lock on `data_dir` and start reading it.
    #[must_use]
    pub fn begin(data_dir: impl Into<PathBuf>) -> Self {
        let store = Store::new(data_dir);
        let (lock, held_elsewhere) = match DataLock::acquire(store.dir()) {
            Ok(lock) => (Some(lock), false),
            Err(LockError::Held) => (None, true),
            Err(LockError::Unavailable(e)) => {
                log::warn!("no lock on {}: {e}", store.dir().display());
                (None, false)
            }
        };
        let wake: Arc<OnceLock<egui::Context>> = Arc::default();
        let peeked = (!held_elsewhere).then(|| store.peek_settings()).flatten();
        if let Some(settings) = peeked {
            let (tx, rx) = std::sync::mpsc::channel();
            let (reader, waker) = (store.clone(), Arc::clone(&wake));
            let spawned = std::thread::Builder::new()
                .name("gracious-load".into())
                .spawn(move || {
                    let began = std::time::Instant::now();
                    let loaded = reader.load();
                    let read = began.elapsed();
                    let snapshot = Arc::new(loaded.workspace.clone());
                    log::info!(
                        "workspace read on its thread in {read:?}, copied in {:?}",
                        began.elapsed().saturating_sub(read)
                    );
                    let _ = tx.send((loaded, snapshot));
                    if let Some(ctx) = waker.get() {
                        ctx.request_repaint();
                    }
                });
            if spawned.is_ok() {
                let waiting = Loaded {
                    workspace: Workspace {
                        settings,
                        ..Workspace::default()
                    },
                    notices: Vec::new(),
                    may_save: false,
                };
                return Self {
                    store,
                    lock,
                    loaded: waiting,
                    loading: Some(rx),
                    wake,
                };
            }
        }
        let loaded = if held_elsewhere {
            store.load_read_only()
        } else {
            store.load()
        };
        Self {
            store,
            lock,
            loaded,
            loading: None,
            wake,
        }
    }
}

impl App {
    /// Take in the workspace read on its own thread, once it has arrived.
    ///
    /// Before the first frame, wait for it up to [`FIRST_FRAME_WAIT`]: the window was
    /// being made while the file was read, and a job search that arrives within that
    /// time is the first thing painted, instead of a spinner painted for a few
    /// milliseconds and then the data (one whole frame more). A longer read shows the
    /// spinner after that wait.
    pub(super) fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(rx) = &self.loading else {
            return;
        };
        let received = if let Some(wait) = self.first_wait.take() {
            let began = std::time::Instant::now();
            let got = rx.recv_timeout(wait).map_err(|e| match e {
                std::sync::mpsc::RecvTimeoutError::Timeout => std::sync::mpsc::TryRecvError::Empty,
                std::sync::mpsc::RecvTimeoutError::Disconnected => {
                    std::sync::mpsc::TryRecvError::Disconnected
                }
            });
            log::info!(
                "waited {:?} for the workspace before the first frame",
                began.elapsed()
            );
            got
        } else {
            rx.try_recv()
        };
        let (loaded, snapshot) = match received {
            Ok(arrived) => arrived,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            // The thread died: read it here (a load never panics by design).
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                let loaded = Store::new(self.saving.dir()).load();
                let snapshot = std::sync::Arc::new(loaded.workspace.clone());
                (loaded, snapshot)
            }
        };
        self.loading = None;
        log::info!(
            "workspace arrived ({} opportunities)",
            loaded.workspace.cases.len()
        );
        self.saving.reload(ctx, &loaded, snapshot);
        self.notices.extend(loaded.notices);
        self.workspace = loaded.workspace;
        theme::apply(ctx, self.workspace.settings.theme);
    }
}
