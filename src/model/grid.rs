//! The grid of a map: stages (with their steps) as columns, lanes as rows.

use serde::{Deserialize, Serialize};

use super::{Color, LaneId, StageId, StepId};

/// A column of the map, such as "Awareness" or "Purchase".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: StageId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// How long the stage lasts, in the consultant's words ("a few minutes", "30 days").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub duration: String,
    /// Overrides the theme's palette colour for this stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Width of the column in map units, when the user resized it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<f32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

impl Stage {
    pub fn new(id: StageId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            description: String::new(),
            duration: String::new(),
            color: None,
            width: None,
            steps: Vec::new(),
        }
    }
}

/// A finer column inside a stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: StepId,
    pub name: String,
}

/// What a lane holds, which decides how its cards look and which cards fit in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    Touchpoints,
    CustomerGoals,
    Does,
    Thinks,
    Feels,
    Sees,
    /// The persona's emotion curves. Holds no cards.
    Emotion,
    PainPoints,
    Successes,
    Opportunities,
    Actions,
    Metrics,
    Frontstage,
    Backstage,
    /// Support processes and systems.
    Support,
    FreeText,
    Images,
}

impl LaneKind {
    pub const ALL: [LaneKind; 17] = [
        LaneKind::Touchpoints,
        LaneKind::CustomerGoals,
        LaneKind::Does,
        LaneKind::Thinks,
        LaneKind::Feels,
        LaneKind::Sees,
        LaneKind::Emotion,
        LaneKind::PainPoints,
        LaneKind::Successes,
        LaneKind::Opportunities,
        LaneKind::Actions,
        LaneKind::Metrics,
        LaneKind::Frontstage,
        LaneKind::Backstage,
        LaneKind::Support,
        LaneKind::FreeText,
        LaneKind::Images,
    ];

    /// The default title of a lane of this kind.
    pub fn label(self) -> &'static str {
        match self {
            LaneKind::Touchpoints => "Touchpoints",
            LaneKind::CustomerGoals => "Customer goals",
            LaneKind::Does => "Customer does",
            LaneKind::Thinks => "Thinks",
            LaneKind::Feels => "Feels",
            LaneKind::Sees => "Sees",
            LaneKind::Emotion => "Emotion",
            LaneKind::PainPoints => "Pain points",
            LaneKind::Successes => "Successes",
            LaneKind::Opportunities => "Opportunities",
            LaneKind::Actions => "Actions",
            LaneKind::Metrics => "Metrics",
            LaneKind::Frontstage => "Frontstage",
            LaneKind::Backstage => "Backstage",
            LaneKind::Support => "Support & systems",
            LaneKind::FreeText => "Notes",
            LaneKind::Images => "Images",
        }
    }

    /// Whether cards can be placed in lanes of this kind.
    pub fn holds_cards(self) -> bool {
        self != LaneKind::Emotion
    }
}

/// A row of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    pub id: LaneId,
    pub kind: LaneKind,
    pub title: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Height of the row in map units, when the user resized it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<f32>,
}

impl Lane {
    pub fn new(id: LaneId, kind: LaneKind) -> Self {
        Self {
            id,
            kind,
            title: kind.label().to_owned(),
            hidden: false,
            height: None,
        }
    }
}
