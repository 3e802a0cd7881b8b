//! What the user has selected; the inspector edits it.

use crate::model::{CardId, CurveId, LaneId, LinkId, PersonaId, PointId, StageId};

#[derive(Clone, Debug, Default, PartialEq)]
pub enum Selection {
    /// Nothing in particular: the inspector shows the map's details.
    #[default]
    Map,
    Cards(Vec<CardId>),
    Stage(StageId),
    Lane(LaneId),
    Point {
        curve: CurveId,
        point: PointId,
    },
    Link(LinkId),
    Persona(PersonaId),
}

impl Selection {
    pub fn cards(&self) -> &[CardId] {
        match self {
            Selection::Cards(cards) => cards,
            _ => &[],
        }
    }

    /// Adds a card to the selection, or takes it out if it was in.
    pub fn toggle_card(&mut self, card: CardId) {
        let mut cards = self.cards().to_vec();
        match cards.iter().position(|c| *c == card) {
            Some(i) => {
                cards.remove(i);
            }
            None => cards.push(card),
        }
        *self = if cards.is_empty() {
            Selection::Map
        } else {
            Selection::Cards(cards)
        };
    }

    /// The id of the one element selected, for the undo history to tell edits
    /// of one element from another's; None for the map or several cards.
    pub fn element(&self) -> Option<u32> {
        match self {
            Selection::Map => None,
            Selection::Cards(cards) => match cards.as_slice() {
                [card] => Some(card.0),
                _ => None,
            },
            Selection::Stage(id) => Some(id.0),
            Selection::Lane(id) => Some(id.0),
            Selection::Point { point, .. } => Some(point.0),
            Selection::Link(id) => Some(id.0),
            Selection::Persona(id) => Some(id.0),
        }
    }
}
