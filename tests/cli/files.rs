//! What the command line does with names that are not plain files of the user's:
//! links, named pipes, folders, read-only files and files of other users.

use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::{is_root, parcours, parcours_without_root, stderr};

const SMALL: &str = "tests/fixtures/small.journey.ron";

/// The small fixture with two-space indentation: a valid map `fmt` rewrites.
fn messy_map() -> String {
    std::fs::read_to_string(SMALL)
        .expect("the fixture")
        .replace("    ", "  ")
}

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("the file exists").mode() & 0o7777
}

fn make_fifo(path: &Path) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo made {}", path.display());
}

/// Runs the binary, and fails the test instead of waiting forever if it blocks
/// (on a named pipe nobody writes to, for one).
fn parcours_returning(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the parcours binary runs");
    let started = Instant::now();
    while child
        .try_wait()
        .expect("the child can be waited on")
        .is_none()
    {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().expect("the blocked child is killed");
            panic!("parcours {args:?} blocked instead of refusing");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("its output")
}

fn folder_entries(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("listable")
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

#[test]
fn fmt_writes_through_no_link_and_force_replaces_the_link_itself() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let real = folder.path().join("real.journey.ron");
    let link = folder.path().join("link.journey.ron");
    std::fs::write(&real, messy_map()).expect("the map");
    std::os::unix::fs::symlink(&real, &link).expect("a link");

    let output = parcours(&["fmt", text(&link)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(errors.contains("it is a link to"), "{errors}");
    assert!(errors.contains("pass --force"), "{errors}");
    assert_eq!(
        std::fs::read_to_string(&real).expect("readable"),
        messy_map()
    );

    let output = parcours(&["fmt", "--force", text(&link)]);

    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("the name")
            .is_file(),
        "the link became the formatted map"
    );
    assert_eq!(
        std::fs::read_to_string(&link).expect("readable"),
        std::fs::read_to_string(SMALL).expect("the fixture")
    );
    assert_eq!(
        std::fs::read_to_string(&real).expect("readable"),
        messy_map(),
        "what the link named is untouched"
    );
}

#[test]
fn an_export_named_by_a_link_to_another_file_leaves_that_file_alone() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let victim = folder.path().join("notes.txt");
    let report = folder.path().join("report.svg");
    std::fs::write(&victim, "precious").expect("a file of the user's");
    std::os::unix::fs::symlink(&victim, &report).expect("a planted link");

    let output = parcours(&["export", SMALL, "-o", text(&report)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains(&format!("it is a link to {}", victim.display())),
        "{errors}"
    );
    assert_eq!(
        std::fs::read_to_string(&victim).expect("readable"),
        "precious"
    );
}

#[test]
fn a_link_to_nothing_is_refused_and_nothing_is_made_where_it_points() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let elsewhere = folder.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).expect("a folder");
    let missing = elsewhere.join("planted.journey.ron");
    let link = folder.path().join("new.journey.ron");
    std::os::unix::fs::symlink(&missing, &link).expect("a link to nothing");

    let output = parcours(&["new", "--template", "lifecycle", "-o", text(&link)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains(&format!(
            "could not save: it is a link to {}, which does not exist",
            missing.display()
        )),
        "{errors}"
    );
    assert!(
        folder_entries(&elsewhere).is_empty(),
        "nothing was made there"
    );
}

#[test]
fn a_named_pipe_is_refused_at_once_by_every_command_that_reads() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let pipe_map = folder.path().join("pipe.journey.ron");
    let pipe_csv = folder.path().join("pipe.csv");
    make_fifo(&pipe_map);
    make_fifo(&pipe_csv);
    let out = folder.path().join("out.journey.ron");
    let png = folder.path().join("out.png");

    for args in [
        vec!["check", text(&pipe_map)],
        vec!["fmt", text(&pipe_map)],
        vec!["export", text(&pipe_map), "-o", text(&png)],
        vec!["import", text(&pipe_csv), "-o", text(&out)],
    ] {
        let output = parcours_returning(&args);

        let errors = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {errors}");
        assert!(
            errors.contains("this is a named pipe (FIFO), not a file"),
            "{args:?}: {errors}"
        );
    }
    assert!(!out.exists() && !png.exists(), "nothing was written");
}

#[test]
fn an_export_onto_a_named_pipe_or_a_folder_is_refused_and_leaves_it_as_it_was() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let pipe = folder.path().join("out.svg");
    make_fifo(&pipe);

    let output = parcours_returning(&["export", SMALL, "-o", text(&pipe)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(errors.contains("it is not a plain file"), "{errors}");
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(
            &std::fs::symlink_metadata(&pipe)
                .expect("still there")
                .file_type()
        ),
        "the pipe is still a pipe"
    );
    assert_eq!(folder_entries(folder.path()), ["out.svg"]);
}

