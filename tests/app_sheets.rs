//! Spreadsheets in the app: File › Export writes an Excel workbook; imports
//! run on a worker thread; once a big spreadsheet's import has taken a second
//! the window says which file it reads, with a bar that counts its rows;
//! Cancel keeps the open map, and the map open when the import started is
//! never lost to it.

#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::ScriptedDialogs;
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::edit::{Document, Edit};
use parcours::session::{Next, Session, new_document};
use parcours::ui::{Action, DialogRequest, ParcoursApp};

/// The cards of the big spreadsheet: enough for its import to take a while.
const BIG_SHEET_CARDS: usize = 19_000;

/// A workshop export of 19,000 cards over 12 stages and two lanes, each with
/// notes: a second to import in a test build.
fn big_sheet(folder: &Path) -> PathBuf {
    let path = folder.join("big-workshop.csv");
    let notes = "Heard in the workshop: the customer compares offers and asks a friend. ".repeat(3);
    let mut csv = String::from("stage,lane,text,channel,description\n");
    for i in 0..BIG_SHEET_CARDS {
        let lane = if i % 3 == 0 {
            "Pain points"
        } else {
            "Touchpoints"
        };
        csv.push_str(&format!(
            "Stage {},{lane},Card {i}: what the customer does and feels here,Website,{notes}\n",
            i % 12
        ));
    }
    std::fs::write(&path, csv).expect("written");
    path
}

/// The editor on the four-stage template, answering the import dialog with `sheet`.
fn importing_window(sheet: PathBuf) -> Harness<'static, ParcoursApp> {
    let map = parcours::templates::find("four-stages")
        .expect("the template")
        .instantiate("en")
        .expect("it loads");
    let dialogs = ScriptedDialogs::answering(sheet);
    let app = ParcoursApp::new(Document::new_unsaved(map), Box::new(dialogs), Vec::new());
    let mut harness = common::editor_harness(app);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::I);
    harness.run_steps(3);
    harness
}

fn title(harness: &Harness<'_, ParcoursApp>) -> String {
    harness.state().document().map.meta.title.clone()
}

/// Whether the import window's bar says how many of the big sheet's rows
/// were read or made into cards.
fn rows_shown(harness: &Harness<'_, ParcoursApp>) -> bool {
    harness
        .query_by_label_contains("of 19,001 rows read")
        .or_else(|| harness.query_by_label_contains("of 19,000 rows made into cards"))
        .is_some()
}

/// Runs frames until a second has passed since the import started (the
/// window counts from the first frame that saw it), then until the bar counts
/// the rows: the worker counts them as soon as it has read the file.
fn until_rows_shown(harness: &mut Harness<'_, ParcoursApp>) {
    harness.run_steps(2);
    for _ in 0..200 {
        if rows_shown(harness) {
            return;
        }
        harness.step();
    }
}

/// Runs frames until the window takes the import's map: the frame that does
/// is the last one run.
fn run_until_the_import_ends(harness: &mut Harness<'_, ParcoursApp>) {
    // The worker reads the sheet in about a second; a frame takes milliseconds.
    for _ in 0..100_000 {
        harness.step();
        if harness.state().session.importing().is_none() {
            return;
        }
    }
    panic!("the import never ended");
}

#[test]
fn a_big_import_shows_nothing_for_a_second_then_its_file_and_a_bar_with_its_rows() {
    let folder = tempfile::tempdir().expect("a folder");
    let mut harness = importing_window(big_sheet(folder.path()));
    let before = title(&harness);
    assert!(harness.state().session.importing().is_some());
    assert!(
        harness
            .query_by_label_contains("big-workshop.csv")
            .is_none(),
        "nothing flashes before a second has passed"
    );
    assert!(!rows_shown(&harness));

    until_rows_shown(&mut harness);

    assert!(rows_shown(&harness), "the bar counts the rows");
    assert!(
        harness
            .query_by_label_contains("big-workshop.csv")
            .is_some(),
        "the window says which file it reads"
    );
    assert_eq!(title(&harness), before, "the open map stays meanwhile");

    run_until_the_import_ends(&mut harness);
    let root = &harness.output().viewport_output[&egui::ViewportId::ROOT];
    assert_eq!(
        root.repaint_delay,
        Duration::ZERO,
        "the frame that took the map asks for another at once, which draws it"
    );
    harness.run_steps(3);
    let document = harness.state().document();
    assert_eq!(document.map.meta.title, "Big workshop");
    assert_eq!(document.map.cards.len(), BIG_SHEET_CARDS);
    assert!(document.path.is_none(), "a new map, saved nowhere yet");
    assert!(
        harness
            .query_by_label_contains("big-workshop.csv")
            .is_none()
    );
}

