//! What the user has selected; the inspector edits it.

use crate::model::{CardId, CurveId, LaneId, LinkId, PersonaId, PointId, StageId, StepId};

/// What is selected on the canvas: the map, some cards, or one other element.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Selection {
    /// Nothing in particular: the inspector shows the map's details.
    #[default]
    Map,
    /// One or more cards; the selection becomes [`Selection::Map`] rather than
    /// hold none.
    Cards(Vec<CardId>),
    /// A stage: a column of the map.
    Stage(StageId),
    /// A lane: a row of the map.
    Lane(LaneId),
    /// An emotion point of a persona's curve.
    Point {
        /// The curve the point is on.
        curve: CurveId,
        /// The point.
        point: PointId,
    },
    /// A link between two cards.
    Link(LinkId),
    /// A persona; a click on its chip above the lane titles selects it.
    Persona(PersonaId),
    /// A cell of the grid, to type a new card into: a click on its empty
    /// space, Tab or Ctrl and an arrow selects it.
    Cell(Cell),
}

/// A place of the grid cards go in: a lane at a stage, and at one of its steps
/// when the stage has steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cell {
    /// The row: a lane that holds cards.
    pub lane: LaneId,
    /// The column.
    pub stage: StageId,
    /// The step of `stage`; `None` in a stage without steps.
    pub step: Option<StepId>,
}

impl Selection {
    /// The selected cards; empty when what is selected is not cards.
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
            Selection::Cell(_) => None,
        }
    }
}
