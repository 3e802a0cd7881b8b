//! Running a workshop in the editor: cards captured from the keyboard as fast
//! as people talk, and dot votes placed, taken back and undone.

#[allow(dead_code)]
mod common;

use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::edit::Document;
use parcours::export::{self, ExportRequest, Format, Pages};
use parcours::lang::Language;
use parcours::layout::MapLayout;
use parcours::model::*;
use parcours::scene::{Shape, VOTE_DOT};
use parcours::ui::{ParcoursApp, Selection};
use resvg::usvg;

use common::ScriptedDialogs;

/// The lifecycle template: six stages, a touchpoint lane, no cards.
fn lifecycle() -> JourneyMap {
    parcours::templates::find("lifecycle")
        .expect("the lifecycle template")
        .load("en")
        .expect("it loads")
}

fn touchpoint_lane(map: &JourneyMap) -> LaneId {
    map.lanes
        .iter()
        .find(|l| l.kind == LaneKind::Touchpoints)
        .expect("a touchpoint lane")
        .id
}

/// The lifecycle template with one touchpoint per text, in stage 1.
fn map_with_cards(texts: &[&str]) -> (JourneyMap, Vec<CardId>) {
    let mut map = lifecycle();
    let lane = touchpoint_lane(&map);
    let ids = texts
        .iter()
        .map(|text| {
            let id = CardId(map.next_free_id());
            map.cards.push(Card::new(id, lane, map.stages[0].id, *text));
            id
        })
        .collect();
    (map, ids)
}

fn harness(map: JourneyMap) -> Harness<'static, ParcoursApp> {
    let app = ParcoursApp::new(
        Document::new_unsaved(map),
        Box::new(ScriptedDialogs::default()),
        Vec::new(),
    );
    common::editor_harness(app)
}

fn map_of<'h>(harness: &'h Harness<'_, ParcoursApp>) -> &'h JourneyMap {
    &harness.state().document().map
}

fn on_screen(harness: &Harness<'_, ParcoursApp>, pos_in_map: Pos2) -> Pos2 {
    harness.state().view.screen_from_map * pos_in_map
}

fn card_center(harness: &Harness<'_, ParcoursApp>, id: CardId) -> Pos2 {
    let layout = MapLayout::new(map_of(harness));
    let rect = *layout.cards.get(&id).expect("the card is laid out");
    on_screen(harness, rect.center())
}

/// The centre of the cell of `stage` and `lane`, on screen.
fn cell_on_screen(harness: &Harness<'_, ParcoursApp>, stage: StageId, lane: LaneId) -> Pos2 {
    let layout = MapLayout::new(map_of(harness));
    let x = layout.stage(stage).expect("laid out").rect.center().x;
    let y = layout.lane(lane).expect("laid out").rect.center().y;
    on_screen(harness, Pos2::new(x, y))
}

/// Presses and releases the primary button at `pos`, with `modifiers` held.
fn click_with(harness: &mut Harness<'_, ParcoursApp>, pos: Pos2, modifiers: Modifiers) {
    harness.hover_at(pos);
    harness.step();
    harness.event(Event::ModifiersChanged(modifiers));
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers,
        });
    }
    harness.event(Event::ModifiersChanged(Modifiers::NONE));
    // Far apart in time: two clicks, not a double-click.
    harness.run_steps(30);
}

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

fn undo(harness: &mut Harness<'_, ParcoursApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
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

/// Every string of text in an SVG, as usvg reads it back.
fn svg_texts(svg: &[u8]) -> Vec<String> {
    let mut options = usvg::Options::default();
    options
        .fontdb_mut()
        .load_font_data(parcours::fonts::REGULAR.to_vec());
    let tree = usvg::Tree::from_data(svg, &options).expect("the SVG parses");
    let mut texts = Vec::new();
    collect_texts(tree.root(), &mut texts);
    texts
}

fn collect_texts(group: &usvg::Group, texts: &mut Vec<String>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(group) => collect_texts(group, texts),
            usvg::Node::Text(text) => texts.push(text.chunks().iter().map(|c| c.text()).collect()),
            _ => {}
        }
    }
}

#[test]
fn an_exported_svg_shows_a_cards_vote_count() {
    let (mut map, _) = map_with_cards(&["Sees an ad"]);
    map.cards[0].votes = 12;
    let request = ExportRequest::new(Format::Svg, Pages::WholeMap);
    let page = &export::pages(&map, &request)[0];
    let svg = export::render_page(&map, page, &request).expect("an SVG");
    assert!(
        svg_texts(&svg).iter().any(|text| text == "12"),
        "12 votes read in the SVG"
    );

    map.cards[0].votes = 0;
    let page = &export::pages(&map, &request)[0];
    let svg = export::render_page(&map, page, &request).expect("an SVG");
    assert!(!svg_texts(&svg).iter().any(|text| text == "12"));
}

/// Counts the keys pressed that are not text: Enter, Tab, Escape.
#[derive(Default)]
struct Keys {
    not_text: usize,
}

impl Keys {
    fn press(&mut self, harness: &mut Harness<'_, ParcoursApp>, modifiers: Modifiers, key: Key) {
        self.not_text += 1;
        harness.key_press_modifiers(modifiers, key);
        harness.run_steps(2);
    }
}

