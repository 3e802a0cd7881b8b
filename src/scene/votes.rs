//! A card's dot votes, as the room placed them: up to five dots along the
//! card's bottom edge, or the count in a pill when there are more.

use egui::{Align2, Color32, Pos2, Rect, Stroke, vec2};

use super::{Label, Scene, Shape};
use crate::layout::MapLayout;
use crate::model::JourneyMap;

/// The colour of a vote's dot: a sticker red that stands out on every lane.
pub const VOTE_DOT: Color32 = Color32::from_rgb(0xD7, 0x26, 0x3D);
/// Up to this many votes show as dots; more show as a number.
pub const MAX_DOTS: u32 = 5;
/// The radius of one dot, in map units.
const DOT_RADIUS: f32 = 5.0;
/// From one dot's centre to the next, in map units.
const DOT_SPACING: f32 = 12.0;
/// The height of the pill that holds a count over five, in map units.
const PILL_HEIGHT: f32 = 16.0;

/// Draws the votes of every card laid out.
pub(super) fn vote_dots(scene: &mut Scene, map: &JourneyMap, layout: &MapLayout) {
    for card in map.cards.iter().filter(|card| card.votes > 0) {
        if let Some(rect) = layout.cards.get(&card.id) {
            card_votes(scene, card.votes, *rect);
        }
    }
}

/// Draws `votes` on the card at `rect`, centred on its bottom edge; nothing for none.
fn card_votes(scene: &mut Scene, votes: u32, rect: Rect) {
    let centre = rect.center_bottom();
    match votes {
        0 => {}
        1..=MAX_DOTS => dots(scene, votes, centre),
        _ => count_pill(scene, votes, centre),
    }
}

/// `votes` dots in a row centred on `centre`.
fn dots(scene: &mut Scene, votes: u32, centre: Pos2) {
    let first = centre.x - DOT_SPACING * (votes - 1) as f32 / 2.0;
    for i in 0..votes {
        scene.shapes.push(Shape::Circle {
            center: Pos2::new(first + DOT_SPACING * i as f32, centre.y),
            radius: DOT_RADIUS,
            fill: VOTE_DOT,
            stroke: Stroke::new(1.2, Color32::WHITE),
        });
    }
}

/// The number of votes, white on a red pill centred on `centre`.
fn count_pill(scene: &mut Scene, votes: u32, centre: Pos2) {
    let count = votes.to_string();
    let width = (PILL_HEIGHT + 7.0 * count.len() as f32).max(2.0 * PILL_HEIGHT);
    scene.shapes.push(Shape::Rect {
        rect: Rect::from_center_size(centre, vec2(width, PILL_HEIGHT)),
        corner_radius: PILL_HEIGHT / 2.0,
        fill: VOTE_DOT,
        stroke: Stroke::new(1.2, Color32::WHITE),
    });
    scene.push_label(Label {
        text: count,
        pos: centre,
        anchor: Align2::CENTER_CENTER,
        size: 11.0,
        color: Color32::WHITE,
        strong: true,
        wrap_width: None,
        max_lines: None,
    });
}
