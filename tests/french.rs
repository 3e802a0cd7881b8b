//! The editor in French, driven through its French labels: a drag and its
//! undo step, Save as from the File menu, the Export dialog, recovery after a
//! crash, and the switch between the languages in the View menu.

#[allow(dead_code)]
mod common;

use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::edit::Document;
use parcours::lang::Language;
use parcours::layout::MapLayout;
use parcours::model::*;
use parcours::ui::{DialogRequest, ParcoursApp};

use common::ScriptedDialogs;

const NBSP: char = '\u{a0}';

/// The French lifecycle template with one touchpoint in stage 1.
fn workshop_map() -> (JourneyMap, CardId) {
    let mut map = parcours::templates::find("lifecycle")
        .expect("the lifecycle template")
        .load("fr")
        .expect("it loads");
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Touchpoints)
        .expect("a touchpoint lane")
        .id;
    let id = CardId(map.next_free_id());
    map.cards
        .push(Card::new(id, lane, map.stages[0].id, "Voit une publicité"));
    (map, id)
}

fn build(app: ParcoursApp) -> Harness<'static, ParcoursApp> {
    common::editor_harness(app)
}

fn french(document: Document, dialogs: ScriptedDialogs) -> Harness<'static, ParcoursApp> {
    build(ParcoursApp::new(document, Box::new(dialogs), Vec::new()).with_language(Language::French))
}

fn on_screen(harness: &Harness<'_, ParcoursApp>, pos_in_map: Pos2) -> Pos2 {
    harness.state().view.screen_from_map * pos_in_map
}

/// The centre of the cell of the `stage`th stage in `lane`, on screen.
fn cell(harness: &Harness<'_, ParcoursApp>, stage: StageId, lane: LaneId) -> Pos2 {
    let layout = MapLayout::new(&harness.state().document().map);
    let x = layout.stage(stage).expect("laid out").rect.center().x;
    let y = layout.lane(lane).expect("laid out").rect.center().y;
    on_screen(harness, Pos2::new(x, y))
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
    harness.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(2);
}

#[test]
fn a_card_dragged_in_french_is_one_step_that_the_edit_menu_names_in_french() {
    let (map, card) = workshop_map();
    let mut harness = french(Document::new_unsaved(map), ScriptedDialogs::default());
    let before = harness.state().document().map.clone();
    let lane = before.card(card).expect("the card").lane;
    let stage_3 = before.stages[2].id;
    let from = on_screen(&harness, MapLayout::new(&before).cards[&card].center());
    let to = cell(&harness, stage_3, lane);
    drag(&mut harness, from, to);

    let map = &harness.state().document().map;
    assert_eq!(map.card(card).expect("the card").stage, stage_3);
    harness.get_by_label("Édition").click();
    harness.run_steps(3);
    let undo = format!("Annuler{NBSP}: déplacer la carte Ctrl+Z");
    harness.get_by_label(&undo).click();
    harness.run_steps(2);
    assert_eq!(harness.state().document().map, before, "one step undone");
}

#[test]
fn a_pain_point_dragged_from_the_french_palette_reads_nouvel_irritant() {
    let (map, _) = workshop_map();
    let mut harness = french(Document::new_unsaved(map), ScriptedDialogs::default());
    let before = harness.state().document().map.clone();
    let lane = before
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::PainPoints)
        .expect("a pain point lane")
        .id;
    let source = harness
        .get_by_label(&format!("Palette{NBSP}: Irritants"))
        .rect()
        .center();
    let target = cell(&harness, before.stages[1].id, lane);
    drag(&mut harness, source, target);

    let created = harness.state().document().map.cards.last().cloned();
    assert_eq!(created.map(|c| c.text), Some("Nouvel irritant".to_owned()));
}

