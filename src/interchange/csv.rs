//! Maps as CSV: read with the `csv` crate in any of the shapes a sheet takes,
//! written in the long shape, in the map's language and in the dialect its
//! users' Excel opens on a double-click.

use super::grid::Shape;
use super::progress::ImportProgress;
use super::sheet::{protected, unprotected};
use super::{about, csv_reader, from_sheet, rows};
use crate::file::{Diagnostic, Position};
use crate::model::{JourneyMap, is_french};

/// Reads a spreadsheet's text into a new map titled `title` unless it names
/// one, telling `progress` how far it got.
pub fn import(
    text: &str,
    title: &str,
    shape: Option<Shape>,
    progress: &ImportProgress,
) -> Result<JourneyMap, Vec<Diagnostic>> {
    let separator = csv_reader::detect_separator(text);
    let mut records =
        csv_reader::read(text, separator, progress).map_err(|problem| vec![problem])?;
    for field in records.iter_mut().flat_map(|r| r.fields.iter_mut()) {
        if unprotected(field).len() != field.len() {
            *field = unprotected(field).to_owned();
        }
    }
    if records.is_empty() {
        return Err(vec![Diagnostic {
            position: Some(Position::START),
            message: "the file is empty: the first row must name the columns".to_owned(),
        }]);
    }
    from_sheet::import(&records, title, shape, progress)
}

/// UTF-8's byte-order mark, by which Excel knows a CSV file is UTF-8.
const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// Writes a map as a long sheet: the block that says what the map is about,
/// then the cards' table. French maps are written as French Excel reads them,
/// with `;` between cells; English ones with `,`. Cells a spreadsheet would
/// take for formulas are protected.
pub fn export(map: &JourneyMap, byte_order_mark: bool) -> Result<Vec<u8>, String> {
    let french = is_french(&map.meta.language);
    let mut out = Vec::new();
    if byte_order_mark {
        out.extend_from_slice(BYTE_ORDER_MARK);
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(if french { b';' } else { b',' })
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(out);
    let table = rows::table(map);
    let lines = about::rows(map, french)
        .into_iter()
        .chain(std::iter::once(table.header))
        .chain(table.rows);
    for line in lines {
        writer
            .write_record(line.iter().map(|cell| protected(cell)))
            .map_err(|error| error.to_string())?;
    }
    writer.into_inner().map_err(|error| error.to_string())
}
