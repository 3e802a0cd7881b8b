//! Reading the files Parcours is given: regular files only, looked at before
//! they are opened, and never more than a limit read into memory.

use std::fmt;
use std::fs::{File, Metadata};
use std::io::{self, Read as _};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// The system refused (the file is missing, not readable…).
    Io(io::Error),
    /// The name is a folder, a named pipe, a device or a socket: reading it could
    /// wait forever or never end.
    NotAFile(&'static str),
    /// The file is larger than the limit, which its size, read before opening
    /// it, showed.
    TooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The most bytes that may be read.
        limit: u64,
    },
}

impl ReadError {
    /// Whether the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io(err) if err.kind() == io::ErrorKind::NotFound)
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(err) if err.kind() == io::ErrorKind::NotFound => {
                write!(f, "cannot open: {err}")
            }
            ReadError::Io(err) => write!(f, "cannot read: {err}"),
            ReadError::NotAFile(kind) => write!(
                f,
                "this is {kind}, not a file; Parcours reads only plain files, so it was not read"
            ),
            ReadError::TooLarge { size, limit } => write!(
                f,
                "the file is {}, larger than {} by {}; it was not read",
                bytes_in_words(*size),
                bytes_in_words(*limit),
                bytes_in_words(size - limit)
            ),
        }
    }
}

impl std::error::Error for ReadError {}

impl From<ReadError> for io::Error {
    fn from(error: ReadError) -> Self {
        match error {
            ReadError::Io(error) => error,
            ReadError::NotAFile(_) => io::Error::new(io::ErrorKind::InvalidInput, error),
            ReadError::TooLarge { .. } => io::Error::new(io::ErrorKind::FileTooLarge, error),
        }
    }
}

impl From<io::Error> for ReadError {
    fn from(error: io::Error) -> Self {
        ReadError::Io(error)
    }
}

/// The bytes of the regular file at `path`, refused without reading when it is
/// anything else or holds more than `limit` bytes. A link is followed.
///
/// The kind and size come from the file's metadata before it is opened, so a
/// named pipe is refused at once instead of waiting for a writer; the opened file
/// is checked again and read up to one byte past the limit, in case it changed
/// in between.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    check(&std::fs::metadata(path)?, limit)?;
    let file = File::open(path)?;
    let opened = file.metadata()?;
    check(&opened, limit)?;
    let capacity = usize::try_from(opened.len().min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadError::TooLarge { size: read, limit });
    }
    Ok(bytes)
}

/// The text of one of Parcours' own small files (a recovery copy's description,
/// an open map's entry), or `None` when it is not a plain UTF-8 file of at most
/// 64 KiB: another program's file in Parcours' folders is passed over.
pub(super) fn read_small_text(path: &Path) -> Option<String> {
    let bytes = read_limited(path, 64 * 1024).ok()?;
    String::from_utf8(bytes).ok()
}

/// Refuses what is not a regular file, or is one over `limit` bytes.
fn check(metadata: &Metadata, limit: u64) -> Result<(), ReadError> {
    if !metadata.is_file() {
        return Err(ReadError::NotAFile(kind_of(metadata)));
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge {
            size: metadata.len(),
            limit,
        });
    }
    Ok(())
}

/// What a name that is not a regular file stands for, in words.
fn kind_of(metadata: &Metadata) -> &'static str {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    "not a plain file"
}

/// A size as people read it: `812 bytes`, `40 KiB`, `33.5 MiB`.
pub fn bytes_in_words(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes < KIB {
        format!("{bytes} bytes")
    } else if bytes < MIB {
        format!("{} KiB", bytes.div_ceil(KIB))
    } else if bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_within_the_limit_is_read_whole() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("notes.csv");
        std::fs::write(&path, "stage,lane\n").expect("written");

        let bytes = read_limited(&path, 11).expect("exactly at the limit");

        assert_eq!(bytes, b"stage,lane\n");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_with_its_size_and_the_excess() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("big.csv");
        std::fs::write(&path, vec![b'a'; 3 * 1024 * 1024 + 512 * 1024]).expect("written");

        let error = read_limited(&path, 2 * 1024 * 1024).expect_err("too large");

        assert_eq!(
            error.to_string(),
            "the file is 3.5 MiB, larger than 2 MiB by 1.5 MiB; it was not read"
        );
    }

    #[test]
    fn a_folder_is_refused_as_a_folder() {
        let folder = tempfile::tempdir().expect("a temporary folder");

        let error = read_limited(folder.path(), 100).expect_err("a folder");

        assert!(error.to_string().starts_with("this is a folder"), "{error}");
    }

    #[test]
    fn a_missing_file_says_it_cannot_be_opened() {
        let error = read_limited(Path::new("no/such/file.csv"), 100).expect_err("missing");

        assert!(error.is_not_found());
        assert!(error.to_string().starts_with("cannot open:"), "{error}");
    }
}
