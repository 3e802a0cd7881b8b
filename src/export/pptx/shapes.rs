//! A slide's shapes: each scene shape as a native PowerPoint shape, in the
//! scene's order, so that later shapes cover earlier ones as on every backend.

use std::fmt::Write;

use egui::{Pos2, Rect, Stroke};

use super::freeform;
use super::text::text_box;
use super::xml::{Emu, solid_fill, transform};
use crate::scene::{Dash, Shape};

/// Writes `<p:sp>`, `<p:cxnSp>` and `<p:pic>` elements of a slide's shapes.
pub struct ShapeWriter<'a> {
    /// The slide's XML so far.
    pub xml: String,
    /// The relationship ids of the images the pictures show, each once.
    pub images: Vec<String>,
    emu: Emu,
    next_id: u32,
    /// An image shape's relationship id and the box its image fills; `None`
    /// where the map has no such image.
    picture: &'a dyn Fn(&Shape) -> Option<(String, Rect)>,
}

impl<'a> ShapeWriter<'a> {
    /// A writer of shapes scaled by `emu`; `picture` gives an image shape's
    /// relationship id and the box its image is fitted into.
    pub fn new(emu: Emu, picture: &'a dyn Fn(&Shape) -> Option<(String, Rect)>) -> Self {
        Self {
            xml: String::new(),
            images: Vec::new(),
            emu,
            next_id: 2,
            picture,
        }
    }

    /// Adds one scene shape.
    pub fn shape(&mut self, shape: &Shape) {
        match shape {
            Shape::Rect {
                rect,
                corner_radius,
                fill,
                stroke,
            } => {
                // egui strokes inside the edge; PowerPoint on it.
                let rect = rect.shrink(stroke.width / 2.0);
                let geometry = rounded_geometry(rect, *corner_radius);
                let look = format!("{}{}", solid_fill(*fill), outline(*stroke, None, self.emu));
                self.auto_shape("Rectangle", rect, &geometry, &look);
            }
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let rect = Rect::from_center_size(*center, egui::Vec2::splat(radius * 2.0));
                let look = format!("{}{}", solid_fill(*fill), outline(*stroke, None, self.emu));
                let geometry = r#"<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>"#;
                self.auto_shape("Oval", rect, geometry, &look);
            }
            Shape::Line {
                points,
                stroke,
                dash,
            } => self.line(points, *stroke, *dash),
            Shape::Polygon { points, fill } if points.len() >= 3 => {
                let (rect, geometry) = freeform::geometry(points, true, self.emu);
                let look = format!("{}<a:ln><a:noFill/></a:ln>", solid_fill(*fill));
                self.auto_shape("Freeform", rect, &geometry, &look);
            }
            Shape::Polygon { .. } => {}
            Shape::Text(text) => {
                let id = self.take_id();
                self.xml.push_str(&text_box(id, text, self.emu));
            }
            Shape::Image { .. } => self.picture_shape(shape),
        }
    }

    fn take_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn auto_shape(&mut self, name: &str, rect: Rect, geometry: &str, look: &str) {
        let id = self.take_id();
        let e = self.emu;
        let _ = write!(
            self.xml,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name} {id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{}{geometry}{look}</p:spPr></p:sp>"#,
            transform(
                e.of(rect.min.x),
                e.of(rect.min.y),
                e.size(rect.width()),
                e.size(rect.height())
            ),
        );
    }

    /// A straight two-point line is a connector; a longer one a freeform, with
    /// the emotion curve's smooth runs as cubic Béziers.
    fn line(&mut self, points: &[Pos2], stroke: Stroke, dash: Option<Dash>) {
        if points.len() < 2 || stroke.width <= 0.0 {
            return;
        }
        let look = format!("<a:noFill/>{}", outline(stroke, dash, self.emu));
        if points.len() > 2 {
            let (rect, geometry) = freeform::geometry(points, false, self.emu);
            self.auto_shape("Freeform", rect, &geometry, &look);
            return;
        }
        let id = self.take_id();
        let (e, a, b) = (self.emu, points[0], points[1]);
        let flips = match (b.x < a.x, b.y < a.y) {
            (true, true) => r#" flipH="1" flipV="1""#,
            (true, false) => r#" flipH="1""#,
            (false, true) => r#" flipV="1""#,
            (false, false) => "",
        };
        let rect = Rect::from_two_pos(a, b);
        let _ = write!(
            self.xml,
            r#"<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{id}" name="Connector {id}"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm{flips}><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>{look}</p:spPr></p:cxnSp>"#,
            e.of(rect.min.x),
            e.of(rect.min.y),
            e.size(rect.width()),
            e.size(rect.height()),
        );
    }

    fn picture_shape(&mut self, shape: &Shape) {
        let Some((relationship, rect)) = (self.picture)(shape) else {
            return;
        };
        let id = self.take_id();
        let e = self.emu;
        if !self.images.contains(&relationship) {
            self.images.push(relationship.clone());
        }
        let _ = write!(
            self.xml,
            r#"<p:pic><p:nvPicPr><p:cNvPr id="{id}" name="Picture {id}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="{relationship}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#,
            transform(
                e.of(rect.min.x),
                e.of(rect.min.y),
                e.size(rect.width()),
                e.size(rect.height())
            ),
        );
    }
}

/// A rectangle, or a rounded one whose corners have `radius`.
fn rounded_geometry(rect: Rect, radius: f32) -> String {
    let shorter = rect.width().min(rect.height());
    if radius <= 0.0 || shorter <= 0.0 {
        return r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>"#.to_owned();
    }
    // The corner's radius as a share of the shorter side, at most half of it.
    let adjust = ((radius / shorter).min(0.5) * 100_000.0).round() as u32;
    format!(
        r#"<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {adjust}"/></a:avLst></a:prstGeom>"#
    )
}

/// `<a:ln>` of a stroke, dashed as the scene says, with round ends and joins as
/// the other backends draw them.
fn outline(stroke: Stroke, dash: Option<Dash>, emu: Emu) -> String {
    if stroke.width <= 0.0 || stroke.color.a() == 0 {
        return "<a:ln><a:noFill/></a:ln>".to_owned();
    }
    let dash = dash.map_or(String::new(), |dash| {
        // Lengths in thousandths of a percent of the line's width.
        let share = |length: f32| ((length / stroke.width) * 100_000.0).round().max(1.0) as u32;
        format!(
            r#"<a:custDash><a:ds d="{}" sp="{}"/></a:custDash>"#,
            share(dash.on),
            share(dash.off)
        )
    });
    format!(
        r#"<a:ln w="{}" cap="rnd">{}{dash}<a:round/></a:ln>"#,
        emu.size(stroke.width).max(1),
        solid_fill(stroke.color)
    )
}
