//! The warnings that keep two writers of one map file from overwriting each
//! other: a save over a file that changed on disk, and a map opened in two windows.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use egui::{Context, Id};

use crate::edit::Document;
use crate::file::{DiskStamp, OpenMaps};

/// What the user chose in a warning, for the app to carry out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuardChoice {
    /// Save over the changed file at this path all the same.
    Overwrite(PathBuf),
    SaveAs,
    /// Replace the map with the file as it is now on disk.
    Reload(PathBuf),
    /// Give up the save, and what was waiting for it.
    CancelSave,
    /// Open the map at this path although another window has it open.
    OpenAnyway(PathBuf),
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

    /// Keeps this window's registry entry on the document's file; returns a
    /// problem to show, once, if the entry cannot be written.
    pub fn track(&mut self, path: Option<&Path>) -> Option<String> {
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
        Some(format!(
            "{}: other Parcours windows cannot be warned that this map is open: {error}",
            path.display()
        ))
    }

    /// Whether the map at `path` may be opened now; if another window has it
    /// open, asks the user first. Reopening the map this window shows is allowed.
    pub fn may_open(&mut self, path: &Path, current: Option<&Path>) -> bool {
        let Some(registration) = &self.registration else {
            return true;
        };
        if current.is_some_and(|current| same_file(current, path))
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

    /// Shows the pending warning, if any, and returns what the user chose.
    pub fn ui(&mut self, ctx: &Context) -> Option<GuardChoice> {
        if let Some(conflict) = self.conflict.clone() {
            let choice = conflict_ui(ctx, &conflict);
            if choice.is_some() {
                self.conflict = None;
            }
            return choice;
        }
        let path = self.already_open.clone()?;
        let (open, cancel) = already_open_ui(ctx, &path);
        if open || cancel {
            self.already_open = None;
        }
        open.then_some(GuardChoice::OpenAnyway(path))
    }
}

fn conflict_ui(ctx: &Context, conflict: &Conflict) -> Option<GuardChoice> {
    let name = quoted_name(&conflict.path);
    let mut choice = None;
    egui::Modal::new(Id::unique("changed-on-disk")).show(ctx, |ui| {
        if conflict.deleted {
            ui.heading("File missing");
            ui.label(format!(
                "{name} was deleted or moved since it was opened here. Saving writes it again."
            ));
        } else {
            ui.heading("File changed on disk");
            ui.label(format!(
                "{name} changed on disk since it was opened here: another program or \
                 Parcours window wrote it. Overwriting replaces those changes with this map."
            ));
        }
        ui.small(conflict.path.display().to_string());
        ui.horizontal(|ui| {
            if ui.button("Overwrite").clicked() {
                choice = Some(GuardChoice::Overwrite(conflict.path.clone()));
            }
            if ui.button("Save As…").clicked() {
                choice = Some(GuardChoice::SaveAs);
            }
            if !conflict.deleted && ui.button("Reload from disk").clicked() {
                choice = Some(GuardChoice::Reload(conflict.path.clone()));
            }
            if ui.button("Cancel").clicked() {
                choice = Some(GuardChoice::CancelSave);
            }
        });
    });
    choice
}

/// Returns whether the user chose (Open anyway, Cancel).
fn already_open_ui(ctx: &Context, path: &Path) -> (bool, bool) {
    let name = quoted_name(path);
    let (mut open, mut cancel) = (false, false);
    egui::Modal::new(Id::unique("already-open")).show(ctx, |ui| {
        ui.heading("Map already open");
        ui.label(format!(
            "{name} is already open in another Parcours window. Changes saved there and \
             here would overwrite each other."
        ));
        ui.small(path.display().to_string());
        ui.horizontal(|ui| {
            open = ui.button("Open anyway").clicked();
            cancel = ui.button("Cancel").clicked();
        });
    });
    (open, cancel)
}

fn quoted_name(path: &Path) -> String {
    let name = path.file_name().unwrap_or(path.as_os_str());
    format!("“{}”", name.to_string_lossy())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
