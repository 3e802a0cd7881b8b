//! Imports on a worker thread: a large spreadsheet takes seconds to read, and
//! the window goes on drawing meanwhile, saying which file it reads. The map
//! open when the import started stays until the imported map replaces it, and
//! changes made to it in the meantime are asked about first; a map opened in
//! the meantime stays, and the import's map is dropped.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::{ENGLISH, Next, Pending, Session};
use crate::edit::Document;
use crate::file::LoadError;
use crate::lang::fill;
use crate::model::JourneyMap;

/// What an import's worker hands back.
type Outcome = Result<JourneyMap, LoadError>;

/// An import under way.
pub(super) struct Importing {
    path: PathBuf,
    /// The session's serial and the document's revision when it started: the
    /// map shown then, unchanged.
    document_then: (u64, u64),
    outcome: Receiver<Outcome>,
}

impl Session {
    /// Reads a spreadsheet, a workbook or a Mermaid journey on a worker thread;
    /// [`Session::poll_import`] takes the map once it is made.
    pub(super) fn start_import(&mut self, path: &Path) {
        let (sender, outcome) = channel();
        let source = path.to_path_buf();
        std::thread::spawn(move || {
            // A cancelled import's map is wanted by no one.
            let _ = sender.send(crate::interchange::import(&source));
        });
        self.importing = Some(Importing {
            path: path.to_path_buf(),
            document_then: (self.serial, self.document.revision()),
            outcome,
        });
    }

    /// The file an import reads, while one runs.
    pub fn importing(&self) -> Option<&Path> {
        self.importing
            .as_ref()
            .map(|importing| importing.path.as_path())
    }

    /// Takes the import's map in place of the open one once it is made, or says
    /// why there is none; nothing while the import runs.
    pub fn poll_import(&mut self) -> Next {
        let Some(importing) = &self.importing else {
            return Next::Done;
        };
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

    /// Stops waiting for the running import: the open map stays as it is, and
    /// the import's map, once made, is dropped.
    pub fn cancel_import(&mut self) {
        self.importing = None;
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
