//! The Insights panel as a user meets it: opened from the View menu beside the
//! inspector on an example map, its items selecting what they name, its
//! labels in the interface's language; and the card inspector's inputs for the
//! fields the analysis reads, each edit one undo step.

#[allow(dead_code)]
mod common;

use egui::accesskit::Toggled;
use egui::{Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::edit::Document;
use parcours::insights::Insights;
use parcours::lang::Language;
use parcours::model::*;
use parcours::ui::{Action, ParcoursApp, Selection};

use common::ScriptedDialogs;

const NBSP: char = '\u{a0}';

fn example(name: &str) -> JourneyMap {
    let template = parcours::templates::find(name).expect("the example is shipped");
    template
        .load(template.languages()[0])
        .expect("the example loads")
}

fn harness(map: JourneyMap, language: Language) -> Harness<'static, ParcoursApp> {
    let document = Document::new_unsaved(map);
    let app = ParcoursApp::new(document, Box::new(ScriptedDialogs::default()), Vec::new())
        .with_language(language);
    common::editor_harness(app)
}

fn show_insights(harness: &mut Harness<'_, ParcoursApp>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().run(Action::ShowInsights, &ctx);
    harness.run_steps(3);
}

fn stage_name(map: &JourneyMap, stage: StageId) -> String {
    map.stage(stage).expect("the stage").name.clone()
}

#[test]
fn the_view_menu_opens_the_panel_with_each_personas_weakest_stage() {
    let map = example("home-insurance-renewal");
    let insights = Insights::of(&map);
    let mut harness = harness(map.clone(), Language::English);
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Insights Ctrl+Shift+I").click();
    harness.run_steps(3);

    assert!(harness.state().shows_insights());
    let weakest: Vec<_> = insights.personas.iter().filter_map(|p| p.weakest).collect();
    assert!(!weakest.is_empty(), "the example has an emotion curve");
    for stage in weakest {
        let line = format!("Weakest stage: {}", stage_name(&map, stage));
        harness.get_by_label(&line);
    }
    harness.get_by_label("Pain points, most pressing first");
    harness.get_by_label("Quick wins");
}

#[test]
fn clicking_a_pain_point_selects_its_card_and_brings_it_into_view() {
    let map = example("home-insurance-renewal");
    let first = Insights::of(&map).pain_points[0].card;
    let text = map.card(first).expect("the card").text.clone();
    let mut harness = harness(map, Language::English);
    show_insights(&mut harness);
    // The map pushed far off to the left of the canvas.
    harness.state_mut().view.pan(vec2(-20_000.0, 0.0));
    harness.run_steps(2);

    harness
        .get_all_by_label(&text)
        .next()
        .expect("the pain point is listed")
        .click();
    harness.run_steps(3);

    let app = harness.state();
    assert_eq!(app.selection, Selection::Cards(vec![first]));
    let layout = parcours::layout::MapLayout::new(&app.document().map);
    let card: Rect = app.view.screen_from_map * layout.cards[&first];
    assert!(
        app.view.screen.contains_rect(card),
        "{card:?} is not within the canvas {:?}",
        app.view.screen
    );
}

#[test]
fn a_long_list_shows_its_first_items_and_counts_the_others() {
    let mut map = example("home-insurance-renewal");
    let (lane, stage) = {
        let pain = map
            .cards_of_kind(LaneKind::PainPoints)
            .next()
            .expect("a pain point");
        (pain.lane, pain.stage)
    };
    let listed = map.cards_of_kind(LaneKind::PainPoints).count();
    for i in 0..20 {
        let id = CardId(map.next_free_id());
        map.cards
            .push(Card::new(id, lane, stage, format!("Extra pain {i}")));
    }
    let mut harness = harness(map, Language::English);
    show_insights(&mut harness);

    // Twelve are listed, the most pressing first: the rest are counted.
    let more = format!("and {} more", listed + 20 - 12);
    harness.get_by_label(&more);
    // Unrated extra pain points rank last: the last of them is not listed.
    assert!(harness.query_by_label("Extra pain 19").is_none());
}

#[test]
fn the_panel_in_french_shows_french_labels() {
    let map = example("relance-prospects-photographe");
    let insights = Insights::of(&map);
    let mut harness = harness(map.clone(), Language::French);
    show_insights(&mut harness);

    harness.get_by_label("Enseignements");
    harness.get_by_label("Émotion par persona");
    let weakest = insights.personas[0].weakest.expect("a weakest stage");
    let line = format!("Étape la plus faible{NBSP}: {}", stage_name(&map, weakest));
    harness.get_by_label(&line);
    let english = [
        "Insights",
        "Emotion by persona",
        "Moments of truth",
        "Pain points, most pressing first",
        "Opportunities by value and effort",
        "Quick wins",
        "Touchpoints by channel and stage",
        "Manual work to automate",
    ];
    for label in english {
        assert!(harness.query_by_label(label).is_none(), "{label}");
    }
}

