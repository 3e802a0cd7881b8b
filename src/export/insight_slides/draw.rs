//! Text and tables on the insights slides, and the channel by stage matrix.

use egui::{Align2, Color32, Pos2, Rect, Stroke, pos2, vec2};

use super::words::Words;
use crate::export::page::Frame;
use crate::insights::ChannelInventory;
use crate::model::JourneyMap;
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

/// Body text: dark, regular, on one or two lines.
pub const BODY: Style = Style::new(26.0, INK, false, 2);
/// A small note under a line of body text.
pub const NOTE: Style = Style::new(20.0, MUTED_INK, false, 1);

/// Draws `text` with its `anchor` at `pos`, wrapped at `width`; returns the
/// bottom of what was drawn (`pos.y` when there was nothing to draw).
pub fn text(
    frame: &mut Frame,
    text: &str,
    pos: Pos2,
    anchor: Align2,
    width: f32,
    style: Style,
) -> f32 {
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
    let stage_count = inventory.stages.len().max(1) as f32;
    let fixed = CHANNEL_COLUMN + TOTAL_COLUMN + OWNERS_COLUMN + BRAND_COLUMN;
    let stage_width = ((area.width() - fixed) / stage_count).max(1.0);
    let stages_left = area.left() + CHANNEL_COLUMN;
    let after_stages = stages_left + stage_width * stage_count;
    let header_size = (stage_width / 6.0).clamp(10.0, 18.0);
    let header = Style::new(header_size, MUTED_INK, true, 2);
    for (i, stage) in inventory.stages.iter().enumerate() {
        let name = map.stage(*stage).map_or("", |s| s.name.as_str());
        let center = pos2(
            stages_left + (i as f32 + 0.5) * stage_width,
            area.top() + HEADER_HEIGHT / 2.0,
        );
        text(
            frame,
            name,
            center,
            Align2::CENTER_CENTER,
            stage_width - 6.0,
            header,
        );
    }
    let heading = Style::new(18.0, MUTED_INK, true, 2);
    let y = area.top() + HEADER_HEIGHT / 2.0;
    text(
        frame,
        words.total,
        pos2(after_stages + TOTAL_COLUMN / 2.0, y),
        Align2::CENTER_CENTER,
        TOTAL_COLUMN,
        heading,
    );
    text(
        frame,
        words.owners,
        pos2(after_stages + TOTAL_COLUMN + 12.0, y),
        Align2::LEFT_CENTER,
        OWNERS_COLUMN,
        heading,
    );
    let brand_x = after_stages + TOTAL_COLUMN + OWNERS_COLUMN + BRAND_COLUMN / 2.0;
    text(
        frame,
        words.brand_controlled,
        pos2(brand_x, y),
        Align2::CENTER_CENTER,
        BRAND_COLUMN,
        heading,
    );

    let fitting = ((area.height() - HEADER_HEIGHT) / ROW_HEIGHT)
        .floor()
        .max(1.0) as usize;
    let shown = if inventory.rows.len() > fitting {
        fitting - 1
    } else {
        inventory.rows.len()
    };
    let cell = Style::new(20.0, INK, false, 1);
    for (r, row) in inventory.rows.iter().take(shown).enumerate() {
        let top = area.top() + HEADER_HEIGHT + r as f32 * ROW_HEIGHT;
        let middle = top + ROW_HEIGHT / 2.0;
        frame.shapes.push(Shape::Line {
            points: vec![pos2(area.left(), top), pos2(area.right(), top)],
            stroke: Stroke::new(1.0, LANE_STROKE),
            dash: None,
        });
        let strong = Style {
            strong: true,
            ..cell
        };
        text(
            frame,
            row.channel.label_in(&map.meta.language),
            pos2(area.left(), middle),
            Align2::LEFT_CENTER,
            CHANNEL_COLUMN - 12.0,
            strong,
        );
        for (i, (&count, stage)) in row.counts.iter().zip(&inventory.stages).enumerate() {
            if count == 0 {
                continue;
            }
            let center = pos2(stages_left + (i as f32 + 0.5) * stage_width, middle);
            let size = vec2((stage_width - 8.0).min(64.0), ROW_HEIGHT - 8.0);
            let fill = tint(color32(map.stage_color(*stage)), 0.45);
            frame.shapes.push(Shape::Rect {
                rect: Rect::from_center_size(center, size),
                corner_radius: 6.0,
                fill,
                stroke: Stroke::NONE,
            });
            text(
                frame,
                &count.to_string(),
                center,
                Align2::CENTER_CENTER,
                size.x,
                cell,
            );
        }
        let total = row.total().to_string();
        text(
            frame,
            &total,
            pos2(after_stages + TOTAL_COLUMN / 2.0, middle),
            Align2::CENTER_CENTER,
            TOTAL_COLUMN,
            strong,
        );
        let owners = Style {
            size: 18.0,
            color: MUTED_INK,
            ..cell
        };
        let owners_x = after_stages + TOTAL_COLUMN + 12.0;
        text(
            frame,
            &row.owners.join(", "),
            pos2(owners_x, middle),
            Align2::LEFT_CENTER,
            OWNERS_COLUMN - 24.0,
            owners,
        );
        let controlled = words.of_total(row.brand_controlled, row.total());
        text(
            frame,
            &controlled,
            pos2(brand_x, middle),
            Align2::CENTER_CENTER,
            BRAND_COLUMN,
            cell,
        );
    }
    if shown < inventory.rows.len() {
        let top = area.top() + HEADER_HEIGHT + shown as f32 * ROW_HEIGHT + ROW_HEIGHT / 2.0;
        let more = words.more(inventory.rows.len() - shown);
        text(
            frame,
            &more,
            pos2(area.left(), top),
            Align2::LEFT_CENTER,
            CHANNEL_COLUMN,
            NOTE,
        );
    }
}
