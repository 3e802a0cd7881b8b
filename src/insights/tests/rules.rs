//! The rules of the analysis, each on a small map made to show it.

use super::{cards, close};
use crate::insights::Insights;
use crate::model::{
    Anchor, Card, CardId, Color, CurveId, EmotionPoint, JourneyMap, Lane, LaneId, LaneKind, Level,
    Link, LinkId, LinkKind, Metric, MomentId, MomentKind, MomentOfTruth, Persona, PersonaId,
    PointId, Stage, StageId,
};

const PAINS: LaneId = LaneId(20);
const IDEAS: LaneId = LaneId(21);
const METRICS: LaneId = LaneId(22);

/// Three stages (1, 2, 3), lanes for pain points, opportunities and metrics, and
/// a persona (10) whose curve (11) has no points yet.
fn small_map() -> JourneyMap {
    let mut map = JourneyMap::default();
    map.stages = (1..=3)
        .map(|i| Stage::new(StageId(i), format!("Stage {i}")))
        .collect();
    map.lanes = vec![
        Lane::new(PAINS, LaneKind::PainPoints),
        Lane::new(IDEAS, LaneKind::Opportunities),
        Lane::new(METRICS, LaneKind::Metrics),
    ];
    let persona = Persona::new(PersonaId(10), "Alex", Color::rgb(200, 80, 80));
    map.add_persona(persona, CurveId(11));
    map
}

fn point(map: &mut JourneyMap, id: u32, stage: u32, score: i32) {
    map.curves[0].points.push(EmotionPoint {
        id: PointId(id),
        anchor: Anchor::Stage(StageId(stage)),
        score,
        reason: String::new(),
    });
}

fn card(map: &mut JourneyMap, id: u32, lane: LaneId, stage: u32) -> &mut Card {
    map.cards.push(Card::new(
        CardId(id),
        lane,
        StageId(stage),
        format!("Card {id}"),
    ));
    map.cards.last_mut().expect("just pushed")
}

#[test]
fn of_equal_means_the_stage_with_the_lower_single_point_is_weaker() {
    let mut map = small_map();
    // Stage 1: 0 and 0. Stage 2: -2 and 2. Both have a mean of 0; stage 2 holds
    // the lower point, so it is the weaker and stage 1 the stronger. Stage 3 has
    // no point and is left out.
    for (id, stage, score) in [(30, 1, 0), (31, 1, 0), (32, 2, -2), (33, 2, 2)] {
        point(&mut map, id, stage, score);
    }
    let alex = &Insights::of(&map).personas[0];
    assert_eq!(alex.weakest, Some(StageId(2)));
    assert_eq!(alex.strongest, Some(StageId(1)));
    let stages: Vec<StageId> = alex.stage_means.iter().map(|m| m.stage).collect();
    assert_eq!(stages, [StageId(1), StageId(2)]);
}

#[test]
fn a_persona_without_points_has_no_lowest_point_nor_weakest_stage() {
    let map = small_map();
    let insights = Insights::of(&map);
    let alex = &insights.personas[0];
    assert_eq!(
        (alex.lowest.clone(), alex.weakest, alex.strongest),
        (None, None, None)
    );
    assert!(insights.is_empty());
}

#[test]
fn votes_rank_pain_points_of_one_severity_before_the_emotion_does() {
    let mut map = small_map();
    point(&mut map, 30, 1, -2);
    point(&mut map, 31, 2, 2);
    card(&mut map, 40, PAINS, 1).severity = Some(Level::High);
    let voted = card(&mut map, 41, PAINS, 2);
    voted.severity = Some(Level::High);
    voted.votes = 3;
    card(&mut map, 42, PAINS, 3).severity = Some(Level::Critical);
    card(&mut map, 43, PAINS, 1);
    // 42 is the only critical one. Of the two high ones, 41 has three votes
    // though its stage feels better (2 against -2). 43 has no severity: last.
    let insights = Insights::of(&map);
    assert_eq!(cards(&insights.pain_points, |p| p.card), [42, 41, 40, 43]);
    // Stage 3 has no point: no emotion is made up for it.
    assert_eq!(insights.pain_points[0].stage_emotion, None);
}

