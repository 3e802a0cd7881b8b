//! Which element of one map is which element of the other.
//!
//! Two versions of one map (the same map id, a future-state map and the map it
//! improves on, or maps where most cards keep their id, cell and text) match by
//! id. Other maps share no ids worth trusting, and match by similarity:
//! - personas by name, stages by name, lanes by kind and then title;
//! - steps by name within matched stages;
//! - cards within the matched cell by text, then, for cards left over, within the
//!   matched lane by very close text (a card moved along the journey);
//! - curves by persona, points by curve and place, moments by card and kind,
//!   links by their two cards.
//!
//! Text similarity is the normalized Levenshtein similarity of the lower-cased,
//! trimmed texts (1 for equal texts, 0 for nothing in common); pairs are taken
//! best first, the nearer position breaking ties.

use std::collections::{HashMap, HashSet};

use crate::model::{Anchor, Card, CardId, ElementRef, JourneyMap, LaneId, Link, MapRef};

use super::similarity::{greedy_pairs, text_similarity};

/// How the elements of two maps were paired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum MatchedBy {
    /// The maps are versions of one map: an element is the one with its id.
    Ids,
    /// The maps share no ids: elements paired by stage, lane and text.
    Similarity,
}

/// Pairs of elements, one in the old map and one in the new.
#[derive(Clone, Debug, PartialEq)]
pub struct Matching {
    /// How the pairs were made.
    pub by: MatchedBy,
    new_of_old: HashMap<ElementRef, ElementRef>,
    old_of_new: HashMap<ElementRef, ElementRef>,
}

/// Cards of one cell are paired from this similarity of their texts up.
const SAME_CELL_SIMILARITY: f64 = 0.5;
/// Cards in different cells are paired only from this similarity up.
const MOVED_CARD_SIMILARITY: f64 = 0.8;
/// Personas, stages and steps are paired from this similarity of names up.
const NAME_SIMILARITY: f64 = 0.6;

impl Matching {
    /// Pairs the elements of `old` and `new`, by id when they are versions of
    /// one map, by similarity otherwise.
    pub fn of(old: &JourneyMap, new: &JourneyMap) -> Self {
        if are_versions(old, new) {
            return Self::by_ids(old, new);
        }
        let mut matching = Self::empty(MatchedBy::Similarity);
        matching.pair_by_similarity(old, new);
        matching
    }

    /// Pairs each element with the element of the same kind and id.
    pub fn by_ids(old: &JourneyMap, new: &JourneyMap) -> Self {
        let mut matching = Self::empty(MatchedBy::Ids);
        let new_elements: HashSet<ElementRef> = elements(new).into_iter().collect();
        for element in elements(old) {
            if new_elements.contains(&element) {
                matching.pair(element, element);
            }
        }
        matching
    }

    /// Only the details, scale and theme paired, which every map has.
    fn empty(by: MatchedBy) -> Self {
        let mut matching = Self {
            by,
            new_of_old: HashMap::new(),
            old_of_new: HashMap::new(),
        };
        for element in [ElementRef::Meta, ElementRef::Scale, ElementRef::Theme] {
            matching.pair(element, element);
        }
        matching
    }

    /// The new map's element that is `old`, if any.
    pub fn new_of(&self, old: ElementRef) -> Option<ElementRef> {
        self.new_of_old.get(&old).copied()
    }

    /// The old map's element that is `new`, if any.
    pub fn old_of(&self, new: ElementRef) -> Option<ElementRef> {
        self.old_of_new.get(&new).copied()
    }

    fn pair(&mut self, old: ElementRef, new: ElementRef) {
        self.new_of_old.insert(old, new);
        self.old_of_new.insert(new, old);
    }

    fn pair_all(&mut self, pairs: impl IntoIterator<Item = (ElementRef, ElementRef)>) {
        for (old, new) in pairs {
            self.pair(old, new);
        }
    }

    fn pair_by_similarity(&mut self, old: &JourneyMap, new: &JourneyMap) {
        let by_name = |a: &str, b: &str| text_similarity(a, b);
        let pairs = greedy_pairs(&old.personas, &new.personas, NAME_SIMILARITY, |a, b| {
            by_name(&a.name, &b.name)
        });
        self.pair_all(pairs.map(|(a, b)| (ElementRef::Persona(a.id), ElementRef::Persona(b.id))));
        let pairs = greedy_pairs(&old.stages, &new.stages, NAME_SIMILARITY, |a, b| {
            by_name(&a.name, &b.name)
        });
        for (a, b) in pairs {
            self.pair(ElementRef::Stage(a.id), ElementRef::Stage(b.id));
            let steps = greedy_pairs(&a.steps, &b.steps, NAME_SIMILARITY, |x, y| {
                by_name(&x.name, &y.name)
            });
            self.pair_all(steps.map(|(x, y)| (ElementRef::Step(x.id), ElementRef::Step(y.id))));
        }
        let pairs = greedy_pairs(&old.lanes, &new.lanes, 0.5, |a, b| {
            if a.kind == b.kind {
                0.5 + 0.5 * by_name(&a.title, &b.title)
            } else {
                0.0
            }
        });
        self.pair_all(pairs.map(|(a, b)| (ElementRef::Lane(a.id), ElementRef::Lane(b.id))));
        self.pair_cards(old, new);
        self.pair_dependents(old, new);
    }