#[test]
fn cancel_keeps_the_open_map_and_the_import_never_replaces_it() {
    let folder = tempfile::tempdir().expect("a folder");
    let mut harness = importing_window(big_sheet(folder.path()));
    let before = title(&harness);
    until_rows_shown(&mut harness);

    harness.get_by_label("Cancel").click();
    harness.run_steps(3);

    assert!(harness.state().session.importing().is_none());
    assert!(
        harness
            .query_by_label_contains("big-workshop.csv")
            .is_none()
    );
    assert_eq!(harness.state_mut().session.finish_import(), Next::Done);
    harness.run_steps(2);
    assert_eq!(title(&harness), before);
    assert_eq!(harness.state().message(), None);
}

/// A session whose first stage is renamed while `sheet` is imported.
fn session_edited_during_import(sheet: &Path) -> Session {
    let mut session = Session::new(new_document("en"), Vec::new());
    session.open(sheet);
    assert!(session.importing().is_some());
    let mut stage = session.document.map.stages[0].clone();
    stage.name = "Renamed while importing".to_owned();
    assert!(session.document.apply(Edit::ReplaceStage(stage)));
    session
}

#[test]
fn changes_made_while_an_import_runs_are_asked_about_before_the_map_is_replaced() {
    let folder = tempfile::tempdir().expect("a folder");
    let sheet = big_sheet(folder.path());
    let mut session = session_edited_during_import(&sheet);

    assert_eq!(session.finish_import(), Next::Done);

    assert!(session.question().is_some(), "save the changes first?");
    assert_eq!(
        session.document.map.stages[0].name,
        "Renamed while importing"
    );
    assert_eq!(
        session.answer_unsaved(parcours::session::UnsavedChoice::Discard),
        Next::Done
    );
    assert_eq!(session.document.map.cards.len(), BIG_SHEET_CARDS);
}

#[test]
fn an_import_that_fails_says_why_and_keeps_the_open_map() {
    let mut session = Session::new(new_document("en"), Vec::new());
    let title = session.document.map.meta.title.clone();
    session.open(Path::new("tests/interchange/unclosed-quote.csv"));

    assert_eq!(session.finish_import(), Next::Done);

    assert_eq!(session.document.map.meta.title, title);
    let message = session.message.clone().expect("a message");
    assert!(
        message.starts_with("tests/interchange/unclosed-quote.csv:"),
        "{message}"
    );
    assert!(session.importing().is_none());
}

#[test]
fn export_as_excel_workbook_asks_where_then_writes_a_workbook_that_imports_back() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("renewal.xlsx");
    let map = parcours::templates::find("four-stages")
        .expect("the template")
        .instantiate("fr")
        .expect("it loads");
    let dialogs = ScriptedDialogs::answering(path.clone());
    let app = ParcoursApp::new(
        Document::new_unsaved(map.clone()),
        Box::new(dialogs.clone()),
        Vec::new(),
    );
    let mut harness = common::editor_harness(app);

    harness
        .state_mut()
        .run(Action::ExportXlsx, &egui::Context::default());
    harness.run_steps(3);

    let asked = dialogs.asked.lock().expect("lock").clone();
    assert!(
        matches!(
            &asked[..],
            [DialogRequest::Export {
                extension: "xlsx",
                ..
            }]
        ),
        "{asked:?}"
    );
    let back = parcours::interchange::import(&path).expect("a workbook Parcours reads");
    assert_eq!(back.meta.title, map.meta.title);
    assert_eq!(back.meta.language, "fr");
    assert_eq!(back.stages.len(), map.stages.len());
}

#[test]
fn a_map_opened_while_an_import_runs_stays_open_when_the_import_ends() {
    let folder = tempfile::tempdir().expect("a folder");
    let sheet = big_sheet(folder.path());
    let map_path = folder.path().join("renewal.journey.ron");
    let map = parcours::templates::find("four-stages")
        .expect("the template")
        .instantiate("en")
        .expect("it loads");
    parcours::file::save(&map_path, &map).expect("saved");
    let mut session = Session::new(new_document("en"), Vec::new());

    session.open(&sheet);
    session.open(&map_path);
    assert_eq!(session.finish_import(), Next::Done);

    assert_eq!(session.document.path.as_deref(), Some(map_path.as_path()));
    assert!(session.question().is_none());
    assert!(session.importing().is_none());
}
