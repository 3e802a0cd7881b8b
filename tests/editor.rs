//! The editor driven as a user drives it: through the mouse, keys and labels.

#[allow(dead_code)]
mod common;

use std::path::PathBuf;

use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::edit::{Document, Edit};
use parcours::lang::Language;
use parcours::layout::MapLayout;
use parcours::model::*;
use parcours::ui::{Action, DialogRequest, ParcoursApp, Selection};

use common::ScriptedDialogs;

/// The lifecycle template (six stages) with one touchpoint, "Sees an ad", in stage 1.
fn workshop_map() -> (JourneyMap, CardId) {
    let mut map = parcours::templates::find("lifecycle")
        .expect("the lifecycle template")
        .load("en")
        .expect("it loads");
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Touchpoints)
        .expect("a touchpoint lane")
        .id;
    let id = CardId(map.next_free_id());
    let mut card = Card::new(id, lane, map.stages[0].id, "Sees an ad");
    card.channel = Some(Channel::SocialNetwork);
    map.cards.push(card);
    (map, id)
}

/// Adds a touchpoint with `text` at the stage at `stage_index`, in the touchpoint lane.
fn add_touchpoint(map: &mut JourneyMap, stage_index: usize, text: &str) -> CardId {
    let lane = map
        .cards_of_kind(LaneKind::Touchpoints)
        .next()
        .map(|c| c.lane)
        .expect("a touchpoint");
    let id = CardId(map.next_free_id());
    map.cards
        .push(Card::new(id, lane, map.stages[stage_index].id, text));
    id
}

fn harness_with(document: Document, dialogs: ScriptedDialogs) -> Harness<'static, ParcoursApp> {
    let app = ParcoursApp::new(document, Box::new(dialogs), Vec::new());
    common::editor_harness(app)
}

fn harness(map: JourneyMap) -> Harness<'static, ParcoursApp> {
    harness_with(Document::new_unsaved(map), ScriptedDialogs::default())
}

fn layout(harness: &Harness<'_, ParcoursApp>) -> MapLayout {
    MapLayout::new(&harness.state().document().map)
}

fn on_screen(harness: &Harness<'_, ParcoursApp>, pos_in_map: Pos2) -> Pos2 {
    harness.state().view.screen_from_map * pos_in_map
}

fn card_center(harness: &Harness<'_, ParcoursApp>, id: CardId) -> Pos2 {
    let rect = *layout(harness)
        .cards
        .get(&id)
        .expect("the card is laid out");
    on_screen(harness, rect.center())
}

/// The centre of the cell of `stage` and `lane`, on screen.
fn cell_on_screen(harness: &Harness<'_, ParcoursApp>, stage: StageId, lane: LaneId) -> Pos2 {
    let layout = layout(harness);
    let x = layout
        .stage(stage)
        .expect("the stage is laid out")
        .rect
        .center()
        .x;
    let y = layout
        .lane(lane)
        .expect("the lane is laid out")
        .rect
        .center()
        .y;
    on_screen(harness, Pos2::new(x, y))
}

fn release_at(harness: &Harness<'_, ParcoursApp>, pos: Pos2) {
    harness.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
}

/// Presses at `from`, moves in steps to `to`, and releases there.
fn drag(harness: &mut Harness<'_, ParcoursApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.step();
    harness.drag_at(from);
    harness.step();
    for i in 1..=5 {
        harness.hover_at(from + (to - from) * (i as f32 / 5.0));
        harness.step();
    }
    release_at(harness, to);
    harness.step();
    harness.step();
}

fn click_at(harness: &mut Harness<'_, ParcoursApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.step();
    harness.drag_at(pos);
    harness.step();
    release_at(harness, pos);
    harness.run_steps(2);
}

fn undo_redo_round_trip(harness: &mut Harness<'_, ParcoursApp>, before: &JourneyMap) {
    let after = harness.state().document().map.clone();
    assert_ne!(&after, before, "the gesture changed the map");
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(
        &harness.state().document().map,
        before,
        "undo restores the map"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(
        harness.state().document().map,
        after,
        "redo applies it again"
    );
}

#[test]
fn a_touchpoint_dragged_from_stage_1_lands_in_stage_3_in_one_undo_step() {
    let (map, card) = workshop_map();
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();
    let stage_3 = before.stages[2].id;
    let target = cell_on_screen(&harness, stage_3, before.card(card).expect("the card").lane);

    let from = card_center(&harness, card);
    drag(&mut harness, from, target);

    assert_eq!(
        harness
            .state()
            .document()
            .map
            .card(card)
            .expect("the card")
            .stage,
        stage_3
    );
    assert_eq!(
        harness.state().document().undo_label(Language::English),
        Some("move card")
    );
    undo_redo_round_trip(&mut harness, &before);
}

/// Drags the palette's Email channel onto the touchpoint cell of stage 2 of
/// the workshop map; returns the map before, stage 2 and the touchpoint lane.
fn drop_email_on_stage_2(harness: &mut Harness<'_, ParcoursApp>) -> (JourneyMap, StageId, LaneId) {
    let before = harness.state().document().map.clone();
    let stage_2 = before.stages[1].id;
    let touchpoints = before
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Touchpoints)
        .expect("lane")
        .id;
    let source = harness.get_by_label("Palette: ✉ Email").rect().center();
    let target = cell_on_screen(harness, stage_2, touchpoints);
    drag(harness, source, target);
    (before, stage_2, touchpoints)
}

