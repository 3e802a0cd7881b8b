//! What the map says once the workshop is over: where each persona suffers most,
//! the weakest and strongest stages, the pain points and opportunities to deal
//! with first, who touches the customer through which channel, what could be
//! automated, where customers drop out and which measures miss their targets.
//!
//! Pure: computed from a [`JourneyMap`] alone, with no egui. Every item carries
//! the id of the element it is about (card, stage, link, persona), so that a
//! panel can select it and bring it into view; names and texts are read from the
//! map when shown. [`markdown`], [`csv`] and [`json`] write the analysis out for
//! `parcours insights`.

mod cards;
pub mod csv;
mod emotion;
mod flow;
mod inventory;
pub mod json;
pub mod markdown;
mod names;
mod overlay;
mod places;

#[cfg(test)]
mod tests;

pub use cards::{Automation, AutomationCandidate, MomentInsight, Opportunity, PainPoint, Quadrant};
pub use emotion::{CurvePoint, EmotionAt, EmotionPlace, PersonaInsights, StageMean};
pub use flow::{Bottleneck, DropOut, MetricReading, StageMetrics};
pub use inventory::{ChannelInventory, ChannelRow};
pub use names::number;
pub use overlay::StageMark;

use crate::model::JourneyMap;
use places::Places;

/// The analysis of one map, each part in the order a consultant reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Insights {
    /// Per persona, in the map's order: the curve's lowest and highest points and
    /// the mean emotion of each stage.
    pub personas: Vec<PersonaInsights>,
    /// Moments of truth by kind (influence, impact, decision), each in journey order.
    pub moments: Vec<MomentInsight>,
    /// Pain points, the most pressing first.
    pub pain_points: Vec<PainPoint>,
    /// Opportunities, quick wins first, then big bets, fill-ins, money pits and
    /// those not rated yet.
    pub opportunities: Vec<Opportunity>,
    /// The touchpoint inventory: channels by stages.
    pub channels: ChannelInventory,
    /// Manual, repeated work, the most hours first.
    pub automation: Automation,
    /// Drop-out links, the largest share of customers first.
    pub drop_outs: Vec<DropOut>,
    /// Stages where drop-out links start, the most first.
    pub bottlenecks: Vec<Bottleneck>,
    /// The measures of metric cards, stage by stage.
    pub stage_metrics: Vec<StageMetrics>,
}

impl Insights {
    /// Analyses `map`. Elements that refer to nothing (in a map that does not
    /// validate) are left out rather than guessed at.
    pub fn of(map: &JourneyMap) -> Self {
        let places = Places::new(map);
        let personas = emotion::personas(&places);
        let stage_emotion = emotion::stage_emotion(&places);
        let (drop_outs, bottlenecks) = flow::drop_outs(&places);
        Self {
            moments: cards::moments(&places, &personas),
            pain_points: cards::pain_points(&places, &stage_emotion),
            opportunities: cards::opportunities(&places),
            channels: inventory::channels(&places),
            automation: cards::automation(&places),
            drop_outs,
            bottlenecks,
            stage_metrics: flow::stage_metrics(&places),
            personas,
        }
    }

    /// Whether the map gave nothing to analyse: no points, cards of note or links.
    pub fn is_empty(&self) -> bool {
        self.personas.iter().all(|p| p.stage_means.is_empty())
            && self.moments.is_empty()
            && self.pain_points.is_empty()
            && self.opportunities.is_empty()
            && self.channels.rows.is_empty()
            && self.automation.candidates.is_empty()
            && self.drop_outs.is_empty()
            && self.stage_metrics.is_empty()
    }
}
