//! Three-way merge of maps, as git needs for two people's edits of one file:
//! element by element and field by field, keyed by ids.
//!
//! - What one side changed is taken; the same change on both sides is taken once.
//! - Orders (stages, lanes, steps, the cards of a cell) are merged as sequences.
//! - Both sides adding elements is never a conflict: where both gave new elements
//!   one id, theirs are renumbered, and every reference follows.
//! - A text both sides changed is merged line by line when they changed
//!   different lines.
//! - Deleting what the other side edited, or two values for one field, is a
//!   conflict: the merged map keeps ours and records the conflict
//!   ([`crate::model::Conflict`]) in [`JourneyMap::conflicts`], where the editor
//!   and `parcours check` find it; the edit
//!   [`crate::edit::Edit::ResolveConflict`] takes one side's value.
//!
//! Pure: no files. `parcours merge` reads and writes them.

mod apart;
mod fields;
mod lists;
mod lookup;
mod repair;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::compare::{fields_of, from_fields};
use crate::model::{Conflict, ElementRef, EmotionCurve, JourneyMap, Problem, Stage};

pub use fields::merge_lines;
pub use lookup::{element_value, put_element};

use fields::{Versions, merge_fields};
use lists::{merge_list, no_children};
use repair::{Sides, repair};

/// Merges the changes `ours` and `theirs` each made to `base`. The result keeps
/// the conflicts either side left open and adds the new ones; it is a valid map, or
/// the problems that keep it from being one (more cards than a map may have…).
pub fn merge(
    base: &JourneyMap,
    ours: &JourneyMap,
    theirs: &JourneyMap,
) -> Result<JourneyMap, Vec<Problem>> {
    let theirs = apart::renumbered_apart(base, ours, theirs);
    let mut conflicts = open_conflicts(base, ours, &theirs);
    let mut merged = JourneyMap {
        meta: merge_single(
            ElementRef::Meta,
            &base.meta,
            &ours.meta,
            &theirs.meta,
            &mut conflicts,
        ),
        scale: merge_single(
            ElementRef::Scale,
            &base.scale,
            &ours.scale,
            &theirs.scale,
            &mut conflicts,
        ),
        theme: merge_single(
            ElementRef::Theme,
            &base.theme,
            &ours.theme,
            &theirs.theme,
            &mut conflicts,
        ),
        personas: merge_list(
            &base.personas,
            &ours.personas,
            &theirs.personas,
            &mut conflicts,
            no_children,
        ),
        stages: merge_list(
            &base.stages,
            &ours.stages,
            &theirs.stages,
            &mut conflicts,
            merge_steps,
        ),
        lanes: merge_list(
            &base.lanes,
            &ours.lanes,
            &theirs.lanes,
            &mut conflicts,
            no_children,
        ),
        cards: merge_list(
            &base.cards,
            &ours.cards,
            &theirs.cards,
            &mut conflicts,
            no_children,
        ),
        curves: merge_list(
            &base.curves,
            &ours.curves,
            &theirs.curves,
            &mut conflicts,
            merge_points,
        ),
        moments: merge_list(
            &base.moments,
            &ours.moments,
            &theirs.moments,
            &mut conflicts,
            no_children,
        ),
        links: merge_list(
            &base.links,
            &ours.links,
            &theirs.links,
            &mut conflicts,
            no_children,
        ),
        conflicts: Vec::new(),
    };
    for conflict in conflicts {
        if !merged.conflicts.contains(&conflict) {
            merged.conflicts.push(conflict);
        }
    }
    let sides = Sides {
        base,
        ours,
        theirs: &theirs,
    };
    repair(&mut merged, &sides);
    let problems = merged.validate();
    if problems.is_empty() {
        Ok(merged)
    } else {
        Err(problems)
    }
}

/// The conflicts either side still has open: those both kept, and those one
/// side recorded since the base; one resolved on either side stays resolved.
fn open_conflicts(base: &JourneyMap, ours: &JourneyMap, theirs: &JourneyMap) -> Vec<Conflict> {
    let mut open: Vec<Conflict> = Vec::new();
    for conflict in ours.conflicts.iter().chain(&theirs.conflicts) {
        let resolved_on_a_side = base.conflicts.contains(conflict)
            && !(ours.conflicts.contains(conflict) && theirs.conflicts.contains(conflict));
        if !resolved_on_a_side && !open.contains(conflict) {
            open.push(conflict.clone());
        }
    }
    open
}

/// The map's details, scale or theme, merged field by field.
fn merge_single<T: Serialize + DeserializeOwned + Clone + PartialEq>(
    element: ElementRef,
    base: &T,
    ours: &T,
    theirs: &T,
    conflicts: &mut Vec<Conflict>,
) -> T {
    if ours == theirs || base == theirs {
        return ours.clone();
    }
    if base == ours {
        return theirs.clone();
    }
    let versions = Versions {
        base: &fields_of(base),
        ours: &fields_of(ours),
        theirs: &fields_of(theirs),
    };
    from_fields(merge_fields(element, &versions, None, conflicts)).unwrap_or_else(|| ours.clone())
}

fn merge_steps(
    merged: &mut Stage,
    base: Option<&Stage>,
    ours: &Stage,
    theirs: &Stage,
    conflicts: &mut Vec<Conflict>,
) {
    let base = base.map_or(&[][..], |b| &b.steps);
    merged.steps = merge_list(base, &ours.steps, &theirs.steps, conflicts, no_children);
}

fn merge_points(
    merged: &mut EmotionCurve,
    base: Option<&EmotionCurve>,
    ours: &EmotionCurve,
    theirs: &EmotionCurve,
    conflicts: &mut Vec<Conflict>,
) {
    let base = base.map_or(&[][..], |b| &b.points);
    merged.points = merge_list(base, &ours.points, &theirs.points, conflicts, no_children);
}