#[test]
fn a_channel_dragged_from_the_palette_creates_a_touchpoint_where_it_is_dropped() {
    let (map, _) = workshop_map();
    let mut harness = harness(map);
    let (before, stage_2, touchpoints) = drop_email_on_stage_2(&mut harness);

    let map = &harness.state().document().map;
    assert_eq!(map.cards.len(), before.cards.len() + 1);
    let created = map.cards.last().expect("a new card");
    assert_eq!((created.stage, created.lane), (stage_2, touchpoints));
    assert_eq!(created.channel, Some(Channel::Email));
    undo_redo_round_trip(&mut harness, &before);
}

#[test]
fn dragging_a_stage_header_reorders_stages_and_their_cards_follow() {
    let (map, card) = workshop_map();
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();
    let first = before.stages[0].id;
    let layout = layout(&harness);
    let header = layout.stage(first).expect("stage 1").header.center();
    let past_third = Pos2::new(layout.stages[2].rect.right() - 10.0, header.y);

    let (from, to) = (on_screen(&harness, header), on_screen(&harness, past_third));
    drag(&mut harness, from, to);

    let map = &harness.state().document().map;
    let names: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names[..4],
        ["Consideration", "Acquisition", "Awareness", "Service"]
    );
    assert_eq!(
        map.card(card).expect("the card").stage,
        first,
        "the card stays in its stage"
    );
    let moved_layout = MapLayout::new(map);
    let card_x = moved_layout.cards[&card].center().x;
    assert!(
        moved_layout
            .stage(first)
            .expect("stage")
            .rect
            .x_range()
            .contains(card_x)
    );
    undo_redo_round_trip(&mut harness, &before);
}

#[test]
fn dragging_an_emotion_point_down_sets_a_lower_snapped_score() {
    let (mut map, card) = workshop_map();
    let curve = map.curves[0].id;
    let point_id = PointId(map.next_free_id());
    map.curves[0].points.push(EmotionPoint {
        id: point_id,
        anchor: Anchor::Card(card),
        score: 1,
        reason: "Curious".to_owned(),
    });
    let point = map.curves[0].points[0].id;
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();
    let layout = layout(&harness);
    let placed = layout.curves[0].points[0].pos;
    let minus_two = Pos2::new(
        placed.x,
        layout.score_y(&before, -2).expect("an emotion lane") + 3.0,
    );

    let (from, to) = (on_screen(&harness, placed), on_screen(&harness, minus_two));
    drag(&mut harness, from, to);

    let map = &harness.state().document().map;
    let moved = map
        .curves
        .iter()
        .find(|c| c.id == curve)
        .expect("curve")
        .points[0]
        .clone();
    assert_eq!(moved.id, point);
    assert_eq!(moved.score, -2);
    assert_eq!(
        moved.anchor,
        Anchor::Card(card),
        "a vertical drag keeps the anchor"
    );
    undo_redo_round_trip(&mut harness, &before);
}

#[test]
fn dragging_from_a_selected_cards_handle_to_another_card_links_them() {
    let (mut map, first) = workshop_map();
    let second = add_touchpoint(&mut map, 3, "Calls support");
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();

    let first_center = card_center(&harness, first);
    click_at(&mut harness, first_center);
    assert_eq!(harness.state().selection, Selection::Cards(vec![first]));
    let handle = parcours::ui::link_handle_of(&layout(&harness), first).expect("a handle");
    let (from, to) = (on_screen(&harness, handle), card_center(&harness, second));
    drag(&mut harness, from, to);

    let links = &harness.state().document().map.links;
    assert_eq!(links.len(), 1);
    assert_eq!(
        (links[0].from, links[0].to, links[0].kind),
        (first, Some(second), LinkKind::MainPath)
    );
    undo_redo_round_trip(&mut harness, &before);
}

