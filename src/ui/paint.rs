//! Paints a scene into an egui painter, through the view's transform. Text is drawn
//! at the size it appears on screen, so it stays crisp at every zoom.

use egui::emath::TSTransform;
use egui::epaint::{PathShape, PathStroke};
use egui::{Align, Align2, FontFamily, FontId, Painter, Stroke, StrokeKind};

use crate::fonts;
use crate::scene::{ImageSource, MIN_LEGIBLE_TEXT, Scene, Shape, Text};

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
            dash,
        } => {
            let points: Vec<_> = points.iter().map(|p| screen_from_map * *p).collect();
            let stroke = scaled(*stroke, zoom);
            if let Some(dash) = dash {
                painter.extend(egui::Shape::dashed_line(
                    &points,
                    stroke,
                    dash.on * zoom,
                    dash.off * zoom,
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
    let size = text.size * screen_from_map.scaling;
    if size < MIN_LEGIBLE_TEXT {
        return;
    }
    let family = if text.strong {
        FontFamily::Name(fonts::BOLD_FAMILY.into())
    } else {
        FontFamily::Proportional
    };
    let anchor = Align2([text.align, Align::Min]);
    for (line, top_in_map) in text.placed_lines() {
        painter.text(
            screen_from_map * top_in_map,
            anchor,
            line,
            FontId::new(size, family.clone()),
            text.color,
        );
    }
}
