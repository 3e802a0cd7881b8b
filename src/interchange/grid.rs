//! The shapes of a sheet and the two grid shapes workshops use: stages across
//! and lanes down (`grid`), or one row per stage and lanes across (`columns`).
//! Several items in one cell, on separate lines, are separate cards; a row (or
//! column) named Emotion or Score holds the personas' scores.

use super::build::Builder;
use super::csv_columns::{Column, Field};
use super::long::parse_score;
use super::names;
use super::progress::ImportProgress;
use super::sheet::{Record, at};
use crate::file::Diagnostic;
use crate::model::*;

/// How a sheet lays a map out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A header naming the columns, then one row per card.
    Long,
    /// Stages across the first row, one row per lane.
    Grid,
    /// One row per stage, lanes across the first row.
    Columns,
}

/// What each shape looks like, for the message when none fits.
pub const SHAPES_EXPLAINED: &str = "Parcours reads three shapes of sheet:
- long: a header naming the columns, then one row per card, e.g.
    stage,lane,text,score
    Awareness,Touchpoints,Sees an ad,1
    Purchase,Pain points,Quote form too long,
- grid: stages across the first row, one row per lane, items on separate lines of a cell, e.g.
    ,Awareness,Purchase
    Touchpoints,Sees an ad,Quote form
    Emotion,1,-2
- columns: the grid turned, one row per stage, lanes across the first row, e.g.
    Stage,Touchpoints,Emotion
    Awareness,Sees an ad,1
    Purchase,Quote form,-2
Name the lanes (touchpoints, pain points, emotion… or in French) so that the shape
can be told, or give --shape long, grid or columns.";

/// The shape of the sheet whose first row (after the block) is `header`, when
/// one fits: long when the header names more of Parcours's columns than it names
/// lanes, else the grid whose lane names are more.
pub fn detect(records: &[Record]) -> Option<Shape> {
    let header = records.first()?;
    let columns: Vec<Option<Column>> = header
        .fields
        .iter()
        .map(|name| {
            Column::named(name)
                .map(|(column, _)| column)
                .filter(|c| *c != Column::Empty)
        })
        .collect();
    let named_columns = columns.iter().flatten().count();
    let has_stage = columns.contains(&Some(Column::Field(Field::Stage)));
    let lanes_across = header
        .fields
        .iter()
        .skip(1)
        .filter(|n| names::names_a_lane(n))
        .count();
    let lanes_across_only = header
        .fields
        .iter()
        .zip(&columns)
        .skip(1)
        .filter(|(name, column)| column.is_none() && names::names_a_lane(name))
        .count();
    if has_stage && named_columns >= 2 && named_columns > lanes_across_only {
        return Some(Shape::Long);
    }
    if !header.filled().any(|(column, _)| column > 0) {
        return None;
    }
    let lanes_down = records
        .iter()
        .skip(1)
        .filter(|r| names::names_a_lane(r.cell(0)))
        .count();
    match (lanes_down, lanes_across) {
        (0, 0) => None,
        (down, across) if down >= across => Some(Shape::Grid),
        _ => Some(Shape::Columns),
    }
}

/// Whether the names of a grid's lanes are mostly French.
pub fn lanes_are_french(records: &[Record], shape: Shape) -> bool {
    let names: Vec<&str> = match shape {
        Shape::Grid => records.iter().skip(1).map(|r| r.cell(0)).collect(),
        Shape::Columns | Shape::Long => records
            .first()
            .map(|r| r.fields.iter().skip(1).map(String::as_str).collect())
            .unwrap_or_default(),
    };
    let lanes: Vec<&&str> = names.iter().filter(|n| names::names_a_lane(n)).collect();
    let french = lanes
        .iter()
        .filter(|n| names::is_french_lane_name(n))
        .count();
    french * 2 > lanes.len()
}

/// One cell of a grid: where it is, its stage's and lane's names and its text.
struct Cell<'r> {
    record: &'r Record,
    column: usize,
    stage: &'r str,
    lane: &'r str,
    text: &'r str,
}

