//! Giving elements other ids, every reference following.

use super::{Anchor, JourneyMap};

impl JourneyMap {
    /// Gives every element the id `new_id` returns for its id, and every
    /// reference to it the same: cards' lanes, stages and steps, curves'
    /// personas, points' anchors, moments' cards, links' ends and conflicts'
    /// elements. `new_id` must give distinct ids for distinct ids.
    pub fn renumber(&mut self, new_id: impl Fn(u32) -> u32) {
        let id = |value: &mut u32| *value = new_id(*value);
        for persona in &mut self.personas {
            id(&mut persona.id.0);
        }
        for stage in &mut self.stages {
            id(&mut stage.id.0);
            for step in &mut stage.steps {
                id(&mut step.id.0);
            }
        }
        for lane in &mut self.lanes {
            id(&mut lane.id.0);
        }
        for card in &mut self.cards {
            id(&mut card.id.0);
            id(&mut card.lane.0);
            id(&mut card.stage.0);
            if let Some(step) = &mut card.step {
                id(&mut step.0);
            }
        }
        for curve in &mut self.curves {
            id(&mut curve.id.0);
            id(&mut curve.persona.0);
            for point in &mut curve.points {
                id(&mut point.id.0);
                match &mut point.anchor {
                    Anchor::Stage(stage) => id(&mut stage.0),
                    Anchor::Step(step) => id(&mut step.0),
                    Anchor::Card(card) => id(&mut card.0),
                }
            }
        }
        for moment in &mut self.moments {
            id(&mut moment.id.0);
            id(&mut moment.card.0);
        }
        for link in &mut self.links {
            id(&mut link.id.0);
            id(&mut link.from.0);
            if let Some(to) = &mut link.to {
                id(&mut to.0);
            }
        }
        for conflict in &mut self.conflicts {
            conflict.element = conflict.element.renumbered(&new_id);
        }
    }
}
