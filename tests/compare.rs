//! Comparing maps: the future state beside the current state, two versions of
//! one map, and two maps that share no ids.

use std::path::Path;

use parcours::compare::{self, ChangeKind, MatchedBy, future_state_from};
use parcours::edit::Edit;
use parcours::layout::CellPlace;
use parcours::model::*;

fn example(name: &str, language: &str) -> JourneyMap {
    parcours::templates::find(name)
        .expect("a shipped example")
        .load(language)
        .expect("the example loads")
}

fn renewal() -> JourneyMap {
    example("home-insurance-renewal", "en")
}

fn lines(old: &JourneyMap, new: &JourneyMap) -> Vec<String> {
    let comparison = compare::compare(old, new);
    comparison
        .changes
        .iter()
        .flat_map(|change| compare::describe(change, old, new, parcours::lang::Language::English))
        .collect()
}

fn card_in(map: &JourneyMap, lane: LaneKind) -> Card {
    map.cards_of_kind(lane)
        .next()
        .expect("a card of that kind")
        .clone()
}

#[test]
fn a_future_state_map_keeps_every_id_and_points_to_the_current_map() {
    let current = renewal();
    let future = future_state_from(&current, Some(Path::new("/maps/renewal.journey.ron")));

    assert_eq!(future.meta.map_type, MapType::FutureState);
    assert_eq!(
        future.meta.improves_on,
        Some(MapRef::File("renewal.journey.ron".to_owned()))
    );
    assert_ne!(future.meta.id, current.meta.id, "a map of its own");
    let ids = |map: &JourneyMap| compare::elements(map);
    assert_eq!(ids(&future), ids(&current));
    assert!(future.validate().is_empty());

    let without_file = future_state_from(&current, None);
    assert_eq!(
        without_file.meta.improves_on,
        Some(MapRef::Id(current.meta.id.clone()))
    );
}

#[test]
fn a_future_map_differs_from_its_current_map_only_in_its_details_until_edited() {
    let current = renewal();
    let future = future_state_from(&current, None);
    let comparison = compare::compare(&current, &future);

    assert_eq!(comparison.matched_by, MatchedBy::Ids);
    assert_eq!(comparison.changes.len(), 1, "{:?}", comparison.changes);
    let ChangeKind::Changed(fields) = &comparison.changes[0].what else {
        panic!("the details changed: {:?}", comparison.changes[0]);
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["id", "title", "map_type", "improves_on"]);
}

#[test]
fn a_changed_card_text_reads_as_one_line_under_its_stage() {
    let current = renewal();
    let mut future = future_state_from(&current, None);
    let mut card = card_in(&current, LaneKind::Touchpoints);
    let old_text = card.text.clone();
    card.text = format!("{old_text}-back");
    assert!(Edit::ReplaceCard(card.clone()).apply(&mut future));

    let stage = &current.stage(card.stage).expect("its stage").name;
    let expected =
        format!("stage \"{stage}\": card \"{old_text}\" text \"{old_text}\" → \"{old_text}-back\"");
    assert!(
        lines(&current, &future).contains(&expected),
        "{:?}",
        lines(&current, &future)
    );
}

#[test]
fn added_removed_and_moved_cards_each_name_their_card() {
    let current = renewal();
    let mut future = current.clone();
    let removed = current.cards[0].clone();
    let moved = current.cards[1].clone();
    let target_stage = current
        .stages
        .iter()
        .find(|s| s.id != moved.stage)
        .expect("another stage")
        .id;
    let added = Card::new(
        CardId(future.next_free_id()),
        moved.lane,
        target_stage,
        "Chatbot quote",
    );
    assert!(Edit::DeleteCards(vec![removed.id]).apply(&mut future));
    let to = CellPlace {
        lane: moved.lane,
        stage: target_stage,
        step: None,
        index: 0,
    };
    assert!(
        Edit::MoveCards {
            cards: vec![moved.id],
            to
        }
        .apply(&mut future)
    );
    assert!(
        Edit::InsertCard {
            card: added.clone(),
            index: 0
        }
        .apply(&mut future)
    );

    let comparison = compare::compare(&current, &future);
    let what_of = |element: ElementRef| -> Vec<&ChangeKind> {
        comparison.changes_of(element).map(|c| &c.what).collect()
    };
    assert_eq!(
        what_of(ElementRef::Card(removed.id)),
        [&ChangeKind::Removed]
    );
    assert_eq!(what_of(ElementRef::Card(added.id)), [&ChangeKind::Added]);
    let moves = what_of(ElementRef::Card(moved.id));
    let [ChangeKind::Moved { from, to }] = moves.as_slice() else {
        panic!("one move: {moves:?}");
    };
    assert_eq!((from.stage, to.stage), (moved.stage, target_stage));
    let text = lines(&current, &future);
    assert!(
        text.iter()
            .any(|l| l.ends_with("card \"Chatbot quote\" added in lane \"Touchpoints\"")),
        "{text:?}"
    );
}

