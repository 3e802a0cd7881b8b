//! A map as the rows of a long sheet, in the map's language: rows that declare
//! every stage (with its details) and lane (with its kind), then a row per card
//! and per emotion point not on a card. CSV and the workbook's Cards sheet both
//! write these rows.

use std::collections::HashMap;

use super::csv_columns::{Field, Header, Row};
use super::names;
use crate::model::*;

/// The cards' table: its header and rows, as text cells.
pub struct Table {
    /// The columns' names.
    pub header: Vec<String>,
    /// The rows' cells, in the header's order.
    pub rows: Vec<Vec<String>>,
    /// The 0-based columns of numbers (scores, votes and hours a week), which
    /// a workbook writes as numbers.
    pub number_columns: Vec<usize>,
}

/// The cards' table of a map, in its language.
pub fn table(map: &JourneyMap) -> Table {
    let french = is_french(&map.meta.language);
    let metric_names = metric_names(map);
    let mut rows = declaration_rows(map, french);
    rows.extend(card_rows(map, &metric_names, french));
    let header = Header::for_rows(&rows, &metric_names);
    Table {
        header: header.names(french),
        rows: rows
            .iter()
            .map(|row| header.values(row).into_iter().map(str::to_owned).collect())
            .collect(),
        number_columns: [Field::Score, Field::Votes, Field::HoursPerWeek]
            .into_iter()
            .filter_map(|field| header.column_of(field))
            .collect(),
    }
}

/// The cards' metrics, each name once, in the order they first appear.
fn metric_names(map: &JourneyMap) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for metric in map.cards.iter().flat_map(|c| &c.metrics) {
        if !names.contains(&metric.name.as_str()) {
            names.push(&metric.name);
        }
    }
    names
}

/// Rows that only name every stage with its steps and details, then every lane
/// with its kind, so that those without cards, and their order, survive.
fn declaration_rows(map: &JourneyMap, french: bool) -> Vec<Row> {
    let mut rows = Vec::new();
    for stage in &map.stages {
        let mut stage_row = Row::with([
            (Field::Stage, stage.name.clone()),
            (Field::Description, stage.description.clone()),
            (Field::Duration, stage.duration.clone()),
        ]);
        if let Some(color) = stage.color {
            stage_row.set(Field::Colour, color.to_hex());
        }
        rows.push(stage_row);
        for step in &stage.steps {
            rows.push(Row::with([
                (Field::Stage, stage.name.clone()),
                (Field::Step, step.name.clone()),
            ]));
        }
    }
    if let Some(first) = map.stages.first() {
        for lane in &map.lanes {
            let mut row = Row::with([
                (Field::Stage, first.name.clone()),
                (Field::Lane, lane.title.clone()),
            ]);
            if names::lane_kind(&lane.title) != lane.kind {
                row.set(Field::LaneKind, names::lane_kind_word(lane.kind, french));
            }
            rows.push(row);
        }
    }
    rows
}

/// Each persona's points, by the card they sit on; and the points on stages
/// and steps, persona, anchor and point.
type Points<'m> = (
    HashMap<CardId, Vec<(PersonaId, &'m EmotionPoint)>>,
    Vec<(PersonaId, Anchor, &'m EmotionPoint)>,
);

/// The map's points, split as [`Points`] says.
fn points(map: &JourneyMap) -> Points<'_> {
    let mut on_cards: HashMap<CardId, Vec<(PersonaId, &EmotionPoint)>> = HashMap::new();
    let mut others = Vec::new();
    for curve in &map.curves {
        for point in &curve.points {
            match point.anchor {
                Anchor::Card(card) => on_cards
                    .entry(card)
                    .or_default()
                    .push((curve.persona, point)),
                anchor => others.push((curve.persona, anchor, point)),
            }
        }
    }
    (on_cards, others)
}

/// A card's row, with the first persona's point on it (or another's when the
/// first has none there); each other persona's point on the card gets a row of
/// its own in the emotion lane, and so does each point on a stage or a step.
fn card_rows(map: &JourneyMap, metric_names: &[&str], french: bool) -> Vec<Row> {
    let (mut on_cards, others) = points(map);
    let first_persona = map.personas.first().map(|p| p.id);
    let mut rows = Vec::new();
    for stage in &map.stages {
        for lane in &map.lanes {
            for card in map
                .cards
                .iter()
                .filter(|c| c.stage == stage.id && c.lane == lane.id)
            {
                let mut row = card_row(map, (stage, lane, card), metric_names, french);
                let mut points = on_cards.remove(&card.id).unwrap_or_default();
                points.sort_by_key(|(persona, _)| Some(*persona) != first_persona);
                let mut points = points.into_iter();
                if let Some((persona, point)) = points.next() {
                    set_point(&mut row, map, persona, point);
                }
                rows.push(row);
                for (persona, point) in points {
                    rows.push(score_row(map, stage, None, persona, point));
                }
            }
        }
    }
    for (persona, anchor, point) in others {
        let (stage, step) = match anchor {
            Anchor::Stage(id) => (map.stage(id), None),
            Anchor::Step(id) => (map.stage_of_step(id), Some(id)),
            Anchor::Card(_) => (None, None),
        };
        if let Some(stage) = stage {
            rows.push(score_row(map, stage, step, persona, point));
        }
    }
    rows
}

