//! Lays out stages, lanes and cards.

use std::collections::HashMap;

use egui::{Pos2, Rect, pos2, vec2};

use super::metrics::*;
use super::{LaneRow, MapLayout, PlacedCurve, PlacedPoint, StageColumn, curve, links};
use crate::model::{Anchor, CardId, JourneyMap, LaneId, LaneKind, Stage, StageId, StepId};

type CellKey = (LaneId, StageId, Option<StepId>);

/// The geometry of the whole map: columns, rows, cards in their cells, then the
/// curves and link routes that depend on them.
pub fn lay_out(map: &JourneyMap) -> MapLayout {
    let cells = group_cards(map);
    let stages = stage_columns(map, &cells);
    let lanes = lane_rows(map, &stages, &cells);
    let grid_bottom = lanes.last().map_or(header_height(map), |l| l.rect.bottom());
    let stages: Vec<StageColumn> = stages
        .into_iter()
        .map(|mut column| {
            column.rect.max.y = grid_bottom;
            column
        })
        .collect();
    let grid_right = stages.last().map_or(LANE_HEADER_WIDTH, |s| s.rect.right());
    let lanes: Vec<LaneRow> = lanes
        .into_iter()
        .map(|mut row| {
            row.rect.max.x = grid_right;
            row
        })
        .collect();

    let mut cards = HashMap::new();
    for ((lane, stage, step), ids) in &cells {
        let (Some(row), Some(column)) = (
            lanes.iter().find(|l| l.id == *lane),
            stages.iter().find(|s| s.id == *stage),
        ) else {
            continue;
        };
        let x_range = step
            .and_then(|step| column.steps.iter().find(|(id, _)| *id == step))
            .map_or(column.rect.x_range(), |(_, rect)| rect.x_range());
        let cell = Rect::from_x_y_ranges(x_range, row.rect.y_range());
        for (id, rect) in ids.iter().zip(card_rects(cell, ids.len())) {
            cards.insert(*id, rect);
        }
    }

    let mut layout = MapLayout {
        bounds: Rect::from_min_max(Pos2::ZERO, pos2(grid_right, grid_bottom)),
        stages,
        lanes,
        cards,
        cells,
        curves: Vec::new(),
        emotion_lane: map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Emotion && !l.hidden)
            .map(|l| l.id),
        persona_chips: persona_chips(map),
        links: HashMap::new(),
    };
    layout.curves = place_curves(map, &layout);
    layout.links = links::routes(map, &layout);
    layout
}

fn persona_chips(map: &JourneyMap) -> Vec<(crate::model::PersonaId, Rect)> {
    let height = (STAGE_HEADER_HEIGHT - 12.0) / map.personas.len().max(1) as f32;
    map.personas
        .iter()
        .enumerate()
        .map(|(i, persona)| {
            let min = pos2(6.0, 6.0 + i as f32 * height);
            (
                persona.id,
                Rect::from_min_size(min, vec2(LANE_HEADER_WIDTH - 16.0, height - 2.0)),
            )
        })
        .collect()
}

fn header_height(map: &JourneyMap) -> f32 {
    let any_steps = map.stages.iter().any(|s| !s.steps.is_empty());
    STAGE_HEADER_HEIGHT + if any_steps { STEP_HEADER_HEIGHT } else { 0.0 }
}

/// The cell of every card in a visible lane, cards in document order.
/// In a stage with steps, a card without a step sits in the first step.
fn group_cards(map: &JourneyMap) -> HashMap<CellKey, Vec<crate::model::CardId>> {
    let steps_of: HashMap<StageId, Option<StepId>> = map
        .stages
        .iter()
        .map(|s| (s.id, s.steps.first().map(|step| step.id)))
        .collect();
    let visible: Vec<LaneId> = map
        .lanes
        .iter()
        .filter(|l| !l.hidden)
        .map(|l| l.id)
        .collect();
    let mut cells: HashMap<CellKey, Vec<_>> = HashMap::new();
    for card in &map.cards {
        let Some(first_step) = steps_of.get(&card.stage) else {
            continue;
        };
        if !visible.contains(&card.lane) {
            continue;
        }
        let step = first_step.and(card.step.or(*first_step));
        cells
            .entry((card.lane, card.stage, step))
            .or_default()
            .push(card.id);
    }
    cells
}

fn columns_for(cell_width: f32, cards: usize) -> usize {
    let fit = ((cell_width - 2.0 * CELL_PADDING + GAP) / (CARD_MIN_WIDTH + GAP)).floor() as usize;
    cards.clamp(1, fit.clamp(1, MAX_COLUMNS))
}

fn rows_for(cell_width: f32, cards: usize) -> usize {
    cards.max(1).div_ceil(columns_for(cell_width, cards))
}

/// The rectangles of `count` cards in a cell, side by side then wrapping.
fn card_rects(cell: Rect, count: usize) -> Vec<Rect> {
    let columns = columns_for(cell.width(), count);
    let width = (cell.width() - 2.0 * CELL_PADDING - (columns as f32 - 1.0) * GAP) / columns as f32;
    (0..count)
        .map(|i| {
            let (row, column) = (i / columns, i % columns);
            let min = pos2(
                cell.left() + CELL_PADDING + column as f32 * (width + GAP),
                cell.top() + CELL_PADDING + row as f32 * (CARD_HEIGHT + GAP),
            );
            Rect::from_min_size(min, vec2(width, CARD_HEIGHT))
        })
        .collect()
}

