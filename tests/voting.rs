//! Dot voting in the editor: vote mode's dots added, taken away and undone one
//! by one, the dots each participant may place, the Top voted list, and the
//! count in an export.

#[allow(dead_code)]
mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::export::{self, ExportRequest, Format, Pages};
use parcours::lang::Language;
use parcours::model::*;
use parcours::scene::{Shape, VOTE_DOT};
use parcours::ui::{ParcoursApp, Selection};

use common::svg::svg_texts;
use common::workshop::*;

fn votes_of(harness: &Harness<'_, ParcoursApp>, id: CardId) -> u32 {
    map_of(harness).card(id).expect("the card").votes
}

/// The vote dots the canvas paints: the scene's red discs.
fn dots_drawn(harness: &Harness<'_, ParcoursApp>) -> usize {
    let scene = harness.state().drawn_scene().expect("the canvas painted");
    scene
        .shapes
        .iter()
        .filter(|shape| matches!(shape, Shape::Circle { fill, .. } if *fill == VOTE_DOT))
        .count()
}

#[test]
fn in_vote_mode_clicks_add_dots_shift_clicks_remove_them_and_each_undoes() {
    let (map, ids) = map_with_cards(&["Sees an ad", "Reads reviews"]);
    let mut harness = harness(map);
    harness.key_press(Key::V);
    harness.run_steps(2);
    assert!(harness.state().canvas.voting, "V turns vote mode on");

    let card = card_center(&harness, ids[1]);
    for _ in 0..3 {
        click_with(&mut harness, card, Modifiers::NONE);
    }
    assert_eq!(votes_of(&harness, ids[1]), 3);
    assert_eq!(votes_of(&harness, ids[0]), 0);
    assert_eq!(dots_drawn(&harness), 3, "three dots on the card");
    assert_eq!(
        map_of(&harness).cards.len(),
        2,
        "clicks moved or added nothing"
    );

    click_with(&mut harness, card, Modifiers::SHIFT);
    assert_eq!(
        votes_of(&harness, ids[1]),
        2,
        "Shift-click takes a dot away"
    );
    assert_eq!(
        harness.state().document().undo_label(Language::English),
        Some("vote")
    );
    undo(&mut harness);
    assert_eq!(votes_of(&harness, ids[1]), 3, "undo gives the dot back");
    for expected in [2, 1, 0] {
        undo(&mut harness);
        assert_eq!(votes_of(&harness, ids[1]), expected, "one undo step a vote");
    }
    assert_eq!(dots_drawn(&harness), 0);
}

#[test]
fn the_toggle_above_the_palette_turns_vote_mode_on_and_off() {
    let (map, ids) = map_with_cards(&["Sees an ad"]);
    let mut harness = harness(map);
    harness.get_by_label("Dot voting").click_accesskit();
    harness.run_steps(2);
    let at = card_center(&harness, ids[0]);
    click_with(&mut harness, at, Modifiers::NONE);
    assert_eq!(votes_of(&harness, ids[0]), 1);

    harness.get_by_label("Dot voting").click_accesskit();
    harness.run_steps(2);
    let at = card_center(&harness, ids[0]);
    click_with(&mut harness, at, Modifiers::NONE);
    assert_eq!(
        votes_of(&harness, ids[0]),
        1,
        "out of vote mode a click only selects"
    );
    assert_eq!(harness.state().selection, Selection::Cards(vec![ids[0]]));
}

/// Clicks the number field labelled `label`, types `digits` over its value and
/// presses Enter.
fn type_number(harness: &mut Harness<'_, ParcoursApp>, label: &str, digits: &str) {
    harness.get_by_label(label).click();
    harness.run_steps(2);
    harness.get_by_label(label).type_text(digits);
    harness.run_steps(2);
    harness.key_press(Key::Enter);
    harness.run_steps(2);
}

