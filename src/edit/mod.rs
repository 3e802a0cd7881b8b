//! Every change to a document, as a command, and the undo history.

mod apply;
mod history;
mod paste;

pub use history::{Document, History, MergeKey};
pub use paste::paste;

use crate::layout::CellPlace;
use crate::model::{
    Card, CardId, CurveId, EmotionPoint, EmotionScale, Lane, LaneId, Link, LinkId, MapMeta,
    MapType, MomentId, MomentOfTruth, Persona, PersonaId, PointId, Stage, StageId, Theme,
};

/// One change to a map. Applying it is one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Moves cards, keeping their order, to a place in a cell.
    MoveCards {
        cards: Vec<CardId>,
        to: CellPlace,
    },
    /// Adds a card at a position among the cards of its cell.
    InsertCard {
        card: Card,
        index: usize,
    },
    ReplaceCard(Card),
    /// Adds cards at the end of their cells (a paste).
    AddCards(Vec<Card>),
    /// Removes cards with their moments of truth and links; curve points on them
    /// move to the card's stage rather than vanish.
    DeleteCards(Vec<CardId>),
    MoveStage {
        stage: StageId,
        to_index: usize,
    },
    InsertStage {
        stage: Stage,
        index: usize,
    },
    ReplaceStage(Stage),
    /// Removes a stage with its cards.
    RemoveStage(StageId),
    MoveLane {
        lane: LaneId,
        to_index: usize,
    },
    InsertLane {
        lane: Lane,
        index: usize,
    },
    ReplaceLane(Lane),
    /// Removes a lane with its cards.
    RemoveLane(LaneId),
    /// Adds a point to a curve, or replaces the point with the same id.
    SetPoint {
        curve: CurveId,
        point: EmotionPoint,
    },
    RemovePoint {
        curve: CurveId,
        point: PointId,
    },
    SetCurveHidden {
        curve: CurveId,
        hidden: bool,
    },
    /// Adds a link, or replaces the link with the same id.
    SetLink(Link),
    RemoveLink(LinkId),
    /// Adds a moment of truth, or replaces the one with the same id.
    SetMoment(MomentOfTruth),
    RemoveMoment(MomentId),
    /// Adds a persona (with an empty curve), or replaces the one with the same id.
    SetPersona(Persona),
    /// Removes a persona and its curve.
    RemovePersona(PersonaId),
    SetMeta(MapMeta),
    /// Changes the scale; points outside it are clamped into it.
    SetScale(EmotionScale),
    SetTheme(Theme),
    /// Changes the map's type and adds the lanes that type expects and the map lacks.
    SetMapType(MapType),
}

impl Edit {
    /// What the edit does, for the Undo and Redo menu items.
    pub fn label(&self) -> &'static str {
        match self {
            Edit::MoveCards { cards, .. } if cards.len() > 1 => "move cards",
            Edit::MoveCards { .. } => "move card",
            Edit::InsertCard { .. } => "add card",
            Edit::ReplaceCard(_) => "edit card",
            Edit::AddCards(_) => "paste",
            Edit::DeleteCards(_) => "delete",
            Edit::MoveStage { .. } => "move stage",
            Edit::InsertStage { .. } => "add stage",
            Edit::ReplaceStage(_) => "edit stage",
            Edit::RemoveStage(_) => "remove stage",
            Edit::MoveLane { .. } => "move lane",
            Edit::InsertLane { .. } => "add lane",
            Edit::ReplaceLane(_) => "edit lane",
            Edit::RemoveLane(_) => "remove lane",
            Edit::SetPoint { .. } => "set emotion",
            Edit::RemovePoint { .. } => "remove emotion point",
            Edit::SetCurveHidden { .. } => "show or hide curve",
            Edit::SetLink(_) => "edit link",
            Edit::RemoveLink(_) => "remove link",
            Edit::SetMoment(_) => "edit moment of truth",
            Edit::RemoveMoment(_) => "remove moment of truth",
            Edit::SetPersona(_) => "edit persona",
            Edit::RemovePersona(_) => "remove persona",
            Edit::SetMeta(_) => "edit map details",
            Edit::SetScale(_) => "change scale",
            Edit::SetTheme(_) => "change theme",
            Edit::SetMapType(_) => "change map type",
        }
    }
}
