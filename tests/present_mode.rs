//! Present mode as a presenter meets it: F5 on both examples, stepping through
//! every stage and back with the keys clickers send, a jump by number, Escape
//! back to the editor as it was, a card typed live into the spotlighted stage
//! and taken back with undo, the presenter's panel beside the room's window,
//! and card text large enough to read on a projector.

#[allow(dead_code)]
mod common;

use egui::{Key, Modifiers, Rect, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::edit::Document;
use parcours::lang::Language;
use parcours::layout::MapLayout;
use parcours::model::{JourneyMap, LaneKind};
use parcours::present::{LEGIBLE_PIXELS, Step, Steps, smallest_card_text, stage_views};
use parcours::scene::{Shape, build_scene};
use parcours::ui::{Action, ParcoursApp};

use common::ScriptedDialogs;

const EXAMPLES: [&str; 2] = ["home-insurance-renewal", "relance-prospects-photographe"];

fn example(name: &str) -> JourneyMap {
    let template = parcours::templates::find(name).expect("the example is shipped");
    template
        .load(template.languages()[0])
        .expect("the example loads")
}

fn harness(map: JourneyMap) -> Harness<'static, ParcoursApp> {
    let app = ParcoursApp::new(
        Document::new_unsaved(map),
        Box::new(ScriptedDialogs::default()),
        Vec::new(),
    )
    .with_language(Language::English);
    common::editor_harness(app)
}

/// Presses `key` and lets the view's glide end.
fn press(harness: &mut Harness<'_, ParcoursApp>, key: Key) {
    harness.key_press(key);
    harness.run_steps(20);
}

fn type_text(harness: &mut Harness<'_, ParcoursApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run_steps(2);
}

fn step(harness: &Harness<'_, ParcoursApp>) -> Step {
    harness.state().presenting().expect("presenting").step()
}

/// The progress line the room sees; fails when it is not on screen.
fn assert_progress(harness: &Harness<'_, ParcoursApp>, line: &str) {
    harness.get_by_label(line);
}

fn spotlight(harness: &Harness<'_, ParcoursApp>) -> Option<parcours::model::StageId> {
    let app = harness.state();
    app.presenting()?.spotlight(&app.document().map)
}

/// The progress line of `step` in `map`'s talk of `steps`.
fn line_of(step: Step, map: &JourneyMap, steps: &Steps) -> String {
    match step {
        Step::Title => "Title".to_owned(),
        Step::Overview => "Overview".to_owned(),
        Step::Stage { index, .. } => format!(
            "Stage {} of {} · {}",
            index + 1,
            map.stages.len(),
            map.stages[index].name
        ),
        Step::Insight(index) => format!("Insights {} of {}", index + 1, steps.insight_count()),
    }
}

fn steps_of(harness: &Harness<'_, ParcoursApp>) -> Steps {
    let app = harness.state();
    app.presenting()
        .and_then(|p| p.steps())
        .expect("the talk is drawn")
        .clone()
}

/// Whether the room sees `step` now: its progress line, and its stage spotlighted.
fn assert_shows(
    harness: &Harness<'_, ParcoursApp>,
    expected: Step,
    map: &JourneyMap,
    steps: &Steps,
) {
    assert_eq!(step(harness), expected);
    assert_progress(harness, &line_of(expected, map, steps));
    let stage = expected.stage().map(|index| map.stages[index].id);
    assert_eq!(spotlight(harness), stage, "{expected:?}");
}

#[test]
fn f5_steps_through_every_stage_of_both_examples_and_back() {
    for name in EXAMPLES {
        let map = example(name);
        let mut harness = harness(map.clone());
        press(&mut harness, Key::F5);
        assert!(harness.query_by_label("View").is_none(), "{name}: no menus");
        let steps = steps_of(&harness);
        let all = steps.all();
        assert_shows(&harness, Step::Title, &map, &steps);
        assert_eq!(steps.stage_count(), map.stages.len());
        assert!(steps.insight_count() > 0, "{name} has insights");

        let forward = [Key::ArrowRight, Key::PageDown, Key::Space];
        for (i, expected) in all.iter().enumerate().skip(1) {
            press(&mut harness, forward[i % 3]);
            assert_shows(&harness, *expected, &map, &steps);
        }
        press(&mut harness, Key::ArrowRight);
        assert_shows(&harness, *all.last().expect("steps"), &map, &steps);

        let back = [Key::ArrowLeft, Key::PageUp, Key::Backspace];
        for (i, expected) in all.iter().enumerate().rev().skip(1) {
            press(&mut harness, back[i % 3]);
            assert_shows(&harness, *expected, &map, &steps);
        }
    }
}