#[test]
fn a_renamed_stage_is_a_rename_and_the_curves_show_the_difference_per_stage() {
    let current = renewal();
    let mut future = current.clone();
    let mut stage = current.stages[1].clone();
    stage.name = "Comparing offers".to_owned();
    assert!(Edit::ReplaceStage(stage.clone()).apply(&mut future));
    let curve = &current.curves[0];
    let mut point = curve.points[0].clone();
    let before = point.score;
    point.score = if before > current.scale.min {
        before - 1
    } else {
        before + 1
    };
    assert!(
        Edit::SetPoint {
            curve: curve.id,
            point: point.clone()
        }
        .apply(&mut future)
    );

    let comparison = compare::compare(&current, &future);
    let rename = comparison
        .changes_of(ElementRef::Stage(stage.id))
        .next()
        .expect("a change");
    assert!(rename.is_rename());
    let persona = &comparison.curves[0];
    let moved: Vec<(&str, f32)> = persona
        .stages
        .iter()
        .filter_map(|s| Some((s.stage.as_str(), s.difference()?)))
        .filter(|(_, d)| *d != 0.0)
        .collect();
    let expected = current
        .stage(compare::stage_of_anchor(&current, point.anchor).expect("on the map"))
        .expect("a stage");
    assert_eq!(moved.len(), 1, "one stage's emotion moved: {persona:?}");
    assert_eq!(moved[0].0, expected.name.as_str());
}

#[test]
fn maps_that_share_no_ids_pair_their_elements_by_stage_lane_and_text() {
    let mut current = renewal();
    for (label, kind) in [
        ("if the quote is too high", LinkKind::Alternative),
        ("", LinkKind::LoopBack),
    ] {
        let link = Link {
            id: LinkId(current.next_free_id()),
            from: current.cards[0].id,
            to: Some(current.cards[1].id),
            kind,
            label: label.to_owned(),
            share: None,
        };
        assert!(
            Edit::SetLink(link).apply(&mut current),
            "two links with the same ends"
        );
    }
    let mut renumbered = current.clone();
    renumbered.renumber(|id| id + 10_000);
    renumbered.meta.id = "another-map".to_owned();

    let comparison = compare::compare(&current, &renumbered);

    assert_eq!(comparison.matched_by, MatchedBy::Similarity);
    let first_stage = current.stages[0].id;
    assert_eq!(
        comparison.matching.new_of(ElementRef::Stage(first_stage)),
        Some(ElementRef::Stage(StageId(first_stage.0 + 10_000)))
    );
    assert_eq!(
        lines(&current, &renumbered),
        [
            "map details id \"home-insurance-renewal\" → \"another-map\""
                .replace("home-insurance-renewal", &current.meta.id)
        ]
    );
}

#[test]
fn unrelated_examples_are_compared_without_pairing_their_cards_by_number() {
    let renewal = renewal();
    let other = example("relance-prospects-photographe", "fr");
    let comparison = compare::compare(&renewal, &other);
    assert_eq!(comparison.matched_by, MatchedBy::Similarity);
    let removed = comparison
        .changes
        .iter()
        .filter(|c| c.what == ChangeKind::Removed)
        .count();
    assert!(
        removed >= renewal.cards.len() / 2,
        "most cards have nothing alike: {removed}"
    );
}

