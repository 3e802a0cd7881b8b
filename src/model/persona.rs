//! Personas: the semi-fictional customers a map follows.

use serde::{Deserialize, Serialize};

use super::{Channel, Color, EmbeddedImage, PersonaId};

/// A portrait of a target customer, built from research.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// The persona's identifier, unique across the map.
    pub id: PersonaId,
    /// A first name, or a name for the segment ("Busy parent").
    pub name: String,
    /// The colour of the persona's emotion curve and chip.
    pub color: Color,
    /// A portrait, shown on the persona's slide of a deck.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<EmbeddedImage>,
    /// Free text, since research often gives a range ("35-44").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub age: String,
    /// Free text, as the research puts it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub gender: String,
    /// Free text, usually a range or a bracket ("30-45 k€ a year").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub income: String,
    /// The persona's occupation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub job_title: String,
    /// A short quote that sums the persona up, shown on the chip.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// The persona's situation and history, in a few sentences.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub backstory: String,
    /// What the persona wants to achieve, one per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    /// What the persona needs from the brand, one per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// What the persona takes for granted, one per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expectations: Vec<String>,
    /// What drives the persona's choices, one per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub motivations: Vec<String>,
    /// Hobbies and topics the persona cares about, one per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<String>,
    /// What the persona dreams of, beyond the needs, one per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub desires: Vec<String>,
    /// Frustrations and problems.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frustrations: Vec<String>,
    /// Main influences: people, media, communities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub influences: Vec<String>,
    /// The channels through which the persona would rather deal with the brand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preferred_channels: Vec<Channel>,
}

impl Persona {
    /// A persona with a name and a colour and nothing else filled in yet.
    pub fn new(id: PersonaId, name: impl Into<String>, color: Color) -> Self {
        Self {
            id,
            name: name.into(),
            color,
            photo: None,
            age: String::new(),
            gender: String::new(),
            income: String::new(),
            job_title: String::new(),
            quote: String::new(),
            backstory: String::new(),
            goals: Vec::new(),
            needs: Vec::new(),
            expectations: Vec::new(),
            motivations: Vec::new(),
            interests: Vec::new(),
            desires: Vec::new(),
            frustrations: Vec::new(),
            influences: Vec::new(),
            preferred_channels: Vec::new(),
        }
    }
}
