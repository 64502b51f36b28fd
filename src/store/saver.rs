//! Saving on a worker thread, so that encoding, writing and fsync never stall a frame:
//! the app hands over a snapshot of the workspace, the worker turns it into text.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use std::sync::Arc;

use super::Store;
use crate::domain::Workspace;

enum Message {
    Save {
        generation: u64,
        workspace: Arc<Workspace>,
    },
    Flush(Sender<()>),
}

/// The outcome of one save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveReport {
    /// The generation that was saved (or failed to be).
    pub generation: u64,
    pub result: Result<(), String>,
}

/// A worker that writes the newest workspace it was given; older pending ones are
/// skipped.
pub struct Saver {
    tx: Option<Sender<Message>>,
    reports: Receiver<SaveReport>,
    handle: Option<JoinHandle<()>>,
}

impl Saver {
    /// Start the worker. `wake` is called when a save fails, or succeeds after a failure,
    /// e.g. to repaint the UI; a routine success wakes nobody.
    #[must_use]
    pub fn new(store: Store, wake: Box<dyn Fn() + Send>) -> Self {
        let (tx, rx) = mpsc::channel::<Message>();
        let (report_tx, reports) = mpsc::channel();
        let handle = std::thread::Builder::new()
            .name("gracious-saver".into())
            .spawn(move || {
                let mut pending: Option<Message> = None;
                let mut last_failed = false;
                loop {
                    let message = match pending.take() {
                        Some(m) => m,
                        None => match rx.recv() {
                            Ok(m) => m,
                            Err(_) => return,
                        },
                    };
                    match message {
                        Message::Flush(done) => {
                            let _ = done.send(());
                        }
                        Message::Save {
                            mut generation,
                            mut workspace,
                        } => {
                            // Skip to the newest queued text, stopping at a flush.
                            while let Ok(next) = rx.try_recv() {
                                match next {
                                    Message::Save {
                                        generation: g,
                                        workspace: w,
                                    } => {
                                        generation = g;
                                        workspace = w;
                                    }
                                    flush @ Message::Flush(_) => {
                                        pending = Some(flush);
                                        break;
                                    }
                                }
                            }
                            let result = store
                                .save_text(&super::encode(&workspace))
                                .map_err(|e| e.to_string());
                            if let Err(e) = &result {
                                log::warn!("saving to {} failed: {e}", store.dir().display());
                            }
                            let failed = result.is_err();
                            let _ = report_tx.send(SaveReport { generation, result });
                            if failed || last_failed {
                                wake();
                            }
                            last_failed = failed;
                        }
                    }
                }
            })
            .ok();
        Self {
            tx: handle.as_ref().map(|_| tx),
            reports,
            handle,
        }
    }

    /// Queue a save of `workspace`, tagged with `generation`. False when the worker is
    /// gone.
    #[must_use]
    pub fn save(&self, generation: u64, workspace: Arc<Workspace>) -> bool {
        self.tx.as_ref().is_some_and(|tx| {
            tx.send(Message::Save {
                generation,
                workspace,
            })
            .is_ok()
        })
    }

    /// The reports that arrived since the last call.
    #[must_use]
    pub fn poll(&self) -> Vec<SaveReport> {
        self.reports.try_iter().collect()
    }

    /// Wait until everything queued so far is written, at most `timeout`.
    #[must_use]
    pub fn flush(&self, timeout: Duration) -> bool {
        let Some(tx) = &self.tx else { return false };
        let (done_tx, done_rx) = mpsc::channel();
        tx.send(Message::Flush(done_tx)).is_ok() && done_rx.recv_timeout(timeout).is_ok()
    }
}

impl Drop for Saver {
    /// Closing the queue ends the worker once it has written what was queued. It is not
    /// joined: a write stuck on a dead file system must not hang the app's exit (the app
    /// calls [`Saver::flush`] with a timeout before it quits).
    fn drop(&mut self) {
        self.tx = None;
        drop(self.handle.take());
    }
}
