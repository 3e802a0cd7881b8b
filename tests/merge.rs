//! Three-way merges of maps: properties on random edits of the shipped maps,
//! and the cases a consultant meets (both add, both edit one card, one deletes
//! what the other edited), down to resolving each conflict as one undo step.

use parcours::edit::{Document, Edit};
use parcours::layout::CellPlace;
use parcours::merge::merge;
use parcours::model::*;
use proptest::prelude::*;
use proptest::sample::Index;

fn shipped(which: Index) -> JourneyMap {
    let maps: Vec<(&str, &str)> = parcours::templates::CATALOGUE
        .iter()
        .flat_map(|t| t.languages().into_iter().map(move |l| (t.name, l)))
        .collect();
    let (name, language) = maps[which.index(maps.len())];
    parcours::templates::find(name)
        .and_then(|t| t.load(language).ok())
        .expect("a shipped map loads")
}

/// One change a person makes in the editor.
#[derive(Clone, Debug)]
enum RandomEdit {
    CardText(Index, String),
    CardNotes(Index, Vec<String>),
    DeleteCard(Index),
    AddCard(Index, Index, String),
    MoveCard(Index, Index),
    RenameStage(Index, String),
    AddStage(Index, String),
    MoveStage(Index, Index),
    Score(Index, Index, i32),
    RemoveLane(Index),
    Link(Index, Index),
    Title(String),
}

fn words() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z ,'é-]{0,20}"
}

fn random_edit() -> impl Strategy<Value = RandomEdit> {
    let i = any::<Index>;
    prop_oneof![
        3 => (i(), words()).prop_map(|(a, t)| RandomEdit::CardText(a, t)),
        2 => (i(), proptest::collection::vec(words(), 1..4)).prop_map(|(a, l)| RandomEdit::CardNotes(a, l)),
        2 => i().prop_map(RandomEdit::DeleteCard),
        3 => (i(), i(), words()).prop_map(|(a, b, t)| RandomEdit::AddCard(a, b, t)),
        2 => (i(), i()).prop_map(|(a, b)| RandomEdit::MoveCard(a, b)),
        1 => (i(), words()).prop_map(|(a, t)| RandomEdit::RenameStage(a, t)),
        1 => (i(), words()).prop_map(|(a, t)| RandomEdit::AddStage(a, t)),
        1 => (i(), i()).prop_map(|(a, b)| RandomEdit::MoveStage(a, b)),
        2 => (i(), i(), -2..=2).prop_map(|(a, b, s)| RandomEdit::Score(a, b, s)),
        1 => i().prop_map(RandomEdit::RemoveLane),
        1 => (i(), i()).prop_map(|(a, b)| RandomEdit::Link(a, b)),
        1 => words().prop_map(RandomEdit::Title),
    ]
}

fn pick<T>(items: &[T], index: Index) -> Option<&T> {
    (!items.is_empty()).then(|| &items[index.index(items.len())])
}