fn page_lines(page: &parcours::export::Page) -> Vec<String> {
    page.scene
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            parcours::scene::Shape::Text(text) => Some(text.lines.join(" ")),
            _ => None,
        })
        .collect()
}

#[test]
fn a_deck_compared_with_the_current_state_ends_with_both_curves_and_the_changes_per_stage() {
    use parcours::export::{self, ExportRequest, Format, Pages};
    let current = renewal();
    let mut future = future_state_from(&current, None);
    let mut card = card_in(&current, LaneKind::Touchpoints);
    let old_text = card.text.clone();
    card.text = "Callback within the hour".to_owned();
    assert!(Edit::ReplaceCard(card.clone()).apply(&mut future));
    let plain = ExportRequest::new(Format::Svg, Pages::Slides);
    let mut compared = plain.clone();
    compared.compare_with = Some(std::sync::Arc::new(current.clone()));

    let deck = export::pages(&future, &plain);
    let with_comparison = export::pages(&future, &compared);

    let personas_with_points = current
        .curves
        .iter()
        .filter(|c| !c.points.is_empty())
        .count();
    assert_eq!(with_comparison.len(), deck.len() + personas_with_points + 1);
    assert_eq!(
        export::slide_count(&future, &compared),
        with_comparison.len()
    );
    let persona = &current.personas[0].name;
    assert!(with_comparison[deck.len()].title.contains(persona.as_str()));
    let table = with_comparison.last().expect("a table of changes");
    assert_eq!(table.title, "Changes by stage");
    let lines = page_lines(table);
    let stage = &current.stage(card.stage).expect("its stage").name;
    assert!(lines.contains(stage), "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&format!("card \"{old_text}\" text"))
                && l.contains("\"Callback within the hour\"")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .flat_map(|l| l.chars())
            .all(parcours::fonts::covers)
    );
}

#[test]
fn parcours_diff_prints_the_changes_and_exits_as_diff_does() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let current = renewal();
    let mut future = future_state_from(&current, None);
    let mut card = card_in(&current, LaneKind::Touchpoints);
    let old_text = card.text.clone();
    card.text = format!("{old_text}-back");
    assert!(Edit::ReplaceCard(card).apply(&mut future));
    let (a, b) = (
        folder.path().join("a.journey.ron"),
        folder.path().join("b.journey.ron"),
    );
    parcours::file::save(&a, &current).expect("saved");
    parcours::file::save(&b, &future).expect("saved");
    let diff = |arguments: &[&Path]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_parcours"))
            .arg("diff")
            .args(arguments)
            .output()
            .expect("parcours runs")
    };

    let same = diff(&[&a, &a]);
    assert_eq!(
        (same.status.code(), same.stdout.is_empty()),
        (Some(0), true)
    );
    let different = diff(&[&a, &b]);
    assert_eq!(different.status.code(), Some(1));
    let text = String::from_utf8_lossy(&different.stdout);
    assert!(
        text.contains(&format!("text \"{old_text}\" → \"{old_text}-back\"")),
        "{text}"
    );
    let json = diff(&[&a, &b, Path::new("--format"), Path::new("json")]);
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(parsed["matched_by"], "Ids");
    let changes = parsed["changes"].as_array().expect("a list");
    assert!(
        changes.iter().any(|c| c["new"]
            == serde_json::json!({"Card": card_in(&current, LaneKind::Touchpoints).id.0}))
    );
    let missing = diff(&[&a, &folder.path().join("none.journey.ron")]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn compare_slides_need_a_deck() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("a.journey.ron");
    parcours::file::save(&map, &renewal()).expect("saved");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_parcours"))
        .arg("export")
        .arg(&map)
        .args(["--compare"])
        .arg(&map)
        .arg("-o")
        .arg(folder.path().join("map.pdf"))
        .output()
        .expect("parcours runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--slides"));
}

/// The marks the compare mode draws, by kind, with the element each is on.
fn marked(
    comparison: &compare::Comparison,
    picture: &compare::Picture,
    layout: &parcours::layout::MapLayout,
) -> Vec<(compare::MarkKind, ElementRef, bool)> {
    compare::marks(comparison, picture, layout)
        .into_iter()
        .map(|mark| {
            let change = &comparison.changes[mark.change];
            (mark.kind, change.element(), mark.from.is_some())
        })
        .collect()
}

