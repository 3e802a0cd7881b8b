//! Where things sit along the journey, looked up once per analysis so that a map
//! of thousands of cards is read in a few passes.

use std::collections::HashMap;

use crate::model::{Anchor, Card, CardId, JourneyMap, LaneId, LaneKind, StageId, StepId};

/// A place along the journey that sorts left to right: stage, step, then the
/// card's order in the map (0 for a point on a stage or a step).
pub type JourneyOrder = (usize, usize, usize);

/// The map with its stages, steps, lanes and cards indexed by id.
pub struct Places<'a> {
    /// The map analysed.
    pub map: &'a JourneyMap,
    stage_index: HashMap<StageId, usize>,
    step_place: HashMap<StepId, (StageId, usize)>,
    card_index: HashMap<CardId, usize>,
    lane_kind: HashMap<LaneId, LaneKind>,
}

impl<'a> Places<'a> {
    pub fn new(map: &'a JourneyMap) -> Self {
        let stage_index = map
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        let step_place = map
            .stages
            .iter()
            .flat_map(|s| {
                s.steps
                    .iter()
                    .enumerate()
                    .map(|(i, step)| (step.id, (s.id, i)))
            })
            .collect();
        let card_index = map
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        let lane_kind = map.lanes.iter().map(|l| (l.id, l.kind)).collect();
        Self {
            map,
            stage_index,
            step_place,
            card_index,
            lane_kind,
        }
    }

    /// The card with this id.
    pub fn card(&self, id: CardId) -> Option<&'a Card> {
        self.card_index.get(&id).map(|&i| &self.map.cards[i])
    }

    /// The position of a stage, from 0 on the left.
    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stage_index.get(&id).copied()
    }

    /// The kind of the lane a card sits in.
    pub fn kind_of(&self, card: &Card) -> Option<LaneKind> {
        self.lane_kind.get(&card.lane).copied()
    }

    /// The cards in lanes of `kind` whose stage exists, in document order.
    pub fn cards_of_kind(&self, kind: LaneKind) -> impl Iterator<Item = &'a Card> + '_ {
        self.map.cards.iter().filter(move |card| {
            self.kind_of(card) == Some(kind) && self.stage_index(card.stage).is_some()
        })
    }

    /// Where a card sits along the journey; `None` for a card of no stage.
    pub fn card_order(&self, card: &Card) -> Option<JourneyOrder> {
        let stage = self.stage_index(card.stage)?;
        let step = card
            .step
            .and_then(|step| self.step_place.get(&step))
            .map_or(0, |&(_, index)| index);
        Some((stage, step, *self.card_index.get(&card.id)?))
    }

    /// The stage a point anchored here belongs to, the card when anchored to one,
    /// and its place along the journey.
    pub fn anchor_place(&self, anchor: Anchor) -> Option<(StageId, Option<CardId>, JourneyOrder)> {
        match anchor {
            Anchor::Stage(stage) => Some((stage, None, (self.stage_index(stage)?, 0, 0))),
            Anchor::Step(step) => {
                let &(stage, index) = self.step_place.get(&step)?;
                Some((stage, None, (self.stage_index(stage)?, index, 0)))
            }
            Anchor::Card(id) => {
                let card = self.card(id)?;
                Some((card.stage, Some(id), self.card_order(card)?))
            }
        }
    }
}