/// The edit a person would make, on this map; `None` when the map has nothing
/// for it (no card to delete…).
fn as_edit(map: &JourneyMap, random: &RandomEdit) -> Option<Edit> {
    let card_lanes: Vec<&Lane> = map.lanes.iter().filter(|l| l.kind.holds_cards()).collect();
    Some(match random {
        RandomEdit::CardText(a, text) => {
            let mut card = pick(&map.cards, *a)?.clone();
            card.text = text.clone();
            Edit::ReplaceCard(card)
        }
        RandomEdit::CardNotes(a, lines) => {
            let mut card = pick(&map.cards, *a)?.clone();
            card.description = lines.join("\n");
            Edit::ReplaceCard(card)
        }
        RandomEdit::DeleteCard(a) => Edit::DeleteCards(vec![pick(&map.cards, *a)?.id]),
        RandomEdit::AddCard(a, b, text) => {
            let lane = pick(&card_lanes, *a)?.id;
            let stage = pick(&map.stages, *b)?.id;
            let card = Card::new(CardId(map.next_free_id()), lane, stage, text.clone());
            Edit::InsertCard {
                card,
                index: usize::MAX,
            }
        }
        RandomEdit::MoveCard(a, b) => {
            let card = pick(&map.cards, *a)?;
            let stage = pick(&map.stages, *b)?.id;
            let to = CellPlace {
                lane: card.lane,
                stage,
                step: None,
                index: 0,
            };
            Edit::MoveCards {
                cards: vec![card.id],
                to,
            }
        }
        RandomEdit::RenameStage(a, name) => {
            let mut stage = pick(&map.stages, *a)?.clone();
            stage.name = name.clone();
            Edit::ReplaceStage(stage)
        }
        RandomEdit::AddStage(a, name) => Edit::InsertStage {
            stage: Stage::new(StageId(map.next_free_id()), name.clone()),
            index: a.index(map.stages.len() + 1),
        },
        RandomEdit::MoveStage(a, b) => Edit::MoveStage {
            stage: pick(&map.stages, *a)?.id,
            to_index: b.index(map.stages.len() + 1),
        },
        RandomEdit::Score(a, b, score) => {
            let curve = pick(&map.curves, *a)?;
            let mut point = pick(&curve.points, *b)?.clone();
            point.score = *score;
            Edit::SetPoint {
                curve: curve.id,
                point,
            }
        }
        RandomEdit::RemoveLane(a) => Edit::RemoveLane(pick(&map.lanes, *a)?.id),
        RandomEdit::Link(a, b) => {
            let (from, to) = (pick(&map.cards, *a)?.id, pick(&map.cards, *b)?.id);
            if from == to || map.links.iter().any(|l| l.from == from) {
                return None;
            }
            Edit::SetLink(Link {
                id: LinkId(map.next_free_id()),
                from,
                to: Some(to),
                kind: LinkKind::Alternative,
                label: String::new(),
                share: None,
            })
        }
        RandomEdit::Title(title) => {
            let mut meta = map.meta.clone();
            meta.title = title.clone();
            Edit::SetMeta(meta)
        }
    })
}

fn edited(base: &JourneyMap, edits: &[RandomEdit]) -> JourneyMap {
    let mut map = base.clone();
    for random in edits {
        if let Some(edit) = as_edit(&map, random) {
            edit.apply(&mut map);
        }
    }
    assert!(
        map.validate().is_empty(),
        "the random edits keep the map valid"
    );
    map
}

