//! Cards worth acting on: moments of truth, pain points, opportunities and
//! manual work.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::emotion::{EmotionAt, PersonaInsights, emotion_at};
use super::places::Places;
use crate::model::{Card, CardId, LaneKind, Level, MomentId, MomentKind, StageId, is_french};

/// A moment of truth with how each persona feels there.
#[derive(Clone, Debug, PartialEq)]
pub struct MomentInsight {
    /// The moment.
    pub moment: MomentId,
    /// The card it is marked on.
    pub card: CardId,
    /// The card's stage.
    pub stage: StageId,
    /// Influence, impact or decision.
    pub kind: MomentKind,
    /// Each persona's emotion at the card, for personas with points there or at its stage.
    pub emotions: Vec<EmotionAt>,
}

/// A pain point card and what ranks it.
#[derive(Clone, Debug, PartialEq)]
pub struct PainPoint {
    /// The card.
    pub card: CardId,
    /// Its stage.
    pub stage: StageId,
    /// How severe it is; unrated ones come after every rated one.
    pub severity: Option<Level>,
    /// Dot votes from the workshop.
    pub votes: u32,
    /// The mean of every persona's points at the stage, when there are points.
    pub stage_emotion: Option<f32>,
}

/// The four corners of the value/effort matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Quadrant {
    /// High value, low effort: do first.
    QuickWin,
    /// High value, high effort: plan.
    BigBet,
    /// Low value, low effort: when there is time.
    FillIn,
    /// Low value, high effort: avoid.
    MoneyPit,
}

impl Quadrant {
    /// Every quadrant, in the order they are dealt with.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWin,
        Quadrant::BigBet,
        Quadrant::FillIn,
        Quadrant::MoneyPit,
    ];

    /// Where an opportunity of this value and effort falls: `High` and
    /// `Critical` count as high, `Low` and `Medium` as low.
    pub fn of(value: Level, effort: Level) -> Self {
        match (value >= Level::High, effort >= Level::High) {
            (true, false) => Quadrant::QuickWin,
            (true, true) => Quadrant::BigBet,
            (false, false) => Quadrant::FillIn,
            (false, true) => Quadrant::MoneyPit,
        }
    }

    /// The quadrant's name in the map's language.
    pub fn label_in(self, language: &str) -> &'static str {
        match (self, is_french(language)) {
            (Quadrant::QuickWin, false) => "Quick wins",
            (Quadrant::BigBet, false) => "Big bets",
            (Quadrant::FillIn, false) => "Fill-ins",
            (Quadrant::MoneyPit, false) => "Money pits",
            (Quadrant::QuickWin, true) => "Gains rapides",
            (Quadrant::BigBet, true) => "Grands projets",
            (Quadrant::FillIn, true) => "Petits plus",
            (Quadrant::MoneyPit, true) => "Gouffres",
        }
    }
}

/// An opportunity card with its rating.
#[derive(Clone, Debug, PartialEq)]
pub struct Opportunity {
    /// The card.
    pub card: CardId,
    /// Its stage.
    pub stage: StageId,
    /// What it would bring, when rated.
    pub value: Option<Level>,
    /// What it would cost, when rated.
    pub effort: Option<Level>,
    /// Its priority, when set.
    pub priority: Option<Level>,
    /// Dot votes from the workshop.
    pub votes: u32,
    /// Its corner of the matrix; `None` until both value and effort are rated.
    pub quadrant: Option<Quadrant>,
}

/// Manual, repeated work, as a list and a total.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Automation {
    /// The cards marked as manual work, the most hours first, unknown hours last.
    pub candidates: Vec<AutomationCandidate>,
    /// The hours a week of the candidates whose hours are known, summed.
    pub hours_per_week: f32,
}

/// One card of manual, repeated work.
#[derive(Clone, Debug, PartialEq)]
pub struct AutomationCandidate {
    /// The card.
    pub card: CardId,
    /// Its stage.
    pub stage: StageId,
    /// The hours it takes a week, when known.
    pub hours_per_week: Option<f32>,
}