fn auto_stage_width(stage: &Stage, cells: &HashMap<CellKey, Vec<crate::model::CardId>>) -> f32 {
    let sub_columns = stage.steps.len().max(1);
    let busiest = cells
        .iter()
        .filter(|((_, s, _), _)| *s == stage.id)
        .map(|(_, cards)| cards.len())
        .max()
        .unwrap_or(1)
        .clamp(1, MAX_COLUMNS);
    let per_sub_column = 2.0 * CELL_PADDING + busiest as f32 * (CARD_MIN_WIDTH + GAP) - GAP;
    (sub_columns as f32 * per_sub_column).max(MIN_STAGE_WIDTH)
}

fn stage_columns(
    map: &JourneyMap,
    cells: &HashMap<CellKey, Vec<crate::model::CardId>>,
) -> Vec<StageColumn> {
    let header_bottom = header_height(map);
    let mut x = LANE_HEADER_WIDTH;
    map.stages
        .iter()
        .map(|stage| {
            let width = stage
                .width
                .unwrap_or_else(|| auto_stage_width(stage, cells));
            let rect = Rect::from_min_size(pos2(x, 0.0), vec2(width, header_bottom));
            let header = Rect::from_min_size(pos2(x, 0.0), vec2(width, STAGE_HEADER_HEIGHT));
            let step_width = width / stage.steps.len().max(1) as f32;
            let steps = stage
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    let min = pos2(x + i as f32 * step_width, STAGE_HEADER_HEIGHT);
                    (
                        step.id,
                        Rect::from_min_size(min, vec2(step_width, STEP_HEADER_HEIGHT)),
                    )
                })
                .collect();
            x += width;
            StageColumn {
                id: stage.id,
                rect,
                header,
                steps,
            }
        })
        .collect()
}

fn lane_rows(
    map: &JourneyMap,
    stages: &[StageColumn],
    cells: &HashMap<CellKey, Vec<crate::model::CardId>>,
) -> Vec<LaneRow> {
    let mut y = header_height(map) + LANE_GAP;
    map.lanes
        .iter()
        .filter(|lane| !lane.hidden)
        .map(|lane| {
            let content = if lane.kind == LaneKind::Emotion {
                EMOTION_LANE_HEIGHT
            } else {
                let rows = stages
                    .iter()
                    .flat_map(|column| {
                        let sub_width = column.rect.width() / column.steps.len().max(1) as f32;
                        let keys: Vec<Option<StepId>> = if column.steps.is_empty() {
                            vec![None]
                        } else {
                            column.steps.iter().map(|(id, _)| Some(*id)).collect()
                        };
                        keys.into_iter().map(move |step| {
                            let count = cells.get(&(lane.id, column.id, step)).map_or(0, Vec::len);
                            rows_for(sub_width, count)
                        })
                    })
                    .max()
                    .unwrap_or(1);
                2.0 * CELL_PADDING + rows as f32 * (CARD_HEIGHT + GAP) - GAP
            };
            let height = lane.height.map_or(content, |h| h.max(content));
            let rect = Rect::from_min_size(pos2(0.0, y), vec2(LANE_HEADER_WIDTH, height));
            y += height + LANE_GAP;
            LaneRow {
                id: lane.id,
                rect,
                header: rect,
            }
        })
        .collect()
}

fn place_curves(map: &JourneyMap, layout: &MapLayout) -> Vec<PlacedCurve> {
    let Some(row) = layout.emotion_row() else {
        return Vec::new();
    };
    map.curves
        .iter()
        .filter(|c| !c.hidden)
        .map(|c| {
            let mut points: Vec<PlacedPoint> = c
                .points
                .iter()
                .filter_map(|point| {
                    let x = anchor_x(map, layout, point.anchor)?;
                    let y = curve::score_to_y(map, row.rect, point.score);
                    Some(PlacedPoint {
                        id: point.id,
                        pos: pos2(x, y),
                        score: point.score,
                    })
                })
                .collect();
            points.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
            PlacedCurve { id: c.id, points }
        })
        .collect()
}

/// Where along the journey an anchor sits.
pub fn anchor_x(map: &JourneyMap, layout: &MapLayout, anchor: Anchor) -> Option<f32> {
    match anchor {
        Anchor::Stage(id) => layout.stage(id).map(|s| s.rect.center().x),
        Anchor::Step(id) => layout
            .stages
            .iter()
            .flat_map(|s| &s.steps)
            .find(|(step, _)| *step == id)
            .map(|(_, rect)| rect.center().x),
        Anchor::Card(id) => card_x(map, layout, id).or_else(|| {
            let stage = map.card(id)?.stage;
            layout.stage(stage).map(|s| s.rect.center().x)
        }),
    }
}

/// Where along the journey a card sits: its centre, or, in a cell whose cards
/// wrap onto more than one row, its place in the cell's order spread evenly
/// across the cell, so that a curve through the cell's cards runs left to right
/// instead of up and down the rows.
fn card_x(map: &JourneyMap, layout: &MapLayout, id: CardId) -> Option<f32> {
    let rect = layout.cards.get(&id)?;
    let card = map.card(id)?;
    let in_cell = layout.cells.get(&(card.lane, card.stage, card.step))?;
    let rects: Vec<&Rect> = in_cell.iter().filter_map(|c| layout.cards.get(c)).collect();
    let wraps = rects.iter().any(|r| r.top() != rect.top());
    let index = in_cell.iter().position(|c| *c == id)?;
    if !wraps {
        return Some(rect.center().x);
    }
    let left = rects.iter().map(|r| r.left()).fold(f32::INFINITY, f32::min);
    let right = rects
        .iter()
        .map(|r| r.right())
        .fold(f32::NEG_INFINITY, f32::max);
    let share = (right - left) / in_cell.len() as f32;
    Some(left + share * (index as f32 + 0.5))
}
