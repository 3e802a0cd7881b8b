//! What the workshop tests share: a six-stage map, the editor on it, and
//! clicks, cells and undo as a user makes them.

use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use parcours::edit::Document;
use parcours::layout::MapLayout;
use parcours::model::*;
use parcours::ui::ParcoursApp;

use super::ScriptedDialogs;

/// The lifecycle template: six stages, a touchpoint lane, no cards.
pub fn lifecycle() -> JourneyMap {
    parcours::templates::find("lifecycle")
        .expect("the lifecycle template")
        .load("en")
        .expect("it loads")
}

/// The map's touchpoint lane.
pub fn touchpoint_lane(map: &JourneyMap) -> LaneId {
    map.lanes
        .iter()
        .find(|l| l.kind == LaneKind::Touchpoints)
        .expect("a touchpoint lane")
        .id
}

/// The lifecycle template with one touchpoint per text, in stage 1.
pub fn map_with_cards(texts: &[&str]) -> (JourneyMap, Vec<CardId>) {
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

pub fn harness(map: JourneyMap) -> Harness<'static, ParcoursApp> {
    let app = ParcoursApp::new(
        Document::new_unsaved(map),
        Box::new(ScriptedDialogs::default()),
        Vec::new(),
    );
    super::editor_harness(app)
}

pub fn map_of<'h>(harness: &'h Harness<'_, ParcoursApp>) -> &'h JourneyMap {
    &harness.state().document().map
}

pub fn on_screen(harness: &Harness<'_, ParcoursApp>, pos_in_map: Pos2) -> Pos2 {
    harness.state().view.screen_from_map * pos_in_map
}

pub fn card_center(harness: &Harness<'_, ParcoursApp>, id: CardId) -> Pos2 {
    let layout = MapLayout::new(map_of(harness));
    let rect = *layout.cards.get(&id).expect("the card is laid out");
    on_screen(harness, rect.center())
}

/// The centre of the cell of `stage` and `lane`, on screen.
pub fn cell_on_screen(harness: &Harness<'_, ParcoursApp>, stage: StageId, lane: LaneId) -> Pos2 {
    let layout = MapLayout::new(map_of(harness));
    let x = layout.stage(stage).expect("laid out").rect.center().x;
    let y = layout.lane(lane).expect("laid out").rect.center().y;
    on_screen(harness, Pos2::new(x, y))
}

/// Presses and releases the primary button at `pos`, with `modifiers` held.
pub fn click_with(harness: &mut Harness<'_, ParcoursApp>, pos: Pos2, modifiers: Modifiers) {
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

pub fn undo(harness: &mut Harness<'_, ParcoursApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
}
