//! What an export says it wrote, and what it leaves beside it.

use std::path::Path;

use super::{parcours, stderr, stdout};

const SMALL: &str = "tests/fixtures/small.journey.ron";

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

#[test]
fn csv_and_mermaid_exports_name_the_file_they_wrote() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for name in ["journey.csv", "journey.mmd"] {
        let path = folder.path().join(name);

        let output = parcours(&["export", SMALL, "-o", text(&path)]);

        assert!(output.status.success(), "{name}: {}", stderr(&output));
        assert_eq!(stdout(&output), format!("{}\n", path.display()));
        assert!(path.is_file(), "{name}");
    }
}

#[test]
fn a_shorter_deck_removes_the_slides_a_longer_one_left_after_its_last() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let deck = folder.path().join("deck.png");
    let first = parcours(&["export", SMALL, "--slides", "-o", text(&deck)]);
    assert!(first.status.success(), "{}", stderr(&first));
    let count = stdout(&first).lines().count();
    let slide = |number: usize| folder.path().join(format!("deck-{number:02}.png"));
    for number in [count + 1, count + 2, count + 4] {
        std::fs::write(slide(number), "a slide of a longer deck").expect("a leftover");
    }

    let again = parcours(&["export", SMALL, "--slides", "-o", text(&deck)]);

    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(stdout(&again).lines().count(), count);
    assert!(slide(count).is_file(), "the new deck's last slide");
    assert!(!slide(count + 1).exists() && !slide(count + 2).exists());
    assert!(
        slide(count + 4).is_file(),
        "a slide after a gap is no part of the deck"
    );
}
