//! Cards on the system clipboard, as RON text, so that they paste between windows.

use serde::{Deserialize, Serialize};

use crate::model::{Card, CardId, JourneyMap, LaneKind};

/// Cards as copied, each with the kind of lane it came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CopiedCards {
    /// The cards in map order, each with its lane's kind; the field's name marks
    /// the text as Parcours cards on the clipboard.
    pub parcours_cards: Vec<(LaneKind, Card)>,
}

impl CopiedCards {
    /// Copies the cards of `map` whose ids are in `ids`; ids of no card are skipped.
    pub fn from_map(map: &JourneyMap, ids: &[CardId]) -> Self {
        let parcours_cards = map
            .cards
            .iter()
            .filter(|card| ids.contains(&card.id))
            .filter_map(|card| Some((map.lane(card.lane)?.kind, card.clone())))
            .collect();
        Self { parcours_cards }
    }

    /// The cards as the RON text the clipboard carries.
    pub fn to_text(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
            .unwrap_or_else(|err| unreachable!("cards always serialize: {err}"))
    }

    /// The cards in a clipboard text, or None when the text is something else.
    pub fn from_text(text: &str) -> Option<Self> {
        ron::from_str(text)
            .ok()
            .filter(|copied: &Self| !copied.parcours_cards.is_empty())
    }
}
