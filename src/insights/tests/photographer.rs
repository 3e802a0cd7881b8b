//! "Relance des prospects d'une photographe de mariage": one persona, Camille,
//! six stages, 18 points. Every expected value below was read off the example
//! file (assets/examples/relance-prospects-photographe.journey.ron) by hand.

use super::{cards, close, insights_of, stage_name};
use crate::insights::{EmotionPlace, Quadrant};
use crate::model::{Channel, MomentKind};

const EXAMPLE: &str = "relance-prospects-photographe";

#[test]
fn camilles_lowest_point_is_the_late_quote_and_her_first_highest_her_friends_advice() {
    let (map, insights) = insights_of(EXAMPLE);
    let camille = &insights.personas[0];
    // Point 86 on card 22 (the PDF quote, four days late) is her only -2.
    let lowest = camille.lowest.as_ref().expect("a lowest point");
    assert_eq!(
        (lowest.point.0, lowest.card.map(|c| c.0), lowest.score),
        (86, Some(22), -2)
    );
    assert_eq!(stage_name(&map, lowest.stage), "Demande et devis");
    // Five points reach 2 (cards 16, 35, 37, 38, 40); card 16, her friend's
    // advice in Découverte, comes first along the journey.
    let highest = camille.highest.as_ref().expect("a highest point");
    assert_eq!(
        (highest.point.0, highest.card.map(|c| c.0), highest.score),
        (82, Some(16), 2)
    );
    assert_eq!(stage_name(&map, highest.stage), "Découverte");
}

#[test]
fn the_quote_stage_is_camilles_weakest_and_the_delivery_her_strongest() {
    let (map, insights) = insights_of(EXAMPLE);
    let camille = &insights.personas[0];
    // Découverte 1, 2, 1: 4/3. Demande et devis -1, 0, -2: -1. Silence et
    // relances -1, 0, 1: 0. Réservation 1, -1, 1: 1/3. Séance et jour J 2, -1,
    // 2: 1. Livraison et recommandation 2, 1, 2: 5/3.
    let expected = [4.0 / 3.0, -1.0, 0.0, 1.0 / 3.0, 1.0, 5.0 / 3.0];
    assert_eq!(camille.stage_means.len(), expected.len());
    for (mean, want) in camille.stage_means.iter().zip(expected) {
        assert!(
            close(mean.mean, want),
            "{}: {} is not {want}",
            stage_name(&map, mean.stage),
            mean.mean
        );
        assert_eq!(mean.points, 3);
    }
    assert_eq!(
        stage_name(&map, camille.weakest.expect("weakest")),
        "Demande et devis"
    );
    assert_eq!(
        stage_name(&map, camille.strongest.expect("strongest")),
        "Livraison et recommandation"
    );
    // The excerpt of her curve for the weakest stage: cards 20, 21, 22 in order.
    let excerpt: Vec<i32> = camille
        .points_in(camille.weakest.expect("weakest"))
        .map(|p| p.score)
        .collect();
    assert_eq!(excerpt, [-1, 0, -2]);
}

#[test]
fn a_moment_on_a_card_without_a_point_takes_the_stage_mean() {
    let (_, insights) = insights_of(EXAMPLE);
    use MomentKind::*;
    // Influence: card 16 (Découverte), card 31 (Silence et relances). Impact: 20
    // (Demande et devis), 38 (Livraison). Decision: 22 (Demande et devis), 28
    // (Silence et relances).
    let kinds_and_cards: Vec<(MomentKind, u32)> = insights
        .moments
        .iter()
        .map(|m| (m.kind, m.card.0))
        .collect();
    assert_eq!(
        kinds_and_cards,
        [
            (Influence, 16),
            (Influence, 31),
            (Impact, 20),
            (Impact, 38),
            (Decision, 22),
            (Decision, 28)
        ]
    );
    // Card 31, the Facebook group, has no point: Camille's mean in Silence et
    // relances (0) stands for it. The others carry a point of hers.
    let emotions: Vec<(f32, EmotionPlace)> = insights
        .moments
        .iter()
        .map(|m| (m.emotions[0].score, m.emotions[0].place))
        .collect();
    use EmotionPlace::*;
    assert_eq!(
        emotions,
        [
            (2.0, Card),
            (0.0, Stage),
            (-1.0, Card),
            (2.0, Card),
            (-2.0, Card),
            (1.0, Card)
        ]
    );
}

#[test]
fn pain_points_of_one_severity_rank_by_how_their_stage_feels() {
    let (_, insights) = insights_of(EXAMPLE);
    // Critical: 56 (Demande et devis, -1), 58 (Silence, 0). High: 59 (Silence,
    // 0), 62 (Livraison, 5/3). Medium: 57 (Demande, -1), 60 (Réservation, 1/3),
    // 55 (Découverte, 4/3), 63 (Livraison, 5/3). Low: 61.
    assert_eq!(
        cards(&insights.pain_points, |p| p.card),
        [56, 58, 59, 62, 57, 60, 55, 63, 61]
    );
}

