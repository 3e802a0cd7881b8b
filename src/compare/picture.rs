//! The map the compare mode draws: the new map with what the old one had and
//! the new one lost put back as ghosts (removed stages and lanes at their old
//! places, removed cards in their old cells), each under a fresh id so that
//! nothing of the new map is mistaken for them.

use std::collections::HashMap;

use crate::model::{Anchor, CardId, ElementRef, JourneyMap, LaneId, StageId, StepId};

use super::{ChangeKind, Comparison};

/// The new map with ghosts of what it lost.
#[derive(Clone, Debug)]
pub struct Picture {
    /// The map to lay out and draw.
    pub map: JourneyMap,
    /// Each ghost, by its id in [`Picture::map`], and the old map's element it
    /// stands for.
    pub ghosts: HashMap<ElementRef, ElementRef>,
    /// The other way: each old element ghosted here, and its ghost.
    ghost_of: HashMap<ElementRef, ElementRef>,
}

impl Picture {
    /// The new map of `comparison`, with ghosts of the stages, lanes and cards
    /// only `old` has.
    pub fn of(comparison: &Comparison, old: &JourneyMap, new: &JourneyMap) -> Self {
        let mut picture = Self {
            map: new.clone(),
            ghosts: HashMap::new(),
            ghost_of: HashMap::new(),
        };
        let mut fresh = old.next_free_id().max(new.next_free_id());
        let removed: Vec<ElementRef> = comparison
            .changes
            .iter()
            .filter(|c| c.what == ChangeKind::Removed)
            .filter_map(|c| c.old)
            .collect();
        for element in &removed {
            match *element {
                ElementRef::Stage(id) => picture.ghost_stage(old, id, &mut fresh),
                ElementRef::Lane(id) => picture.ghost_lane(old, id, &mut fresh),
                _ => {}
            }
        }
        for element in &removed {
            if let ElementRef::Card(id) = *element {
                picture.ghost_card(comparison, old, id, &mut fresh);
            }
        }
        picture
    }

    /// Where the old map's `element` is drawn: the new map's element it was
    /// paired with, or its ghost.
    pub fn of_old(&self, comparison: &Comparison, element: ElementRef) -> Option<ElementRef> {
        comparison
            .matching
            .new_of(element)
            .or_else(|| self.ghost_of.get(&element).copied())
    }

    /// Where the old map's `anchor` of an emotion point is drawn.
    pub fn anchor_of_old(&self, comparison: &Comparison, anchor: Anchor) -> Option<Anchor> {
        Some(match anchor {
            Anchor::Stage(id) => match self.of_old(comparison, ElementRef::Stage(id))? {
                ElementRef::Stage(id) => Anchor::Stage(id),
                _ => return None,
            },
            Anchor::Step(id) => match self.of_old(comparison, ElementRef::Step(id))? {
                ElementRef::Step(id) => Anchor::Step(id),
                _ => return None,
            },
            Anchor::Card(id) => match self.of_old(comparison, ElementRef::Card(id))? {
                ElementRef::Card(id) => Anchor::Card(id),
                _ => return None,
            },
        })
    }

    fn remember(&mut self, old: ElementRef, ghost: ElementRef) {
        self.ghosts.insert(ghost, old);
        self.ghost_of.insert(old, ghost);
    }

    fn ghost_stage(&mut self, old: &JourneyMap, id: StageId, fresh: &mut u32) {
        let Some(index) = old.stages.iter().position(|s| s.id == id) else {
            return;
        };
        let mut stage = old.stages[index].clone();
        stage.id = StageId(next(fresh));
        for step in &mut stage.steps {
            let ghost = StepId(next(fresh));
            self.remember(ElementRef::Step(step.id), ElementRef::Step(ghost));
            step.id = ghost;
        }
        self.remember(ElementRef::Stage(id), ElementRef::Stage(stage.id));
        let place = index.min(self.map.stages.len());
        self.map.stages.insert(place, stage);
    }

    fn ghost_lane(&mut self, old: &JourneyMap, id: LaneId, fresh: &mut u32) {
        let Some(index) = old.lanes.iter().position(|l| l.id == id) else {
            return;
        };
        let mut lane = old.lanes[index].clone();
        lane.id = LaneId(next(fresh));
        self.remember(ElementRef::Lane(id), ElementRef::Lane(lane.id));
        let place = index.min(self.map.lanes.len());
        self.map.lanes.insert(place, lane);
    }

    fn ghost_card(
        &mut self,
        comparison: &Comparison,
        old: &JourneyMap,
        id: CardId,
        fresh: &mut u32,
    ) {
        let Some(card) = old.card(id) else { return };
        let stage = match self.of_old(comparison, ElementRef::Stage(card.stage)) {
            Some(ElementRef::Stage(stage)) => stage,
            _ => return,
        };
        let lane = match self.of_old(comparison, ElementRef::Lane(card.lane)) {
            Some(ElementRef::Lane(lane)) => lane,
            _ => return,
        };
        let step =
            card.step.and_then(
                |step| match self.of_old(comparison, ElementRef::Step(step)) {
                    Some(ElementRef::Step(step)) => Some(step),
                    _ => None,
                },
            );
        let mut ghost = card.clone();
        ghost.id = CardId(next(fresh));
        ghost.stage = stage;
        ghost.lane = lane;
        ghost.step = step;
        self.remember(ElementRef::Card(id), ElementRef::Card(ghost.id));
        self.map.cards.push(ghost);
    }
}

/// The next fresh id.
fn next(fresh: &mut u32) -> u32 {
    *fresh = fresh.saturating_add(1);
    *fresh
}
