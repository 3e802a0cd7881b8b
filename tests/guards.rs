//! Two writers of one map file: a save over a file changed on disk warns first,
//! and so does opening a map that another window has open. Driven as a user
//! drives the editor: typing, shortcuts, buttons found by their labels.

#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::file::{self, OpenMaps};
use parcours::model::JourneyMap;
use parcours::ui::{DialogRequest, ParcoursApp};

use common::ScriptedDialogs;

/// A folder holding `renewal.journey.ron`, a map of the lifecycle template.
struct Workspace {
    folder: tempfile::TempDir,
    map: PathBuf,
}

fn workspace() -> Workspace {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("renewal.journey.ron");
    file::save(&map, &lifecycle("Renewal")).expect("the map is on disk");
    Workspace { folder, map }
}

fn lifecycle(title: &str) -> JourneyMap {
    let mut map = parcours::templates::find("lifecycle")
        .expect("the lifecycle template")
        .load("en")
        .expect("it loads");
    map.meta.title = title.to_owned();
    map
}

fn app(dialogs: ScriptedDialogs) -> ParcoursApp {
    ParcoursApp::new(
        parcours::ui::new_document("en"),
        Box::new(dialogs),
        Vec::new(),
    )
}

fn harness(app: ParcoursApp) -> Harness<'static, ParcoursApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut ParcoursApp| app.root_ui(ui), app);
    harness.run_steps(2);
    harness
}

/// A window showing the map at `path`, opened as File › Open would.
fn opened(path: &Path, dialogs: ScriptedDialogs) -> Harness<'static, ParcoursApp> {
    let mut harness = harness(app(dialogs));
    harness.state_mut().open(path);
    harness.run_steps(2);
    harness
}

/// Types `more` at the end of the map's title in the inspector.
fn edit_title(harness: &mut Harness<'_, ParcoursApp>, more: &str) {
    harness
        .get_by_role_and_label(egui::Role::TextInput, "Title")
        .click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(egui::Role::TextInput, "Title")
        .type_text(more);
    harness.run_steps(2);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    assert!(
        harness.state().document().is_dirty(),
        "the title was edited"
    );
}

fn save(harness: &mut Harness<'_, ParcoursApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(3);
}

/// Asserts that a text containing `words` is on screen.
fn assert_shows(harness: &Harness<'_, ParcoursApp>, words: &str) {
    assert!(
        harness.query_all_by_label_contains(words).next().is_some(),
        "“{words}” is not on screen"
    );
}

fn on_disk(path: &Path) -> String {
    std::fs::read_to_string(path).expect("the file is readable")
}

/// Another program (or window) writes the map with another title.
fn someone_else_saves(path: &Path) -> String {
    let theirs = file::to_ron(&lifecycle("Renewal, their version"));
    std::fs::write(path, &theirs).expect("written");
    theirs
}

#[test]
fn saving_over_a_file_changed_on_disk_warns_and_overwrite_writes_the_map() {
    let space = workspace();
    let mut harness = opened(&space.map, ScriptedDialogs::default());
    edit_title(&mut harness, " (workshop)");
    let theirs = someone_else_saves(&space.map);

    save(&mut harness);
    assert_shows(
        &harness,
        "“renewal.journey.ron” changed on disk since it was opened",
    );
    assert_eq!(
        on_disk(&space.map),
        theirs,
        "nothing written before the answer"
    );

    harness.get_by_label("Overwrite").click();
    harness.run_steps(3);
    assert!(
        harness.query_by_label("Overwrite").is_none(),
        "the warning closed"
    );
    let saved = file::load(&space.map).expect("the saved map loads");
    assert_eq!(saved.meta.title, "Renewal (workshop)");
    assert!(!harness.state().document().is_dirty());

    edit_title(&mut harness, " again");
    save(&mut harness);
    assert!(
        harness.query_by_label("Overwrite").is_none(),
        "a file this window wrote itself saves without a warning"
    );
    assert_eq!(
        file::load(&space.map).expect("loads").meta.title,
        "Renewal (workshop) again"
    );
}

#[test]
fn cancel_keeps_the_file_on_disk_and_the_unsaved_changes() {
    let space = workspace();
    let mut harness = opened(&space.map, ScriptedDialogs::default());
    edit_title(&mut harness, " (workshop)");
    let theirs = someone_else_saves(&space.map);

    save(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);

    assert_eq!(on_disk(&space.map), theirs);
    assert!(harness.state().document().is_dirty());
    assert_eq!(
        harness.state().document().map.meta.title,
        "Renewal (workshop)"
    );
}