#[test]
fn the_compare_picture_ghosts_removed_cards_in_their_old_cell_and_traces_moved_ones() {
    use compare::MarkKind;
    let current = renewal();
    let mut future = future_state_from(&current, None);
    let cards: Vec<Card> = current
        .cards_of_kind(LaneKind::Touchpoints)
        .cloned()
        .collect();
    let (gone, moving) = (&cards[0], &cards[1]);
    assert!(Edit::DeleteCards(vec![gone.id]).apply(&mut future));
    let other_stage = current
        .stages
        .iter()
        .find(|s| s.id != moving.stage)
        .expect("another stage")
        .id;
    let mut moved = moving.clone();
    moved.stage = other_stage;
    moved.step = None;
    assert!(Edit::ReplaceCard(moved).apply(&mut future));

    let comparison = compare::compare(&current, &future);
    let picture = compare::Picture::of(&comparison, &current, &future);
    let layout = parcours::layout::MapLayout::new(&picture.map);

    assert_eq!(picture.map.cards.len(), future.cards.len() + 1, "one ghost");
    let ghost = picture.map.cards.last().expect("the ghost");
    assert_eq!(
        (ghost.text.as_str(), ghost.stage, ghost.lane),
        (gone.text.as_str(), gone.stage, gone.lane)
    );
    assert!(
        future.card(ghost.id).is_none(),
        "a ghost has an id of its own"
    );
    assert_eq!(
        picture.ghosts[&ElementRef::Card(ghost.id)],
        ElementRef::Card(gone.id)
    );
    let marks = marked(&comparison, &picture, &layout);
    assert!(
        marks.contains(&(MarkKind::Removed, ElementRef::Card(gone.id), false)),
        "{marks:?}"
    );
    assert!(
        marks.contains(&(MarkKind::Moved, ElementRef::Card(moving.id), true)),
        "{marks:?}"
    );
}

#[test]
fn the_compare_picture_dashes_the_old_curve_and_tells_the_difference_per_stage() {
    let current = renewal();
    let mut future = future_state_from(&current, None);
    let curve = &current.curves[0];
    let point = curve.points[0].clone();
    let better = (point.score + 1).min(current.scale.max);
    assert_ne!(better, point.score, "the example's first point can rise");
    future.curves[0].points[0].score = better;

    let comparison = compare::compare(&current, &future);
    let picture = compare::Picture::of(&comparison, &current, &future);
    let layout = parcours::layout::MapLayout::new(&picture.map);
    let old = compare::old_curves(&comparison, &current, &picture, &layout);
    let differences = compare::stage_differences(&comparison, &layout);

    assert_eq!(old.len(), 1);
    assert_eq!(
        old[0].points.len(),
        curve.points.len(),
        "every old point is placed"
    );
    let new_points = &layout.curves[0].points;
    assert!(
        old[0].points[0].y > new_points[0].pos.y,
        "the old point sits lower in the lane than the better new one"
    );
    assert_eq!(differences.len(), 1, "{differences:?}");
    let persona = current.persona(curve.persona).expect("its persona");
    assert_eq!(differences[0].persona, persona.name);
    assert!(differences[0].difference > 0.0);
}

