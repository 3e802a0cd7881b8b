//! Capturing cards as fast as people talk: a six-stage map of twenty
//! touchpoints typed with the keyboard alone, a dropped card named at once, and
//! moves between cells.

#[allow(dead_code)]
mod common;

use egui::{Event, Key, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::model::*;
use parcours::ui::{ParcoursApp, Selection};

use common::workshop::*;

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