#[test]
fn a_file_deleted_since_it_was_opened_warns_before_it_is_written_again() {
    let space = workspace();
    let mut harness = opened(&space.map, ScriptedDialogs::default());
    edit_title(&mut harness, " (workshop)");
    std::fs::remove_file(&space.map).expect("removed");

    save(&mut harness);
    assert_shows(&harness, "was deleted or moved since it was opened");
    assert!(!space.map.exists(), "nothing written before the answer");
    harness.get_by_label("Overwrite").click();
    harness.run_steps(3);
    assert_eq!(
        file::load(&space.map).expect("written again").meta.title,
        "Renewal (workshop)"
    );
}

#[test]
fn save_as_from_the_warning_writes_a_new_file_and_leaves_the_changed_one() {
    let space = workspace();
    let copy = space.folder.path().join("renewal-mine.journey.ron");
    let mut harness = opened(&space.map, ScriptedDialogs::answering(copy.clone()));
    edit_title(&mut harness, " (workshop)");
    let theirs = someone_else_saves(&space.map);

    save(&mut harness);
    harness.get_by_label("Save as…").click();
    harness.run_steps(3);

    assert_eq!(on_disk(&space.map), theirs);
    assert_eq!(
        file::load(&copy).expect("the new file").meta.title,
        "Renewal (workshop)"
    );
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(copy.as_path())
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn the_save_before_open_warns_too_and_open_follows_the_overwrite() {
    let space = workspace();
    let dialogs = ScriptedDialogs::default();
    let mut harness = opened(&space.map, dialogs.clone());
    edit_title(&mut harness, " (workshop)");
    someone_else_saves(&space.map);

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(2);
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    assert!(
        dialogs.asked.lock().expect("lock").is_empty(),
        "Open waits for the answer"
    );
    harness.get_by_label("Overwrite").click();
    harness.run_steps(2);

    assert_eq!(
        file::load(&space.map).expect("loads").meta.title,
        "Renewal (workshop)"
    );
    assert_eq!(*dialogs.asked.lock().expect("lock"), [DialogRequest::Open]);
}

#[test]
fn reload_from_disk_replaces_the_map_once_the_changes_are_discarded() {
    let space = workspace();
    let mut harness = opened(&space.map, ScriptedDialogs::default());
    edit_title(&mut harness, " (workshop)");
    someone_else_saves(&space.map);

    save(&mut harness);
    harness.get_by_label("Reload from disk").click();
    // One frame to choose, one for the question's sizing pass, one to show it.
    harness.run_steps(3);
    harness.get_by_label("Discard changes").click();
    harness.run_steps(2);

    let document = &harness.state().document();
    assert_eq!(document.map.meta.title, "Renewal, their version");
    assert!(!document.is_dirty());
}

/// A window that tells other windows, through the registry in `registry`, which
/// map it has open.
fn window(registry: &Path) -> Harness<'static, ParcoursApp> {
    harness(app(ScriptedDialogs::default()).with_open_maps(OpenMaps::new(registry.to_path_buf())))
}

#[test]
fn a_map_open_in_another_window_warns_before_opening_and_before_saving_over_it() {
    let space = workspace();
    let registry = space.folder.path().join("open-maps");
    let mut first = window(&registry);
    first.state_mut().open(&space.map);
    first.run_steps(2);

    let mut second = window(&registry);
    second.state_mut().open(&space.map);
    second.run_steps(2);
    assert_shows(
        &second,
        "“renewal.journey.ron” is already open in another Parcours window. \
         Changes saved there and here would overwrite each other.",
    );
    assert_ne!(second.state().document().path.as_deref(), Some(&*space.map));
    second.get_by_label("Open anyway").click();
    second.run_steps(2);
    assert_eq!(second.state().document().path.as_deref(), Some(&*space.map));

    edit_title(&mut first, " (first window)");
    save(&mut first);
    assert!(first.query_by_label("Overwrite").is_none());
    let first_saved = on_disk(&space.map);

    edit_title(&mut second, " (second window)");
    save(&mut second);
    assert_shows(&second, "changed on disk");
    second.get_by_label("Cancel").click();
    second.run_steps(2);
    assert_eq!(
        on_disk(&space.map),
        first_saved,
        "the first window's save stays"
    );
}

#[test]
fn cancel_opens_nothing_and_a_closed_window_no_longer_counts() {
    let space = workspace();
    let registry = space.folder.path().join("open-maps");
    let mut first = window(&registry);
    first.state_mut().open(&space.map);
    first.run_steps(2);

    let mut second = window(&registry);
    let before = second.state().document().map.clone();
    second.state_mut().open(&space.map);
    second.run_steps(2);
    second.get_by_label("Cancel").click();
    second.run_steps(2);
    assert_eq!(second.state().document().map, before);
    assert_eq!(second.state().document().path, None);

    drop(first);
    second.state_mut().open(&space.map);
    second.run_steps(2);
    assert!(second.query_by_label("Open anyway").is_none());
    assert_eq!(second.state().document().path.as_deref(), Some(&*space.map));
}
