//! The long shape: a header row naming the columns, then one row per card.
//!
//! Rows that only name a stage (and a step or a lane) declare them, with the
//! stage's details or the lane's kind, so that stages, steps and lanes without
//! cards, and their order, survive a round trip.

use std::collections::HashMap;

use super::build::Builder;
use super::csv_columns::{self, Column, Field, Words};
use super::names;
use super::progress::ImportProgress;
use super::sheet::{Record, at};
use crate::file::Diagnostic;
use crate::model::*;

/// The columns a header names, and what its words say of its language; every
/// unknown name is a problem.
pub fn columns(header: &Record) -> Result<(Vec<Column>, Vec<Words>), Vec<Diagnostic>> {
    let mut columns = Vec::new();
    let mut words = Vec::new();
    let mut problems = Vec::new();
    for (i, name) in header.fields.iter().enumerate() {
        match Column::named(name) {
            Some((column, said)) => {
                words.push(said);
                columns.push(column);
            }
            None => {
                let mut message = format!("unknown column \"{}\"", name.trim());
                if problems.is_empty() {
                    message += &format!("; the columns are: {}", csv_columns::column_names());
                }
                problems.push(at(header, i, message));
                columns.push(Column::Empty);
            }
        }
    }
    for (field, what) in [(Field::Stage, "stage"), (Field::Text, "text")] {
        if !columns.contains(&Column::Field(field)) {
            problems.push(at(
                header,
                0,
                format!(
                    "there is no {what} column ({})",
                    csv_columns::names_of(field)
                ),
            ));
        }
    }
    if problems.is_empty() {
        Ok((columns, words))
    } else {
        Err(problems)
    }
}

/// Adds every row under the header to the map, counting them in `progress`;
/// all problems are returned, or only that the import was cancelled.
pub fn import(
    builder: &mut Builder,
    rows: &[Record],
    columns: &[Column],
    progress: &ImportProgress,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for record in rows {
        if let Err(cancelled) = progress.row_built() {
            return vec![cancelled];
        }
        if let Err(problem) = row(builder, record, columns) {
            problems.push(problem);
        }
        if let Some(reason) = builder.over_limits() {
            problems.push(at(record, 0, reason));
            break;
        }
    }
    problems
}

/// Adds what a row says: its stage, step and lane, and unless it only declares
/// them, its card, moment of truth and score.
fn row(builder: &mut Builder, record: &Record, columns: &[Column]) -> Result<(), Diagnostic> {
    let (values, metrics) = Values::read(record, columns)?;
    let stage_name = values.get(Field::Stage);
    if stage_name.trim().is_empty() {
        return Err(at(
            record,
            values.column(Field::Stage),
            "this row has no stage",
        ));
    }
    let stage = builder.stage(stage_name);
    let step = builder.step(stage, values.get(Field::Step));
    let lane_name = values.get(Field::Lane);
    let kind = values.lane_kind(record)?;
    if values.declares_only() && metrics.is_empty() {
        if lane_name.trim().is_empty() {
            return stage_details(builder, record, &values, stage);
        }
        if values.get(Field::Description).trim().is_empty() {
            builder.lane(lane_name, kind);
            return Ok(());
        }
    }
    let lane = builder.lane(lane_name, kind);
    let card = if builder.is_emotion_lane(lane) {
        None
    } else {
        Some(card(
            builder,
            record,
            &values,
            metrics,
            (lane, stage, step),
        )?)
    };
    moment(builder, record, &values, card)?;
    let anchor = match (card, step) {
        (Some(card), _) => Anchor::Card(card),
        (None, Some(step)) => Anchor::Step(step),
        (None, None) => Anchor::Stage(stage),
    };
    score(builder, record, &values, anchor)
}

/// A stage's description, duration and colour, from its declaring row.
fn stage_details(
    builder: &mut Builder,
    record: &Record,
    values: &Values,
    stage: StageId,
) -> Result<(), Diagnostic> {
    let colour = values.get(Field::Colour).trim();
    let color = if colour.is_empty() {
        None
    } else {
        Some(Color::from_hex(colour).ok_or_else(|| {
            at(
                record,
                values.column(Field::Colour),
                format!("\"{colour}\" is not a colour: write it as #RRGGBB"),
            )
        })?)
    };
    if let Some(stage) = builder.stage_mut(stage) {
        let description = values.get(Field::Description).trim();
        if !description.is_empty() {
            stage.description = description.to_owned();
        }
        let duration = values.get(Field::Duration).trim();
        if !duration.is_empty() {
            stage.duration = duration.to_owned();
        }
        stage.color = color.or(stage.color);
    }
    Ok(())
}

