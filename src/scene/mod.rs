//! One renderer-neutral list of shapes and text for a map, in map units. The egui
//! canvas paints it, and so can any exporter, so that an export looks like the
//! screen.

mod build;
mod link_labels;
mod metric_text;
pub mod style;
mod text;
mod votes;
mod wrap_cache;

use egui::emath::TSTransform;
use egui::{Color32, Pos2, Rect, Stroke};

pub use build::{build_part_scene, build_scene};

/// Text smaller than this many pixels on screen or in an image is not drawn: it
/// could not be read anyway, and laying it out is most of the cost of a large map.
const MIN_LEGIBLE_TEXT: f32 = 4.0;
pub use style::{channel_icon, lane_colors};
pub use text::{Label, Text};
pub use votes::{MAX_DOTS, VOTE_DOT};

/// One thing to draw, in map units.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A rectangle, possibly with rounded corners.
    Rect {
        /// Where it is drawn.
        rect: Rect,
        /// Radius of the rounded corners; 0 for square ones.
        corner_radius: f32,
        /// The inside's colour.
        fill: Color32,
        /// The outline; [`Stroke::NONE`] for none.
        stroke: Stroke,
    },
    /// A disc.
    Circle {
        /// The middle of the disc.
        center: Pos2,
        /// The radius, in map units.
        radius: f32,
        /// The inside's colour.
        fill: Color32,
        /// The outline; [`Stroke::NONE`] for none.
        stroke: Stroke,
    },
    /// An open polyline, dashed or solid.
    Line {
        /// The points the line runs through, in order.
        points: Vec<Pos2>,
        /// Width and colour of the line.
        stroke: Stroke,
        /// The dash pattern; `None` for a solid line.
        dash: Option<Dash>,
    },
    /// A filled convex polygon.
    Polygon {
        /// The corners, in order around the polygon.
        points: Vec<Pos2>,
        /// The inside's colour.
        fill: Color32,
    },
    /// Lines of text, already broken.
    Text(Text),
    /// An image embedded in the map, fitted into `rect`.
    Image {
        /// The box the image is fitted into.
        rect: Rect,
        /// Which image of the map to draw.
        source: ImageSource,
    },
}

/// Lengths of a dashed line's dashes and gaps, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dash {
    /// Length of each dash.
    pub on: f32,
    /// Length of each gap between dashes.
    pub off: f32,
}

/// Which embedded image an [`Shape::Image`] shows; backends read its bytes from
/// the map, so the scene stays light.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImageSource {
    /// The picture of an image card.
    Card(crate::model::CardId),
    /// A persona's photo.
    Persona(crate::model::PersonaId),
}

impl ImageSource {
    /// The image's bytes in `map`; `None` when the card or persona is gone or has no image.
    pub fn image(self, map: &crate::model::JourneyMap) -> Option<&crate::model::EmbeddedImage> {
        match self {
            ImageSource::Card(id) => map.card(id)?.image.as_ref(),
            ImageSource::Persona(id) => map.persona(id)?.photo.as_ref(),
        }
    }
}

impl Shape {
    /// What the shape covers, for culling.
    pub fn bounds(&self) -> Rect {
        match self {
            Shape::Rect { rect, .. } | Shape::Image { rect, .. } => *rect,
            Shape::Circle { center, radius, .. } => {
                Rect::from_center_size(*center, egui::Vec2::splat(radius * 2.0))
            }
            Shape::Line { points, stroke, .. } => Rect::from_points(points).expand(stroke.width),
            Shape::Polygon { points, .. } => Rect::from_points(points),
            Shape::Text(text) => text.rect,
        }
    }
}

/// Everything drawn for a map.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// What to draw, back to front: later shapes cover earlier ones.
    pub shapes: Vec<Shape>,
    /// The area the map covers, in map units; exports fit this to the page.
    pub bounds: Rect,
    /// The colour to fill everything behind the shapes with.
    pub background: Color32,
}

impl Scene {
    /// Adds a label's lines, when it has any.
    pub fn push_label(&mut self, label: Label) {
        if let Some(text) = label.layout() {
            self.shapes.push(Shape::Text(text));
        }
    }
}

impl Shape {
    /// The same shape drawn through `transform`: a map placed on a slide.
    pub fn transformed(&self, transform: TSTransform) -> Shape {
        let scale = transform.scaling;
        let stroke = |s: &Stroke| Stroke::new(s.width * scale, s.color);
        let points = |points: &[Pos2]| points.iter().map(|p| transform * *p).collect();
        match self {
            Shape::Rect {
                rect,
                corner_radius,
                fill,
                stroke: s,
            } => Shape::Rect {
                rect: transform * *rect,
                corner_radius: corner_radius * scale,
                fill: *fill,
                stroke: stroke(s),
            },
            Shape::Circle {
                center,
                radius,
                fill,
                stroke: s,
            } => Shape::Circle {
                center: transform * *center,
                radius: radius * scale,
                fill: *fill,
                stroke: stroke(s),
            },
            Shape::Line {
                points: p,
                stroke: s,
                dash,
            } => Shape::Line {
                points: points(p),
                stroke: stroke(s),
                dash: dash.map(|d| Dash {
                    on: d.on * scale,
                    off: d.off * scale,
                }),
            },
            Shape::Polygon { points: p, fill } => Shape::Polygon {
                points: points(p),
                fill: *fill,
            },
            Shape::Text(text) => Shape::Text(Text {
                rect: transform * text.rect,
                size: text.size * scale,
                nominal_size: text.nominal_size * scale,
                ..text.clone()
            }),
            Shape::Image { rect, source } => Shape::Image {
                rect: transform * *rect,
                source: *source,
            },
        }
    }
}
