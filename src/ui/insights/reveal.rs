//! Where a selection sits on the map, for the canvas to bring it into view.

use egui::Rect;

use crate::layout::MapLayout;
use crate::ui::selection::Selection;

/// The rectangle, in map units, that `selection` covers in `layout`: its cards
/// together, a stage's column header, a point, a link's route. None for the
/// map or what is not laid out.
pub fn place_of(selection: &Selection, layout: &MapLayout) -> Option<Rect> {
    match selection {
        Selection::Map => None,
        Selection::Cards(cards) => cards
            .iter()
            .filter_map(|card| layout.cards.get(card).copied())
            .reduce(|a, b| a.union(b)),
        Selection::Stage(stage) => layout.stage(*stage).map(|s| s.header),
        Selection::Lane(lane) => layout.lane(*lane).map(|l| l.header),
        Selection::Point { curve, point } => layout
            .curves
            .iter()
            .filter(|c| c.id == *curve)
            .flat_map(|c| &c.points)
            .find(|p| p.id == *point)
            .map(|p| Rect::from_center_size(p.pos, egui::Vec2::splat(24.0))),
        Selection::Link(link) => layout.links.get(link).map(|route| Rect::from_points(route)),
        Selection::Cell(cell) => layout.cell_rect(&crate::layout::CellPlace {
            lane: cell.lane,
            stage: cell.stage,
            step: cell.step,
            index: 0,
        }),
        Selection::Persona(persona) => layout
            .persona_chips
            .iter()
            .find(|(id, _)| id == persona)
            .map(|(_, rect)| *rect),
    }
}
