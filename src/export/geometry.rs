//! The outlines of the scene's rectangles, circles and lines, shared by the
//! backends that draw without SVG: the same curves SVG's `<rect rx>`, `<circle>`
//! and `<polyline>` make.

use egui::{Pos2, Rect};
use resvg::tiny_skia::{self, Path, PathBuilder};

/// The length of a cubic curve's arms that draws a quarter circle: 4/3·tan(π/8).
const QUARTER_ARM: f32 = 0.552_284_8;

/// A quarter of an ellipse from the current point to `to`, whose tangents meet at
/// `corner`.
fn quarter(builder: &mut PathBuilder, from: Pos2, corner: Pos2, to: Pos2) {
    let first = from + (corner - from) * QUARTER_ARM;
    let second = to + (corner - to) * QUARTER_ARM;
    builder.cubic_to(first.x, first.y, second.x, second.y, to.x, to.y);
}

/// A rectangle with round corners, as SVG's `<rect rx>` draws it; `None` when it
/// has no area.
pub fn rounded_rect(rect: Rect, radius: f32) -> Option<Path> {
    let (width, height) = (rect.width(), rect.height());
    if !(width > 0.0 && height > 0.0) {
        return None;
    }
    let r = radius.max(0.0).min(width / 2.0).min(height / 2.0);
    if r == 0.0 {
        return tiny_skia::Rect::from_xywh(rect.min.x, rect.min.y, width, height)
            .map(PathBuilder::from_rect);
    }
    let (left, top, right, bottom) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
    let p = Pos2::new;
    let mut builder = PathBuilder::new();
    builder.move_to(left + r, top);
    builder.line_to(right - r, top);
    quarter(
        &mut builder,
        p(right - r, top),
        p(right, top),
        p(right, top + r),
    );
    builder.line_to(right, bottom - r);
    quarter(
        &mut builder,
        p(right, bottom - r),
        p(right, bottom),
        p(right - r, bottom),
    );
    builder.line_to(left + r, bottom);
    quarter(
        &mut builder,
        p(left + r, bottom),
        p(left, bottom),
        p(left, bottom - r),
    );
    builder.line_to(left, top + r);
    quarter(
        &mut builder,
        p(left, top + r),
        p(left, top),
        p(left + r, top),
    );
    builder.close();
    builder.finish()
}

/// A circle as four quarters, starting on the right as SVG's `<circle>` does.
pub fn circle(center: Pos2, radius: f32) -> Option<Path> {
    if radius.is_nan() || radius <= 0.0 {
        return None;
    }
    let (x, y, r) = (center.x, center.y, radius);
    let p = Pos2::new;
    let mut builder = PathBuilder::new();
    builder.move_to(x + r, y);
    quarter(&mut builder, p(x + r, y), p(x + r, y + r), p(x, y + r));
    quarter(&mut builder, p(x, y + r), p(x - r, y + r), p(x - r, y));
    quarter(&mut builder, p(x - r, y), p(x - r, y - r), p(x, y - r));
    quarter(&mut builder, p(x, y - r), p(x + r, y - r), p(x + r, y));
    builder.close();
    builder.finish()
}

/// The points joined by straight lines, closed back to the first when asked;
/// `None` for fewer than two points.
pub fn polyline(points: &[Pos2], closed: bool) -> Option<Path> {
    let (first, rest) = points.split_first()?;
    if rest.is_empty() {
        return None;
    }
    let mut builder = PathBuilder::new();
    builder.move_to(first.x, first.y);
    for point in rest {
        builder.line_to(point.x, point.y);
    }
    if closed {
        builder.close();
    }
    builder.finish()
}
