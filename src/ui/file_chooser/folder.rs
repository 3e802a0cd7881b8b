//! What the built-in file chooser lists: a folder's subfolders and the files
//! that pass the file type filter, read once each time the folder changes.

use std::io;
use std::path::{Path, PathBuf};

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The file's or folder's name.
    pub name: String,
    /// Whether it is a folder, which a click enters.
    pub is_folder: bool,
}

/// A folder's visible subfolders, then its visible files whose names end in
/// one of `extensions` (every file when `extensions` is empty), each group in
/// alphabetical order, whatever the case. Hidden names (a leading dot) are left out.
pub fn list(folder: &Path, extensions: &[&str]) -> io::Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .filter_map(|item| {
            let name = item.file_name().to_string_lossy().into_owned();
            // Follows links, so a link to a folder is entered as one.
            let is_folder = item.path().is_dir();
            let shown = !name.starts_with('.') && (is_folder || passes(&name, extensions));
            shown.then_some(Entry { name, is_folder })
        })
        .collect();
    entries.sort_by_key(|entry| (!entry.is_folder, entry.name.to_lowercase()));
    Ok(entries)
}

/// Whether a file named `name` passes the filter of `extensions`.
pub fn passes(name: &str, extensions: &[&str]) -> bool {
    let lower = name.to_lowercase();
    extensions.is_empty()
        || extensions
            .iter()
            .any(|extension| lower.ends_with(&format!(".{extension}")))
}

/// Where the chooser starts: the user's home folder, or the working folder.
pub fn home() -> PathBuf {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
        .filter(|folder| folder.is_dir())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_come_first_then_matching_files_without_hidden_ones() {
        let folder = tempfile::tempdir().expect("a folder");
        for name in ["b.journey.ron", "A.JOURNEY.RON", "notes.txt", ".hidden.ron"] {
            std::fs::write(folder.path().join(name), "").expect("written");
        }
        std::fs::create_dir(folder.path().join("maps")).expect("a subfolder");
        std::fs::create_dir(folder.path().join(".cache")).expect("a hidden folder");
        let names: Vec<String> = list(folder.path(), &["ron"])
            .expect("listed")
            .into_iter()
            .map(|entry| entry.name)
            .collect();
        assert_eq!(names, ["maps", "A.JOURNEY.RON", "b.journey.ron"]);
        assert_eq!(list(folder.path(), &[]).expect("listed").len(), 4);
    }

    #[test]
    fn a_missing_folder_is_an_error_not_an_empty_list() {
        let folder = tempfile::tempdir().expect("a folder");
        assert!(list(&folder.path().join("gone"), &["ron"]).is_err());
    }
}
