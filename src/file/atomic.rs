//! Saving without ever leaving a half-written file: write a temporary file in the
//! same folder, flush and sync it, then rename it over the target.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Replaces `path` with what `write` produces, or leaves it untouched on any error.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let target = resolve_link(path);
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = target
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{file_name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A new file gets the permissions any program would give it (the umask's),
    // not a temporary file's owner-only ones: exports are made to be shared.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temporary = builder
        .tempfile_in(&folder)
        .map_err(without_temporary_path)?;
    write(temporary.as_file_mut())?;
    temporary.as_file_mut().flush()?;
    if let Ok(existing) = std::fs::metadata(&target) {
        temporary
            .as_file()
            .set_permissions(existing.permissions())?;
    }
    temporary.as_file().sync_all()?;
    temporary.persist(&target).map_err(|err| err.error)?;
    sync_folder(&folder)?;
    remove_stale_temporaries(&folder, &file_name);
    Ok(())
}

/// tempfile names its hidden file in errors, which the user never asked for: the
/// caller names the target instead.
fn without_temporary_path(error: io::Error) -> io::Error {
    // tempfile wraps the system's error with the path; its kind says the same.
    if error.get_ref().is_some() {
        io::Error::from(error.kind())
    } else {
        error
    }
}

/// A temporary file this old was left by a save that was killed: no save takes
/// this long, so removing it can't disturb one under way.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Removes the temporary files that killed saves of `file_name` left behind.
fn remove_stale_temporaries(folder: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.");
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let stale = entry
            .metadata()
            .and_then(|meta| meta.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if name.starts_with(&prefix) && name.ends_with(".tmp") && stale {
            // Another process may have removed it first; either way it is gone.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Saving through a symbolic link updates the file it points to, not the link.
fn resolve_link(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// Makes the rename itself durable.
#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_entries(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .expect("the test folder is readable")
            .map(|entry| {
                entry
                    .expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_permissions_of_any_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().expect("a temporary folder");
        let reference = folder.path().join("made-by-std.txt");
        std::fs::write(&reference, "any").expect("the reference file is written");
        let path = folder.path().join("deck.pdf");

        write_atomically(&path, |file| file.write_all(b"%PDF")).expect("the file is written");

        let mode = |path: &Path| {
            std::fs::metadata(path)
                .expect("the file exists")
                .permissions()
                .mode()
        };
        assert_eq!(mode(&path), mode(&reference));
    }

    #[test]
    fn a_write_that_fails_halfway_leaves_the_old_file_and_no_debris() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("map.journey.ron");
        std::fs::write(&path, "old contents").expect("the old file is written");

        let result = write_atomically(&path, |file| {
            file.write_all(b"new con")?;
            Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"))
        });

        assert_eq!(
            result.expect_err("the save fails").kind(),
            io::ErrorKind::StorageFull
        );
        assert_eq!(
            std::fs::read_to_string(&path).expect("readable"),
            "old contents"
        );
        assert_eq!(folder_entries(folder.path()), ["map.journey.ron"]);
    }

    #[test]
    fn a_rename_that_fails_leaves_the_old_target_and_no_debris() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let target = folder.path().join("taken");
        std::fs::create_dir(&target).expect("a folder in the way");
        std::fs::write(target.join("inside"), "kept").expect("a file in that folder");

        let result = write_atomically(&target, |file| file.write_all(b"new"));

        assert!(result.is_err());
        assert_eq!(
            std::fs::read_to_string(target.join("inside")).expect("readable"),
            "kept"
        );
        assert_eq!(folder_entries(folder.path()), ["taken"]);
    }

    #[test]
    fn a_failed_save_does_not_name_the_hidden_temporary_file() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let not_a_folder = folder.path().join("plain-file");
        std::fs::write(&not_a_folder, "in the way").expect("a file in the way");

        let error = write_atomically(&not_a_folder.join("map.png"), |file| file.write_all(b"x"))
            .expect_err("no file can be made inside a file");

        assert!(!error.to_string().contains(".map.png."), "{error}");
    }

    #[test]
    fn a_successful_save_replaces_the_file_and_keeps_its_permissions() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("map.journey.ron");
        std::fs::write(&path, "old").expect("the old file is written");
        let permissions = std::fs::metadata(&path).expect("metadata").permissions();

        write_atomically(&path, |file| file.write_all(b"new")).expect("the save works");

        assert_eq!(std::fs::read_to_string(&path).expect("readable"), "new");
        assert_eq!(
            std::fs::metadata(&path).expect("metadata").permissions(),
            permissions
        );
        assert_eq!(folder_entries(folder.path()), ["map.journey.ron"]);
    }

    #[test]
    fn a_save_removes_old_temporaries_of_killed_saves_and_keeps_fresh_ones() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("map.journey.ron");
        let old = folder.path().join(".map.journey.ron.abc123.tmp");
        let fresh = folder.path().join(".map.journey.ron.def456.tmp");
        let other = folder.path().join(".other.journey.ron.abc123.tmp");
        for file in [&old, &fresh, &other] {
            std::fs::write(file, "half a map").expect("a leftover");
        }
        let two_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
        for file in [&old, &other] {
            std::fs::File::options()
                .write(true)
                .open(file)
                .and_then(|f| f.set_modified(two_minutes_ago))
                .expect("an old leftover");
        }

        write_atomically(&path, |file| file.write_all(b"new")).expect("the save works");

        assert!(!old.exists(), "an old leftover of this map is removed");
        assert!(fresh.exists(), "a fresh one may belong to a save under way");
        assert!(
            other.exists(),
            "another map's leftovers are not this save's business"
        );
    }

    #[cfg(unix)]
    #[test]
    fn saving_through_a_link_updates_the_linked_file() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let real = folder.path().join("real.journey.ron");
        let link = folder.path().join("link.journey.ron");
        std::fs::write(&real, "old").expect("the old file is written");
        std::os::unix::fs::symlink(&real, &link).expect("a link");

        write_atomically(&link, |file| file.write_all(b"new")).expect("the save works");

        assert!(
            std::fs::symlink_metadata(&link)
                .expect("metadata")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).expect("readable"), "new");
    }
}
