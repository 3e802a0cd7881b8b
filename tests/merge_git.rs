//! `parcours merge` as git's merge driver, in a real repository: two people edit
//! one map on two branches, and `git merge` brings their work together.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use parcours::edit::Edit;
use parcours::model::{Card, CardId, ElementRef, JourneyMap};

const MAP: &str = "renewal.journey.ron";

struct Repository {
    folder: tempfile::TempDir,
}

impl Repository {
    /// A repository with the example map committed on `main`, and git told to
    /// merge maps with `parcours merge`.
    fn with_example() -> (Self, JourneyMap) {
        let repository = Self {
            folder: tempfile::tempdir().expect("a temporary folder"),
        };
        let parcours = env!("CARGO_BIN_EXE_parcours");
        repository.git(&["init", "--quiet", "--initial-branch=main"]);
        repository.git(&["config", "user.name", "Test"]);
        repository.git(&["config", "user.email", "test@example.com"]);
        repository.git(&[
            "config",
            "merge.parcours.driver",
            &format!("{parcours} merge %O %A %B"),
        ]);
        std::fs::write(
            repository.path(".gitattributes"),
            "*.journey.ron merge=parcours\n",
        )
        .expect("writable");
        let map = parcours::templates::find("home-insurance-renewal")
            .and_then(|t| t.load("en").ok())
            .expect("the example");
        repository.commit(&map, "the current state");
        (repository, map)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.folder.path().join(name)
    }

    fn git(&self, arguments: &[&str]) -> Output {
        Command::new("git")
            .args(arguments)
            .current_dir(self.folder.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.folder.path())
            .output()
            .expect("git runs")
    }

    fn ok(&self, arguments: &[&str]) {
        let output = self.git(arguments);
        assert!(
            output.status.success(),
            "git {arguments:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn commit(&self, map: &JourneyMap, message: &str) {
        parcours::file::save(&self.path(MAP), map).expect("saved");
        self.ok(&["add", "."]);
        self.ok(&["commit", "--quiet", "-m", message]);
    }

    /// Commits `ours` on main and `theirs` on a branch, then merges the branch.
    fn merge_branches(&self, ours: &JourneyMap, theirs: &JourneyMap) -> Output {
        self.ok(&["checkout", "--quiet", "-b", "colleague"]);
        self.commit(theirs, "their edit");
        self.ok(&["checkout", "--quiet", "main"]);
        self.commit(ours, "our edit");
        self.git(&["merge", "--no-edit", "colleague"])
    }

    fn merged_map(&self) -> JourneyMap {
        parcours::file::load(&self.path(MAP)).expect("the merged map opens")
    }

    fn check(&self) -> Output {
        Command::new(env!("CARGO_BIN_EXE_parcours"))
            .args(["check", MAP])
            .current_dir(self.folder.path())
            .output()
            .expect("parcours runs")
    }
}

fn with_text(map: &JourneyMap, index: usize, text: &str) -> JourneyMap {
    let mut changed = map.clone();
    let mut card = map.cards[index].clone();
    card.text = text.to_owned();
    assert!(Edit::ReplaceCard(card).apply(&mut changed));
    changed
}

/// `map` with a card added at the end of the cell of its first card.
fn with_card_appended(map: &JourneyMap, text: &str) -> JourneyMap {
    let mut changed = map.clone();
    let first = &map.cards[0];
    let card = Card::new(CardId(map.next_free_id()), first.lane, first.stage, text);
    assert!(
        Edit::InsertCard {
            card,
            index: usize::MAX
        }
        .apply(&mut changed)
    );
    changed
}

#[test]
fn edits_of_different_cards_merge_cleanly() {
    let (repository, base) = Repository::with_example();
    let ours = with_text(&base, 0, "Advisor call-back");
    let theirs = with_text(&base, 1, "Reminder letter, by email");

    let output = repository.merge_branches(&ours, &theirs);

    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let merged = repository.merged_map();
    assert_eq!(merged.cards[0].text, "Advisor call-back");
    assert_eq!(merged.cards[1].text, "Reminder letter, by email");
    assert!(merged.conflicts.is_empty());
    assert!(repository.check().status.success());
}

#[test]
fn two_cards_appended_to_one_cell_with_the_same_new_id_are_both_kept() {
    let (repository, base) = Repository::with_example();
    let ours = with_card_appended(&base, "Chatbot quote");
    let theirs = with_card_appended(&base, "Callback request");
    let new_id = CardId(base.next_free_id());
    assert!(
        ours.card(new_id).is_some() && theirs.card(new_id).is_some(),
        "one id on both sides"
    );

    let output = repository.merge_branches(&ours, &theirs);

    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let merged = repository.merged_map();
    let cell: Vec<&str> = merged
        .cards
        .iter()
        .filter(|c| c.lane == base.cards[0].lane && c.stage == base.cards[0].stage)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        &cell[cell.len() - 2..],
        ["Chatbot quote", "Callback request"]
    );
    assert_eq!(
        merged.card(new_id).map(|c| c.text.as_str()),
        Some("Chatbot quote")
    );
    assert!(merged.validate().is_empty(), "ids are unique");
    assert!(merged.conflicts.is_empty());
}

#[test]
fn both_changing_one_card_text_fails_the_merge_and_records_the_conflict() {
    let (repository, base) = Repository::with_example();
    let ours = with_text(&base, 0, "Advisor call-back");
    let theirs = with_text(&base, 0, "Advisor video call");

    let output = repository.merge_branches(&ours, &theirs);

    assert!(!output.status.success(), "git reports the conflict");
    let merged = repository.merged_map();
    assert_eq!(merged.cards[0].text, "Advisor call-back", "ours is kept");
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        merged.conflicts[0].element,
        ElementRef::Card(base.cards[0].id)
    );
    let check = repository.check();
    assert_eq!(check.status.code(), Some(1));
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(
        said.contains(&format!("{MAP}:")) && said.contains("\"Advisor video call\""),
        "{said}"
    );
}

#[test]
fn merge_writes_elsewhere_with_o_and_refuses_unreadable_maps() {
    let (repository, base) = Repository::with_example();
    let theirs_path = repository.path("theirs.journey.ron");
    parcours::file::save(&theirs_path, &with_text(&base, 1, "Letter")).expect("saved");
    let run = |arguments: &[&Path]| {
        Command::new(env!("CARGO_BIN_EXE_parcours"))
            .arg("merge")
            .args(arguments)
            .output()
            .expect("parcours runs")
    };
    let map = repository.path(MAP);
    let out = repository.path("out.journey.ron");

    let clean = run(&[&map, &map, &theirs_path, Path::new("-o"), &out]);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        parcours::file::load(&out).expect("written").cards[1].text,
        "Letter"
    );
    assert_eq!(parcours::file::load(&map).expect("untouched"), base);

    let missing = repository.path("missing.journey.ron");
    let unreadable = run(&[&map, &missing, &theirs_path]);
    assert_eq!(unreadable.status.code(), Some(2));
}