#[test]
fn clicking_a_links_line_selects_the_link_and_delete_removes_it() {
    let (mut map, first) = workshop_map();
    let second = add_touchpoint(&mut map, 3, "Calls support");
    let link = LinkId(map.next_free_id());
    map.links.push(Link {
        id: link,
        from: first,
        to: Some(second),
        kind: LinkKind::MainPath,
        label: "Asks for a quote".into(),
        share: Some(30.0),
    });
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();

    let layout = layout(&harness);
    let route = &layout.links[&link];
    let on_line = route
        .windows(2)
        .map(|pair| pair[0].lerp(pair[1], 0.5))
        .find(|middle| layout.card_at(*middle).is_none())
        .expect("a stretch of the line between cards");
    let click = on_screen(&harness, on_line);
    click_at(&mut harness, click);
    assert_eq!(harness.state().selection, Selection::Link(link));
    harness.get_by_label("Remove link");

    harness.key_press(egui::Key::Delete);
    harness.run_steps(2);
    assert!(harness.state().document().map.links.is_empty());
    assert_eq!(harness.state().selection, Selection::Map);
    undo_redo_round_trip(&mut harness, &before);
}

#[test]
fn double_clicking_a_card_edits_its_text_in_place() {
    let (map, card) = workshop_map();
    let mut harness = harness(map);
    let center = card_center(&harness, card);
    harness.hover_at(center);
    harness.step();
    for _ in 0..2 {
        harness.drag_at(center);
        harness.step();
        release_at(&harness, center);
        harness.step();
    }
    harness.run_steps(2);
    let field = harness.get_by_label("Edit text in place");
    field.type_text(" on Instagram");
    harness.run_steps(2);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);

    assert_eq!(
        harness
            .state()
            .document()
            .map
            .card(card)
            .expect("card")
            .text,
        "Sees an ad on Instagram"
    );
    assert_eq!(
        harness.state().document().undo_label(Language::English),
        Some("edit card")
    );
}

#[test]
fn unsaved_work_is_guarded_before_open_and_kept_on_cancel() {
    let (map, card) = workshop_map();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with(Document::new_unsaved(map), dialogs.clone());
    harness
        .state_mut()
        .session
        .document
        .apply(Edit::DeleteCards(vec![card]));
    harness.run_steps(2);
    assert!(
        harness.state().title().contains('•'),
        "{}",
        harness.state().title()
    );

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(2);
    assert!(
        dialogs.asked.lock().expect("lock").is_empty(),
        "no dialog before the question"
    );
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(harness.state().session.question().is_none());
    assert!(
        harness.state().document().map.card(card).is_none(),
        "the edit is still there"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run_steps(2);
    harness.get_by_label("Discard changes").click();
    harness.run_steps(2);
    assert_eq!(*dialogs.asked.lock().expect("lock"), [DialogRequest::Open]);
}

#[test]
fn save_as_writes_the_map_and_clears_the_unsaved_marker() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let chosen = folder.path().join("renewal");
    let (map, card) = workshop_map();
    let dialogs = ScriptedDialogs::default();
    dialogs
        .answers
        .lock()
        .expect("lock")
        .push_back(Some(chosen));
    let mut harness = harness_with(Document::new_unsaved(map), dialogs);
    harness
        .state_mut()
        .session
        .document
        .apply(Edit::DeleteCards(vec![card]));

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(3);

    let saved = folder.path().join("renewal.journey.ron");
    let reloaded = parcours::file::load(&saved).expect("the saved map loads");
    assert_eq!(reloaded, harness.state().document().map);
    assert!(!harness.state().document().is_dirty());
    assert!(
        harness
            .state()
            .title()
            .starts_with("renewal.journey.ron — Parcours"),
        "{}",
        harness.state().title()
    );
}

#[test]
fn a_broken_file_opens_nothing_and_shows_where_it_is_broken() {
    let (map, _) = workshop_map();
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();
    harness.state_mut().open(std::path::Path::new(
        "tests/broken/dangling-stage.journey.ron",
    ));
    harness.run_steps(2);

    assert_eq!(harness.state().document().map, before);
    let message = harness
        .state()
        .message()
        .map(str::to_owned)
        .expect("a message");
    assert!(
        message.contains("dangling-stage.journey.ron:57:24:"),
        "{message}"
    );
    harness.get_by_label("Dismiss").click();
    harness.run_steps(2);
    assert!(harness.state().message().is_none());
}

#[test]
fn every_action_with_a_shortcut_is_listed_in_the_help_panel() {
    let (map, _) = workshop_map();
    let mut harness = harness(map);
    harness.key_press(egui::Key::F1);
    harness.run_steps(2);
    for action in Action::ALL {
        if action.shortcut().is_some() {
            assert!(
                harness
                    .query_all_by_label(action.label(Language::English))
                    .next()
                    .is_some(),
                "{}",
                action.label(Language::English)
            );
        }
    }
}

