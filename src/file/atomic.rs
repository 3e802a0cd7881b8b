//! Saving without ever leaving a half-written file: write a temporary file in the
//! same folder, flush and sync it, then rename it over the target.

use std::fmt;
use std::fs::{File, Metadata};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Whether a save may replace a file that asks to be left alone: one marked
/// read-only, or one owned by someone whose ownership the save cannot keep.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Replace {
    /// Refuse such a file, and a name that is a link, and say why.
    #[default]
    Guarded,
    /// Replace it anyway (`--force`); a name that is a link is replaced by the
    /// new file, and what it pointed to stays as it was.
    Forced,
    /// The map the user opened, by the name they opened it by: a link is
    /// followed to the file it names, which is replaced with the same
    /// permissions, owner and group; protected files are refused as `Guarded`.
    OpenedMap,
}

/// Why a save refused to replace the file it was given.
#[derive(Debug)]
pub enum Refusal {
    /// The file is marked read-only.
    ReadOnly,
    /// The file belongs to another user or group, which the new file could not
    /// be given.
    OwnerNotKept {
        /// The user who owns the file.
        uid: u32,
        /// The group the file belongs to.
        gid: u32,
    },
    /// The name is a link to nothing.
    DanglingLink(PathBuf),
    /// The name is a link to this file: writing through it would change a file
    /// the user never named.
    Link(PathBuf),
    /// The name is a folder, a named pipe, a device or a socket.
    NotAFile,
    /// The text is over [`super::MAX_FILE_BYTES`]: Parcours could not read it
    /// again.
    TooLargeToOpen {
        /// The text's size in bytes.
        size: u64,
    },
    /// A name Parcours made from the one given (a numbered slide) is a link:
    /// following it would write where the user never named.
    MadeNameIsLink,
}

impl Refusal {
    /// Whether `--force` would have let the save go ahead.
    pub fn needs_force(&self) -> bool {
        matches!(
            self,
            Refusal::ReadOnly | Refusal::OwnerNotKept { .. } | Refusal::Link(_)
        )
    }

    /// The refusal as the error a save returns.
    pub fn into_error(self) -> io::Error {
        let kind = match self {
            Refusal::ReadOnly | Refusal::OwnerNotKept { .. } => io::ErrorKind::PermissionDenied,
            Refusal::DanglingLink(_) => io::ErrorKind::NotFound,
            Refusal::Link(_) => io::ErrorKind::AlreadyExists,
            Refusal::MadeNameIsLink => io::ErrorKind::AlreadyExists,
            Refusal::NotAFile => io::ErrorKind::InvalidInput,
            Refusal::TooLargeToOpen { .. } => io::ErrorKind::FileTooLarge,
        };
        io::Error::new(kind, self)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::ReadOnly => f.write_str("the file is marked read-only"),
            Refusal::OwnerNotKept { uid, gid } => write!(
                f,
                "the file belongs to user {uid} and group {gid}, and a new file written by you could not be given to them"
            ),
            Refusal::DanglingLink(target) => write!(
                f,
                "it is a link to {}, which does not exist",
                target.display()
            ),
            Refusal::Link(target) => write!(
                f,
                "it is a link to {}, and Parcours writes through no link: name that file itself",
                target.display()
            ),
            Refusal::NotAFile => {
                f.write_str("it is not a plain file (a folder, a pipe or a device)")
            }
            Refusal::MadeNameIsLink => f.write_str(
                "a link has the name of a numbered slide; slides are never written through a link, so remove it or give another output",
            ),
            Refusal::TooLargeToOpen { size } => {
                let limit = super::MAX_FILE_BYTES;
                write!(
                    f,
                    "the file would be {}, larger than the {} Parcours reads by {}, so it could not be read again",
                    super::bytes_in_words(*size),
                    super::bytes_in_words(limit),
                    super::bytes_in_words(size.saturating_sub(limit))
                )
            }
        }
    }
}

impl std::error::Error for Refusal {}

/// Replaces `path` with what `write` produces, or leaves it untouched on any error.
/// A read-only file, or one whose owner cannot be kept, is refused.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    write_atomically_with(path, Replace::Guarded, write)
}

/// [`write_atomically`], with `replace` saying whether a read-only file, or one
/// whose owner cannot be kept, may be replaced anyway.
///
/// A name that is a link is refused, unless `replace` says to replace the link
/// itself (`Forced`) or to follow it to the map the user opened (`OpenedMap`);
/// a link to nothing, or a name that is not a plain file, is refused.
pub fn write_atomically_with(
    path: &Path,
    replace: Replace,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    prepare(path, replace, write)?.put_in_place()
}

/// A file written in full beside the one it will replace, not yet in its place.
/// Dropped, it is removed and the target stays as it was: several files can be
/// prepared, then all put in place once every one of them is written. It stays
/// open and locked until then, so that another save tells it from the leftover
/// of a killed one.
pub struct Prepared {
    temporary: tempfile::NamedTempFile,
    target: PathBuf,
    folder: PathBuf,
    file_name: String,
}