#[test]
fn save_as_from_the_french_file_menu_writes_the_map() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let dialogs = ScriptedDialogs::answering(folder.path().join("relance"));
    let (map, _) = workshop_map();
    let mut harness = french(Document::new_unsaved(map), dialogs);
    assert!(
        harness.state().title().starts_with("Carte sans titre"),
        "{}",
        harness.state().title()
    );
    harness.get_by_label("Fichier").click();
    harness.run_steps(3);
    harness.get_by_label("Enregistrer sous… Ctrl+Maj+S").click();
    harness.run_steps(3);

    let saved = folder.path().join("relance.journey.ron");
    let reloaded = parcours::file::load(&saved).expect("the saved map loads");
    assert_eq!(reloaded, harness.state().document().map);
    assert!(!harness.state().document().is_dirty());
    assert!(
        harness
            .state()
            .title()
            .starts_with("relance.journey.ron — Parcours")
    );
}

#[test]
fn the_french_export_dialog_pages_through_the_deck_and_writes_a_png() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("relance.png");
    let dialogs = ScriptedDialogs::answering(target.clone());
    let (map, _) = workshop_map();
    let mut harness = french(Document::new_unsaved(map), dialogs.clone());
    harness.get_by_label("Fichier").click();
    harness.run_steps(2);
    harness.get_by_label("Exporter").hover();
    harness.run_steps(3);
    harness
        .get_by_label("Diapositives, images et PDF… Ctrl+E")
        .click();
    harness.run_steps(6);
    harness.get_by_label_contains("Page 1 sur");
    harness.get_by_label("Suivante ›").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Page 2 sur");
    harness.get_by_label("Toute la carte").click();
    // The window takes the new width of its choices over a few frames.
    harness.run_steps(6);
    harness.get_by_label("Image PNG").click();
    harness.run_steps(6);
    harness.get_by_label("Exporter…").click();
    harness.run_steps(2);
    assert!(matches!(
        dialogs.asked.lock().expect("not poisoned").last(),
        Some(DialogRequest::Export {
            format_label: "Image PNG",
            extension: "png",
            ..
        })
    ));
    for _ in 0..600 {
        if harness.state().export.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run_steps(1);
    }
    let message = harness.state().message().unwrap_or_default().to_owned();
    assert!(message.starts_with("Exporté dans"), "{message}");
    assert!(image::open(&target).is_ok(), "a PNG was written");
}

#[test]
fn a_copy_left_by_a_crash_is_offered_in_french_and_restored() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = parcours::file::RecoveryStore::new(folder.path().join("recovery"));
    let (mut map, _) = workshop_map();
    map.meta.title = "Relance, avant la panne".to_owned();
    let info = parcours::file::RecoveryInfo {
        title: map.meta.title.clone(),
        original: None,
        original_stamp: None,
        saved_at: 1_700_000_000,
        process: gone_process(),
    };
    store
        .write("crashed", &info, &parcours::file::to_ron(&map))
        .expect("a copy");
    let (start, _) = workshop_map();
    let app = ParcoursApp::new(
        Document::new_unsaved(start),
        Box::new(ScriptedDialogs::default()),
        Vec::new(),
    )
    .with_language(Language::French)
    .with_recovery(store.clone());
    let mut harness = build(app);

    harness.get_by_label("Récupérer le travail non enregistré");
    harness.get_by_label_contains("jamais enregistrée · copie faite il y a");
    harness.get_by_label("Restaurer").click();
    harness.run_steps(3);
    assert_eq!(harness.state().document().map, map);
    assert!(harness.state().document().is_dirty());
}

/// A process id that no running process has: a copy it wrote was left by a crash.
fn gone_process() -> u32 {
    (4_000_000..u32::MAX)
        .find(|pid| !std::path::Path::new(&format!("/proc/{pid}")).exists())
        .expect("a free process id")
}

