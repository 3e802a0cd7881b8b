//! Paints a scene into an egui painter, through the view's transform. Text is drawn
//! at the size it appears on screen, so it stays crisp at every zoom.

use egui::emath::TSTransform;
use egui::epaint::{PathShape, PathStroke};
use egui::{Align, Align2, Color32, FontFamily, FontId, Mesh, Painter, Stroke, StrokeKind, vec2};

use super::dashes::visible_dashes;
use crate::fonts;
use crate::scene::{ImageSource, Scene, Shape, Text};

/// Finds the texture of an embedded image, with its size in pixels.
pub type Textures<'a> = dyn FnMut(ImageSource) -> Option<(egui::TextureId, egui::Vec2)> + 'a;

pub fn paint_scene(
    painter: &Painter,
    scene: &Scene,
    screen_from_map: TSTransform,
    textures: &mut Textures<'_>,
) {
    let visible_in_map = screen_from_map.inverse() * painter.clip_rect();
    let mut blocks = Mesh::default();
    for shape in &scene.shapes {
        // Checked first: measuring a text's bounds costs more than this test.
        if let Shape::Text(text) = shape
            && !text.is_legible_at(screen_from_map.scaling)
        {
            continue;
        }
        if !shape.bounds().intersects(visible_in_map) {
            continue;
        }
        if let Some((rect, color)) = as_block(shape, screen_from_map) {
            blocks.add_colored_rect(rect, color);
            continue;
        }
        add_blocks(painter, &mut blocks);
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
    add_blocks(painter, &mut blocks);
}

/// On screen, a shape smaller than this is drawn as the block of colour it looks
/// like: its corners and border would not show, and tessellating thousands of them
/// makes a fitted large map stutter.
const MIN_DETAILED_SIZE: f32 = 12.0;
/// A circle narrower than this on screen is drawn as a square block.
const MIN_ROUND_SIZE: f32 = 4.0;
/// Thinner than this, a block could fall between pixels; egui draws it as a line.
const MIN_BLOCK_SIZE: f32 = 1.0;

/// The on-screen block of colour standing for a shape too small for its details.
fn as_block(shape: &Shape, screen_from_map: TSTransform) -> Option<(egui::Rect, Color32)> {
    let (on_screen, fill, detailed_from) = match shape {
        Shape::Rect { rect, fill, .. } => (screen_from_map * *rect, *fill, MIN_DETAILED_SIZE),
        Shape::Circle {
            center,
            radius,
            fill,
            ..
        } => {
            // A square of the circle's area.
            let side = radius * screen_from_map.scaling * std::f32::consts::PI.sqrt();
            let on_screen =
                egui::Rect::from_center_size(screen_from_map * *center, vec2(side, side));
            (on_screen, *fill, MIN_ROUND_SIZE)
        }
        _ => return None,
    };
    let smaller_side = on_screen.size().min_elem();
    (fill.a() > 0 && (MIN_BLOCK_SIZE..detailed_from).contains(&smaller_side))
        .then_some((on_screen, fill))
}

/// Adds the blocks gathered so far as one mesh, so that shapes after them stay on top.
fn add_blocks(painter: &Painter, blocks: &mut Mesh) {
    if !blocks.is_empty() {
        painter.add(std::mem::take(blocks));
    }
}

/// The largest rectangle of the image's proportions, centred in `rect`.
fn fit_inside(rect: egui::Rect, size: egui::Vec2) -> egui::Rect {
    let scale = (rect.width() / size.x.max(1.0)).min(rect.height() / size.y.max(1.0));
    egui::Rect::from_center_size(rect.center(), size * scale)
}

/// A corner rounder than a square by less than this on screen is drawn square:
/// tessellating round corners halved the frame rate of a fitted workshop map.
const MIN_VISIBLE_CORNER: f32 = 2.0;
/// A dash shorter than this on screen is drawn as a solid line: hundreds of
/// sub-pixel dashes per link cost a frame and look solid anyway.
const MIN_VISIBLE_DASH: f32 = 3.0;

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
            let corner_radius = Some(corner_radius * zoom)
                .filter(|radius| *radius >= MIN_VISIBLE_CORNER)
                .unwrap_or(0.0);
            painter.rect(
                screen_from_map * *rect,
                corner_radius,
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
            if let Some(dash) = dash.filter(|dash| dash.on * zoom >= MIN_VISIBLE_DASH) {
                painter.extend(visible_dashes(
                    &points,
                    stroke,
                    dash.on * zoom,
                    dash.off * zoom,
                    painter.clip_rect(),
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
    if !text.is_legible_at(screen_from_map.scaling) {
        return;
    }
    let size = text.size * screen_from_map.scaling;
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

#[cfg(test)]
mod tests {
    use egui::{Rect, pos2};

    use super::*;

    const FILL: Color32 = Color32::from_rgb(200, 220, 240);

    fn card(width: f32, height: f32, fill: Color32) -> Shape {
        Shape::Rect {
            rect: Rect::from_min_size(pos2(100.0, 100.0), vec2(width, height)),
            corner_radius: 6.0,
            fill,
            stroke: Stroke::new(1.2, Color32::DARK_GRAY),
        }
    }

    #[test]
    fn a_card_too_small_for_its_corners_is_a_block_of_its_fill() {
        let tenth = TSTransform::from_scaling(0.1);
        let block = as_block(&card(160.0, 60.0, FILL), tenth);
        let expected = Rect::from_min_size(pos2(10.0, 10.0), vec2(16.0, 6.0));
        assert_eq!(block, Some((expected, FILL)));
    }

    #[test]
    fn a_card_big_enough_keeps_its_corners_and_border() {
        let half = TSTransform::from_scaling(0.5);
        assert_eq!(as_block(&card(160.0, 60.0, FILL), half), None);
    }

    #[test]
    fn an_outline_or_a_hairline_is_never_a_block() {
        let tenth = TSTransform::from_scaling(0.1);
        assert_eq!(
            as_block(&card(160.0, 60.0, Color32::TRANSPARENT), tenth),
            None
        );
        assert_eq!(as_block(&card(160.0, 5.0, FILL), tenth), None);
    }

    #[test]
    fn a_tiny_circle_is_a_square_of_its_area() {
        let dot = Shape::Circle {
            center: pos2(50.0, 50.0),
            radius: 10.0,
            fill: FILL,
            stroke: Stroke::NONE,
        };
        let (square, color) = as_block(&dot, TSTransform::from_scaling(0.1)).expect("a block");
        assert_eq!(color, FILL);
        assert_eq!(square.center(), pos2(5.0, 5.0));
        let circle_area = std::f32::consts::PI * 1.0 * 1.0;
        assert!((square.area() - circle_area).abs() < 1e-4);
        assert_eq!(as_block(&dot, TSTransform::IDENTITY), None);
    }
}
