//! The analysis as JSON, for scripts: `parcours insights --format json`.
//!
//! Every item names its element by id (`card`, `stage_id`, `link`...) and by the
//! map's words (`stage`, `text`...), so a script can both show it and find it.

use serde_json::{Value, json};

use super::names::{Names, rounded};
use super::{CurvePoint, Insights, PersonaInsights};
use crate::model::{JourneyMap, Level, StageId};

/// The analysis of `map` as a JSON object, keys as `docs/user-guide.md` lists them.
pub fn write(map: &JourneyMap, insights: &Insights) -> String {
    let names = Names::of(map);
    let language = map.meta.language.as_str();
    let value = json!({
        "map": map.meta.title,
        "personas": insights.personas.iter().map(|p| persona(&names, p)).collect::<Vec<_>>(),
        "moments_of_truth": moments(&names, insights),
        "pain_points": pain_points(&names, insights),
        "opportunities": opportunities(&names, insights, language),
        "channels": channels(&names, insights),
        "automation_candidates": automation(&names, insights),
        "automation_hours_per_week": rounded(f64::from(insights.automation.hours_per_week)),
        "drop_outs": drop_outs(&names, insights),
        "bottlenecks": insights.bottlenecks.iter().map(|b| json!({
            "stage": names.stage(b.stage),
            "stage_id": b.stage.0,
            "drop_outs": b.drop_outs,
            "share": rounded(f64::from(b.share)),
        })).collect::<Vec<_>>(),
        "stage_metrics": stage_metrics(&names, insights),
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

fn stage(names: &Names, id: Option<StageId>) -> Value {
    id.map_or(Value::Null, |id| json!(names.stage(id)))
}

fn point(names: &Names, point: Option<&CurvePoint>) -> Value {
    point.map_or(Value::Null, |p| {
        json!({
            "stage": names.stage(p.stage),
            "stage_id": p.stage.0,
            "card": p.card.map(|c| c.0),
            "text": p.card.map(|c| names.card(c)),
            "score": p.score,
            "reason": p.reason,
        })
    })
}

fn persona(names: &Names, persona: &PersonaInsights) -> Value {
    let means: Vec<Value> = persona
        .stage_means
        .iter()
        .map(|m| {
            json!({
                "stage": names.stage(m.stage),
                "stage_id": m.stage.0,
                "mean": rounded(f64::from(m.mean)),
                "lowest": m.lowest,
                "points": m.points,
            })
        })
        .collect();
    json!({
        "name": names.persona(persona.persona),
        "id": persona.persona.0,
        "weakest_stage": stage(names, persona.weakest),
        "strongest_stage": stage(names, persona.strongest),
        "lowest_point": point(names, persona.lowest.as_ref()),
        "highest_point": point(names, persona.highest.as_ref()),
        "stage_means": means,
    })
}

fn level(level: Option<Level>) -> Value {
    level.map_or(Value::Null, |l| json!(l.label()))
}

fn moments(names: &Names, insights: &Insights) -> Vec<Value> {
    let moments = insights.moments.iter().map(|m| {
        let emotions: Vec<Value> = m
            .emotions
            .iter()
            .map(|e| {
                json!({
                    "persona": names.persona(e.persona),
                    "score": rounded(f64::from(e.score)),
                    "on_card": e.place == super::EmotionPlace::Card,
                })
            })
            .collect();
        json!({
            "kind": format!("{:?}", m.kind),
            "moment": m.moment.0,
            "card": m.card.0,
            "text": names.card(m.card),
            "stage": names.stage(m.stage),
            "stage_id": m.stage.0,
            "emotions": emotions,
        })
    });
    moments.collect()
}

fn pain_points(names: &Names, insights: &Insights) -> Vec<Value> {
    let points = insights.pain_points.iter().map(|p| {
        json!({
            "card": p.card.0,
            "text": names.card(p.card),
            "stage": names.stage(p.stage),
            "stage_id": p.stage.0,
            "severity": level(p.severity),
            "votes": p.votes,
            "stage_emotion": p.stage_emotion.map(|e| rounded(f64::from(e))),
        })
    });
    points.collect()
}

fn opportunities(names: &Names, insights: &Insights, language: &str) -> Vec<Value> {
    let opportunities = insights.opportunities.iter().map(|o| {
        json!({
            "card": o.card.0,
            "text": names.card(o.card),
            "stage": names.stage(o.stage),
            "stage_id": o.stage.0,
            "value": level(o.value),
            "effort": level(o.effort),
            "priority": level(o.priority),
            "quadrant": o.quadrant.map(|q| format!("{q:?}")),
            "quadrant_label": o.quadrant.map(|q| q.label_in(language)),
        })
    });
    opportunities.collect()
}

fn channels(names: &Names, insights: &Insights) -> Vec<Value> {
    let stages = &insights.channels.stages;
    let rows = insights.channels.rows.iter().map(|row| {
        let by_stage: Vec<Value> = stages
            .iter()
            .zip(&row.counts)
            .filter(|(_, count)| **count > 0)
            .map(|(stage, count)| json!({"stage": names.stage(*stage), "stage_id": stage.0, "touchpoints": count}))
            .collect();
        json!({
            "channel": row.channel.label(),
            "touchpoints": row.total(),
            "stages": by_stage,
            "owners": row.owners,
            "brand_controlled": row.brand_controlled,
            "not_brand_controlled": row.not_brand_controlled(),
            "cards": row.cards.iter().map(|c| c.0).collect::<Vec<_>>(),
        })
    });
    rows.collect()
}

fn automation(names: &Names, insights: &Insights) -> Vec<Value> {
    insights
        .automation
        .candidates
        .iter()
        .map(|c| {
            json!({
                "card": c.card.0,
                "text": names.card(c.card),
                "owner": names.owner(c.card),
                "stage": names.stage(c.stage),
                "stage_id": c.stage.0,
                "hours_per_week": c.hours_per_week.map(|h| rounded(f64::from(h))),
            })
        })
        .collect()
}

fn drop_outs(names: &Names, insights: &Insights) -> Vec<Value> {
    let drop_outs = insights.drop_outs.iter().map(|d| {
        json!({
            "link": d.link.0,
            "label": names.link(d.link),
            "from": d.from.0,
            "text": names.card(d.from),
            "stage": names.stage(d.stage),
            "stage_id": d.stage.0,
            "share": d.share.map(|s| rounded(f64::from(s))),
        })
    });
    drop_outs.collect()
}

fn stage_metrics(names: &Names, insights: &Insights) -> Vec<Value> {
    let stages = insights.stage_metrics.iter().map(|stage| {
        let metrics: Vec<Value> = stage
            .metrics
            .iter()
            .map(|m| {
                json!({
                    "card": m.card.0,
                    "name": m.name,
                    "value": m.value,
                    "unit": m.unit,
                    "target": m.target,
                    "below_target": m.below_target(),
                })
            })
            .collect();
        json!({
            "stage": names.stage(stage.stage),
            "stage_id": stage.stage.0,
            "below_target": stage.below_target(),
            "metrics": metrics,
        })
    });
    stages.collect()
}