#[test]
fn dragging_a_lane_title_below_another_lane_reorders_the_lanes() {
    let (map, _) = workshop_map();
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();
    let layout = layout(&harness);
    let first = before.lanes[0].id;
    let title = layout.lane(first).expect("row").header.center();
    let third = layout.lane(before.lanes[2].id).expect("row").rect;
    let below_third = Pos2::new(title.x, third.center().y + 5.0);

    let (from, to) = (on_screen(&harness, title), on_screen(&harness, below_third));
    drag(&mut harness, from, to);

    let kinds: Vec<LaneKind> = harness
        .state()
        .document()
        .map
        .lanes
        .iter()
        .map(|l| l.kind)
        .collect();
    assert_eq!(
        kinds[..3],
        [LaneKind::Does, LaneKind::Thinks, LaneKind::Touchpoints]
    );
    undo_redo_round_trip(&mut harness, &before);
}

fn copied_text(harness: &Harness<'_, ParcoursApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

#[test]
fn cards_copied_in_one_window_paste_into_another() {
    let (map, card) = workshop_map();
    let mut source = harness(map.clone());
    let center = card_center(&source, card);
    click_at(&mut source, center);
    source.event(Event::Copy);
    source.step();
    let text = copied_text(&source).expect("the card went to the clipboard");

    let mut target = harness(map);
    let before = target.state().document().map.clone();
    target.event(Event::Paste(text));
    target.run_steps(2);

    let map = &target.state().document().map;
    assert_eq!(map.cards.len(), before.cards.len() + 1);
    let pasted = map.cards.last().expect("the pasted card");
    assert_eq!(
        (pasted.text.as_str(), pasted.stage),
        ("Sees an ad", before.stages[0].id)
    );
    assert_ne!(pasted.id, card, "a pasted card gets a fresh id");
    assert_eq!(target.state().selection, Selection::Cards(vec![pasted.id]));
    undo_redo_round_trip(&mut target, &before);
}

#[test]
fn a_shift_drag_selects_cards_in_a_rectangle_and_delete_removes_them() {
    let (mut map, first) = workshop_map();
    let second = add_touchpoint(&mut map, 1, "Reads reviews");
    let far = add_touchpoint(&mut map, 5, "Recommends");
    let mut harness = harness(map);
    let layout = layout(&harness);
    let start = layout.cards[&first].left_top() - egui::vec2(4.0, 4.0);
    let end = layout.cards[&second].right_bottom() + egui::vec2(4.0, 4.0);

    let (from, to) = (on_screen(&harness, start), on_screen(&harness, end));
    harness.hover_at(from);
    harness.step();
    harness.event_modifiers(
        Event::PointerButton {
            pos: from,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::SHIFT,
        },
        Modifiers::SHIFT,
    );
    harness.step();
    for i in 1..=4 {
        harness.event_modifiers(
            Event::PointerMoved(from + (to - from) * (i as f32 / 4.0)),
            Modifiers::SHIFT,
        );
        harness.step();
    }
    release_at(&harness, to);
    harness.run_steps(2);
    assert_eq!(
        harness.state().selection,
        Selection::Cards(vec![first, second])
    );

    harness.key_press(egui::Key::Delete);
    harness.run_steps(2);
    let left: Vec<CardId> = harness
        .state()
        .document()
        .map
        .cards
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(left, [far]);
}

#[test]
fn a_persona_gets_a_photo_from_a_picture_file_and_a_huge_one_is_refused() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let photo = folder.path().join("claire.png");
    image::RgbImage::from_pixel(40, 30, image::Rgb([230, 120, 140]))
        .save(&photo)
        .expect("a picture");
    let huge = folder.path().join("huge.png");
    image::GrayImage::new(9000, 10)
        .save(&huge)
        .expect("a picture too wide to embed");

    let (map, _) = workshop_map();
    let persona = map.personas[0].id;
    let dialogs = ScriptedDialogs::default();
    dialogs
        .answers
        .lock()
        .expect("lock")
        .extend([Some(photo), Some(huge)]);
    let mut harness = harness_with(Document::new_unsaved(map), dialogs);
    let chip = layout(&harness).persona_chips[0].1.center();
    let chip = on_screen(&harness, chip);
    click_at(&mut harness, chip);
    assert_eq!(harness.state().selection, Selection::Persona(persona));

    harness.get_by_label("Choose photo…").click();
    harness.run_steps(3);
    let embedded = harness
        .state()
        .document()
        .map
        .persona(persona)
        .and_then(|p| p.photo.clone());
    assert_eq!(
        embedded.expect("a photo").checked_dimensions(),
        Ok((40, 30))
    );

    harness.get_by_label("Replace photo…").click();
    harness.run_steps(3);
    let message = harness
        .state()
        .message()
        .map(str::to_owned)
        .expect("the huge picture is refused");
    assert!(message.contains("9000×10 pixels"), "{message}");
    let kept = harness
        .state()
        .document()
        .map
        .persona(persona)
        .and_then(|p| p.photo.clone());
    assert_eq!(
        kept.expect("the first photo stays").checked_dimensions(),
        Ok((40, 30))
    );
}

