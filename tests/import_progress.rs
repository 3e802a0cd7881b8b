//! An import tells how far it got, row by row, and stops at its next row once
//! cancelled, whatever it reads: CSV, a workbook or a Mermaid journey.

use std::path::{Path, PathBuf};

use parcours::interchange::{
    self, CANCELLED, Format, ImportOptions, ImportProgress, ImportStage, Reached,
};

/// A long spreadsheet of `cards` cards, in `folder`.
fn long_sheet(folder: &Path, cards: usize) -> PathBuf {
    let mut csv = String::from("stage,lane,text\n");
    for i in 0..cards {
        csv.push_str(&format!("Stage {},Touchpoints,Card {i}\n", i % 5));
    }
    let path = folder.join("workshop.csv");
    std::fs::write(&path, csv).expect("written");
    path
}

/// A Mermaid journey of `tasks` tasks under one section, in `folder`.
fn journey(folder: &Path, tasks: usize) -> PathBuf {
    let mut text = String::from("journey\n  section Visit\n");
    for i in 0..tasks {
        text.push_str(&format!("    Task {i}: 3: Me\n"));
    }
    let path = folder.join("journey.mmd");
    std::fs::write(&path, text).expect("written");
    path
}

/// A workbook Parcours writes, of the four-stage template, in `folder`.
fn workbook(folder: &Path) -> PathBuf {
    let map = parcours::templates::find("four-stages")
        .expect("the template")
        .instantiate("en")
        .expect("it loads");
    let bytes = interchange::export(&map, Format::Xlsx).expect("a workbook");
    let path = folder.join("renewal.xlsx");
    std::fs::write(&path, bytes).expect("written");
    path
}

fn watched(path: &Path, progress: &ImportProgress) -> Result<usize, String> {
    interchange::import_watched(path, ImportOptions::default(), progress)
        .map(|map| map.cards.len())
        .map_err(|error| error.to_string())
}

#[test]
fn a_csv_import_counts_every_row_read_then_every_row_made_into_cards() {
    let folder = tempfile::tempdir().expect("a folder");
    let progress = ImportProgress::default();

    let cards = watched(&long_sheet(folder.path(), 1_500), &progress).expect("imports");

    assert_eq!(cards, 1_500);
    let expected = Reached {
        stage: ImportStage::Checking,
        done: 1_500,
        rows: 1_500,
    };
    assert_eq!(progress.reached(), expected);
    assert_eq!(progress.fraction(), 1.0);
}

#[test]
fn a_mermaid_import_counts_its_lines() {
    let folder = tempfile::tempdir().expect("a folder");
    let progress = ImportProgress::default();

    let cards = watched(&journey(folder.path(), 300), &progress).expect("imports");

    assert_eq!(cards, 300);
    let reached = progress.reached();
    assert_eq!((reached.done, reached.rows), (302, 302), "{reached:?}");
    assert_eq!(
        progress.fraction(),
        1.0,
        "the whole bar, with no building stage"
    );
}

#[test]
fn a_workbook_import_counts_the_rows_made_into_cards() {
    let folder = tempfile::tempdir().expect("a folder");
    let progress = ImportProgress::default();

    let cards = watched(&workbook(folder.path()), &progress).expect("imports");

    let reached = progress.reached();
    assert_eq!(reached.stage, ImportStage::Checking);
    assert_eq!(reached.done, reached.rows);
    assert!(reached.rows >= cards, "{reached:?} for {cards} cards");
}

#[test]
fn a_cancelled_import_of_any_format_stops_before_its_second_row() {
    let folder = tempfile::tempdir().expect("a folder");
    for path in [
        long_sheet(folder.path(), 1_500),
        journey(folder.path(), 300),
        workbook(folder.path()),
    ] {
        let progress = ImportProgress::default();
        progress.cancel();

        let error = watched(&path, &progress).expect_err("cancelled");

        assert!(error.contains(CANCELLED), "{error}");
        let reached = progress.reached();
        assert_eq!(reached.stage, ImportStage::Reading, "{path:?}");
        assert!(reached.done <= 1, "{path:?}: {reached:?}");
    }
}
