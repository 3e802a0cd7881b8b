//! Personas: the semi-fictional customers a map follows.

use serde::{Deserialize, Serialize};

use super::{Channel, Color, EmbeddedImage, PersonaId};

/// A portrait of a target customer, built from research.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub id: PersonaId,
    pub name: String,
    /// The colour of the persona's emotion curve and chip.
    pub color: Color,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<EmbeddedImage>,
    /// Free text, since research often gives a range ("35-44").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub age: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub gender: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub income: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub job_title: String,
    /// A short quote that sums the persona up, shown on the chip.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub backstory: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expectations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub motivations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub desires: Vec<String>,
    /// Frustrations and problems.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frustrations: Vec<String>,
    /// Main influences: people, media, communities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub influences: Vec<String>,
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
