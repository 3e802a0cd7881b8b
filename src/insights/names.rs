//! The words the map gives its elements, looked up by id for the written reports.

use std::collections::HashMap;

use crate::model::{Card, CardId, JourneyMap, LinkId, PersonaId, StageId};

/// Names and texts of a map's elements, by id.
pub struct Names<'a> {
    stages: HashMap<StageId, &'a str>,
    cards: HashMap<CardId, &'a Card>,
    personas: HashMap<PersonaId, &'a str>,
    links: HashMap<LinkId, &'a str>,
}

impl<'a> Names<'a> {
    /// Indexes the map's names.
    pub fn of(map: &'a JourneyMap) -> Self {
        Self {
            stages: map.stages.iter().map(|s| (s.id, s.name.as_str())).collect(),
            cards: map.cards.iter().map(|c| (c.id, c)).collect(),
            personas: map
                .personas
                .iter()
                .map(|p| (p.id, p.name.as_str()))
                .collect(),
            links: map.links.iter().map(|l| (l.id, l.label.as_str())).collect(),
        }
    }

    /// A stage's name.
    pub fn stage(&self, id: StageId) -> &'a str {
        self.stages.get(&id).copied().unwrap_or_default()
    }

    /// A card's text.
    pub fn card(&self, id: CardId) -> &'a str {
        self.cards.get(&id).map_or("", |c| c.text.as_str())
    }

    /// A card's owner.
    pub fn owner(&self, id: CardId) -> &'a str {
        self.cards.get(&id).map_or("", |c| c.owner.as_str())
    }

    /// A persona's name.
    pub fn persona(&self, id: PersonaId) -> &'a str {
        self.personas.get(&id).copied().unwrap_or_default()
    }

    /// A link's label.
    pub fn link(&self, id: LinkId) -> &'a str {
        self.links.get(&id).copied().unwrap_or_default()
    }
}

/// A number with at most two decimals, none when it is whole: "1.5", "-0.67", "40".
pub fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match text {
        "-0" => "0".to_owned(),
        _ => text.to_owned(),
    }
}

/// A number rounded to two decimals, for JSON.
pub fn rounded(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}
