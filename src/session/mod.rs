//! The life of the document a window shows, without a window: open, import,
//! save, save as, close and quit; the "unsaved changes, what now?" question; the
//! warnings before a save over a changed file or an open of a map open elsewhere;
//! recovery copies. The UI asks it to do things, shows the question or warning
//! it holds, and opens the file dialog it asks for.

mod autosave;
mod guards;
mod importing;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use autosave::{age, seconds_now};
pub use guards::{GuardChoice, GuardQuestion};
pub use importing::{IMPORT_SHOWN_AFTER, ImportShown};

use self::autosave::Autosave;
use self::guards::Guards;
use crate::edit::{Document, Edit};
use crate::file::{self, DiskStamp, OpenMaps, Recovered, RecoveryStore, Replace, RunningMark};
use crate::interchange::{self, Format};
use crate::lang::{Language, fill, translate};

/// Messages are told in English and shown in the language of the moment.
const ENGLISH: &crate::lang::Words = &crate::lang::ENGLISH;
use crate::scene::ImageSource;

/// How many files Open recent remembers.
const MAX_RECENT: usize = 10;

/// Something that discards the open map, done once the user has said what to do
/// with unsaved changes.
#[derive(Clone, Debug)]
pub enum Pending {
    /// Quit Parcours: close the window.
    Quit,
    /// Close the map and start a new, unsaved one from the lifecycle template,
    /// in the language of new maps.
    Close,
    /// Ask the user for a map file to open.
    ChooseFileToOpen,
    /// Ask the user for a spreadsheet or Mermaid journey to import.
    ChooseFileToImport,
    /// Open the map file at this path.
    Open(PathBuf),
    /// Put this document in place of the open one (a map made from a template).
    Replace(Box<Document>),
    /// Open a recovery copy; it stays on disk until its map is safe elsewhere.
    Restore(Box<Recovered>),
}

/// The file a session asks the user to choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileChoice {
    /// A map to open.
    Open,
    /// A spreadsheet or a Mermaid journey to import.
    Import,
    /// Where to save the map.
    SaveAs,
}

/// What the window must do after a request to the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub enum Next {
    /// Nothing: the request is done, or waits on a question the session holds.
    Done,
    /// Ask the user for a file, then call [`Session::file_chosen`].
    Choose(FileChoice),
    /// Close the window: the user quit and nothing is left unsaved.
    CloseWindow,
}

/// The user's answer to "save the changes first?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save the map first (asking where, if it has no file), then go on.
    Save,
    /// Go on and lose the unsaved changes.
    Discard,
    /// Do nothing: keep the map open as it is.
    Cancel,
}

/// Recovery copies: this window's, and those a crashed Parcours left.
struct Recovery {
    autosave: Autosave,
    store: RecoveryStore,
}

/// The document of one window, and everything about its files.
pub struct Session {
    /// The map being edited, its file and its undo history.
    pub document: Document,
    /// Counts the documents this session has held: a new one means a new map.
    serial: u64,
    /// The maps opened or saved last, newest first.
    pub recent: Vec<PathBuf>,
    /// An error or notice to show until dismissed.
    pub message: Option<String>,
    /// The language of the map made by Close and of templates, "en" or "fr".
    pub new_map_language: String,
    /// The language of the messages, the interface's.
    language: Language,
    /// The message last told, in English, and as it was shown: shown again
    /// in another language when the language changes.
    told: Option<(String, String)>,
    /// What waits on the unsaved-changes question, while it is asked.
    question: Option<Pending>,
    /// What to do once a save that a question or a warning asked for is done.
    after_save: Option<Pending>,
    guards: Guards,
    recovery: Option<Recovery>,
    /// Recovery copies left by a Parcours that crashed or was killed.
    pub recovered: Vec<Recovered>,
    /// Tell other Parcours processes that this one runs, while it runs.
    running_marks: Vec<RunningMark>,
    /// Set once the user agreed to quit: closing the window is then allowed.
    quitting: bool,
    /// The import running on a worker thread, if one is.
    importing: Option<importing::Importing>,
}

