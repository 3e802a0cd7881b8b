//! What a map file held when Parcours last read or wrote it, so that a save
//! notices when another program or window changed the file meanwhile.

use std::io::{self, Read as _};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::MAX_FILE_BYTES;

/// The length and a hash of a file's bytes: comparing the bytes themselves
/// catches edits that keep the size and the modification time. Recovery copies
/// store it, so the hash is one that no release of Rust or Parcours changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiskStamp {
    length: u64,
    hash: u64,
}

impl DiskStamp {
    pub fn of_bytes(bytes: &[u8]) -> Self {
        Self {
            length: bytes.len() as u64,
            hash: fnv1a(bytes),
        }
    }

    /// The stamp of the file at `path` as it is now.
    pub fn of_file(path: &Path) -> io::Result<Self> {
        read_capped(path).map(|bytes| Self::of_bytes(&bytes))
    }
}

/// The 64-bit FNV-1a hash: stable, and fast enough for a map of many megabytes.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
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

    #[test]
    fn the_hash_is_the_standard_fnv_1a() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