#[test]
fn points_and_links_are_named_by_their_persona_and_cards_in_both_languages() {
    use parcours::lang::Language;
    let current = renewal();
    let mut future = future_state_from(&current, None);
    let curve = &current.curves[0];
    let (index, point) = curve
        .points
        .iter()
        .enumerate()
        .find(|(_, p)| matches!(p.anchor, Anchor::Card(_)))
        .expect("a point on a card");
    let Anchor::Card(card) = point.anchor else {
        unreachable!("found on a card")
    };
    let card = current.card(card).expect("its card");
    let better = if point.score < current.scale.max {
        point.score + 1
    } else {
        point.score - 1
    };
    future.curves[0].points[index].score = better;
    let link = current.links[0].clone();
    future.links.retain(|l| l.id != link.id);

    let comparison = compare::compare(&current, &future);
    let all = |language| -> Vec<String> {
        comparison
            .changes
            .iter()
            .flat_map(|c| compare::describe(c, &current, &future, language))
            .collect()
    };
    let persona = &current.persona(curve.persona).expect("its persona").name;
    let stage = &current.stage(card.stage).expect("its stage").name;
    let english = all(Language::English);
    let expected = format!(
        "stage \"{stage}\": emotion point of \"{persona}\" on card \"{}\" score {} → {better}",
        card.text, point.score
    );
    assert!(english.contains(&expected), "{expected} in {english:#?}");
    let from = &current.card(link.from).expect("its card").text;
    assert!(
        english
            .iter()
            .any(|l| l.starts_with(&format!("link from card \"{from}\" to "))
                && l.ends_with(" removed")),
        "{english:#?}"
    );
    let french = all(Language::French);
    let expected = format!(
        "étape «\u{a0}{stage}\u{a0}»\u{a0}: point d'émotion de «\u{a0}{persona}\u{a0}» sur la carte «\u{a0}{}\u{a0}»\u{a0}: score {} → {better}",
        card.text, point.score
    );
    assert!(french.contains(&expected), "{expected} in {french:#?}");
    assert!(
        french.iter().any(|l| l
            .starts_with(&format!("lien de la carte «\u{a0}{from}\u{a0}» vers "))
            && l.ends_with("\u{a0}: suppression")),
        "{french:#?}"
    );
}

#[test]
fn a_renamed_stage_keeps_its_old_name_on_its_mark_and_a_removed_lane_is_ghosted_whole() {
    use compare::MarkKind;
    let current = renewal();
    let mut future = future_state_from(&current, None);
    let old_name = current.stages[1].name.clone();
    future.stages[1].name = "Shopping around".to_owned();
    let lane = current
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Thinks)
        .expect("a Thinks lane")
        .clone();
    assert!(Edit::RemoveLane(lane.id).apply(&mut future));

    let comparison = compare::compare(&current, &future);
    let picture = compare::Picture::of(&comparison, &current, &future);
    let layout = parcours::layout::MapLayout::new(&picture.map);
    let marks = compare::marks(&comparison, &picture, &layout);

    let renamed = marks
        .iter()
        .find(|m| comparison.changes[m.change].element() == ElementRef::Stage(current.stages[1].id))
        .expect("the stage is marked");
    assert_eq!(
        (renamed.kind, renamed.was.as_deref()),
        (MarkKind::Changed, Some(old_name.as_str()))
    );
    let ghost = picture
        .map
        .lanes
        .iter()
        .find(|l| l.title == lane.title && future.lane(l.id).is_none())
        .expect("the lane's ghost");
    let removed = marks
        .iter()
        .find(|m| comparison.changes[m.change].old == Some(ElementRef::Lane(lane.id)))
        .expect("the lane is marked");
    assert_eq!(removed.kind, MarkKind::Removed);
    assert_eq!(
        removed.rect,
        layout.lane(ghost.id).expect("laid out").rect,
        "the whole row"
    );
}

#[test]
fn a_future_maps_details_read_as_words_not_as_file_values() {
    use parcours::lang::Language;
    let current = renewal();
    let future = future_state_from(&current, Some(Path::new("/maps/renewal.journey.ron")));
    let french: Vec<String> = compare::compare(&current, &future)
        .changes
        .iter()
        .flat_map(|c| compare::describe(c, &current, &future, Language::French))
        .collect();
    assert!(
        french.contains(&"détails de la carte\u{a0}: type de carte «\u{a0}État actuel\u{a0}» → «\u{a0}État futur\u{a0}»".to_owned()),
        "{french:#?}"
    );
    assert!(
        french.contains(&"détails de la carte\u{a0}: améliore (non renseigné) → «\u{a0}renewal.journey.ron\u{a0}»".to_owned()),
        "{french:#?}"
    );
    assert!(
        lines(&current, &future)
            .contains(&"map details map type \"Current state\" → \"Future state\"".to_owned())
    );
}
