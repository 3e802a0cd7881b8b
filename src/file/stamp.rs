//! What a map file held when Parcours last read or wrote it, so that a save
//! notices when another program or window changed the file meanwhile.

use std::hash::{DefaultHasher, Hasher};
use std::io::{self, Read as _};
use std::path::Path;

use super::MAX_FILE_BYTES;

/// The length and a hash of a file's bytes: comparing the bytes themselves
/// catches edits that keep the size and the modification time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    length: u64,
    hash: u64,
}

impl DiskStamp {
    pub fn of_bytes(bytes: &[u8]) -> Self {
        // Fixed keys: stamps are compared within one run, never stored.
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        Self {
            length: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// The stamp of the file at `path` as it is now.
    pub fn of_file(path: &Path) -> io::Result<Self> {
        read_capped(path).map(|bytes| Self::of_bytes(&bytes))
    }
}

/// Reads a file, stopping one byte past the largest map that is read at all.
pub(super) fn read_capped(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_that_keeps_the_length_changes_the_stamp() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("map.journey.ron");
        std::fs::write(&path, "(title: \"Renewal\")").expect("written");
        let before = DiskStamp::of_file(&path).expect("readable");
        assert_eq!(before, DiskStamp::of_bytes(b"(title: \"Renewal\")"));

        std::fs::write(&path, "(title: \"Removal\")").expect("written");
        assert_ne!(DiskStamp::of_file(&path).expect("readable"), before);

        std::fs::remove_file(&path).expect("removed");
        let gone = DiskStamp::of_file(&path).expect_err("the file is gone");
        assert_eq!(gone.kind(), io::ErrorKind::NotFound);
    }
}
