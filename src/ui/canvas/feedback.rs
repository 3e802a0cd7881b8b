//! What the canvas paints over the map: the selection, and the plan of the
//! gesture under way.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Stroke, StrokeKind};

use super::CanvasInput;
use super::plan::Preview;
use crate::layout::{CellPlace, link_handle};
use crate::ui::selection::Selection;
use crate::ui::view::View;

/// The colour of selections and of what a gesture would do.
const ACCENT: Color32 = Color32::from_rgb(0x2F, 0x6F, 0xEB);

/// Outlines what is selected, with the link handle of a lone selected card.
pub(super) fn paint_selection(
    painter: &Painter,
    input: &CanvasInput<'_>,
    selection: &Selection,
    view: &View,
) {
    let screen_from_map = view.screen_from_map;
    let outline = |rect: Rect| {
        painter.rect_stroke(
            screen_from_map * rect.expand(3.0),
            8.0,
            Stroke::new(2.0, ACCENT),
            StrokeKind::Outside,
        );
    };
    match selection {
        Selection::Cards(cards) => {
            for rect in cards.iter().filter_map(|c| input.layout.cards.get(c)) {
                outline(*rect);
            }
            if let [card] = cards.as_slice()
                && let Some(rect) = input.layout.cards.get(card)
            {
                let handle = screen_from_map * link_handle(*rect);
                painter.circle(handle, 5.0, Color32::WHITE, Stroke::new(2.0, ACCENT));
            }
        }
        Selection::Stage(stage) => {
            if let Some(column) = input.layout.stage(*stage) {
                outline(column.header);
            }
        }
        Selection::Lane(lane) => {
            if let Some(row) = input.layout.lane(*lane) {
                outline(row.rect);
            }
        }
        Selection::Point { point, .. } => {
            let placed = input
                .layout
                .curves
                .iter()
                .flat_map(|c| &c.points)
                .find(|p| p.id == *point);
            if let Some(placed) = placed {
                painter.circle_stroke(
                    screen_from_map * placed.pos,
                    15.0 * view.zoom(),
                    Stroke::new(2.0, ACCENT),
                );
            }
        }
        Selection::Persona(persona) => {
            if let Some((_, rect)) = input
                .layout
                .persona_chips
                .iter()
                .find(|(id, _)| id == persona)
            {
                outline(*rect);
            }
        }
        Selection::Link(link) => {
            if let Some(route) = input.layout.links.get(link) {
                let on_screen = route.iter().map(|p| screen_from_map * *p).collect();
                painter.add(egui::Shape::line(on_screen, Stroke::new(4.0, ACCENT)));
                for end in [route.first(), route.last()].into_iter().flatten() {
                    painter.circle(
                        screen_from_map * *end,
                        4.0,
                        Color32::WHITE,
                        Stroke::new(2.0, ACCENT),
                    );
                }
            }
        }
        Selection::Cell(cell) => {
            let place = CellPlace {
                lane: cell.lane,
                stage: cell.stage,
                step: cell.step,
                index: 0,
            };
            if let Some(rect) = input.layout.cell_rect(&place) {
                outline(rect.shrink(4.0));
            }
        }
        Selection::Map => {}
    }
}

/// Paints what releasing the gesture would do.
pub(super) fn paint_preview(
    painter: &Painter,
    input: &CanvasInput<'_>,
    preview: &Preview,
    view: &View,
) {
    let screen_from_map = view.screen_from_map;
    let bounds = input.layout.bounds;
    let vertical = |x: f32, width: f32| {
        let top = screen_from_map * Pos2::new(x, 0.0);
        let bottom = screen_from_map * Pos2::new(x, bounds.bottom());
        painter.line_segment([top, bottom], Stroke::new(width, ACCENT));
    };
    let horizontal = |y: f32, width: f32| {
        let left = screen_from_map * Pos2::new(0.0, y);
        let right = screen_from_map * Pos2::new(bounds.right(), y);
        painter.line_segment([left, right], Stroke::new(width, ACCENT));
    };
    match preview {
        Preview::Nothing => {}
        Preview::Cards { ghosts, place } => {
            if let Some(place) = place {
                paint_drop_place(painter, input, place, view);
            }
            for ghost in ghosts {
                painter.rect(
                    screen_from_map * *ghost,
                    6.0,
                    Color32::from_white_alpha(170),
                    Stroke::new(1.5, ACCENT),
                    StrokeKind::Inside,
                );
            }
        }
        Preview::NewCard(place) => paint_drop_place(painter, input, place, view),
        Preview::Point { pos, score } => paint_point(painter, screen_from_map * *pos, *score, view),
        Preview::StageSlot { x } => vertical(*x, 3.0),
        Preview::StageEdge { x } => vertical(*x, 2.0),
        Preview::LaneSlot { y } => horizontal(*y, 3.0),
        Preview::LaneEdge { y } => horizontal(*y, 2.0),
        Preview::Link { from, to, target } => {
            let (start, end) = (screen_from_map * *from, screen_from_map * *to);
            painter.arrow(start, end - start, Stroke::new(2.0, ACCENT));
            if let Some(target) = target {
                painter.rect_stroke(
                    screen_from_map * *target,
                    6.0,
                    Stroke::new(2.0, ACCENT),
                    StrokeKind::Outside,
                );
            }
        }
        Preview::Band(band) => {
            painter.rect(
                screen_from_map * *band,
                0.0,
                ACCENT.gamma_multiply(0.08),
                Stroke::new(1.0, ACCENT),
                StrokeKind::Inside,
            );
        }
    }
}

/// A dragged emotion point with the score it would take.
fn paint_point(painter: &Painter, at: Pos2, score: i32, view: &View) {
    painter.circle(
        at,
        11.0 * view.zoom(),
        Color32::from_white_alpha(200),
        Stroke::new(2.0, ACCENT),
    );
    painter.text(
        at,
        Align2::CENTER_CENTER,
        score.to_string(),
        FontId::proportional(12.0),
        ACCENT,
    );
}

/// The cell a card would land in, and a bar where among its cards.
fn paint_drop_place(painter: &Painter, input: &CanvasInput<'_>, place: &CellPlace, view: &View) {
    let screen_from_map = view.screen_from_map;
    let Some(cell) = input.layout.cell_rect(place) else {
        return;
    };
    painter.rect(
        screen_from_map * cell.shrink(2.0),
        6.0,
        ACCENT.gamma_multiply(0.06),
        Stroke::new(1.5, ACCENT.gamma_multiply(0.6)),
        StrokeKind::Inside,
    );
    let cards = input
        .layout
        .cells
        .get(&(place.lane, place.stage, place.step))
        .map(Vec::as_slice)
        .unwrap_or_default();
    let bar = match (cards.get(place.index), cards.last()) {
        (Some(next), _) => input
            .layout
            .cards
            .get(next)
            .map(|r| (r.left() - 4.0, r.y_range())),
        (None, Some(last)) => input
            .layout
            .cards
            .get(last)
            .map(|r| (r.right() + 4.0, r.y_range())),
        (None, None) => Some((
            cell.left() + 8.0,
            (cell.top() + 8.0..=cell.bottom() - 8.0).into(),
        )),
    };
    if let Some((x, y_range)) = bar {
        let top = screen_from_map * Pos2::new(x, y_range.min);
        let bottom = screen_from_map * Pos2::new(x, y_range.max);
        painter.line_segment([top, bottom], Stroke::new(3.0, ACCENT));
    }
}
