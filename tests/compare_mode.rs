//! The compare mode and the conflicts panel as a user meets them: a
//! future-state map made from an example in the window, changed through edits,
//! compared with its current-state map (offered first), its changes listed and
//! selected by a click, stepped through with F8 and left with Escape; and a
//! map merged by git with a conflict, resolved in the panel, undone, resolved
//! again and saved, after which `parcours check` passes.

#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::edit::{Document, Edit};
use parcours::lang::Language;
use parcours::model::{Card, CardId, JourneyMap, MapRef, MapType};
use parcours::ui::{Action, ParcoursApp, Selection};

use common::ScriptedDialogs;

fn renewal() -> JourneyMap {
    parcours::templates::find("home-insurance-renewal")
        .and_then(|t| t.load("en").ok())
        .expect("the example")
}

fn run(harness: &mut Harness<'_, ParcoursApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().run(action, &ctx);
    harness.run_steps(3);
}

fn apply(harness: &mut Harness<'_, ParcoursApp>, edit: Edit) {
    assert!(harness.state_mut().session.document.apply(edit));
    harness.run_steps(2);
}

/// The stage name of a card of `map`, as change lines begin.
fn in_stage(map: &JourneyMap, card: &Card) -> String {
    format!(
        "stage \"{}\": ",
        map.stage(card.stage).expect("its stage").name
    )
}

#[test]
fn a_future_state_map_compared_with_its_current_one_lists_and_selects_its_changes() {
    let folder = tempfile::tempdir().expect("a folder");
    let current_path = folder.path().join("current.journey.ron");
    let current = renewal();
    parcours::file::save(&current_path, &current).expect("saved");
    let document = Document::from_file(current.clone(), current_path.clone());
    let app = ParcoursApp::new(
        document,
        Box::new(ScriptedDialogs::default()),
        vec![current_path.clone()],
    );
    let mut harness = common::editor_harness(app);

    run(&mut harness, Action::NewFutureState);
    let future = harness.state().document().map.clone();
    assert_eq!(future.meta.map_type, MapType::FutureState);
    assert_eq!(
        future.meta.improves_on,
        Some(MapRef::File("current.journey.ron".to_owned()))
    );
    assert_eq!(
        harness.state().document().path,
        None,
        "untitled until saved"
    );

    let mut changed = future.cards[0].clone();
    changed.text = "Callback within the hour".to_owned();
    apply(&mut harness, Edit::ReplaceCard(changed.clone()));
    let removed = future.cards[1].clone();
    apply(&mut harness, Edit::DeleteCards(vec![removed.id]));
    let added = Card::new(
        CardId(future.next_free_id()),
        changed.lane,
        changed.stage,
        "Renewal reminder by text",
    );
    apply(
        &mut harness,
        Edit::InsertCard {
            card: added.clone(),
            index: usize::MAX,
        },
    );

    run(&mut harness, Action::CompareWith);
    let offer = format!(
        "The current-state map {}",
        Language::English.quoted("current.journey.ron")
    );
    harness.get_by_label(&offer).click();
    harness.run_steps(3);
    assert!(harness.state().is_comparing());

    let lane = &current.lane(added.lane).expect("its lane").title;
    let text_line = format!(
        "{}card \"{}\" text \"{}\" ⇨ \"Callback within the hour\"",
        in_stage(&current, &current.cards[0]),
        current.cards[0].text,
        current.cards[0].text
    );
    let removed_line = format!(
        "{}card \"{}\" removed",
        in_stage(&current, &removed),
        removed.text
    );
    let added_line = format!(
        "{}card \"Renewal reminder by text\" added in lane \"{lane}\"",
        in_stage(&current, &current.cards[0])
    );
    // The shipped fonts have no "→": the window draws "⇨".
    let lines = harness.state().compare_lines();
    let card_lines: Vec<&String> = lines.iter().filter(|l| l.contains(": card \"")).collect();
    assert_eq!(card_lines.len(), 3, "{lines:#?}");
    for expected in [&text_line, &removed_line, &added_line] {
        assert!(lines.contains(expected), "{expected} in {lines:#?}");
    }

    // The map pushed far off the canvas: picking the change brings it back.
    harness.state_mut().view.pan(egui::vec2(-20_000.0, 0.0));
    harness.run_steps(2);
    harness.get_by_label(&text_line).click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().selection,
        Selection::Cards(vec![changed.id])
    );
    let layout = parcours::layout::MapLayout::new(&harness.state().document().map);
    let view = &harness.state().view;
    let card_on_screen = view.screen_from_map * layout.cards[&changed.id].center();
    assert!(
        view.screen.contains(card_on_screen),
        "{card_on_screen:?} in {:?}",
        view.screen
    );
    harness.get_by_label("Before");
    harness.get_by_label("\"Callback within the hour\"");

    harness.get_by_label(&added_line).click();
    harness.run_steps(3);
    assert_eq!(harness.state().selection, Selection::Cards(vec![added.id]));
    // The removed card comes first among the cards' changes, then the new
    // map's cards in order: the changed first card before the added last one.
    harness.get_by_label(&removed_line).click();
    harness.run_steps(3);
    harness.key_press(Key::F8);
    harness.run_steps(2);
    assert_eq!(
        harness.state().selection,
        Selection::Cards(vec![changed.id]),
        "F8 goes to the next change"
    );
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F8);
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F8);
    harness.run_steps(2);
    harness.key_press(Key::F8);
    harness.run_steps(2);
    harness.key_press(Key::F8);
    harness.run_steps(2);
    assert_eq!(
        harness.state().selection,
        Selection::Cards(vec![changed.id]),
        "back twice and on twice"
    );

    harness.key_press(Key::Escape);
    harness.run_steps(3);
    assert!(!harness.state().is_comparing());
}