    fn pair_cards(&mut self, old: &JourneyMap, new: &JourneyMap) {
        let mut pairs: Vec<(CardId, CardId)> = Vec::new();
        let old_cells = self.cells(old, true);
        let new_cells = self.cells(new, false);
        for (cell, old_cards) in &old_cells {
            let Some(new_cards) = new_cells.get(cell) else {
                continue;
            };
            let (same_text, old_rest, new_rest) = same_texts(old_cards, new_cards);
            pairs.extend(same_text);
            let found = greedy_pairs(&old_rest, &new_rest, SAME_CELL_SIMILARITY, |a, b| {
                text_similarity(&a.text, &b.text)
            });
            pairs.extend(found.map(|(a, b)| (a.id, b.id)));
        }
        let paired_old: HashSet<CardId> = pairs.iter().map(|p| p.0).collect();
        let paired_new: HashSet<CardId> = pairs.iter().map(|p| p.1).collect();
        for lane in &new.lanes {
            let Some(ElementRef::Lane(old_lane)) = self.old_of(ElementRef::Lane(lane.id)) else {
                continue;
            };
            let old_left = unpaired_in_lane(old, old_lane, &paired_old);
            let new_left = unpaired_in_lane(new, lane.id, &paired_new);
            let moved = greedy_pairs(&old_left, &new_left, MOVED_CARD_SIMILARITY, |a, b| {
                text_similarity(&a.text, &b.text)
            });
            pairs.extend(moved.map(|(a, b)| (a.id, b.id)));
        }
        self.pair_all(
            pairs
                .into_iter()
                .map(|(a, b)| (ElementRef::Card(a), ElementRef::Card(b))),
        );
    }

    /// The cards of a map by cell, named by the new map's stage and lane (the
    /// old map's cards through the pairs found so far); cards of unpaired
    /// stages or lanes are left out.
    fn cells<'m>(
        &self,
        map: &'m JourneyMap,
        is_old: bool,
    ) -> HashMap<(ElementRef, ElementRef), Vec<&'m Card>> {
        let in_new = |element: ElementRef| {
            if is_old {
                self.new_of(element)
            } else {
                Some(element)
            }
        };
        let mut cells: HashMap<(ElementRef, ElementRef), Vec<&Card>> = HashMap::new();
        for card in &map.cards {
            let stage = in_new(ElementRef::Stage(card.stage));
            let lane = in_new(ElementRef::Lane(card.lane));
            if let (Some(stage), Some(lane)) = (stage, lane) {
                cells.entry((stage, lane)).or_default().push(card);
            }
        }
        cells
    }

    /// Curves, points, moments and links, through what they hang on.
    fn pair_dependents(&mut self, old: &JourneyMap, new: &JourneyMap) {
        let mut pairs = Vec::new();
        for a in &old.curves {
            let persona = self.new_of(ElementRef::Persona(a.persona));
            let Some(b) = new
                .curves
                .iter()
                .find(|b| Some(ElementRef::Persona(b.persona)) == persona)
            else {
                continue;
            };
            pairs.push((ElementRef::Curve(a.id), ElementRef::Curve(b.id)));
            let old_points = group(&a.points, |p| self.new_of(anchor_ref(p.anchor)));
            let new_points = group(&b.points, |p| Some(anchor_ref(p.anchor)));
            for (anchor, olds) in &old_points {
                for (x, y) in olds
                    .iter()
                    .zip(new_points.get(anchor).into_iter().flatten())
                {
                    pairs.push((ElementRef::Point(x.id), ElementRef::Point(y.id)));
                }
            }
        }
        let card = |id: CardId| match self.new_of(ElementRef::Card(id)) {
            Some(ElementRef::Card(new_id)) => Some(new_id),
            _ => None,
        };
        let old_moments = group(&old.moments, |m| Some((card(m.card)?, m.kind)));
        let new_moments = group(&new.moments, |m| Some((m.card, m.kind)));
        for (key, olds) in &old_moments {
            for (a, b) in olds.iter().zip(new_moments.get(key).into_iter().flatten()) {
                pairs.push((ElementRef::Moment(a.id), ElementRef::Moment(b.id)));
            }
        }
        let old_links = group(&old.links, |l| Some((card(l.from)?, l.to.map(card))));
        let new_links = group(&new.links, |l| Some((l.from, l.to.map(Some))));
        for (key, olds) in &old_links {
            let news = new_links.get(key).map_or(&[][..], Vec::as_slice);
            let alike = |a: &&Link, b: &&Link| {
                0.5 + 0.25 * f64::from(u8::from(a.kind == b.kind))
                    + 0.25 * f64::from(u8::from(a.label == b.label))
            };
            for (a, b) in greedy_pairs(olds, news, 0.5, alike) {
                pairs.push((ElementRef::Link(a.id), ElementRef::Link(b.id)));
            }
        }
        self.pair_all(pairs);
    }
}