/// Types `text` a letter at a time, as a keyboard sends it.
fn type_text(harness: &mut Harness<'_, ParcoursApp>, text: &str) {
    for letter in text.chars() {
        harness.event(Event::Text(letter.to_string()));
        harness.step();
    }
}

/// What people said in a workshop, stage by stage: 20 touchpoints over the six
/// stages of the lifecycle template.
const SAID: [&[&str]; 6] = [
    &[
        "Sees an ad",
        "Hears from a friend",
        "Reads a blog post",
        "Finds us on search",
    ],
    &["Compares prices", "Reads reviews", "Asks in a forum"],
    &[
        "Visits the shop",
        "Pays online",
        "Gets a receipt",
        "Downloads the app",
    ],
    &["Receives the parcel", "Calls support", "Chats with the bot"],
    &["Gets a newsletter", "Renews the plan", "Joins the club"],
    &["Writes a review", "Tells a friend", "Shares on social"],
];

#[test]
fn a_six_stage_map_of_twenty_touchpoints_is_captured_with_the_keyboard_alone() {
    let map = lifecycle();
    assert_eq!(map.stages.len(), 6);
    let lane = touchpoint_lane(&map);
    let stages: Vec<StageId> = map.stages.iter().map(|s| s.id).collect();
    let mut harness = harness(map);
    // The one gesture: a click on the first stage's touchpoint cell.
    let at = cell_on_screen(&harness, stages[0], lane);
    click_with(&mut harness, at, Modifiers::NONE);

    let mut keys = Keys::default();
    for (stage, cards) in SAID.iter().enumerate() {
        for (i, text) in cards.iter().enumerate() {
            type_text(&mut harness, text);
            let last_of_stage = i + 1 == cards.len();
            match (last_of_stage, stage + 1 == SAID.len()) {
                // Tab keeps the card and goes on to the next stage's cell.
                (true, false) => keys.press(&mut harness, Modifiers::NONE, Key::Tab),
                // Enter keeps the card and starts the next in the same cell.
                _ => keys.press(&mut harness, Modifiers::NONE, Key::Enter),
            }
        }
    }
    keys.press(&mut harness, Modifiers::NONE, Key::Escape);

    let map = map_of(&harness);
    for (stage, cards) in SAID.iter().enumerate() {
        let captured: Vec<&str> = map
            .cards
            .iter()
            .filter(|c| c.stage == stages[stage] && c.lane == lane)
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(captured, *cards, "stage {}", stage + 1);
    }
    assert_eq!(map.cards.len(), 20, "no empty card was left behind");
    assert!(
        keys.not_text <= 20 + 1,
        "{} keys besides the text for 20 cards",
        keys.not_text
    );
    for _ in 0..20 {
        undo(&mut harness);
    }
    assert!(map_of(&harness).cards.is_empty(), "one undo step a card");
}

#[test]
fn a_dropped_card_named_at_once_is_one_undo_step_and_enter_starts_the_next() {
    let map = lifecycle();
    let lane = touchpoint_lane(&map);
    let stage = map.stages[1].id;
    let mut harness = harness(map);
    let source = harness.get_by_label("Palette: ✉ Email").rect().center();
    let target = cell_on_screen(&harness, stage, lane);
    harness.hover_at(source);
    harness.step();
    harness.drag_at(source);
    harness.step();
    for i in 1..=5 {
        harness.hover_at(source + (target - source) * (i as f32 / 5.0));
        harness.step();
    }
    harness.event(Event::PointerButton {
        pos: target,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(4);

    type_text(&mut harness, "Renewal offer");
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    type_text(&mut harness, "Reminder");
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    harness.key_press(Key::Escape);
    harness.run_steps(2);

    let texts: Vec<&str> = map_of(&harness)
        .cards
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["Renewal offer", "Reminder"]);
    assert_eq!(map_of(&harness).cards[0].channel, Some(Channel::Email));
    undo(&mut harness);
    undo(&mut harness);
    assert!(
        map_of(&harness).cards.is_empty(),
        "the drop and its name are one step"
    );
}

#[test]
fn ctrl_and_the_arrows_move_between_cells_and_typing_starts_a_card_there() {
    let (map, ids) = map_with_cards(&["Sees an ad"]);
    let second_stage = map.stages[1].id;
    let lane = touchpoint_lane(&map);
    let mut harness = harness(map);
    let at = card_center(&harness, ids[0]);
    click_with(&mut harness, at, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run_steps(2);
    let below = match harness.state().selection {
        Selection::Cell(cell) => {
            assert_eq!((cell.stage, cell.lane), (second_stage, lane));
            cell
        }
        ref other => panic!("a cell is selected, not {other:?}"),
    };
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowDown);
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowUp);
    harness.run_steps(2);
    assert_eq!(harness.state().selection, Selection::Cell(below));

    type_text(&mut harness, "Compares prices");
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    let card = map_of(&harness).cards.last().expect("a new card");
    assert_eq!(card.text, "Compares prices");
    assert_eq!((card.stage, card.lane), (second_stage, lane));
    assert_eq!(map_of(&harness).cards.len(), 2);
}