#[test]
fn the_view_menu_switches_every_word_at_once_and_the_map_keeps_its_own() {
    let (map, _) = workshop_map();
    let dialogs = ScriptedDialogs::default();
    let app = ParcoursApp::new(Document::new_unsaved(map), Box::new(dialogs), Vec::new());
    let mut harness = build(app);
    let lane_titles: Vec<String> = harness
        .state()
        .document()
        .map
        .lanes
        .iter()
        .map(|l| l.title.clone())
        .collect();
    assert!(harness.query_by_label_contains("1 card").is_some());
    harness.get_by_label("View").click();
    harness.run_steps(3);
    harness.get_by_label("Français").click();
    harness.run_steps(3);

    assert_eq!(harness.state().language(), Language::French);
    for french in [
        "Fichier",
        "Édition",
        "Affichage",
        "Aide",
        "Points de contact",
    ] {
        assert!(harness.query_by_label(french).is_some(), "{french}");
    }
    assert!(harness.query_by_label_contains("1 carte").is_some());
    for english in ["File", "Edit", "View", "Help", "Touchpoints"] {
        assert!(harness.query_by_label(english).is_none(), "{english}");
    }
    assert!(harness.query_by_label_contains("1 card").is_none());
    let map = &harness.state().document().map;
    let after: Vec<&str> = map.lanes.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(after, lane_titles, "the map's lane titles stay as they are");
    assert!(
        !harness.state().document().is_dirty(),
        "the map is unchanged"
    );

    harness.get_by_label("Affichage").click();
    harness.run_steps(3);
    harness.get_by_label("English").click();
    harness.run_steps(3);
    assert!(harness.query_by_label("File").is_some());
    assert!(harness.query_by_label("Fichier").is_none());
}

#[test]
fn the_words_written_into_a_french_map_are_french_under_the_english_interface() {
    let (map, _) = workshop_map();
    let dialogs = ScriptedDialogs::default();
    let app = ParcoursApp::new(Document::new_unsaved(map), Box::new(dialogs), Vec::new());
    let mut harness = build(app);
    let before = harness.state().document().map.clone();
    let lane = before
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::PainPoints)
        .expect("a pain point lane")
        .id;
    let source = harness.get_by_label("Palette: Pain points").rect().center();
    let target = cell(&harness, before.stages[1].id, lane);
    drag(&mut harness, source, target);
    let created = harness.state().document().map.cards.last().cloned();
    assert_eq!(created.map(|c| c.text), Some("Nouvel irritant".to_owned()));

    let document = &mut harness.state_mut().session.document;
    document.apply(parcours::edit::Edit::SetMapType(MapType::ServiceBlueprint));
    let titles: Vec<&str> = document
        .map
        .lanes
        .iter()
        .map(|l| l.title.as_str())
        .collect();
    for french in ["Front-office", "Back-office", "Support et systèmes"] {
        assert!(titles.contains(&french), "{titles:?}");
    }
}

#[test]
fn a_message_shown_before_the_switch_is_said_again_in_french() {
    let (map, _) = workshop_map();
    let dialogs = ScriptedDialogs::default();
    let app = ParcoursApp::new(Document::new_unsaved(map), Box::new(dialogs), Vec::new());
    let mut harness = build(app);
    let broken = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/broken/dangling-stage.journey.ron");
    harness.state_mut().open(&broken);
    harness.run_steps(2);
    let english = harness.state().message().unwrap_or_default().to_owned();
    assert!(english.contains("no stage has the id 40"), "{english}");
    harness.get_by_label("View").click();
    harness.run_steps(3);
    harness.get_by_label("Français").click();
    harness.run_steps(3);
    let french = harness.state().message().unwrap_or_default().to_owned();
    assert!(
        french.contains("aucune étape n'a l'identifiant 40"),
        "{french}"
    );
    harness.get_by_label("Masquer");
}

#[test]
fn the_status_bar_counts_in_french_with_0_and_1_in_the_singular() {
    let (mut map, card) = workshop_map();
    map.links.clear();
    let mut harness = french(Document::new_unsaved(map), ScriptedDialogs::default());
    let stages = harness.state().document().map.stages.len();
    harness.get_by_label(&format!("{stages} étapes · 1 carte · 0 lien"));
    harness
        .state_mut()
        .session
        .document
        .apply(parcours::edit::Edit::DeleteCards(vec![card]));
    harness.run_steps(2);
    harness.get_by_label(&format!("{stages} étapes · 0 carte · 0 lien"));
}
