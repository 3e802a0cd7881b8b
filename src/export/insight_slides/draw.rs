//! Text and tables on the insights slides, and the channel by stage matrix.

use egui::{Align2, Color32, Pos2, Rect, Stroke, pos2, vec2};

use super::words::Words;
use crate::export::page::Frame;
use crate::insights::{ChannelInventory, ChannelRow};
use crate::model::{JourneyMap, StageId};
use crate::scene::style::{INK, LANE_STROKE, MUTED_INK, color32, tint};
use crate::scene::{Label, Shape};

/// How a run of text looks.
#[derive(Clone, Copy)]
pub struct Style {
    pub size: f32,
    pub color: Color32,
    pub strong: bool,
    pub max_lines: usize,
}

impl Style {
    pub const fn new(size: f32, color: Color32, strong: bool, max_lines: usize) -> Self {
        Self {
            size,
            color,
            strong,
            max_lines,
        }
    }
}

impl Style {
    /// A pen writing in this style, anchored so, wrapping at `width`.
    pub fn pen(self, anchor: Align2, width: f32) -> Pen {
        Pen {
            style: self,
            anchor,
            width,
        }
    }
}

/// A style, an anchor and a width: how a run of text is written.
pub struct Pen {
    style: Style,
    anchor: Align2,
    width: f32,
}

impl Pen {
    /// Writes `words` with the pen's anchor at `pos`; returns the bottom of the text.
    pub fn write(&self, frame: &mut Frame, words: &str, pos: Pos2) -> f32 {
        text(frame, words, pos, self.anchor, self.width, self.style)
    }
}

/// Body text: dark, regular, on one or two lines.
pub const BODY: Style = Style::new(26.0, INK, false, 2);
/// A small note under a line of body text.
pub const NOTE: Style = Style::new(20.0, MUTED_INK, false, 1);

/// Draws `text` with its `anchor` at `pos`, wrapped at `width`; returns the
/// bottom of what was drawn (`pos.y` when there was nothing to draw).
fn text(frame: &mut Frame, text: &str, pos: Pos2, anchor: Align2, width: f32, style: Style) -> f32 {
    let label = Label {
        text: text.to_owned(),
        pos,
        anchor,
        size: style.size,
        color: style.color,
        strong: style.strong,
        wrap_width: Some(width.max(style.size)),
        max_lines: Some(style.max_lines),
    };
    match label.layout() {
        Some(laid_out) => {
            let bottom = laid_out.rect.bottom();
            frame.shapes.push(Shape::Text(laid_out));
            bottom
        }
        None => pos.y,
    }
}

/// A rounded box.
pub fn panel(frame: &mut Frame, rect: Rect, fill: Color32, stroke: Color32) {
    frame.shapes.push(Shape::Rect {
        rect,
        corner_radius: 12.0,
        fill,
        stroke: Stroke::new(2.0, stroke),
    });
}

const CHANNEL_COLUMN: f32 = 250.0;
const TOTAL_COLUMN: f32 = 90.0;
const OWNERS_COLUMN: f32 = 420.0;
const BRAND_COLUMN: f32 = 130.0;
const HEADER_HEIGHT: f32 = 64.0;
const ROW_HEIGHT: f32 = 40.0;

/// Where the columns of the channel table sit across the content area.
struct Columns {
    left: f32,
    right: f32,
    stages_left: f32,
    stage_width: f32,
    /// The middle of the total column.
    total: f32,
    /// The left edge of the owners' text.
    owners: f32,
    /// The middle of the brand-controlled column.
    brand: f32,
}

impl Columns {
    fn across(area: Rect, stage_count: usize) -> Self {
        let fixed = CHANNEL_COLUMN + TOTAL_COLUMN + OWNERS_COLUMN + BRAND_COLUMN;
        let stage_width = ((area.width() - fixed) / stage_count.max(1) as f32).max(1.0);
        let stages_left = area.left() + CHANNEL_COLUMN;
        let after_stages = stages_left + stage_width * stage_count.max(1) as f32;
        Self {
            left: area.left(),
            right: area.right(),
            stages_left,
            stage_width,
            total: after_stages + TOTAL_COLUMN / 2.0,
            owners: after_stages + TOTAL_COLUMN + 12.0,
            brand: after_stages + TOTAL_COLUMN + OWNERS_COLUMN + BRAND_COLUMN / 2.0,
        }
    }

    /// The middle of the column of the stage at `index`.
    fn stage(&self, index: usize) -> f32 {
        self.stages_left + (index as f32 + 0.5) * self.stage_width
    }
}

