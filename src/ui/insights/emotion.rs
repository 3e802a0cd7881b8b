//! The sections about how customers feel and what to do about it: each
//! persona's weakest and strongest stages and extreme points, the moments of
//! truth, the pain points and the opportunities' value/effort matrix.

use egui::Ui;

use super::item::{capped, card_text, item, joined, number, one_card, section, signed, stage_name};
use crate::insights::{CurvePoint, Insights, Opportunity, PersonaInsights, Quadrant, StageMean};
use crate::lang::fill;
use crate::model::JourneyMap;
use crate::ui::selection::Selection;

/// Per persona: the weakest and strongest stages, the lowest and highest points.
pub fn personas_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    insights: &Insights,
    chosen: &mut Option<Selection>,
) {
    let words = crate::ui::words(ui.ctx());
    let analysed: Vec<_> = insights
        .personas
        .iter()
        .filter(|p| !p.stage_means.is_empty())
        .collect();
    section(ui, words.insights_emotion, !analysed.is_empty(), |ui| {
        capped(ui, analysed, |ui, persona| {
            let name = map.persona(persona.persona).map_or("", |p| p.name.as_str());
            ui.strong(name);
            stage_ui(
                ui,
                map,
                persona,
                persona.weakest,
                words.weakest_stage,
                chosen,
            );
            stage_ui(
                ui,
                map,
                persona,
                persona.strongest,
                words.strongest_stage,
                chosen,
            );
            point_ui(ui, map, persona.lowest.as_ref(), words.lowest_point, chosen);
            point_ui(
                ui,
                map,
                persona.highest.as_ref(),
                words.highest_point,
                chosen,
            );
        });
    });
}

fn stage_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    persona: &PersonaInsights,
    stage: Option<crate::model::StageId>,
    template: &str,
    chosen: &mut Option<Selection>,
) {
    let Some(mean) = stage.and_then(|stage| persona.mean_at(stage)) else {
        return;
    };
    let text = fill(template, &[&stage_name(map, mean.stage)]);
    item(
        ui,
        &text,
        &mean_text(ui, mean),
        Selection::Stage(mean.stage),
        chosen,
    );
}

fn mean_text(ui: &Ui, mean: &StageMean) -> String {
    let words = crate::ui::words(ui.ctx());
    fill(words.mean_emotion, &[&number(ui, f64::from(mean.mean))])
}

fn point_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    point: Option<&CurvePoint>,
    template: &str,
    chosen: &mut Option<Selection>,
) {
    let Some(point) = point else { return };
    let place = match point.card {
        Some(card) => joined(&[stage_name(map, point.stage), card_text(map, card)]),
        None => stage_name(map, point.stage).to_owned(),
    };
    let text = fill(template, &[&place]);
    let score = signed(ui, f64::from(point.score));
    let detail = joined(&[&score, &point.reason]);
    let curve = map
        .curves
        .iter()
        .find(|c| c.points.iter().any(|p| p.id == point.point));
    let target = match curve {
        Some(curve) => Selection::Point {
            curve: curve.id,
            point: point.point,
        },
        None => Selection::Stage(point.stage),
    };
    item(ui, &text, &detail, target, chosen);
}

/// The moments of truth, each with its kind and how the personas feel there.
pub fn moments_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    insights: &Insights,
    chosen: &mut Option<Selection>,
) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    section(
        ui,
        words.insights_moments,
        !insights.moments.is_empty(),
        |ui| {
            capped(ui, &insights.moments, |ui, moment| {
                let mut parts = vec![language.moment_kind(moment.kind).to_owned()];
                for emotion in &moment.emotions {
                    let persona = map.persona(emotion.persona).map_or("", |p| p.name.as_str());
                    let score = signed(ui, f64::from(emotion.score));
                    parts.push([persona, &score].join(" "));
                }
                let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
                let text = card_text(map, moment.card);
                item(ui, text, &joined(&parts), one_card(moment.card), chosen);
            });
        },
    );
}

/// The pain points, the most pressing first, with severity, votes and stage.
pub fn pain_points_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    insights: &Insights,
    chosen: &mut Option<Selection>,
) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    let shown = !insights.pain_points.is_empty();
    section(ui, words.insights_pain_points, shown, |ui| {
        capped(ui, &insights.pain_points, |ui, pain| {
            let severity = pain.severity.map_or("", |level| language.level(level));
            let votes = match pain.votes {
                0 => String::new(),
                n => language.counted(n as usize, words.vote_one, words.vote_many),
            };
            let detail = joined(&[stage_name(map, pain.stage), severity, &votes]);
            item(
                ui,
                card_text(map, pain.card),
                &detail,
                one_card(pain.card),
                chosen,
            );
        });
    });
}

/// The opportunities in a 2×2 matrix of value and effort, then those not rated.
pub fn opportunities_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    insights: &Insights,
    chosen: &mut Option<Selection>,
) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    let all = &insights.opportunities;
    section(ui, words.insights_matrix, !all.is_empty(), |ui| {
        for row in Quadrant::ALL.chunks(2) {
            ui.columns(row.len(), |columns| {
                for (ui, quadrant) in columns.iter_mut().zip(row) {
                    ui.strong(quadrant.label_in(language.code()));
                    let of_quadrant = all.iter().filter(|o| o.quadrant == Some(*quadrant));
                    opportunity_list_ui(ui, map, of_quadrant, chosen);
                }
            });
        }
        if all.iter().any(|o| o.quadrant.is_none()) {
            ui.strong(words.not_rated);
            let unrated = all.iter().filter(|o| o.quadrant.is_none());
            opportunity_list_ui(ui, map, unrated, chosen);
        }
    });
}

fn opportunity_list_ui<'a>(
    ui: &mut Ui,
    map: &JourneyMap,
    opportunities: impl Iterator<Item = &'a Opportunity>,
    chosen: &mut Option<Selection>,
) {
    capped(ui, opportunities, |ui, opportunity| {
        let text = card_text(map, opportunity.card);
        let detail = stage_name(map, opportunity.stage);
        item(ui, text, detail, one_card(opportunity.card), chosen);
    });
}