#[test]
fn comparing_with_a_map_that_cannot_be_read_says_why_and_stays_out_of_the_mode() {
    let folder = tempfile::tempdir().expect("a folder");
    let broken = folder.path().join("broken.journey.ron");
    std::fs::write(&broken, "(format_version: 1, meta: (").expect("written");
    let dialogs = ScriptedDialogs::answering(broken);
    let app = ParcoursApp::new(
        Document::new_unsaved(renewal()),
        Box::new(dialogs),
        Vec::new(),
    );
    let mut harness = common::editor_harness(app);

    run(&mut harness, Action::CompareWith);

    assert!(!harness.state().is_comparing());
    let message = harness.state().message().expect("a message").to_owned();
    assert!(message.contains("broken.journey.ron"), "{message}");
}

#[test]
fn opening_another_map_leaves_compare_mode() {
    let folder = tempfile::tempdir().expect("a folder");
    let other = folder.path().join("other.journey.ron");
    parcours::file::save(&other, &renewal()).expect("saved");
    let dialogs = ScriptedDialogs::answering(other.clone());
    let app = ParcoursApp::new(
        Document::new_unsaved(renewal()),
        Box::new(dialogs),
        Vec::new(),
    );
    let mut harness = common::editor_harness(app);
    run(&mut harness, Action::CompareWith);
    assert!(harness.state().is_comparing());
    harness.get_by_label("The two maps are the same.");

    harness.state_mut().open(&other);
    harness.run_steps(3);

    assert!(!harness.state().is_comparing());
}

/// A git repository where `parcours merge` merges maps, with `map` committed.
fn repository_with(map: &JourneyMap) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("a folder");
    let driver = format!("{} merge %O %A %B", env!("CARGO_BIN_EXE_parcours"));
    git(folder.path(), &["init", "--quiet", "--initial-branch=main"]);
    git(folder.path(), &["config", "user.name", "Test"]);
    git(folder.path(), &["config", "user.email", "test@example.com"]);
    git(folder.path(), &["config", "merge.parcours.driver", &driver]);
    std::fs::write(
        folder.path().join(".gitattributes"),
        "*.journey.ron merge=parcours\n",
    )
    .expect("written");
    commit(folder.path(), map);
    folder
}

fn git(folder: &Path, arguments: &[&str]) -> Output {
    Command::new("git")
        .args(arguments)
        .current_dir(folder)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", folder)
        .output()
        .expect("git runs")
}

fn commit(folder: &Path, map: &JourneyMap) {
    parcours::file::save(&folder.join("map.journey.ron"), map).expect("saved");
    git(folder, &["add", "."]);
    let output = git(folder, &["commit", "--quiet", "-m", "an edit"]);
    assert!(output.status.success(), "{output:?}");
}

fn with_first_text(map: &JourneyMap, text: &str) -> JourneyMap {
    let mut changed = map.clone();
    changed.cards[0].text = text.to_owned();
    changed
}

/// Both sides change the first card's text; git merges and leaves a conflict.
fn merged_with_a_conflict() -> (tempfile::TempDir, PathBuf) {
    let base = renewal();
    let folder = repository_with(&base);
    git(folder.path(), &["checkout", "--quiet", "-b", "colleague"]);
    commit(folder.path(), &with_first_text(&base, "Advisor video call"));
    git(folder.path(), &["checkout", "--quiet", "main"]);
    commit(folder.path(), &with_first_text(&base, "Advisor call-back"));
    let merge = git(folder.path(), &["merge", "--no-edit", "colleague"]);
    assert!(!merge.status.success(), "git reports the conflict");
    let path = folder.path().join("map.journey.ron");
    (folder, path)
}

