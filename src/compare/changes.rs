//! The change list: what was added, removed, changed and moved from one map to
//! the other, element by element.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::{Card, ElementRef, JourneyMap, LaneId, StageId, StepId};

use super::element::{Element, FieldChange, changed_fields, fields_of};
use super::matching::Matching;

/// One change, naming the element in each map where it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The element in the old map; `None` when it was added.
    pub old: Option<ElementRef>,
    /// The element in the new map; `None` when it was removed.
    pub new: Option<ElementRef>,
    /// What happened to it.
    pub what: ChangeKind,
}

impl Change {
    /// The element as the new map has it, or as the old one had it when removed.
    pub fn element(&self) -> ElementRef {
        self.new.or(self.old).unwrap_or(ElementRef::Meta)
    }

    /// Whether the change renames a stage, a step or a lane.
    pub fn is_rename(&self) -> bool {
        match &self.what {
            ChangeKind::Changed(fields) => {
                fields
                    .iter()
                    .any(|f| matches!(f.field.as_str(), "name" | "title"))
                    && matches!(
                        self.element(),
                        ElementRef::Stage(_) | ElementRef::Step(_) | ElementRef::Lane(_)
                    )
            }
            _ => false,
        }
    }
}

/// What happened to an element.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum ChangeKind {
    /// Only the new map has it.
    Added,
    /// Only the old map has it.
    Removed,
    /// Both have it, with these fields different (a card's cell is told by
    /// [`ChangeKind::Moved`] instead).
    Changed(Vec<FieldChange>),
    /// A card went to another cell.
    Moved {
        /// Its cell in the old map.
        from: Cell,
        /// Its cell in the new map.
        to: Cell,
    },
    /// A stage, step or lane went to another place among its own.
    Reordered {
        /// Its place in the old map, from 0.
        from: usize,
        /// Its place in the new map, from 0.
        to: usize,
    },
}

/// A card's cell, by the ids of the map it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The stage (column).
    pub stage: StageId,
    /// The lane (row).
    pub lane: LaneId,
    /// The step of the stage, if any.
    pub step: Option<StepId>,
}

impl Cell {
    /// The cell a card sits in.
    pub fn of(card: &Card) -> Self {
        Self {
            stage: card.stage,
            lane: card.lane,
            step: card.step,
        }
    }
}

/// A card's cell fields: its move is one change rather than field changes.
const CELL_FIELDS: [&str; 3] = ["stage", "lane", "step"];

/// Every change from `old` to `new`, given which element is which: details,
/// scale and theme, personas, stages and steps, lanes, cards, curves and their
/// points, moments and links, in that order.
pub fn changes(old: &JourneyMap, new: &JourneyMap, matching: &Matching) -> Vec<Change> {
    let mut list = Changes {
        matching,
        found: Vec::new(),
    };
    list.single(ElementRef::Meta, &old.meta, &new.meta);
    list.single(ElementRef::Scale, &old.scale, &new.scale);
    list.single(ElementRef::Theme, &old.theme, &new.theme);
    list.elements(&old.personas, &new.personas, &[]);
    list.elements(&old.stages, &new.stages, &["steps"]);
    list.reorders(&old.stages, &new.stages);
    for stage in &new.stages {
        let before = matching
            .old_of(ElementRef::Stage(stage.id))
            .and_then(|old_stage| old.stages.iter().find(|s| s.reference() == old_stage));
        let old_steps = before.map_or(&[][..], |s| &s.steps);
        list.elements(old_steps, &stage.steps, &[]);
    }
    list.elements(&old.lanes, &new.lanes, &[]);
    list.reorders(&old.lanes, &new.lanes);
    list.elements(&old.cards, &new.cards, &CELL_FIELDS);
    list.moves(old, new);
    list.elements(&old.curves, &new.curves, &["points"]);
    let old_points: Vec<_> = old.curves.iter().flat_map(|c| c.points.clone()).collect();
    let new_points: Vec<_> = new.curves.iter().flat_map(|c| c.points.clone()).collect();
    list.elements(&old_points, &new_points, &[]);
    list.elements(&old.moments, &new.moments, &[]);
    list.elements(&old.links, &new.links, &[]);
    list.found
}

struct Changes<'a> {
    matching: &'a Matching,
    found: Vec<Change>,
}

