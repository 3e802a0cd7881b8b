//! The analysis as Markdown tables, what `parcours insights` prints by default.

use std::fmt::Write;

use super::names::{Names, number};
use super::{Insights, PersonaInsights};
use crate::model::JourneyMap;

/// The analysis of `map` as a Markdown document: a section per part, each a table.
pub fn write(map: &JourneyMap, insights: &Insights) -> String {
    let names = Names::of(map);
    let mut out = format!("# Insights: {}\n", cell(&map.meta.title));
    for persona in &insights.personas {
        persona_section(&mut out, &names, persona);
    }
    moments(&mut out, &names, insights);
    pain_points(&mut out, &names, insights);
    opportunities(&mut out, &names, insights, &map.meta.language);
    channels(&mut out, &names, insights);
    automation(&mut out, &names, insights);
    drop_outs(&mut out, &names, insights);
    stage_metrics(&mut out, &names, insights);
    out
}

/// Text fit for a table cell: no line breaks, pipes escaped.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn table(out: &mut String, title: &str, header: &[&str], rows: Vec<Vec<String>>) {
    let _ = write!(out, "\n## {title}\n\n");
    if rows.is_empty() {
        out.push_str("None.\n");
        return;
    }
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
}

fn persona_section(out: &mut String, names: &Names, persona: &PersonaInsights) {
    let name = cell(names.persona(persona.persona));
    let point_row = |label: &str, point: &Option<super::CurvePoint>| {
        point.as_ref().map(|p| {
            vec![
                label.to_owned(),
                cell(names.stage(p.stage)),
                p.card.map(|c| cell(names.card(c))).unwrap_or_default(),
                p.score.to_string(),
                cell(&p.reason),
            ]
        })
    };
    let mut rows: Vec<Vec<String>> = [
        point_row("Lowest point", &persona.lowest),
        point_row("Highest point", &persona.highest),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mean = |stage| persona.mean_at(stage).map_or(0.0, |m| m.mean);
    for (label, stage) in [
        ("Weakest stage", persona.weakest),
        ("Strongest stage", persona.strongest),
    ] {
        if let Some(stage) = stage {
            let score = format!("mean {}", number(f64::from(mean(stage))));
            rows.push(vec![
                label.to_owned(),
                cell(names.stage(stage)),
                String::new(),
                score,
                String::new(),
            ]);
        }
    }
    for stage in &persona.stage_means {
        let score = format!("mean {}", number(f64::from(stage.mean)));
        let points = format!("{} points, lowest {}", stage.points, stage.lowest);
        rows.push(vec![
            "Stage".to_owned(),
            cell(names.stage(stage.stage)),
            String::new(),
            score,
            points,
        ]);
    }
    let title = format!("Persona: {name}");
    table(out, &title, &["", "Stage", "Card", "Score", "Reason"], rows);
}

fn moments(out: &mut String, names: &Names, insights: &Insights) {
    let rows = insights
        .moments
        .iter()
        .map(|m| {
            let emotions: Vec<String> = m
                .emotions
                .iter()
                .map(|e| {
                    format!(
                        "{} {}",
                        cell(names.persona(e.persona)),
                        number(f64::from(e.score))
                    )
                })
                .collect();
            vec![
                m.kind.label().to_owned(),
                cell(names.card(m.card)),
                cell(names.stage(m.stage)),
                emotions.join(", "),
            ]
        })
        .collect();
    table(
        out,
        "Moments of truth",
        &["Kind", "Card", "Stage", "Emotion"],
        rows,
    );
}

fn pain_points(out: &mut String, names: &Names, insights: &Insights) {
    let rows = insights
        .pain_points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            vec![
                (i + 1).to_string(),
                cell(names.card(p.card)),
                cell(names.stage(p.stage)),
                p.severity.map(|s| s.label().to_owned()).unwrap_or_default(),
                p.votes.to_string(),
                p.stage_emotion
                    .map(|e| number(f64::from(e)))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let header = [
        "#",
        "Pain point",
        "Stage",
        "Severity",
        "Votes",
        "Emotion at stage",
    ];
    table(out, "Pain points", &header, rows);
}

fn opportunities(out: &mut String, names: &Names, insights: &Insights, language: &str) {
    let level =
        |l: Option<crate::model::Level>| l.map(|l| l.label().to_owned()).unwrap_or_default();
    let rows = insights
        .opportunities
        .iter()
        .map(|o| {
            vec![
                o.quadrant
                    .map_or("Not rated", |q| q.label_in(language))
                    .to_owned(),
                cell(names.card(o.card)),
                cell(names.stage(o.stage)),
                level(o.value),
                level(o.effort),
                level(o.priority),
            ]
        })
        .collect();
    let header = [
        "Quadrant",
        "Opportunity",
        "Stage",
        "Value",
        "Effort",
        "Priority",
    ];
    table(out, "Opportunities", &header, rows);
}

fn channels(out: &mut String, names: &Names, insights: &Insights) {
    let inventory = &insights.channels;
    let stage_names: Vec<String> = inventory
        .stages
        .iter()
        .map(|s| cell(names.stage(*s)))
        .collect();
    let mut header: Vec<&str> = vec!["Channel"];
    header.extend(stage_names.iter().map(String::as_str));
    header.extend(["Total", "Owners", "Brand-controlled"]);
    let rows = inventory
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![cell(row.channel.label())];
            cells.extend(
                row.counts
                    .iter()
                    .map(|&n| if n == 0 { String::new() } else { n.to_string() }),
            );
            cells.push(row.total().to_string());
            cells.push(cell(&row.owners.join(", ")));
            cells.push(format!("{} of {}", row.brand_controlled, row.total()));
            cells
        })
        .collect();
    table(out, "Channels by stage", &header, rows);
}

