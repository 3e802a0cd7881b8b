//! What a presenter says over a slide: the descriptions of the stages and cards
//! it shows, which the PowerPoint deck carries as speaker notes.

use crate::model::{JourneyMap, Stage, StageId};

/// The notes of a slide showing `shown` (a part of a map): each stage's
/// description, then each shown card's, one a line, each after its name.
pub fn of_stages_and_cards(shown: &JourneyMap) -> String {
    let stages: Vec<&Stage> = shown.stages.iter().collect();
    described(shown, &stages)
}

/// The notes of one stage's step of a walkthrough: its description, then its
/// shown cards'.
pub fn of_stage(shown: &JourneyMap, stage: StageId) -> String {
    let stages: Vec<&Stage> = shown.stages.iter().filter(|s| s.id == stage).collect();
    described(shown, &stages)
}

/// The descriptions of `stages`, then of their cards in shown lanes.
fn described(shown: &JourneyMap, stages: &[&Stage]) -> String {
    let mut lines = Vec::new();
    for stage in stages {
        push_described(&mut lines, &stage.name, &stage.description);
    }
    for stage in stages {
        for card in shown.cards.iter().filter(|card| card.stage == stage.id) {
            if shown.lane(card.lane).is_some_and(|lane| !lane.hidden) {
                push_described(&mut lines, &card.text, &card.description);
            }
        }
    }
    lines.join("\n")
}

/// The notes of the overview: what each stage of the map is about.
pub fn of_stages(map: &JourneyMap) -> String {
    let mut lines = Vec::new();
    for stage in &map.stages {
        push_described(&mut lines, &stage.name, &stage.description);
    }
    lines.join("\n")
}

/// `name: description` when there is a description; its lines joined by spaces,
/// so that each note stays one line.
fn push_described(lines: &mut Vec<String>, name: &str, description: &str) {
    let description = description.split_whitespace().collect::<Vec<_>>().join(" ");
    if description.is_empty() {
        return;
    }
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    lines.push(if name.is_empty() {
        description
    } else {
        format!("{name}: {description}")
    });
}
