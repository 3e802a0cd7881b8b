//! Changes in words, one line each, as `parcours diff` prints them:
//! `stage "Purchase": card "Advisor call" text "Advisor call" → "Advisor call-back"`.

use serde_json::Value;

use crate::model::{ElementRef, JourneyMap, StageId};

use super::changes::{Cell, Change, ChangeKind};
use super::curves::stage_of;

/// Values longer than this many characters are cut, with an ellipsis.
const MAX_VALUE_CHARS: usize = 80;

/// The lines that tell a change: one per changed field, one otherwise. Elements
/// are named as the old map has them, added ones as the new map has them.
pub fn describe(change: &Change, old: &JourneyMap, new: &JourneyMap) -> Vec<String> {
    let (map, element) = match change.old {
        Some(element) => (old, element),
        None => (new, change.new.unwrap_or(ElementRef::Meta)),
    };
    let subject = element_in_words(map, element);
    match &change.what {
        ChangeKind::Added => vec![format!("{subject} added{}", lane_of(new, element))],
        ChangeKind::Removed => vec![format!("{subject} removed")],
        ChangeKind::Changed(fields) => fields
            .iter()
            .map(|f| {
                format!(
                    "{subject} {} {} → {}",
                    f.field,
                    value_in_words(f.before.as_ref()),
                    value_in_words(f.after.as_ref())
                )
            })
            .collect(),
        ChangeKind::Moved { from, to } => vec![format!(
            "{subject} moved from {} to {}",
            cell_in_words(old, from),
            cell_in_words(new, to)
        )],
        ChangeKind::Reordered { from, to } => vec![format!(
            "{subject} moved from place {} to place {}",
            from + 1,
            to + 1
        )],
    }
}

/// A value as a person reads it: text in quotes (cut when long), numbers and
/// names as they are, "(unset)" for a value not given.
pub fn value_in_words(value: Option<&Value>) -> String {
    let text = match value {
        None | Some(Value::Null) => return "(unset)".to_owned(),
        Some(Value::String(text)) => format!("\"{}\"", text.replace('\n', "⏎")),
        Some(other) => other.to_string(),
    };
    if text.chars().count() <= MAX_VALUE_CHARS {
        return text;
    }
    let cut: String = text.chars().take(MAX_VALUE_CHARS).collect();
    format!("{cut}…")
}

/// An element as a person finds it on the map: `stage "Purchase": card
/// "Advisor call"`, `persona "Léa"`, `lane "Touchpoints"`.
pub fn element_in_words(map: &JourneyMap, element: ElementRef) -> String {
    format!("{}{}", context(map, element), name(map, element))
}

/// `stage "Purchase": ` before what sits in a stage: cards, steps, points.
fn context(map: &JourneyMap, element: ElementRef) -> String {
    let stage = match element {
        ElementRef::Card(id) => map.card(id).map(|c| c.stage),
        ElementRef::Step(id) => map.stage_of_step(id).map(|s| s.id),
        ElementRef::Point(id) => map
            .curves
            .iter()
            .flat_map(|c| &c.points)
            .find(|p| p.id == id)
            .and_then(|p| stage_of(map, p.anchor)),
        _ => None,
    };
    stage.map_or_else(String::new, |id| format!("{}: ", stage_name(map, id)))
}

fn stage_name(map: &JourneyMap, id: StageId) -> String {
    map.stage(id).map_or_else(
        || format!("stage {id}"),
        |s| format!("stage \"{}\"", s.name),
    )
}

fn lane_of(map: &JourneyMap, element: ElementRef) -> String {
    match element {
        ElementRef::Card(id) => map
            .card(id)
            .and_then(|c| map.lane(c.lane))
            .map_or_else(String::new, |l| format!(" in lane \"{}\"", l.title)),
        _ => String::new(),
    }
}

fn cell_in_words(map: &JourneyMap, cell: &Cell) -> String {
    let lane = map.lane(cell.lane).map_or_else(
        || format!("lane {}", cell.lane),
        |l| format!("lane \"{}\"", l.title),
    );
    format!("{}, {lane}", stage_name(map, cell.stage))
}

/// An element as a person names it: `card "Advisor call"`, `persona "Léa"`.
fn name(map: &JourneyMap, element: ElementRef) -> String {
    let quoted = |kind: &str, text: Option<&str>| match text {
        Some(text) => format!("{kind} \"{}\"", shortened(text)),
        None => element.to_string(),
    };
    let persona_name = |id| map.persona(id).map(|p| p.name.as_str());
    let card_text = |id| map.card(id).map(|c| c.text.as_str());
    match element {
        ElementRef::Meta | ElementRef::Scale | ElementRef::Theme => element.to_string(),
        ElementRef::Persona(id) => quoted("persona", persona_name(id)),
        ElementRef::Stage(id) => quoted("stage", map.stage(id).map(|s| s.name.as_str())),
        ElementRef::Step(id) => {
            let step = map
                .stages
                .iter()
                .flat_map(|s| &s.steps)
                .find(|s| s.id == id);
            quoted("step", step.map(|s| s.name.as_str()))
        }
        ElementRef::Lane(id) => quoted("lane", map.lane(id).map(|l| l.title.as_str())),
        ElementRef::Card(id) => quoted("card", card_text(id)),
        ElementRef::Curve(id) => {
            let curve = map.curves.iter().find(|c| c.id == id);
            quoted(
                "emotion curve of",
                curve.and_then(|c| persona_name(c.persona)),
            )
        }
        ElementRef::Point(id) => {
            let curve = map
                .curves
                .iter()
                .find(|c| c.points.iter().any(|p| p.id == id));
            let point = curve.and_then(|c| c.points.iter().find(|p| p.id == id));
            let on_card = match point.map(|p| p.anchor) {
                Some(crate::model::Anchor::Card(card)) => card_text(card)
                    .map_or_else(String::new, |text| {
                        format!(" on card \"{}\"", shortened(text))
                    }),
                _ => String::new(),
            };
            let persona = quoted(
                "emotion point of",
                curve.and_then(|c| persona_name(c.persona)),
            );
            format!("{persona}{on_card}")
        }
        ElementRef::Moment(id) => {
            let moment = map.moments.iter().find(|m| m.id == id);
            quoted(
                "moment of truth on card",
                moment.and_then(|m| card_text(m.card)),
            )
        }
        ElementRef::Link(id) => match map.links.iter().find(|l| l.id == id) {
            Some(link) => format!(
                "link from card \"{}\" to {}",
                shortened(card_text(link.from).unwrap_or("?")),
                link.to.and_then(card_text).map_or_else(
                    || "outside the journey".to_owned(),
                    |to| format!("card \"{}\"", shortened(to))
                )
            ),
            None => element.to_string(),
        },
    }
}

/// A name cut to one readable line.
fn shortened(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() <= MAX_VALUE_CHARS && line.len() == text.len() {
        return line.to_owned();
    }
    let cut: String = line.chars().take(MAX_VALUE_CHARS).collect();
    format!("{cut}…")
}