#[test]
fn each_participant_places_their_dots_and_no_more() {
    let (map, ids) = map_with_cards(&["Sees an ad"]);
    let mut harness = harness(map);
    harness.key_press(Key::V);
    harness.run_steps(2);
    type_number(&mut harness, "Dots per participant", "2");
    assert!(harness.query_by_label("2 of 2 dots left").is_some());

    let card = card_center(&harness, ids[0]);
    for _ in 0..3 {
        click_with(&mut harness, card, Modifiers::NONE);
    }
    assert_eq!(votes_of(&harness, ids[0]), 2, "a third dot is refused");
    assert!(harness.query_by_label("0 of 2 dots left").is_some());

    harness.get_by_label("Next participant").click();
    harness.run_steps(2);
    click_with(&mut harness, card, Modifiers::NONE);
    assert_eq!(votes_of(&harness, ids[0]), 3);
    assert!(harness.query_by_label("1 of 2 dots left").is_some());
    undo(&mut harness);
    assert!(
        harness.query_by_label("2 of 2 dots left").is_some(),
        "undoing a vote gives its dot back"
    );
}

#[test]
fn more_than_five_votes_show_as_a_number() {
    let (mut map, ids) = map_with_cards(&["Sees an ad", "Reads reviews"]);
    map.cards[0].votes = 7;
    map.cards[1].votes = 5;
    let harness = harness(map);
    assert_eq!(dots_drawn(&harness), 5, "five dots, and a number for seven");
    let scene = harness.state().drawn_scene().expect("painted");
    let seven = scene
        .shapes
        .iter()
        .any(|shape| matches!(shape, Shape::Text(text) if text.lines.join("") == "7"));
    assert!(seven, "the count of {:?} is written", ids[0]);
}

#[test]
fn the_top_voted_list_ranks_cards_and_a_click_selects_one() {
    let (mut map, ids) = map_with_cards(&["Sees an ad", "Reads reviews", "Calls"]);
    map.cards[0].votes = 1;
    map.cards[1].votes = 4;
    let mut harness = harness(map);
    assert!(harness.query_by_label("Top voted").is_some());
    assert!(
        harness.query_by_label_contains("· Calls").is_none(),
        "a card without votes is not listed"
    );
    let first = harness.get_by_label("4 votes · Reads reviews").rect().top();
    let second = harness.get_by_label("1 vote · Sees an ad").rect().top();
    assert!(first < second, "the most voted comes first");

    harness.get_by_label("4 votes · Reads reviews").click();
    harness.run_steps(3);
    assert_eq!(harness.state().selection, Selection::Cards(vec![ids[1]]));
}

#[test]
fn a_card_picked_in_the_top_voted_list_comes_into_view() {
    let mut map = lifecycle();
    let lane = touchpoint_lane(&map);
    let last_stage = map.stages[5].id;
    let id = CardId(map.next_free_id());
    let mut card = Card::new(id, lane, last_stage, "Tells a friend");
    card.votes = 6;
    map.cards.push(card);
    let mut harness = harness(map);
    for _ in 0..6 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
        harness.run_steps(2);
    }
    let out_of_view = |harness: &Harness<'_, ParcoursApp>| {
        let screen = harness.state().view.screen;
        !screen.contains(card_center(harness, id))
    };
    assert!(out_of_view(&harness), "zoomed in on the middle of the map");

    harness.get_by_label("6 votes · Tells a friend").click();
    harness.run_steps(3);
    assert_eq!(harness.state().selection, Selection::Cards(vec![id]));
    assert!(
        !out_of_view(&harness),
        "the picked card is brought into view"
    );
}

#[test]
fn an_exported_svg_shows_a_cards_vote_count_on_the_map_and_on_every_slide_of_its_stage() {
    let (mut map, _) = map_with_cards(&["Sees an ad"]);
    let count_shown = |map: &JourneyMap, pages: Pages| {
        let request = ExportRequest::new(Format::Svg, pages);
        export::pages(map, &request)
            .iter()
            .filter(|page| {
                let svg = export::render_page(map, page, &request).expect("an SVG");
                svg_texts(&svg).iter().any(|text| text == "12")
            })
            .count()
    };
    map.cards[0].votes = 12;
    assert_eq!(
        count_shown(&map, Pages::WholeMap),
        1,
        "12 votes read in the SVG"
    );
    assert!(
        count_shown(&map, Pages::Slides) >= 2,
        "the overview and the stage's slide show the count"
    );

    map.cards[0].votes = 0;
    assert_eq!(count_shown(&map, Pages::WholeMap), 0);
    assert_eq!(count_shown(&map, Pages::Slides), 0);
}
