//! What the inspector shows for a workshop: the selected cell a card can be
//! typed into, and the cards the room voted for most.

use std::cmp::Reverse;

use egui::{RichText, Ui};

use crate::lang::fill;
use crate::model::JourneyMap;
use crate::ui::selection::{Cell, Selection};

/// How many cards the Top voted list shows.
const TOP_VOTED: usize = 10;

/// A selected cell: where it is, and how to type a card into it.
pub(super) fn cell_ui(ui: &mut Ui, map: &JourneyMap, cell: Cell, selection: &mut Selection) {
    let (Some(lane), Some(stage)) = (map.lane(cell.lane), map.stage(cell.stage)) else {
        *selection = Selection::Map;
        return;
    };
    let words = crate::ui::words(ui.ctx());
    ui.heading(words.heading_cell);
    ui.label(fill(words.cell_hint, &[&lane.title, &stage.name]));
}

/// The cards with the most dot votes, most first (map order among equals);
/// a click selects one. Nothing while no card has a vote.
pub(super) fn top_voted_ui(ui: &mut Ui, map: &JourneyMap, selection: &mut Selection) {
    let mut voted: Vec<_> = map.cards.iter().filter(|card| card.votes > 0).collect();
    if voted.is_empty() {
        return;
    }
    voted.sort_by_key(|card| Reverse(card.votes));
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.separator();
    ui.strong(words.top_voted);
    for card in voted.into_iter().take(TOP_VOTED) {
        let votes = language.counted(card.votes as usize, words.vote_one, words.vote_many);
        let chosen = selection.cards() == [card.id];
        let text = RichText::new(format!("{votes} · {}", card.text));
        if ui.selectable_label(chosen, text).clicked() {
            *selection = Selection::Cards(vec![card.id]);
        }
    }
    ui.separator();
}
