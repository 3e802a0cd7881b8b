//! One renderer-neutral list of shapes and text for a map, in map units. The egui
//! canvas paints it, and so can any exporter, so that an export looks like the
//! screen.

mod build;
mod style;

use egui::{Align2, Color32, Pos2, Rect, Stroke};

pub use build::build_scene;
pub use style::{channel_icon, lane_colors};

/// A piece of text, laid out by the painter at the size it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub text: String,
    /// The point `anchor` refers to.
    pub pos: Pos2,
    pub anchor: Align2,
    /// Font size in map units.
    pub size: f32,
    pub color: Color32,
    pub strong: bool,
    /// Lines wrap at this width; `None` keeps one line.
    pub wrap_width: Option<f32>,
    /// Text beyond this many lines is cut with an ellipsis.
    pub max_lines: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        corner_radius: f32,
        fill: Color32,
        stroke: Stroke,
    },
    Circle {
        center: Pos2,
        radius: f32,
        fill: Color32,
        stroke: Stroke,
    },
    /// An open polyline, dashed or solid.
    Line {
        points: Vec<Pos2>,
        stroke: Stroke,
        dashed: bool,
    },
    /// A filled convex polygon.
    Polygon {
        points: Vec<Pos2>,
        fill: Color32,
    },
    Text(Text),
    /// An image embedded in the map, fitted into `rect`.
    Image {
        rect: Rect,
        source: ImageSource,
    },
}

/// Which embedded image an [`Shape::Image`] shows; backends read its bytes from
/// the map, so the scene stays light.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImageSource {
    Card(crate::model::CardId),
    Persona(crate::model::PersonaId),
}

impl ImageSource {
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
            Shape::Text(text) => {
                let width = text
                    .wrap_width
                    .unwrap_or(text.size * text.text.chars().count() as f32);
                let lines = text.max_lines.unwrap_or(1) as f32;
                text.anchor
                    .anchor_size(text.pos, egui::vec2(width, text.size * 1.4 * lines))
            }
        }
    }
}

/// Everything drawn for a map.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub shapes: Vec<Shape>,
    pub bounds: Rect,
    pub background: Color32,
}