#[test]
fn file_import_opens_a_spreadsheet_as_a_new_unsaved_map_and_export_writes_mermaid() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let exported = folder.path().join("out.mmd");
    let (map, _) = workshop_map();
    let dialogs = ScriptedDialogs::default();
    dialogs.answers.lock().expect("lock").extend([
        Some(PathBuf::from("tests/interchange/utf8-bom.csv")),
        Some(exported.clone()),
    ]);
    let mut harness = harness_with(Document::new_unsaved(map), dialogs.clone());

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::I);
    harness.run_steps(3);
    // The import runs on a worker thread; wait for it, then let a frame take it.
    let next = harness.state_mut().session.finish_import();
    assert_eq!(next, parcours::session::Next::Done);
    harness.run_steps(2);
    let document = &harness.state().document();
    assert_eq!(document.map.meta.title, "Utf8 bom");
    assert_eq!(document.map.cards.len(), 4);
    assert!(
        document.path.is_none(),
        "an import is a new map, not saved anywhere yet"
    );
    assert!(
        harness.state().title().starts_with("Untitled map"),
        "{}",
        harness.state().title()
    );

    harness
        .state_mut()
        .run(Action::ExportMermaid, &egui::Context::default());
    harness.run_steps(3);
    let text = std::fs::read_to_string(&exported).expect("the export was written");
    assert!(text.contains("      Buys online: 5: Claire"), "{text}");
    let asked = dialogs.asked.lock().expect("lock").clone();
    assert_eq!(asked[0], DialogRequest::Import);
    assert!(matches!(asked[1], DialogRequest::Export { .. }));
}

/// Waits for the autosave worker to make `done` true.
fn eventually(what: &str, done: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "{what}");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn recovery_maps(folder: &std::path::Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(".journey.ron"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn unsaved_changes_get_a_recovery_copy_that_goes_once_the_map_is_saved() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let recovery = folder.path().join("recovery");
    let map_path = folder.path().join("renewal.journey.ron");
    let (map, card) = workshop_map();
    parcours::file::save(&map_path, &map).expect("the map is on disk");
    let app = ParcoursApp::new(
        Document::from_file(map, map_path.clone()),
        Box::new(ScriptedDialogs::default()),
        Vec::new(),
    )
    .with_recovery(parcours::file::RecoveryStore::new(recovery.clone()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut ParcoursApp| app.root_ui(ui), app);

    harness
        .state_mut()
        .session
        .document
        .apply(Edit::DeleteCards(vec![card]));
    harness.run_steps(60);
    assert!(
        recovery_maps(&recovery).is_empty(),
        "not written within the first second"
    );
    harness.run_steps(180);
    eventually("a recovery copy is written", || {
        recovery_maps(&recovery).len() == 1
    });
    let copy = parcours::file::load(&recovery_maps(&recovery)[0]).expect("the copy is a valid map");
    assert!(copy.card(card).is_none(), "the copy holds the edit");
    assert!(
        parcours::file::load(&map_path)
            .expect("the user's file")
            .card(card)
            .is_some(),
        "the user's file is untouched"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(3);
    eventually("the copy goes once the map is saved", || {
        recovery_maps(&recovery).is_empty()
    });
}

/// A process id that no running process has: a copy it wrote was left by a crash.
fn gone_process() -> u32 {
    (4_000_000..u32::MAX)
        .find(|pid| !std::path::Path::new(&format!("/proc/{pid}")).exists())
        .expect("a free process id")
}

/// Leaves a recovery copy of `map` in `slot`, as a crashed Parcours would.
fn leave_crashed_copy(
    store: &parcours::file::RecoveryStore,
    slot: &str,
    map: &JourneyMap,
    original: Option<(&std::path::Path, parcours::file::DiskStamp)>,
) {
    let info = parcours::file::RecoveryInfo {
        title: map.meta.title.clone(),
        original: original.map(|(path, _)| path.to_path_buf()),
        original_stamp: original.map(|(_, stamp)| stamp),
        saved_at: 1_700_000_000,
        process: gone_process(),
    };
    store
        .write(slot, &info, &parcours::file::to_ron(map))
        .expect("a copy");
}

fn recovery_harness(
    document: Document,
    store: &parcours::file::RecoveryStore,
) -> Harness<'static, ParcoursApp> {
    let app = ParcoursApp::new(document, Box::new(ScriptedDialogs::default()), Vec::new())
        .with_recovery(store.clone());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut ParcoursApp| app.root_ui(ui), app);
    harness.run_steps(2);
    harness
}

#[test]
fn a_copy_left_by_a_crashed_parcours_is_offered_and_restored_unsaved() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = parcours::file::RecoveryStore::new(folder.path().join("recovery"));
    let (mut map, _) = workshop_map();
    map.meta.title = "Renewal, before the crash".to_owned();
    let original = folder.path().join("renewal.journey.ron");
    let stamp = parcours::file::DiskStamp::of_bytes(b"the file as it was opened");
    leave_crashed_copy(&store, "crashed", &map, Some((&original, stamp)));

    let (start, _) = workshop_map();
    let mut harness = recovery_harness(Document::new_unsaved(start), &store);
    assert!(
        harness
            .query_by_label("Renewal, before the crash")
            .is_some(),
        "the copy is offered by its title"
    );

    harness.get_by_label("Restore").click();
    harness.run_steps(3);
    let document = &harness.state().document();
    assert_eq!(document.map, map);
    assert_eq!(document.path.as_deref(), Some(original.as_path()));
    assert!(document.is_dirty(), "a restored map is not saved yet");
    assert_eq!(
        store.left_behind().len(),
        1,
        "the crashed copy stays until this window's copy holds the map"
    );
    harness.run_steps(200);
    eventually("the crashed copy goes once this window has its own", || {
        store.left_behind().is_empty()
    });
}

