//! File › Open, Save as and Import on a system that cannot show a file dialog
//! (no desktop portal, no zenity): the window says so and shows its own
//! chooser, and every choice still goes through.

#[allow(dead_code)]
mod common;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::edit::Document;
use parcours::ui::{DialogRequest, FileDialogs, NativeDialogs, ParcoursApp, Selection};

use common::editor_harness;

const NO_DIALOG: &str = "This system cannot show its file dialog";

/// Dialogs that answer "cancelled" at once, and know afterwards that they were
/// never shown: what rfd does when the portal is missing from a running bus.
struct VanishingDialogs;

impl FileDialogs for VanishingDialogs {
    fn ask(&self, _request: DialogRequest, _repaint: egui::Context) -> Receiver<Option<PathBuf>> {
        let (sender, receiver) = channel();
        sender.send(None).expect("the receiver is alive");
        receiver
    }

    fn available(&self) -> bool {
        false
    }
}

/// The editor on the lifecycle template, with the system's dialogs as a
/// machine with no session bus and an empty search path has them.
fn harness_without_helpers() -> Harness<'static, ParcoursApp> {
    let dialogs = NativeDialogs::with_helpers(false, OsStr::new(""));
    let document = Document::new_unsaved(lifecycle());
    editor_harness(ParcoursApp::new(document, Box::new(dialogs), Vec::new()))
}

fn lifecycle() -> parcours::model::JourneyMap {
    let template = parcours::templates::find("lifecycle").expect("a template");
    template.instantiate("en").expect("a map")
}

/// Replaces the text of the chooser's name field with `text`, then presses Enter.
fn type_name(harness: &mut Harness<'_, ParcoursApp>, text: &str) {
    harness.get_by_label("Name:").click();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Name:").type_text(text);
    harness.run_steps(2);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);
}

/// A folder holding one saved map, "workshop.journey.ron", and a text file.
fn folder_with_a_map() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut map = lifecycle();
    map.meta.title = "Workshop".into();
    let path = folder.path().join("workshop.journey.ron");
    parcours::file::save(&path, &map).expect("the map is written");
    std::fs::write(folder.path().join("notes.txt"), "notes").expect("written");
    (folder, path)
}

#[test]
fn open_shows_the_built_in_chooser_and_opens_the_file_clicked_in_its_list() {
    let (folder, path) = folder_with_a_map();
    let mut harness = harness_without_helpers();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    harness.get_by_label_contains(NO_DIALOG);

    type_name(&mut harness, &folder.path().display().to_string());
    assert!(
        harness.query_by_label("notes.txt").is_none(),
        "the filter hides other files"
    );
    harness.get_by_label("workshop.journey.ron").click();
    harness.run_steps(2);
    harness.get_by_label("Open").click();
    harness.run_steps(3);

    let document = harness.state().document();
    assert_eq!(document.map.meta.title, "Workshop");
    assert_eq!(document.path.as_deref(), Some(path.as_path()));
    assert!(harness.query_by_label_contains(NO_DIALOG).is_none());
}

#[test]
fn every_file_shows_on_request_and_parent_folder_goes_up() {
    let (folder, _) = folder_with_a_map();
    let inner = folder.path().join("inner");
    std::fs::create_dir(&inner).expect("a subfolder");
    let mut harness = harness_without_helpers();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    type_name(&mut harness, &inner.display().to_string());
    harness.get_by_label("No folder or file of this type here");

    harness.get_by_label("Parent folder").click();
    harness.run_steps(2);
    harness.get_by_label("inner/");
    harness.get_by_label("Show every file").click();
    harness.run_steps(2);
    harness.get_by_label("notes.txt");
}

#[test]
fn save_as_writes_where_the_name_says_and_asks_before_replacing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("atelier.journey.ron");
    let document = Document::new_unsaved(lifecycle());
    let app = ParcoursApp::new(document, Box::new(VanishingDialogs), Vec::new());
    let mut harness = editor_harness(app);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S);
    harness.run_steps(3);
    harness.get_by_label_contains(NO_DIALOG);
    type_name(
        &mut harness,
        &folder.path().join("atelier").display().to_string(),
    );
    assert!(
        parcours::file::load(&target).is_ok(),
        "saved with its extension"
    );
    assert!(!harness.state().document().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S);
    harness.run_steps(3);
    type_name(&mut harness, &target.display().to_string());
    harness.get_by_label_contains("atelier.journey.ron exists: choose again to replace it");
    harness.get_by_label("Save").click();
    harness.run_steps(3);
    assert!(harness.query_by_label_contains(NO_DIALOG).is_none());
}

#[test]
fn cancel_closes_the_chooser_and_changes_nothing() {
    let mut harness = harness_without_helpers();
    let before = harness.state().document().map.clone();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    harness.get_by_label("Cancel").click();
    harness.run_steps(3);
    assert!(harness.query_by_label_contains(NO_DIALOG).is_none());
    assert_eq!(harness.state().document().map, before);
}

#[test]
fn a_missing_file_is_named_not_opened() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness_without_helpers();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(3);
    let missing = folder.path().join("gone.journey.ron");
    type_name(&mut harness, &missing.display().to_string());
    harness.get_by_label_contains("gone.journey.ron: there is no such file");
    assert!(harness.state().document().path.is_none());
}

#[test]
fn import_goes_through_the_chooser_too() {
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interchange/utf8-bom.csv");
    let mut harness = harness_without_helpers();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::I);
    harness.run_steps(3);
    harness.get_by_label("Import a journey");
    type_name(&mut harness, &csv.display().to_string());
    // The import runs on a worker thread; wait for its map.
    let next = harness.state_mut().session.finish_import();
    assert_eq!(next, parcours::session::Next::Done);
    harness.run_steps(3);
    assert_eq!(harness.state().document().map.meta.title, "Utf8 bom");
}

#[test]
fn export_adds_the_formats_extension_to_the_name_typed() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness_without_helpers();
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Export").hover();
    harness.run_steps(2);
    harness
        .get_by_label("Export as CSV spreadsheet (.csv)…")
        .click();
    harness.run_steps(3);
    harness.get_by_label("Export the journey map");
    type_name(
        &mut harness,
        &folder.path().join("sheet").display().to_string(),
    );
    let written = std::fs::read_to_string(folder.path().join("sheet.csv")).expect("a CSV");
    assert!(written.contains("Awareness"), "{written}");
}

#[test]
fn a_persona_photo_is_chosen_in_the_chooser() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let photo = folder.path().join("face.png");
    image::RgbImage::new(40, 30)
        .save(&photo)
        .expect("a picture");
    let mut harness = harness_without_helpers();
    let persona = harness.state().document().map.personas[0].id;
    harness.state_mut().selection = Selection::Persona(persona);
    harness.run_steps(3);
    harness.get_by_label("Choose photo…").click();
    harness.run_steps(3);
    harness.get_by_label("Choose a picture");
    type_name(&mut harness, &photo.display().to_string());
    let map = &harness.state().document().map;
    let embedded = map.persona(persona).and_then(|p| p.photo.clone());
    assert_eq!(
        embedded.expect("a photo").checked_dimensions(),
        Ok((40, 30))
    );
}
