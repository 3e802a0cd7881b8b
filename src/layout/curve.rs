//! The emotion lane's vertical scale and the smooth line through a curve's points.

use egui::{Pos2, Rect};

use crate::model::JourneyMap;

/// Room kept above the top score and below the bottom one, for the point markers.
const MARGIN: f32 = 22.0;

/// The heights of the top and the bottom of the scale in an emotion lane.
pub fn score_span(row: Rect) -> (f32, f32) {
    (row.top() + MARGIN, row.bottom() - MARGIN)
}

/// The height of `score` in an emotion lane's `row`: the map's top score at the
/// top of the scale, its bottom score at the bottom.
pub fn score_to_y(map: &JourneyMap, row: Rect, score: i32) -> f32 {
    let (top, bottom) = score_span(row);
    let range = (map.scale.max - map.scale.min).max(1) as f32;
    let t = (map.scale.max - score) as f32 / range;
    top + t * (bottom - top)
}

/// A smooth line through `points` (a Catmull-Rom spline, sampled), which passes
/// through every point and never overshoots far between close ones.
pub fn smooth_curve(points: &[Pos2]) -> Vec<Pos2> {
    const SAMPLES: usize = 12;
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut line = Vec::with_capacity((points.len() - 1) * SAMPLES + 1);
    for i in 0..points.len() - 1 {
        let p0 = points[i.saturating_sub(1)];
        let p1 = points[i];
        let p2 = points[i + 1];
        let p3 = points[(i + 2).min(points.len() - 1)];
        for s in 0..SAMPLES {
            let t = s as f32 / SAMPLES as f32;
            let (t2, t3) = (t * t, t * t * t);
            let blend = |a: f32, b: f32, c: f32, d: f32| {
                0.5 * (2.0 * b
                    + (-a + c) * t
                    + (2.0 * a - 5.0 * b + 4.0 * c - d) * t2
                    + (-a + 3.0 * b - 3.0 * c + d) * t3)
            };
            let y = blend(p0.y, p1.y, p2.y, p3.y);
            let x = blend(p0.x, p1.x, p2.x, p3.x);
            line.push(Pos2::new(
                x,
                y.clamp(p1.y.min(p2.y) - 12.0, p1.y.max(p2.y) + 12.0),
            ));
        }
    }
    line.extend(points.last());
    line
}
