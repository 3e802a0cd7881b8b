//! Moving between the cells of the grid from the keyboard, for capturing cards
//! as fast as people talk: Tab and Shift+Tab walk along a lane stage by stage
//! (then on to the next lane), Ctrl and the arrows step to the next cell in
//! one direction.

use super::actions::ActionState;
use super::selection::{Cell, Selection};
use crate::model::{Card, JourneyMap};

/// A move from one cell to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellMove {
    /// The next cell along the lane, then the first cell of the next lane.
    Next,
    /// The previous cell along the lane, then the last cell of the lane above.
    Previous,
    /// The cell of the previous stage (or step) in the same lane.
    Left,
    /// The cell of the next stage (or step) in the same lane.
    Right,
    /// The cell of the lane above, at the same stage.
    Up,
    /// The cell of the lane below, at the same stage.
    Down,
}

/// The cell a card sits in; in a stage with steps, a card without a step sits
/// in the first step, as the layout places it.
pub fn cell_of(map: &JourneyMap, card: &Card) -> Cell {
    let first_step = map
        .stage(card.stage)
        .and_then(|stage| stage.steps.first())
        .map(|step| step.id);
    Cell {
        lane: card.lane,
        stage: card.stage,
        step: card.step.or(first_step),
    }
}

/// The cell the selection is in: the selected cell, or the one selected card's.
pub fn selected_cell(map: &JourneyMap, selection: &Selection) -> Option<Cell> {
    match selection {
        Selection::Cell(cell) => Some(*cell),
        Selection::Cards(cards) => match cards.as_slice() {
            [id] => map.card(*id).map(|card| cell_of(map, card)),
            _ => None,
        },
        _ => None,
    }
}

/// The cell `direction` leads to from `from`; None past the grid's edge or
/// from a cell the map no longer has.
pub fn moved(map: &JourneyMap, from: Cell, direction: CellMove) -> Option<Cell> {
    let lanes = card_lanes(map);
    let columns = columns(map);
    let row = lanes.iter().position(|lane| *lane == from.lane)?;
    let column = columns
        .iter()
        .position(|(stage, step)| *stage == from.stage && *step == from.step)?;
    let (row, column) = match direction {
        CellMove::Left => (row, column.checked_sub(1)?),
        CellMove::Right => (row, column + 1),
        CellMove::Up => (row.checked_sub(1)?, column),
        CellMove::Down => (row + 1, column),
        CellMove::Next | CellMove::Previous => {
            let width = columns.len();
            let index = row * width + column;
            let index = match direction {
                CellMove::Next => index + 1,
                _ => index.checked_sub(1)?,
            };
            (index / width, index % width)
        }
    };
    let (stage, step) = *columns.get(column)?;
    Some(Cell {
        lane: *lanes.get(row)?,
        stage,
        step,
    })
}

/// The lanes cards go in and the editor shows, top to bottom.
fn card_lanes(map: &JourneyMap) -> Vec<crate::model::LaneId> {
    map.lanes
        .iter()
        .filter(|lane| lane.kind.holds_cards() && !lane.hidden)
        .map(|lane| lane.id)
        .collect()
}

/// Every column of the grid, left to right: each stage, or each of its steps.
fn columns(map: &JourneyMap) -> Vec<(crate::model::StageId, Option<crate::model::StepId>)> {
    map.stages
        .iter()
        .flat_map(|stage| {
            let steps: Vec<_> = stage.steps.iter().map(|step| Some(step.id)).collect();
            let steps = if steps.is_empty() { vec![None] } else { steps };
            steps.into_iter().map(move |step| (stage.id, step))
        })
        .collect()
}

impl ActionState<'_> {
    /// Whether a cell or one card is selected, for moving between cells.
    pub(crate) fn has_cell_or_card(&self) -> bool {
        matches!(self.selection, Selection::Cell(_)) || self.selection.cards().len() == 1
    }

    /// Whether a V typed now toggles vote mode: not while a selected cell takes
    /// what is typed as a new card.
    pub(crate) fn may_toggle_voting(&self) -> bool {
        !matches!(self.selection, Selection::Cell(_))
    }
}

#[cfg(test)]
mod tests {
    use super::{CellMove, moved};
    use crate::ui::selection::Cell;

    fn lifecycle() -> crate::model::JourneyMap {
        crate::templates::find("lifecycle")
            .expect("the lifecycle template")
            .load("en")
            .expect("it loads")
    }

    #[test]
    fn tab_walks_a_lane_stage_by_stage_then_the_next_lane_and_back() {
        let map = lifecycle();
        let lanes: Vec<_> = map
            .lanes
            .iter()
            .filter(|l| l.kind.holds_cards() && !l.hidden)
            .map(|l| l.id)
            .collect();
        let last = map.stages.len() - 1;
        let at = |lane: usize, stage: usize| Cell {
            lane: lanes[lane],
            stage: map.stages[stage].id,
            step: None,
        };
        assert_eq!(moved(&map, at(0, 0), CellMove::Next), Some(at(0, 1)));
        assert_eq!(moved(&map, at(0, last), CellMove::Next), Some(at(1, 0)));
        assert_eq!(moved(&map, at(1, 0), CellMove::Previous), Some(at(0, last)));
        assert_eq!(moved(&map, at(0, 0), CellMove::Previous), None);
        assert_eq!(moved(&map, at(0, last), CellMove::Right), None);
        assert_eq!(moved(&map, at(0, 2), CellMove::Down), Some(at(1, 2)));
        assert_eq!(moved(&map, at(1, 2), CellMove::Up), Some(at(0, 2)));
        assert_eq!(moved(&map, at(0, 2), CellMove::Up), None);
        assert_eq!(moved(&map, at(0, 2), CellMove::Left), Some(at(0, 1)));
    }
}
