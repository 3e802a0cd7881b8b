//! Where a link's label goes: beside or on one of its route's segments, in the
//! first place that covers no card, or else where it covers the least of them.

use std::collections::HashMap;

use egui::{Align2, Pos2, Rect, vec2};

use super::{Label, Text};

/// Cards (or anything a label should not cover), found by grid cell, and the
/// edges of the map, which a label should not cross.
pub struct Obstacles {
    cells: HashMap<(i32, i32), Vec<Rect>>,
    bounds: Rect,
}

/// Side of a grid cell, in map units: a few cards wide.
const CELL: f32 = 256.0;
/// Room between a label and the line it names.
const SPACE: f32 = 4.0;

impl Obstacles {
    /// Obstacles from `rects`, inside a map whose edges are `bounds`.
    pub fn new(bounds: Rect, rects: impl IntoIterator<Item = Rect>) -> Self {
        let mut cells: HashMap<(i32, i32), Vec<Rect>> = HashMap::new();
        for rect in rects {
            for cell in cells_of(rect) {
                cells.entry(cell).or_default().push(rect);
            }
        }
        Self { cells, bounds }
    }

    /// How much of `area` the obstacles cover or the map's edges leave out (an
    /// obstacle in two cells counts twice, which only makes a crowded place look
    /// more crowded).
    fn covered(&self, area: Rect) -> f32 {
        let outside = area.area() - overlap(area, self.bounds);
        let covered: f32 = cells_of(area)
            .filter_map(|cell| self.cells.get(&cell))
            .flatten()
            .map(|rect| overlap(area, *rect))
            .sum();
        outside + covered
    }
}

fn overlap(a: Rect, b: Rect) -> f32 {
    let both = a.intersect(b);
    if both.is_positive() { both.area() } else { 0.0 }
}