/// A card's row without its score.
fn card_row(
    map: &JourneyMap,
    (stage, lane, card): (&Stage, &Lane, &Card),
    metric_names: &[&str],
    french: bool,
) -> Row {
    let mut row = Row::with([
        (Field::Stage, stage.name.clone()),
        (Field::Step, step_name(stage, card.step)),
        (Field::Lane, lane.title.clone()),
        (Field::Text, card.text.clone()),
        (Field::Owner, card.owner.clone()),
        (Field::Description, card.description.clone()),
        (Field::Tags, card.tags.join(", ")),
    ]);
    if let Some(channel) = &card.channel {
        row.set(Field::Channel, names::channel_word(channel, french));
    }
    if let Some(moment) = map.moments.iter().find(|m| m.card == card.id) {
        row.set(Field::Moment, names::moment_word(moment.kind, french));
        row.set(Field::MomentNote, moment.note.clone());
    }
    let language = if french { "fr" } else { "en" };
    if let Some(severity) = card.severity {
        row.set(Field::Severity, severity.label_in(language));
    }
    if let Some(priority) = card.priority {
        row.set(Field::Priority, priority.label_in(language));
    }
    if let Some(value) = card.value {
        row.set(Field::Value, value.label_in(language));
    }
    if let Some(effort) = card.effort {
        row.set(Field::Effort, effort.label_in(language));
    }
    if card.votes > 0 {
        row.set(Field::Votes, card.votes.to_string());
    }
    if card.manual_work {
        row.set(Field::ManualWork, if french { "oui" } else { "yes" });
    }
    if let Some(hours) = card.hours_per_week.filter(|_| card.manual_work) {
        row.set(Field::HoursPerWeek, decimal(f64::from(hours), french));
    }
    if !card.brand_controlled {
        row.set(Field::BrandControlled, if french { "non" } else { "no" });
    }
    row.metrics = metric_names
        .iter()
        .map(|name| {
            card.metrics
                .iter()
                .find(|m| m.name == *name)
                .map_or(String::new(), |m| metric_text(m, french))
        })
        .collect();
    row
}

/// A number as it is written, with a decimal comma in French.
fn decimal(value: f64, french: bool) -> String {
    let number = value.to_string();
    if french {
        number.replace('.', ",")
    } else {
        number
    }
}

/// A metric's value and unit, with a decimal comma in French.
fn metric_text(metric: &Metric, french: bool) -> String {
    let number = decimal(metric.value, french);
    if metric.unit.is_empty() {
        number
    } else {
        format!("{number} {}", metric.unit)
    }
}

/// A point's score, persona and reason on a row.
fn set_point(row: &mut Row, map: &JourneyMap, persona: PersonaId, point: &EmotionPoint) {
    row.set(Field::Score, point.score.to_string());
    row.set(
        Field::Persona,
        map.persona(persona)
            .map_or(String::new(), |p| p.name.clone()),
    );
    row.set(Field::Reason, point.reason.clone());
}

/// A persona's point on a stage or a step, in the emotion lane.
fn score_row(
    map: &JourneyMap,
    stage: &Stage,
    step: Option<StepId>,
    persona: PersonaId,
    point: &EmotionPoint,
) -> Row {
    let emotion_lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Emotion)
        .map_or("Emotion".to_owned(), |l| l.title.clone());
    let mut row = Row::with([
        (Field::Stage, stage.name.clone()),
        (Field::Step, step_name(stage, step)),
        (Field::Lane, emotion_lane),
    ]);
    set_point(&mut row, map, persona, point);
    row
}

/// The name of a step of the stage, empty for none.
fn step_name(stage: &Stage, step: Option<StepId>) -> String {
    step.and_then(|id| stage.steps.iter().find(|s| s.id == id))
        .map_or(String::new(), |s| s.name.clone())
}
