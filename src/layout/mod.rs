//! Pure geometry from a document: stage columns, lane rows, card rectangles and
//! curve points, in map units (one unit is one point at 100% zoom). Drawing and
//! hit-testing both read it, so what is drawn is what is hit.

mod curve;
mod grid;
mod hit;
mod links;

use std::collections::HashMap;

use egui::{Pos2, Rect};

use crate::model::{CardId, CurveId, JourneyMap, LaneId, LinkId, PointId, StageId, StepId};
pub use curve::{score_to_y, smooth_curve};
pub use hit::{
    EDGE_GRAB, HANDLE_GRAB_RADIUS, Hit, LINK_GRAB_DISTANCE, POINT_GRAB_RADIUS, link_handle,
};

/// Sizes of the grid, in map units.
pub mod metrics {
    /// Width of the lane titles down the left side, where the persona chips sit too.
    pub const LANE_HEADER_WIDTH: f32 = 170.0;
    /// Height of the stage titles along the top.
    pub const STAGE_HEADER_HEIGHT: f32 = 52.0;
    /// Height of the step titles under the stage titles, when any stage has steps.
    pub const STEP_HEADER_HEIGHT: f32 = 26.0;
    /// A cell puts side by side only as many cards as fit at this width.
    pub const CARD_MIN_WIDTH: f32 = 112.0;
    /// Height of every card.
    pub const CARD_HEIGHT: f32 = 76.0;
    /// Space between cards of a cell, across and down.
    pub const GAP: f32 = 8.0;
    /// Space between a cell's edges and its cards.
    pub const CELL_PADDING: f32 = 10.0;
    /// Space above each lane, between it and the lane or headers above.
    pub const LANE_GAP: f32 = 6.0;
    /// The narrowest a stage gets when its width is fitted to its cards.
    pub const MIN_STAGE_WIDTH: f32 = 250.0;
    /// Height of the emotion lane, unless the user made it taller.
    pub const EMOTION_LANE_HEIGHT: f32 = 190.0;
    /// At most this many cards side by side in a cell before they wrap.
    pub const MAX_COLUMNS: usize = 3;
}

/// A stage's column, and its steps' sub-columns.
#[derive(Clone, Debug, PartialEq)]
pub struct StageColumn {
    /// The stage laid out.
    pub id: StageId,
    /// The whole column, from the top of the header to the bottom of the last lane.
    pub rect: Rect,
    /// The stage's title box at the top of the column, above any step headers.
    pub header: Rect,
    /// Each step's header; its column spans the header's width.
    pub steps: Vec<(StepId, Rect)>,
}

/// A lane's row.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneRow {
    /// The lane laid out.
    pub id: LaneId,
    /// The whole row, title included.
    pub rect: Rect,
    /// The lane's title box at the left of the row, as tall as the row.
    pub header: Rect,
}

/// Where a card, or a dragged card, would land.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellPlace {
    /// The row of the cell.
    pub lane: LaneId,
    /// The column of the cell.
    pub stage: StageId,
    /// The step column of the cell; `None` in a stage without steps.
    pub step: Option<StepId>,
    /// The position among the cell's cards (0 is first).
    pub index: usize,
}

/// One point of a curve, where it is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedPoint {
    /// The emotion point laid out.
    pub id: PointId,
    /// The centre of its marker, in map units.
    pub pos: Pos2,
    /// Its score, copied from the point.
    pub score: i32,
}

/// The emotion curve of one persona, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedCurve {
    /// The curve laid out.
    pub id: CurveId,
    /// Ordered along the journey.
    pub points: Vec<PlacedPoint>,
}

/// The geometry of a whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// Every stage's column, left to right.
    pub stages: Vec<StageColumn>,
    /// The visible lanes' rows, top to bottom; hidden lanes have none.
    pub lanes: Vec<LaneRow>,
    /// Each card's rectangle; cards in hidden lanes have none.
    pub cards: HashMap<CardId, Rect>,
    /// The cards of each cell, in order: key is (lane, stage, step).
    pub cells: HashMap<(LaneId, StageId, Option<StepId>), Vec<CardId>>,
    /// The curves that are not hidden; none when no emotion lane is visible.
    pub curves: Vec<PlacedCurve>,
    /// The emotion lane whose row holds the curves: the first visible one.
    pub emotion_lane: Option<LaneId>,
    /// The persona chips in the corner above the lane titles.
    pub persona_chips: Vec<(crate::model::PersonaId, Rect)>,
    /// Each link's route: the points its line runs through.
    pub links: HashMap<LinkId, Vec<Pos2>>,
    /// Everything drawn, headers included.
    pub bounds: Rect,
}

impl MapLayout {
    /// Lays the whole map out.
    pub fn new(map: &JourneyMap) -> Self {
        grid::lay_out(map)
    }

    /// The column of a stage, if the map has that stage.
    pub fn stage(&self, id: StageId) -> Option<&StageColumn> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The row of a lane; `None` for a hidden lane or one the map lacks.
    pub fn lane(&self, id: LaneId) -> Option<&LaneRow> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// The top-most card under a point.
    pub fn card_at(&self, pos_in_map: Pos2) -> Option<CardId> {
        self.cards
            .iter()
            .find(|(_, rect)| rect.contains(pos_in_map))
            .map(|(id, _)| *id)
    }