#[test]
fn checking_a_folder_says_it_is_a_folder() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let named_like_a_map = folder.path().join("maps.journey.ron");
    std::fs::create_dir(&named_like_a_map).expect("a folder");

    let output = parcours(&["check", text(&named_like_a_map)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.starts_with(&format!(
            "{}: this is a folder, not a file",
            named_like_a_map.display()
        )),
        "{errors}"
    );
}

#[test]
fn a_read_only_map_is_rewritten_only_with_force_and_stays_read_only() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("signed-off.journey.ron");
    std::fs::write(&path, messy_map()).expect("the map");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");

    let refused = parcours(&["fmt", text(&path)]);

    let errors = stderr(&refused);
    assert_eq!(refused.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains("could not save: the file is marked read-only"),
        "{errors}"
    );
    assert!(
        errors.contains("pass --force to replace it anyway"),
        "{errors}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        messy_map()
    );

    let forced = parcours(&["fmt", "--force", text(&path)]);

    assert!(forced.status.success(), "{}", stderr(&forced));
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        std::fs::read_to_string(SMALL).expect("the fixture")
    );
    assert_eq!(mode(&path), 0o444, "still read-only");
}

#[test]
fn an_export_over_a_read_only_file_needs_force() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let csv = folder.path().join("cards.csv");
    std::fs::write(&csv, "kept").expect("an old export");
    std::fs::set_permissions(&csv, std::fs::Permissions::from_mode(0o440)).expect("chmod");

    let refused = parcours(&["export", SMALL, "-o", text(&csv)]);

    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("--force"), "{}", stderr(&refused));
    assert_eq!(std::fs::read_to_string(&csv).expect("readable"), "kept");

    let forced = parcours(&["export", "--force", SMALL, "-o", text(&csv)]);

    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        std::fs::read_to_string(&csv)
            .expect("readable")
            .contains("Renewal letter")
    );
    assert_eq!(mode(&csv), 0o440);
}

#[test]
fn a_rewritten_map_keeps_its_mode_owner_and_group() {
    if !is_root() {
        println!("skipped: only root can give a file to another user");
        return;
    }
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("theirs.journey.ron");
    std::fs::write(&path, messy_map()).expect("the map");
    std::os::unix::fs::chown(&path, Some(65534), Some(65534)).expect("chown");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");

    let output = parcours(&["fmt", text(&path)]);

    assert!(output.status.success(), "{}", stderr(&output));
    let metadata = std::fs::metadata(&path).expect("the map");
    assert_eq!((metadata.uid(), metadata.gid()), (65534, 65534));
    assert_eq!(mode(&path), 0o640);
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        std::fs::read_to_string(SMALL).expect("the fixture")
    );
}

#[test]
fn a_map_of_another_user_is_not_quietly_made_ours() {
    if !is_root() {
        println!("skipped: only root can make a file of another user to test with");
        return;
    }
    let folder = tempfile::tempdir().expect("a temporary folder");
    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let path: PathBuf = folder.path().join("roots.journey.ron");
    std::fs::write(&path, messy_map()).expect("the map");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).expect("chmod");

    let refused = parcours_without_root(&["fmt", text(&path)]);

    let errors = stderr(&refused);
    assert_eq!(refused.status.code(), Some(1), "{errors}");
    assert!(errors.contains("belongs to user 0 and group 0"), "{errors}");
    assert!(errors.contains("--force"), "{errors}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        messy_map()
    );
    assert_eq!(std::fs::metadata(&path).expect("the map").uid(), 0);

    let forced = parcours_without_root(&["fmt", "--force", text(&path)]);

    assert!(forced.status.success(), "{}", stderr(&forced));
    assert_eq!(std::fs::metadata(&path).expect("the map").uid(), 65534);
}

#[test]
fn a_numbered_slide_that_is_a_link_is_refused_before_any_slide_is_written() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let elsewhere = folder.path().join("precious.txt");
    std::fs::write(&elsewhere, "kept").expect("a file of the user's");
    let deck = folder.path().join("deck.png");
    let planted = folder.path().join("deck-02.png");
    std::os::unix::fs::symlink(&elsewhere, &planted).expect("a link with a slide's name");

    let output = parcours(&[
        "export",
        "assets/examples/home-insurance-renewal.journey.ron",
        "--slides",
        "-o",
        text(&deck),
    ]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.starts_with(&format!(
            "parcours: {}: could not save: a link has the name of a numbered slide",
            planted.display()
        )),
        "{errors}"
    );
    assert_eq!(
        std::fs::read_to_string(&elsewhere).expect("readable"),
        "kept"
    );
    assert_eq!(
        folder_entries(folder.path()),
        ["deck-02.png", "precious.txt"]
    );
}
