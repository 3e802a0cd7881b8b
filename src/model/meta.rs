//! What a map is about: title, scenario, owner, type.

use serde::{Deserialize, Serialize};

use super::Channel;

/// The kind of map, which decides the lanes a map is expected to have.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapType {
    /// How things are today.
    #[default]
    CurrentState,
    /// The experience being planned.
    FutureState,
    /// The customer's whole day, not only the moments spent with the brand.
    DayInTheLife,
    /// A journey plus the frontstage, backstage and support layers behind it.
    ServiceBlueprint,
}

impl MapType {
    /// Every type, in the order the editor lists them.
    pub const ALL: [MapType; 4] = [
        MapType::CurrentState,
        MapType::FutureState,
        MapType::DayInTheLife,
        MapType::ServiceBlueprint,
    ];

    /// The type's name in English, as the editor shows it.
    pub fn label(self) -> &'static str {
        match self {
            MapType::CurrentState => "Current state",
            MapType::FutureState => "Future state",
            MapType::DayInTheLife => "Day in the life",
            MapType::ServiceBlueprint => "Service blueprint",
        }
    }
}

/// The map a future-state map improves on. Only recorded, never opened by itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapRef {
    /// A path to a `.journey.ron` file, as the user typed or chose it.
    File(String),
    /// The `id` of another map.
    Id(String),
}

/// Metadata of a map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapMeta {
    /// A stable identifier, so that other maps can refer to this one.
    pub id: String,
    /// The map's name: the heading of exports and the stem of their file names.
    pub title: String,
    /// What the persona is trying to do, e.g. "renew a home insurance contract".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scenario: String,
    /// What the mapping work wants to learn or decide.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    /// The channels in scope of the work.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// Who made the map or answers for it: a person, a team or a firm.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// The date of the map, as `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// The language of the map's text, as a BCP 47 tag such as `en` or `fr`.
    pub language: String,
    /// Which kind of map this is: current state, future state, day in the life, blueprint.
    pub map_type: MapType,
    /// For a future-state map: the map it improves on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improves_on: Option<MapRef>,
}

/// Whether text in `language` (a BCP 47 tag: `fr`, `fr-CA`…) is French: the
/// words Parcours itself writes on cards and slides are French or English.
pub fn is_french(language: &str) -> bool {
    language.starts_with("fr")
}