fn automation(out: &mut String, names: &Names, insights: &Insights) {
    let automation = &insights.automation;
    let rows = automation
        .candidates
        .iter()
        .map(|c| {
            vec![
                cell(names.card(c.card)),
                cell(names.stage(c.stage)),
                cell(names.owner(c.card)),
                c.hours_per_week
                    .map(|h| number(f64::from(h)))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let header = ["Manual work", "Stage", "Owner", "Hours a week"];
    table(out, "Automation candidates", &header, rows);
    if !automation.candidates.is_empty() {
        let total = number(f64::from(automation.hours_per_week));
        let _ = writeln!(out, "\nIn all: {total} hours a week.");
    }
}

fn drop_outs(out: &mut String, names: &Names, insights: &Insights) {
    let share = |s: Option<f32>| {
        s.map(|s| format!("{}%", number(f64::from(s))))
            .unwrap_or_default()
    };
    let rows = insights
        .drop_outs
        .iter()
        .map(|d| {
            vec![
                cell(names.link(d.link)),
                cell(names.card(d.from)),
                cell(names.stage(d.stage)),
                share(d.share),
            ]
        })
        .collect();
    table(
        out,
        "Drop-outs",
        &["Drop-out", "From", "Stage", "Share"],
        rows,
    );
    let rows = insights
        .bottlenecks
        .iter()
        .map(|b| {
            vec![
                cell(names.stage(b.stage)),
                b.drop_outs.to_string(),
                share(Some(b.share)),
            ]
        })
        .collect();
    table(out, "Bottlenecks", &["Stage", "Drop-outs", "Share"], rows);
}

fn stage_metrics(out: &mut String, names: &Names, insights: &Insights) {
    let with_unit = |value: f64, unit: &str| {
        format!("{} {}", number(value), cell(unit))
            .trim()
            .to_owned()
    };
    let rows = insights
        .stage_metrics
        .iter()
        .flat_map(|stage| {
            stage.metrics.iter().map(|m| {
                vec![
                    cell(names.stage(stage.stage)),
                    cell(&m.name),
                    with_unit(m.value, &m.unit),
                    m.target.map(|t| with_unit(t, &m.unit)).unwrap_or_default(),
                    if m.below_target() { "yes" } else { "" }.to_owned(),
                ]
            })
        })
        .collect();
    let header = ["Stage", "Metric", "Value", "Target", "Below target"];
    table(out, "Stage metrics", &header, rows);
    let below: Vec<String> = insights
        .stage_metrics
        .iter()
        .filter(|s| s.below_target())
        .map(|s| cell(names.stage(s.stage)))
        .collect();
    if !below.is_empty() {
        let _ = writeln!(out, "\nStages below target: {}.", below.join(", "));
    }
}
