//! Where pasted cards go: next to the selected card, or back in a lane of their
//! kind at their stage, with fresh ids.

use super::Edit;
use crate::file::CopiedCards;
use crate::model::{Card, CardId, JourneyMap, LaneId};

/// The edit that pastes `copied` into `map`, beside the card `beside` if given.
pub fn paste(map: &JourneyMap, copied: &CopiedCards, beside: Option<CardId>) -> Option<Edit> {
    let mut next_id = map.next_free_id();
    let beside = beside.and_then(|id| map.card(id));
    let first_stage = map.stages.first()?.id;
    let cards: Vec<Card> = copied
        .parcours_cards
        .iter()
        .filter_map(|(kind, card)| {
            let (lane, stage, step) = match beside {
                Some(target) => (target.lane, target.stage, target.step),
                None => {
                    let lane = lane_for(map, card.lane, *kind)?;
                    let stage = map.stage(card.stage).map_or(first_stage, |s| s.id);
                    let step = card.step.filter(|step| {
                        map.stage(stage)
                            .is_some_and(|s| s.steps.iter().any(|st| st.id == *step))
                    });
                    (lane, stage, step)
                }
            };
            let id = CardId(next_id);
            next_id += 1;
            Some(Card {
                id,
                lane,
                stage,
                step,
                ..card.clone()
            })
        })
        .collect();
    (!cards.is_empty()).then_some(Edit::AddCards(cards))
}

/// The card's own lane if this map has it with the same kind, else the first lane
/// of that kind.
fn lane_for(map: &JourneyMap, lane: LaneId, kind: crate::model::LaneKind) -> Option<LaneId> {
    map.lane(lane)
        .filter(|l| l.kind == kind)
        .or_else(|| map.lanes.iter().find(|l| l.kind == kind))
        .map(|l| l.id)
}
