//! How each edit changes a map. An edit that refers to something gone changes
//! nothing and says so.

use super::Edit;
use crate::lang::Language;
use crate::layout::CellPlace;
use crate::model::{
    Anchor, Card, CardId, CurveId, EmotionCurve, JourneyMap, Lane, LaneId, StageId,
};

impl Edit {
    /// Changes `map`; false when the edit could not apply (its target is gone).
    pub fn apply(self, map: &mut JourneyMap) -> bool {
        match self {
            Edit::MoveCards { cards, to } => move_cards(map, &cards, to),
            Edit::InsertCard { card, index } => {
                if !fits(map, card.lane, card.stage) {
                    return false;
                }
                let to = CellPlace {
                    lane: card.lane,
                    stage: card.stage,
                    step: card.step,
                    index,
                };
                insert_in_cell(map, vec![card], to);
                true
            }
            Edit::ReplaceCard(card) => replace(&mut map.cards, card, |c| c.id),
            Edit::SetVotes { card, votes } => match map.cards.iter_mut().find(|c| c.id == card) {
                Some(card) => {
                    card.votes = votes;
                    true
                }
                None => false,
            },
            Edit::AddCards(cards) => {
                let all_fit = cards.iter().all(|c| fits(map, c.lane, c.stage));
                let ids_free = cards.iter().all(|c| !map.all_ids().any(|id| id == c.id.0));
                if cards.is_empty() || !all_fit || !ids_free {
                    return false;
                }
                map.cards.extend(cards);
                true
            }
            Edit::DeleteCards(ids) => {
                let before = map.cards.len();
                delete_cards(map, &ids);
                map.cards.len() != before
            }
            Edit::MoveStage { stage, to_index } => {
                move_to(&mut map.stages, |s| s.id == stage, to_index)
            }
            Edit::InsertStage { stage, index } => {
                let index = index.min(map.stages.len());
                map.stages.insert(index, stage);
                true
            }
            Edit::ReplaceStage(stage) => {
                forget_removed_steps(map, &stage);
                replace(&mut map.stages, stage, |s| s.id)
            }
            Edit::RemoveStage(id) => remove_stage(map, id),
            Edit::MoveLane { lane, to_index } => {
                move_to(&mut map.lanes, |l| l.id == lane, to_index)
            }
            Edit::InsertLane { lane, index } => {
                let index = index.min(map.lanes.len());
                map.lanes.insert(index, lane);
                true
            }
            Edit::ReplaceLane(lane) => replace(&mut map.lanes, lane, |l| l.id),
            Edit::RemoveLane(id) => {
                let cards: Vec<CardId> = map
                    .cards
                    .iter()
                    .filter(|c| c.lane == id)
                    .map(|c| c.id)
                    .collect();
                delete_cards(map, &cards);
                remove_where(&mut map.lanes, |l| l.id == id)
            }
            Edit::SetPoint { curve, mut point } => {
                point.score = map.scale.clamp(point.score);
                let Some(curve) = curve_mut(map, curve) else {
                    return false;
                };
                upsert(&mut curve.points, point, |p| p.id);
                true
            }
            Edit::RemovePoint { curve, point } => curve_mut(map, curve)
                .is_some_and(|c| remove_where(&mut c.points, |p| p.id == point)),
            Edit::SetCurveHidden { curve, hidden } => curve_mut(map, curve).is_some_and(|c| {
                c.hidden = hidden;
                true
            }),
            Edit::SetLink(link) => {
                let ends_exist = map.card(link.from).is_some()
                    && link.to.is_none_or(|to| map.card(to).is_some());
                ends_exist && {
                    upsert(&mut map.links, link, |l| l.id);
                    true
                }
            }
            Edit::RemoveLink(id) => remove_where(&mut map.links, |l| l.id == id),
            Edit::SetMoment(moment) => {
                map.card(moment.card).is_some() && {
                    upsert(&mut map.moments, moment, |m| m.id);
                    true
                }
            }
            Edit::RemoveMoment(id) => remove_where(&mut map.moments, |m| m.id == id),
            Edit::SetPersona(persona) => {
                if map.persona(persona.id).is_some() {
                    replace(&mut map.personas, persona, |p| p.id)
                } else {
                    // The curve takes the first id free once the persona has its own.
                    let curve = map.next_free_id().max(persona.id.0.saturating_add(1));
                    map.add_persona(persona, CurveId(curve));
                    true
                }
            }
            Edit::RemovePersona(id) => {
                map.curves.retain(|c| c.persona != id);
                remove_where(&mut map.personas, |p| p.id == id)
            }
            Edit::SetMeta(meta) => {
                map.meta = meta;
                true
            }
            Edit::SetScale(scale) => {
                if scale.min >= scale.max {
                    return false;
                }
                map.scale = scale;
                for point in map.curves.iter_mut().flat_map(|c| &mut c.points) {
                    point.score = scale.clamp(point.score);
                }
                true
            }
            Edit::SetTheme(theme) => {
                map.theme = theme;
                true
            }
            Edit::SetMapType(map_type) => {
                map.meta.map_type = map_type;
                // The lanes added are titled in the map's own language.
                let language = Language::of_map(&map.meta.language);
                for kind in JourneyMap::expected_lanes(map_type) {
                    if !map.lanes.iter().any(|l| l.kind == *kind) {
                        let id = LaneId(map.next_free_id());
                        let mut lane = Lane::new(id, *kind);
                        lane.title = language.lane_kind(*kind).to_owned();
                        map.lanes.push(lane);
                    }
                }
                true
            }
            Edit::ResolveConflict { conflict, take } => {
                super::resolve::resolve(map, &conflict, take)
            }
        }
    }
}

