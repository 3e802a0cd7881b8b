//! A merged map whose elements point to what the other side deleted (a card
//! added in a lane they removed, a link to a card we deleted) gets the missing
//! element back, as a conflict to look at, so that nothing either side made is
//! lost and the merged map is whole.

use std::collections::HashSet;

use crate::compare::anchor_ref;
use crate::model::{Conflict, ElementRef, JourneyMap};

use super::lookup::{element_value, put_element};

/// The three maps the merge started from.
pub struct Sides<'a> {
    /// The map both sides started from.
    pub base: &'a JourneyMap,
    /// Our version.
    pub ours: &'a JourneyMap,
    /// Their version, renumbered apart from ours.
    pub theirs: &'a JourneyMap,
}

/// Puts back every element the merged map refers to but lacks, from whichever
/// side has it, and records each as a conflict (one side deleted it, the other
/// still uses it); elements that refer to what no side has are dropped. Scores
/// outside a merged scale are brought onto it.
pub fn repair(map: &mut JourneyMap, sides: &Sides) {
    // Each round puts back at least one element or drops one, so this ends.
    loop {
        let missing = missing_elements(map);
        if missing.is_empty() {
            break;
        }
        let mut restored_any = false;
        for element in missing {
            restored_any |= restore(map, element, sides);
        }
        if !restored_any {
            drop_unresolvable(map);
        }
    }
    let scale = map.scale;
    for point in map.curves.iter_mut().flat_map(|c| &mut c.points) {
        point.score = scale.clamp(point.score);
    }
}

/// What the map's elements refer to and the map lacks.
fn missing_elements(map: &JourneyMap) -> Vec<ElementRef> {
    let present: HashSet<ElementRef> = crate::compare::elements(map).into_iter().collect();
    let mut wanted: Vec<ElementRef> = Vec::new();
    for card in &map.cards {
        wanted.push(ElementRef::Lane(card.lane));
        wanted.push(ElementRef::Stage(card.stage));
        wanted.extend(card.step.map(ElementRef::Step));
    }
    for curve in &map.curves {
        wanted.push(ElementRef::Persona(curve.persona));
        wanted.extend(curve.points.iter().map(|p| anchor_ref(p.anchor)));
    }
    wanted.extend(map.moments.iter().map(|m| ElementRef::Card(m.card)));
    for link in &map.links {
        wanted.push(ElementRef::Card(link.from));
        wanted.extend(link.to.map(ElementRef::Card));
    }
    let mut seen = HashSet::new();
    wanted.retain(|element| !present.contains(element) && seen.insert(*element));
    wanted
}

/// Puts `element` back from ours, theirs or the base; a step goes back into
/// its stage. False when no side has it where it could go.
fn restore(map: &mut JourneyMap, element: ElementRef, sides: &Sides) -> bool {
    let from = [sides.ours, sides.theirs, sides.base]
        .into_iter()
        .find(|side| element_value(side, element).is_some());
    let Some(from) = from else {
        return false;
    };
    let restored = match element {
        ElementRef::Step(id) => restore_step(map, from, id),
        _ => element_value(from, element).is_some_and(|value| put_element(map, element, value)),
    };
    if restored
        && !map
            .conflicts
            .iter()
            .any(|c| c.element == element && c.is_deletion())
    {
        map.conflicts.push(Conflict {
            element,
            field: String::new(),
            base: element_value(sides.base, element),
            ours: element_value(sides.ours, element),
            theirs: element_value(sides.theirs, element),
        });
    }
    restored
}

fn restore_step(map: &mut JourneyMap, from: &JourneyMap, id: crate::model::StepId) -> bool {
    let Some(owner) = from.stage_of_step(id) else {
        return false;
    };
    let Some(step) = owner.steps.iter().find(|s| s.id == id) else {
        return false;
    };
    match map.stages.iter_mut().find(|s| s.id == owner.id) {
        Some(stage) => {
            stage.steps.push(step.clone());
            true
        }
        None => false,
    }
}

/// Drops the elements that refer to what no side has, or to a step whose stage
/// is missing too (the stage comes back first, then the step).
fn drop_unresolvable(map: &mut JourneyMap) {
    let present: HashSet<ElementRef> = crate::compare::elements(map).into_iter().collect();
    let has = |element: ElementRef| present.contains(&element);
    map.cards.retain(|c| {
        has(ElementRef::Lane(c.lane))
            && has(ElementRef::Stage(c.stage))
            && c.step.is_none_or(|s| has(ElementRef::Step(s)))
    });
    map.curves.retain(|c| has(ElementRef::Persona(c.persona)));
    for curve in &mut map.curves {
        curve.points.retain(|p| has(anchor_ref(p.anchor)));
    }
    map.moments.retain(|m| has(ElementRef::Card(m.card)));
    map.links.retain(|l| {
        has(ElementRef::Card(l.from)) && l.to.is_none_or(|to| has(ElementRef::Card(to)))
    });
}
