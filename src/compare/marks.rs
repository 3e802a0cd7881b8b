//! Where the compare mode marks each change on the [`Picture`] as laid out:
//! added, removed, changed and moved elements, the old map's emotion curves
//! and each persona's difference per stage. Everything is in map units.

use egui::{Pos2, Rect, Vec2};

use crate::layout::{CellPlace, MapLayout, score_to_y};
use crate::model::{ElementRef, JourneyMap, PersonaId};

use super::picture::Picture;
use super::{Change, ChangeKind, Comparison};

/// What happened to a marked element, which its colour tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// Only the new map has it (green).
    Added,
    /// Only the old map has it: drawn as a ghost (red).
    Removed,
    /// Both have it, with fields changed or renamed (amber).
    Changed,
    /// It went to another cell or place (amber, with a trace from its old cell).
    Moved,
}

/// One change marked on the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The place of the change in the comparison's list.
    pub change: usize,
    /// What happened.
    pub kind: MarkKind,
    /// The element's rectangle in the picture.
    pub rect: Rect,
    /// For a moved card, the cell it came from.
    pub from: Option<Rect>,
    /// For a renamed stage, step or lane, its old name.
    pub was: Option<String>,
}

/// The old map's curve of one persona, drawn dashed over the new one.
#[derive(Clone, Debug, PartialEq)]
pub struct OldCurve {
    /// The persona in the new map.
    pub persona: PersonaId,
    /// The old points where the picture puts them, left to right.
    pub points: Vec<Pos2>,
}

/// How much better or worse one persona feels at one stage.
#[derive(Clone, Debug, PartialEq)]
pub struct StageDifference {
    /// The persona's name.
    pub persona: String,
    /// The new score less the old one.
    pub difference: f32,
    /// Where the label goes: the bottom centre of the stage in the emotion lane,
    /// one line up for each persona before.
    pub pos: Pos2,
}

/// Differences smaller than this are no difference.
const SAME_SCORE: f32 = 0.05;
/// Room, in map units, for one line of stage differences.
const DIFFERENCE_LINE: f32 = 16.0;

/// The marks of every change that shows on the picture.
pub fn marks(comparison: &Comparison, picture: &Picture, layout: &MapLayout) -> Vec<Mark> {
    comparison
        .changes
        .iter()
        .enumerate()
        .filter_map(|(index, change)| mark(index, change, comparison, picture, layout))
        .collect()
}

fn mark(
    index: usize,
    change: &Change,
    comparison: &Comparison,
    picture: &Picture,
    layout: &MapLayout,
) -> Option<Mark> {
    let element = match change.new {
        Some(element) => element,
        None => picture.of_old(comparison, change.old?)?,
    };
    let mut rect = rect_of(&picture.map, element, layout)?;
    if change.what == ChangeKind::Removed {
        rect = whole_area(element, layout).unwrap_or(rect);
    }
    let (kind, from) = match &change.what {
        ChangeKind::Added => (MarkKind::Added, None),
        ChangeKind::Removed => (MarkKind::Removed, None),
        ChangeKind::Changed(_) => (MarkKind::Changed, None),
        ChangeKind::Reordered { .. } => (MarkKind::Moved, None),
        ChangeKind::Moved { from, .. } => {
            let stage = picture.of_old(comparison, ElementRef::Stage(from.stage));
            let lane = picture.of_old(comparison, ElementRef::Lane(from.lane));
            let step = from
                .step
                .and_then(|s| picture.of_old(comparison, ElementRef::Step(s)));
            let cell = match (stage, lane) {
                (Some(ElementRef::Stage(stage)), Some(ElementRef::Lane(lane))) => {
                    layout.cell_rect(&CellPlace {
                        lane,
                        stage,
                        step: match step {
                            Some(ElementRef::Step(step)) => Some(step),
                            _ => None,
                        },
                        index: 0,
                    })
                }
                _ => None,
            };
            (MarkKind::Moved, cell)
        }
    };
    Some(Mark {
        change: index,
        kind,
        rect,
        from,
        was: old_name(change),
    })
}

/// A removed stage's whole column, a removed lane's whole row.
fn whole_area(element: ElementRef, layout: &MapLayout) -> Option<Rect> {
    match element {
        ElementRef::Stage(id) => layout.stage(id).map(|s| s.rect),
        ElementRef::Lane(id) => layout.lane(id).map(|l| l.rect),
        _ => None,
    }
}

