//! What connects cards: moments of truth and the links of non-linear journeys.

use serde::{Deserialize, Serialize};

use super::{CardId, LinkId, MomentId};

/// The three kinds of moments that decide the relationship.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MomentKind {
    /// A moment the brand did not know existed (a friend's advice, a review).
    Influence,
    /// A moment almost every customer goes through: make it flawless.
    Impact,
    /// Where the customer judges and decides.
    Decision,
}

impl MomentKind {
    /// Every kind, in the order the editor lists them.
    pub const ALL: [MomentKind; 3] = [
        MomentKind::Influence,
        MomentKind::Impact,
        MomentKind::Decision,
    ];

    /// The kind's name in English, as the editor shows it.
    pub fn label(self) -> &'static str {
        match self {
            MomentKind::Influence => "Moment of influence",
            MomentKind::Impact => "Moment of impact",
            MomentKind::Decision => "Moment of decision",
        }
    }
}

/// A moment of truth, marked on a card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MomentOfTruth {
    /// The moment's identifier, unique across the map.
    pub id: MomentId,
    /// The card the moment is marked on.
    pub card: CardId,
    /// Which of the three moments it is.
    pub kind: MomentKind,
    /// A remark about the moment, such as why it matters.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// How a link bends the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LinkKind {
    /// The way most customers go.
    MainPath,
    /// Another way some customers go.
    Alternative,
    /// Back to an earlier touchpoint.
    LoopBack,
    /// Where customers leave the journey.
    DropOut,
}

impl LinkKind {
    /// Every kind, in the order the editor lists them.
    pub const ALL: [LinkKind; 4] = [
        LinkKind::MainPath,
        LinkKind::Alternative,
        LinkKind::LoopBack,
        LinkKind::DropOut,
    ];

    /// The kind's name in English, as the editor shows it.
    pub fn label(self) -> &'static str {
        match self {
            LinkKind::MainPath => "Main path",
            LinkKind::Alternative => "Alternative",
            LinkKind::LoopBack => "Loop back",
            LinkKind::DropOut => "Drop-out",
        }
    }
}

/// An arrow from one card to another, or out of the journey for a drop-out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The link's identifier, unique across the map.
    pub id: LinkId,
    /// The card the arrow leaves from.
    pub from: CardId,
    /// `None` only for a drop-out that leads out of the map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<CardId>,
    /// How the link bends the journey, which decides how its line is drawn.
    pub kind: LinkKind,
    /// Words written beside the line, such as a condition ("if the quote is too high").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The share of customers who take this path, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f32>,
}