    /// The link whose line passes within `radius` of a point.
    pub fn link_at(&self, pos_in_map: Pos2, radius: f32) -> Option<LinkId> {
        self.links
            .iter()
            .map(|(id, route)| (*id, links::distance_to_route(route, pos_in_map)))
            .filter(|(_, distance)| *distance <= radius)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(id, _)| id)
    }

    /// The persona whose chip is under a point.
    pub fn persona_at(&self, pos_in_map: Pos2) -> Option<crate::model::PersonaId> {
        self.persona_chips
            .iter()
            .find(|(_, rect)| rect.contains(pos_in_map))
            .map(|(id, _)| *id)
    }

    /// The lane whose title box is under a point.
    pub fn lane_header_at(&self, pos_in_map: Pos2) -> Option<LaneId> {
        self.lanes
            .iter()
            .find(|l| l.header.contains(pos_in_map))
            .map(|l| l.id)
    }

    /// The emotion point under a point, within `radius`.
    pub fn point_at(&self, pos_in_map: Pos2, radius: f32) -> Option<(CurveId, PointId)> {
        self.curves.iter().rev().find_map(|curve| {
            curve
                .points
                .iter()
                .find(|p| p.pos.distance(pos_in_map) <= radius)
                .map(|p| (curve.id, p.id))
        })
    }

    /// The stage whose title box is under a point.
    pub fn stage_header_at(&self, pos_in_map: Pos2) -> Option<StageId> {
        self.stages
            .iter()
            .find(|s| s.header.contains(pos_in_map))
            .map(|s| s.id)
    }

    /// The stage whose column holds `x`, or the nearest one.
    pub fn stage_nearest_x(&self, x: f32) -> Option<StageId> {
        self.stages
            .iter()
            .min_by(|a, b| {
                let da = (a.rect.center().x - x).abs();
                let db = (b.rect.center().x - x).abs();
                da.total_cmp(&db)
            })
            .map(|s| s.id)
    }

    /// The place a stage dragged to `x` would take among the stages.
    pub fn stage_index_at_x(&self, x: f32) -> usize {
        self.stages.iter().filter(|s| s.rect.center().x < x).count()
    }

    /// Where a card dropped at `pos_in_map` would land, if on a lane that holds cards.
    pub fn place_at(&self, map: &JourneyMap, pos_in_map: Pos2) -> Option<CellPlace> {
        let lane = self.lanes.iter().find(|l| {
            l.rect.y_range().contains(pos_in_map.y)
                && map.lane(l.id).is_some_and(|lane| lane.kind.holds_cards())
        })?;
        let column = self
            .stages
            .iter()
            .find(|s| s.rect.x_range().contains(pos_in_map.x))?;
        let step = column
            .steps
            .iter()
            .find(|(_, rect)| rect.x_range().contains(pos_in_map.x))
            .map(|(id, _)| *id);
        let in_cell = self
            .cells
            .get(&(lane.id, column.id, step))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let index = in_cell
            .iter()
            .filter(|card| {
                self.cards.get(card).is_some_and(|rect| {
                    rect.bottom() < pos_in_map.y
                        || (rect.top() <= pos_in_map.y && rect.center().x < pos_in_map.x)
                })
            })
            .count();
        Some(CellPlace {
            lane: lane.id,
            stage: column.id,
            step,
            index,
        })
    }

    /// The rectangle of the cell of a place.
    pub fn cell_rect(&self, place: &CellPlace) -> Option<Rect> {
        let lane = self.lane(place.lane)?;
        let column = self.stage(place.stage)?;
        let x_range = place
            .step
            .and_then(|step| column.steps.iter().find(|(id, _)| *id == step))
            .map_or(column.rect.x_range(), |(_, rect)| rect.x_range());
        Some(Rect::from_x_y_ranges(x_range, lane.rect.y_range()))
    }

    /// The row of the emotion lane the curves are drawn in, if one is visible.
    pub fn emotion_row(&self) -> Option<&LaneRow> {
        self.emotion_lane.and_then(|lane| self.lane(lane))
    }

    /// The score a point dragged to height `y` in the emotion lane takes.
    pub fn score_at(&self, map: &JourneyMap, y: f32) -> Option<i32> {
        let row = self.emotion_row()?;
        let (top, bottom) = curve::score_span(row.rect);
        let t = ((y - top) / (bottom - top)).clamp(0.0, 1.0);
        let range = (map.scale.max - map.scale.min) as f32;
        Some(map.scale.max - (t * range).round() as i32)
    }

    /// Where along the journey `anchor` sits, as the emotion curve places its
    /// points: a card's place in its cell's order, a step's or a stage's centre.
    pub fn anchor_x(&self, map: &JourneyMap, anchor: crate::model::Anchor) -> Option<f32> {
        grid::anchor_x(map, self, anchor)
    }

    /// The height of a score in the emotion lane.
    pub fn score_y(&self, map: &JourneyMap, score: i32) -> Option<f32> {
        self.emotion_row()
            .map(|row| curve::score_to_y(map, row.rect, score))
    }
}
