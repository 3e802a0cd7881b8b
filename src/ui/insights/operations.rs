//! The sections about how the journey is run: the touchpoints by channel and
//! stage, the manual work to automate, where customers drop out, and the stage
//! metrics that miss their targets.

use egui::{RichText, Ui};

use super::item::{capped, card_text, item, joined, number, one_card, section, stage_name};
use crate::insights::{ChannelRow, Insights};
use crate::lang::fill;
use crate::model::JourneyMap;
use crate::ui::selection::Selection;

/// Each channel with its touchpoints in all, brand-controlled, by stage and owners.
pub fn channels_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    insights: &Insights,
    chosen: &mut Option<Selection>,
) {
    let words = crate::ui::words(ui.ctx());
    let inventory = &insights.channels;
    section(
        ui,
        words.insights_channels,
        !inventory.rows.is_empty(),
        |ui| {
            capped(ui, &inventory.rows, |ui, row| {
                channel_ui(ui, map, &inventory.stages, row, chosen);
            });
        },
    );
}

fn channel_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    stages: &[crate::model::StageId],
    row: &ChannelRow,
    chosen: &mut Option<Selection>,
) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    let summary = fill(
        words.channel_summary,
        &[&row.total(), &row.brand_controlled],
    );
    let cards = Selection::Cards(row.cards.clone());
    item(ui, language.channel(&row.channel), &summary, cards, chosen);
    let by_stage: Vec<String> = stages
        .iter()
        .zip(&row.counts)
        .filter(|(_, count)| **count > 0)
        .map(|(stage, count)| [stage_name(map, *stage), &count.to_string()].join(" "))
        .collect();
    ui.label(RichText::new(by_stage.join(" · ")).small());
    if !row.owners.is_empty() {
        let owners = fill(words.owners_are, &[&row.owners.join(", ")]);
        ui.label(RichText::new(owners).small());
    }
}

/// The manual work, the most hours first, with the hours summed.
pub fn automation_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    insights: &Insights,
    chosen: &mut Option<Selection>,
) {
    let words = crate::ui::words(ui.ctx());
    let automation = &insights.automation;
    let shown = !automation.candidates.is_empty();
    section(ui, words.insights_automation, shown, |ui| {
        let total = number(ui, f64::from(automation.hours_per_week));
        ui.label(fill(words.hours_in_all, &[&total]));
        capped(ui, &automation.candidates, |ui, candidate| {
            let hours = match candidate.hours_per_week {
                Some(hours) => fill(words.hours_a_week, &[&number(ui, f64::from(hours))]),
                None => words.hours_unknown.to_owned(),
            };
            let detail = joined(&[stage_name(map, candidate.stage), &hours]);
            let text = card_text(map, candidate.card);
            item(ui, text, &detail, one_card(candidate.card), chosen);
        });
    });
}

/// The drop-out links, the largest share first, then the stages they start at.
pub fn drop_outs_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    insights: &Insights,
    chosen: &mut Option<Selection>,
) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    section(
        ui,
        words.insights_drop_outs,
        !insights.drop_outs.is_empty(),
        |ui| {
            capped(ui, &insights.drop_outs, |ui, drop_out| {
                let label = map
                    .links
                    .iter()
                    .find(|l| l.id == drop_out.link)
                    .map_or("", |l| l.label.as_str());
                let share = drop_out
                    .share
                    .map(|share| language.percent(f64::from(share)))
                    .unwrap_or_default();
                let detail = joined(&[label, &share]);
                let text = card_text(map, drop_out.from);
                item(ui, text, &detail, Selection::Link(drop_out.link), chosen);
            });
            ui.separator();
            capped(ui, &insights.bottlenecks, |ui, bottleneck| {
                let count = bottleneck.drop_outs;
                let count = language.counted(count, words.drop_out_one, words.drop_out_many);
                let share = language.percent(f64::from(bottleneck.share));
                let detail = joined(&[&count, &share]);
                let stage = bottleneck.stage;
                item(
                    ui,
                    stage_name(map, stage),
                    &detail,
                    Selection::Stage(stage),
                    chosen,
                );
            });
        },
    );
}

/// The metrics below their targets, stage by stage.
pub fn metrics_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    insights: &Insights,
    chosen: &mut Option<Selection>,
) {
    let words = crate::ui::words(ui.ctx());
    let metrics = &insights.stage_metrics;
    section(ui, words.insights_metrics, !metrics.is_empty(), |ui| {
        if !metrics.iter().any(|m| m.below_target()) {
            ui.label(words.metrics_on_target);
        }
        capped(
            ui,
            metrics.iter().filter(|m| m.below_target()),
            |ui, stage| {
                ui.strong(stage_name(map, stage.stage));
                capped(
                    ui,
                    stage.metrics.iter().filter(|r| r.below_target()),
                    |ui, reading| {
                        let measured =
                            |value: f64| [number(ui, value), reading.unit.clone()].concat();
                        let target = reading.target.map(measured).unwrap_or_default();
                        let arguments: [&dyn std::fmt::Display; 3] =
                            [&reading.name, &measured(reading.value), &target];
                        let text = fill(words.metric_below_target, &arguments);
                        let detail = card_text(map, reading.card);
                        item(ui, &text, detail, one_card(reading.card), chosen);
                    },
                );
            },
        );
    });
}