fn edits() -> impl Strategy<Value = Vec<RandomEdit>> {
    proptest::collection::vec(random_edit(), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_changed_side(
        which in any::<Index>(),
        ours_edits in edits(),
    ) {
        let base = shipped(which);
        let changed = edited(&base, &ours_edits);
        prop_assert_eq!(merge(&base, &changed, &base).expect("a valid merge"), changed.clone());
        prop_assert_eq!(merge(&base, &base, &changed).expect("a valid merge"), changed);
    }

    #[test]
    fn edits_of_different_cards_on_each_side_are_all_kept(
        which in any::<Index>(),
        texts in proptest::collection::vec(words(), 4),
        lane in any::<Index>(),
    ) {
        let base = shipped(which);
        prop_assume!(base.cards.len() >= 2);
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        let half = base.cards.len() / 2;
        for (map, range, text) in [(&mut ours, 0..half, &texts[0]), (&mut theirs, half..base.cards.len(), &texts[1])] {
            for i in range {
                let mut card = base.cards[i].clone();
                card.text = format!("{text} {i}");
                Edit::ReplaceCard(card).apply(map);
            }
        }
        let added = |map: &mut JourneyMap, text: &str| {
            let edit = as_edit(map, &RandomEdit::AddCard(lane, lane, text.to_owned()));
            edit.expect("a lane and a stage").apply(map);
        };
        added(&mut ours, "Ours: a chatbot");
        added(&mut theirs, "Theirs: a callback");

        let merged = merge(&base, &ours, &theirs).expect("a valid merge");

        prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        for i in 0..base.cards.len() {
            let text = if i < half { &texts[0] } else { &texts[1] };
            let wanted = format!("{text} {i}");
            prop_assert_eq!(&merged.card(base.cards[i].id).expect("kept").text, &wanted);
        }
        for text in ["Ours: a chatbot", "Theirs: a callback"] {
            prop_assert_eq!(merged.cards.iter().filter(|c| c.text == text).count(), 1);
        }
    }
}

fn renewal() -> JourneyMap {
    parcours::templates::find("home-insurance-renewal")
        .and_then(|t| t.load("en").ok())
        .expect("the example")
}

fn with_text(map: &JourneyMap, index: usize, text: &str) -> JourneyMap {
    let mut changed = map.clone();
    let mut card = map.cards[index].clone();
    card.text = text.to_owned();
    assert!(Edit::ReplaceCard(card).apply(&mut changed));
    changed
}

#[test]
fn two_texts_for_one_card_keep_ours_and_record_theirs() {
    let base = renewal();
    let ours = with_text(&base, 0, "Advisor call-back");
    let theirs = with_text(&base, 0, "Advisor video call");

    let merged = merge(&base, &ours, &theirs).expect("a valid merge");

    assert_eq!(merged.cards[0].text, "Advisor call-back");
    assert_eq!(
        merged.conflicts,
        [Conflict {
            element: ElementRef::Card(base.cards[0].id),
            field: "text".to_owned(),
            base: Some(base.cards[0].text.clone().into()),
            ours: Some("Advisor call-back".into()),
            theirs: Some("Advisor video call".into()),
        }]
    );
    let reloaded = parcours::file::parse(parcours::file::to_ron(&merged).as_bytes(), "merged")
        .expect("a map with conflicts saves and opens");
    assert_eq!(reloaded.conflicts, merged.conflicts);
}

#[test]
fn taking_theirs_is_one_undo_step_and_the_last_resolution_empties_the_list() {
    let base = renewal();
    let merged = merge(
        &base,
        &with_text(&base, 0, "Advisor call-back"),
        &with_text(&base, 0, "Advisor video call"),
    )
    .expect("a valid merge");
    let mut document = Document::new_unsaved(merged.clone());

    let conflict = merged.conflicts[0].clone();
    assert!(document.apply(Edit::take_theirs(&conflict)));

    assert_eq!(document.map.cards[0].text, "Advisor video call");
    assert!(document.map.conflicts.is_empty());
    assert!(!parcours::file::to_ron(&document.map).contains("conflicts"));
    document.undo();
    assert_eq!(document.map, merged, "one undo brings the conflict back");
}

#[test]
fn a_card_deleted_on_one_side_and_edited_on_the_other_stays_deleted_with_a_conflict() {
    let base = renewal();
    let card = base.cards[0].id;
    let mut ours = base.clone();
    assert!(Edit::DeleteCards(vec![card]).apply(&mut ours));
    let theirs = with_text(&base, 0, "Advisor call-back");

    let mut merged = merge(&base, &ours, &theirs).expect("a valid merge");

    assert!(merged.card(card).is_none());
    let conflict = merged.conflicts[0].clone();
    assert_eq!(
        (conflict.element, conflict.is_deletion()),
        (ElementRef::Card(card), true)
    );
    assert!(Edit::take_theirs(&conflict).apply(&mut merged));
    assert_eq!(
        merged.card(card).map(|c| c.text.as_str()),
        Some("Advisor call-back")
    );
    assert!(merged.validate().is_empty());
}

#[test]
fn a_card_added_in_a_lane_the_other_side_removed_brings_the_lane_back() {
    let base = renewal();
    let lane = base.cards[0].lane;
    let mut ours = base.clone();
    assert!(Edit::RemoveLane(lane).apply(&mut ours));
    let mut theirs = base.clone();
    let card = Card::new(
        CardId(base.next_free_id()),
        lane,
        base.stages[0].id,
        "Kiosk",
    );
    assert!(Edit::AddCards(vec![card.clone()]).apply(&mut theirs));

    let merged = merge(&base, &ours, &theirs).expect("a valid merge");

    assert!(merged.lane(lane).is_some());
    assert!(merged.card(card.id).is_some());
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.element == ElementRef::Lane(lane))
    );
}

#[test]
fn a_conflict_resolved_on_one_side_stays_resolved_after_the_next_merge() {
    let base = renewal();
    let with_conflict = merge(
        &base,
        &with_text(&base, 0, "Advisor call-back"),
        &with_text(&base, 0, "Advisor video call"),
    )
    .expect("a valid merge");
    let mut resolved = with_conflict.clone();
    assert!(Edit::take_theirs(&with_conflict.conflicts[0]).apply(&mut resolved));
    let elsewhere = with_text(&with_conflict, 1, "Reminder by email");

    let merged = merge(&with_conflict, &elsewhere, &resolved).expect("a valid merge");

    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.cards[0].text, "Advisor video call");
    assert_eq!(merged.cards[1].text, "Reminder by email");
    let kept = merge(&base, &with_conflict, &elsewhere).expect("a valid merge");
    assert_eq!(
        kept.conflicts, with_conflict.conflicts,
        "still open on both sides"
    );
}
