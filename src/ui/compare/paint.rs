//! The marks of the compare mode over the picture: a green frame on what was
//! added, a red dashed frame over a washed-out ghost for what was removed, an
//! amber frame on what changed, a dashed trace from a moved card's old cell,
//! the other map's curves dashed, and each persona's difference per stage.

use egui::emath::TSTransform;
use egui::{Align2, Color32, FontId, Painter, Rect, Stroke, StrokeKind};

use super::Shown;
use crate::compare::{Mark, MarkKind};
use crate::lang::with_decimal_mark;
use crate::layout::smooth_curve;
use crate::scene::style::color32;
use crate::ui::dashes::visible_dashes;

/// Green: added.
pub(super) const ADDED: Color32 = Color32::from_rgb(0x1E, 0x8C, 0x5A);
/// Red: removed.
pub(super) const REMOVED: Color32 = Color32::from_rgb(0xC0, 0x3A, 0x3A);
/// Amber: changed or moved.
pub(super) const CHANGED: Color32 = Color32::from_rgb(0xD9, 0x8C, 0x10);
/// The frame around the current change.
const CURRENT: Color32 = Color32::from_rgb(0x2A, 0x5D, 0xB0);
/// Over a ghost, to wash it out.
const WASH: Color32 = Color32::from_rgba_premultiplied(0x80, 0x80, 0x80, 0x80);

/// The colour of a kind of mark.
pub(super) fn colour_of(kind: MarkKind) -> Color32 {
    match kind {
        MarkKind::Added => ADDED,
        MarkKind::Removed => REMOVED,
        MarkKind::Changed | MarkKind::Moved => CHANGED,
    }
}

/// Paints every mark, the old curves and the differences of `shown`.
pub(super) fn paint_marks(
    painter: &Painter,
    shown: &Shown,
    current: Option<usize>,
    screen_from_map: TSTransform,
) {
    let zoom = screen_from_map.scaling;
    for curve in &shown.old_curves {
        let colour = shown
            .picture
            .map
            .persona(curve.persona)
            .map_or(Color32::GRAY, |p| color32(p.color));
        let line: Vec<_> = smooth_curve(&curve.points)
            .into_iter()
            .map(|p| screen_from_map * p)
            .collect();
        let stroke = Stroke::new(2.0 * zoom.max(0.5), colour);
        let dashes = visible_dashes(&line, stroke, 8.0 * zoom, 6.0 * zoom, painter.clip_rect());
        painter.extend(dashes);
    }
    for mark in &shown.marks {
        paint_mark(painter, mark, screen_from_map);
    }
    if let Some(mark) = current.and_then(|c| shown.marks.iter().find(|m| m.change == c)) {
        let rect = screen_from_map * mark.rect;
        let stroke = Stroke::new(3.0, CURRENT);
        painter.rect_stroke(rect.expand(5.0), 6.0, stroke, StrokeKind::Outside);
    }
    paint_differences(painter, shown, screen_from_map);
}

fn paint_mark(painter: &Painter, mark: &Mark, screen_from_map: TSTransform) {
    let zoom = screen_from_map.scaling;
    let rect = screen_from_map * mark.rect;
    let colour = colour_of(mark.kind);
    let stroke = Stroke::new((3.0 * zoom).max(1.5), colour);
    if mark.kind == MarkKind::Removed {
        painter.rect_filled(rect, 4.0 * zoom, WASH);
        let corners = [
            rect.left_top(),
            rect.right_top(),
            rect.right_bottom(),
            rect.left_bottom(),
            rect.left_top(),
        ];
        let dashes = visible_dashes(
            &corners,
            stroke,
            6.0 * zoom,
            4.0 * zoom,
            painter.clip_rect(),
        );
        painter.extend(dashes);
        return;
    }
    painter.rect_stroke(rect, 4.0 * zoom, stroke, StrokeKind::Outside);
    if let Some(was) = &mark.was {
        paint_old_name(painter, was, rect, zoom);
    }
    if let Some(from) = mark.from {
        paint_trace(painter, screen_from_map * from, rect, colour, zoom);
    }
}

/// "was Old name" over a renamed header.
fn paint_old_name(painter: &Painter, was: &str, header: Rect, zoom: f32) {
    if zoom < 0.3 {
        return;
    }
    let words = crate::ui::words(painter.ctx());
    let text = crate::lang::fill(words.renamed_from, &[&was]);
    let font = FontId::proportional(11.0 * zoom);
    let galley = painter.layout_no_wrap(text, font, CHANGED);
    let pos = header.center_top() - egui::vec2(0.0, 3.0 * zoom);
    let rect = Align2::CENTER_BOTTOM.anchor_size(pos, galley.size());
    painter.rect_filled(rect.expand(2.0 * zoom), 3.0 * zoom, Color32::WHITE);
    painter.galley(rect.min, galley, CHANGED);
}

/// A dashed line from the middle of a moved card's old cell to the card, and a
/// dashed frame around the old cell.
fn paint_trace(painter: &Painter, from: Rect, to: Rect, colour: Color32, zoom: f32) {
    let stroke = Stroke::new((2.0 * zoom).max(1.0), colour);
    let visible = painter.clip_rect();
    let line = [from.center(), to.center()];
    painter.extend(visible_dashes(
        &line,
        stroke,
        8.0 * zoom,
        5.0 * zoom,
        visible,
    ));
    painter.circle_filled(from.center(), (5.0 * zoom).max(2.5), colour);
    let cell = from.shrink(4.0 * zoom);
    let corners = [
        cell.left_top(),
        cell.right_top(),
        cell.right_bottom(),
        cell.left_bottom(),
        cell.left_top(),
    ];
    painter.extend(visible_dashes(
        &corners,
        stroke,
        4.0 * zoom,
        4.0 * zoom,
        visible,
    ));
}

/// Each persona's difference per stage, as "Léa +1.5", green when better and
/// red when worse, at the bottom of the stage in the emotion lane.
fn paint_differences(painter: &Painter, shown: &Shown, screen_from_map: TSTransform) {
    let zoom = screen_from_map.scaling;
    if zoom < 0.3 {
        return;
    }
    let language = shown.key.1;
    for difference in &shown.differences {
        let value = with_decimal_mark(language, format!("{:+.1}", difference.difference));
        let colour = match difference.difference {
            d if d > 0.0 => ADDED,
            d if d < 0.0 => REMOVED,
            _ => Color32::GRAY,
        };
        let text = format!("{} {value}", difference.persona);
        let font = FontId::proportional(12.0 * zoom);
        let pos = screen_from_map * difference.pos;
        let galley = painter.layout_no_wrap(text, font, colour);
        let rect = Align2::CENTER_CENTER.anchor_size(pos, galley.size());
        painter.rect_filled(rect.expand(2.0 * zoom), 3.0 * zoom, Color32::WHITE);
        painter.galley(rect.min, galley, colour);
    }
}
