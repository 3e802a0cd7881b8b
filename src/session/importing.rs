//! Imports on a worker thread: a large spreadsheet takes seconds to read, and
//! the window goes on drawing meanwhile; once an import has taken a second it
//! shows which file it reads and how far it got. Cancelling stops the worker
//! at its next row. The map
//! open when the import started stays until the imported map replaces it, and
//! changes made to it in the meantime are asked about first; a map opened in
//! the meantime stays, and the import's map is dropped.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::{ENGLISH, Next, Pending, Session};
use crate::edit::Document;
use crate::file::LoadError;
use crate::interchange::{ImportOptions, ImportProgress};
use crate::lang::fill;
use crate::model::JourneyMap;

/// How long an import runs, in seconds, before it is shown: a quicker one
/// flashes nothing on screen.
pub const IMPORT_SHOWN_AFTER: f64 = 1.0;

/// An import that has run long enough to be shown.
#[derive(Clone, Copy, Debug)]
pub struct ImportShown<'s> {
    /// The file it reads.
    pub path: &'s Path,
    /// How far it got.
    pub progress: &'s ImportProgress,
}

/// What an import's worker hands back.
type Outcome = Result<JourneyMap, LoadError>;

/// An import under way.
pub(super) struct Importing {
    path: PathBuf,
    /// The session's serial and the document's revision when it started: the
    /// map shown then, unchanged.
    document_then: (u64, u64),
    outcome: Receiver<Outcome>,
    progress: ImportProgress,
    /// When [`Session::poll_import`] first saw it, on the caller's clock.
    started: Option<f64>,
}

impl Session {
    /// Reads a spreadsheet, a workbook or a Mermaid journey on a worker thread;
    /// [`Session::poll_import`] takes the map once it is made.
    pub(super) fn start_import(&mut self, path: &Path) {
        let (sender, outcome) = channel();
        let source = path.to_path_buf();
        let progress = ImportProgress::default();
        let worker_progress = progress.clone();
        std::thread::spawn(move || {
            let options = ImportOptions::default();
            let outcome = crate::interchange::import_watched(&source, options, &worker_progress);
            // A cancelled import's map is wanted by no one.
            let _ = sender.send(outcome);
        });
        self.importing = Some(Importing {
            path: path.to_path_buf(),
            document_then: (self.serial, self.document.revision()),
            outcome,
            progress,
            started: None,
        });
    }

    /// The file an import reads, while one runs.
    pub fn importing(&self) -> Option<&Path> {
        self.importing
            .as_ref()
            .map(|importing| importing.path.as_path())
    }

    /// The import under way, once it has run for [`IMPORT_SHOWN_AFTER`]
    /// seconds since [`Session::poll_import`] first saw it; `now` is on the
    /// same clock as the one given to it.
    pub fn import_to_show(&self, now: f64) -> Option<ImportShown<'_>> {
        let importing = self.importing.as_ref()?;
        let started = importing.started?;
        (now - started >= IMPORT_SHOWN_AFTER).then_some(ImportShown {
            path: &importing.path,
            progress: &importing.progress,
        })
    }

    /// Takes the import's map in place of the open one once it is made, or says
    /// why there is none; nothing while the import runs. `now`, in seconds on
    /// any clock that goes on, tells how long the import has run (see
    /// [`Session::import_to_show`]).
    pub fn poll_import(&mut self, now: f64) -> Next {
        let Some(importing) = &mut self.importing else {
            return Next::Done;
        };
        importing.started.get_or_insert(now);
        match importing.outcome.try_recv() {
            Ok(outcome) => self.take_import(Some(outcome)),
            Err(TryRecvError::Empty) => Next::Done,
            Err(TryRecvError::Disconnected) => self.take_import(None),
        }
    }

    /// Waits for the running import to end, then does what
    /// [`Session::poll_import`] does.
    pub fn finish_import(&mut self) -> Next {
        let Some(importing) = &self.importing else {
            return Next::Done;
        };
        let outcome = importing.outcome.recv().ok();
        self.take_import(outcome)
    }

    /// Stops the running import at its next row: the open map stays as it is.
    pub fn cancel_import(&mut self) {
        if let Some(importing) = self.importing.take() {
            importing.progress.cancel();
        }
    }

    /// The end of an import: its map replaces the open one (after the
    /// unsaved-changes question when the open map changed since the import
    /// started; not at all when another map was opened since), its problems
    /// are told, and a worker that stopped without a word is told too.
    fn take_import(&mut self, outcome: Option<Outcome>) -> Next {
        let Some(importing) = self.importing.take() else {
            return Next::Done;
        };
        match outcome {
            Some(Ok(map)) => {
                let (serial, revision) = importing.document_then;
                let document = Document::new_unsaved(map);
                if self.serial != serial {
                    Next::Done
                } else if self.document.revision() == revision {
                    self.replace_document(document);
                    Next::Done
                } else {
                    self.request(Pending::Replace(Box::new(document)))
                }
            }
            Some(Err(error)) => {
                self.tell(error);
                Next::Done
            }
            None => {
                let path = importing.path.display().to_string();
                self.tell(fill(ENGLISH.import_stopped, &[&path]));
                Next::Done
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::{CANCELLED, ImportStage};
    use crate::session::new_document;

    /// A spreadsheet of `rows` cards, in `folder`.
    fn sheet(folder: &Path, rows: usize) -> PathBuf {
        let path = folder.join("workshop.csv");
        let mut csv = String::from("stage,lane,text\n");
        for i in 0..rows {
            csv.push_str(&format!("Stage {},Touchpoints,Card {i}\n", i % 12));
        }
        std::fs::write(&path, csv).expect("written");
        path
    }

    #[test]
    fn cancel_stops_the_worker_early_and_keeps_the_open_map() {
        let folder = tempfile::tempdir().expect("a folder");
        let rows = 200_000;
        let mut session = Session::new(new_document("en"), Vec::new());
        let title = session.document.map.meta.title.clone();
        session.start_import(&sheet(folder.path(), rows));
        let importing = session.importing.as_mut().expect("an import");
        let progress = importing.progress.clone();
        let (_, unused) = channel();
        let outcome = std::mem::replace(&mut importing.outcome, unused);

        session.cancel_import();

        let error = outcome
            .recv()
            .expect("the worker answers")
            .expect_err("cancelled");
        assert_eq!(error.diagnostics[0].message, CANCELLED);
        assert!(outcome.recv().is_err(), "the worker has ended");
        let reached = progress.reached();
        assert_eq!(reached.stage, ImportStage::Reading, "{reached:?}");
        assert!(reached.done < rows / 2, "{reached:?}");
        assert_eq!(session.document.map.meta.title, title);
        assert!(session.importing().is_none());
    }

    #[test]
    fn an_import_is_shown_only_once_it_has_run_a_second() {
        let folder = tempfile::tempdir().expect("a folder");
        let mut session = Session::new(new_document("en"), Vec::new());
        session.start_import(&sheet(folder.path(), 200_000));
        assert!(session.import_to_show(100.0).is_none(), "not polled yet");

        assert_eq!(session.poll_import(50.0), Next::Done);

        assert!(session.importing().is_some(), "200,000 rows take a while");
        assert!(session.import_to_show(50.9).is_none());
        let shown = session.import_to_show(51.0).expect("shown after a second");
        assert!(shown.path.ends_with("workshop.csv"));
        session.cancel_import();
    }
}