#[test]
fn a_number_then_enter_jumps_to_that_stage_and_home_to_the_overview() {
    let map = example("home-insurance-renewal");
    let mut harness = harness(map.clone());
    press(&mut harness, Key::F5);
    let steps = steps_of(&harness);
    type_text(&mut harness, "4");
    assert_progress(&harness, "Go to stage 4");
    press(&mut harness, Key::Enter);
    assert_shows(&harness, Step::Stage { index: 3, part: 0 }, &map, &steps);
    type_text(&mut harness, "9");
    press(&mut harness, Key::Enter);
    assert_shows(&harness, Step::Stage { index: 3, part: 0 }, &map, &steps);
    press(&mut harness, Key::Home);
    assert_shows(&harness, Step::Overview, &map, &steps);
    type_text(&mut harness, "2");
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::ArrowRight);
    type_text(&mut harness, "o");
    assert_eq!(
        step(&harness).stage(),
        Some(1),
        "on a stage, a letter starts a card"
    );
    press(&mut harness, Key::Escape);
    press(&mut harness, Key::Home);
    press(&mut harness, Key::ArrowLeft);
    type_text(&mut harness, "O");
    assert_shows(&harness, Step::Overview, &map, &steps);
}

#[test]
fn escape_leaves_for_the_editor_with_the_same_view() {
    let map = example("relance-prospects-photographe");
    let mut harness = harness(map);
    let ctx = harness.ctx.clone();
    harness.state_mut().run(Action::ZoomIn, &ctx);
    harness.run_steps(3);
    let view_before = harness.state().view.screen_from_map;
    press(&mut harness, Key::F5);
    for _ in 0..4 {
        press(&mut harness, Key::ArrowRight);
    }
    press(&mut harness, Key::Escape);
    assert!(harness.state().presenting().is_none());
    harness.get_by_label("View");
    assert_eq!(harness.state().view.screen_from_map, view_before);
}

#[test]
fn a_card_typed_on_a_stage_lands_in_the_chosen_lane_and_undo_takes_it_back() {
    let map = example("home-insurance-renewal");
    let mut harness = harness(map.clone());
    press(&mut harness, Key::F5);
    type_text(&mut harness, "3");
    press(&mut harness, Key::Enter);
    let stage = map.stages[2].id;
    let layout = MapLayout::new(&map);
    let lanes: Vec<_> = layout
        .lanes
        .iter()
        .map(|row| row.id)
        .filter(|id| map.lane(*id).is_some_and(|l| l.kind != LaneKind::Emotion))
        .collect();

    type_text(&mut harness, "Q");
    assert_eq!(
        capture_lane(&harness),
        Some(lanes[0]),
        "the first lane first"
    );
    type_text(&mut harness, "ueue at the desk");
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::Tab);
    press(&mut harness, Key::ArrowUp);
    assert_eq!(capture_lane(&harness), Some(lanes[1]));
    harness.key_press(Key::Enter);
    harness.run_steps(3);

    let added: Vec<_> = harness
        .state()
        .document()
        .map
        .cards
        .iter()
        .filter(|c| c.text == "Queue at the desk")
        .cloned()
        .collect();
    assert_eq!(added.len(), 1, "one card added");
    assert_eq!((added[0].stage, added[0].lane), (stage, lanes[1]));
    assert_eq!(
        step(&harness).stage(),
        Some(2),
        "still presenting the stage"
    );
    assert!(
        room_sees(&harness, "Queue at the desk"),
        "the room sees the card"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    let map_now = &harness.state().document().map;
    assert_eq!(map_now.cards.len(), map.cards.len(), "undo took it back");
    assert!(!room_sees(&harness, "Queue at the desk"));
}

fn capture_lane(harness: &Harness<'_, ParcoursApp>) -> Option<parcours::model::LaneId> {
    harness.state().presenting()?.capture_lane()
}

/// Whether the map the room sees has `words` on it.
fn room_sees(harness: &Harness<'_, ParcoursApp>, words: &str) -> bool {
    let scene = harness
        .state()
        .presenting()
        .and_then(|p| p.scene())
        .expect("the map is drawn");
    scene.shapes.iter().any(|shape| match shape {
        Shape::Text(text) => text.lines.join(" ").contains(words),
        _ => false,
    })
}