/// Whether a card can sit in this lane at this stage.
fn fits(map: &JourneyMap, lane: LaneId, stage: StageId) -> bool {
    map.lane(lane).is_some_and(|l| l.kind.holds_cards()) && map.stage(stage).is_some()
}

fn move_cards(map: &mut JourneyMap, ids: &[CardId], to: CellPlace) -> bool {
    if ids.is_empty() || !fits(map, to.lane, to.stage) {
        return false;
    }
    let step_ok = to.step.is_none_or(|step| {
        map.stage(to.stage)
            .is_some_and(|s| s.steps.iter().any(|st| st.id == step))
    });
    if !step_ok {
        return false;
    }
    // The place counts the cell's cards before the move: moved cards that stood
    // before it no longer do.
    let index = to.index
        - cell_cards(map, to)
            .iter()
            .take(to.index)
            .filter(|id| ids.contains(id))
            .count();
    let (moved, kept): (Vec<Card>, Vec<Card>) = std::mem::take(&mut map.cards)
        .into_iter()
        .partition(|c| ids.contains(&c.id));
    map.cards = kept;
    let moved = moved
        .into_iter()
        .map(|card| Card {
            lane: to.lane,
            stage: to.stage,
            step: to.step,
            ..card
        })
        .collect();
    insert_in_cell(map, moved, CellPlace { index, ..to });
    true
}

/// The ids of the cards of a cell, in order.
fn cell_cards(map: &JourneyMap, place: CellPlace) -> Vec<CardId> {
    let first_step = map
        .stage(place.stage)
        .and_then(|s| s.steps.first())
        .map(|s| s.id);
    map.cards
        .iter()
        .filter(|c| {
            c.lane == place.lane
                && c.stage == place.stage
                && c.step.or(first_step) == place.step.or(first_step)
        })
        .map(|c| c.id)
        .collect()
}

