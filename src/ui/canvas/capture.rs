//! Capturing cards as fast as people talk: typing on a selected cell starts a
//! card there, Enter keeps it and starts the next one in the same cell, Tab
//! keeps it and goes on to the next cell. Each card is one undo step.

use egui::{Event, Rect, Ui, pos2, vec2};

use super::CanvasInput;
use super::text_edit::{EditTarget, TextEditing};
use crate::edit::Edit;
use crate::layout::{CellPlace, MapLayout, metrics};
use crate::model::{Card, CardId, JourneyMap};
use crate::ui::cells::{CellMove, cell_of, moved};
use crate::ui::selection::{Cell, Selection};

/// An edit the canvas made, and the undo step it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct CanvasEdit {
    /// The change to the map.
    pub edit: Edit,
    /// The document revision whose undo step this edit joins, while the map
    /// is still at that revision: the text typed on a card just dropped joins
    /// the drop. None for a step of its own.
    pub joins_step: Option<u64>,
}

impl From<Edit> for CanvasEdit {
    fn from(edit: Edit) -> Self {
        CanvasEdit {
            edit,
            joins_step: None,
        }
    }
}

/// The place of a cell, at its end.
fn end_of_cell(layout: &MapLayout, cell: Cell) -> CellPlace {
    let index = layout
        .cells
        .get(&(cell.lane, cell.stage, cell.step))
        .map_or(0, Vec::len);
    CellPlace {
        lane: cell.lane,
        stage: cell.stage,
        step: cell.step,
        index,
    }
}

/// Letters typed with a cell selected and nothing being typed start a new
/// card at the end of that cell.
pub(super) fn start_on_selected_cell(
    ui: &Ui,
    input: &CanvasInput<'_>,
    selection: &Selection,
) -> Option<TextEditing> {
    let Selection::Cell(cell) = selection else {
        return None;
    };
    if ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    let typed: String = ui.input(|i| {
        i.events
            .iter()
            .filter_map(|event| match event {
                Event::Text(text) => Some(text.as_str()),
                _ => None,
            })
            .collect()
    });
    if typed.trim().is_empty() {
        return None;
    }
    let place = end_of_cell(input.layout, *cell);
    Some(TextEditing::capture(place, typed))
}

/// The cell of what is being typed.
fn cell_of_target(map: &JourneyMap, target: &EditTarget) -> Option<Cell> {
    match target {
        EditTarget::Card(id) => map.card(*id).map(|card| cell_of(map, card)),
        EditTarget::NewCard(place) => Some(Cell {
            lane: place.lane,
            stage: place.stage,
            step: place.step,
        }),
        EditTarget::Stage(_) | EditTarget::Lane(_) => None,
    }
}

/// Selects the cell `direction` leads to from the cell of what was typed.
pub(super) fn move_on(
    map: &JourneyMap,
    target: &EditTarget,
    direction: CellMove,
    selection: &mut Selection,
) {
    if let Some(next) = cell_of_target(map, target).and_then(|from| moved(map, from, direction)) {
        *selection = Selection::Cell(next);
    }
}

/// Where the card after the one typed goes: right after it in its cell.
pub(super) fn next_in_cell(input: &CanvasInput<'_>, target: &EditTarget) -> Option<CellPlace> {
    match target {
        EditTarget::NewCard(place) => Some(CellPlace {
            index: place.index + 1,
            ..*place
        }),
        EditTarget::Card(id) => {
            let cell = cell_of_target(input.map, target)?;
            let in_cell = input
                .layout
                .cells
                .get(&(cell.lane, cell.stage, cell.step))?;
            let index = in_cell.iter().position(|c| c == id)? + 1;
            Some(CellPlace {
                lane: cell.lane,
                stage: cell.stage,
                step: cell.step,
                index,
            })
        }
        EditTarget::Stage(_) | EditTarget::Lane(_) => None,
    }
}

/// Where a card being captured is typed: a card's size at the foot of its cell,
/// below the cards already there.
pub(super) fn new_card_rect(layout: &MapLayout, place: &CellPlace) -> Option<Rect> {
    let cell = layout.cell_rect(place)?;
    let below_cards = layout
        .cells
        .get(&(place.lane, place.stage, place.step))
        .into_iter()
        .flatten()
        .filter_map(|card| layout.cards.get(card))
        .map(|rect| rect.bottom() + metrics::GAP)
        .fold(cell.top() + metrics::CELL_PADDING, f32::max);
    let width = cell.width() - 2.0 * metrics::CELL_PADDING;
    Some(Rect::from_min_size(
        pos2(cell.left() + metrics::CELL_PADDING, below_cards),
        vec2(width, metrics::CARD_HEIGHT),
    ))
}

/// The edit that adds a captured card with `text` at `place`, which the
/// selection moves to.
pub(super) fn insert_new_card(
    map: &JourneyMap,
    place: CellPlace,
    text: String,
    selection: &mut Selection,
) -> Edit {
    let mut card = Card::new(CardId(map.next_free_id()), place.lane, place.stage, text);
    card.step = place.step;
    *selection = Selection::Cards(vec![card.id]);
    Edit::InsertCard {
        card,
        index: place.index,
    }
}
