//! Emotion curves: each persona's feelings along the journey.

use serde::{Deserialize, Serialize};

use super::{CardId, CurveId, PersonaId, PointId, StageId, StepId};

/// The range of emotion scores of a map: frustration below zero, delight above.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionScale {
    /// The worst score, the most frustrated; below `max`, at least `-LIMIT`.
    pub min: i32,
    /// The best score, the most delighted; at most `LIMIT`.
    pub max: i32,
}

impl EmotionScale {
    /// Scales wider than this are not readable on a slide.
    pub const LIMIT: i32 = 10;

    /// Whether `score` lies on the scale, ends included.
    pub fn contains(self, score: i32) -> bool {
        (self.min..=self.max).contains(&score)
    }

    /// The score on the scale nearest to `score`.
    pub fn clamp(self, score: i32) -> i32 {
        score.clamp(self.min, self.max)
    }
}

impl Default for EmotionScale {
    fn default() -> Self {
        Self { min: -2, max: 2 }
    }
}

/// Where an emotion point sits along the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Anchor {
    /// At the middle of a stage's column.
    Stage(StageId),
    /// At the middle of a step's column.
    Step(StepId),
    /// At the middle of a card, or of its stage's column when the card is in a hidden lane.
    Card(CardId),
}

/// One point of a curve.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionPoint {
    /// The point's identifier, unique across the map.
    pub id: PointId,
    /// Where along the journey the point sits.
    pub anchor: Anchor,
    /// How the persona feels here, on the map's [`EmotionScale`]: higher is happier.
    pub score: i32,
    /// Why the persona feels this way here.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The emotion curve of one persona.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionCurve {
    /// The curve's identifier, unique across the map.
    pub id: CurveId,
    /// Whose feelings the curve shows; a persona has at most one curve.
    pub persona: PersonaId,
    /// Kept in the map but not drawn.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// The points in any order: the layout sorts them along the journey.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<EmotionPoint>,
}