#[test]
fn an_opportunity_rated_on_one_axis_only_stays_out_of_the_matrix() {
    let mut map = small_map();
    card(&mut map, 40, IDEAS, 1).value = Some(Level::Critical);
    let rated = card(&mut map, 41, IDEAS, 2);
    rated.value = Some(Level::Low);
    rated.effort = Some(Level::Critical);
    let insights = Insights::of(&map);
    // 41 is a money pit (low value, critical effort); 40 has no effort yet.
    assert_eq!(cards(&insights.opportunities, |o| o.card), [41, 40]);
    assert_eq!(insights.opportunities[1].quadrant, None);
}

#[test]
fn votes_rank_opportunities_of_one_quadrant_before_their_value_does() {
    let mut map = small_map();
    for (id, value, votes) in [
        (40, Level::Critical, 0),
        (41, Level::High, 4),
        (42, Level::Low, 9),
    ] {
        let idea = card(&mut map, id, IDEAS, 1);
        idea.value = Some(value);
        idea.effort = Some(Level::Low);
        idea.votes = votes;
    }
    // 40 and 41 are quick wins: 41, with four votes, before 40 and its higher
    // value. 42 is a fill-in: its nine votes do not lift it out of its quadrant.
    let insights = Insights::of(&map);
    assert_eq!(cards(&insights.opportunities, |o| o.card), [41, 40, 42]);
}

#[test]
fn drop_outs_of_unknown_share_come_last_and_bottlenecks_count_links() {
    let mut map = small_map();
    for (id, stage) in [(40, 1), (41, 2), (42, 2)] {
        card(&mut map, id, PAINS, stage);
    }
    let drop_out = |id: u32, from: u32, share: Option<f32>| Link {
        id: LinkId(id),
        from: CardId(from),
        to: None,
        kind: LinkKind::DropOut,
        label: String::new(),
        share,
    };
    map.links = vec![
        drop_out(50, 41, None),
        drop_out(51, 42, Some(5.0)),
        drop_out(52, 40, Some(30.0)),
    ];
    let insights = Insights::of(&map);
    let links: Vec<u32> = insights.drop_outs.iter().map(|d| d.link.0).collect();
    assert_eq!(links, [52, 51, 50]);
    // Stage 2 has two drop-outs (5% and one unknown), stage 1 one of 30%: the
    // count decides.
    let stages: Vec<(StageId, usize)> = insights
        .bottlenecks
        .iter()
        .map(|b| (b.stage, b.drop_outs))
        .collect();
    assert_eq!(stages, [(StageId(2), 2), (StageId(1), 1)]);
    assert!(close(insights.bottlenecks[0].share, 5.0));
}

#[test]
fn a_metric_at_its_target_is_not_below_it() {
    let mut map = small_map();
    let metric = |value, target| Metric {
        name: "CSAT".to_owned(),
        value,
        unit: String::new(),
        target,
        source: String::new(),
    };
    card(&mut map, 40, METRICS, 1).metrics = vec![metric(4.0, Some(4.0)), metric(2.0, None)];
    card(&mut map, 41, METRICS, 2).metrics = vec![metric(3.9, Some(4.0))];
    let insights = Insights::of(&map);
    let below: Vec<bool> = insights
        .stage_metrics
        .iter()
        .map(|s| s.below_target())
        .collect();
    assert_eq!(below, [false, true]);
}

#[test]
fn elements_that_refer_to_nothing_are_left_out_without_a_panic() {
    let mut map = small_map();
    card(&mut map, 40, PAINS, 99).severity = Some(Level::High);
    card(&mut map, 41, LaneId(98), 1).manual_work = true;
    map.curves[0].points.push(EmotionPoint {
        id: PointId(30),
        anchor: Anchor::Card(CardId(97)),
        score: -2,
        reason: String::new(),
    });
    map.moments.push(MomentOfTruth {
        id: MomentId(50),
        card: CardId(96),
        kind: MomentKind::Decision,
        note: String::new(),
    });
    let insights = Insights::of(&map);
    assert!(insights.pain_points.is_empty(), "card 40 is at no stage");
    assert!(
        insights.personas[0].lowest.is_none(),
        "the point is on no card"
    );
    assert!(insights.moments.is_empty());
    // Card 41's lane does not exist, but its stage does: its manual work counts.
    assert_eq!(cards(&insights.automation.candidates, |c| c.card), [41]);
}