/// Writes what `write` produces into a hidden temporary file beside `path`'s
/// target, flushed and synced, with the owner and permissions of the file it
/// will replace, refusing as [`write_atomically_with`] does.
pub fn prepare(
    path: &Path,
    replace: Replace,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<Prepared> {
    let target = resolve_link(path, replace)?;
    let existing = existing_file(&target, replace)?;
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
    // Where the system has no locks, leftovers are told by their age instead.
    let _ = temporary.as_file().try_lock();
    write(temporary.as_file_mut())?;
    temporary.as_file_mut().flush()?;
    if let Some(existing) = &existing {
        keep_owner(temporary.as_file(), existing, replace)?;
        temporary
            .as_file()
            .set_permissions(existing.permissions())?;
    }
    temporary.as_file().sync_all()?;
    Ok(Prepared {
        temporary,
        target,
        folder,
        file_name,
    })
}

impl Prepared {
    /// Renames the written file over its target, and makes the rename durable.
    pub fn put_in_place(self) -> io::Result<()> {
        let placed = self
            .temporary
            .persist(&self.target)
            .map_err(|err| err.error)?;
        // Unlocked once in place: it is no temporary file any more.
        drop(placed);
        sync_folder(&self.folder)?;
        remove_stale_temporaries(&self.folder, &self.file_name);
        Ok(())
    }
}

/// The metadata of the file a save will replace, if there is one, once sure it
/// may be replaced.
fn existing_file(target: &Path, replace: Replace) -> io::Result<Option<Metadata>> {
    let metadata = match std::fs::symlink_metadata(target) {
        Ok(metadata) => metadata,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(err),
    };
    if metadata.file_type().is_symlink() && replace == Replace::Forced {
        // The link itself is replaced; what it names is not touched.
        return Ok(None);
    }
    if !metadata.is_file() {
        return Err(Refusal::NotAFile.into_error());
    }
    if metadata.permissions().readonly() && replace != Replace::Forced {
        return Err(Refusal::ReadOnly.into_error());
    }
    Ok(Some(metadata))
}

/// Gives the new file the owner and group of the one it replaces. When the
/// system does not allow it (the file is someone else's), the save is refused
/// unless forced, so that replacing a file never quietly changes whose it is.
#[cfg(unix)]
fn keep_owner(temporary: &File, existing: &Metadata, replace: Replace) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt as _;
    let made = temporary.metadata()?;
    let (uid, gid) = (existing.uid(), existing.gid());
    if (made.uid(), made.gid()) == (uid, gid) {
        return Ok(());
    }
    match std::os::unix::fs::fchown(temporary, Some(uid), Some(gid)) {
        Ok(()) => Ok(()),
        Err(_) if replace == Replace::Forced => Ok(()),
        Err(_) => Err(Refusal::OwnerNotKept { uid, gid }.into_error()),
    }
}