#[test]
fn the_presenter_sees_now_next_and_the_stage_notes_while_the_room_has_its_window() {
    let map = example("home-insurance-renewal");
    let mut harness = harness(map.clone());
    let ctx = harness.ctx.clone();
    harness.state_mut().run(Action::PresentOnSecondWindow, &ctx);
    harness.run_steps(3);
    harness.get_by_label("View");
    harness.get_by_label("Now: Title");
    harness.get_by_label("Next: Overview");
    harness.get_by_label("Next").click();
    harness.run_steps(3);
    harness.get_by_label("Now: Overview");
    harness.get_by_label("Next").click();
    harness.run_steps(20);
    let first = &map.stages[0];
    let line = format!("Stage 1 of {} · {}", map.stages.len(), first.name);
    harness.get_by_label(&format!("Now: {line}"));
    assert_progress(&harness, &line);
    let notes = harness
        .state()
        .presenting()
        .expect("presenting")
        .notes(&map);
    assert!(!first.description.is_empty() && notes.contains(&first.description));
    harness.get_by_label(&notes);
    // The room's window steps both.
    let before = step(&harness);
    press(&mut harness, Key::ArrowRight);
    assert_ne!(step(&harness), before);
    let app = harness.state();
    let now = app
        .presenting()
        .expect("presenting")
        .progress(&map, Language::English);
    harness.get_by_label(&format!("Now: {now}"));
    // A countdown set in the room's window shows in the panel too.
    type_text(&mut harness, "+");
    harness.get_by_label("1:00");
    harness.get_by_label("Stop presenting").click();
    harness.run_steps(3);
    assert!(harness.state().presenting().is_none());
}

#[test]
fn a_spotlighted_stage_shows_every_card_at_20_pixels_or_more_on_1920_by_1080() {
    let screen = Rect::from_min_max(pos2(0.0, 0.0), pos2(1920.0, 1080.0));
    for name in EXAMPLES {
        let map = example(name);
        let layout = MapLayout::new(&map);
        let scene = build_scene(&map, &layout);
        for column in &layout.stages {
            let smallest = smallest_card_text(&scene, &layout, column.id).expect("cards");
            let views = stage_views(column.rect, Some(smallest), screen);
            for view in &views {
                let pixels = smallest * view.scaling;
                assert!(pixels >= LEGIBLE_PIXELS, "{name}: {pixels} px");
                let on_screen = *view * column.rect;
                assert!(
                    on_screen.left() >= 0.0 && on_screen.right() <= 1920.0,
                    "{on_screen:?}"
                );
            }
            let covered = views.iter().fold(Rect::NOTHING, |all, view| {
                all.union((view.inverse() * screen).intersect(column.rect))
            });
            assert_eq!(
                covered, column.rect,
                "{name}: the views show the whole stage"
            );
        }
    }
}

#[test]
fn plus_and_minus_set_a_countdown_on_each_stage() {
    let map = example("home-insurance-renewal");
    let mut harness = harness(map.clone());
    press(&mut harness, Key::F5);
    type_text(&mut harness, "+");
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::ArrowRight);
    let line = format!("Stage 1 of {} · {}", map.stages.len(), map.stages[0].name);
    assert_progress(&harness, &format!("{line} · 1:00"));
    type_text(&mut harness, "+");
    assert_progress(&harness, &format!("{line} · 2:00"));
    type_text(&mut harness, "-");
    type_text(&mut harness, "-");
    assert_progress(&harness, &line);
    assert_eq!(harness.state().presenting().map(|p| p.minutes()), Some(0));
}

/// `parcours present` as run from a shell, with messages in `locale`.
fn present_command(args: &[&str], locale: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_parcours"))
        .arg("present")
        .args(args)
        .env("LC_ALL", locale)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the parcours binary runs")
}

#[test]
fn parcours_present_refuses_a_stage_the_map_lacks_and_a_map_that_does_not_load() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("home.journey.ron");
    parcours::file::save(&path, &example("home-insurance-renewal")).expect("the map is written");
    let path = path.to_str().expect("a UTF-8 path");

    let output = present_command(&[path, "--stage", "9"], "C.UTF-8");
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("has no stage 9; its stages are numbered 1 to 6"),
        "{message}"
    );
    let output = present_command(&[path, "--stage", "0"], "fr_FR.UTF-8");
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("n'a pas d'étape 0\u{a0}; ses étapes sont numérotées de 1 à 6"),
        "{message}"
    );

    let missing = folder.path().join("missing.journey.ron");
    let output = present_command(&[missing.to_str().expect("a UTF-8 path")], "C.UTF-8");
    assert_eq!(output.status.code(), Some(1));
    assert!(!output.stderr.is_empty(), "says why");
}
