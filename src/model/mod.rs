//! The journey map document: plain serde data, no UI types.
//!
//! Elements refer to each other by id, never by position, so that reordering,
//! undo and merges keep every reference intact.

mod card;
mod conflict;
mod emotion;
mod grid;
mod ids;
mod image;
mod journey;
mod meta;
mod persona;
mod renumber;
pub mod synthetic;
mod theme;
mod validate;

pub use card::{Card, Channel, Comment, Level, Metric};
pub use conflict::{Conflict, ElementRef};
pub use emotion::{Anchor, EmotionCurve, EmotionPoint, EmotionScale};
pub use grid::{Lane, LaneKind, Stage, Step};
pub use ids::{CardId, CurveId, LaneId, LinkId, MomentId, PersonaId, PointId, StageId, StepId};
pub use image::{EmbeddedImage, ImageFormat};
pub use journey::{Link, LinkKind, MomentKind, MomentOfTruth};
pub use meta::{MapMeta, MapRef, MapType, is_french};
pub use persona::Persona;
pub use theme::{Color, Theme};
pub use validate::{
    FieldPath, MAX_CARDS, MAX_COLUMNS_ROWS_PERSONAS, MAX_TEXT_CHARS, Problem, Segment,
    is_forbidden_in_xml, is_iso_date,
};

use serde::{Deserialize, Serialize};

/// A whole customer journey map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JourneyMap {
    /// Title, scenario, type, language and the other facts about the map.
    pub meta: MapMeta,
    #[serde(default, skip_serializing_if = "is_default")]
    /// The range of emotion scores the curves use.
    pub scale: EmotionScale,
    #[serde(default, skip_serializing_if = "is_default")]
    /// Colours and text size of the map.
    pub theme: Theme,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// The customers the map follows; each may have one emotion curve.
    pub personas: Vec<Persona>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// The columns, left to right.
    pub stages: Vec<Stage>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// The rows, top to bottom, hidden ones included.
    pub lanes: Vec<Lane>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// Every card of every cell; the order within a cell is the order here.
    pub cards: Vec<Card>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// The personas' emotion curves, at most one per persona.
    pub curves: Vec<EmotionCurve>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// Moments of truth, each marked on a card.
    pub moments: Vec<MomentOfTruth>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// Arrows between cards, for journeys that branch, loop back or drop out.
    pub links: Vec<Link>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// What a merge could not decide and left for someone to choose; empty once
    /// every conflict is resolved.
    pub conflicts: Vec<Conflict>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl JourneyMap {
    /// Every id used in the map, in no particular order.
    pub fn all_ids(&self) -> impl Iterator<Item = u32> + '_ {
        let personas = self.personas.iter().map(|p| p.id.0);
        let stages = self
            .stages
            .iter()
            .flat_map(|s| std::iter::once(s.id.0).chain(s.steps.iter().map(|step| step.id.0)));
        let lanes = self.lanes.iter().map(|l| l.id.0);
        let cards = self.cards.iter().map(|c| c.id.0);
        let curves = self
            .curves
            .iter()
            .flat_map(|c| std::iter::once(c.id.0).chain(c.points.iter().map(|p| p.id.0)));
        let moments = self.moments.iter().map(|m| m.id.0);
        let links = self.links.iter().map(|l| l.id.0);
        personas
            .chain(stages)
            .chain(lanes)
            .chain(cards)
            .chain(curves)
            .chain(moments)
            .chain(links)
    }

    /// An id that no element of the map uses yet.
    pub fn next_free_id(&self) -> u32 {
        self.all_ids().max().map_or(1, |max| max.saturating_add(1))
    }

    /// The stage with this id, if the map has one.
    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The position of a stage among the stages, counting from 0 on the left.
    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The stage that holds a step.
    pub fn stage_of_step(&self, id: StepId) -> Option<&Stage> {
        self.stages
            .iter()
            .find(|s| s.steps.iter().any(|step| step.id == id))
    }

    /// The lane with this id, if the map has one.
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// The card with this id, if the map has one.
    pub fn card(&self, id: CardId) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// The cards in lanes of one kind, in document order.
    pub fn cards_of_kind(&self, kind: LaneKind) -> impl Iterator<Item = &Card> + '_ {
        self.cards
            .iter()
            .filter(move |card| self.lane(card.lane).is_some_and(|lane| lane.kind == kind))
    }

    /// The persona with this id, if the map has one.
    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    /// Adds a persona after the others, with its emotion curve: shown, with no
    /// points yet, and `curve` as its id. Every persona has one curve, so this is
    /// how a persona joins a map.
    pub fn add_persona(&mut self, persona: Persona, curve: CurveId) {
        self.curves.push(EmotionCurve {
            id: curve,
            persona: persona.id,
            hidden: false,
            points: Vec::new(),
        });
        self.personas.push(persona);
    }

    /// The colour for the next persona: the theme's palette from its fifth colour
    /// on, so that the first personas' curves do not take the first stages' colours.
    pub fn next_persona_color(&self) -> Color {
        self.theme.palette_color(self.personas.len() + 4)
    }

    /// The colour of a stage: its own, or the theme's palette colour for its place.
    pub fn stage_color(&self, id: StageId) -> Color {
        let index = self.stage_index(id).unwrap_or(0);
        self.stage(id)
            .and_then(|s| s.color)
            .unwrap_or_else(|| self.theme.palette_color(index))
    }

    /// The lane kinds a map of this type is expected to have, in order.
    pub fn expected_lanes(map_type: MapType) -> &'static [LaneKind] {
        use LaneKind::*;
        match map_type {
            MapType::CurrentState | MapType::FutureState => &[
                Touchpoints,
                Does,
                Thinks,
                Emotion,
                PainPoints,
                Opportunities,
            ],
            MapType::DayInTheLife => &[CustomerGoals, Does, Thinks, Feels, Emotion, Touchpoints],
            MapType::ServiceBlueprint => &[
                Touchpoints,
                Does,
                Emotion,
                Frontstage,
                Backstage,
                Support,
                PainPoints,
            ],
        }
    }
}
