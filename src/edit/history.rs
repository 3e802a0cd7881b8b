//! An open document: the map, its file, and the undo history.
//!
//! Undo keeps whole snapshots of the map rather than inverse commands: a map of
//! 5,000 cards is about a megabyte, cloning it takes well under a millisecond, and
//! every command is then undone exactly, whatever it touched.

use std::path::PathBuf;

use super::Edit;
use crate::file::DiskStamp;
use crate::lang::{Language, Phrase};
use crate::model::JourneyMap;

/// How many steps back Undo can go.
const MAX_UNDO_STEPS: usize = 500;

/// What a run of merged edits changes: one field of one element. Edits with the
/// same key merge into one undo step until the run is closed
/// ([`Document::close_merge`]): typing a word in one field is one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MergeKey {
    /// The id of the element edited; None for the map's own details.
    pub element: Option<u32>,
    /// Which of its fields: the UI's own id for the input.
    pub field: u64,
}

/// A state of the map, named so that "unsaved" survives undo and redo.
#[derive(Clone, Debug)]
struct Snapshot {
    map: JourneyMap,
    revision: u64,
    label: Phrase,
}

/// The undo and redo stacks of a document: whole snapshots of the map to go
/// back or forward to, newest last. Undo keeps the last 500 steps.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
}

/// A map being edited.
#[derive(Clone, Debug)]
pub struct Document {
    /// The map as it is now; change it through [`Document::apply`] so that the
    /// change can be undone.
    pub map: JourneyMap,
    /// Where the map is saved, if it ever was.
    pub path: Option<PathBuf>,
    /// What the file held when last read or written here; saving checks it is
    /// still there. None when unknown (a recovered map): then saving does not check.
    pub on_disk: Option<DiskStamp>,
    history: History,
    revision: u64,
    next_revision: u64,
    /// The revision last saved (or opened, or created).
    saved_revision: u64,
    /// The key of the run of merged edits still open, if any.
    merge_key: Option<MergeKey>,
}

impl Document {
    /// A document for a map that is not on disk yet. Until it is edited there is
    /// nothing to lose: it comes from a template or from a file still there.
    pub fn new_unsaved(map: JourneyMap) -> Self {
        Self {
            map,
            path: None,
            on_disk: None,
            history: History::default(),
            revision: 0,
            next_revision: 1,
            saved_revision: 0,
            merge_key: None,
        }
    }

    /// A map recovered after a crash: it belongs to `original` (if it had a file)
    /// and is unsaved until the user saves it.
    pub fn recovered(
        map: JourneyMap,
        original: Option<PathBuf>,
        on_disk: Option<DiskStamp>,
    ) -> Self {
        Self {
            path: original,
            on_disk,
            saved_revision: u64::MAX,
            ..Self::new_unsaved(map)
        }
    }

    /// A document for a map just loaded from (or saved to) `path`.
    pub fn from_file(map: JourneyMap, path: PathBuf) -> Self {
        Self {
            path: Some(path),
            ..Self::new_unsaved(map)
        }
    }

    /// Whether the map differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != self.revision
    }

    /// The name of the map's file, if it has one.
    pub fn file_name(&self) -> Option<String> {
        let name = self.path.as_ref()?.file_name()?;
        Some(name.to_string_lossy().into_owned())
    }

    /// Names the map's state: equal revisions mean equal maps.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Records that the map was saved to `path`; the next edit starts a new
    /// undo step.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.merge_key = None;
        self.path = Some(path);
        self.saved_revision = self.revision;
    }

    /// Applies an edit as one undo step. Returns false, and records nothing, when
    /// the edit changes nothing.
    pub fn apply(&mut self, edit: Edit) -> bool {
        self.merge_key = None;
        self.record(edit)
    }

    /// Applies an edit, merged into the previous undo step when that step had the
    /// same `key` and its run is still open (the keystrokes of one field, say).
    pub fn apply_merged(&mut self, edit: Edit, key: MergeKey) -> bool {
        if self.merge_key == Some(key) && !self.history.undo.is_empty() {
            let changed = edit.apply(&mut self.map);
            if changed {
                self.history.redo.clear();
                self.revision = self.next_revision;
                self.next_revision += 1;
            }
            return changed;
        }
        let changed = self.record(edit);
        if changed {
            self.merge_key = Some(key);
        }
        changed
    }

    /// Applies an edit into the undo step that brought the map to `revision`,
    /// while the map is still there (the text typed on a card just dropped
    /// joins the drop: one step per card); otherwise as a step of its own.
    pub fn apply_joining(&mut self, edit: Edit, revision: u64) -> bool {
        if self.revision != revision || self.history.undo.is_empty() {
            return self.apply(edit);
        }
        self.merge_key = None;
        let changed = edit.apply(&mut self.map);
        if changed {
            self.history.redo.clear();
            self.revision = self.next_revision;
            self.next_revision += 1;
        }
        changed
    }

    /// Ends the run of merged edits: the next edit is a new undo step, whatever
    /// its key. Called when a field loses focus, a drag ends, or the selection
    /// changes.
    pub fn close_merge(&mut self) {
        self.merge_key = None;
    }

    fn record(&mut self, edit: Edit) -> bool {
        let before = self.map.clone();
        let label = edit.label();
        if !edit.apply(&mut self.map) || self.map == before {
            self.map = before;
            return false;
        }
        self.history.undo.push(Snapshot {
            map: before,
            revision: self.revision,
            label,
        });
        if self.history.undo.len() > MAX_UNDO_STEPS {
            self.history.undo.remove(0);
        }
        self.history.redo.clear();
        self.revision = self.next_revision;
        self.next_revision += 1;
        true
    }

    /// What Undo would take back ("move card", say) in `language`, for the
    /// Edit menu; None when there is nothing to undo.
    pub fn undo_label(&self, language: Language) -> Option<&'static str> {
        self.history.undo.last().map(|s| language.say(s.label))
    }

    /// What Redo would do again in `language`, for the Edit menu; None when
    /// there is nothing to redo.
    pub fn redo_label(&self, language: Language) -> Option<&'static str> {
        self.history.redo.last().map(|s| language.say(s.label))
    }

    /// Goes back one undo step and ends the run of merged edits; false when
    /// there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.step(true)
    }

    /// Does again the step Undo took back last and ends the run of merged edits;
    /// false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.step(false)
    }

    fn step(&mut self, back: bool) -> bool {
        self.merge_key = None;
        let (from, to) = if back {
            (&mut self.history.undo, &mut self.history.redo)
        } else {
            (&mut self.history.redo, &mut self.history.undo)
        };
        let Some(snapshot) = from.pop() else {
            return false;
        };
        let current = Snapshot {
            map: std::mem::replace(&mut self.map, snapshot.map),
            revision: self.revision,
            label: snapshot.label,
        };
        to.push(current);
        self.revision = snapshot.revision;
        true
    }
}
