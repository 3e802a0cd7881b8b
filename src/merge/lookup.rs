//! Any element of a map by its [`ElementRef`], as the named fields a conflict
//! records, and put back from them.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::compare::Element;
use crate::model::{ElementRef, JourneyMap};

/// The element's value, as a conflict records it; `None` when the map lacks it.
pub fn element_value(map: &JourneyMap, element: ElementRef) -> Option<Value> {
    fn value<T: Serialize>(element: Option<&T>) -> Option<Value> {
        serde_json::to_value(element?).ok()
    }
    let steps = || map.stages.iter().flat_map(|s| &s.steps);
    let points = || map.curves.iter().flat_map(|c| &c.points);
    match element {
        ElementRef::Meta => value(Some(&map.meta)),
        ElementRef::Scale => value(Some(&map.scale)),
        ElementRef::Theme => value(Some(&map.theme)),
        ElementRef::Persona(id) => value(map.persona(id)),
        ElementRef::Stage(id) => value(map.stage(id)),
        ElementRef::Step(id) => value(steps().find(|s| s.id == id)),
        ElementRef::Lane(id) => value(map.lane(id)),
        ElementRef::Card(id) => value(map.card(id)),
        ElementRef::Curve(id) => value(map.curves.iter().find(|c| c.id == id)),
        ElementRef::Point(id) => value(points().find(|p| p.id == id)),
        ElementRef::Moment(id) => value(map.moments.iter().find(|m| m.id == id)),
        ElementRef::Link(id) => value(map.links.iter().find(|l| l.id == id)),
    }
}

/// Replaces the element with `value` (the element as a conflict recorded it),
/// or adds it at the end of its list when the map lacks it. Steps and points,
/// which belong to a stage or a curve, are only replaced. False when `value`
/// is not such an element, or names another id.
pub fn put_element(map: &mut JourneyMap, element: ElementRef, value: Value) -> bool {
    fn put<T: Element + DeserializeOwned>(
        list: &mut Vec<T>,
        element: ElementRef,
        value: Value,
        add: bool,
    ) -> bool {
        let Ok(new) = serde_json::from_value::<T>(value) else {
            return false;
        };
        if new.reference() != element {
            return false;
        }
        match list.iter_mut().find(|e| e.key() == new.key()) {
            Some(old) => *old = new,
            None if add => list.push(new),
            None => return false,
        }
        true
    }
    fn single<T: DeserializeOwned>(slot: &mut T, value: Value) -> bool {
        serde_json::from_value(value).map(|new| *slot = new).is_ok()
    }
    match element {
        ElementRef::Meta => single(&mut map.meta, value),
        ElementRef::Scale => single(&mut map.scale, value),
        ElementRef::Theme => single(&mut map.theme, value),
        ElementRef::Persona(_) => put(&mut map.personas, element, value, true),
        ElementRef::Stage(_) => put(&mut map.stages, element, value, true),
        ElementRef::Lane(_) => put(&mut map.lanes, element, value, true),
        ElementRef::Card(_) => put(&mut map.cards, element, value, true),
        ElementRef::Curve(_) => put(&mut map.curves, element, value, true),
        ElementRef::Moment(_) => put(&mut map.moments, element, value, true),
        ElementRef::Link(_) => put(&mut map.links, element, value, true),
        ElementRef::Step(id) => map
            .stages
            .iter_mut()
            .find(|s| s.steps.iter().any(|step| step.id == id))
            .is_some_and(|stage| put(&mut stage.steps, element, value, false)),
        ElementRef::Point(id) => map
            .curves
            .iter_mut()
            .find(|c| c.points.iter().any(|p| p.id == id))
            .is_some_and(|curve| put(&mut curve.points, element, value, false)),
    }
}
