//! A page's shapes filled and stroked straight onto pixels with tiny-skia, as
//! resvg draws the page's SVG: the same paths, strokes and anti-aliasing.

use egui::{Align, Color32, Pos2, Rect, Stroke, pos2, vec2};
use resvg::tiny_skia::{
    self, FillRule, LineCap, LineJoin, Paint, Path, PixmapMut, StrokeDash, Transform,
};

use crate::export::geometry::{circle, polyline, rounded_rect};
use crate::export::glyphs::{self, Anchor};
use crate::export::page::Page;
use crate::export::{ExportError, fonts_db, svg};
use crate::model::JourneyMap;
use crate::scene::{Dash, Scene, Shape, Text};

/// Where shapes are drawn, and how page units become pixels.
pub struct Canvas<'a> {
    /// The pixels drawn on.
    pub pixmap: PixmapMut<'a>,
    /// From page units to pixels.
    pub transform: Transform,
    /// Text smaller than legible at this many pixels per page unit is left out.
    pub pixels_per_unit: f32,
}

impl Canvas<'_> {
    /// Draws `shape`; an image the map holds goes through resvg, whose decoding
    /// and checks it keeps.
    pub fn draw(
        &mut self,
        map: &JourneyMap,
        page: &Page,
        shape: &Shape,
    ) -> Result<(), ExportError> {
        match shape {
            Shape::Rect {
                rect,
                corner_radius,
                fill,
                stroke,
            } => {
                // egui strokes a rectangle inside its edge; tiny-skia on the edge.
                let inset = rect.shrink(stroke.width / 2.0);
                let written = Rect::from_min_size(
                    pos2(hundredths(inset.min.x), hundredths(inset.min.y)),
                    vec2(hundredths(inset.width()), hundredths(inset.height())),
                );
                if let Some(path) = rounded_rect(written, hundredths(*corner_radius)) {
                    self.fill(&path, *fill);
                    self.stroke(&path, *stroke, LineCap::Butt, LineJoin::Miter, None);
                }
            }
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                if let Some(path) = circle(written(*center), hundredths(*radius)) {
                    self.fill(&path, *fill);
                    self.stroke(&path, *stroke, LineCap::Butt, LineJoin::Miter, None);
                }
            }
            Shape::Line {
                points,
                stroke,
                dash,
            } => {
                if let Some(path) = polyline(&all_written(points), false) {
                    self.stroke(&path, *stroke, LineCap::Round, LineJoin::Round, *dash);
                }
            }
            Shape::Polygon { points, fill } => {
                if let Some(path) = polyline(&all_written(points), true) {
                    self.fill(&path, *fill);
                }
            }
            Shape::Text(text) if text.is_legible_at(self.pixels_per_unit) => self.text(text),
            Shape::Text(_) => {}
            Shape::Image { .. } => self.image(map, page, shape)?,
        }
        Ok(())
    }

    fn fill(&mut self, path: &Path, color: Color32) {
        let bounds = path.bounds();
        if color.a() == 0 || bounds.width() == 0.0 || bounds.height() == 0.0 {
            return;
        }
        let paint = paint(color);
        self.pixmap
            .fill_path(path, &paint, FillRule::Winding, self.transform, None);
    }

    fn stroke(
        &mut self,
        path: &Path,
        stroke: Stroke,
        line_cap: LineCap,
        line_join: LineJoin,
        dash: Option<Dash>,
    ) {
        if stroke.width <= 0.0 || stroke.color.a() == 0 {
            return;
        }
        let stroke_style = tiny_skia::Stroke {
            width: hundredths(stroke.width),
            line_cap,
            line_join,
            dash: dash
                .and_then(|d| StrokeDash::new(vec![hundredths(d.on), hundredths(d.off)], 0.0)),
            ..tiny_skia::Stroke::default()
        };
        let paint = paint(stroke.color);
        self.pixmap
            .stroke_path(path, &paint, &stroke_style, self.transform, None);
    }

    fn text(&mut self, text: &Text) {
        let anchor = match text.align {
            Align::Min => Anchor::Start,
            Align::Center => Anchor::Middle,
            Align::Max => Anchor::End,
        };
        let ascent = text.ascent();
        let paint = paint(text.color);
        let size = hundredths(text.size);
        for (line, top) in text.placed_lines() {
            let origin = (hundredths(top.x), hundredths(top.y + ascent));
            let path = glyphs::line_path(line, text.strong, size, origin, anchor, self.transform);
            if let Some(path) = path {
                self.pixmap.fill_path(
                    &path,
                    &paint,
                    FillRule::Winding,
                    Transform::identity(),
                    None,
                );
            }
        }
    }

    /// An embedded image, drawn by resvg from a page holding only it.
    fn image(&mut self, map: &JourneyMap, page: &Page, shape: &Shape) -> Result<(), ExportError> {
        let alone = Page {
            size: page.size,
            scene: Scene {
                shapes: vec![shape.clone()],
                bounds: page.scene.bounds,
                background: Color32::TRANSPARENT,
            },
            title: String::new(),
            notes: String::new(),
        };
        let options = svg::Options {
            pixels_per_unit: self.pixels_per_unit,
            transparent: true,
        };
        let tree = fonts_db::parse(&svg::document(map, &alone, &options))?;
        resvg::render(&tree, self.transform, &mut self.pixmap);
        Ok(())
    }
}

/// A number as the SVG writes it: to two decimals. Drawing the numbers the SVG
/// carries keeps these pictures the same as those drawn from the SVG (a dash
/// pattern a hundredth longer drifts visibly along a long line).
fn hundredths(value: f32) -> f32 {
    (value * 100.0).round() / 100.0
}

fn written(point: Pos2) -> Pos2 {
    pos2(hundredths(point.x), hundredths(point.y))
}

fn all_written(points: &[Pos2]) -> Vec<Pos2> {
    points.iter().copied().map(written).collect()
}

fn paint(color: Color32) -> Paint<'static> {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let mut paint = Paint::default();
    paint.set_color_rgba8(r, g, b, a);
    paint.anti_alias = true;
    paint
}
