//! Recovery copies of maps with unsaved changes, kept in the app's data folder and
//! never over the user's file, so that a crash or a kill loses a few seconds of a
//! workshop at most.

use std::io::{self, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::liveness::{self, RunningMark};
use super::{DiskStamp, write_atomically};

/// What a recovery copy is a copy of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The map's title, to tell copies apart.
    pub title: String,
    /// The map's own file, when it has one.
    pub original: Option<PathBuf>,
    /// That file as the window last read or wrote it: saving the restored map
    /// over a file changed since then warns first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_stamp: Option<DiskStamp>,
    /// When the copy was written, in seconds since 1970.
    pub saved_at: u64,
    /// The process that wrote it: a copy of a running Parcours is not offered.
    pub process: u32,
}

/// A recovery copy found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    /// The name of the window's slot that wrote it.
    pub slot: String,
    /// What it is a copy of.
    pub info: RecoveryInfo,
    /// Where the copied map's text is.
    pub map_path: PathBuf,
}

/// The folder of recovery copies; each window writes to its own slot.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    folder: PathBuf,
}

impl RecoveryStore {
    /// The copies kept in `folder`.
    pub fn new(folder: PathBuf) -> Self {
        Self { folder }
    }

    /// Marks this process as running: its copies are not offered to others.
    pub fn mark_running(&self) -> io::Result<RunningMark> {
        liveness::mark_running(&self.folder)
    }

    fn map_path(&self, slot: &str) -> PathBuf {
        self.folder.join(format!("{slot}.{}", super::EXTENSION))
    }

    fn info_path(&self, slot: &str) -> PathBuf {
        self.folder.join(format!("{slot}.info.ron"))
    }

    /// Writes a copy atomically: the map first, then what it is a copy of.
    pub fn write(&self, slot: &str, info: &RecoveryInfo, map_text: &str) -> io::Result<()> {
        std::fs::create_dir_all(&self.folder)?;
        write_atomically(&self.map_path(slot), |file| {
            file.write_all(map_text.as_bytes())
        })?;
        let info_text = ron::ser::to_string_pretty(info, ron::ser::PrettyConfig::new())
            .map_err(|err| io::Error::other(err.to_string()))?;
        write_atomically(&self.info_path(slot), |file| {
            file.write_all(info_text.as_bytes())
        })
    }

    /// Forgets a copy (after a save, or when the user declines it).
    pub fn remove(&self, slot: &str) {
        // A copy that is already gone is as good as removed.
        let _ = std::fs::remove_file(self.info_path(slot));
        let _ = std::fs::remove_file(self.map_path(slot));
    }

    /// The copies left by Parcours processes that are no longer running, newest first.
    pub fn left_behind(&self) -> Vec<Recovered> {
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        let mut found: Vec<Recovered> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let slot = name.strip_suffix(".info.ron")?.to_owned();
                let text = super::read_small_text(&entry.path())?;
                let info: RecoveryInfo = ron::from_str(&text).ok()?;
                let map_path = self.map_path(&slot);
                (map_path.exists() && !liveness::is_running(&self.folder, info.process)).then_some(
                    Recovered {
                        slot,
                        info,
                        map_path,
                    },
                )
            })
            .collect();
        found.sort_by_key(|recovered| std::cmp::Reverse(recovered.info.saved_at));
        found
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn info(process: u32) -> RecoveryInfo {
        RecoveryInfo {
            title: "Renewal".to_owned(),
            original: Some(PathBuf::from("renewal.journey.ron")),
            original_stamp: Some(DiskStamp::of_bytes(b"(map text)")),
            saved_at: 1_700_000_000,
            process,
        }
    }

    /// A process id that no running process has.
    fn gone_process() -> u32 {
        (4_000_000..u32::MAX)
            .find(|pid| !Path::new(&format!("/proc/{pid}")).exists())
            .unwrap_or(u32::MAX)
    }

    #[test]
    fn a_copy_left_by_a_process_that_is_gone_is_found_and_can_be_removed() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let store = RecoveryStore::new(folder.path().join("recovery"));
        store
            .write("slot-1", &info(gone_process()), "(map text)")
            .expect("written");

        let found = store.left_behind();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].info.title, "Renewal");
        assert_eq!(
            std::fs::read_to_string(&found[0].map_path).expect("readable"),
            "(map text)"
        );

        store.remove("slot-1");
        assert!(store.left_behind().is_empty());
    }

    #[test]
    fn a_copy_of_a_running_process_is_not_offered() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let store = RecoveryStore::new(folder.path().to_path_buf());
        store
            .write("mine", &info(std::process::id()), "(map text)")
            .expect("written");
        assert!(store.left_behind().is_empty());
    }
}
