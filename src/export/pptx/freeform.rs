//! Freeform geometry: polygons, polylines with corners (links), and smooth runs
//! (the emotion curve) as cubic Béziers through their points.

use std::fmt::Write;

use egui::{Pos2, Rect};

use super::xml::Emu;

/// A polyline whose every turn is at most this sharp (in radians) is smooth: the
/// emotion curve's samples; links turn at right angles and keep their corners.
const SMOOTH_TURN: f32 = std::f32::consts::FRAC_PI_6;

/// A path segment of a freeform.
enum Segment {
    Line(Pos2),
    Cubic([Pos2; 3]),
}

/// The box a freeform fills and its `<a:custGeom>`: `points` joined by straight
/// lines (and closed) for polygons; for an open line, cubic Béziers through its
/// points when it turns smoothly.
pub fn geometry(points: &[Pos2], closed: bool, emu: Emu) -> (Rect, String) {
    let segments = if !closed && is_smooth(points) {
        beziers(points)
    } else {
        points[1..].iter().map(|p| Segment::Line(*p)).collect()
    };
    let mut bounds = Rect::from_points(points);
    for segment in &segments {
        if let Segment::Cubic(controls) = segment {
            bounds = bounds.union(Rect::from_points(controls));
        }
    }
    let origin = bounds.min;
    let local = |p: Pos2| {
        let (x, y) = emu.point(p - origin.to_vec2());
        format!(r#"<a:pt x="{x}" y="{y}"/>"#)
    };
    let (width, height) = (
        emu.size(bounds.width()).max(1),
        emu.size(bounds.height()).max(1),
    );
    let mut path = format!(
        r#"<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="{width}" h="{height}"><a:moveTo>{}</a:moveTo>"#,
        local(points[0])
    );
    for segment in segments {
        match segment {
            Segment::Line(p) => {
                let _ = write!(path, "<a:lnTo>{}</a:lnTo>", local(p));
            }
            Segment::Cubic([a, b, c]) => {
                let _ = write!(
                    path,
                    "<a:cubicBezTo>{}{}{}</a:cubicBezTo>",
                    local(a),
                    local(b),
                    local(c)
                );
            }
        }
    }
    if closed {
        path.push_str("<a:close/>");
    }
    path.push_str("</a:path></a:pathLst></a:custGeom>");
    (bounds, path)
}

/// Whether a line of three or more points never turns sharper than [`SMOOTH_TURN`].
fn is_smooth(points: &[Pos2]) -> bool {
    points.len() >= 3
        && points.windows(3).all(|w| {
            let (a, b) = (w[1] - w[0], w[2] - w[1]);
            let turn = (a.x * b.y - a.y * b.x).atan2(a.x * b.x + a.y * b.y).abs();
            a.length() == 0.0 || b.length() == 0.0 || turn <= SMOOTH_TURN
        })
}

/// The Catmull-Rom spline through `points`, as one cubic Bézier per span.
fn beziers(points: &[Pos2]) -> Vec<Segment> {
    let last = points.len() - 1;
    (0..last)
        .map(|i| {
            let before = points[i.saturating_sub(1)];
            let (from, to) = (points[i], points[i + 1]);
            let after = points[(i + 2).min(last)];
            Segment::Cubic([from + (to - before) / 6.0, to - (after - from) / 6.0, to])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn emu() -> Emu {
        Emu::new(egui::vec2(1920.0, 1080.0), egui::vec2(960.0, 540.0))
    }

    #[test]
    fn a_gentle_curve_becomes_beziers_and_a_routed_link_keeps_its_corners() {
        let curve: Vec<Pos2> = (0..20)
            .map(|i| pos2(i as f32 * 10.0, (i as f32 / 3.0).sin() * 20.0))
            .collect();
        let (_, smooth) = geometry(&curve, false, emu());
        assert_eq!(smooth.matches("<a:cubicBezTo>").count(), 19);
        assert!(!smooth.contains("<a:lnTo>"));

        let link = [
            pos2(0.0, 0.0),
            pos2(50.0, 0.0),
            pos2(50.0, 80.0),
            pos2(90.0, 80.0),
        ];
        let (bounds, routed) = geometry(&link, false, emu());
        assert_eq!(routed.matches("<a:lnTo>").count(), 3);
        assert!(!routed.contains("cubicBezTo"));
        assert_eq!(bounds, Rect::from_min_max(pos2(0.0, 0.0), pos2(90.0, 80.0)));
    }

    #[test]
    fn a_polygon_is_closed() {
        let triangle = [pos2(0.0, 0.0), pos2(10.0, 0.0), pos2(5.0, 8.0)];
        let (_, path) = geometry(&triangle, true, emu());
        assert!(path.ends_with("<a:close/></a:path></a:pathLst></a:custGeom>"));
        assert!(path.contains(r#"<a:path w="63500" h="50800">"#));
    }
}
