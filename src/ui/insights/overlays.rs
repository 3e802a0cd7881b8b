//! The analysis over the canvas, switched on in the View menu: a heat strip
//! under each stage header coloured by the stage's mean emotion, and a frame
//! with a badge around the headers of stages where a metric misses its target.

use egui::emath::TSTransform;
use egui::{Color32, FontId, Painter, Rect, Stroke, StrokeKind, pos2, vec2};

use crate::insights::StageMark;
use crate::layout::MapLayout;
use crate::model::EmotionScale;

/// Which overlays the canvas shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Overlays {
    /// The stages' mean emotion as a strip under their headers.
    pub emotion_strip: bool,
    /// A mark on the stages with a metric below its target.
    pub missed_targets: bool,
}

impl Overlays {
    /// Whether any overlay is on.
    pub fn any(self) -> bool {
        self.emotion_strip || self.missed_targets
    }
}

/// The height of the heat strip, in map units.
const STRIP_HEIGHT: f32 = 16.0;
/// The colour of a missed target's mark.
const MISSED: Color32 = Color32::from_rgb(0xC0, 0x3A, 0x3A);

/// Paints the overlays that are on, for each stage of `marks` laid out in `layout`.
pub fn paint_overlays(
    painter: &Painter,
    marks: &[StageMark],
    layout: &MapLayout,
    scale: EmotionScale,
    screen_from_map: TSTransform,
    overlays: Overlays,
) {
    for mark in marks {
        let Some(column) = layout.stage(mark.stage) else {
            continue;
        };
        let header = screen_from_map * column.header;
        let zoom = screen_from_map.scaling;
        if let (true, Some(mean)) = (overlays.emotion_strip, mark.mean) {
            let strip = Rect::from_min_size(
                pos2(header.left(), header.bottom()),
                vec2(header.width(), STRIP_HEIGHT * zoom),
            );
            painter.rect_filled(strip, 0.0, heat(mean, scale));
        }
        if overlays.missed_targets && mark.below_target {
            paint_missed_target(painter, header, zoom);
        }
    }
}

/// A frame around the stage's header and a "!" badge at its top right corner.
fn paint_missed_target(painter: &Painter, header: Rect, zoom: f32) {
    let stroke = Stroke::new(3.0 * zoom, MISSED);
    painter.rect_stroke(
        header.shrink(1.5 * zoom),
        4.0 * zoom,
        stroke,
        StrokeKind::Inside,
    );
    let radius = 10.0 * zoom;
    let centre = header.right_top() + vec2(-radius - 4.0 * zoom, radius + 4.0 * zoom);
    painter.circle_filled(centre, radius, MISSED);
    let font = FontId::proportional(14.0 * zoom);
    painter.text(
        centre,
        egui::Align2::CENTER_CENTER,
        "!",
        font,
        Color32::WHITE,
    );
}

/// The colour of a mean emotion: red at the scale's worst, amber in the middle,
/// green at its best.
fn heat(mean: f32, scale: EmotionScale) -> Color32 {
    let span = (scale.max - scale.min).max(1) as f32;
    let t = ((mean - scale.min as f32) / span).clamp(0.0, 1.0);
    let red = Color32::from_rgb(0xC0, 0x3A, 0x3A);
    let amber = Color32::from_rgb(0xE8, 0xB0, 0x30);
    let green = Color32::from_rgb(0x1E, 0x8C, 0x5A);
    if t < 0.5 {
        red.lerp_to_gamma(amber, t * 2.0)
    } else {
        amber.lerp_to_gamma(green, t * 2.0 - 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strip_runs_from_red_at_the_worst_score_to_green_at_the_best() {
        let scale = EmotionScale { min: -2, max: 2 };
        assert_eq!(heat(-2.0, scale), Color32::from_rgb(0xC0, 0x3A, 0x3A));
        assert_eq!(heat(0.0, scale), Color32::from_rgb(0xE8, 0xB0, 0x30));
        assert_eq!(heat(2.0, scale), Color32::from_rgb(0x1E, 0x8C, 0x5A));
        // Beyond the scale, the ends' colours.
        assert_eq!(heat(5.0, scale), heat(2.0, scale));
    }
}
