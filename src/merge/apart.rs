//! Both sides adding elements is never a conflict: where both gave new elements
//! the same id, theirs get fresh ids, and every reference follows.

use std::collections::{HashMap, HashSet};

use crate::compare::elements;
use crate::model::{ElementRef, JourneyMap};

use super::lookup::element_value;

/// `theirs`, with each id it gave a new element that ours also gave to another
/// new element replaced by an id none of the three maps uses. An element both
/// sides added alike, with the same id, keeps it: it is one element.
pub fn renumbered_apart(base: &JourneyMap, ours: &JourneyMap, theirs: &JourneyMap) -> JourneyMap {
    let in_base: HashSet<u32> = base.all_ids().collect();
    let ours_new: HashMap<u32, ElementRef> = new_elements(ours, &in_base);
    let mut colliding: Vec<u32> = new_elements(theirs, &in_base)
        .into_iter()
        .filter(|(id, element)| match ours_new.get(id) {
            None => false,
            Some(ours_element) => {
                ours_element != element
                    || element_value(ours, *element) != element_value(theirs, *element)
            }
        })
        .map(|(id, _)| id)
        .collect();
    let mut renumbered = theirs.clone();
    if colliding.is_empty() {
        return renumbered;
    }
    colliding.sort_unstable();
    let first_free = [base, ours, theirs]
        .iter()
        .map(|map| map.next_free_id())
        .max()
        .unwrap_or(1);
    let fresh: HashMap<u32, u32> = colliding.into_iter().zip(first_free..).collect();
    renumbered.renumber(|id| fresh.get(&id).copied().unwrap_or(id));
    renumbered
}

/// The elements of `map` whose ids the base does not use, by id.
fn new_elements(map: &JourneyMap, in_base: &HashSet<u32>) -> HashMap<u32, ElementRef> {
    elements(map)
        .into_iter()
        .filter_map(|element| Some((element.id()?, element)))
        .filter(|(id, _)| !in_base.contains(id))
        .collect()
}
