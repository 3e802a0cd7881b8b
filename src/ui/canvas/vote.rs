//! Vote mode on the canvas: each click on a card adds a dot, Shift-click takes
//! one away, each click its own undo step.

use crate::edit::Edit;
use crate::layout::Hit;
use crate::model::JourneyMap;

/// The dots each participant may place, counted from the votes the map held
/// when their turn began: undoing a vote gives its dot back.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DotBudget {
    /// How many dots each participant places; 0 for no limit.
    pub per_participant: u32,
    /// All the map's votes when the participant's turn began.
    pub votes_at_turn_start: u32,
}

impl DotBudget {
    /// The dots the participant has left; None when there is no limit.
    pub fn left(&self, map: &JourneyMap) -> Option<u32> {
        let placed = all_votes(map).saturating_sub(self.votes_at_turn_start);
        (self.per_participant > 0).then(|| self.per_participant.saturating_sub(placed))
    }

    /// Starts the next participant's turn, with all their dots.
    pub fn next_participant(&mut self, map: &JourneyMap) {
        self.votes_at_turn_start = all_votes(map);
    }
}

fn all_votes(map: &JourneyMap) -> u32 {
    map.cards
        .iter()
        .fold(0, |sum, card| sum.saturating_add(card.votes))
}

/// The most votes a card can hold, as the inspector allows.
pub const MAX_VOTES: u32 = 9999;

/// The edit a vote-mode click on `hit` makes: one dot more on the card hit, or
/// one less with `remove`; None off a card, for a dot that cannot go, or when
/// the participant has no dot left.
pub(super) fn vote_click(
    map: &JourneyMap,
    hit: Hit,
    remove: bool,
    budget: &DotBudget,
) -> Option<Edit> {
    let Hit::Card(id) = hit else {
        return None;
    };
    if !remove && budget.left(map) == Some(0) {
        return None;
    }
    let card = map.card(id)?;
    let votes = if remove {
        card.votes.checked_sub(1)?
    } else {
        card.votes.saturating_add(1).min(MAX_VOTES)
    };
    (votes != card.votes).then_some(Edit::SetVotes { card: id, votes })
}

/// What the pointer grabs in vote mode: never a card, so that a shaky click
/// moves nothing; the view pans instead.
pub(super) fn grabbed_in_vote_mode(hit: Hit) -> Hit {
    match hit {
        Hit::Card(_) | Hit::LinkHandle(_) => Hit::Nothing,
        other => other,
    }
}
