//! The print-friendly look: white paper, pale fills, dark text.

use egui::Color32;

use super::request::Look;
use crate::scene::{Scene, Shape, style};

pub fn restyle(mut scene: Scene, look: Look) -> Scene {
    if look == Look::Light {
        return scene;
    }
    scene.background = Color32::WHITE;
    for shape in &mut scene.shapes {
        match shape {
            Shape::Rect { fill, .. } | Shape::Circle { fill, .. } => *fill = pale(*fill),
            Shape::Text(text) if is_light(text.color) => text.color = style::INK,
            _ => {}
        }
    }
    scene
}

/// A fill mixed mostly with white, so a page prints with little ink.
fn pale(color: Color32) -> Color32 {
    if color.a() == 0 {
        return color;
    }
    style::tint(color, 0.18)
}

fn is_light(color: Color32) -> bool {
    let [r, g, b, _] = color.to_array();
    0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b) > 170.0
}
