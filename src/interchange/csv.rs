//! Maps as spreadsheets: one row per card, with a header row.
//!
//! Rows that only name a stage (and a step or a lane) declare them, so that
//! stages, steps and lanes without cards, and their order, survive a round trip.

use std::collections::HashMap;

use super::csv_columns::{self, Column, Field, Row};
use super::csv_reader::{self, Record};
use super::text::fold;
use super::{Ids, empty_map, names};
use crate::file::{Diagnostic, Position};
use crate::model::*;

/// A problem at a 0-based column of a record.
fn at(record: &Record, column: usize, message: impl Into<String>) -> Diagnostic {
    super::at(record.line, column, message)
}

/// Reads a spreadsheet's text into a new map titled `title`.
pub fn import(text: &str, title: &str) -> Result<JourneyMap, Vec<Diagnostic>> {
    let separator = csv_reader::detect_separator(text);
    let records = csv_reader::read(text, separator).map_err(|error| {
        vec![Diagnostic {
            position: Some(Position {
                line: error.line,
                column: error.column,
            }),
            message: error.message,
        }]
    })?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![Diagnostic {
            position: Some(Position::START),
            message: "the file is empty: the first row must name the columns".to_owned(),
        }]);
    };
    let mut columns = Vec::new();
    let mut french = false;
    let mut problems = Vec::new();
    for (i, name) in header.fields.iter().enumerate() {
        match Column::named(name) {
            Some((column, is_french)) => {
                french |= is_french;
                columns.push(column);
            }
            None => {
                problems.push(at(
                    header,
                    i,
                    format!(
                        "unknown column \"{}\"; the columns are: {}",
                        name.trim(),
                        csv_columns::column_names()
                    ),
                ));
                columns.push(Column::Empty);
            }
        }
    }
    if !columns.contains(&Column::Field(Field::Stage)) {
        problems.push(at(
            header,
            0,
            format!(
                "there is no stage column ({})",
                csv_columns::names_of(Field::Stage)
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut builder = Builder::new(title, if french { "fr" } else { "en" });
    for record in rows {
        if let Err(problem) = builder.row(record, &columns) {
            problems.push(problem);
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(builder.finish())
}

/// Builds a map row by row.
struct Builder {
    map: JourneyMap,
    ids: Ids,
    stages: HashMap<String, StageId>,
    lanes: HashMap<String, LaneId>,
    personas: HashMap<String, PersonaId>,
}

impl Builder {
    fn new(title: &str, language: &str) -> Self {
        Self {
            map: empty_map(title, language),
            ids: Ids::new(),
            stages: HashMap::new(),
            lanes: HashMap::new(),
            personas: HashMap::new(),
        }
    }

    fn stage(&mut self, name: &str) -> StageId {
        if let Some(id) = self.stages.get(&fold(name)) {
            return *id;
        }
        let id = StageId(self.ids.fresh());
        self.map.stages.push(Stage::new(id, name.trim()));
        self.stages.insert(fold(name), id);
        id
    }

    fn step(&mut self, stage: StageId, name: &str) -> Option<StepId> {
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
        let stage = self.map.stages.iter_mut().find(|s| s.id == stage)?;
        stage.steps.push(Step {
            id,
            name: name.trim().to_owned(),
        });
        Some(id)
    }

    fn lane(&mut self, name: &str) -> LaneId {
        let name = if name.trim().is_empty() {
            "Touchpoints"
        } else {
            name.trim()
        };
        if let Some(id) = self.lanes.get(&fold(name)) {
            return *id;
        }
        let kind = names::lane_kind(name);
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

    fn persona(&mut self, name: &str) -> PersonaId {
        let name = name.trim();
        let key = if name.is_empty() {
            match self.map.personas.first() {
                Some(first) => return first.id,
                None => "persona".to_owned(),
            }
        } else {
            fold(name)
        };
        if let Some(id) = self.personas.get(&key) {
            return *id;
        }
        let id = PersonaId(self.ids.fresh());
        let name = if name.is_empty() { "Persona" } else { name };
        let persona = Persona::new(id, name, self.map.next_persona_color());
        let curve = CurveId(self.ids.fresh());
        self.map.add_persona(persona, curve);
        self.personas.insert(key, id);
        id
    }

    /// Adds what a row says: its stage, step and lane, and unless it only
    /// declares them, its card, moment of truth and score.
    fn row(&mut self, record: &Record, columns: &[Column]) -> Result<(), Diagnostic> {
        let (values, metrics) = Values::read(record, columns)?;
        let stage_name = values.get(Field::Stage);
        if stage_name.trim().is_empty() {
            return Err(at(
                record,
                values.column(Field::Stage),
                "this row has no stage",
            ));
        }
        let stage = self.stage(stage_name);
        let step = self.step(stage, values.get(Field::Step));
        let lane_name = values.get(Field::Lane);
        if values.declares_only() && metrics.is_empty() {
            if !lane_name.trim().is_empty() {
                self.lane(lane_name);
            }
            return Ok(());
        }
        let lane = self.lane(lane_name);
        let card = self.card(&values, metrics, lane, stage, step);
        self.moment(record, &values, card)?;
        let anchor = match (card, step) {
            (Some(card), _) => Anchor::Card(card),
            (None, Some(step)) => Anchor::Step(step),
            (None, None) => Anchor::Stage(stage),
        };
        self.score(record, &values, anchor)
    }

    /// The row's card, unless its lane is the emotion lane, which holds none.
    fn card(
        &mut self,
        values: &Values,
        metrics: Vec<Metric>,
        lane: LaneId,
        stage: StageId,
        step: Option<StepId>,
    ) -> Option<CardId> {
        let lane_kind = self.map.lane(lane).map_or(LaneKind::FreeText, |l| l.kind);
        if lane_kind == LaneKind::Emotion {
            return None;
        }
        let text = values.get(Field::Text).trim();
        let mut card = Card::new(CardId(self.ids.fresh()), lane, stage, text);
        card.step = step;
        card.description = values.get(Field::Description).trim().to_owned();
        card.owner = values.get(Field::Owner).trim().to_owned();
        let channel = values.get(Field::Channel);
        if !channel.trim().is_empty() {
            card.channel = Some(names::channel(channel));
        }
        card.metrics = metrics;
        let id = card.id;
        self.map.cards.push(card);
        Some(id)
    }

    /// The row's moment of truth on its card, when it names one.
    fn moment(
        &mut self,
        record: &Record,
        values: &Values,
        card: Option<CardId>,
    ) -> Result<(), Diagnostic> {
        let moment = values.get(Field::Moment);
        if moment.trim().is_empty() {
            return Ok(());
        }
        let column = values.column(Field::Moment);
        let kind = names::moment(moment).ok_or_else(|| {
            at(
                record,
                column,
                format!(
                    "\"{}\" is not a moment: write influence, impact or decision",
                    moment.trim()
                ),
            )
        })?;
        let card = card.ok_or_else(|| {
            at(
                record,
                column,
                "a moment of truth needs a card: this row is in the emotion lane",
            )
        })?;
        let id = MomentId(self.ids.fresh());
        self.map.moments.push(MomentOfTruth {
            id,
            card,
            kind,
            note: String::new(),
        });
        Ok(())
    }

    /// The row's score, when it has one: a point at `anchor` on its persona's curve.
    fn score(
        &mut self,
        record: &Record,
        values: &Values,
        anchor: Anchor,
    ) -> Result<(), Diagnostic> {
        let score = values.get(Field::Score);
        if score.trim().is_empty() {
            return Ok(());
        }
        let column = values.column(Field::Score);
        let scale = self.map.scale;
        let value: i32 = score.trim().trim_start_matches('+').parse().map_err(|_| {
            at(
                record,
                column,
                format!(
                    "\"{}\" is not a score: write a whole number from {} to {}",
                    score.trim(),
                    scale.min,
                    scale.max
                ),
            )
        })?;
        if !scale.contains(value) {
            return Err(at(
                record,
                column,
                format!(
                    "score {value} is off the scale {}..{}",
                    scale.min, scale.max
                ),
            ));
        }
        self.ensure_emotion_lane();
        let persona = self.persona(values.get(Field::Persona));
        let id = PointId(self.ids.fresh());
        if let Some(curve) = self.map.curves.iter_mut().find(|c| c.persona == persona) {
            curve.points.push(EmotionPoint {
                id,
                anchor,
                score: value,
                reason: String::new(),
            });
        }
        Ok(())
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
        let title = if self.map.meta.language == "fr" {
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

    fn finish(self) -> JourneyMap {
        self.map
    }
}

/// A row's values by the field of their column, each with its 0-based column.
struct Values<'r> {
    by_field: HashMap<Field, (usize, &'r str)>,
}

impl<'r> Values<'r> {
    /// A record's values, and the metrics its metric columns give.
    fn read(record: &'r Record, columns: &[Column]) -> Result<(Self, Vec<Metric>), Diagnostic> {
        let mut by_field = HashMap::new();
        let mut metrics = Vec::new();
        for (i, value) in record.fields.iter().enumerate() {
            match columns.get(i) {
                Some(Column::Metric(name)) if !value.trim().is_empty() => {
                    let (number, unit) = number_and_unit(value).ok_or_else(|| {
                        at(record, i, format!("\"{}\" is not a number", value.trim()))
                    })?;
                    metrics.push(Metric {
                        name: name.clone(),
                        value: number,
                        unit,
                        target: None,
                        source: String::new(),
                    });
                }
                Some(Column::Metric(_)) | Some(Column::Empty) => {}
                Some(Column::Field(field)) => {
                    by_field.insert(*field, (i, value.as_str()));
                }
                None if value.trim().is_empty() => {}
                None => {
                    return Err(at(
                        record,
                        i,
                        "this row has more values than the header has columns",
                    ));
                }
            }
        }
        Ok((Self { by_field }, metrics))
    }

    /// A field's value, empty when the row has none.
    fn get(&self, field: Field) -> &'r str {
        self.by_field.get(&field).map_or("", |(_, value)| *value)
    }

    /// The column of a field's value, the first column when the row has none.
    fn column(&self, field: Field) -> usize {
        self.by_field.get(&field).map_or(0, |(column, _)| *column)
    }

    /// Whether the row only names a stage, a step or a lane: no card text and no
    /// value a card or a score would hold.
    fn declares_only(&self) -> bool {
        [
            Field::Text,
            Field::Channel,
            Field::Score,
            Field::Owner,
            Field::Description,
            Field::Moment,
        ]
        .into_iter()
        .all(|field| self.get(field).trim().is_empty())
    }
}

/// "62 %" gives (62, "%"); "4,2" gives (4.2, "").
fn number_and_unit(value: &str) -> Option<(f64, String)> {
    let value = value.trim();
    let end = value
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | ','))
        .map(|(i, c)| i + c.len_utf8())
        .last()?;
    let number = value[..end].replace(',', ".").parse::<f64>().ok()?;
    number
        .is_finite()
        .then(|| (number, value[end..].trim().to_owned()))
}

/// Writes a map as a spreadsheet with the columns `import` reads.
pub fn export(map: &JourneyMap) -> String {
    let metric_names = metric_names(map);
    let header = csv_columns::header(&metric_names);
    let mut text = line(header.iter().map(String::as_str));
    for row in declaration_rows(map)
        .iter()
        .chain(&card_rows(map, &metric_names))
    {
        text += &line(row.values(metric_names.len()));
    }
    text
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

/// Rows that only name every stage with its steps, then every lane, so that
/// those without cards, and their order, survive a round trip.
fn declaration_rows(map: &JourneyMap) -> Vec<Row> {
    let mut rows = Vec::new();
    for stage in &map.stages {
        let stage_row = Row {
            stage: stage.name.clone(),
            ..Row::default()
        };
        if stage.steps.is_empty() {
            rows.push(stage_row.clone());
        }
        for step in &stage.steps {
            rows.push(Row {
                step: step.name.clone(),
                ..stage_row.clone()
            });
        }
    }
    if let Some(first) = map.stages.first() {
        for lane in &map.lanes {
            rows.push(Row {
                stage: first.name.clone(),
                lane: lane.title.clone(),
                ..Row::default()
            });
        }
    }
    rows
}

/// A card's row, with the first persona's score on it (or another's when the
/// first has none there); each other persona's score on the card gets a row of
/// its own in the emotion lane, and so does each point on a stage or a step.
fn card_rows(map: &JourneyMap, metric_names: &[&str]) -> Vec<Row> {
    let mut points_on_card: HashMap<CardId, Vec<(PersonaId, i32)>> = HashMap::new();
    let mut other_points = Vec::new();
    for curve in &map.curves {
        for point in &curve.points {
            match point.anchor {
                Anchor::Card(card) => points_on_card
                    .entry(card)
                    .or_default()
                    .push((curve.persona, point.score)),
                anchor => other_points.push((curve.persona, anchor, point.score)),
            }
        }
    }
    let first_persona = map.personas.first().map(|p| p.id);
    let mut rows = Vec::new();
    for stage in &map.stages {
        for lane in &map.lanes {
            for card in map
                .cards
                .iter()
                .filter(|c| c.stage == stage.id && c.lane == lane.id)
            {
                let mut row = card_row(map, stage, lane, card, metric_names);
                let mut points = points_on_card.remove(&card.id).unwrap_or_default();
                points.sort_by_key(|(persona, _)| Some(*persona) != first_persona);
                let mut points = points.into_iter();
                if let Some((persona, score)) = points.next() {
                    row.score = score.to_string();
                    row.persona = persona_name(map, persona);
                }
                rows.push(row);
                for (persona, score) in points {
                    rows.push(score_row(map, stage, None, persona, score));
                }
            }
        }
    }
    for (persona, anchor, score) in other_points {
        let (stage, step) = match anchor {
            Anchor::Stage(id) => (map.stage(id), None),
            Anchor::Step(id) => (map.stage_of_step(id), Some(id)),
            Anchor::Card(_) => (None, None),
        };
        if let Some(stage) = stage {
            rows.push(score_row(map, stage, step, persona, score));
        }
    }
    rows
}

/// A card's row without its score.
fn card_row(
    map: &JourneyMap,
    stage: &Stage,
    lane: &Lane,
    card: &Card,
    metric_names: &[&str],
) -> Row {
    let mut metrics = vec![String::new(); metric_names.len()];
    for metric in &card.metrics {
        if let Some(i) = metric_names.iter().position(|n| *n == metric.name) {
            metrics[i] = if metric.unit.is_empty() {
                metric.value.to_string()
            } else {
                format!("{} {}", metric.value, metric.unit)
            };
        }
    }
    Row {
        stage: stage.name.clone(),
        step: step_name(stage, card.step),
        lane: lane.title.clone(),
        text: card.text.clone(),
        channel: card
            .channel
            .as_ref()
            .map_or(String::new(), |c| c.label().to_owned()),
        moment: map
            .moments
            .iter()
            .find(|m| m.card == card.id)
            .map_or(String::new(), |m| names::moment_word(m.kind).to_owned()),
        owner: card.owner.clone(),
        description: card.description.clone(),
        metrics,
        ..Row::default()
    }
}

/// A persona's score on a stage or a step, in the emotion lane.
fn score_row(
    map: &JourneyMap,
    stage: &Stage,
    step: Option<StepId>,
    persona: PersonaId,
    score: i32,
) -> Row {
    let emotion_lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Emotion)
        .map_or("Emotion".to_owned(), |l| l.title.clone());
    Row {
        stage: stage.name.clone(),
        step: step_name(stage, step),
        lane: emotion_lane,
        score: score.to_string(),
        persona: persona_name(map, persona),
        ..Row::default()
    }
}

/// The name of a step of the stage, empty for none.
fn step_name(stage: &Stage, step: Option<StepId>) -> String {
    step.and_then(|id| stage.steps.iter().find(|s| s.id == id))
        .map_or(String::new(), |s| s.name.clone())
}

/// A persona's name, empty when the map has no such persona.
fn persona_name(map: &JourneyMap, id: PersonaId) -> String {
    map.persona(id).map_or(String::new(), |p| p.name.clone())
}

/// One line of the spreadsheet, ended as Excel ends it.
fn line<'a>(values: impl Iterator<Item = &'a str>) -> String {
    values.map(quoted).collect::<Vec<_>>().join(",") + "\r\n"
}

/// A field as CSV needs it: quoted when it holds a separator, a quote or a line break.
fn quoted(field: &str) -> String {
    if field.contains([',', ';', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ')
    {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}
