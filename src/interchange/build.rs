//! A map built from a sheet's rows, whatever the sheet's shape: stages, steps,
//! lanes and personas found by name, made the first time they are named.

use std::collections::HashMap;

use super::about::About;
use super::size::SizeEstimate;
use super::text::fold;
use super::{Ids, empty_map, names};
use crate::model::*;

/// Builds a map row by row.
pub struct Builder {
    /// The map so far.
    pub map: JourneyMap,
    ids: Ids,
    stages: HashMap<String, StageId>,
    lanes: HashMap<String, LaneId>,
    personas: HashMap<String, PersonaId>,
    size: SizeEstimate,
}

impl Builder {
    /// An empty map titled `title`, in `language`, with what the sheet's block
    /// says: its fields, its scale and its personas.
    pub fn new(title: &str, language: &str, about: About) -> Self {
        let mut map = empty_map(title, language);
        let About {
            mut meta,
            scale,
            personas,
            ..
        } = about;
        if meta.title.is_empty() {
            meta.title = map.meta.title.clone();
        }
        if meta.id.is_empty() {
            meta.id = crate::file::slug(&meta.title);
        }
        meta.language = language.to_owned();
        map.meta = meta;
        map.scale = scale.unwrap_or_default();
        let mut builder = Self {
            map,
            ids: Ids::new(),
            stages: HashMap::new(),
            lanes: HashMap::new(),
            personas: HashMap::new(),
            size: SizeEstimate::default(),
        };
        for persona in personas {
            builder.add_persona(persona);
        }
        builder
    }

    /// Whether the map is French, for the words Parcours adds.
    pub fn is_french(&self) -> bool {
        is_french(&self.map.meta.language)
    }

    /// The stage of this name, made at the end the first time.
    pub fn stage(&mut self, name: &str) -> StageId {
        if let Some(id) = self.stages.get(&fold(name)) {
            return *id;
        }
        let id = StageId(self.ids.fresh());
        self.map.stages.push(Stage::new(id, name.trim()));
        self.stages.insert(fold(name), id);
        id
    }

    /// The stage itself, to fill its details.
    pub fn stage_mut(&mut self, id: StageId) -> Option<&mut Stage> {
        self.map.stages.iter_mut().find(|s| s.id == id)
    }

    /// The step of this name in a stage, made the first time; none for no name.
    pub fn step(&mut self, stage: StageId, name: &str) -> Option<StepId> {
        if name.trim().is_empty() {
            return None;
        }
        let existing = self
            .map
            .stage(stage)
            .and_then(|s| s.steps.iter().find(|st| fold(&st.name) == fold(name)))
            .map(|st| st.id);
        if existing.is_some() {
            return existing;
        }
        let id = StepId(self.ids.fresh());
        self.stage_mut(stage)?.steps.push(Step {
            id,
            name: name.trim().to_owned(),
        });
        Some(id)
    }