/// The touchpoint inventory as a table: a row per channel, a column per stage
/// with the count of touchpoints, then the total, the owners and how many the
/// brand controls. Rows that do not fit are counted on a last line.
pub fn channels(
    frame: &mut Frame,
    map: &JourneyMap,
    inventory: &ChannelInventory,
    words: &Words,
    area: Rect,
) {
    let columns = Columns::across(area, inventory.stages.len());
    channel_header(
        frame,
        map,
        inventory,
        words,
        &columns,
        area.top() + HEADER_HEIGHT / 2.0,
    );
    let fitting = ((area.height() - HEADER_HEIGHT) / ROW_HEIGHT)
        .floor()
        .max(1.0) as usize;
    let shown = if inventory.rows.len() > fitting {
        fitting - 1
    } else {
        inventory.rows.len()
    };
    for (r, row) in inventory.rows.iter().take(shown).enumerate() {
        let top = area.top() + HEADER_HEIGHT + r as f32 * ROW_HEIGHT;
        channel_row(frame, map, (row, &inventory.stages), words, &columns, top);
    }
    if shown < inventory.rows.len() {
        let middle = area.top() + HEADER_HEIGHT + (shown as f32 + 0.5) * ROW_HEIGHT;
        let more = words.more(inventory.rows.len() - shown);
        text(
            frame,
            &more,
            pos2(area.left(), middle),
            Align2::LEFT_CENTER,
            CHANNEL_COLUMN,
            NOTE,
        );
    }
}

fn channel_header(
    frame: &mut Frame,
    map: &JourneyMap,
    inventory: &ChannelInventory,
    words: &Words,
    columns: &Columns,
    y: f32,
) {
    let size = (columns.stage_width / 6.0).clamp(10.0, 18.0);
    let stage_pen =
        Style::new(size, MUTED_INK, true, 2).pen(Align2::CENTER_CENTER, columns.stage_width - 6.0);
    for (i, stage) in inventory.stages.iter().enumerate() {
        let name = map.stage(*stage).map_or("", |s| s.name.as_str());
        stage_pen.write(frame, name, pos2(columns.stage(i), y));
    }
    let style = Style::new(18.0, MUTED_INK, true, 2);
    let total = style.pen(Align2::CENTER_CENTER, TOTAL_COLUMN);
    total.write(frame, words.total, pos2(columns.total, y));
    let owners = style.pen(Align2::LEFT_CENTER, OWNERS_COLUMN);
    owners.write(frame, words.owners, pos2(columns.owners, y));
    let brand = style.pen(Align2::CENTER_CENTER, BRAND_COLUMN);
    brand.write(frame, words.brand_controlled, pos2(columns.brand, y));
}

fn channel_row(
    frame: &mut Frame,
    map: &JourneyMap,
    (row, stages): (&ChannelRow, &[StageId]),
    words: &Words,
    columns: &Columns,
    top: f32,
) {
    let middle = top + ROW_HEIGHT / 2.0;
    frame.shapes.push(Shape::Line {
        points: vec![pos2(columns.left, top), pos2(columns.right, top)],
        stroke: Stroke::new(1.0, LANE_STROKE),
        dash: None,
    });
    let cell = Style::new(20.0, INK, false, 1);
    let strong = Style {
        strong: true,
        ..cell
    };
    let channel = row.channel.label_in(&map.meta.language);
    let channel_pen = strong.pen(Align2::LEFT_CENTER, CHANNEL_COLUMN - 12.0);
    channel_pen.write(frame, channel, pos2(columns.left, middle));
    let size = vec2((columns.stage_width - 8.0).min(64.0), ROW_HEIGHT - 8.0);
    let count_pen = cell.pen(Align2::CENTER_CENTER, size.x);
    for (i, (&count, stage)) in row.counts.iter().zip(stages).enumerate() {
        if count > 0 {
            let center = pos2(columns.stage(i), middle);
            frame.shapes.push(Shape::Rect {
                rect: Rect::from_center_size(center, size),
                corner_radius: 6.0,
                fill: tint(color32(map.stage_color(*stage)), 0.45),
                stroke: Stroke::NONE,
            });
            count_pen.write(frame, &count.to_string(), center);
        }
    }
    let total_pen = strong.pen(Align2::CENTER_CENTER, TOTAL_COLUMN);
    total_pen.write(frame, &row.total().to_string(), pos2(columns.total, middle));
    let owners_pen =
        Style::new(18.0, MUTED_INK, false, 1).pen(Align2::LEFT_CENTER, OWNERS_COLUMN - 24.0);
    owners_pen.write(frame, &row.owners.join(", "), pos2(columns.owners, middle));
    let controlled = words.of_total(row.brand_controlled, row.total());
    let brand_pen = cell.pen(Align2::CENTER_CENTER, BRAND_COLUMN);
    brand_pen.write(frame, &controlled, pos2(columns.brand, middle));
}
