//! The analysis as one CSV table, a row per figure, for spreadsheets:
//! `parcours insights --format csv`.
//!
//! Columns: `section`, `id` (of the element the row is about), `stage`,
//! `subject` (a persona, card, channel, link or metric), `measure`, `value`, `detail`.

use super::names::{Names, number};
use super::{Insights, PersonaInsights};
use crate::model::{JourneyMap, StageId};

/// One row: section, id, stage, subject, measure, value, detail.
type Row = [String; 7];

/// The analysis of `map` as CSV text, with a header row.
pub fn write(map: &JourneyMap, insights: &Insights) -> String {
    let names = Names::of(map);
    let mut rows: Vec<Row> = Vec::new();
    for persona in &insights.personas {
        persona_rows(&mut rows, &names, persona);
    }
    other_rows(&mut rows, &names, insights, &map.meta.language);
    let mut out = String::from("section,id,stage,subject,measure,value,detail\n");
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| quoted(f)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// A field quoted when it holds a comma, a quote or a line break; a leading
/// `=`, `+`, `-` or `@` of text is kept from being read as a formula.
fn quoted(field: &str) -> String {
    let is_number = field.parse::<f64>().is_ok();
    let field = if !is_number && field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

fn row(
    section: &str,
    id: u32,
    stage: &str,
    subject: &str,
    measure: &str,
    value: String,
    detail: String,
) -> Row {
    [
        section.to_owned(),
        id.to_string(),
        stage.to_owned(),
        subject.to_owned(),
        measure.to_owned(),
        value,
        detail,
    ]
}

fn persona_rows(rows: &mut Vec<Row>, names: &Names, persona: &PersonaInsights) {
    let name = names.persona(persona.persona);
    let id = persona.persona.0;
    for (measure, point) in [
        ("lowest point", &persona.lowest),
        ("highest point", &persona.highest),
    ] {
        if let Some(p) = point {
            let detail = p.card.map_or(p.reason.clone(), |c| {
                format!("{}: {}", names.card(c), p.reason)
            });
            rows.push(row(
                "persona",
                id,
                names.stage(p.stage),
                name,
                measure,
                p.score.to_string(),
                detail,
            ));
        }
    }
    let mean = |stage: StageId| persona.mean_at(stage).map_or(0.0, |m| m.mean);
    for (measure, stage) in [
        ("weakest stage", persona.weakest),
        ("strongest stage", persona.strongest),
    ] {
        if let Some(stage) = stage {
            let value = number(f64::from(mean(stage)));
            rows.push(row(
                "persona",
                id,
                names.stage(stage),
                name,
                measure,
                value,
                String::new(),
            ));
        }
    }
    for m in &persona.stage_means {
        let detail = format!("{} points, lowest {}", m.points, m.lowest);
        let value = number(f64::from(m.mean));
        rows.push(row(
            "persona",
            id,
            names.stage(m.stage),
            name,
            "stage mean",
            value,
            detail,
        ));
    }
}

fn other_rows(rows: &mut Vec<Row>, names: &Names, insights: &Insights, language: &str) {
    for m in &insights.moments {
        let emotions: Vec<String> = m
            .emotions
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    names.persona(e.persona),
                    number(f64::from(e.score))
                )
            })
            .collect();
        let value = m
            .emotions
            .first()
            .map(|e| number(f64::from(e.score)))
            .unwrap_or_default();
        rows.push(row(
            "moment of truth",
            m.card.0,
            names.stage(m.stage),
            names.card(m.card),
            m.kind.label(),
            value,
            emotions.join("; "),
        ));
    }
    for (rank, p) in insights.pain_points.iter().enumerate() {
        let severity = p.severity.map_or("no severity", |s| s.label());
        let detail = format!("{severity}; {} votes", p.votes);
        rows.push(row(
            "pain point",
            p.card.0,
            names.stage(p.stage),
            names.card(p.card),
            "rank",
            (rank + 1).to_string(),
            detail,
        ));
    }
    for (rank, o) in insights.opportunities.iter().enumerate() {
        let quadrant = o.quadrant.map_or("not rated", |q| q.label_in(language));
        let level = |l: Option<crate::model::Level>| l.map_or("-", |l| l.label());
        let detail = format!(
            "value {}; effort {}; priority {}",
            level(o.value),
            level(o.effort),
            level(o.priority)
        );
        rows.push(row(
            "opportunity",
            o.card.0,
            names.stage(o.stage),
            names.card(o.card),
            quadrant,
            (rank + 1).to_string(),
            detail,
        ));
    }
    for channel in &insights.channels.rows {
        for (stage, count) in insights
            .channels
            .stages
            .iter()
            .zip(&channel.counts)
            .filter(|(_, n)| **n > 0)
        {
            rows.push(row(
                "channel",
                stage.0,
                names.stage(*stage),
                channel.channel.label(),
                "touchpoints",
                count.to_string(),
                String::new(),
            ));
        }
        let detail = format!(
            "owners: {}; brand-controlled: {} of {}",
            channel.owners.join(", "),
            channel.brand_controlled,
            channel.total()
        );
        rows.push(row(
            "channel",
            0,
            "",
            channel.channel.label(),
            "touchpoints in all",
            channel.total().to_string(),
            detail,
        ));
    }
    for c in &insights.automation.candidates {
        let hours = c
            .hours_per_week
            .map(|h| number(f64::from(h)))
            .unwrap_or_default();
        rows.push(row(
            "automation candidate",
            c.card.0,
            names.stage(c.stage),
            names.card(c.card),
            "hours a week",
            hours,
            names.owner(c.card).to_owned(),
        ));
    }
    for d in &insights.drop_outs {
        let share = d.share.map(|s| number(f64::from(s))).unwrap_or_default();
        rows.push(row(
            "drop-out",
            d.link.0,
            names.stage(d.stage),
            names.link(d.link),
            "share %",
            share,
            names.card(d.from).to_owned(),
        ));
    }
    for b in &insights.bottlenecks {
        let detail = format!("{}% of customers", number(f64::from(b.share)));
        rows.push(row(
            "bottleneck",
            b.stage.0,
            names.stage(b.stage),
            names.stage(b.stage),
            "drop-outs",
            b.drop_outs.to_string(),
            detail,
        ));
    }
    for stage in &insights.stage_metrics {
        for m in &stage.metrics {
            let measure = if m.below_target() {
                "below target"
            } else {
                "value"
            };
            let detail = m
                .target
                .map(|t| format!("target {} {}", number(t), m.unit))
                .unwrap_or_default();
            rows.push(row(
                "stage metric",
                m.card.0,
                names.stage(stage.stage),
                &m.name,
                measure,
                number(m.value),
                detail.trim().to_owned(),
            ));
        }
    }
}
