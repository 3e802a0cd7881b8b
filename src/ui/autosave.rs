//! Writes a recovery copy of the open map a few seconds after each change while
//! it has unsaved changes, and removes it once the map is saved or discarded.
//! The text is made on the UI thread; one worker thread writes, in order.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::edit::Document;
use crate::file::{self, RecoveryInfo, RecoveryStore};

/// How long after a change the copy is written, in seconds: a burst of edits
/// gives one write, and a crash loses at most this much.
const DELAY: f64 = 3.0;

enum Job {
    Write { info: RecoveryInfo, text: String },
    Remove,
}

pub struct Autosave {
    jobs: Sender<Job>,
    failures: Receiver<String>,
    /// The (document, revision) of the copy on disk, if there is one.
    written: Option<(u64, u64)>,
    /// When the current unsaved state was first seen, in egui's time.
    changed_at: Option<((u64, u64), f64)>,
}

impl Autosave {
    pub fn new(store: RecoveryStore) -> Self {
        let (jobs, inbox) = channel::<Job>();
        let (report, failures) = channel();
        let slot = format!("{}-{}", std::process::id(), seconds_now());
        std::thread::spawn(move || {
            for job in inbox {
                match job {
                    Job::Write { info, text } => {
                        if let Err(err) = store.write(&slot, &info, &text) {
                            let _ =
                                report.send(format!("recovery copies cannot be written: {err}"));
                        }
                    }
                    Job::Remove => store.remove(&slot),
                }
            }
        });
        Self {
            jobs,
            failures,
            written: None,
            changed_at: None,
        }
    }

    /// Called every frame; returns a problem to show the user, if writing failed.
    pub fn tick(
        &mut self,
        ctx: &egui::Context,
        document: &Document,
        document_serial: u64,
    ) -> Option<String> {
        if !document.is_dirty() {
            self.changed_at = None;
            if self.written.take().is_some() {
                self.send(Job::Remove);
            }
            return self.failures.try_recv().ok();
        }
        let state = (document_serial, document.revision());
        if self.written == Some(state) {
            return self.failures.try_recv().ok();
        }
        let now = ctx.input(|i| i.time);
        let since = match self.changed_at {
            Some((seen, at)) if seen == state => at,
            _ => {
                self.changed_at = Some((state, now));
                now
            }
        };
        let wait = DELAY - (now - since);
        if wait > 0.0 {
            ctx.request_repaint_after(Duration::from_secs_f64(wait));
        } else {
            let info = RecoveryInfo {
                title: document.map.meta.title.clone(),
                original: document.path.clone(),
                saved_at: seconds_now(),
                process: std::process::id(),
            };
            self.send(Job::Write {
                info,
                text: file::to_ron(&document.map),
            });
            self.written = Some(state);
        }
        self.failures.try_recv().ok()
    }

    /// Drops the copy: the user saved, or chose to discard the changes.
    pub fn discard(&mut self) {
        self.written = None;
        self.changed_at = None;
        self.send(Job::Remove);
    }

    fn send(&self, job: Job) {
        // The worker lives as long as the app; if it is gone there is nothing to do.
        let _ = self.jobs.send(job);
    }
}

pub fn seconds_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
