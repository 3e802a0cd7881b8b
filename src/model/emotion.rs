//! Emotion curves: each persona's feelings along the journey.

use serde::{Deserialize, Serialize};

use super::{CardId, CurveId, PersonaId, PointId, StageId, StepId};

/// The range of emotion scores of a map: frustration below zero, delight above.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionScale {
    pub min: i32,
    pub max: i32,
}

impl EmotionScale {
    /// Scales wider than this are not readable on a slide.
    pub const LIMIT: i32 = 10;

    pub fn contains(self, score: i32) -> bool {
        (self.min..=self.max).contains(&score)
    }

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
    Stage(StageId),
    Step(StepId),
    Card(CardId),
}

/// One point of a curve.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionPoint {
    pub id: PointId,
    pub anchor: Anchor,
    pub score: i32,
    /// Why the persona feels this way here.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The emotion curve of one persona.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionCurve {
    pub id: CurveId,
    pub persona: PersonaId,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<EmotionPoint>,
}