/// Moments of truth by kind, in journey order within a kind.
pub fn moments(places: &Places, personas: &[PersonaInsights]) -> Vec<MomentInsight> {
    let mut moments: Vec<_> = places
        .map
        .moments
        .iter()
        .filter_map(|moment| {
            let card = places.card(moment.card)?;
            let order = places.card_order(card)?;
            let kind_rank = MomentKind::ALL.iter().position(|k| *k == moment.kind);
            let insight = MomentInsight {
                moment: moment.id,
                card: card.id,
                stage: card.stage,
                kind: moment.kind,
                emotions: emotion_at(personas, card.id, card.stage),
            };
            Some(((kind_rank, order), insight))
        })
        .collect();
    moments.sort_by_key(|(key, _)| *key);
    moments.into_iter().map(|(_, insight)| insight).collect()
}

/// Pain points ranked: by severity, then votes, then the lower emotion at their
/// stage (stages without points after), then journey order.
pub fn pain_points(places: &Places, stage_emotion: &HashMap<StageId, f32>) -> Vec<PainPoint> {
    let mut ranked: Vec<_> = places
        .cards_of_kind(LaneKind::PainPoints)
        .filter_map(|card| {
            let point = PainPoint {
                card: card.id,
                stage: card.stage,
                severity: card.severity,
                votes: card.votes,
                stage_emotion: stage_emotion.get(&card.stage).copied(),
            };
            Some((places.card_order(card)?, point))
        })
        .collect();
    ranked.sort_by(|(a_order, a), (b_order, b)| {
        b.severity
            .cmp(&a.severity)
            .then(b.votes.cmp(&a.votes))
            .then(emotion_rank(a.stage_emotion).total_cmp(&emotion_rank(b.stage_emotion)))
            .then(a_order.cmp(b_order))
    });
    ranked.into_iter().map(|(_, point)| point).collect()
}

/// Lower emotion first, no emotion last.
fn emotion_rank(emotion: Option<f32>) -> f32 {
    emotion.unwrap_or(f32::INFINITY)
}

/// Opportunities by quadrant (unrated last), then more votes, higher value,
/// lower effort, higher priority, then journey order.
pub fn opportunities(places: &Places) -> Vec<Opportunity> {
    let mut ranked: Vec<_> = places
        .cards_of_kind(LaneKind::Opportunities)
        .filter_map(|card| Some((places.card_order(card)?, opportunity(card))))
        .collect();
    ranked.sort_by_key(|(order, o)| {
        (
            o.quadrant.is_none(),
            o.quadrant,
            Reverse(o.votes),
            Reverse(o.value),
            o.effort.is_none(),
            o.effort,
            Reverse(o.priority),
            *order,
        )
    });
    ranked.into_iter().map(|(_, o)| o).collect()
}

fn opportunity(card: &Card) -> Opportunity {
    Opportunity {
        card: card.id,
        stage: card.stage,
        value: card.value,
        effort: card.effort,
        priority: card.priority,
        votes: card.votes,
        quadrant: card.value.zip(card.effort).map(|(v, e)| Quadrant::of(v, e)),
    }
}

/// Cards marked as manual work, in any lane: the most hours a week first.
pub fn automation(places: &Places) -> Automation {
    let mut ranked: Vec<_> = places
        .map
        .cards
        .iter()
        .filter(|card| card.manual_work)
        .filter_map(|card| {
            let candidate = AutomationCandidate {
                card: card.id,
                stage: card.stage,
                hours_per_week: card.hours_per_week.filter(|h| h.is_finite()),
            };
            Some((places.card_order(card)?, candidate))
        })
        .collect();
    ranked.sort_by(|(a_order, a), (b_order, b)| {
        let hours = |c: &AutomationCandidate| c.hours_per_week.unwrap_or(-1.0);
        hours(b).total_cmp(&hours(a)).then(a_order.cmp(b_order))
    });
    let candidates: Vec<_> = ranked.into_iter().map(|(_, c)| c).collect();
    Automation {
        hours_per_week: candidates.iter().filter_map(|c| c.hours_per_week).sum(),
        candidates,
    }
}
