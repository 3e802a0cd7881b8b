//! The routes of links between cards: drawn by the scene, hit by the canvas.

use std::collections::HashMap;

use egui::{Pos2, Rect, pos2, vec2};

use super::MapLayout;
use super::metrics::{CELL_PADDING, GAP};
use crate::model::{JourneyMap, LinkId};

/// Each link whose source card is laid out, with the points its line runs through.
pub fn routes(map: &JourneyMap, layout: &MapLayout) -> HashMap<LinkId, Vec<Pos2>> {
    map.links
        .iter()
        .filter_map(|link| {
            let from = layout.cards.get(&link.from)?;
            // Links back run along the bottom of the source's lane, under every card.
            let lane_bottom = map
                .card(link.from)
                .and_then(|card| layout.lane(card.lane))
                .map_or(from.bottom() + GAP, |row| {
                    row.rect.bottom() - CELL_PADDING * 0.5
                });
            let route = match link.to.and_then(|to| layout.cards.get(&to)) {
                Some(to) => route(*from, *to, lane_bottom),
                None => out_of_the_journey(*from),
            };
            Some((link.id, route))
        })
        .collect()
}

/// A path from one card to another that stays in the gutters between cards:
/// forward links leave by the right side, links back to an earlier place run
/// at `below`, under the cards.
fn route(from: Rect, to: Rect, below: f32) -> Vec<Pos2> {
    if to.left() > from.right() {
        let start = from.right_center();
        let end = to.left_center();
        let mid_x = (start.x + end.x) / 2.0;
        vec![start, pos2(mid_x, start.y), pos2(mid_x, end.y), end]
    } else {
        let below = below.max(from.bottom().max(to.bottom()) + GAP * 0.5);
        let start = from.center_bottom();
        let end = to.center_bottom();
        vec![start, pos2(start.x, below), pos2(end.x, below), end]
    }
}

/// A short hook out of the card's right side: the customers who leave here.
fn out_of_the_journey(from: Rect) -> Vec<Pos2> {
    let start = from.right_center();
    vec![
        start,
        start + vec2(18.0, 0.0),
        start + vec2(18.0, 34.0),
        start + vec2(40.0, 34.0),
    ]
}

/// How far `pos` is from the polyline through `points`.
pub fn distance_to_route(points: &[Pos2], pos: Pos2) -> f32 {
    points
        .windows(2)
        .map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            let along = b - a;
            let t = ((pos - a).dot(along) / along.length_sq().max(f32::EPSILON)).clamp(0.0, 1.0);
            pos.distance(a + along * t)
        })
        .fold(f32::INFINITY, f32::min)
}
