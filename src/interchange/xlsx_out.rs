//! Workbooks out, with rust_xlsxwriter: a workbook a consultant can hand to a
//! client. "Map" is laid out like the canvas (stages across in their colours,
//! lanes down, a lane's cards on separate lines of a wrapped cell, each
//! persona's scores as a row, and a line chart of the curves); "Cards" is the
//! CSV's table with filters and a frozen header; "Personas" and "About" carry
//! the rest, so that the workbook imports back as the map.

use rust_xlsxwriter::{
    Chart, ChartType, Color, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};

use super::about;
use super::rows;
use super::xlsx::{ABOUT_SHEET, CARDS_SHEET, PERSONAS_SHEET};
use crate::insights::{Insights, csv as insight_rows};
use crate::model::*;

/// The name of the sheet laid out like the canvas, in English and French.
const MAP_SHEET: (&str, &str) = ("Map", "Carte");
/// The name of the sheet of the map's analysis, in English and French.
const INSIGHTS_SHEET: (&str, &str) = ("Insights", "Enseignements");

/// The workbook of a map, as the bytes of an `.xlsx` file.
pub fn export(map: &JourneyMap) -> Result<Vec<u8>, String> {
    workbook(map)
        .and_then(|mut workbook| workbook.save_to_buffer())
        .map_err(|error| format!("the workbook could not be made: {error}"))
}

/// The sheets, in the order a reader opens them: the map, its cards, its
/// personas and its analysis when it has them, and what it is about.
fn workbook(map: &JourneyMap) -> Result<Workbook, XlsxError> {
    let french = is_french(&map.meta.language);
    let pick = |(english, french_name): (&'static str, &'static str)| {
        if french { french_name } else { english }
    };
    let mut workbook = Workbook::new();
    workbook.push_worksheet(map_sheet(map, pick(MAP_SHEET))?);
    workbook.push_worksheet(cards_sheet(map, pick(CARDS_SHEET))?);
    let personas = about::persona_rows(map, french);
    if !personas.is_empty() {
        workbook.push_worksheet(text_sheet(pick(PERSONAS_SHEET), &personas, true)?);
    }
    let insights = Insights::of(map);
    if !insights.is_empty() {
        let name = pick(INSIGHTS_SHEET);
        workbook.push_worksheet(insights_sheet(map, &insights, name, french)?);
    }
    workbook.push_worksheet(text_sheet(
        pick(ABOUT_SHEET),
        &about::map_rows(map, french),
        false,
    )?);
    Ok(workbook)
}

/// The map as the canvas shows it.
fn map_sheet(map: &JourneyMap, name: &str) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let bold = Format::new().set_bold().set_align(FormatAlign::Top);
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, 24)?;
    for (i, stage) in map.stages.iter().enumerate() {
        let column = column_of(i);
        sheet.set_column_width(column, 32)?;
        let header = stage_format(map.stage_color(stage.id));
        sheet.write_string_with_format(0, column, &stage.name, &header)?;
    }
    let mut row = 1;
    for lane in map.lanes.iter().filter(|l| !l.hidden) {
        if lane.kind == LaneKind::Emotion {
            let first = row;
            row = emotion_rows(&mut sheet, map, row, &bold)?;
            chart(&mut sheet, map, name, first..row)?;
            continue;
        }
        sheet.write_string_with_format(row, 0, &lane.title, &bold)?;
        for (i, stage) in map.stages.iter().enumerate() {
            let texts: Vec<&str> = map
                .cards
                .iter()
                .filter(|c| c.lane == lane.id && c.stage == stage.id)
                .map(|c| c.text.as_str())
                .collect();
            if !texts.is_empty() {
                let cell = within_a_cell(&texts.join("\n"));
                sheet.write_string_with_format(row, column_of(i), cell, &wrapped)?;
            }
        }
        row += 1;
    }
    sheet.set_freeze_panes(1, 1)?;
    Ok(sheet)
}

/// The most characters a cell holds in Excel.
const CELL_CHARACTERS: usize = 32_767;

/// Text cut to what a cell holds, with an ellipsis where it was cut.
fn within_a_cell(text: &str) -> String {
    if text.chars().count() <= CELL_CHARACTERS {
        return text.to_owned();
    }
    text.chars()
        .take(CELL_CHARACTERS - 1)
        .chain(['…'])
        .collect()
}

/// The 0-based column of the stage at `index`, after the lanes' titles.
fn column_of(index: usize) -> u16 {
    u16::try_from(index + 1).unwrap_or(u16::MAX)
}

/// A stage's header: its colour, with text that reads on it.
fn stage_format(color: crate::model::Color) -> Format {
    let light =
        0.299 * f32::from(color.r) + 0.587 * f32::from(color.g) + 0.114 * f32::from(color.b)
            > 150.0;
    let text = if light { 0x000000 } else { 0xFFFFFF };
    let rgb = (u32::from(color.r) << 16) | (u32::from(color.g) << 8) | u32::from(color.b);
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(rgb))
        .set_font_color(Color::RGB(text))
}

