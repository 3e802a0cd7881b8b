//! The warnings that keep two writers of one map file from overwriting each
//! other: a save over a file that changed on disk, and a map opened in two windows.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::edit::Document;
use crate::file::{self, DiskStamp, OpenMaps};

/// What the user chose in a warning, for the app to carry out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuardChoice {
    /// Save over the changed file at this path all the same.
    Overwrite(PathBuf),
    /// Save the map to another file, to be chosen.
    SaveAs,
    /// Replace the map with the file as it is now on disk.
    Reload(PathBuf),
    /// Give up the save, and what was waiting for it.
    CancelSave,
    /// Open the map at this path although another window has it open.
    OpenAnyway(PathBuf),
    /// Leave the map another window has open unopened here.
    CancelOpen,
}

/// A warning that waits for the user's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuardQuestion {
    /// The map's file changed on disk, or was deleted, since this window read
    /// or wrote it; saving is held back.
    ChangedOnDisk {
        /// The map's file.
        path: PathBuf,
        /// True when the file is gone rather than changed.
        deleted: bool,
    },
    /// The map at this path is open in another window.
    AlreadyOpen(PathBuf),
}

/// A save held back because the file is not what this window last read or wrote.
#[derive(Clone, Debug)]
struct Conflict {
    path: PathBuf,
    deleted: bool,
}

/// This window's entry in the registry of open maps.
struct Registration {
    maps: OpenMaps,
    window: String,
    /// The map file the entry names (or failed to name), if any.
    path: Option<PathBuf>,
}

impl Drop for Registration {
    fn drop(&mut self) {
        self.maps.release(&self.window);
    }
}

/// The two warnings' state, and this window's entry in the registry of open maps.
#[derive(Default)]
pub struct Guards {
    registration: Option<Registration>,
    conflict: Option<Conflict>,
    /// A map not opened yet because another window has it open.
    already_open: Option<PathBuf>,
}

impl Guards {
    /// Guards that also tell other windows, through `maps`, which map is open here.
    pub fn with_open_maps(maps: OpenMaps) -> Self {
        static NEXT_WINDOW: AtomicU64 = AtomicU64::new(0);
        let window = format!(
            "{}-{}",
            std::process::id(),
            NEXT_WINDOW.fetch_add(1, Ordering::Relaxed)
        );
        Self {
            registration: Some(Registration {
                maps,
                window,
                path: None,
            }),
            ..Self::default()
        }
    }

    /// Keeps this window's registry entry on the document's file; returns the
    /// file and the system's error, once, if the entry cannot be written.
    pub fn track(&mut self, path: Option<&Path>) -> Option<(String, String)> {
        let registration = self.registration.as_mut()?;
        if registration.path.as_deref() == path {
            return None;
        }
        registration.path = path.map(Path::to_path_buf);
        let Some(path) = path else {
            registration.maps.release(&registration.window);
            return None;
        };
        let error = registration
            .maps
            .register(&registration.window, path)
            .err()?;
        Some((path.display().to_string(), error.to_string()))
    }

    /// Whether the map at `path` may be opened now; if another window has it
    /// open, asks the user first. Reopening the map this window shows is allowed.
    pub fn may_open(&mut self, path: &Path, current: Option<&Path>) -> bool {
        let Some(registration) = &self.registration else {
            return true;
        };
        if current.is_some_and(|current| file::real_path(current) == file::real_path(path))
            || !registration.maps.open_elsewhere(&registration.window, path)
        {
            return true;
        }
        self.already_open = Some(path.to_path_buf());
        false
    }

    /// Whether the document may be saved over its file; if the file changed on
    /// disk since this window last read or wrote it, asks the user first.
    pub fn may_save(&mut self, document: &Document) -> bool {
        let (Some(path), Some(expected)) = (&document.path, document.on_disk) else {
            return true;
        };
        let deleted = match DiskStamp::of_file(path) {
            Ok(now) if now == expected => return true,
            Ok(_) => false,
            Err(error) => error.kind() == std::io::ErrorKind::NotFound,
        };
        self.conflict = Some(Conflict {
            path: path.clone(),
            deleted,
        });
        false
    }

    /// The warning waiting for the user's answer, if any.
    pub fn question(&self) -> Option<GuardQuestion> {
        if let Some(conflict) = &self.conflict {
            return Some(GuardQuestion::ChangedOnDisk {
                path: conflict.path.clone(),
                deleted: conflict.deleted,
            });
        }
        self.already_open.clone().map(GuardQuestion::AlreadyOpen)
    }

    /// Closes the warning the user answered.
    pub fn answered(&mut self) {
        if self.conflict.take().is_none() {
            self.already_open = None;
        }
    }
}