#[test]
fn cancelling_a_restore_over_unsaved_changes_keeps_the_copy_on_offer() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = parcours::file::RecoveryStore::new(folder.path().join("recovery"));
    let (mut open_map, card) = workshop_map();
    open_map.meta.title = "The map being edited".to_owned();
    let (mut crashed_map, _) = workshop_map();
    crashed_map.meta.title = "Lost afternoon".to_owned();
    leave_crashed_copy(&store, "crashed", &crashed_map, None);
    let mut harness = recovery_harness(Document::new_unsaved(open_map), &store);
    harness.get_by_label("Decide later").click();
    harness.run_steps(2);
    harness
        .state_mut()
        .session
        .document
        .apply(Edit::DeleteCards(vec![card]));
    harness.state_mut().session.recovered = store.left_behind();
    harness.run_steps(2);

    harness.get_by_label("Restore").click();
    harness.run_steps(6);
    assert!(
        harness.query_by_label("Discard changes").is_some(),
        "the unsaved changes are asked about"
    );
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);

    assert_eq!(
        harness.state().document().map.meta.title,
        "The map being edited"
    );
    assert!(
        harness.query_by_label("Lost afternoon").is_some(),
        "the copy is offered again"
    );
    assert_eq!(store.left_behind().len(), 1, "the copy is still on disk");
}

#[test]
fn saving_a_restored_map_over_a_file_changed_since_the_crash_warns_first() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = parcours::file::RecoveryStore::new(folder.path().join("recovery"));
    let original = folder.path().join("renewal.journey.ron");
    let (map, _) = workshop_map();
    parcours::file::save(&original, &map).expect("the map is on disk");
    let stamp = parcours::file::DiskStamp::of_file(&original).expect("readable");
    leave_crashed_copy(&store, "crashed", &map, Some((&original, stamp)));
    let mut colleagues = map.clone();
    colleagues.meta.title = "A colleague's version".to_owned();
    parcours::file::save(&original, &colleagues).expect("the file changes after the crash");

    let (start, _) = workshop_map();
    let mut harness = recovery_harness(Document::new_unsaved(start), &store);
    harness.get_by_label("Restore").click();
    harness.run_steps(3);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(3);

    assert!(harness.query_by_label("File changed on disk").is_some());
    assert_eq!(
        parcours::file::load(&original)
            .expect("the file")
            .meta
            .title,
        "A colleague's version",
        "nothing is overwritten before the user says so"
    );
}

#[test]
fn edits_that_never_pause_still_get_a_recovery_copy_within_seconds() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let recovery = folder.path().join("recovery");
    let store = parcours::file::RecoveryStore::new(recovery.clone());
    let (map, card) = workshop_map();
    let mut harness = recovery_harness(Document::new_unsaved(map), &store);
    // An edit every second for 12 seconds: never the 3 s pause a copy waits for.
    for second in 0..12 {
        let mut edited = harness
            .state()
            .document()
            .map
            .card(card)
            .expect("the card")
            .clone();
        edited.text = format!("Typed for {second} s");
        harness
            .state_mut()
            .session
            .document
            .apply(Edit::ReplaceCard(edited));
        harness.run_steps(60);
    }
    eventually("a copy is written while the edits go on", || {
        !recovery_maps(&recovery).is_empty()
    });
}

#[test]
fn the_canvas_paints_the_scene_the_exporter_draws() {
    for template in parcours::templates::CATALOGUE {
        let map = template
            .load("en")
            .or_else(|_| template.load("fr"))
            .expect("a shipped map");
        let harness = harness(map.clone());
        let painted = harness
            .state()
            .drawn_scene()
            .expect("the canvas has painted")
            .clone();
        let exported = parcours::export::map_scene(&map, &parcours::export::Choices::default());
        assert_eq!(painted, exported, "{}", template.name);
    }
}

