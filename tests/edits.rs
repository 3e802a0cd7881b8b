//! Edits and the undo history, on the document alone.

use parcours::edit::{Document, Edit, MergeKey};
use parcours::lang::Language;
use parcours::layout::{CellPlace, MapLayout};
use parcours::model::*;

fn small() -> JourneyMap {
    parcours::file::load(std::path::Path::new("tests/fixtures/small.journey.ron"))
        .expect("the fixture")
}

const AWARENESS: StageId = StageId(2);
const STEP: StepId = StepId(3);
const PURCHASE: StageId = StageId(4);
const TOUCHPOINTS: LaneId = LaneId(5);
const LETTER: CardId = CardId(7);
const QUOTE: CardId = CardId(8);

fn cell_texts(map: &JourneyMap, stage: StageId) -> Vec<&str> {
    map.cards
        .iter()
        .filter(|c| c.lane == TOUCHPOINTS && c.stage == stage)
        .map(|c| c.text.as_str())
        .collect()
}

#[test]
fn moving_a_card_before_another_puts_it_first_in_that_cell() {
    let mut map = small();
    let to = CellPlace {
        lane: TOUCHPOINTS,
        stage: PURCHASE,
        step: None,
        index: 0,
    };
    assert!(
        Edit::MoveCards {
            cards: vec![LETTER],
            to
        }
        .apply(&mut map)
    );
    assert_eq!(cell_texts(&map, PURCHASE), ["Renewal letter", "Quote form"]);
    assert_eq!(map.card(LETTER).map(|c| c.step), Some(None));
    assert_eq!(map.validate(), Vec::new());
}

#[test]
fn moving_a_card_to_a_later_place_in_its_own_cell_counts_it_once() {
    let mut map = small();
    let extra = CardId(map.next_free_id());
    map.cards
        .push(Card::new(extra, TOUCHPOINTS, PURCHASE, "Advisor call"));
    let to = CellPlace {
        lane: TOUCHPOINTS,
        stage: PURCHASE,
        step: None,
        index: 2,
    };
    assert!(
        Edit::MoveCards {
            cards: vec![QUOTE],
            to
        }
        .apply(&mut map)
    );
    assert_eq!(cell_texts(&map, PURCHASE), ["Advisor call", "Quote form"]);
}

#[test]
fn a_card_cannot_move_to_the_emotion_lane_or_a_stage_that_is_gone() {
    let mut map = small();
    let emotion = CellPlace {
        lane: LaneId(6),
        stage: PURCHASE,
        step: None,
        index: 0,
    };
    assert!(
        !Edit::MoveCards {
            cards: vec![LETTER],
            to: emotion
        }
        .apply(&mut map)
    );
    let gone = CellPlace {
        stage: StageId(99),
        lane: TOUCHPOINTS,
        ..emotion
    };
    assert!(
        !Edit::MoveCards {
            cards: vec![LETTER],
            to: gone
        }
        .apply(&mut map)
    );
    assert_eq!(map, small());
}

#[test]
fn deleting_a_card_takes_its_moment_and_links_and_keeps_its_emotion_point_at_the_stage() {
    let mut map = small();
    assert!(Edit::DeleteCards(vec![LETTER]).apply(&mut map));
    assert!(map.card(LETTER).is_none());
    assert!(map.links.is_empty(), "the loop back pointed at the letter");
    assert_eq!(map.moments.len(), 1, "the quote form's moment stays");
    assert_eq!(map.curves[0].points[0].anchor, Anchor::Stage(AWARENESS));
    assert_eq!(map.validate(), Vec::new());
}

#[test]
fn removing_a_stage_removes_its_cards_and_what_hangs_on_them() {
    let mut map = small();
    assert!(Edit::RemoveStage(PURCHASE).apply(&mut map));
    assert_eq!(map.stages.len(), 1);
    assert!(map.card(QUOTE).is_none());
    assert!(map.moments.is_empty());
    assert!(map.links.is_empty());
    assert_eq!(map.validate(), Vec::new());
}

#[test]
fn dropping_a_step_from_a_stage_moves_its_cards_to_the_stage() {
    let mut map = small();
    map.cards[0].step = Some(STEP);
    let mut stage = map.stage(AWARENESS).cloned().expect("the stage");
    stage.steps.clear();
    assert!(Edit::ReplaceStage(stage).apply(&mut map));
    assert_eq!(map.card(LETTER).and_then(|c| c.step), None);
    assert_eq!(map.validate(), Vec::new());
}

