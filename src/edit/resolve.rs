//! Resolving a conflict a merge recorded: our value, their value, or the map as
//! it is now (after editing the field by hand). Each is one edit, one undo step.

use serde_json::Value;

use super::Edit;
use crate::merge::{element_value, put_element};
use crate::model::{Conflict, ElementRef, JourneyMap};

/// Which value a resolved conflict keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Take {
    /// Our value (the one the merge kept), or our deletion.
    Ours,
    /// Their value, or their deletion.
    Theirs,
    /// Whatever the map holds now: the conflict is only marked resolved.
    AsItIs,
}

impl Edit {
    /// The edit that resolves `conflict` by taking our value.
    pub fn take_ours(conflict: &Conflict) -> Edit {
        Edit::ResolveConflict {
            conflict: conflict.clone(),
            take: Take::Ours,
        }
    }

    /// The edit that resolves `conflict` by taking their value.
    pub fn take_theirs(conflict: &Conflict) -> Edit {
        Edit::ResolveConflict {
            conflict: conflict.clone(),
            take: Take::Theirs,
        }
    }
}

/// Puts the chosen value in place and removes the conflict from the map. False,
/// changing nothing, when the map no longer has the conflict, or when the value
/// cannot go back (its lane or card is gone since, say).
pub(super) fn resolve(map: &mut JourneyMap, conflict: &Conflict, take: Take) -> bool {
    let Some(index) = map.conflicts.iter().position(|c| c == conflict) else {
        return false;
    };
    let mut resolved = map.clone();
    resolved.conflicts.remove(index);
    let value = match take {
        Take::AsItIs => {
            *map = resolved;
            return true;
        }
        Take::Ours => conflict.ours.clone(),
        Take::Theirs => conflict.theirs.clone(),
    };
    let put = if conflict.is_deletion() {
        match value {
            Some(value) => put_element(&mut resolved, conflict.element, value),
            None => remove(&mut resolved, conflict.element),
        }
    } else {
        put_field(&mut resolved, conflict.element, &conflict.field, value)
    };
    let scale = resolved.scale;
    for point in resolved.curves.iter_mut().flat_map(|c| &mut c.points) {
        point.score = scale.clamp(point.score);
    }
    if !put || !resolved.validate().is_empty() {
        return false;
    }
    *map = resolved;
    true
}

/// Sets one field of an element; `None` unsets it.
fn put_field(map: &mut JourneyMap, element: ElementRef, field: &str, value: Option<Value>) -> bool {
    let Some(Value::Object(mut fields)) = element_value(map, element) else {
        return false;
    };
    match value {
        Some(value) => fields.insert(field.to_owned(), value),
        None => fields.remove(field),
    };
    put_element(map, element, Value::Object(fields))
}

/// Removes an element as the editor would, with what hangs on it; an element
/// already gone is fine.
fn remove(map: &mut JourneyMap, element: ElementRef) -> bool {
    if element_value(map, element).is_none() {
        return true;
    }
    let edit = match element {
        ElementRef::Meta | ElementRef::Scale | ElementRef::Theme => return false,
        ElementRef::Persona(id) => Edit::RemovePersona(id),
        ElementRef::Stage(id) => Edit::RemoveStage(id),
        ElementRef::Lane(id) => Edit::RemoveLane(id),
        ElementRef::Card(id) => Edit::DeleteCards(vec![id]),
        ElementRef::Moment(id) => Edit::RemoveMoment(id),
        ElementRef::Link(id) => Edit::RemoveLink(id),
        ElementRef::Curve(id) => {
            map.curves.retain(|c| c.id != id);
            return true;
        }
        ElementRef::Point(point) => {
            let Some(curve) = map
                .curves
                .iter()
                .find(|c| c.points.iter().any(|p| p.id == point))
            else {
                return false;
            };
            Edit::RemovePoint {
                curve: curve.id,
                point,
            }
        }
        ElementRef::Step(step) => {
            let Some(mut stage) = map.stage_of_step(step).cloned() else {
                return false;
            };
            stage.steps.retain(|s| s.id != step);
            Edit::ReplaceStage(stage)
        }
    };
    edit.apply(map)
}
