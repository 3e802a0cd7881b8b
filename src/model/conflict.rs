//! What a three-way merge could not decide: recorded in the map until someone
//! chooses, so that a merged file keeps both people's work.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{CardId, CurveId, LaneId, LinkId, MomentId, PersonaId, PointId, StageId, StepId};

/// One element of a map, or one of its parts that has no id (details, scale, theme).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ElementRef {
    /// The map's details: title, scenario, type…
    Meta,
    /// The emotion scale.
    Scale,
    /// The colours and text size.
    Theme,
    /// A persona.
    Persona(PersonaId),
    /// A stage (a column).
    Stage(StageId),
    /// A step inside a stage.
    Step(StepId),
    /// A lane (a row).
    Lane(LaneId),
    /// A card.
    Card(CardId),
    /// A persona's emotion curve.
    Curve(CurveId),
    /// A point of an emotion curve.
    Point(PointId),
    /// A moment of truth.
    Moment(MomentId),
    /// A link between cards.
    Link(LinkId),
}

impl ElementRef {
    /// The element's id, for the elements that have one.
    pub fn id(self) -> Option<u32> {
        match self {
            ElementRef::Meta | ElementRef::Scale | ElementRef::Theme => None,
            ElementRef::Persona(id) => Some(id.0),
            ElementRef::Stage(id) => Some(id.0),
            ElementRef::Step(id) => Some(id.0),
            ElementRef::Lane(id) => Some(id.0),
            ElementRef::Card(id) => Some(id.0),
            ElementRef::Curve(id) => Some(id.0),
            ElementRef::Point(id) => Some(id.0),
            ElementRef::Moment(id) => Some(id.0),
            ElementRef::Link(id) => Some(id.0),
        }
    }

    /// The same element under the id `new_id` gives for its id.
    pub fn renumbered(self, new_id: impl Fn(u32) -> u32) -> Self {
        match self {
            ElementRef::Meta | ElementRef::Scale | ElementRef::Theme => self,
            ElementRef::Persona(id) => ElementRef::Persona(PersonaId(new_id(id.0))),
            ElementRef::Stage(id) => ElementRef::Stage(StageId(new_id(id.0))),
            ElementRef::Step(id) => ElementRef::Step(StepId(new_id(id.0))),
            ElementRef::Lane(id) => ElementRef::Lane(LaneId(new_id(id.0))),
            ElementRef::Card(id) => ElementRef::Card(CardId(new_id(id.0))),
            ElementRef::Curve(id) => ElementRef::Curve(CurveId(new_id(id.0))),
            ElementRef::Point(id) => ElementRef::Point(PointId(new_id(id.0))),
            ElementRef::Moment(id) => ElementRef::Moment(MomentId(new_id(id.0))),
            ElementRef::Link(id) => ElementRef::Link(LinkId(new_id(id.0))),
        }
    }

    /// What kind of element it is, in words: "card", "stage"…
    pub fn kind_name(self) -> &'static str {
        match self {
            ElementRef::Meta => "map details",
            ElementRef::Scale => "emotion scale",
            ElementRef::Theme => "theme",
            ElementRef::Persona(_) => "persona",
            ElementRef::Stage(_) => "stage",
            ElementRef::Step(_) => "step",
            ElementRef::Lane(_) => "lane",
            ElementRef::Card(_) => "card",
            ElementRef::Curve(_) => "emotion curve",
            ElementRef::Point(_) => "emotion point",
            ElementRef::Moment(_) => "moment of truth",
            ElementRef::Link(_) => "link",
        }
    }
}

impl fmt::Display for ElementRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.id() {
            Some(id) => write!(f, "{} {id}", self.kind_name()),
            None => f.write_str(self.kind_name()),
        }
    }
}

/// Two people changed one thing in two ways, or one deleted what the other
/// edited. The merged map keeps "ours" until someone chooses.
///
/// Values are the field's value as its element is written (text, numbers, lists,
/// `{…}` for structures); `None` is a field left unset, or, when `field` is
/// empty, an element that side deleted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The element both sides changed.
    pub element: ElementRef,
    /// The field in question, such as `text`; empty when one side deleted the
    /// element and the other edited it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
    /// The value both sides started from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<serde_json::Value>,
    /// Our value: the one the merged map holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<serde_json::Value>,
    /// Their value, which the merge set aside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<serde_json::Value>,
}

impl Conflict {
    /// Whether one side deleted the element while the other edited it.
    pub fn is_deletion(&self) -> bool {
        self.field.is_empty()
    }
}