/// One row per persona with points: "Emotion (name)" and the persona's score
/// at each stage (the rounded mean of the points in the stage). The next row.
fn emotion_rows(
    sheet: &mut Worksheet,
    map: &JourneyMap,
    mut row: u32,
    bold: &Format,
) -> Result<u32, XlsxError> {
    let word = if is_french(&map.meta.language) {
        "Émotion"
    } else {
        "Emotion"
    };
    for curve in map.curves.iter().filter(|c| !c.points.is_empty()) {
        let persona = map.persona(curve.persona).map_or("", |p| p.name.as_str());
        sheet.write_string_with_format(row, 0, format!("{word} ({persona})"), bold)?;
        for (i, stage) in map.stages.iter().enumerate() {
            let scores: Vec<i32> = curve
                .points
                .iter()
                .filter(|p| stage_of(map, p.anchor) == Some(stage.id))
                .map(|p| p.score)
                .collect();
            if !scores.is_empty() {
                let mean = f64::from(scores.iter().sum::<i32>()) / scores.len() as f64;
                sheet.write_number(row, column_of(i), mean.round())?;
            }
        }
        row += 1;
    }
    Ok(row)
}

/// The stage a point sits in.
fn stage_of(map: &JourneyMap, anchor: Anchor) -> Option<StageId> {
    match anchor {
        Anchor::Stage(stage) => Some(stage),
        Anchor::Step(step) => map.stage_of_step(step).map(|s| s.id),
        Anchor::Card(card) => map.card(card).map(|c| c.stage),
    }
}

/// A line chart of the emotion rows, below the map.
fn chart(
    sheet: &mut Worksheet,
    map: &JourneyMap,
    name: &str,
    rows: std::ops::Range<u32>,
) -> Result<(), XlsxError> {
    if rows.is_empty() || map.stages.is_empty() {
        return Ok(());
    }
    let last = column_of(map.stages.len() - 1);
    let mut chart = Chart::new(ChartType::Line);
    for row in rows {
        chart
            .add_series()
            .set_name((name, row, 0))
            .set_categories((name, 0, 1, 0, last))
            .set_values((name, row, 1, row, last));
    }
    chart.title().set_name(map.meta.title.as_str());
    chart.set_width(160 + 220 * u32::from(last));
    let below = u32::try_from(map.lanes.len() + map.curves.len() + 2).unwrap_or(u32::MAX);
    sheet.insert_chart(below, 0, &chart)?;
    Ok(())
}

/// The cards' table, its scores and votes as numbers, with filters and a
/// frozen header.
fn cards_sheet(map: &JourneyMap, name: &str) -> Result<Worksheet, XlsxError> {
    let table = rows::table(map);
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let bold = Format::new().set_bold();
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (column, title) in table.header.iter().enumerate() {
        let column = u16::try_from(column).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, column, title, &bold)?;
        sheet.set_column_width(column, 18)?;
    }
    for (i, cells) in table.rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (column, cell) in cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            let number = cell
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|_| table.number_columns.contains(&column));
            let column = u16::try_from(column).unwrap_or(u16::MAX);
            match number {
                Some(number) => sheet.write_number(row, column, number)?,
                None => sheet.write_string_with_format(row, column, cell, &wrapped)?,
            };
        }
    }
    let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
    let last_column = u16::try_from(table.header.len().saturating_sub(1)).unwrap_or(u16::MAX);
    sheet.autofilter(0, 0, last_row, last_column)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(sheet)
}

/// The analysis as a table, a row per figure, in the map's language: its ids
/// and values as numbers, with filters and a frozen header.
fn insights_sheet(
    map: &JourneyMap,
    insights: &Insights,
    name: &str,
    french: bool,
) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let bold = Format::new().set_bold();
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let header = insight_rows::header(french);
    for (column, title) in (0u16..).zip(header) {
        sheet.write_string_with_format(0, column, title, &bold)?;
        sheet.set_column_width(column, if column == 6 { 40 } else { 18 })?;
    }
    let rows = insight_rows::rows(map, insights, french);
    for (row, cells) in (1u32..).zip(&rows) {
        for (column, cell) in (0u16..).zip(cells).filter(|(_, c)| !c.is_empty()) {
            let number = cell
                .parse::<f64>()
                .ok()
                .filter(|_| column == 1 || column == 5);
            match number {
                Some(number) => sheet.write_number(row, column, number)?,
                None => {
                    sheet.write_string_with_format(row, column, within_a_cell(cell), &wrapped)?
                }
            };
        }
    }
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last_row, 6)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(sheet)
}

/// A sheet of text rows; with `header`, its first row is bold and frozen. A
/// cell longer than a cell holds (a large portrait) is left empty.
fn text_sheet(name: &str, rows: &[Vec<String>], header: bool) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let bold = Format::new().set_bold().set_align(FormatAlign::Top);
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, 20)?;
    for (i, cells) in rows.iter().enumerate() {
        let row = u32::try_from(i).unwrap_or(u32::MAX);
        let fitting = cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.is_empty() && c.chars().count() <= CELL_CHARACTERS);
        for (column, cell) in fitting {
            let column = u16::try_from(column).unwrap_or(u16::MAX);
            let format = if (header && row == 0) || (!header && column == 0) {
                &bold
            } else {
                &wrapped
            };
            sheet.write_string_with_format(row, column, cell, format)?;
        }
    }
    if header {
        sheet.set_freeze_panes(1, 1)?;
    }
    Ok(sheet)
}