#[test]
fn quick_wins_of_equal_rating_keep_the_journeys_order() {
    let (_, insights) = insights_of(EXAMPLE);
    // Quick wins: 65 (Critical value), then 64, 68, 72 (High value, Low effort,
    // High priority each: stages 2, 4, 7). Big bets: 67 (Critical), 71 (High).
    // Fill-ins: 66 and 73 (Medium, Low effort; stages 3 and 7), then 69 (Medium,
    // Medium effort). Money pit: 70 (Low value, High effort).
    assert_eq!(
        cards(&insights.opportunities, |o| o.card),
        [65, 64, 68, 72, 67, 71, 66, 73, 69, 70]
    );
    let quick_wins = insights
        .opportunities
        .iter()
        .filter(|o| o.quadrant == Some(Quadrant::QuickWin))
        .count();
    assert_eq!(quick_wins, 4);
    assert_eq!(Quadrant::QuickWin.label_in("fr"), "Gains rapides");
}

#[test]
fn email_is_the_busiest_channel_with_three_owners() {
    let (_, insights) = insights_of(EXAMPLE);
    let inventory = &insights.channels;
    // Touchpoints 15 to 42: 5 + 6 + 6 + 3 + 3 + 5 = 28; not the brand's: 16, 17,
    // 31, 40, 41.
    assert_eq!(inventory.totals(), (28, 23));
    assert_eq!(inventory.rows.len(), 14);
    // Email: 21 and 22 (Demande), 26 and 28 (Silence), 33 and 34 (Réservation).
    let email = inventory
        .rows
        .iter()
        .find(|r| r.channel == Channel::Email)
        .expect("email");
    assert_eq!(email.counts, [0, 2, 2, 2, 0, 0]);
    assert_eq!(
        email.owners,
        [
            "Outil CRM, automatique",
            "Léa (photographe)",
            "Inès (assistante)"
        ]
    );
    let whatsapp = Channel::Custom("WhatsApp".to_owned());
    let whatsapp = inventory
        .rows
        .iter()
        .find(|r| r.channel == whatsapp)
        .expect("WhatsApp");
    assert_eq!(cards(&whatsapp.cards, |c| *c), [29, 38]);
}

#[test]
fn the_follow_ups_typed_by_hand_cost_seven_hours_a_week() {
    let (_, insights) = insights_of(EXAMPLE);
    // 22 (quote, 3 h), 26 (day-3 email, 2.5 h), 27 (day-7 SMS, 1 h), 28 (day-21
    // email, 0.5 h), 33 (contract to print, hours unknown): 3 + 2.5 + 1 + 0.5 = 7.
    assert_eq!(
        cards(&insights.automation.candidates, |c| c.card),
        [22, 26, 27, 28, 33]
    );
    assert!(close(insights.automation.hours_per_week, 7.0));
}

#[test]
fn the_silence_after_the_quote_is_the_bottleneck() {
    let (map, insights) = insights_of(EXAMPLE);
    // Link 120 leaves from the break-up email (card 28), 44% never answer.
    let drop_outs: Vec<(u32, Option<f32>)> = insights
        .drop_outs
        .iter()
        .map(|d| (d.link.0, d.share))
        .collect();
    assert_eq!(drop_outs, [(120, Some(44.0))]);
    let bottleneck = &insights.bottlenecks[0];
    assert_eq!(stage_name(&map, bottleneck.stage), "Silence et relances");
    assert_eq!((bottleneck.drop_outs, bottleneck.share), (1, 44.0));
}

#[test]
fn four_of_the_five_measured_stages_are_below_a_target() {
    let (map, insights) = insights_of(EXAMPLE);
    // Séance et jour J has no metric card, so five stages are measured.
    let below: Vec<(&str, bool)> = insights
        .stage_metrics
        .iter()
        .map(|s| (stage_name(&map, s.stage), s.below_target()))
        .collect();
    // Découverte: referrals 28 under 40. Demande et devis: 212 requests (no
    // target) and a 4-day delay over its target of 1, so not below. Silence:
    // zombies woken 29 under 50. Réservation: 22 under 35. Livraison: reviews 20
    // under 60, NPS 71 under 80.
    assert_eq!(
        below,
        [
            ("Découverte", true),
            ("Demande et devis", false),
            ("Silence et relances", true),
            ("Réservation", true),
            ("Livraison et recommandation", true),
        ]
    );
    // Livraison gathers cards 78 then 79: delay, reviews, NPS.
    let livraison: Vec<&str> = insights.stage_metrics[4]
        .metrics
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(
        livraison,
        [
            "Délai de livraison de la galerie",
            "Couples qui laissent un avis",
            "NPS"
        ]
    );
}
