//! Paints a scene into an egui painter, through the view's transform. Text is laid
//! out at the size it appears on screen, so it stays crisp at every zoom.

use egui::emath::TSTransform;
use egui::epaint::{PathShape, PathStroke};
use egui::text::{LayoutJob, TextWrapping};
use egui::{FontId, Painter, Stroke, StrokeKind};

use crate::scene::{ImageSource, Scene, Shape, Text};

/// Text smaller than this on screen is not drawn: it could not be read anyway,
/// and laying it out is most of a frame's cost on a large map.
const MIN_LEGIBLE_TEXT: f32 = 4.0;

/// Finds the texture of an embedded image, with its size in pixels.
pub type Textures<'a> = dyn FnMut(ImageSource) -> Option<(egui::TextureId, egui::Vec2)> + 'a;

pub fn paint_scene(
    painter: &Painter,
    scene: &Scene,
    screen_from_map: TSTransform,
    textures: &mut Textures<'_>,
) {
    let visible_in_map = screen_from_map.inverse() * painter.clip_rect();
    for shape in &scene.shapes {
        if !shape.bounds().intersects(visible_in_map) {
            continue;
        }
        match shape {
            Shape::Image { rect, source } => {
                if let Some((texture, size)) = textures(*source) {
                    let fitted = fit_inside(*rect, size);
                    let uv = egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
                    painter.image(texture, screen_from_map * fitted, uv, egui::Color32::WHITE);
                }
            }
            other => paint_shape(painter, other, screen_from_map),
        }
    }
}

/// The largest rectangle of the image's proportions, centred in `rect`.
fn fit_inside(rect: egui::Rect, size: egui::Vec2) -> egui::Rect {
    let scale = (rect.width() / size.x.max(1.0)).min(rect.height() / size.y.max(1.0));
    egui::Rect::from_center_size(rect.center(), size * scale)
}

fn scaled(stroke: Stroke, zoom: f32) -> Stroke {
    Stroke::new(stroke.width * zoom, stroke.color)
}

fn paint_shape(painter: &Painter, shape: &Shape, screen_from_map: TSTransform) {
    let zoom = screen_from_map.scaling;
    match shape {
        Shape::Rect {
            rect,
            corner_radius,
            fill,
            stroke,
        } => {
            painter.rect(
                screen_from_map * *rect,
                corner_radius * zoom,
                *fill,
                scaled(*stroke, zoom),
                StrokeKind::Inside,
            );
        }
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            painter.circle(
                screen_from_map * *center,
                radius * zoom,
                *fill,
                scaled(*stroke, zoom),
            );
        }
        Shape::Line {
            points,
            stroke,
            dashed,
        } => {
            let points: Vec<_> = points.iter().map(|p| screen_from_map * *p).collect();
            let stroke = scaled(*stroke, zoom);
            if *dashed {
                painter.extend(egui::Shape::dashed_line(
                    &points,
                    stroke,
                    6.0 * zoom,
                    4.0 * zoom,
                ));
            } else {
                painter.add(PathShape::line(points, PathStroke::from(stroke)));
            }
        }
        Shape::Polygon { points, fill } => {
            let points = points.iter().map(|p| screen_from_map * *p).collect();
            painter.add(egui::Shape::convex_polygon(points, *fill, Stroke::NONE));
        }
        Shape::Text(text) => paint_text(painter, text, screen_from_map),
        Shape::Image { .. } => {}
    }
}

fn paint_text(painter: &Painter, text: &Text, screen_from_map: TSTransform) {
    let zoom = screen_from_map.scaling;
    let size = text.size * zoom;
    if size < MIN_LEGIBLE_TEXT {
        return;
    }
    let mut job = LayoutJob::simple(
        text.text.clone(),
        FontId::proportional(size),
        text.color,
        f32::INFINITY,
    );
    job.wrap = TextWrapping {
        max_width: text.wrap_width.map_or(f32::INFINITY, |w| w * zoom),
        max_rows: text.max_lines.unwrap_or(usize::MAX),
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    let galley = painter.layout_job(job);
    let pos = screen_from_map * text.pos;
    let rect = text.anchor.anchor_size(pos, galley.size());
    painter.galley(rect.min, galley.clone(), text.color);
    if text.strong {
        // A second pass a hair to the right reads as semi-bold without a bold font.
        painter.galley(
            rect.min + egui::vec2(0.35 * zoom.min(2.0), 0.0),
            galley,
            text.color,
        );
    }
}
