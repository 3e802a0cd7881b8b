//! Where customers leave the journey, and how each stage measures up to its
//! targets.

use std::collections::HashMap;

use super::places::Places;
use crate::model::{CardId, LaneKind, LinkId, LinkKind, StageId};

/// A drop-out link: customers leaving the journey at a card.
#[derive(Clone, Debug, PartialEq)]
pub struct DropOut {
    /// The link.
    pub link: LinkId,
    /// The card customers leave from.
    pub from: CardId,
    /// That card's stage.
    pub stage: StageId,
    /// The share of customers who leave there, in percent, when known.
    pub share: Option<f32>,
}

/// A stage where drop-out links start.
#[derive(Clone, Debug, PartialEq)]
pub struct Bottleneck {
    /// The stage.
    pub stage: StageId,
    /// How many drop-out links start at its cards.
    pub drop_outs: usize,
    /// Their known shares of customers, summed, in percent.
    pub share: f32,
}

/// One measure of a metric card, against its target.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricReading {
    /// The metric card.
    pub card: CardId,
    /// The measure's place among the card's metrics.
    pub index: usize,
    /// What is measured.
    pub name: String,
    /// The measured value.
    pub value: f64,
    /// The unit written after numbers; empty for a bare number.
    pub unit: String,
    /// The value aimed for, when set.
    pub target: Option<f64>,
}

impl MetricReading {
    /// Whether the value is under its target. A map does not say whether lower is
    /// better (hold times, delays), so this is the plain comparison.
    pub fn below_target(&self) -> bool {
        self.target.is_some_and(|target| self.value < target)
    }
}

/// The measures of one stage's metric cards.
#[derive(Clone, Debug, PartialEq)]
pub struct StageMetrics {
    /// The stage.
    pub stage: StageId,
    /// Its measures, in the order of the cards and of their metrics.
    pub metrics: Vec<MetricReading>,
}

impl StageMetrics {
    /// Whether any of the stage's measures is under its target.
    pub fn below_target(&self) -> bool {
        self.metrics.iter().any(MetricReading::below_target)
    }
}

/// Drop-out links, the largest share first (unknown shares last, then journey
/// order), and the stages they start from, the most links first (then the
/// larger share, then the earlier stage).
pub fn drop_outs(places: &Places) -> (Vec<DropOut>, Vec<Bottleneck>) {
    let mut ranked: Vec<_> = places
        .map
        .links
        .iter()
        .filter(|link| link.kind == LinkKind::DropOut)
        .filter_map(|link| {
            let card = places.card(link.from)?;
            let order = places.card_order(card)?;
            let drop_out = DropOut {
                link: link.id,
                from: card.id,
                stage: card.stage,
                share: link.share.filter(|s| s.is_finite()),
            };
            Some((order, drop_out))
        })
        .collect();
    ranked.sort_by(|(a_order, a), (b_order, b)| {
        let share = |d: &DropOut| d.share.unwrap_or(-1.0);
        share(b).total_cmp(&share(a)).then(a_order.cmp(b_order))
    });
    let drop_outs: Vec<_> = ranked.into_iter().map(|(_, d)| d).collect();
    let bottlenecks = bottlenecks(places, &drop_outs);
    (drop_outs, bottlenecks)
}

fn bottlenecks(places: &Places, drop_outs: &[DropOut]) -> Vec<Bottleneck> {
    let mut by_stage: HashMap<StageId, Bottleneck> = HashMap::new();
    for drop_out in drop_outs {
        let entry = by_stage.entry(drop_out.stage).or_insert(Bottleneck {
            stage: drop_out.stage,
            drop_outs: 0,
            share: 0.0,
        });
        entry.drop_outs += 1;
        entry.share += drop_out.share.unwrap_or(0.0);
    }
    let mut ranked: Vec<_> = by_stage.into_values().collect();
    ranked.sort_by(|a, b| {
        b.drop_outs
            .cmp(&a.drop_outs)
            .then(b.share.total_cmp(&a.share))
            .then(
                places
                    .stage_index(a.stage)
                    .cmp(&places.stage_index(b.stage)),
            )
    });
    ranked
}

/// Each stage's metric-card measures, in the stages' order; stages without
/// metric cards are left out.
pub fn stage_metrics(places: &Places) -> Vec<StageMetrics> {
    let mut by_stage: HashMap<StageId, Vec<(_, MetricReading)>> = HashMap::new();
    for card in places.cards_of_kind(LaneKind::Metrics) {
        let Some(order) = places.card_order(card) else {
            continue;
        };
        for (index, metric) in card.metrics.iter().enumerate() {
            let reading = MetricReading {
                card: card.id,
                index,
                name: metric.name.clone(),
                value: metric.value,
                unit: metric.unit.clone(),
                target: metric.target,
            };
            by_stage
                .entry(card.stage)
                .or_default()
                .push(((order, index), reading));
        }
    }
    let mut stages: Vec<_> = by_stage
        .into_iter()
        .map(|(stage, mut readings)| {
            readings.sort_by_key(|(key, _)| *key);
            StageMetrics {
                stage,
                metrics: readings.into_iter().map(|(_, r)| r).collect(),
            }
        })
        .collect();
    stages.sort_by_key(|s| places.stage_index(s.stage));
    stages
}
