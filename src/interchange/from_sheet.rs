//! A map from a sheet's records, wherever they come from (CSV or a workbook):
//! the block that says what the map is about, then the cards in one of the
//! shapes [`Shape`] names.

use super::about;
use super::build::Builder;
use super::csv_columns::header_is_french;
use super::grid::{self, SHAPES_EXPLAINED, Shape};
use super::long;
use super::progress::ImportProgress;
use super::sheet::{Record, at};
use crate::file::{Diagnostic, Position};
use crate::model::JourneyMap;

/// Reads a sheet's records into a new map titled `title` unless the sheet names
/// a title; `shape` forces a shape instead of telling it from the sheet.
/// `progress` counts the rows made into cards.
pub fn import(
    records: &[Record],
    title: &str,
    shape: Option<Shape>,
    progress: &ImportProgress,
) -> Result<JourneyMap, Vec<Diagnostic>> {
    let (about, taken) = about::read(records)?;
    import_cards(&records[taken..], title, shape, about, progress)
}

/// Reads the cards of a sheet into a new map, with what `about` says of it,
/// counting the rows made into cards in `progress`.
pub fn import_cards(
    cards: &[Record],
    title: &str,
    shape: Option<Shape>,
    about: about::About,
    progress: &ImportProgress,
) -> Result<JourneyMap, Vec<Diagnostic>> {
    let Some(header) = cards.first() else {
        return Err(vec![Diagnostic {
            position: Some(Position::START),
            message: "the sheet has no cards: a header row must name the columns".to_owned(),
        }]);
    };
    let Some(shape) = shape.or_else(|| grid::detect(cards)) else {
        return Err(vec![at(
            header,
            0,
            format!("this sheet's shape is not one Parcours knows.\n{SHAPES_EXPLAINED}"),
        )]);
    };
    progress.start_building(cards.len() - 1);
    let (builder, problems) = if shape == Shape::Long {
        let (columns, words) = long::columns(header)?;
        let language = language(&about, header_is_french(&words));
        let mut builder = Builder::new(title, &language, about);
        let problems = long::import(&mut builder, &cards[1..], &columns, progress);
        (builder, problems)
    } else {
        let language = language(&about, grid::lanes_are_french(cards, shape));
        let mut builder = Builder::new(title, &language, about);
        let problems = grid::import(&mut builder, cards, shape, progress);
        (builder, problems)
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(builder.finish())
}

/// The map's language: the block's when it names one, else what the sheet's
/// words say.
fn language(about: &about::About, words_are_french: bool) -> String {
    if about.has_language {
        about.meta.language.clone()
    } else if words_are_french {
        "fr".to_owned()
    } else {
        "en".to_owned()
    }
}
