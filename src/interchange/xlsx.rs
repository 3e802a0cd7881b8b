//! Workbooks in: `.xlsx`, `.xls` and `.ods`, read with calamine. The cards come
//! from a sheet named Cards, or else the first grid sheet, or else the first
//! sheet; sheets named About and Personas say what the map is about.
//! Workbooks out are in [`super::xlsx_out`].

use std::io::Cursor;

use calamine::{Data, Reader};

use super::about::{self, About};
use super::from_sheet;
use super::grid::{self, Shape};
use super::progress::ImportProgress;
use super::sheet::Record;
use super::text::fold;
use crate::file::Diagnostic;
use crate::model::JourneyMap;

/// The names of the sheets Parcours writes, in English and French.
pub const CARDS_SHEET: (&str, &str) = ("Cards", "Cartes");
/// The sheet of the map's fields.
pub const ABOUT_SHEET: (&str, &str) = ("About", "À propos");
/// The sheet of the personas.
pub const PERSONAS_SHEET: (&str, &str) = ("Personas", "Personas");

/// Reads a workbook's bytes into a new map titled `title` unless it names one.
/// `progress` is told the rows read once all sheets are (calamine reads a
/// sheet whole), then counts the rows made into cards.
pub fn import(
    bytes: Vec<u8>,
    title: &str,
    shape: Option<Shape>,
    progress: &ImportProgress,
) -> Result<JourneyMap, Vec<Diagnostic>> {
    let mut workbook =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|error| {
            unplaced(format!(
                "this is not a workbook Parcours can read (.xlsx, .xls or .ods): {error}"
            ))
        })?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|error| unplaced(format!("sheet \"{name}\" cannot be read: {error}")))?;
        sheets.push((name, records(&range)));
        progress.go_on().map_err(|cancelled| vec![cancelled])?;
    }
    progress.all_read(sheets.iter().map(|(_, records)| records.len()).sum());
    let about = read_about(&sheets)?;
    let (name, cards) = cards_sheet(&sheets, shape)
        .ok_or_else(|| unplaced("the workbook has no sheet".to_owned()))?;
    from_sheet::import_cards(cards, title, shape, about, progress)
        .map_err(|problems| in_sheet(name, problems))
}

/// What the About and Personas sheets say, when the workbook has them.
fn read_about(sheets: &[(String, Vec<Record>)]) -> Result<About, Vec<Diagnostic>> {
    let mut about = About::default();
    for wanted in [ABOUT_SHEET, PERSONAS_SHEET] {
        let Some((name, records)) = sheet_named(sheets, wanted) else {
            continue;
        };
        let (read, taken) = about::read(records).map_err(|p| in_sheet(name, p))?;
        if let Some(record) = records.get(taken) {
            return Err(in_sheet(
                name,
                vec![super::sheet::at(
                    record,
                    0,
                    "this row is neither a map field nor a persona",
                )],
            ));
        }
        if wanted == ABOUT_SHEET {
            let personas = std::mem::take(&mut about.personas);
            about = read;
            about.personas.extend(personas);
        } else {
            about.personas.extend(read.personas);
        }
    }
    Ok(about)
}

/// The sheet of the cards: the one named Cards, or else the first that is a
/// grid, or else the first that is not the map's fields or personas.
fn cards_sheet(
    sheets: &[(String, Vec<Record>)],
    shape: Option<Shape>,
) -> Option<(&str, &[Record])> {
    let found = sheet_named(sheets, CARDS_SHEET)
        .or_else(|| {
            sheets.iter().find(|(_, records)| {
                shape.is_none()
                    && matches!(grid::detect(records), Some(Shape::Grid | Shape::Columns))
            })
        })
        .or_else(|| {
            sheets.iter().find(|(name, _)| {
                ![ABOUT_SHEET, PERSONAS_SHEET]
                    .iter()
                    .any(|(e, f)| fold(name) == fold(e) || fold(name) == fold(f))
            })
        })
        .or_else(|| sheets.first())?;
    Some((found.0.as_str(), found.1.as_slice()))
}

/// The sheet of this English or French name.
fn sheet_named<'s>(
    sheets: &'s [(String, Vec<Record>)],
    (english, french): (&str, &str),
) -> Option<&'s (String, Vec<Record>)> {
    sheets
        .iter()
        .find(|(name, _)| fold(name) == fold(english) || fold(name) == fold(french))
}

/// A sheet's rows as records: each with its row number, its cells from column
/// A, so that every problem is placed where the spreadsheet shows it.
fn records(range: &calamine::Range<Data>) -> Vec<Record> {
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut fields = vec![String::new(); first_column as usize];
            fields.extend(cells.iter().map(cell_text));
            Record {
                line: first_row as usize + i + 1,
                fields,
            }
        })
        .filter(|record| record.fields.iter().any(|f| !f.trim().is_empty()))
        .collect()
}

/// A cell as text: numbers as they are shown (`2`, `-1`, `4.5`), errors empty.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) => text.replace("\r\n", "\n"),
        other => other.to_string(),
    }
}

/// A problem with no place in a sheet.
fn unplaced(message: String) -> Vec<Diagnostic> {
    vec![Diagnostic {
        position: None,
        message,
    }]
}

/// Problems of one sheet, each saying which.
fn in_sheet(name: &str, problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    problems
        .into_iter()
        .map(|problem| Diagnostic {
            message: format!("sheet \"{name}\": {}", problem.message),
            ..problem
        })
        .collect()
}