#[test]
fn the_export_dialog_previews_the_deck_and_writes_a_png_without_freezing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("renewal.png");
    let dialogs = ScriptedDialogs::answering(target.clone());
    let map = renewal_example();
    let slides = parcours::export::slide_count(
        &map,
        &parcours::export::ExportRequest::new(
            parcours::export::Format::Pdf,
            parcours::export::Pages::Slides,
        ),
    );
    let mut harness = harness_with(Document::new_unsaved(map), dialogs.clone());
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    // The window sizes itself over its first frames before it settles in the middle.
    harness.run_steps(6);
    harness.get_by_label(&format!("Page 1 of {slides}"));
    harness.get_by_label("Next ›").click();
    harness.run_steps(2);
    harness.get_by_label(&format!("Page 2 of {slides}"));

    harness.get_by_label("Whole map").click();
    harness.run_steps(1);
    harness.get_by_label("PNG image").click();
    harness.run_steps(2);
    harness.get_by_label("Export…").click();
    harness.run_steps(2);
    assert!(matches!(
        dialogs.asked.lock().expect("not poisoned").last(),
        Some(DialogRequest::Export {
            extension: "png",
            ..
        })
    ));
    wait_until_exported(&mut harness);
    let image = image::open(&target).expect("a PNG");
    let page = &parcours::export::pages(
        &harness.state().document().map,
        &parcours::export::ExportRequest::new(
            parcours::export::Format::Png,
            parcours::export::Pages::WholeMap,
        ),
    )[0];
    assert_eq!(
        (image.width(), image.height()),
        (page.size.x.round() as u32, page.size.y.round() as u32)
    );
}

/// Waits for the export the dialog started, and checks it said where it wrote.
fn wait_until_exported(harness: &mut Harness<'_, ParcoursApp>) {
    for _ in 0..600 {
        if harness.state().export.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run_steps(1);
    }
    assert!(harness.state().export.is_none(), "the export finished");
    let message = harness.state().message().unwrap_or_default().to_owned();
    assert!(message.starts_with("Exported to"), "{message}");
}

fn renewal_example() -> JourneyMap {
    parcours::templates::find("home-insurance-renewal")
        .expect("the example")
        .load("en")
        .expect("it loads")
}

/// Opens the Export dialog and asks for the whole map as a PNG of an exact size.
fn choose_exact_size_png(harness: &mut Harness<'_, ParcoursApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    // The window sizes itself over its first frames before it settles in the middle.
    harness.run_steps(6);
    harness.get_by_label("Whole map").click();
    harness.run_steps(1);
    harness.get_by_label("PNG image").click();
    harness.run_steps(2);
    harness.get_by_label("Exact size").click();
    harness.run_steps(2);
}

/// Clicks the number field labelled `label`, types `digits` over its value and
/// presses Enter.
fn type_number(harness: &mut Harness<'_, ParcoursApp>, label: &str, digits: &str) {
    harness.get_by_label(label).click();
    harness.run_steps(2);
    harness.get_by_label(label).type_text(digits);
    harness.run_steps(2);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
}

#[test]
fn an_exact_width_typed_in_the_export_dialog_gives_a_png_that_wide_in_the_pages_shape() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("renewal.png");
    let dialogs = ScriptedDialogs::answering(target.clone());
    let map = renewal_example();
    let page = parcours::export::pages(
        &map,
        &parcours::export::ExportRequest::new(
            parcours::export::Format::Png,
            parcours::export::Pages::WholeMap,
        ),
    )[0]
    .size;
    let derived_height = (1000.0 * page.y / page.x).round() as u32;
    assert_ne!(
        page.x.round() as u32,
        1000,
        "the map's own width is not the one asked"
    );
    let mut harness = harness_with(Document::new_unsaved(map), dialogs.clone());
    choose_exact_size_png(&mut harness);

    type_number(&mut harness, "Width in pixels", "1000");
    assert_eq!(
        harness.get_by_label("Height in pixels").value(),
        Some(derived_height.to_string()),
        "the height follows the page's shape"
    );
    harness.get_by_label(&format!("1000 × {derived_height} px"));
    harness.get_by_label("Export…").click();
    harness.run_steps(2);
    wait_until_exported(&mut harness);

    let image = image::open(&target).expect("a PNG");
    assert_eq!((image.width(), image.height()), (1000, derived_height));
}