fn cells_of(rect: Rect) -> impl Iterator<Item = (i32, i32)> {
    let cell = |v: f32| (v / CELL).floor() as i32;
    let (x0, x1) = (cell(rect.min.x), cell(rect.max.x));
    let (y0, y1) = (cell(rect.min.y), cell(rect.max.y));
    (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
}

/// The label's text beside the route where it covers the fewest obstacles; places
/// are tried from the route's middle outwards, so a free middle wins. `None`
/// when the label has no text.
pub fn place(label: &Label, route: &[Pos2], obstacles: &Obstacles) -> Option<Text> {
    let text = label.layout()?;
    let size = text.rect.size();
    let mut best: Option<(f32, Rect, Align2)> = None;
    for (pos, anchor) in places_beside(route) {
        let rect = anchor.anchor_size(pos, size);
        let covered = obstacles.covered(rect);
        // By a clear margin: float noise must not move a label off the middle.
        if best.is_none_or(|(least, ..)| covered + 0.5 < least) {
            best = Some((covered, rect, anchor));
        }
        if covered == 0.0 {
            break;
        }
    }
    Some(match best {
        Some((_, rect, anchor)) => Text {
            rect,
            align: anchor.x(),
            ..text
        },
        None => text,
    })
}

/// Along each segment, middle segments first and each segment's middle before
/// its quarters: under and over a horizontal segment, left and right of a
/// vertical one, then on the line itself (its pill hides that bit of line), which
/// fits a gutter between rows of cards too narrow for a label beside the line.
fn places_beside(route: &[Pos2]) -> Vec<(Pos2, Align2)> {
    let segments = route.len().saturating_sub(1);
    let mut order: Vec<usize> = (0..segments).collect();
    let centre = segments as f32 / 2.0 - 0.5;
    order.sort_by(|a, b| {
        (*a as f32 - centre)
            .abs()
            .total_cmp(&(*b as f32 - centre).abs())
    });
    let mut places = Vec::new();
    for i in order {
        let (a, b) = (route[i], route[i + 1]);
        for along in [0.5, 0.25, 0.75] {
            let point = a.lerp(b, along);
            if (b.x - a.x).abs() >= (b.y - a.y).abs() {
                places.push((point + vec2(0.0, SPACE), Align2::CENTER_TOP));
                places.push((point - vec2(0.0, SPACE), Align2::CENTER_BOTTOM));
            } else {
                places.push((point + vec2(SPACE, 0.0), Align2::LEFT_CENTER));
                places.push((point - vec2(SPACE, 0.0), Align2::RIGHT_CENTER));
            }
            places.push((point, Align2::CENTER_CENTER));
        }
    }
    places
}

#[cfg(test)]
mod tests {
    use egui::{Color32, pos2};

    use super::*;

    fn label() -> Label {
        Label {
            text: "Calls the studio (12%)".into(),
            pos: Pos2::ZERO,
            anchor: Align2::CENTER_TOP,
            size: 10.0,
            color: Color32::BLACK,
            strong: false,
            wrap_width: None,
            max_lines: None,
        }
    }

    const MAP: Rect = Rect {
        min: pos2(-1000.0, -1000.0),
        max: pos2(1000.0, 1000.0),
    };

    fn placed(route: &[Pos2], obstacles: &Obstacles) -> Text {
        place(&label(), route, obstacles).expect("the label has text")
    }

    #[test]
    fn a_label_in_free_space_stays_at_the_middle_of_the_route() {
        let route = [pos2(0.0, 0.0), pos2(400.0, 0.0)];
        let text = placed(&route, &Obstacles::new(MAP, []));
        assert_eq!(text.rect.center_top(), pos2(200.0, SPACE));
    }

    #[test]
    fn a_label_moves_off_the_card_under_the_middle_of_its_route() {
        // A link down a gutter between two columns of cards, then right.
        let route = [
            pos2(100.0, 50.0),
            pos2(150.0, 50.0),
            pos2(150.0, 200.0),
            pos2(400.0, 200.0),
        ];
        let cards = [
            Rect::from_min_max(pos2(0.0, 150.0), pos2(140.0, 260.0)),
            Rect::from_min_max(pos2(160.0, 150.0), pos2(300.0, 260.0)),
        ];
        let area = placed(&route, &Obstacles::new(MAP, cards)).rect;
        for card in cards {
            assert!(!card.intersects(area), "{area:?} covers {card:?}");
        }
    }

    #[test]
    fn a_label_stays_inside_the_map() {
        // A drop-out stub at the right edge of the map, going down.
        let route = [pos2(900.0, 0.0), pos2(990.0, 0.0), pos2(990.0, 40.0)];
        let area = placed(&route, &Obstacles::new(MAP, [])).rect;
        assert!(MAP.contains_rect(area), "{area:?} leaves the map");
    }

    #[test]
    fn with_no_free_place_the_label_covers_the_least() {
        let route = [pos2(0.0, 100.0), pos2(300.0, 100.0)];
        let above = Rect::from_min_max(pos2(-500.0, -500.0), pos2(1000.0, 100.0));
        let low_cards_below = Rect::from_min_max(pos2(-500.0, 104.0), pos2(1000.0, 110.0));
        let area = placed(&route, &Obstacles::new(MAP, [above, low_cards_below])).rect;
        assert_eq!(
            area.center_top(),
            pos2(150.0, 100.0 + SPACE),
            "under the line"
        );
        assert!(area.intersects(low_cards_below));
    }

    #[test]
    fn a_label_sits_on_a_line_that_runs_in_a_narrow_gutter_between_cards() {
        let route = [pos2(0.0, 100.0), pos2(300.0, 100.0)];
        let row_above = Rect::from_min_max(pos2(-500.0, 0.0), pos2(1000.0, 92.0));
        let row_below = Rect::from_min_max(pos2(-500.0, 108.0), pos2(1000.0, 200.0));
        let area = placed(&route, &Obstacles::new(MAP, [row_above, row_below])).rect;
        assert!(
            !area.intersects(row_above) && !area.intersects(row_below),
            "{area:?}"
        );
        assert_eq!(
            area.center(),
            pos2(150.0, 100.0),
            "on the middle of the line"
        );
    }

    #[test]
    fn a_label_slides_along_its_segment_to_a_free_place() {
        let route = [pos2(0.0, 100.0), pos2(400.0, 100.0)];
        let card_at_the_middle = Rect::from_min_max(pos2(160.0, 60.0), pos2(240.0, 140.0));
        let area = placed(&route, &Obstacles::new(MAP, [card_at_the_middle])).rect;
        assert!(!area.intersects(card_at_the_middle), "{area:?}");
    }
}