/// The name a renamed stage, step or lane had.
fn old_name(change: &Change) -> Option<String> {
    let ChangeKind::Changed(fields) = &change.what else {
        return None;
    };
    if !change.is_rename() {
        return None;
    }
    let renamed = fields
        .iter()
        .find(|f| matches!(f.field.as_str(), "name" | "title"))?;
    match &renamed.before {
        Some(serde_json::Value::String(name)) => Some(name.clone()),
        _ => None,
    }
}

/// The rectangle, in map units, where `element` of `map` is laid out: a card,
/// a stage's or a lane's header, a step's header, a point, a persona's chip, a
/// link's route, the card of a moment. None for what is not drawn.
pub fn rect_of(map: &JourneyMap, element: ElementRef, layout: &MapLayout) -> Option<Rect> {
    match element {
        ElementRef::Card(id) => layout.cards.get(&id).copied(),
        ElementRef::Stage(id) => layout.stage(id).map(|s| s.header),
        ElementRef::Lane(id) => layout.lane(id).map(|l| l.header),
        ElementRef::Step(id) => layout
            .stages
            .iter()
            .flat_map(|s| &s.steps)
            .find(|(step, _)| *step == id)
            .map(|(_, rect)| *rect),
        ElementRef::Point(id) => layout
            .curves
            .iter()
            .flat_map(|c| &c.points)
            .find(|p| p.id == id)
            .map(|p| Rect::from_center_size(p.pos, Vec2::splat(24.0))),
        ElementRef::Persona(id) => layout
            .persona_chips
            .iter()
            .find(|(persona, _)| *persona == id)
            .map(|(_, rect)| *rect),
        ElementRef::Link(id) => layout.links.get(&id).map(|route| Rect::from_points(route)),
        ElementRef::Moment(id) => {
            let card = map.moments.iter().find(|m| m.id == id)?.card;
            layout.cards.get(&card).copied()
        }
        ElementRef::Meta | ElementRef::Scale | ElementRef::Theme | ElementRef::Curve(_) => None,
    }
}

/// The old map's curves, each point where the picture has its stage, step or
/// card, at its old score.
pub fn old_curves(
    comparison: &Comparison,
    old: &JourneyMap,
    picture: &Picture,
    layout: &MapLayout,
) -> Vec<OldCurve> {
    let Some(row) = layout.emotion_row() else {
        return Vec::new();
    };
    old.curves
        .iter()
        .filter(|curve| !curve.hidden)
        .filter_map(|curve| {
            let persona = match comparison
                .matching
                .new_of(ElementRef::Persona(curve.persona))?
            {
                ElementRef::Persona(id) => id,
                _ => return None,
            };
            let mut points: Vec<Pos2> = curve
                .points
                .iter()
                .filter_map(|point| {
                    let anchor = picture.anchor_of_old(comparison, point.anchor)?;
                    let x = layout.anchor_x(&picture.map, anchor)?;
                    Some(Pos2::new(
                        x,
                        score_to_y(&picture.map, row.rect, point.score),
                    ))
                })
                .collect();
            points.sort_by(|a, b| a.x.total_cmp(&b.x));
            Some(OldCurve { persona, points })
        })
        .collect()
}

/// Each persona's difference at each stage where both maps have different
/// scores, at the bottom of the stage's column in the emotion lane.
pub fn stage_differences(comparison: &Comparison, layout: &MapLayout) -> Vec<StageDifference> {
    let Some(row) = layout.emotion_row() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (line, curve) in comparison.curves.iter().rev().enumerate() {
        for stage in &curve.stages {
            let (Some(difference), Some(id)) = (stage.difference(), stage.new) else {
                continue;
            };
            if difference.abs() < SAME_SCORE {
                continue;
            }
            let Some(column) = layout.stage(id) else {
                continue;
            };
            let y = row.rect.bottom() - DIFFERENCE_LINE * (line as f32 + 0.5);
            found.push(StageDifference {
                persona: curve.persona.clone(),
                difference,
                pos: Pos2::new(column.rect.center().x, y),
            });
        }
    }
    found
}