/// Whether the View menu shows the switch `label` as on.
fn switched_on(harness: &mut Harness<'_, ParcoursApp>, label: &str) -> Option<Toggled> {
    harness.get_by_label("View").click();
    harness.run_steps(2);
    let on = harness.get_by_label(label).accesskit_node().toggled();
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    on
}

#[test]
fn the_view_menu_shows_the_panel_and_the_overlays_switched_on() {
    let mut harness = harness(example("home-insurance-renewal"), Language::English);
    for label in [
        "Insights Ctrl+Shift+I",
        "Stage emotion strip",
        "Stages below target",
    ] {
        assert_eq!(
            switched_on(&mut harness, label),
            Some(Toggled::False),
            "{label}"
        );
        harness.get_by_label("View").click();
        harness.run_steps(2);
        harness.get_by_label(label).click();
        harness.run_steps(3);
        assert_eq!(
            switched_on(&mut harness, label),
            Some(Toggled::True),
            "{label}"
        );
    }
    assert!(harness.state().shows_insights());
}

/// The example's first opportunity, selected in the inspector.
fn opportunity_selected() -> (Harness<'static, ParcoursApp>, CardId) {
    let map = example("home-insurance-renewal");
    let id = map
        .cards_of_kind(LaneKind::Opportunities)
        .next()
        .expect("an opportunity")
        .id;
    let mut harness = harness(map, Language::English);
    harness.state_mut().selection = Selection::Cards(vec![id]);
    harness.run_steps(3);
    (harness, id)
}

fn card(harness: &Harness<'_, ParcoursApp>, id: CardId) -> Card {
    harness
        .state()
        .document()
        .map
        .card(id)
        .expect("card")
        .clone()
}

fn undo(harness: &mut Harness<'_, ParcoursApp>) {
    harness.state_mut().session.document.undo();
    harness.run_steps(2);
}

#[test]
fn the_inspector_edits_value_effort_votes_and_manual_work_one_undo_step_each() {
    let (mut harness, id) = opportunity_selected();
    let before = card(&harness, id);

    harness
        .get_by_label("Value for customers and business")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Low").click();
    harness.run_steps(2);
    harness.get_by_label("Effort it takes").click();
    harness.run_steps(2);
    harness.get_by_label("Critical").click();
    harness.run_steps(2);
    harness.get_by_label("Dot votes").click();
    harness.run_steps(2);
    harness.get_by_label("Dot votes").type_text("7");
    harness.run_steps(2);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    harness.get_by_label("Manual, repeated work").click();
    harness.run_steps(2);
    harness.get_by_label("Hours a week").click();
    harness.run_steps(2);
    harness.get_by_label("Hours a week").type_text("3,5");
    harness.run_steps(2);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);

    let edited = card(&harness, id);
    assert_eq!(edited.value, Some(Level::Low));
    assert_eq!(edited.effort, Some(Level::Critical));
    assert_eq!(edited.votes, 7);
    assert!(edited.manual_work);
    assert_eq!(edited.hours_per_week, Some(3.5));

    undo(&mut harness);
    assert_eq!(card(&harness, id).hours_per_week, before.hours_per_week);
    assert!(card(&harness, id).manual_work);
    undo(&mut harness);
    assert_eq!(card(&harness, id).manual_work, before.manual_work);
    assert_eq!(card(&harness, id).votes, 7);
    undo(&mut harness);
    assert_eq!(card(&harness, id).votes, before.votes);
    assert_eq!(card(&harness, id).effort, Some(Level::Critical));
    undo(&mut harness);
    assert_eq!(card(&harness, id).effort, before.effort);
    assert_eq!(card(&harness, id).value, Some(Level::Low));
    undo(&mut harness);
    assert_eq!(card(&harness, id), before);
}

/// The titles of the pages the Export dialog previews.
fn previewed_titles(harness: &mut Harness<'_, ParcoursApp>) -> Vec<String> {
    let app = harness.state_mut();
    let map = app.session.document.map.clone();
    let revision = app.session.document.revision();
    let dialog = app.export.as_mut().expect("the Export dialog is open");
    dialog
        .pages(&map, revision)
        .iter()
        .map(|page| page.title.clone())
        .collect()
}

#[test]
fn the_export_dialog_leaves_the_insights_slides_out_when_asked() {
    let mut harness = harness(example("home-insurance-renewal"), Language::English);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run_steps(3);
    let titles = previewed_titles(&mut harness);
    assert!(
        titles.iter().any(|t| t.starts_with("Insights")),
        "{titles:?}"
    );

    harness
        .get_by_label("Leave out the insights slides")
        .click();
    harness.run_steps(3);

    let titles = previewed_titles(&mut harness);
    assert!(
        !titles.iter().any(|t| t.starts_with("Insights")),
        "{titles:?}"
    );
    assert!(!titles.is_empty());
}
