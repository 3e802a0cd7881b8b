//! Each persona's feelings per stage, in both maps, and how much they moved.

use serde::Serialize;

use crate::model::{Anchor, ElementRef, EmotionCurve, JourneyMap, PersonaId, StageId};

/// One persona's emotion curve in both maps, stage by stage.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CurveComparison {
    /// The persona's name, as the new map has it (the old one's if removed).
    pub persona: String,
    /// The persona in the old map, if it has it.
    pub old: Option<PersonaId>,
    /// The persona in the new map, if it has it.
    pub new: Option<PersonaId>,
    /// The stages of the new map in order, with the old map's removed stages
    /// where they stood.
    pub stages: Vec<StageEmotion>,
}

/// How a persona feels at one stage, in each map: the mean of the curve's points
/// in the stage, on its steps and on its cards.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageEmotion {
    /// The stage's name, as the new map has it (the old one's if removed).
    pub stage: String,
    /// The stage in the old map, if it has it.
    pub old: Option<StageId>,
    /// The stage in the new map, if it has it.
    pub new: Option<StageId>,
    /// The old map's score here; `None` without a point in the stage.
    pub before: Option<f32>,
    /// The new map's score here; `None` without a point in the stage.
    pub after: Option<f32>,
}

impl StageEmotion {
    /// How much better (above zero) or worse the persona feels here in the new
    /// map, when both maps have a score.
    pub fn difference(&self) -> Option<f32> {
        Some(self.after? - self.before?)
    }
}

impl CurveComparison {
    /// Gives the old map's elements back their own ids, after a comparison made
    /// in the new map's ids.
    pub(super) fn untranslate(&mut self, back: &impl Fn(ElementRef) -> ElementRef) {
        self.old = self.old.map(|id| match back(ElementRef::Persona(id)) {
            ElementRef::Persona(old) => old,
            _ => id,
        });
        for stage in &mut self.stages {
            stage.old = stage.old.map(|id| match back(ElementRef::Stage(id)) {
                ElementRef::Stage(old) => old,
                _ => id,
            });
        }
    }
}

/// The curves of both maps, persona by persona, where `old` uses the new map's
/// ids for the elements they share.
pub fn compare_curves(old: &JourneyMap, new: &JourneyMap) -> Vec<CurveComparison> {
    let stages = stage_order(old, new);
    let mut personas: Vec<(PersonaId, String)> = new
        .personas
        .iter()
        .map(|p| (p.id, p.name.clone()))
        .collect();
    for persona in &old.personas {
        if new.persona(persona.id).is_none() {
            personas.push((persona.id, persona.name.clone()));
        }
    }
    personas
        .into_iter()
        .map(|(id, name)| {
            let old_curve = old.curves.iter().find(|c| c.persona == id);
            let new_curve = new.curves.iter().find(|c| c.persona == id);
            CurveComparison {
                persona: name,
                old: old.persona(id).map(|p| p.id),
                new: new.persona(id).map(|p| p.id),
                stages: stages
                    .iter()
                    .map(|(stage, name)| StageEmotion {
                        stage: name.clone(),
                        old: old.stage(*stage).map(|s| s.id),
                        new: new.stage(*stage).map(|s| s.id),
                        before: old_curve.and_then(|c| mean_at(old, c, *stage)),
                        after: new_curve.and_then(|c| mean_at(new, c, *stage)),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The new map's stages in order, each old stage it lacks after the stage that
/// came before it in the old map.
fn stage_order(old: &JourneyMap, new: &JourneyMap) -> Vec<(StageId, String)> {
    let mut order: Vec<(StageId, String)> =
        new.stages.iter().map(|s| (s.id, s.name.clone())).collect();
    let mut place = 0;
    for stage in &old.stages {
        match order.iter().position(|(id, _)| *id == stage.id) {
            Some(found) => place = found + 1,
            None => {
                order.insert(place, (stage.id, stage.name.clone()));
                place += 1;
            }
        }
    }
    order
}

/// The mean score of a curve's points in a stage.
fn mean_at(map: &JourneyMap, curve: &EmotionCurve, stage: StageId) -> Option<f32> {
    let scores: Vec<i32> = curve
        .points
        .iter()
        .filter(|point| stage_of(map, point.anchor) == Some(stage))
        .map(|point| point.score)
        .collect();
    if scores.is_empty() {
        return None;
    }
    Some(scores.iter().sum::<i32>() as f32 / scores.len() as f32)
}

/// The stage a point sits in.
pub fn stage_of(map: &JourneyMap, anchor: Anchor) -> Option<StageId> {
    match anchor {
        Anchor::Stage(id) => Some(id),
        Anchor::Step(id) => map.stage_of_step(id).map(|s| s.id),
        Anchor::Card(id) => map.card(id).map(|c| c.stage),
    }
}
