//! The emotion curves read per persona: lowest and highest points, the mean of
//! each stage, the weakest and strongest stages.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::places::{JourneyOrder, Places};
use crate::model::{CardId, PersonaId, PointId, StageId};

/// One point of a persona's curve, placed on the journey.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvePoint {
    /// The point itself.
    pub point: PointId,
    /// The stage it sits in.
    pub stage: StageId,
    /// The card it is anchored to, when it is.
    pub card: Option<CardId>,
    /// How the persona feels there, on the map's scale.
    pub score: i32,
    /// Why, in the map's words; empty when not given.
    pub reason: String,
    order: JourneyOrder,
}

/// The mean emotion of one persona at one stage.
#[derive(Clone, Debug, PartialEq)]
pub struct StageMean {
    /// The stage.
    pub stage: StageId,
    /// The mean score of the persona's points in the stage.
    pub mean: f32,
    /// The lowest of those points' scores, which decides between equal means.
    pub lowest: i32,
    /// How many points the mean is taken over: at least one.
    pub points: usize,
}

/// What one persona's curve says.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaInsights {
    /// The persona.
    pub persona: PersonaId,
    /// Every point of the curve, in journey order.
    pub points: Vec<CurvePoint>,
    /// The lowest point: the first along the journey when several share its score.
    pub lowest: Option<CurvePoint>,
    /// The highest point: the first along the journey when several share its score.
    pub highest: Option<CurvePoint>,
    /// The mean of each stage that has points, in the stages' order.
    pub stage_means: Vec<StageMean>,
    /// The stage of lowest mean; of equal means, the one with the lower single
    /// point, then the earlier one.
    pub weakest: Option<StageId>,
    /// The stage of highest mean; of equal means, the one whose lowest point is
    /// higher, then the earlier one.
    pub strongest: Option<StageId>,
}

impl PersonaInsights {
    /// The curve's points in one stage, in journey order: the excerpt of the
    /// curve a slide shows for a stage.
    pub fn points_in(&self, stage: StageId) -> impl Iterator<Item = &CurvePoint> {
        self.points.iter().filter(move |p| p.stage == stage)
    }

    /// The persona's mean at a stage, when it has points there.
    pub fn mean_at(&self, stage: StageId) -> Option<&StageMean> {
        self.stage_means.iter().find(|m| m.stage == stage)
    }
}

/// Where the emotion given for a moment or a pain point was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmotionPlace {
    /// On the card itself: the persona's point there (their mean, if several).
    Card,
    /// The card has no point of the persona: their mean at the card's stage.
    Stage,
}

/// How one persona feels at a place of the journey.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EmotionAt {
    /// The persona.
    pub persona: PersonaId,
    /// The score, or the mean of scores, on the map's scale.
    pub score: f32,
    /// Whether it was read on the card or at its stage.
    pub place: EmotionPlace,
}

/// Every persona's insights, in the map's order of personas.
pub fn personas(places: &Places) -> Vec<PersonaInsights> {
    places
        .map
        .personas
        .iter()
        .map(|persona| persona_insights(places, persona.id))
        .collect()
}

fn persona_insights(places: &Places, persona: PersonaId) -> PersonaInsights {
    let points = curve_points(places, persona);
    let first_by = |better: fn(i32, i32) -> bool| {
        points
            .iter()
            .fold(None::<&CurvePoint>, |best, p| match best {
                Some(b) if !better(p.score, b.score) => Some(b),
                _ => Some(p),
            })
            .cloned()
    };
    let stage_means = stage_means(&points);
    PersonaInsights {
        persona,
        lowest: first_by(|a, b| a < b),
        highest: first_by(|a, b| a > b),
        weakest: stage_means
            .iter()
            .min_by(|a, b| weaker(a, b))
            .map(|m| m.stage),
        strongest: stage_means
            .iter()
            .min_by(|a, b| stronger(a, b))
            .map(|m| m.stage),
        stage_means,
        points,
    }
}

/// The persona's points placed on the journey, in journey order (points at one
/// place keep the curve's order); points anchored to nothing are left out.
fn curve_points(places: &Places, persona: PersonaId) -> Vec<CurvePoint> {
    let mut points: Vec<CurvePoint> = places
        .map
        .curves
        .iter()
        .filter(|curve| curve.persona == persona)
        .flat_map(|curve| &curve.points)
        .filter_map(|point| {
            let (stage, card, order) = places.anchor_place(point.anchor)?;
            Some(CurvePoint {
                point: point.id,
                stage,
                card,
                score: point.score,
                reason: point.reason.clone(),
                order,
            })
        })
        .collect();
    points.sort_by_key(|p| p.order);
    points
}

fn stage_means(points: &[CurvePoint]) -> Vec<StageMean> {
    let mut means: Vec<StageMean> = Vec::new();
    let mut sums: Vec<i64> = Vec::new();
    for point in points {
        match means.last_mut() {
            Some(mean) if mean.stage == point.stage => {
                mean.points += 1;
                mean.lowest = mean.lowest.min(point.score);
            }
            _ => {
                means.push(StageMean {
                    stage: point.stage,
                    mean: 0.0,
                    lowest: point.score,
                    points: 1,
                });
                sums.push(0);
            }
        }
        if let Some(sum) = sums.last_mut() {
            *sum += i64::from(point.score);
        }
    }
    for (mean, sum) in means.iter_mut().zip(sums) {
        mean.mean = sum as f32 / mean.points as f32;
    }
    means
}

/// `Less` when `a` is the weaker stage.
fn weaker(a: &StageMean, b: &StageMean) -> Ordering {
    a.mean.total_cmp(&b.mean).then(a.lowest.cmp(&b.lowest))
}

/// `Less` when `a` is the stronger stage.
fn stronger(a: &StageMean, b: &StageMean) -> Ordering {
    b.mean.total_cmp(&a.mean).then(b.lowest.cmp(&a.lowest))
}

/// The mean of every persona's points at each stage: how the stage feels to the
/// customers the map follows, which ranks pain points of equal severity and votes.
pub fn stage_emotion(places: &Places) -> HashMap<StageId, f32> {
    let mut sums: HashMap<StageId, (i64, usize)> = HashMap::new();
    for point in places.map.curves.iter().flat_map(|c| &c.points) {
        if let Some((stage, _, _)) = places.anchor_place(point.anchor) {
            let entry = sums.entry(stage).or_default();
            entry.0 += i64::from(point.score);
            entry.1 += 1;
        }
    }
    sums.into_iter()
        .map(|(stage, (sum, count))| (stage, sum as f32 / count as f32))
        .collect()
}

/// How each persona feels at a card: their points on it, else their mean at its stage.
pub fn emotion_at(personas: &[PersonaInsights], card: CardId, stage: StageId) -> Vec<EmotionAt> {
    personas
        .iter()
        .filter_map(|persona| {
            let on_card: Vec<i32> = persona
                .points
                .iter()
                .filter(|p| p.card == Some(card))
                .map(|p| p.score)
                .collect();
            if !on_card.is_empty() {
                let sum: i32 = on_card.iter().sum();
                return Some(EmotionAt {
                    persona: persona.persona,
                    score: sum as f32 / on_card.len() as f32,
                    place: EmotionPlace::Card,
                });
            }
            persona.mean_at(stage).map(|mean| EmotionAt {
                persona: persona.persona,
                score: mean.mean,
                place: EmotionPlace::Stage,
            })
        })
        .collect()
}