fn check(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .arg("check")
        .arg(path)
        .output()
        .expect("parcours runs")
}

#[test]
fn the_conflicts_panel_resolves_a_merge_conflict_as_one_undo_step_and_the_save_passes_check() {
    let (_folder, path) = merged_with_a_conflict();
    assert_eq!(
        check(&path).status.code(),
        Some(1),
        "check sees the conflict"
    );
    let merged = parcours::file::load(&path).expect("the merged map opens");
    assert_eq!(merged.conflicts.len(), 1);
    let document = Document::from_file(merged, path.clone());
    let app = ParcoursApp::new(document, Box::new(ScriptedDialogs::default()), Vec::new());
    let mut harness = common::editor_harness(app);

    harness.get_by_label("Merge conflicts");
    harness.get_by_label("\"Advisor video call\"");
    harness.get_by_label("Take theirs").click();
    harness.run_steps(3);
    let map = &harness.state().document().map;
    assert_eq!(map.cards[0].text, "Advisor video call");
    assert!(map.conflicts.is_empty());
    assert!(
        harness.query_by_label("Merge conflicts").is_none(),
        "the panel goes"
    );

    run(&mut harness, Action::Undo);
    let map = &harness.state().document().map;
    assert_eq!(map.cards[0].text, "Advisor call-back", "ours again");
    assert_eq!(map.conflicts.len(), 1, "the conflict is back");

    harness.get_by_label("Edit by hand").click();
    harness.run_steps(3);
    let first = harness.state().document().map.cards[0].id;
    assert_eq!(harness.state().selection, Selection::Cards(vec![first]));
    harness.get_by_label("Take theirs").click();
    harness.run_steps(3);
    run(&mut harness, Action::Save);

    assert!(!harness.state().document().is_dirty());
    let saved = std::fs::read_to_string(&path).expect("saved");
    assert!(!saved.contains("conflicts"), "{saved}");
    let checked = check(&path);
    assert_eq!(checked.status.code(), Some(0), "{checked:?}");
}

/// Every label and text of the window, as AccessKit gives them.
fn labels(harness: &Harness<'_, ParcoursApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    harness
        .root()
        .children_recursive()
        .filter_map(|node| {
            let node = node.accesskit_node();
            match node.role() {
                egui::accesskit::Role::Label => node.value(),
                _ => node.label(),
            }
        })
        .collect()
}

/// The English words of the compare mode and the conflicts panel.
const ENGLISH_WORDS: &[&str] = &[
    "‹ Previous change",
    "Next change ›",
    "Leave compare mode",
    "Added",
    "Removed",
    "Changed",
    "Moved",
    "Merge conflicts",
    "Take ours",
    "Take theirs",
    "Edit by hand",
    "Keep as it is",
    "Base",
    "Ours",
    "Theirs",
    "Resize panel",
];

#[test]
fn the_compare_mode_and_the_conflicts_panel_speak_french() {
    let (folder, path) = merged_with_a_conflict();
    let current = folder.path().join("current.journey.ron");
    parcours::file::save(&current, &renewal()).expect("saved");
    let merged = parcours::file::load(&path).expect("the merged map opens");
    let app = ParcoursApp::new(
        Document::from_file(merged, path),
        Box::new(ScriptedDialogs::answering(current)),
        Vec::new(),
    )
    .with_language(Language::French);
    let mut harness = common::editor_harness(app);
    let conflicts = labels(&harness);
    for french in ["Conflits de fusion", "Prendre la leur", "Chez eux"] {
        assert!(
            conflicts.iter().any(|l| l == french),
            "{french} in {conflicts:#?}"
        );
    }
    assert!(
        conflicts
            .iter()
            .any(|l| l == "«\u{a0}Advisor video call\u{a0}»"),
        "{conflicts:#?}"
    );

    run(&mut harness, Action::CompareWith);
    assert!(harness.state().is_comparing());
    let compared = labels(&harness);
    assert!(
        compared.iter().any(|l| l == "Quitter la comparaison"),
        "{compared:#?}"
    );
    assert!(
        compared.iter().any(|l| l.contains("\u{a0}: carte «\u{a0}")
            && l.ends_with("⇨ «\u{a0}Advisor call-back\u{a0}»")),
        "{compared:#?}"
    );
    for english in ENGLISH_WORDS {
        let all = conflicts.iter().chain(&compared);
        assert!(
            all.clone().all(|l| l != english),
            "{english} is still English"
        );
    }
}