impl Session {
    /// A session on `document`, remembering `recent` files.
    pub fn new(document: Document, recent: Vec<PathBuf>) -> Self {
        Self {
            document,
            serial: 0,
            recent,
            message: None,
            new_map_language: "en".to_owned(),
            language: Language::English,
            told: None,
            question: None,
            after_save: None,
            guards: Guards::default(),
            recovery: None,
            recovered: Vec::new(),
            running_marks: Vec::new(),
            quitting: false,
            importing: None,
        }
    }

    /// Tells other windows through `maps` which map is open here, and warns
    /// before opening a map that another window has open.
    pub fn with_open_maps(mut self, maps: OpenMaps) -> Self {
        // Unmarked, this process's maps count as closed to others: a warning
        // lost, nothing worse, so a folder that can't be written is no error.
        self.running_marks.extend(maps.mark_running().ok());
        self.guards = Guards::with_open_maps(maps);
        self
    }

    /// Keeps recovery copies in `store` while there are unsaved changes, and
    /// offers the copies a crashed Parcours left there.
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        // Unmarked, this process's copies would be offered to a second Parcours;
        // the autosave reports a folder that can't be written.
        self.running_marks.extend(store.mark_running().ok());
        self.recovered = store.left_behind();
        self.recovery = Some(Recovery {
            autosave: Autosave::new(store.clone()),
            store,
        });
        self
    }

    /// Changes each time the session holds another document.
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// What waits on the unsaved-changes question, while it is asked.
    pub fn question(&self) -> Option<&Pending> {
        self.question.as_ref()
    }

    /// The warning about another writer waiting for an answer, if any.
    pub fn guard_question(&self) -> Option<GuardQuestion> {
        self.guards.question()
    }

    /// Whether the window may close now; if not, the unsaved-changes question
    /// is asked first.
    pub fn may_close_window(&mut self) -> bool {
        if self.quitting || !self.document.is_dirty() {
            return true;
        }
        self.question = Some(Pending::Quit);
        false
    }

    /// Called every frame with the time in seconds: writes a recovery copy when
    /// one is due, keeps the registry of open maps up to date, and returns when
    /// to be called again.
    pub fn tick(&mut self, now: f64) -> Option<Duration> {
        let mut wake = None;
        if let Some(recovery) = &mut self.recovery {
            wake = recovery.autosave.tick(now, &self.document, self.serial);
            if let Some(problem) = recovery.autosave.problem() {
                self.tell(fill(ENGLISH.recovery_write_failed, &[&problem]));
            }
        }
        if let Some((file, problem)) = self.guards.track(self.document.path.as_deref()) {
            self.tell(fill(ENGLISH.open_maps_failed, &[&file, &problem]));
        }
        wake
    }

    /// Does `pending` now, or asks about unsaved changes first.
    pub fn request(&mut self, pending: Pending) -> Next {
        if self.document.is_dirty() {
            self.question = Some(pending);
            Next::Done
        } else {
            self.proceed(pending)
        }
    }

    /// Carries out the answer to the unsaved-changes question.
    pub fn answer_unsaved(&mut self, choice: UnsavedChoice) -> Next {
        let Some(pending) = self.question.take() else {
            return Next::Done;
        };
        match choice {
            UnsavedChoice::Save => {
                self.after_save = Some(pending);
                self.save()
            }
            UnsavedChoice::Discard => self.proceed(pending),
            UnsavedChoice::Cancel => {
                // A recovery copy the user meant to restore is offered again.
                if let Pending::Restore(recovered) = pending {
                    self.recovered.insert(0, *recovered);
                }
                Next::Done
            }
        }
    }

    fn proceed(&mut self, pending: Pending) -> Next {
        match pending {
            Pending::Quit => {
                if let Some(recovery) = &mut self.recovery {
                    recovery.autosave.discard();
                }
                self.quitting = true;
                return Next::CloseWindow;
            }
            Pending::Close => {
                let document = new_document(&self.new_map_language);
                self.replace_document(document);
            }
            Pending::ChooseFileToOpen => return Next::Choose(FileChoice::Open),
            Pending::ChooseFileToImport => return Next::Choose(FileChoice::Import),
            Pending::Open(path) => self.open(&path),
            Pending::Replace(document) => self.replace_document(*document),
            Pending::Restore(recovered) => self.restore(*recovered),
        }
        Next::Done
    }

    /// Opens a map, or starts importing a spreadsheet or a Mermaid journey as a
    /// new unsaved map (see [`Session::poll_import`]); a file that fails to load
    /// opens nothing and says why. Unsaved changes are not asked about: see
    /// [`Session::request`].
    pub fn open(&mut self, path: &Path) {
        if Format::of_path(path).is_some() {
            self.start_import(path);
            return;
        }
        if self.guards.may_open(path, self.document.path.as_deref()) {
            self.load_map(path);
        }
    }

    fn load_map(&mut self, path: &Path) {
        match file::load_stamped(path) {
            Ok((map, stamp)) => {
                let mut document = Document::from_file(map, path.to_path_buf());
                document.on_disk = Some(stamp);
                self.replace_document(document);
                self.remember(path);
            }
            Err(error) => self.tell(error),
        }
    }

    /// Opens a recovery copy as an unsaved map of its original file. The copy
    /// stays until this window's own copy, or a save, holds the map.
    fn restore(&mut self, recovered: Recovered) {
        match file::load(&recovered.map_path) {
            Ok(map) => {
                let info = recovered.info;
                self.replace_document(Document::recovered(map, info.original, info.original_stamp));
                if let Some(recovery) = &mut self.recovery {
                    recovery.autosave.adopt(recovered.slot);
                }
            }
            Err(error) => self.tell(error),
        }
    }

    /// Restores the `index`th copy left behind, once unsaved changes are settled.
    pub fn restore_left_behind(&mut self, index: usize) -> Next {
        if index >= self.recovered.len() {
            return Next::Done;
        }
        let recovered = self.recovered.remove(index);
        self.request(Pending::Restore(Box::new(recovered)))
    }

    /// Deletes the `index`th copy left behind.
    pub fn discard_left_behind(&mut self, index: usize) {
        if index >= self.recovered.len() {
            return;
        }
        let recovered = self.recovered.remove(index);
        if let Some(recovery) = &self.recovery {
            recovery.store.remove(&recovered.slot);
        }
    }

    /// Does what the user chose in a warning about another writer.
    pub fn answer_guard(&mut self, choice: GuardChoice) -> Next {
        self.guards.answered();
        match choice {
            GuardChoice::Overwrite(path) => self.save_to(&path, Replace::OpenedMap),
            GuardChoice::SaveAs => Next::Choose(FileChoice::SaveAs),
            GuardChoice::Reload(path) => {
                self.after_save = None;
                self.request(Pending::Open(path))
            }
            GuardChoice::CancelSave => {
                self.after_save = None;
                Next::Done
            }
            GuardChoice::OpenAnyway(path) => {
                self.load_map(&path);
                Next::Done
            }
            GuardChoice::CancelOpen => Next::Done,
        }
    }

    /// Puts another document in the window; what was unsaved is gone.
    pub fn replace_document(&mut self, document: Document) {
        if let Some(recovery) = &mut self.recovery {
            recovery.autosave.discard();
        }
        self.document = document;
        self.serial += 1;
        self.message = None;
    }

    fn remember(&mut self, path: &Path) {
        let path = path.to_path_buf();
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Saves over the map's own file, once sure nobody changed it meanwhile; a
    /// map without a file asks where.
    pub fn save(&mut self) -> Next {
        let Some(path) = self.document.path.clone() else {
            return Next::Choose(FileChoice::SaveAs);
        };
        if self.guards.may_save(&self.document) {
            self.save_to(&path, Replace::OpenedMap)
        } else {
            Next::Done
        }
    }

    /// Saves to `path`, then carries on with what was waiting for the save. A
    /// map that would not open again is not saved: the message says what to fix.
    /// `replace` says whether `path` is the map's own file, which may be reached
    /// through the link it was opened by, or a new name, which may not be a link.
    fn save_to(&mut self, path: &Path, replace: Replace) -> Next {
        if let Some(problem) = self.document.map.validate().first() {
            self.after_save = None;
            let (what, place) = (&problem.message, &problem.path);
            self.tell(fill(ENGLISH.not_saved_invalid, &[what, place]));
            return Next::Done;
        }
        let text = file::to_ron(&self.document.map);
        match file::save_text_with(path, &text, replace) {
            Ok(()) => {
                self.document.mark_saved(path.to_path_buf());
                self.document.on_disk = Some(DiskStamp::of_bytes(text.as_bytes()));
                self.remember(path);
                self.message = None;
                match self.after_save.take() {
                    Some(pending) => self.proceed(pending),
                    None => Next::Done,
                }
            }
            Err(error) => {
                self.after_save = None;
                self.tell(error);
                Next::Done
            }
        }
    }

    /// Carries on once the user chose a file (None: cancelled the dialog).
    pub fn file_chosen(&mut self, choice: FileChoice, path: Option<PathBuf>) -> Next {
        let Some(path) = path else {
            self.after_save = None;
            return Next::Done;
        };
        match choice {
            FileChoice::Open | FileChoice::Import => {
                self.open(&path);
                Next::Done
            }
            FileChoice::SaveAs => self.save_to(&with_map_extension(path), Replace::Guarded),
        }
    }

    /// A file name for the map in a format: its title made safe, and `extension`.
    pub fn suggested_file_name(&self, extension: &str) -> String {
        format!("{}.{extension}", file::slug(&self.document.map.meta.title))
    }

    /// Shows `english` as the message, in the language of the messages; a
    /// change of language shows it again in the new one.
    pub fn tell(&mut self, english: impl std::fmt::Display) {
        let english = english.to_string();
        let shown = translate(&english, self.language);
        self.message = Some(shown.clone());
        self.told = Some((english, shown));
    }

    /// Speaks `language` from now on; the message shown, if the session told
    /// it, is said again in `language`.
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
        if let Some((english, shown)) = &self.told
            && self.message.as_deref() == Some(shown.as_str())
        {
            let again = translate(english, language);
            self.message = Some(again.clone());
            self.told = Some((english.clone(), again));
        }
    }

    /// Writes the map in another format; the map itself stays as it is.
    pub fn export(&mut self, format: Format, path: &Path) {
        let bytes = match interchange::export(&self.document.map, format) {
            Ok(bytes) => bytes,
            Err(reason) => {
                self.message = Some(format!("{}: {reason}", path.display()));
                return;
            }
        };
        if let Err(error) =
            file::write_atomically(path, |out| std::io::Write::write_all(out, &bytes))
        {
            let target = path.display().to_string();
            self.tell(file::SaveError { target, error });
        }
    }

    /// Puts a picture file into a card or a persona, after checking its limits.
    pub fn embed_image(&mut self, source: ImageSource, path: &Path) {
        let image = match file::read_picture(path) {
            Ok(image) => image,
            Err(reason) => {
                self.tell(format!("{}: {reason}", path.display()));
                return;
            }
        };
        let map = &self.document.map;
        let edit = match source {
            ImageSource::Card(id) => map.card(id).map(|card| {
                let mut card = card.clone();
                card.image = Some(image);
                Edit::ReplaceCard(card)
            }),
            ImageSource::Persona(id) => map.persona(id).map(|persona| {
                let mut persona = persona.clone();
                persona.photo = Some(image);
                Edit::SetPersona(persona)
            }),
        };
        if let Some(edit) = edit {
            self.document.apply(edit);
        }
    }
}

/// A new, unsaved map from the lifecycle template, in `language`.
pub fn new_document(language: &str) -> Document {
    let map = crate::templates::find("lifecycle")
        .and_then(|t| t.instantiate(language).ok())
        .unwrap_or_default();
    Document::new_unsaved(map)
}

/// Adds `.journey.ron` to a chosen file name that lacks it.
fn with_map_extension(path: PathBuf) -> PathBuf {
    if file::is_map_path(&path) {
        return path;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".ron").unwrap_or(&name);
    path.with_file_name(format!("{stem}.{}", file::EXTENSION))
}