    /// The lane of this name, made the first time, of the kind given or else
    /// the kind its name says; an empty name is the touchpoints.
    pub fn lane(&mut self, name: &str, kind: Option<LaneKind>) -> LaneId {
        let touchpoints = if self.is_french() {
            "Points de contact"
        } else {
            "Touchpoints"
        };
        let name = match name.trim() {
            "" => touchpoints,
            name => name,
        };
        if let Some(id) = self.lanes.get(&fold(name)) {
            return *id;
        }
        let kind = kind.unwrap_or_else(|| names::lane_kind(name));
        let id = LaneId(self.ids.fresh());
        let title = if names::is_bare_kind_word(name) {
            let mut chars = name.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_uppercase().chain(chars).collect()
            })
        } else {
            name.to_owned()
        };
        self.map.lanes.push(Lane {
            title,
            ..Lane::new(id, kind)
        });
        self.lanes.insert(fold(name), id);
        id
    }

    /// Adds a persona of the sheet's block, with its curve.
    fn add_persona(&mut self, mut persona: Persona) -> PersonaId {
        let id = PersonaId(self.ids.fresh());
        persona.id = id;
        self.personas.insert(fold(&persona.name), id);
        let curve = CurveId(self.ids.fresh());
        self.map.add_persona(persona, curve);
        id
    }

    /// The persona of this name, made the first time; no name is the first
    /// persona, or "Persona" when there is none yet.
    pub fn persona(&mut self, name: &str) -> PersonaId {
        let name = name.trim();
        if let Some(first) = self.map.personas.first().filter(|_| name.is_empty()) {
            return first.id;
        }
        let name = if name.is_empty() { "Persona" } else { name };
        if let Some(id) = self.personas.get(&fold(name)) {
            return *id;
        }
        let persona = Persona::new(PersonaId(0), name, self.map.next_persona_color());
        self.add_persona(persona)
    }

    /// A new card with its text in a lane and a stage (and step), to fill; the
    /// text loses the spaces and line breaks around it, not a leading tab.
    pub fn card(
        &mut self,
        lane: LaneId,
        stage: StageId,
        step: Option<StepId>,
        text: &str,
    ) -> &mut Card {
        let text = text.trim_matches([' ', '\n', '\r']);
        let mut card = Card::new(CardId(self.ids.fresh()), lane, stage, text);
        card.step = step;
        self.map.cards.push(card);
        let last = self.map.cards.len() - 1;
        &mut self.map.cards[last]
    }

    /// Why the map is already more than Parcours opens, if it is: too many
    /// elements, or cards that would take more than a map's file may. Checked
    /// as rows come, so that a huge sheet fails at once rather than at the end.
    pub fn over_limits(&mut self) -> Option<String> {
        let map = &self.map;
        [
            ("cards", map.cards.len(), MAX_CARDS),
            ("stages", map.stages.len(), MAX_COLUMNS_ROWS_PERSONAS),
            ("lanes", map.lanes.len(), MAX_COLUMNS_ROWS_PERSONAS),
            ("personas", map.personas.len(), MAX_COLUMNS_ROWS_PERSONAS),
        ]
        .into_iter()
        .find(|(_, count, limit)| count > limit)
        .map(|(what, _, limit)| {
            format!("the map would have more than {limit} {what}, the most a map Parcours opens may have; the import stopped here")
        })
        .or_else(|| self.size.over_budget(&self.map))
    }

    /// Whether a lane is the emotion lane, which holds no card.
    pub fn is_emotion_lane(&self, lane: LaneId) -> bool {
        self.map
            .lane(lane)
            .is_some_and(|l| l.kind == LaneKind::Emotion)
    }

    /// A moment of truth on a card.
    pub fn moment(&mut self, card: CardId, kind: MomentKind, note: &str) {
        let id = MomentId(self.ids.fresh());
        self.map.moments.push(MomentOfTruth {
            id,
            card,
            kind,
            note: note.trim().to_owned(),
        });
    }

    /// A point at `anchor` on a persona's curve, with the emotion lane it needs.
    pub fn point(&mut self, persona: PersonaId, anchor: Anchor, score: i32, reason: &str) {
        self.ensure_emotion_lane();
        let id = PointId(self.ids.fresh());
        if let Some(curve) = self.map.curves.iter_mut().find(|c| c.persona == persona) {
            curve.points.push(EmotionPoint {
                id,
                anchor,
                score,
                reason: reason.trim().to_owned(),
            });
        }
    }

    /// Scores need an emotion lane to be seen: one is added after the touchpoints.
    fn ensure_emotion_lane(&mut self) {
        if self.map.lanes.iter().any(|l| l.kind == LaneKind::Emotion) {
            return;
        }
        let index = self
            .map
            .lanes
            .iter()
            .position(|l| l.kind == LaneKind::Touchpoints)
            .map_or(self.map.lanes.len(), |i| i + 1);
        let id = LaneId(self.ids.fresh());
        let title = if self.is_french() {
            "Émotion"
        } else {
            "Emotion"
        };
        self.map.lanes.insert(
            index,
            Lane {
                title: title.to_owned(),
                ..Lane::new(id, LaneKind::Emotion)
            },
        );
        self.lanes.insert(fold(title), id);
    }

    /// The map built.
    pub fn finish(self) -> JourneyMap {
        self.map
    }
}