impl Changes<'_> {
    fn single<T: Serialize>(&mut self, element: ElementRef, old: &T, new: &T) {
        let fields = changed_fields(&fields_of(old), &fields_of(new), &[]);
        if !fields.is_empty() {
            self.found.push(Change {
                old: Some(element),
                new: Some(element),
                what: ChangeKind::Changed(fields),
            });
        }
    }

    /// Removed elements first, in the old map's order, then added and changed
    /// ones in the new map's order.
    fn elements<T: Element>(&mut self, old: &[T], new: &[T], ignored: &[&str]) {
        let old_by_ref: HashMap<ElementRef, &T> = old.iter().map(|e| (e.reference(), e)).collect();
        for gone in old {
            if self.matching.new_of(gone.reference()).is_none() {
                self.push(Some(gone.reference()), None, ChangeKind::Removed);
            }
        }
        for element in new {
            let reference = element.reference();
            let Some(before) = self.matching.old_of(reference) else {
                self.push(None, Some(reference), ChangeKind::Added);
                continue;
            };
            let Some(&before) = old_by_ref.get(&before) else {
                continue;
            };
            let fields = changed_fields(
                &fields_of(before),
                &fields_of(element),
                &ignored_with_id(ignored),
            );
            if !fields.is_empty() {
                self.push(
                    Some(before.reference()),
                    Some(reference),
                    ChangeKind::Changed(fields),
                );
            }
        }
    }

    /// Elements that kept their neighbours but not their place: those outside
    /// the longest run of matched elements in the same order.
    fn reorders<T: Element>(&mut self, old: &[T], new: &[T]) {
        let place_of: HashMap<ElementRef, usize> = old
            .iter()
            .enumerate()
            .map(|(i, e)| (e.reference(), i))
            .collect();
        let old_places: Vec<(usize, usize)> = new
            .iter()
            .enumerate()
            .filter_map(|(to, element)| {
                let before = self.matching.old_of(element.reference())?;
                let from = *place_of.get(&before)?;
                Some((from, to))
            })
            .collect();
        let kept = longest_increasing(&old_places.iter().map(|p| p.0).collect::<Vec<_>>());
        for (i, &(from, to)) in old_places.iter().enumerate() {
            if !kept.contains(&i) {
                let what = ChangeKind::Reordered { from, to };
                self.push(Some(old[from].reference()), Some(new[to].reference()), what);
            }
        }
    }

    fn moves(&mut self, old: &JourneyMap, new: &JourneyMap) {
        let old_cards: HashMap<ElementRef, &Card> =
            old.cards.iter().map(|c| (c.reference(), c)).collect();
        for card in &new.cards {
            let Some(before) = self.matching.old_of(ElementRef::Card(card.id)) else {
                continue;
            };
            let Some(&before) = old_cards.get(&before) else {
                continue;
            };
            let same = |old_ref: ElementRef, new_ref: ElementRef| {
                self.matching.new_of(old_ref) == Some(new_ref)
            };
            let steps_match = match (before.step, card.step) {
                (None, None) => true,
                (Some(a), Some(b)) => same(ElementRef::Step(a), ElementRef::Step(b)),
                _ => false,
            };
            if !same(
                ElementRef::Stage(before.stage),
                ElementRef::Stage(card.stage),
            ) || !same(ElementRef::Lane(before.lane), ElementRef::Lane(card.lane))
                || !steps_match
            {
                let what = ChangeKind::Moved {
                    from: Cell::of(before),
                    to: Cell::of(card),
                };
                self.push(Some(before.reference()), Some(card.reference()), what);
            }
        }
    }

    fn push(&mut self, old: Option<ElementRef>, new: Option<ElementRef>, what: ChangeKind) {
        self.found.push(Change { old, new, what });
    }
}

/// The ignored fields and `id`: matched elements may differ in id.
fn ignored_with_id<'a>(ignored: &[&'a str]) -> Vec<&'a str> {
    let mut all = ignored.to_vec();
    all.push("id");
    all
}

/// The positions, in `values`, of one longest strictly increasing subsequence.
fn longest_increasing(values: &[usize]) -> Vec<usize> {
    let mut best: Vec<Vec<usize>> = Vec::with_capacity(values.len());
    for i in 0..values.len() {
        let longest_before = (0..i)
            .filter(|&j| values[j] < values[i])
            .max_by_key(|&j| best[j].len())
            .map_or_else(Vec::new, |j| best[j].clone());
        let mut run = longest_before;
        run.push(i);
        best.push(run);
    }
    best.into_iter().max_by_key(Vec::len).unwrap_or_default()
}
