//! The start screen, shown when Parcours starts without a file: recent maps
//! (missing ones marked), templates and examples in the interface's language,
//! Open and Import; whatever is chosen opens in the editor.

#[allow(dead_code)]
mod common;

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::lang::Language;
use parcours::ui::{DialogRequest, ParcoursApp, new_document};

use common::{ScriptedDialogs, editor_harness};

/// The window as `parcours` with no file starts it, remembering `recent`.
fn first_screen(recent: Vec<PathBuf>, language: Language) -> Harness<'static, ParcoursApp> {
    let dialogs = ScriptedDialogs::default();
    let app = ParcoursApp::new(new_document(language.code()), Box::new(dialogs), recent)
        .with_language(language)
        .with_start_screen();
    editor_harness(app)
}

/// A folder with a saved map titled "Renewal workshop".
fn saved_map() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let template = parcours::templates::find("lifecycle").expect("a template");
    let mut map = template.instantiate("en").expect("a map");
    map.meta.title = "Renewal workshop".into();
    let path = folder.path().join("renewal.journey.ron");
    parcours::file::save(&path, &map).expect("the map is written");
    (folder, path)
}

#[test]
fn starting_without_a_file_shows_the_start_screen_not_a_blank_map() {
    let harness = first_screen(Vec::new(), Language::English);
    assert!(harness.state().shows_start_screen());
    harness.get_by_label("Start a journey map");
    harness.get_by_label("No recent maps");
    harness.get_by_label("Customer lifecycle");
    harness.get_by_label("Home insurance renewal");
    assert!(
        harness.query_by_label("Palette").is_none(),
        "the editor's panels wait"
    );
}

#[test]
fn a_template_chosen_opens_as_a_new_map_in_the_editor() {
    let mut harness = first_screen(Vec::new(), Language::English);
    harness.get_by_label("Service blueprint").click();
    harness.run_steps(3);
    assert!(!harness.state().shows_start_screen());
    let document = harness.state().document();
    assert!(document.path.is_none());
    assert_eq!(document.map.meta.title, "Service blueprint");
    harness.get_by_label("Palette");
}

#[test]
fn an_example_chosen_opens_with_its_cards() {
    let mut harness = first_screen(Vec::new(), Language::English);
    harness.get_by_label("Home insurance renewal").click();
    harness.run_steps(3);
    let map = &harness.state().document().map;
    assert_eq!(map.meta.title, "Home insurance renewal");
    assert!(map.cards.len() > 20, "{} cards", map.cards.len());
}

#[test]
fn a_recent_map_opens_and_a_missing_one_is_marked() {
    let (folder, path) = saved_map();
    let gone = folder.path().join("gone.journey.ron");
    let mut harness = first_screen(vec![gone.clone(), path.clone()], Language::English);
    let missing = format!("{}: this file is missing", gone.display());
    harness.get_by_label(&missing);
    assert!(
        harness
            .get_by_label("gone.journey.ron")
            .accesskit_node()
            .is_disabled(),
        "a missing map cannot be clicked"
    );

    harness.get_by_label("renewal.journey.ron").click();
    harness.run_steps(3);
    assert!(!harness.state().shows_start_screen());
    let document = harness.state().document();
    assert_eq!(document.path.as_deref(), Some(path.as_path()));
    assert_eq!(document.map.meta.title, "Renewal workshop");
}

#[test]
fn in_french_the_templates_are_french_and_so_is_the_map_made() {
    let mut harness = first_screen(Vec::new(), Language::French);
    harness.get_by_label("Commencer une carte du parcours");
    harness.get_by_label("Exemples");
    harness.get_by_label("Cycle de vie client").click();
    harness.run_steps(3);
    assert_eq!(harness.state().document().map.meta.language, "fr");
}

#[test]
fn open_and_import_ask_for_a_file() {
    let dialogs = ScriptedDialogs::default();
    let app = ParcoursApp::new(new_document("en"), Box::new(dialogs.clone()), Vec::new())
        .with_start_screen();
    let mut harness = editor_harness(app);
    harness.get_by_label("Open…").click();
    harness.run_steps(3);
    harness
        .get_by_label("Import a spreadsheet, workbook or Mermaid…")
        .click();
    harness.run_steps(3);
    let asked = dialogs.asked.lock().expect("not poisoned").clone();
    assert_eq!(asked, [DialogRequest::Open, DialogRequest::Import]);
    assert!(
        harness.state().shows_start_screen(),
        "cancelled: the screen stays"
    );
}
