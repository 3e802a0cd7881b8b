//! The grid of a map: stages (with their steps) as columns, lanes as rows.

use serde::{Deserialize, Serialize};

use super::{Color, LaneId, StageId, StepId};

/// A column of the map, such as "Awareness" or "Purchase".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// The stage's identifier, unique across the map.
    pub id: StageId,
    /// The title in the stage's header.
    pub name: String,
    /// What happens in the stage, in a few sentences.
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
    /// Sub-columns sharing the stage's width evenly, left to right; empty for a
    /// stage that is one column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

impl Stage {
    /// A stage with only a name: no steps, the palette's colour, a width that fits its cards.
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
    /// The step's identifier, unique across the map.
    pub id: StepId,
    /// The title in the step's header, under the stage's.
    pub name: String,
}

/// What a lane holds, which decides how its cards look and which cards fit in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// Where the customer meets the brand: one card per touchpoint, with its channel.
    Touchpoints,
    /// What the customer wants to achieve.
    CustomerGoals,
    /// What the customer does.
    Does,
    /// What the customer thinks: questions, doubts, expectations.
    Thinks,
    /// What the customer feels, in words.
    Feels,
    /// What the customer sees around them.
    Sees,
    /// The persona's emotion curves. Holds no cards.
    Emotion,
    /// What goes wrong for the customer, each with a severity.
    PainPoints,
    /// What goes well for the customer.
    Successes,
    /// Ideas to improve the experience, each with a priority.
    Opportunities,
    /// What the team will do, each with a priority and an owner.
    Actions,
    /// Measures such as NPS, CSAT or conversion, on metric cards.
    Metrics,
    /// What the customer sees of the service: staff and interfaces in contact with them.
    Frontstage,
    /// What staff do out of the customer's sight.
    Backstage,
    /// Support processes and systems.
    Support,
    /// Notes of any kind.
    FreeText,
    /// Pictures (screenshots, photos), captioned by the card's text.
    Images,
}

impl LaneKind {
    /// Every kind, in the order the editor lists them.
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
    /// The lane's identifier, unique across the map.
    pub id: LaneId,
    /// What the lane holds, which decides its cards' look.
    pub kind: LaneKind,
    /// The title in the lane's header; starts as the kind's label.
    pub title: String,
    /// Kept in the map, cards included, but neither laid out nor drawn.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Height of the row in map units, when the user resized it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<f32>,
}

impl Lane {
    /// A visible lane of this kind, titled with the kind's label, as tall as its cards need.
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
