//! Writes a recovery copy of the open map a few seconds after each change while
//! it has unsaved changes, and every few seconds while changes keep coming; removes
//! it once the map is saved or discarded.
//! The text is made on the UI thread; one worker thread writes, in order.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::edit::Document;
use crate::file::{self, RecoveryInfo, RecoveryStore};
use crate::lang::{Language, fill};

/// How long after a change the copy is written, in seconds: a burst of edits
/// gives one write.
const DELAY: f64 = 3.0;
/// The longest a change waits for its copy while edits keep coming, in seconds:
/// a crash in the middle of a long drag or a typing spree loses at most this much.
const MAX_WAIT: f64 = 10.0;

enum Job {
    Write {
        info: RecoveryInfo,
        text: String,
    },
    Remove,
    /// Remove the copy a crashed window left, once this window holds its map.
    RemoveLeftBehind(String),
}

/// The recovery copies of one window, written by a worker thread.
pub struct Autosave {
    jobs: Sender<Job>,
    failures: Receiver<String>,
    /// The (document, revision) of the copy on disk, if there is one.
    written: Option<(u64, u64)>,
    /// When the current unsaved state was first seen, in seconds of the caller's clock.
    changed_at: Option<((u64, u64), f64)>,
    /// When the oldest change not yet in a copy was seen, in seconds of the caller's clock.
    unwritten_since: Option<f64>,
    /// The copy left by a crash whose map is open here, kept until this window's
    /// copy or a save holds the map.
    adopted: Option<String>,
}

impl Autosave {
    /// Starts the worker that writes this window's copies into `store`.
    pub fn new(store: RecoveryStore) -> Self {
        let (jobs, inbox) = channel::<Job>();
        let (report, failures) = channel();
        let slot = format!("{}-{}", std::process::id(), seconds_now());
        std::thread::spawn(move || {
            for job in inbox {
                match job {
                    Job::Write { info, text } => {
                        if let Err(err) = store.write(&slot, &info, &text) {
                            let _ = report.send(err.to_string());
                        }
                    }
                    Job::Remove => store.remove(&slot),
                    Job::RemoveLeftBehind(other) => store.remove(&other),
                }
            }
        });
        Self {
            jobs,
            failures,
            written: None,
            changed_at: None,
            unwritten_since: None,
            adopted: None,
        }
    }

    /// Called every frame with the time in seconds; writes the copy when it is
    /// due, and returns how long until it will be, if it waits.
    pub fn tick(
        &mut self,
        now: f64,
        document: &Document,
        document_serial: u64,
    ) -> Option<Duration> {
        if !document.is_dirty() {
            self.changed_at = None;
            self.unwritten_since = None;
            if self.written.take().is_some() {
                self.send(Job::Remove);
            }
            self.drop_adopted();
            return None;
        }
        let state = (document_serial, document.revision());
        if self.written == Some(state) {
            return None;
        }
        let since = match self.changed_at {
            Some((seen, at)) if seen == state => at,
            _ => {
                self.changed_at = Some((state, now));
                now
            }
        };
        let unwritten_since = *self.unwritten_since.get_or_insert(now);
        let wait = (DELAY - (now - since)).min(MAX_WAIT - (now - unwritten_since));
        if wait > 0.0 {
            return Some(Duration::from_secs_f64(wait));
        }
        self.write(document, state);
        None
    }

    fn write(&mut self, document: &Document, state: (u64, u64)) {
        let info = RecoveryInfo {
            title: document.map.meta.title.clone(),
            original: document.path.clone(),
            original_stamp: document.on_disk,
            saved_at: seconds_now(),
            process: std::process::id(),
        };
        self.send(Job::Write {
            info,
            text: file::to_ron(&document.map),
        });
        self.written = Some(state);
        self.unwritten_since = None;
        // The worker writes in order: this window's copy is on disk first.
        self.drop_adopted();
    }

    /// A problem the writer met since the last call, in the system's words;
    /// the session says what it means to the user.
    pub fn problem(&self) -> Option<String> {
        self.failures.try_recv().ok()
    }

    /// Drops the copy: the user saved, or chose to discard the changes.
    pub fn discard(&mut self) {
        self.written = None;
        self.changed_at = None;
        self.unwritten_since = None;
        self.send(Job::Remove);
        self.drop_adopted();
    }

    /// Keeps the copy in `slot`, left by a crash, until this window's own copy
    /// or a save holds the map restored from it.
    pub fn adopt(&mut self, slot: String) {
        self.adopted = Some(slot);
    }

    fn drop_adopted(&mut self) {
        if let Some(slot) = self.adopted.take() {
            self.send(Job::RemoveLeftBehind(slot));
        }
    }

    fn send(&self, job: Job) {
        // The worker lives as long as the app; if it is gone there is nothing to do.
        let _ = self.jobs.send(job);
    }
}

/// How long ago a copy was saved, in words of `language`: "just now",
/// "12 min ago", "3 h ago", "5 days ago".
pub fn age(seconds: u64, language: Language) -> String {
    let words = language.words();
    match seconds {
        0..60 => words.just_now.to_owned(),
        60..3_600 => fill(words.minutes_ago, &[&(seconds / 60)]),
        3_600..86_400 => fill(words.hours_ago, &[&(seconds / 3_600)]),
        86_400..172_800 => words.yesterday.to_owned(),
        _ => fill(words.days_ago, &[&(seconds / 86_400)]),
    }
}

/// Seconds since 1970, as recovery copies record when they were saved.
pub fn seconds_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::age;
    use crate::lang::Language;

    #[test]
    fn the_age_of_a_copy_reads_in_the_largest_whole_unit() {
        let en = |seconds| age(seconds, Language::English);
        assert_eq!(en(20), "just now");
        assert_eq!(en(12 * 60 + 5), "12 min ago");
        assert_eq!(en(3 * 3_600 + 100), "3 h ago");
        assert_eq!(en(30 * 3_600), "yesterday");
        assert_eq!(en(5 * 86_400 + 7), "5 days ago");
    }

    #[test]
    fn the_age_of_a_copy_reads_in_french_too() {
        let fr = |seconds| age(seconds, Language::French);
        assert_eq!(fr(20), "à l'instant");
        assert_eq!(fr(12 * 60 + 5), "il y a 12\u{a0}min");
        assert_eq!(fr(30 * 3_600), "hier");
        assert_eq!(fr(5 * 86_400 + 7), "il y a 5\u{a0}jours");
    }
}