#[test]
fn an_image_too_large_to_make_disables_export_and_says_why_before_any_file_is_asked() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let dialogs = ScriptedDialogs::answering(folder.path().join("huge.png"));
    let mut harness = harness_with(Document::new_unsaved(renewal_example()), dialogs.clone());
    choose_exact_size_png(&mut harness);
    assert!(
        !harness
            .get_by_label("Export…")
            .accesskit_node()
            .is_disabled(),
        "the size the scale gave can be made"
    );

    type_number(&mut harness, "Width in pixels", "100000");
    harness.get_by_label_contains("A width of 100000 pixels makes an image of 100,000 ×");
    harness.get_by_label_contains("between 1 and 16,384 pixels");
    let export = harness.get_by_label("Export…");
    assert!(export.accesskit_node().is_disabled());
    export.click();
    harness.run_steps(2);
    assert!(
        dialogs.asked.lock().expect("not poisoned").is_empty(),
        "no file dialog was opened"
    );
    assert!(harness.state().export.is_some(), "the dialog stays open");

    harness.get_by_label("Scale").click();
    harness.run_steps(2);
    assert!(
        !harness
            .get_by_label("Export…")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        harness
            .query_by_label_contains("between 1 and 16384 pixels")
            .is_none()
    );
}

/// Types `text` into the focused field one letter a frame, as a person types.
fn type_letters(harness: &mut Harness<'_, ParcoursApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .focus();
    harness.run_steps(2);
    for letter in text.chars() {
        harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, label)
            .type_text(&letter.to_string());
        harness.step();
    }
    harness.run_steps(2);
}

fn press_undo(harness: &mut Harness<'_, ParcoursApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
}

#[test]
fn a_title_typed_then_a_brand_colour_dragged_are_two_undo_steps() {
    let (map, _) = workshop_map();
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();

    type_letters(&mut harness, "Title", "New");
    harness
        .get_by_role_and_label(egui::accesskit::Role::ColorWell, "Brand colour")
        .click();
    harness.run_steps(3);
    let red = harness.get_by_label("R").rect().center();
    drag(&mut harness, red, red + egui::vec2(60.0, 0.0));
    let edited = harness.state().document().map.clone();
    assert_ne!(edited.meta.title, before.meta.title, "the title was typed");
    assert_ne!(
        edited.theme.brand, before.theme.brand,
        "the colour was dragged"
    );

    press_undo(&mut harness);
    let map = &harness.state().document().map;
    assert_eq!(
        map.theme.brand, before.theme.brand,
        "undo takes the colour back"
    );
    assert_eq!(map.meta.title, edited.meta.title, "and only the colour");
    press_undo(&mut harness);
    assert_eq!(harness.state().document().map, before, "the whole title");
    assert_eq!(
        harness.state().document().undo_label(Language::English),
        None,
        "in two steps"
    );
}

#[test]
fn a_word_typed_in_a_cards_text_is_one_undo_step() {
    let (map, card) = workshop_map();
    let mut harness = harness(map);
    let before = harness.state().document().map.clone();
    let center = card_center(&harness, card);
    click_at(&mut harness, center);
    assert_eq!(harness.state().selection, Selection::Cards(vec![card]));

    type_letters(&mut harness, "Text", " online");
    let text = &harness
        .state()
        .document()
        .map
        .card(card)
        .expect("card")
        .text;
    assert!(text.contains("online"), "{text}");

    press_undo(&mut harness);
    assert_eq!(
        harness.state().document().map,
        before,
        "one undo takes the word back"
    );
    assert_eq!(
        harness.state().document().undo_label(Language::English),
        None,
        "in one step"
    );
}

#[test]
fn each_menu_lists_its_actions_once_in_sections_with_their_tooltips() {
    let (map, _) = workshop_map();
    let mut harness = harness(map);
    harness.get_by_label("File").click();
    harness.run_steps(3);
    // Menu items are named with their shortcut.
    for item in [
        "New from template… Ctrl+N",
        "Save as… Ctrl+Shift+S",
        "Quit Ctrl+Q",
    ] {
        assert_eq!(harness.query_all_by_label(item).count(), 1, "{item}");
    }
    assert_eq!(harness.query_all_by_label("Open recent").count(), 1);
    harness.get_by_label("Quit Ctrl+Q").hover();
    harness.run_steps(40);
    assert!(
        harness.query_by_label("Close Parcours").is_some(),
        "resting on Quit shows its tooltip"
    );
}

#[test]
fn typing_right_after_a_palette_drop_names_the_new_card() {
    let (map, _) = workshop_map();
    let mut harness = harness(map);
    let (_, stage_2, _) = drop_email_on_stage_2(&mut harness);
    harness.run_steps(2);

    for letter in "Renewal offer".chars() {
        harness.event(Event::Text(letter.to_string()));
        harness.step();
    }
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);

    let map = &harness.state().document().map;
    let created = map.cards.last().expect("a new card");
    assert_eq!(
        created.text, "Renewal offer",
        "typing replaced the placeholder"
    );
    assert_eq!(created.channel, Some(Channel::Email));
    assert_eq!(created.stage, stage_2);
}