/// The row's card, with every field the row gives.
fn card(
    builder: &mut Builder,
    record: &Record,
    values: &Values,
    metrics: Vec<Metric>,
    (lane, stage, step): (LaneId, StageId, Option<StepId>),
) -> Result<CardId, Diagnostic> {
    let severity = values.level(record, Field::Severity)?;
    let priority = values.level(record, Field::Priority)?;
    let votes = values.votes(record)?;
    let (value, effort) = (
        values.level(record, Field::Value)?,
        values.level(record, Field::Effort)?,
    );
    let manual_work = values.yes_or_no(record, Field::ManualWork, false)?;
    let hours_per_week = values.hours(record)?;
    let brand_controlled = values.yes_or_no(record, Field::BrandControlled, true)?;
    let card = builder.card(lane, stage, step, values.get(Field::Text));
    card.description = values.get(Field::Description).trim().to_owned();
    card.owner = values.get(Field::Owner).trim().to_owned();
    let channel = values.get(Field::Channel);
    if !channel.trim().is_empty() {
        card.channel = Some(names::channel(channel));
    }
    card.severity = severity;
    card.priority = priority;
    card.votes = votes;
    card.value = value;
    card.effort = effort;
    card.manual_work = manual_work;
    card.hours_per_week = hours_per_week;
    card.brand_controlled = brand_controlled;
    card.tags = values
        .get(Field::Tags)
        .split([',', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    card.metrics = metrics;
    Ok(card.id)
}

/// The row's moment of truth on its card, when it names one.
fn moment(
    builder: &mut Builder,
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
    builder.moment(card, kind, values.get(Field::MomentNote));
    Ok(())
}

/// The row's score, when it has one: a point at `anchor` on its persona's curve.
fn score(
    builder: &mut Builder,
    record: &Record,
    values: &Values,
    anchor: Anchor,
) -> Result<(), Diagnostic> {
    let score = values.get(Field::Score);
    if score.trim().is_empty() {
        return Ok(());
    }
    let value = parse_score(score, builder.map.scale)
        .map_err(|message| at(record, values.column(Field::Score), message))?;
    let persona = builder.persona(values.get(Field::Persona));
    builder.point(persona, anchor, value, values.get(Field::Reason));
    Ok(())
}

/// A whole score on the scale, or why the text is none.
pub fn parse_score(score: &str, scale: EmotionScale) -> Result<i32, String> {
    let value: i32 = score.trim().trim_start_matches('+').parse().map_err(|_| {
        format!(
            "\"{}\" is not a score: write a whole number from {} to {}",
            score.trim(),
            scale.min,
            scale.max
        )
    })?;
    if scale.contains(value) {
        Ok(value)
    } else {
        Err(format!(
            "score {value} is off the scale {}..{}",
            scale.min, scale.max
        ))
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

    /// A severity or priority, when the row gives one.
    fn level(&self, record: &Record, field: Field) -> Result<Option<Level>, Diagnostic> {
        let value = self.get(field).trim();
        if value.is_empty() {
            return Ok(None);
        }
        names::level(value).map(Some).ok_or_else(|| {
            at(
                record,
                self.column(field),
                format!("\"{value}\" is not a level: write low, medium, high or critical"),
            )
        })
    }

    /// Yes or no, `empty` when the cell is empty.
    fn yes_or_no(&self, record: &Record, field: Field, empty: bool) -> Result<bool, Diagnostic> {
        let value = self.get(field).trim();
        if value.is_empty() {
            return Ok(empty);
        }
        names::yes_or_no(value).ok_or_else(|| {
            at(
                record,
                self.column(field),
                format!("\"{value}\" is neither yes nor no"),
            )
        })
    }

    /// The hours a week of manual work, when the row gives them.
    fn hours(&self, record: &Record) -> Result<Option<f32>, Diagnostic> {
        let value = self.get(Field::HoursPerWeek).trim();
        if value.is_empty() {
            return Ok(None);
        }
        let hours = value.replace(',', ".").parse::<f32>().ok();
        hours
            .filter(|hours| (0.0..=168.0).contains(hours))
            .map(Some)
            .ok_or_else(|| {
                at(
                    record,
                    self.column(Field::HoursPerWeek),
                    format!("\"{value}\" is not a number of hours a week: write one from 0 to 168"),
                )
            })
    }

    /// The card's dot votes: a whole number, 0 when the cell is empty.
    fn votes(&self, record: &Record) -> Result<u32, Diagnostic> {
        let value = self.get(Field::Votes).trim();
        if value.is_empty() {
            return Ok(0);
        }
        value.parse().map_err(|_| {
            at(
                record,
                self.column(Field::Votes),
                format!("\"{value}\" is not a number of votes: write a whole number from 0"),
            )
        })
    }

    /// The lane kind the row names, when it names one.
    fn lane_kind(&self, record: &Record) -> Result<Option<LaneKind>, Diagnostic> {
        let value = self.get(Field::LaneKind).trim();
        if value.is_empty() {
            return Ok(None);
        }
        names::lane_kind_named(value).map(Some).ok_or_else(|| {
            let kinds: Vec<&str> = LaneKind::ALL.iter().map(|k| k.label()).collect();
            at(
                record,
                self.column(Field::LaneKind),
                format!(
                    "\"{value}\" is not a lane kind: write one of {}",
                    kinds.join(", ")
                ),
            )
        })
    }

    /// Whether the row only names a stage, a step or a lane: no card text and no
    /// value a card or a score would hold.
    fn declares_only(&self) -> bool {
        [
            Field::Text,
            Field::Channel,
            Field::Score,
            Field::Owner,
            Field::Moment,
            Field::Severity,
            Field::Priority,
            Field::BrandControlled,
            Field::Tags,
            Field::Value,
            Field::Effort,
            Field::Votes,
            Field::ManualWork,
            Field::HoursPerWeek,
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