/// Adds a grid's cells to the map, stage by stage in the order of the sheet,
/// counting its rows in `progress`; all problems are returned, or only that
/// the import was cancelled.
pub fn import(
    builder: &mut Builder,
    records: &[Record],
    shape: Shape,
    progress: &ImportProgress,
) -> Vec<Diagnostic> {
    let Some((header, rows)) = records.split_first() else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    let stages: Vec<&str> = match shape {
        Shape::Grid => header.fields.iter().skip(1).map(String::as_str).collect(),
        Shape::Columns | Shape::Long => rows.iter().map(|r| r.cell(0)).collect(),
    };
    for stage in stages.iter().filter(|s| !s.trim().is_empty()) {
        builder.stage(stage);
    }
    let lanes: Vec<&str> = match shape {
        Shape::Grid => rows.iter().map(|r| r.cell(0)).collect(),
        Shape::Columns | Shape::Long => header.fields.iter().skip(1).map(String::as_str).collect(),
    };
    for lane in lanes
        .iter()
        .filter(|l| !l.trim().is_empty() && !names::is_score_row(l))
    {
        builder.lane(lane, None);
    }
    for (i, record) in rows.iter().enumerate() {
        if let Err(cancelled) = progress.row_built() {
            return vec![cancelled];
        }
        for (column, text) in record.filled().filter(|(column, _)| *column > 0) {
            let (stage, lane) = match shape {
                Shape::Grid => (header.cell(column), lanes[i]),
                Shape::Columns | Shape::Long => (record.cell(0), header.cell(column)),
            };
            let cell = Cell {
                record,
                column,
                stage,
                lane,
                text,
            };
            if let Err(problem) = add_cell(builder, &cell) {
                problems.push(problem);
            }
            if let Some(reason) = builder.over_limits() {
                problems.push(at(record, column, reason));
                return problems;
            }
        }
    }
    problems
}

/// A cell's cards, one per line, or its score.
fn add_cell(builder: &mut Builder, cell: &Cell) -> Result<(), Diagnostic> {
    if cell.stage.trim().is_empty() {
        return Err(at(
            cell.record,
            cell.column,
            "this cell is under no stage: name its stage",
        ));
    }
    if cell.lane.trim().is_empty() {
        return Err(at(
            cell.record,
            cell.column,
            "this cell is in no lane: name its lane",
        ));
    }
    let stage = builder.stage(cell.stage);
    if names::is_score_row(cell.lane) {
        let score = parse_score(cell.text, builder.map.scale)
            .map_err(|message| at(cell.record, cell.column, message))?;
        let persona = builder.persona(persona_of(cell.lane));
        builder.point(persona, Anchor::Stage(stage), score, "");
        return Ok(());
    }
    let lane = builder.lane(cell.lane, None);
    for item in cell
        .text
        .lines()
        .map(without_bullet)
        .filter(|l| !l.is_empty())
    {
        builder.card(lane, stage, None, item);
        if builder.map.cards.len() > MAX_CARDS {
            break;
        }
    }
    Ok(())
}

/// "Emotion (Claire)" and "Score: Claire" are Claire's scores; "Emotion" the
/// first persona's.
fn persona_of(label: &str) -> &str {
    let inside = label
        .split_once('(')
        .map(|(_, rest)| rest.trim_end().trim_end_matches(')'))
        .or_else(|| label.split_once(':').map(|(_, rest)| rest));
    inside.map_or("", str::trim)
}

/// An item of a cell without the bullet a list in a cell starts with.
fn without_bullet(line: &str) -> &str {
    let line = line.trim();
    ["- ", "• ", "* ", "– ", "· "]
        .iter()
        .find_map(|bullet| line.strip_prefix(bullet))
        .unwrap_or(line)
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(lines: &[&str]) -> Vec<Record> {
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| Record {
                line: i + 1,
                fields: line.split(',').map(str::to_owned).collect(),
            })
            .collect()
    }

    #[test]
    fn the_three_shapes_are_told_apart() {
        let long = records(&["stage,lane,text", "Awareness,Touchpoints,Ad"]);
        let grid = records(&[",Awareness,Purchase", "Touchpoints,Ad,Form", "Emotion,1,-2"]);
        let columns = records(&["Stage,Touchpoints,Emotion,Pain points", "Awareness,Ad,1,"]);
        let neither = records(&["Awareness,Purchase", "Ad,Form"]);
        assert_eq!(detect(&long), Some(Shape::Long));
        assert_eq!(detect(&grid), Some(Shape::Grid));
        assert_eq!(detect(&columns), Some(Shape::Columns));
        assert_eq!(detect(&neither), None);
    }

    #[test]
    fn a_score_row_may_name_its_persona() {
        assert_eq!(persona_of("Emotion (Claire)"), "Claire");
        assert_eq!(persona_of("Score: Ana"), "Ana");
        assert_eq!(persona_of("Emotion"), "");
        assert_eq!(without_bullet("• Calls the agency "), "Calls the agency");
    }
}