#[test]
fn narrowing_the_scale_clamps_the_scores() {
    let mut map = small();
    assert_eq!(map.curves[0].points[0].score, -1);
    assert!(Edit::SetScale(EmotionScale { min: 0, max: 3 }).apply(&mut map));
    assert_eq!(map.curves[0].points[0].score, 0);
    assert!(
        !Edit::SetScale(EmotionScale { min: 2, max: 1 }).apply(&mut map),
        "an empty scale is refused"
    );
}

#[test]
fn switching_to_a_service_blueprint_adds_the_layers_behind_the_journey() {
    let mut map = small();
    assert!(Edit::SetMapType(MapType::ServiceBlueprint).apply(&mut map));
    for kind in [LaneKind::Frontstage, LaneKind::Backstage, LaneKind::Support] {
        assert!(map.lanes.iter().any(|l| l.kind == kind), "{kind:?}");
    }
    assert_eq!(map.validate(), Vec::new());
}

#[test]
fn undo_and_redo_track_whether_the_map_is_saved() {
    let mut document = Document::from_file(small(), "small.journey.ron".into());
    assert!(!document.is_dirty());
    assert!(document.apply(Edit::DeleteCards(vec![QUOTE])));
    assert!(document.is_dirty());
    assert!(document.undo());
    assert!(!document.is_dirty(), "back to the saved state");
    assert!(document.redo());
    assert!(document.is_dirty());
    document.mark_saved("small.journey.ron".into());
    assert!(!document.is_dirty());
    assert!(document.undo());
    assert!(
        document.is_dirty(),
        "the saved state is the one after the delete"
    );
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut document = Document::new_unsaved(small());
    for text in ["Q", "Qu", "Quo"] {
        let mut card = document.map.card(QUOTE).cloned().expect("the card");
        card.text = text.to_owned();
        let key = MergeKey {
            element: Some(QUOTE.0),
            field: 1,
        };
        assert!(document.apply_merged(Edit::ReplaceCard(card), key));
    }
    assert!(document.undo());
    assert_eq!(document.map, small());
    assert!(!document.undo(), "nothing more to undo");
}

#[test]
fn an_edit_that_changes_nothing_is_not_an_undo_step() {
    let mut document = Document::new_unsaved(small());
    let card = document.map.card(QUOTE).cloned().expect("the card");
    assert!(!document.apply(Edit::ReplaceCard(card)));
    assert_eq!(document.undo_label(Language::English), None);
}

#[test]
fn two_cards_in_a_cell_sit_side_by_side_and_a_third_makes_the_stage_wider() {
    let mut map = small();
    let second = CardId(map.next_free_id());
    map.cards
        .push(Card::new(second, TOUCHPOINTS, PURCHASE, "Advisor call"));
    let layout = MapLayout::new(&map);
    let (quote, call) = (layout.cards[&QUOTE], layout.cards[&second]);
    assert_eq!(quote.top(), call.top());
    assert!(quote.right() < call.left());
    let narrow = layout.stage(PURCHASE).expect("stage").rect.width();

    let third = CardId(map.next_free_id());
    map.cards
        .push(Card::new(third, TOUCHPOINTS, PURCHASE, "Chat"));
    let wider = MapLayout::new(&map)
        .stage(PURCHASE)
        .expect("stage")
        .rect
        .width();
    assert!(wider > narrow, "{wider} > {narrow}");
}

#[test]
fn a_drop_between_two_cards_lands_between_them() {
    let mut map = small();
    let second = CardId(map.next_free_id());
    map.cards
        .push(Card::new(second, TOUCHPOINTS, PURCHASE, "Advisor call"));
    let layout = MapLayout::new(&map);
    let between = egui::pos2(
        (layout.cards[&QUOTE].right() + layout.cards[&second].left()) / 2.0,
        layout.cards[&QUOTE].center().y,
    );
    let place = layout.place_at(&map, between).expect("a place");
    assert_eq!(
        (place.lane, place.stage, place.index),
        (TOUCHPOINTS, PURCHASE, 1)
    );
    let emotion_row = layout.lane(LaneId(6)).expect("row").rect;
    assert_eq!(
        layout.place_at(&map, emotion_row.center()),
        None,
        "the emotion lane takes no cards"
    );
}

