//! How far an import got, shared between the worker that reads the file and
//! the window that shows it: rows read, then rows made into cards, and a flag
//! by which the reader is asked to stop between two rows.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::file::Diagnostic;

/// An import's progress; clones share it, so the worker gets one and the
/// window keeps another.
#[derive(Clone, Debug, Default)]
pub struct ImportProgress {
    shared: Arc<Shared>,
}

#[derive(Debug, Default)]
struct Shared {
    read: AtomicUsize,
    to_read: AtomicUsize,
    built: AtomicUsize,
    to_build: AtomicUsize,
    /// No building stage follows the reading: each row read is made at once.
    reading_only: AtomicBool,
    /// The map is made: it is checked whole and measured.
    checking: AtomicBool,
    cancelled: AtomicBool,
}

/// What an import is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportStage {
    /// Reading the file's rows (lines for Mermaid).
    Reading,
    /// Making the rows read into the map's cards.
    Building,
    /// Checking the map made: whole, and not over the size Parcours opens;
    /// the rows are those made into cards.
    Checking,
}

/// Where an import is: its stage, and how many of its rows that stage has done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reached {
    /// Reading or building.
    pub stage: ImportStage,
    /// The rows done in this stage.
    pub done: usize,
    /// The rows this stage has to do; 0 while not yet known.
    pub rows: usize,
}

/// The message of an import stopped by [`ImportProgress::cancel`].
pub const CANCELLED: &str = "the import was cancelled";

impl ImportProgress {
    /// Where the import is now.
    pub fn reached(&self) -> Reached {
        let load = |counter: &AtomicUsize| counter.load(Ordering::Relaxed);
        let to_build = load(&self.shared.to_build);
        if to_build > 0 {
            let checking = self.shared.checking.load(Ordering::Relaxed);
            return Reached {
                stage: if checking {
                    ImportStage::Checking
                } else {
                    ImportStage::Building
                },
                done: load(&self.shared.built).min(to_build),
                rows: to_build,
            };
        }
        let rows = load(&self.shared.to_read);
        Reached {
            stage: ImportStage::Reading,
            done: load(&self.shared.read).min(rows),
            rows,
        }
    }

    /// The share of the import done, from 0 to 1: reading is the first half,
    /// building the cards the second, unless reading is all there is.
    pub fn fraction(&self) -> f32 {
        let reached = self.reached();
        let within = if reached.rows == 0 {
            0.0
        } else {
            reached.done as f32 / reached.rows as f32
        };
        match reached.stage {
            ImportStage::Reading if self.shared.reading_only.load(Ordering::Relaxed) => within,
            ImportStage::Reading => within / 2.0,
            ImportStage::Building => 0.5 + within / 2.0,
            ImportStage::Checking => 1.0,
        }
    }

    /// Asks the import to stop before its next row; it then fails with
    /// [`CANCELLED`].
    pub fn cancel(&self) {
        self.shared.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether [`ImportProgress::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.shared.cancelled.load(Ordering::Relaxed)
    }

    /// Reading starts, with about `rows` rows to read.
    pub(super) fn start_reading(&self, rows: usize) {
        self.shared.to_read.store(rows, Ordering::Relaxed);
    }

    /// Reading starts, with `rows` rows to read, each made into cards as it
    /// is read: no building stage follows.
    pub(super) fn start_reading_only(&self, rows: usize) {
        self.shared.reading_only.store(true, Ordering::Relaxed);
        self.start_reading(rows);
    }

    /// One more row read; an error when the import is cancelled.
    pub(super) fn row_read(&self) -> Result<(), Diagnostic> {
        self.shared.read.fetch_add(1, Ordering::Relaxed);
        self.go_on()
    }

    /// Reading is over, with `rows` rows read.
    pub(super) fn all_read(&self, rows: usize) {
        self.shared.to_read.store(rows, Ordering::Relaxed);
        self.shared.read.store(rows, Ordering::Relaxed);
    }

    /// Building the cards starts, from `rows` rows.
    pub(super) fn start_building(&self, rows: usize) {
        self.shared.built.store(0, Ordering::Relaxed);
        self.shared.to_build.store(rows.max(1), Ordering::Relaxed);
    }

    /// One more row made into cards; an error when the import is cancelled.
    pub(super) fn row_built(&self) -> Result<(), Diagnostic> {
        self.shared.built.fetch_add(1, Ordering::Relaxed);
        self.go_on()
    }

    /// The rows are all made into the map, which is now checked (a Mermaid
    /// import, which has no building stage, stays in its reading stage).
    pub(super) fn start_checking(&self) {
        self.shared.checking.store(true, Ordering::Relaxed);
    }

    /// An error when the import is cancelled.
    pub(super) fn go_on(&self) -> Result<(), Diagnostic> {
        if self.is_cancelled() {
            Err(Diagnostic {
                position: None,
                message: CANCELLED.to_owned(),
            })
        } else {
            Ok(())
        }
    }
}

/// About how many rows a text has: its lines, ignoring that a quoted cell may
/// hold line breaks.
pub(super) fn lines_in(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count() + usize::from(!text.ends_with('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_fills_the_first_half_and_building_the_second() {
        let progress = ImportProgress::default();
        assert_eq!(progress.fraction(), 0.0);
        progress.start_reading(4);
        progress.row_read().expect("not cancelled");
        assert_eq!(progress.fraction(), 0.125);
        progress.all_read(4);
        assert_eq!(progress.fraction(), 0.5);
        progress.start_building(4);
        for _ in 0..3 {
            progress.row_built().expect("not cancelled");
        }
        let reached = progress.reached();
        assert_eq!(
            (reached.stage, reached.done, reached.rows),
            (ImportStage::Building, 3, 4)
        );
        assert_eq!(progress.fraction(), 0.875);
    }

    #[test]
    fn reading_that_makes_the_cards_as_it_goes_fills_the_whole_bar() {
        let progress = ImportProgress::default();
        progress.start_reading_only(4);
        progress.row_read().expect("not cancelled");
        assert_eq!(progress.fraction(), 0.25);
        progress.all_read(4);
        assert_eq!(progress.fraction(), 1.0);
    }

    #[test]
    fn a_map_made_is_not_measured_once_the_import_is_cancelled() {
        let progress = ImportProgress::default();
        let map = crate::templates::find("four-stages")
            .expect("the template")
            .instantiate("en")
            .expect("it loads");
        assert!(super::super::whole(map.clone(), &progress).is_ok());
        progress.cancel();
        let refused = super::super::whole(map, &progress).expect_err("cancelled");
        assert_eq!(refused, CANCELLED);
    }

    #[test]
    fn a_cancelled_import_stops_at_its_next_row() {
        let progress = ImportProgress::default();
        let worker = progress.clone();
        progress.cancel();
        let error = worker.row_read().expect_err("cancelled");
        assert_eq!(error.message, CANCELLED);
    }
}