/// Items by a key, each group in the order of `items`; items without a key
/// are left out.
fn group<T, K: std::hash::Hash + Eq>(
    items: &[T],
    key: impl Fn(&T) -> Option<K>,
) -> HashMap<K, Vec<&T>> {
    let mut groups: HashMap<K, Vec<&T>> = HashMap::new();
    for item in items {
        if let Some(key) = key(item) {
            groups.entry(key).or_default().push(item);
        }
    }
    groups
}

/// The cards of one cell with the same text on both sides, paired in order
/// (cheap, and most cards of two versions), and the cards left to pair by
/// similarity.
fn same_texts<'m>(
    old: &[&'m Card],
    new: &[&'m Card],
) -> (Vec<(CardId, CardId)>, Vec<&'m Card>, Vec<&'m Card>) {
    let mut new_left: Vec<&Card> = new.to_vec();
    let mut pairs = Vec::new();
    let mut old_left = Vec::new();
    for card in old {
        match new_left.iter().position(|other| other.text == card.text) {
            Some(found) => pairs.push((card.id, new_left.remove(found).id)),
            None => old_left.push(*card),
        }
    }
    (pairs, old_left, new_left)
}

/// The cards of a lane not paired yet.
fn unpaired_in_lane<'m>(
    map: &'m JourneyMap,
    lane: LaneId,
    paired: &HashSet<CardId>,
) -> Vec<&'m Card> {
    map.cards
        .iter()
        .filter(|c| c.lane == lane && !paired.contains(&c.id))
        .collect()
}

/// The element a curve point is anchored to.
pub fn anchor_ref(anchor: Anchor) -> ElementRef {
    match anchor {
        Anchor::Stage(id) => ElementRef::Stage(id),
        Anchor::Step(id) => ElementRef::Step(id),
        Anchor::Card(id) => ElementRef::Card(id),
    }
}

/// Whether two maps are versions of one map, so that their ids mean the same
/// elements: one map id, one improving on the other, or most cards (or, for maps
/// without cards, most stages) keeping their id with their cell or text.
pub fn are_versions(old: &JourneyMap, new: &JourneyMap) -> bool {
    let names = |map: &JourneyMap| match &map.meta.improves_on {
        Some(MapRef::Id(id)) => Some(id.clone()),
        _ => None,
    };
    if (!old.meta.id.is_empty() && old.meta.id == new.meta.id)
        || names(new).as_deref() == Some(&old.meta.id)
        || names(old).as_deref() == Some(&new.meta.id)
    {
        return true;
    }
    if old.cards.is_empty() || new.cards.is_empty() {
        let kept = old
            .stages
            .iter()
            .filter(|a| new.stage(a.id).is_some_and(|b| b.name == a.name))
            .count();
        return 2 * kept >= old.stages.len().min(new.stages.len()).max(1);
    }
    let kept = old
        .cards
        .iter()
        .filter(|a| {
            new.card(a.id)
                .is_some_and(|b| b.text == a.text || (b.lane == a.lane && b.stage == a.stage))
        })
        .count();
    2 * kept >= old.cards.len().min(new.cards.len())
}

/// Every element of a map, the details, scale and theme included.
pub fn elements(map: &JourneyMap) -> Vec<ElementRef> {
    let mut all = vec![ElementRef::Meta, ElementRef::Scale, ElementRef::Theme];
    all.extend(map.personas.iter().map(|p| ElementRef::Persona(p.id)));
    for stage in &map.stages {
        all.push(ElementRef::Stage(stage.id));
        all.extend(stage.steps.iter().map(|s| ElementRef::Step(s.id)));
    }
    all.extend(map.lanes.iter().map(|l| ElementRef::Lane(l.id)));
    all.extend(map.cards.iter().map(|c| ElementRef::Card(c.id)));
    for curve in &map.curves {
        all.push(ElementRef::Curve(curve.id));
        all.extend(curve.points.iter().map(|p| ElementRef::Point(p.id)));
    }
    all.extend(map.moments.iter().map(|m| ElementRef::Moment(m.id)));
    all.extend(map.links.iter().map(|l| ElementRef::Link(l.id)));
    all
}