#[cfg(not(unix))]
fn keep_owner(_temporary: &File, _existing: &Metadata, _replace: Replace) -> io::Result<()> {
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

/// Where files cannot be locked, a temporary file this old was left by a save
/// that was killed: no save takes this long.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// A temporary file younger than this may have been made an instant ago by a
/// save that has not locked it yet.
const JUST_MADE: std::time::Duration = std::time::Duration::from_secs(2);

/// Removes the temporary files that killed saves of `file_name` left behind,
/// whatever their age.
fn remove_stale_temporaries(folder: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.");
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&prefix) && name.ends_with(".tmp") && is_left_behind(&entry.path()) {
            // Another process may have removed it first; either way it is gone.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether no save holds the temporary file at `path` any more. A save locks its
/// temporary file from the moment it makes it until it is put in place, and the
/// system lets go of the lock when the process ends, however it ends.
fn is_left_behind(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let age = file
        .metadata()
        .and_then(|meta| meta.modified())
        .ok()
        .and_then(|modified| modified.elapsed().ok());
    match file.try_lock() {
        Ok(()) => age.is_some_and(|age| age > JUST_MADE),
        Err(std::fs::TryLockError::WouldBlock) => false,
        Err(std::fs::TryLockError::Error(_)) => age.is_some_and(|age| age > STALE_AFTER),
    }
}

/// The file a save to `path` replaces: `path` itself, or, for a link, what
/// `replace` says (see [`Replace`]). A link to nothing is refused rather than
/// followed to a file it would make.
fn resolve_link(path: &Path, replace: Replace) -> io::Result<PathBuf> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink());
    match replace {
        _ if !is_link => Ok(path.to_path_buf()),
        Replace::Forced => Ok(path.to_path_buf()),
        Replace::Guarded => {
            let target = std::fs::read_link(path).unwrap_or_default();
            let refusal = if path.exists() {
                Refusal::Link(target)
            } else {
                Refusal::DanglingLink(target)
            };
            Err(refusal.into_error())
        }
        Replace::OpenedMap => std::fs::canonicalize(path).map_err(|err| match err.kind() {
            io::ErrorKind::NotFound => {
                let target = std::fs::read_link(path).unwrap_or_default();
                Refusal::DanglingLink(target).into_error()
            }
            _ => err,
        }),
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
    fn a_save_removes_the_temporaries_of_killed_saves_whatever_their_age() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("map.journey.ron");
        let killed = folder.path().join(".map.journey.ron.abc123.tmp");
        let under_way = folder.path().join(".map.journey.ron.def456.tmp");
        let just_made = folder.path().join(".map.journey.ron.ghi789.tmp");
        let other = folder.path().join(".other.journey.ron.abc123.tmp");
        for file in [&killed, &under_way, &just_made, &other] {
            std::fs::write(file, "half a map").expect("a leftover");
        }
        let seconds_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(5);
        for file in [&killed, &under_way, &other] {
            std::fs::File::options()
                .write(true)
                .open(file)
                .and_then(|f| f.set_modified(seconds_ago))
                .expect("a leftover of a few seconds ago");
        }
        let held = File::open(&under_way).expect("readable");
        held.try_lock()
            .expect("locked as a save under way locks it");

        write_atomically(&path, |file| file.write_all(b"new")).expect("the save works");

        assert!(!killed.exists(), "a killed save's leftover is removed");
        assert!(
            under_way.exists(),
            "a locked one belongs to a save under way"
        );
        assert!(
            just_made.exists(),
            "one made an instant ago may not be locked yet"
        );
        assert!(
            other.exists(),
            "another map's leftovers are not this save's business"
        );
    }

    #[cfg(unix)]
    #[test]
    fn saving_an_opened_map_through_its_link_updates_the_linked_file() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let real = folder.path().join("real.journey.ron");
        let link = folder.path().join("link.journey.ron");
        std::fs::write(&real, "old").expect("the old file is written");
        std::os::unix::fs::symlink(&real, &link).expect("a link");

        write_atomically_with(&link, Replace::OpenedMap, |file| file.write_all(b"new"))
            .expect("the save works");

        assert!(
            std::fs::symlink_metadata(&link)
                .expect("metadata")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).expect("readable"), "new");
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_file_is_replaced_only_when_forced_and_stays_read_only() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("map.journey.ron");
        std::fs::write(&path, "old").expect("the old file is written");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");

        let refused = write_atomically(&path, |file| file.write_all(b"new"))
            .expect_err("a read-only file is refused");

        assert_eq!(refused.to_string(), "the file is marked read-only");
        assert_eq!(std::fs::read_to_string(&path).expect("readable"), "old");
        write_atomically_with(&path, Replace::Forced, |file| file.write_all(b"new"))
            .expect("forced");
        assert_eq!(std::fs::read_to_string(&path).expect("readable"), "new");
        let mode = std::fs::metadata(&path)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o444);
        assert_eq!(folder_entries(folder.path()), ["map.journey.ron"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_name_that_is_a_link_is_refused_unless_forced_and_then_the_link_is_replaced() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let victim = folder.path().join("victim.txt");
        let link = folder.path().join("report.svg");
        std::fs::write(&victim, "precious").expect("the victim");
        std::os::unix::fs::symlink(&victim, &link).expect("a link");

        let error = write_atomically(&link, |file| file.write_all(b"<svg/>"))
            .expect_err("a link is not written through");
        assert!(error.to_string().starts_with("it is a link to "), "{error}");
        assert_eq!(
            std::fs::read_to_string(&victim).expect("readable"),
            "precious"
        );

        write_atomically_with(&link, Replace::Forced, |file| file.write_all(b"<svg/>"))
            .expect("forced, the link itself is replaced");
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("metadata")
                .is_file()
        );
        assert_eq!(std::fs::read_to_string(&link).expect("readable"), "<svg/>");
        assert_eq!(
            std::fs::read_to_string(&victim).expect("readable"),
            "precious"
        );
    }

    #[test]
    fn a_link_to_nothing_is_refused_and_nothing_is_made() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let link = folder.path().join("link.png");
        std::os::unix::fs::symlink(folder.path().join("nowhere.png"), &link).expect("a link");

        let error = write_atomically(&link, |file| file.write_all(b"x"))
            .expect_err("a link to nothing is refused");

        assert!(error.to_string().starts_with("it is a link to "), "{error}");
        assert_eq!(folder_entries(folder.path()), ["link.png"]);
    }

    #[test]
    fn prepared_files_dropped_before_they_are_put_in_place_leave_nothing() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("deck-01.png");
        std::fs::write(&path, "old").expect("an old slide");

        let prepared =
            prepare(&path, Replace::Guarded, |file| file.write_all(b"new")).expect("prepared");
        assert_eq!(std::fs::read_to_string(&path).expect("readable"), "old");
        drop(prepared);

        assert_eq!(std::fs::read_to_string(&path).expect("readable"), "old");
        assert_eq!(folder_entries(folder.path()), ["deck-01.png"]);
    }
}
