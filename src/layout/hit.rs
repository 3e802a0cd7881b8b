//! What is under a point of the map: one answer, in one order of priority, for
//! clicks, drags, double-clicks and the pointer's shape alike.

use egui::{Pos2, Rect, vec2};

use super::MapLayout;
use crate::model::{CardId, CurveId, LaneId, LinkId, PersonaId, PointId, StageId};

/// How close, in map units, the pointer must be to an emotion point to grab it.
pub const POINT_GRAB_RADIUS: f32 = 14.0;
/// How near a link's line a click selects it, in map units.
pub const LINK_GRAB_DISTANCE: f32 = 6.0;
/// How close to a stage header's right edge, or a lane's bottom edge, a drag
/// resizes the stage or the lane.
pub const EDGE_GRAB: f32 = 6.0;
/// How close to a selected card's link handle a press starts a link.
pub const HANDLE_GRAB_RADIUS: f32 = 9.0;

/// What a point of the map falls on, the first of these that applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// The link handle of the one selected card.
    LinkHandle(CardId),
    /// An emotion point.
    Point {
        /// The curve the point is on.
        curve: CurveId,
        /// The point.
        point: PointId,
    },
    /// A card, anywhere on it.
    Card(CardId),
    /// A link's line.
    Link(LinkId),
    /// A persona's chip above the lane titles.
    Persona(PersonaId),
    /// The right edge of a stage's header: dragging it sets the stage's width.
    StageEdge(StageId),
    /// A stage's header or its steps' headers.
    Stage(StageId),
    /// The bottom edge of a lane's title: dragging it sets the lane's height.
    LaneEdge(LaneId),
    /// A lane's title.
    Lane(LaneId),
    /// Empty space in the emotion lane, right of its title: a click adds a point.
    EmotionLane,
    /// Nothing of the map.
    Nothing,
}

/// Where a card's link handle sits: a dot just right of its right edge.
pub fn link_handle(card: Rect) -> Pos2 {
    card.right_center() + vec2(7.0, 0.0)
}

impl MapLayout {
    /// What lies at `pos_in_map`. `handle_of` is the card whose link handle is
    /// showing (the one selected card), if any.
    pub fn hit_at(&self, pos_in_map: Pos2, handle_of: Option<CardId>) -> Hit {
        if let Some(card) = handle_of
            && let Some(rect) = self.cards.get(&card)
            && link_handle(*rect).distance(pos_in_map) <= HANDLE_GRAB_RADIUS
        {
            return Hit::LinkHandle(card);
        }
        if let Some((curve, point)) = self.point_at(pos_in_map, POINT_GRAB_RADIUS) {
            return Hit::Point { curve, point };
        }
        if let Some(card) = self.card_at(pos_in_map) {
            return Hit::Card(card);
        }
        if let Some(link) = self.link_at(pos_in_map, LINK_GRAB_DISTANCE) {
            return Hit::Link(link);
        }
        if let Some(persona) = self.persona_at(pos_in_map) {
            return Hit::Persona(persona);
        }
        self.header_hit(pos_in_map)
            .unwrap_or_else(|| self.emotion_lane_hit(pos_in_map))
    }

    /// A stage's or a lane's header, or one of their resizing edges.
    fn header_hit(&self, pos_in_map: Pos2) -> Option<Hit> {
        let below_headers = self.lanes.first().map_or(f32::MAX, |l| l.rect.top());
        if let Some(column) = self
            .stages
            .iter()
            .find(|s| s.rect.contains(pos_in_map) && pos_in_map.y < below_headers)
        {
            let on_edge = column.header.contains(pos_in_map)
                && column.header.right() - pos_in_map.x <= EDGE_GRAB;
            return Some(if on_edge {
                Hit::StageEdge(column.id)
            } else {
                Hit::Stage(column.id)
            });
        }
        let row = self.lanes.iter().find(|l| l.header.contains(pos_in_map))?;
        Some(if row.rect.bottom() - pos_in_map.y <= EDGE_GRAB {
            Hit::LaneEdge(row.id)
        } else {
            Hit::Lane(row.id)
        })
    }

    fn emotion_lane_hit(&self, pos_in_map: Pos2) -> Hit {
        match self.emotion_row() {
            Some(row) if row.rect.contains(pos_in_map) && pos_in_map.x >= row.header.right() => {
                Hit::EmotionLane
            }
            _ => Hit::Nothing,
        }
    }
}
