//! Vote mode on the canvas: each click on a card adds a dot, Shift-click takes
//! one away, each click its own undo step.

use crate::edit::Edit;
use crate::layout::Hit;
use crate::model::JourneyMap;

/// The most votes a card can hold, as the inspector allows.
pub const MAX_VOTES: u32 = 9999;

/// The edit a vote-mode click on `hit` makes: one dot more on the card hit, or
/// one less with `remove`; None off a card, or for a dot that cannot go.
pub(super) fn vote_click(map: &JourneyMap, hit: Hit, remove: bool) -> Option<Edit> {
    let Hit::Card(id) = hit else {
        return None;
    };
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