/// What dragging the right edge of `stage`'s header to `x` shows, and the
/// stage's right edge once the drag's edit is applied.
fn stage_edge_drag(map: &JourneyMap, stage: StageId, x: f32) -> (f32, f32) {
    use parcours::ui::{CanvasInput, Drag, Preview, plan};
    let layout = MapLayout::new(map);
    let scene = parcours::scene::build_scene(map, &layout);
    let input = CanvasInput {
        map,
        layout: &layout,
        scene: &scene,
    };
    let left = layout.stage(stage).expect("laid out").header.left();
    let drag = Drag::StageWidth { stage, left };
    let planned = plan(&input, &drag, egui::pos2(x, 20.0));
    let Preview::StageEdge { x: shown } = planned.preview else {
        panic!("a stage edge drag previews the edge: {:?}", planned.preview);
    };
    let mut after = map.clone();
    assert!(planned.edit.expect("an edit").apply(&mut after));
    let right = MapLayout::new(&after)
        .stage(stage)
        .expect("laid out")
        .header
        .right();
    (shown, right)
}

#[test]
fn a_stage_edge_dragged_past_2000_units_stops_where_its_preview_shows() {
    let map = small();
    let left = MapLayout::new(&map)
        .stage(PURCHASE)
        .expect("laid out")
        .header
        .left();
    for pointer in [left + 40.0, left + 600.0, left + 2_600.0, left + 9_000.0] {
        let (shown, right) = stage_edge_drag(&map, PURCHASE, pointer);
        assert_eq!(
            shown, right,
            "pointer at {pointer}: preview and result agree"
        );
    }
    let (_, right) = stage_edge_drag(&map, PURCHASE, left + 2_600.0);
    assert_eq!(right - left, 2_000.0, "a stage is at most 2,000 units wide");
    let (_, right) = stage_edge_drag(&map, PURCHASE, left + 40.0);
    assert_eq!(right - left, 120.0, "and at least 120");
}

#[test]
fn edits_of_two_fields_are_two_undo_steps_and_a_closed_run_starts_a_new_one() {
    let mut document = Document::new_unsaved(small());
    let title = MergeKey {
        element: None,
        field: 1,
    };
    let brand = MergeKey {
        element: None,
        field: 2,
    };
    let mut meta = document.map.meta.clone();
    for text in ["N", "Ne", "New"] {
        meta.title = text.to_owned();
        assert!(document.apply_merged(Edit::SetMeta(meta.clone()), title));
    }
    let mut theme = document.map.theme.clone();
    theme.brand = Color::rgb(200, 10, 10);
    assert!(document.apply_merged(Edit::SetTheme(theme), brand));
    document.close_merge();
    meta.title = "New title".to_owned();
    assert!(document.apply_merged(Edit::SetMeta(meta), title));
    assert!(document.undo());
    assert_eq!(document.map.meta.title, "New", "the run after the close");
    assert!(document.undo());
    assert_eq!(document.map.theme, small().theme, "the brand colour");
    assert_eq!(document.map.meta.title, "New");
    assert!(document.undo());
    assert_eq!(document.map, small(), "the whole word typed in the title");
    assert!(!document.undo(), "three steps in all");
}

#[test]
fn an_added_persona_comes_with_its_own_curve_and_renaming_it_adds_none() {
    let mut map = small();
    let id = PersonaId(map.next_free_id());
    let persona = Persona::new(id, "Sam", map.next_persona_color());
    assert!(Edit::SetPersona(persona.clone()).apply(&mut map));
    let curves: Vec<&EmotionCurve> = map.curves.iter().filter(|c| c.persona == id).collect();
    assert_eq!(curves.len(), 1, "one curve for the new persona");
    assert!(curves[0].points.is_empty() && !curves[0].hidden);
    assert_eq!(map.validate(), Vec::new(), "the curve's id is its own");

    let renamed = Persona {
        name: "Samira".to_owned(),
        ..persona
    };
    assert!(Edit::SetPersona(renamed).apply(&mut map));
    assert_eq!(map.persona(id).map(|p| p.name.as_str()), Some("Samira"));
    assert_eq!(map.curves.iter().filter(|c| c.persona == id).count(), 1);
}
