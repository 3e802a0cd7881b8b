//! What docs/user-guide.md says a spreadsheet or a workbook keeps of a map,
//! independent of ids, and a trip through a file of a format.

use std::collections::BTreeSet;

use parcours::interchange::{self, Format};
use parcours::model::*;

/// Every field a spreadsheet keeps, by name rather than by id.
#[derive(Debug, PartialEq)]
pub struct Kept {
    meta: String,
    scale: (i32, i32),
    personas: Vec<Persona>,
    stages: Vec<String>,
    lanes: Vec<(LaneKind, String)>,
    cards: Vec<String>,
    moments: BTreeSet<String>,
    points: BTreeSet<String>,
}

/// The map through a file of `format`, read back as `parcours import` reads it.
pub fn through(map: &JourneyMap, format: Format) -> JourneyMap {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join(format!("trip.{}", format.extension()));
    let bytes = interchange::export(map, format).expect("the export is made");
    std::fs::write(&path, bytes).expect("written");
    interchange::import(&path).unwrap_or_else(|error| panic!("{format:?}: {error}"))
}

/// What a spreadsheet keeps of a map.
pub fn kept(map: &JourneyMap) -> Kept {
    let meta = &map.meta;
    Kept {
        meta: format!(
            "{} | {} | {} | {} | {:?} | {:?} | {} | {} | {:?}",
            meta.title,
            meta.id,
            meta.language,
            meta.scenario,
            meta.goals,
            meta.channels,
            meta.owner,
            meta.date,
            meta.map_type
        ),
        scale: (map.scale.min, map.scale.max),
        personas: map
            .personas
            .iter()
            .map(|p| Persona {
                id: PersonaId(0),
                ..p.clone()
            })
            .collect(),
        stages: map
            .stages
            .iter()
            .map(|s| {
                let steps: Vec<&str> = s.steps.iter().map(|st| st.name.as_str()).collect();
                format!(
                    "{} | {} | {} | {:?} | {steps:?}",
                    s.name, s.description, s.duration, s.color
                )
            })
            .collect(),
        lanes: map
            .lanes
            .iter()
            .map(|l| (l.kind, l.title.clone()))
            .collect(),
        cards: cards(map),
        moments: map
            .moments
            .iter()
            .map(|m| format!("{} {:?} {}", card_text(map, m.card), m.kind, m.note))
            .collect(),
        points: points(map),
    }
}

/// Each card's fields, stage by stage and lane by lane, in order.
fn cards(map: &JourneyMap) -> Vec<String> {
    let mut cards = Vec::new();
    for stage in &map.stages {
        for lane in &map.lanes {
            for card in map
                .cards
                .iter()
                .filter(|c| c.stage == stage.id && c.lane == lane.id)
            {
                let step = card
                    .step
                    .and_then(|id| stage.steps.iter().find(|s| s.id == id))
                    .map(|s| s.name.clone());
                let mut metrics: Vec<String> = card
                    .metrics
                    .iter()
                    .map(|m| format!("{}={}{}", m.name, m.value, m.unit))
                    .collect();
                metrics.sort();
                cards.push(format!(
                    "{} | {} | {:?} | {} | {} | {:?} | {} | {:?} | {:?} | {:?} | {:?} {:?} | {} votes | manual {:?} {:?} | {:?} | {metrics:?}",
                    stage.name,
                    lane.title,
                    step,
                    card.text,
                    card.description,
                    card.channel,
                    card.owner,
                    card.brand_controlled,
                    card.severity,
                    card.priority,
                    card.value,
                    card.effort,
                    card.votes,
                    card.manual_work,
                    card.hours_per_week,
                    card.tags
                ));
            }
        }
    }
    cards
}

/// Each point: its persona, score, reason and where it sits, by name.
fn points(map: &JourneyMap) -> BTreeSet<String> {
    let mut points = BTreeSet::new();
    for curve in &map.curves {
        let persona = map
            .persona(curve.persona)
            .map_or(String::new(), |p| p.name.clone());
        for point in &curve.points {
            let anchor = match point.anchor {
                Anchor::Card(id) => format!("card {}", card_text(map, id)),
                Anchor::Stage(id) => {
                    format!("stage {}", map.stage(id).map_or("", |s| s.name.as_str()))
                }
                Anchor::Step(id) => {
                    let stage = map.stage_of_step(id);
                    let step = stage.and_then(|s| s.steps.iter().find(|st| st.id == id));
                    format!("step {}", step.map_or("", |s| s.name.as_str()))
                }
            };
            points.insert(format!(
                "{persona} {} {} at {anchor}",
                point.score, point.reason
            ));
        }
    }
    points
}

fn card_text(map: &JourneyMap, id: CardId) -> String {
    map.card(id).map_or(String::new(), |c| c.text.clone())
}

/// Compares field by field, so that a failure names the field that differs.
pub fn assert_same(back: &Kept, original: &Kept, what: &str) {
    assert_eq!(back.meta, original.meta, "{what}: the map's fields");
    assert_eq!(back.scale, original.scale, "{what}: the scale");
    assert_eq!(back.personas, original.personas, "{what}: the personas");
    assert_eq!(back.stages, original.stages, "{what}: the stages");
    assert_eq!(back.lanes, original.lanes, "{what}: the lanes");
    assert_eq!(back.cards, original.cards, "{what}: the cards");
    assert_eq!(back.moments, original.moments, "{what}: the moments");
    assert_eq!(back.points, original.points, "{what}: the points");
}
