//! The document's life without a window: what a consultant's open, save, close
//! and quit do to the map and its files, and what the window is asked to do.

use std::path::PathBuf;

use parcours::edit::Edit;
use parcours::file;
use parcours::session::{
    FileChoice, GuardChoice, GuardQuestion, Next, Pending, Session, UnsavedChoice, new_document,
};

/// A session on a new map with one unsaved edit: the first stage renamed.
fn edited_session() -> Session {
    let mut session = Session::new(new_document("en"), Vec::new());
    let mut stage = session.document.map.stages[0].clone();
    stage.name = "Discovery".to_owned();
    assert!(session.document.apply(Edit::ReplaceStage(stage)));
    session
}

/// A folder with `renewal.journey.ron`, a saved map of the four-stage template.
fn folder_with_map() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("renewal.journey.ron");
    let map = parcours::templates::find("four-stages")
        .expect("the template")
        .instantiate("en")
        .expect("it loads");
    file::save(&path, &map).expect("saved");
    (folder, path)
}

#[test]
fn closing_an_edited_map_asks_first_and_discard_gives_a_new_clean_map() {
    let mut session = edited_session();
    let serial = session.serial();
    assert_eq!(session.request(Pending::Close), Next::Done);
    assert!(
        session.question().is_some(),
        "the unsaved-changes question is asked"
    );
    assert_eq!(session.serial(), serial, "nothing closed yet");

    assert_eq!(session.answer_unsaved(UnsavedChoice::Discard), Next::Done);
    assert!(session.question().is_none());
    assert_ne!(session.serial(), serial, "another document");
    assert!(!session.document.is_dirty());
}

#[test]
fn saving_before_opening_asks_where_then_saves_there_and_opens_the_other_map() {
    let (folder, other) = folder_with_map();
    let mut session = edited_session();
    assert_eq!(session.request(Pending::Open(other.clone())), Next::Done);
    assert_eq!(
        session.answer_unsaved(UnsavedChoice::Save),
        Next::Choose(FileChoice::SaveAs),
        "a map never saved asks where to save"
    );
    let chosen = folder.path().join("workshop");
    assert_eq!(
        session.file_chosen(FileChoice::SaveAs, Some(chosen)),
        Next::Done
    );

    let saved =
        file::load(&folder.path().join("workshop.journey.ron")).expect("saved with its extension");
    assert_eq!(saved.stages[0].name, "Discovery");
    assert_eq!(
        session.document.path.as_deref(),
        Some(other.as_path()),
        "then the other map opened"
    );
    assert_eq!(session.recent.first(), Some(&other));
}

#[test]
fn a_cancelled_save_as_keeps_the_map_and_the_window_open() {
    let mut session = edited_session();
    assert!(!session.may_close_window(), "quitting asks first");
    assert_eq!(
        session.answer_unsaved(UnsavedChoice::Save),
        Next::Choose(FileChoice::SaveAs)
    );
    assert_eq!(session.file_chosen(FileChoice::SaveAs, None), Next::Done);
    assert!(
        session.document.is_dirty(),
        "the edit is still there, unsaved"
    );
    assert!(
        !session.may_close_window(),
        "and the window still asks before closing"
    );
}

#[test]
fn quitting_a_saved_map_closes_the_window_at_once() {
    let mut session = Session::new(new_document("en"), Vec::new());
    assert_eq!(session.request(Pending::Quit), Next::CloseWindow);
    assert!(session.may_close_window());
}

#[test]
fn saving_over_a_file_changed_on_disk_warns_and_overwrite_writes_this_map() {
    let (_folder, path) = folder_with_map();
    let mut session = Session::new(new_document("en"), Vec::new());
    session.open(&path);
    assert_eq!(session.document.path.as_deref(), Some(path.as_path()));
    let mut stage = session.document.map.stages[0].clone();
    stage.name = "Ours".to_owned();
    assert!(session.document.apply(Edit::ReplaceStage(stage)));

    let mut theirs = file::load(&path).expect("loads");
    theirs.stages[0].name = "Theirs".to_owned();
    file::save(&path, &theirs).expect("another program saved");

    assert_eq!(session.save(), Next::Done);
    assert_eq!(
        session.guard_question(),
        Some(GuardQuestion::ChangedOnDisk {
            path: path.clone(),
            deleted: false
        })
    );
    assert_eq!(
        file::load(&path).expect("loads").stages[0].name,
        "Theirs",
        "nothing written yet"
    );

    assert_eq!(
        session.answer_guard(GuardChoice::Overwrite(path.clone())),
        Next::Done
    );
    assert_eq!(session.guard_question(), None);
    assert_eq!(file::load(&path).expect("loads").stages[0].name, "Ours");
    assert!(!session.document.is_dirty());
}

#[test]
fn a_broken_file_opens_nothing_and_says_where() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("broken.journey.ron");
    std::fs::write(&path, "(version: 1, title: ").expect("written");
    let mut session = edited_session();
    let serial = session.serial();
    session.open(&path);
    assert_eq!(session.serial(), serial, "the edited map stays");
    let message = session.message.clone().expect("a message");
    assert!(message.contains("broken.journey.ron:1:"), "{message}");
}

#[test]
fn a_map_that_would_not_open_again_is_not_saved_and_the_message_says_what_to_fix() {
    let (_folder, path) = folder_with_map();
    let mut session = Session::new(new_document("en"), Vec::new());
    session.open(&path);
    let before = std::fs::read(&path).expect("the file");
    let mut meta = session.document.map.meta.clone();
    meta.date = "2026-02-30".to_owned();
    assert!(session.document.apply(Edit::SetMeta(meta)));

    assert_eq!(session.save(), Next::Done);
    let message = session.message.clone().expect("a message");
    assert!(message.starts_with("Not saved"), "{message}");
    assert!(message.contains("2026-02-30"), "{message}");
    assert_eq!(
        std::fs::read(&path).expect("the file"),
        before,
        "the file is as it was"
    );
    assert!(
        session.document.is_dirty(),
        "and the edit is still in the window"
    );
}

#[cfg(unix)]
#[test]
fn a_map_opened_by_a_link_saves_through_it_but_save_as_never_writes_through_one() {
    let (folder, real) = folder_with_map();
    let link = folder.path().join("shared.journey.ron");
    std::os::unix::fs::symlink(&real, &link).expect("a link to the map");
    let mut session = Session::new(new_document("en"), Vec::new());
    session.open(&link);
    let mut stage = session.document.map.stages[0].clone();
    stage.name = "Ours".to_owned();
    assert!(session.document.apply(Edit::ReplaceStage(stage)));

    assert_eq!(session.save(), Next::Done);
    assert_eq!(session.message, None);
    assert_eq!(
        file::load(&real).expect("loads").stages[0].name,
        "Ours",
        "saved through"
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("the link")
            .file_type()
            .is_symlink()
    );

    let victim = folder.path().join("notes.txt");
    std::fs::write(&victim, "precious").expect("a file of the user's");
    let planted = folder.path().join("copy.journey.ron");
    std::os::unix::fs::symlink(&victim, &planted).expect("a planted link");
    assert_eq!(
        session.file_chosen(FileChoice::SaveAs, Some(planted)),
        Next::Done
    );
    let message = session.message.clone().expect("a message");
    assert!(message.contains("it is a link to"), "{message}");
    assert_eq!(
        std::fs::read_to_string(&victim).expect("readable"),
        "precious"
    );
}
