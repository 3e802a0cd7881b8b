//! Every change to a document, as a command, and the undo history.

mod apply;
mod history;
mod paste;
mod resolve;

pub use history::{Document, History, MergeKey};
pub use paste::paste;
pub use resolve::Take;

use crate::lang::Phrase;
use crate::layout::CellPlace;
use crate::model::{
    Card, CardId, Conflict, CurveId, EmotionPoint, EmotionScale, Lane, LaneId, Link, LinkId,
    MapMeta, MapType, MomentId, MomentOfTruth, Persona, PersonaId, PointId, Stage, StageId, Theme,
};

/// One change to a map. Applying it is one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Moves cards, keeping their order, to a place in a cell.
    MoveCards {
        /// The cards moved, in the order they keep.
        cards: Vec<CardId>,
        /// The cell they move to and the position of the first among its cards,
        /// counted before the move.
        to: CellPlace,
    },
    /// Adds a card at a position among the cards of its cell.
    InsertCard {
        /// The new card; its lane, stage and step name its cell.
        card: Card,
        /// Its position among the cell's cards (0 is first; past the end adds it last).
        index: usize,
    },
    /// Replaces the card with the same id: every field of it.
    ReplaceCard(Card),
    /// Sets a card's dot votes: one click of vote mode adds or removes a dot.
    SetVotes {
        /// The card voted on.
        card: CardId,
        /// Its dot votes after the click.
        votes: u32,
    },
    /// Adds cards at the end of their cells (a paste).
    AddCards(Vec<Card>),
    /// Removes cards with their moments of truth and links; curve points on them
    /// move to the card's stage rather than vanish.
    DeleteCards(Vec<CardId>),
    /// Moves a stage, with its cards, to another place among the stages.
    MoveStage {
        /// The stage moved.
        stage: StageId,
        /// The place it goes to, counted among the stages before the move.
        to_index: usize,
    },
    /// Adds a stage at a place among the stages.
    InsertStage {
        /// The new stage.
        stage: Stage,
        /// Its place among the stages (0 is first; past the end adds it last).
        index: usize,
    },
    /// Replaces the stage with the same id: every field of it. Cards and curve
    /// points on steps the new version drops move to the stage itself.
    ReplaceStage(Stage),
    /// Removes a stage with its cards.
    RemoveStage(StageId),
    /// Moves a lane, with its cards, to another place among the lanes.
    MoveLane {
        /// The lane moved.
        lane: LaneId,
        /// The place it goes to, counted among the lanes (hidden ones included)
        /// before the move.
        to_index: usize,
    },
    /// Adds a lane at a place among the lanes.
    InsertLane {
        /// The new lane.
        lane: Lane,
        /// Its place among the lanes (0 is first; past the end adds it last).
        index: usize,
    },
    /// Replaces the lane with the same id: every field of it.
    ReplaceLane(Lane),
    /// Removes a lane with its cards.
    RemoveLane(LaneId),
    /// Adds a point to a curve, or replaces the point with the same id.
    SetPoint {
        /// The persona's curve the point is on.
        curve: CurveId,
        /// The point; its score is clamped into the map's scale.
        point: EmotionPoint,
    },
    /// Removes a point from a curve.
    RemovePoint {
        /// The curve the point is on.
        curve: CurveId,
        /// The point removed.
        point: PointId,
    },
    /// Shows or hides a persona's curve on the map.
    SetCurveHidden {
        /// The curve shown or hidden.
        curve: CurveId,
        /// True to hide it, false to show it.
        hidden: bool,
    },
    /// Adds a link, or replaces the link with the same id.
    SetLink(Link),
    /// Removes a link; the cards it joined stay.
    RemoveLink(LinkId),
    /// Adds a moment of truth, or replaces the one with the same id.
    SetMoment(MomentOfTruth),
    /// Removes a moment of truth; its card stays.
    RemoveMoment(MomentId),
    /// Adds a persona (with an empty curve), or replaces the one with the same id.
    SetPersona(Persona),
    /// Removes a persona and its curve.
    RemovePersona(PersonaId),
    /// Replaces the map's details: title, scenario, goals, owner, date, language,
    /// type. A new type here adds no lanes; [`Edit::SetMapType`] does.
    SetMeta(MapMeta),
    /// Changes the scale; points outside it are clamped into it.
    SetScale(EmotionScale),
    /// Replaces the map's theme: its palette, brand and background colours and
    /// its font size.
    SetTheme(Theme),
    /// Changes the map's type and adds the lanes that type expects and the map lacks.
    SetMapType(MapType),
    /// Resolves a conflict a merge recorded: puts the chosen value in place and
    /// removes the conflict from the map ([`Edit::take_ours`], [`Edit::take_theirs`]).
    ResolveConflict {
        /// The conflict, as the map records it.
        conflict: Conflict,
        /// The value kept.
        take: Take,
    },
}

impl Edit {
    /// What the edit does, for the Undo and Redo menu items, in whichever
    /// language they are shown.
    pub fn label(&self) -> Phrase {
        match self {
            Edit::MoveCards { cards, .. } if cards.len() > 1 => |w| w.edit_move_cards,
            Edit::MoveCards { .. } => |w| w.edit_move_card,
            Edit::InsertCard { .. } => |w| w.edit_add_card,
            Edit::ReplaceCard(_) => |w| w.edit_card,
            Edit::SetVotes { .. } => |w| w.edit_vote,
            Edit::AddCards(_) => |w| w.edit_paste,
            Edit::DeleteCards(_) => |w| w.edit_delete,
            Edit::MoveStage { .. } => |w| w.edit_move_stage,
            Edit::InsertStage { .. } => |w| w.edit_add_stage,
            Edit::ReplaceStage(_) => |w| w.edit_stage,
            Edit::RemoveStage(_) => |w| w.edit_remove_stage,
            Edit::MoveLane { .. } => |w| w.edit_move_lane,
            Edit::InsertLane { .. } => |w| w.edit_add_lane,
            Edit::ReplaceLane(_) => |w| w.edit_lane,
            Edit::RemoveLane(_) => |w| w.edit_remove_lane,
            Edit::SetPoint { .. } => |w| w.edit_set_emotion,
            Edit::RemovePoint { .. } => |w| w.edit_remove_point,
            Edit::SetCurveHidden { .. } => |w| w.edit_curve_hidden,
            Edit::SetLink(_) => |w| w.edit_link,
            Edit::RemoveLink(_) => |w| w.edit_remove_link,
            Edit::SetMoment(_) => |w| w.edit_moment,
            Edit::RemoveMoment(_) => |w| w.edit_remove_moment,
            Edit::SetPersona(_) => |w| w.edit_persona,
            Edit::RemovePersona(_) => |w| w.edit_remove_persona,
            Edit::SetMeta(_) => |w| w.edit_meta,
            Edit::SetScale(_) => |w| w.edit_scale,
            Edit::SetTheme(_) => |w| w.edit_theme,
            Edit::SetMapType(_) => |w| w.edit_map_type,
            Edit::ResolveConflict { .. } => |w| w.edit_resolve_conflict,
        }
    }
}
