//! Which maps are open in which Parcours windows, kept in the app's data folder
//! (never beside the user's file), so that opening a map twice is noticed.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::liveness::{self, RunningMark};
use super::{real_path, write_atomically};

/// One window's open map.
#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    /// The map's canonical path.
    path: PathBuf,
    process: u32,
}

/// The folder of entries, one file per window that has a map file open.
#[derive(Clone, Debug)]
pub struct OpenMaps {
    folder: PathBuf,
}

impl OpenMaps {
    /// The registry kept in `folder`, shared by every Parcours of this user.
    pub fn new(folder: PathBuf) -> Self {
        Self { folder }
    }

    /// Marks this process as running, for other processes' `open_elsewhere`.
    pub fn mark_running(&self) -> io::Result<RunningMark> {
        liveness::mark_running(&self.folder)
    }

    fn entry_path(&self, window: &str) -> PathBuf {
        self.folder.join(format!("{window}.ron"))
    }

    /// Records that `window` of this process has the map at `path` open.
    pub fn register(&self, window: &str, path: &Path) -> io::Result<()> {
        std::fs::create_dir_all(&self.folder)?;
        let entry = Entry {
            path: real_path(path),
            process: std::process::id(),
        };
        let text = ron::to_string(&entry).map_err(|err| io::Error::other(err.to_string()))?;
        write_atomically(&self.entry_path(window), |file| {
            file.write_all(text.as_bytes())
        })
    }

    /// Forgets `window`'s map: it was closed, or the window replaced it.
    pub fn release(&self, window: &str) {
        // An entry that is already gone is as good as released.
        let _ = std::fs::remove_file(self.entry_path(window));
    }

    /// Whether a window other than `window`, in a Parcours still running, has the
    /// map at `path` open. Entries of processes that are gone are removed.
    pub fn open_elsewhere(&self, window: &str, path: &Path) -> bool {
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return false;
        };
        let path = real_path(path);
        let own = format!("{window}.ron");
        entries.filter_map(Result::ok).any(|found| {
            let name = found.file_name().to_string_lossy().into_owned();
            if name == own || !name.ends_with(".ron") {
                return false;
            }
            let Some(entry) = super::read_small_text(&found.path())
                .and_then(|text| ron::from_str::<Entry>(&text).ok())
            else {
                return false;
            };
            if !liveness::is_running(&self.folder, entry.process) {
                let _ = std::fs::remove_file(found.path());
                return false;
            }
            entry.path == path
        })
    }
}

/// The one name of a file however it was reached (links, `..`, relative paths).
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_open_in_another_window_is_found_by_any_name_until_released() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let map = folder.path().join("renewal.journey.ron");
        std::fs::write(&map, "(map)").expect("written");
        let registry = OpenMaps::new(folder.path().join("open"));

        registry.register("window-a", &map).expect("registered");
        let other_name = folder.path().join(".").join("renewal.journey.ron");
        assert!(registry.open_elsewhere("window-b", &other_name));
        assert!(
            !registry.open_elsewhere("window-a", &map),
            "not its own map"
        );

        registry.release("window-a");
        assert!(!registry.open_elsewhere("window-b", &map));
    }

    #[test]
    fn an_entry_of_a_process_that_is_gone_is_ignored_and_removed() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let map = folder.path().join("renewal.journey.ron");
        std::fs::write(&map, "(map)").expect("written");
        let registry = OpenMaps::new(folder.path().to_path_buf());
        let gone = (4_000_000..u32::MAX)
            .find(|pid| !Path::new(&format!("/proc/{pid}")).exists())
            .unwrap_or(u32::MAX);
        let entry = Entry {
            path: real_path(&map),
            process: gone,
        };
        let stale = registry.entry_path("crashed");
        std::fs::write(&stale, ron::to_string(&entry).expect("serializes")).expect("written");

        assert!(!registry.open_elsewhere("window-b", &map));
        assert!(!stale.exists(), "the stale entry is removed");
    }
}
