//! Whether the Parcours that wrote a recovery copy or an open-map entry still
//! runs. Each process holds a lock on a small file of its own in the folder for as
//! long as it runs: the system lets go of the lock when the process ends, however
//! it ends, on every platform, and another program given the same process id
//! later holds no such lock.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// Keeps this process marked as running in a folder for as long as it is kept.
#[derive(Debug)]
pub struct RunningMark {
    _locked: File,
}

fn mark_path(folder: &Path, process: u32) -> PathBuf {
    folder.join(format!("{process}.running"))
}

/// Marks this process as running in `folder` until the mark is dropped.
pub fn mark_running(folder: &Path) -> io::Result<RunningMark> {
    std::fs::create_dir_all(folder)?;
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(mark_path(folder, std::process::id()))?;
    file.try_lock()?;
    Ok(RunningMark { _locked: file })
}

/// Whether `process` is this one, or runs and has marked itself in `folder`. The
/// mark of a process that has ended is removed.
pub fn is_running(folder: &Path, process: u32) -> bool {
    if process == std::process::id() {
        return true;
    }
    let path = mark_path(folder, process);
    let Ok(file) = File::open(&path) else {
        return false;
    };
    match file.try_lock_shared() {
        Err(TryLockError::WouldBlock) => true,
        Ok(()) => {
            drop(file);
            let _ = std::fs::remove_file(&path);
            false
        }
        Err(TryLockError::Error(_)) => false,
    }
}

#[cfg(test)]
mod tests {
    use std::process::Command;
    use std::time::{Duration, Instant};

    use super::*;

    #[test]
    fn a_process_counts_as_running_while_it_holds_its_mark() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let other = 4_000_123;
        let mark = mark_path(folder.path(), other);
        // `flock` from util-linux takes the same kind of lock on the file, and
        // with `--close` keeps it to itself rather than hand it to `sleep`.
        let mut holder = Command::new("flock")
            .arg("--close")
            .arg(&mark)
            .args(["sleep", "30"])
            .spawn()
            .expect("flock runs");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !is_running(folder.path(), other) {
            assert!(Instant::now() < deadline, "the mark is never held");
            std::thread::sleep(Duration::from_millis(20));
        }

        holder.kill().expect("kill -9");
        holder.wait().expect("the holder ends");
        assert!(!is_running(folder.path(), other));
        assert!(!mark.exists(), "the ended process's mark is removed");
    }

    #[test]
    fn this_process_runs_and_one_that_never_marked_itself_does_not() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let _mark = mark_running(folder.path()).expect("marked");
        assert!(is_running(folder.path(), std::process::id()));
        assert!(!is_running(folder.path(), 4_000_124));
    }
}