/// Inserts cards so that they stand at `place.index` among their cell's cards.
fn insert_in_cell(map: &mut JourneyMap, cards: Vec<Card>, place: CellPlace) {
    let in_cell = cell_cards(map, place);
    let position = match in_cell.get(place.index) {
        Some(next) => map.cards.iter().position(|c| c.id == *next),
        None => in_cell
            .last()
            .and_then(|last| map.cards.iter().position(|c| c.id == *last))
            .map(|i| i + 1),
    }
    .unwrap_or(map.cards.len());
    map.cards.splice(position..position, cards);
}

fn delete_cards(map: &mut JourneyMap, ids: &[CardId]) {
    for point in map.curves.iter_mut().flat_map(|c| &mut c.points) {
        if let Anchor::Card(card) = point.anchor
            && ids.contains(&card)
            && let Some(stage) = map.cards.iter().find(|c| c.id == card).map(|c| c.stage)
        {
            point.anchor = Anchor::Stage(stage);
        }
    }
    map.cards.retain(|c| !ids.contains(&c.id));
    map.moments.retain(|m| !ids.contains(&m.card));
    map.links
        .retain(|l| !ids.contains(&l.from) && l.to.is_none_or(|to| !ids.contains(&to)));
}

fn remove_stage(map: &mut JourneyMap, id: StageId) -> bool {
    let Some(stage) = map.stage(id).cloned() else {
        return false;
    };
    let cards: Vec<CardId> = map
        .cards
        .iter()
        .filter(|c| c.stage == id)
        .map(|c| c.id)
        .collect();
    delete_cards(map, &cards);
    for curve in &mut map.curves {
        curve.points.retain(|p| match p.anchor {
            Anchor::Stage(s) => s != id,
            Anchor::Step(step) => !stage.steps.iter().any(|st| st.id == step),
            Anchor::Card(_) => true,
        });
    }
    remove_where(&mut map.stages, |s| s.id == id)
}

/// Cards and points on steps that a new version of a stage drops move to the stage.
fn forget_removed_steps(map: &mut JourneyMap, stage: &crate::model::Stage) {
    let kept = |step: &crate::model::StepId| stage.steps.iter().any(|s| s.id == *step);
    for card in map.cards.iter_mut().filter(|c| c.stage == stage.id) {
        if card.step.is_some_and(|step| !kept(&step)) {
            card.step = None;
        }
    }
    let old_steps: Vec<_> = map
        .stage(stage.id)
        .map(|s| s.steps.iter().map(|st| st.id).collect())
        .unwrap_or_default();
    for point in map.curves.iter_mut().flat_map(|c| &mut c.points) {
        if let Anchor::Step(step) = point.anchor
            && old_steps.contains(&step)
            && !kept(&step)
        {
            point.anchor = Anchor::Stage(stage.id);
        }
    }
}

fn curve_mut(map: &mut JourneyMap, id: CurveId) -> Option<&mut EmotionCurve> {
    map.curves.iter_mut().find(|c| c.id == id)
}

fn replace<T, K: PartialEq>(items: &mut [T], item: T, key: impl Fn(&T) -> K) -> bool {
    match items
        .iter_mut()
        .find(|existing| key(existing) == key(&item))
    {
        Some(existing) => {
            *existing = item;
            true
        }
        None => false,
    }
}

fn upsert<T, K: PartialEq>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    match items
        .iter_mut()
        .find(|existing| key(existing) == key(&item))
    {
        Some(existing) => *existing = item,
        None => items.push(item),
    }
}

fn remove_where<T>(items: &mut Vec<T>, matches: impl Fn(&T) -> bool) -> bool {
    let before = items.len();
    items.retain(|item| !matches(item));
    items.len() != before
}

fn move_to<T>(items: &mut Vec<T>, matches: impl Fn(&T) -> bool, to_index: usize) -> bool {
    let Some(from) = items.iter().position(matches) else {
        return false;
    };
    let item = items.remove(from);
    let to = if to_index > from {
        to_index - 1
    } else {
        to_index
    };
    items.insert(to.min(items.len()), item);
    true
}
