//! Dashed lines made only where they cross the screen. A stage separator as tall as
//! a large map is hundreds of dashes; dashing it whole every frame, most of them
//! off screen, cost a zoomed-in frame several milliseconds.

use egui::{Pos2, Rect, Stroke};

/// The dashes of the polyline `points` that cross `visible`, as line segments on
/// screen. Dashes sit where dashing the whole line from its first point puts them,
/// so they do not move as the view pans.
pub fn visible_dashes(
    points: &[Pos2],
    stroke: Stroke,
    dash: f32,
    gap: f32,
    visible: Rect,
) -> Vec<egui::Shape> {
    let period = dash + gap;
    let mut dashes = Vec::new();
    if dash <= 0.0 || period <= 0.0 {
        return dashes;
    }
    let mut walked = 0.0;
    for pair in points.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let length = start.distance(end);
        if let Some((enters, leaves)) = clip(start, end, visible) {
            let point_at = |distance: f32| start.lerp(end, (distance - walked) / length);
            let (from, to) = (walked + enters * length, walked + leaves * length);
            let mut dash_start = (from / period).floor() * period;
            while dash_start < to {
                let dash_from = dash_start.max(from);
                let dash_to = (dash_start + dash).min(to);
                if dash_from < dash_to {
                    let segment = [point_at(dash_from), point_at(dash_to)];
                    dashes.push(egui::Shape::line_segment(segment, stroke));
                }
                dash_start += period;
            }
        }
        walked += length;
    }
    dashes
}

/// The part of the segment from `start` to `end` inside `rect`, as fractions of
/// its length (Liang–Barsky); `None` when it misses the rectangle or has no length.
fn clip(start: Pos2, end: Pos2, rect: Rect) -> Option<(f32, f32)> {
    let delta = end - start;
    if delta.length_sq() == 0.0 {
        return None;
    }
    let mut enters = 0.0_f32;
    let mut leaves = 1.0_f32;
    let edges = [
        (-delta.x, start.x - rect.min.x),
        (delta.x, rect.max.x - start.x),
        (-delta.y, start.y - rect.min.y),
        (delta.y, rect.max.y - start.y),
    ];
    for (towards_outside, room) in edges {
        if towards_outside == 0.0 {
            if room < 0.0 {
                return None;
            }
        } else {
            let t = room / towards_outside;
            if towards_outside < 0.0 {
                enters = enters.max(t);
            } else {
                leaves = leaves.min(t);
            }
        }
    }
    (enters < leaves).then_some((enters, leaves))
}

#[cfg(test)]
mod tests {
    use egui::{Color32, pos2, vec2};

    use super::*;

    fn segments(shapes: &[egui::Shape]) -> Vec<[Pos2; 2]> {
        shapes
            .iter()
            .map(|shape| match shape {
                egui::Shape::LineSegment { points, .. } => *points,
                other => panic!("a dash should be a line segment, not {other:?}"),
            })
            .collect()
    }

    fn close(a: Pos2, b: Pos2) -> bool {
        a.distance(b) < 1e-3
    }

    const STROKE: Stroke = Stroke {
        width: 1.0,
        color: Color32::BLACK,
    };

    #[test]
    fn a_line_in_view_has_the_dashes_egui_would_draw() {
        let line = [pos2(10.0, 10.0), pos2(200.0, 10.0), pos2(200.0, 123.0)];
        let view = Rect::from_min_size(Pos2::ZERO, vec2(500.0, 500.0));
        let ours = segments(&visible_dashes(&line, STROKE, 6.0, 4.0, view));
        let eguis = segments(&egui::Shape::dashed_line(&line, STROKE, 6.0, 4.0));
        assert_eq!(ours.len(), eguis.len());
        for (a, b) in ours.iter().zip(&eguis) {
            assert!(close(a[0], b[0]) && close(a[1], b[1]), "{a:?} != {b:?}");
        }
    }

    #[test]
    fn a_long_line_is_dashed_only_in_view_and_dashes_stay_put() {
        let line = [pos2(50.0, -10_000.0), pos2(50.0, 10_000.0)];
        let view = Rect::from_min_max(pos2(0.0, 0.0), pos2(100.0, 100.0));
        let visible = segments(&visible_dashes(&line, STROKE, 6.0, 4.0, view));
        assert_eq!(visible.len(), 10, "one dash every 10 points over 100");
        let everywhere = segments(&egui::Shape::dashed_line(&line, STROKE, 6.0, 4.0));
        for dash in &visible {
            assert!(
                everywhere
                    .iter()
                    .any(|whole| close(whole[0], dash[0]) && close(whole[1], dash[1])),
                "{dash:?} is not a dash of the whole line"
            );
        }
    }

    #[test]
    fn a_dash_cut_by_the_view_keeps_only_its_visible_part() {
        let line = [pos2(0.0, 0.0), pos2(100.0, 0.0)];
        let view = Rect::from_min_max(pos2(3.0, -1.0), pos2(14.0, 1.0));
        let visible = segments(&visible_dashes(&line, STROKE, 6.0, 4.0, view));
        assert_eq!(visible.len(), 2);
        assert!(close(visible[0][0], pos2(3.0, 0.0)) && close(visible[0][1], pos2(6.0, 0.0)));
        assert!(close(visible[1][0], pos2(10.0, 0.0)) && close(visible[1][1], pos2(14.0, 0.0)));
    }

    #[test]
    fn a_line_outside_the_view_has_no_dashes() {
        let line = [pos2(0.0, 200.0), pos2(100.0, 300.0)];
        let view = Rect::from_min_max(pos2(0.0, 0.0), pos2(100.0, 100.0));
        assert!(visible_dashes(&line, STROKE, 6.0, 4.0, view).is_empty());
    }
}
