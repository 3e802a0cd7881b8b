//! Two maps side by side: which element is which ([`Matching`]), what changed
//! from one to the other ([`Change`]), how each persona's feelings moved per
//! stage ([`CurveComparison`]), and the future-state map made from a current one.
//!
//! Pure: no window, no files. The compare mode, the change-list panel, the deck's
//! comparison slides and `parcours diff` all read a [`Comparison`]; the compare
//! mode draws a [`Picture`] (the new map with ghosts of what it lost) and its
//! [`marks`] as laid out.

mod changes;
mod curves;
mod element;
mod future;
mod marks;
mod matching;
mod picture;
mod similarity;
mod text;

use std::collections::HashMap;

pub use changes::{Cell, Change, ChangeKind};
pub use curves::{CurveComparison, StageEmotion, stage_of as stage_of_anchor};
pub use element::{Element, FieldChange, Fields, changed_fields, fields_of, from_fields};
pub use future::future_state_from;
pub use marks::{
    Mark, MarkKind, OldCurve, StageDifference, marks, old_curves, rect_of, stage_differences,
};
pub use matching::{MatchedBy, Matching, anchor_ref, are_versions, elements};
pub use picture::Picture;
pub use similarity::text_similarity;
pub use text::{
    describe, element_in_words, field_in_words, field_value_in_words, kind_in_words, stage_around,
    value_in_words,
};

use crate::model::{ElementRef, JourneyMap};

/// What changed from an old map to a new one.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Whether elements were paired by id or by similarity.
    pub matched_by: MatchedBy,
    /// Every change; `old` elements carry the old map's ids, `new` ones the new
    /// map's.
    pub changes: Vec<Change>,
    /// Per persona of either map, the emotion at each stage in both.
    pub curves: Vec<CurveComparison>,
    /// Which element of the old map is which of the new: where a removed
    /// card's stage and lane are in the new map, say, to ghost it in place.
    pub matching: Matching,
}

impl Comparison {
    /// Whether the two maps are the same.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The changes that concern one element of the new map (or, for removed
    /// elements, of the old one).
    pub fn changes_of(&self, element: ElementRef) -> impl Iterator<Item = &Change> + '_ {
        self.changes.iter().filter(move |c| c.element() == element)
    }
}

/// Compares `old` with `new`: the current state with the future state, or one
/// version of a map with another.
pub fn compare(old: &JourneyMap, new: &JourneyMap) -> Comparison {
    let matching = Matching::of(old, new);
    let (translated, old_id_of) = in_new_ids(old, new, &matching);
    let back =
        |element: ElementRef| element.renumbered(|id| old_id_of.get(&id).copied().unwrap_or(id));
    let by_ids = Matching::by_ids(&translated, new);
    let mut changes = changes::changes(&translated, new, &by_ids);
    for change in &mut changes {
        change.old = change.old.map(back);
        if let ChangeKind::Moved { from, .. } = &mut change.what {
            let old_id = |id: u32| old_id_of.get(&id).copied().unwrap_or(id);
            from.stage.0 = old_id(from.stage.0);
            from.lane.0 = old_id(from.lane.0);
            if let Some(step) = &mut from.step {
                step.0 = old_id(step.0);
            }
        }
    }
    let mut curves = curves::compare_curves(&translated, new);
    for curve in &mut curves {
        curve.untranslate(&back);
    }
    Comparison {
        matched_by: matching.by,
        changes,
        curves,
        matching,
    }
}

/// `old` with the ids of the new map's elements it was paired with, and fresh
/// ids for the others; and the old id of every id it now has.
fn in_new_ids(
    old: &JourneyMap,
    new: &JourneyMap,
    matching: &Matching,
) -> (JourneyMap, HashMap<u32, u32>) {
    let mut fresh = old.next_free_id().max(new.next_free_id());
    let mut new_id_of = HashMap::new();
    for element in elements(old) {
        let Some(old_id) = element.id() else {
            continue;
        };
        let new_id = match matching.new_of(element).and_then(ElementRef::id) {
            Some(id) => id,
            None => {
                fresh = fresh.saturating_add(1);
                fresh
            }
        };
        new_id_of.insert(old_id, new_id);
    }
    let mut translated = old.clone();
    translated.renumber(|id| new_id_of.get(&id).copied().unwrap_or(id));
    let old_id_of = new_id_of
        .into_iter()
        .map(|(old_id, new_id)| (new_id, old_id))
        .collect();
    (translated, old_id_of)
}
