//! A list of elements merged element by element, keyed by id, and its order
//! merged as a sequence.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::compare::{Element, fields_of, from_fields};
use crate::model::Conflict;

use super::fields::{Versions, merge_fields};

/// Merges the elements a merged element holds (a stage's steps, a curve's
/// points), given the base's (if any), ours and theirs.
pub type MergeChildren<T> = fn(&mut T, Option<&T>, &T, &T, &mut Vec<Conflict>);

/// The merged list: each element as [`merge_element`] makes it, elements one
/// side added kept, elements one side deleted and the other left alone gone,
/// and a deletion of what the other side edited a conflict that keeps ours.
pub fn merge_list<T: Element>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    conflicts: &mut Vec<Conflict>,
    children: MergeChildren<T>,
) -> Vec<T> {
    let by_id =
        |list: &[T]| -> HashMap<u32, T> { list.iter().map(|e| (e.key(), e.clone())).collect() };
    let (base_of, ours_of, theirs_of) = (by_id(base), by_id(ours), by_id(theirs));
    let mut merged: HashMap<u32, T> = HashMap::new();
    for id in ours.iter().chain(theirs).chain(base).map(Element::key) {
        if merged.contains_key(&id) {
            continue;
        }
        let versions = (base_of.get(&id), ours_of.get(&id), theirs_of.get(&id));
        let kept = match versions {
            (base, Some(o), Some(t)) => Some(merge_element(base, o, t, conflicts, children)),
            (Some(b), Some(o), None) if o != b => {
                conflicts.push(deletion(b, Some(o), None));
                Some(o.clone())
            }
            (Some(b), None, Some(t)) if t != b => {
                conflicts.push(deletion(b, None, Some(t)));
                None
            }
            (None, Some(added), None) | (None, None, Some(added)) => Some(added.clone()),
            _ => None,
        };
        if let Some(element) = kept {
            merged.insert(id, element);
        }
    }
    let order = merge_order(&keys(base), &keys(ours), &keys(theirs), &merged);
    order
        .into_iter()
        .filter_map(|id| merged.remove(&id))
        .collect()
}

/// One element both sides have, merged field by field, its own elements too.
pub fn merge_element<T: Element>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    conflicts: &mut Vec<Conflict>,
    children: MergeChildren<T>,
) -> T {
    if ours == theirs || base == Some(theirs) {
        return ours.clone();
    }
    if base == Some(ours) {
        return theirs.clone();
    }
    let base_fields = base.map(fields_of).unwrap_or_default();
    let versions = Versions {
        base: &base_fields,
        ours: &fields_of(ours),
        theirs: &fields_of(theirs),
    };
    let mut fields = merge_fields(ours.reference(), &versions, T::CHILDREN, conflicts);
    if let Some(name) = T::CHILDREN
        && let Some(own) = versions.ours.get(name)
    {
        fields.insert(name.to_owned(), own.clone());
    }
    let mut merged: T = from_fields(fields).unwrap_or_else(|| ours.clone());
    children(&mut merged, base, ours, theirs, conflicts);
    merged
}

/// No elements inside: nothing to merge.
pub fn no_children<T>(_: &mut T, _: Option<&T>, _: &T, _: &T, _: &mut Vec<Conflict>) {}

/// The conflict of an element one side deleted and the other edited.
fn deletion<T: Element>(base: &T, ours: Option<&T>, theirs: Option<&T>) -> Conflict {
    let value = |element: &T| Value::Object(fields_of(element));
    Conflict {
        element: base.reference(),
        field: String::new(),
        base: Some(value(base)),
        ours: ours.map(value),
        theirs: theirs.map(value),
    }
}

fn keys<T: Element>(list: &[T]) -> Vec<u32> {
    list.iter().map(Element::key).collect()
}

/// The order of the merged elements: the order of the side that reordered
/// what it shares with the base (ours when both did), with the other side's
/// new elements each placed after the element it follows there.
fn merge_order<T>(base: &[u32], ours: &[u32], theirs: &[u32], kept: &HashMap<u32, T>) -> Vec<u32> {
    let (frame, other) = if keeps_order(base, ours) {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut order: Vec<u32> = frame
        .iter()
        .copied()
        .filter(|id| kept.contains_key(id))
        .collect();
    let mut placed: HashSet<u32> = order.iter().copied().collect();
    let mut after: Option<usize> = None;
    for &id in other {
        if let Some(place) = order.iter().position(|&o| o == id) {
            after = Some(place);
            continue;
        }
        if kept.contains_key(&id) && placed.insert(id) {
            let place = after.map_or(0, |a| a + 1);
            order.insert(place, id);
            after = Some(place);
        }
    }
    order.extend(
        base.iter()
            .copied()
            .filter(|id| kept.contains_key(id) && placed.insert(*id)),
    );
    order
}

/// Whether `side` keeps the base's order among the elements both still have.
fn keeps_order(base: &[u32], side: &[u32]) -> bool {
    let in_side: HashSet<u32> = side.iter().copied().collect();
    let in_base: HashSet<u32> = base.iter().copied().collect();
    let shared_in_base = base.iter().filter(|id| in_side.contains(id));
    let shared_in_side = side.iter().filter(|id| in_base.contains(id));
    shared_in_base.eq(shared_in_side)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(base: &[u32], ours: &[u32], theirs: &[u32]) -> Vec<u32> {
        let kept: HashMap<u32, ()> = ours.iter().chain(theirs).map(|&id| (id, ())).collect();
        merge_order(base, ours, theirs, &kept)
    }

    #[test]
    fn both_sides_appending_keeps_both_after_the_shared_elements() {
        assert_eq!(order(&[1, 2], &[1, 2, 3], &[1, 2, 4]), vec![1, 2, 3, 4]);
    }

    #[test]
    fn a_reorder_on_one_side_and_an_insert_on_the_other_both_land() {
        assert_eq!(
            order(&[1, 2, 3], &[3, 1, 2], &[1, 5, 2, 3]),
            vec![3, 1, 5, 2]
        );
        assert_eq!(
            order(&[1, 2, 3], &[1, 5, 2, 3], &[3, 1, 2]),
            vec![3, 1, 5, 2]
        );
    }

    #[test]
    fn an_element_added_first_stays_first() {
        assert_eq!(order(&[1, 2], &[7, 1, 2], &[1, 2]), vec![7, 1, 2]);
    }
}
