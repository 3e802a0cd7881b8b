//! The command line's messages follow the locale as the window does: under
//! `LANG=fr_FR.UTF-8`, `parcours check` says in French what is wrong with a
//! broken map, at the same place; `LC_ALL` and `LC_MESSAGES` come first.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `parcours` with `locale` variables and nothing else of the machine's.
fn parcours(args: &[&str], locale: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parcours"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in locale {
        command.env(name, value);
    }
    command.output().expect("the parcours binary runs")
}

const FRENCH: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];
const ENGLISH: &[(&str, &str)] = &[("LANG", "en_GB.UTF-8")];

fn broken(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/broken")
        .join(format!("{name}.journey.ron"))
        .display()
        .to_string()
}

/// Each line of a check of `path` as its place (line and column, if any) and
/// its message.
fn messages(output: &Output, path: &str) -> Vec<(String, String)> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .map(|line| {
            let after_path = line.strip_prefix(path).unwrap_or(line);
            let (place, message) = after_path.split_once(": ").unwrap_or(("", after_path));
            (place.to_owned(), message.to_owned())
        })
        .collect()
}

#[test]
fn check_says_in_french_what_is_wrong_with_each_broken_map_at_the_same_place() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .expect("the corpus")
        .filter_map(Result::ok)
        .filter_map(|e| {
            Some(
                e.file_name()
                    .to_str()?
                    .strip_suffix(".journey.ron")?
                    .to_owned(),
            )
        })
        .collect();
    names.sort();
    assert!(names.len() > 20, "{names:?}");
    let mut still_english = Vec::new();
    for name in &names {
        let path = broken(name);
        let english = parcours(&["check", &path], ENGLISH);
        let french = parcours(&["check", &path], FRENCH);
        assert_eq!(french.status.code(), Some(1), "{name}");
        let (english, french) = (messages(&english, &path), messages(&french, &path));
        assert_eq!(english.len(), french.len(), "{name}: as many problems");
        for ((en_place, en), (fr_place, fr)) in english.iter().zip(&french) {
            assert_eq!(en_place, fr_place, "{name}: the same place");
            if en == fr {
                still_english.push(format!("{name}: {en}"));
            }
        }
    }
    assert!(
        still_english.is_empty(),
        "not in French:\n{}",
        still_english.join("\n")
    );
}

#[test]
fn a_french_check_reads_dangling_ids_and_long_texts_in_french() {
    let output = parcours(&["check", &broken("dangling-stage")], FRENCH);
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains(":57:24: map.cards[1].stage: aucune étape n'a l'identifiant 40"),
        "{errors}"
    );
}

#[test]
fn a_valid_map_is_counted_in_french_with_the_singular_for_0_and_1() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("vide.journey.ron");
    let new = ["new", "--template", "lifecycle", "--lang", "fr", "--output"];
    let made = parcours(
        &[&new[..], &[path.to_str().expect("a path")]].concat(),
        FRENCH,
    );
    assert!(made.status.success());
    let output = parcours(&["check", path.to_str().expect("a path")], FRENCH);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.ends_with(": valide (6 étapes, 0 carte)\n"), "{said}");
    let output = parcours(&["check", path.to_str().expect("a path")], ENGLISH);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.ends_with(": ok (6 stages, 0 cards)\n"), "{said}");
}

#[test]
fn templates_are_described_in_french() {
    let output = parcours(&["templates"], FRENCH);
    let listed = String::from_utf8_lossy(&output.stdout);
    assert!(
        listed.contains("lifecycle            Les six étapes du cycle de vie client"),
        "{listed}"
    );
}

#[test]
fn lc_all_then_lc_messages_come_before_lang() {
    let path = broken("empty");
    let english_first = parcours(
        &["check", &path],
        &[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")],
    );
    let messages_first = parcours(
        &["check", &path],
        &[("LC_MESSAGES", "fr_CA.UTF-8"), ("LANG", "en_US.UTF-8")],
    );
    let english = String::from_utf8_lossy(&english_first.stderr);
    let french = String::from_utf8_lossy(&messages_first.stderr);
    assert!(english.contains("this is not a Parcours map"), "{english}");
    assert!(
        french.contains("ce n'est pas une carte Parcours"),
        "{french}"
    );
}

/// The English example with the text of its first card replaced.
fn example_with_first_card(text: &str) -> parcours::model::JourneyMap {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/home-insurance-renewal.journey.ron");
    let mut map = parcours::file::load(&path).expect("the example loads");
    map.cards[0].text = text.to_owned();
    map
}

/// Writes `map` as `name` in `folder`; its path as text.
fn written(folder: &Path, name: &str, map: &parcours::model::JourneyMap) -> String {
    let path = folder.join(name);
    std::fs::write(&path, parcours::file::to_ron(map)).expect("the map is written");
    path.display().to_string()
}

#[test]
fn diff_tells_its_changes_in_the_interface_language() {
    let folder = tempfile::tempdir().expect("a folder");
    let old = written(
        folder.path(),
        "old.journey.ron",
        &example_with_first_card("Letter"),
    );
    let new = written(
        folder.path(),
        "new.journey.ron",
        &example_with_first_card("E-mail"),
    );
    let french = parcours(&["diff", &old, &new], FRENCH);
    let english = parcours(&["diff", &old, &new], ENGLISH);
    assert_eq!(french.status.code(), Some(1));
    let french = String::from_utf8_lossy(&french.stdout).into_owned();
    let english = String::from_utf8_lossy(&english.stdout).into_owned();
    assert!(
        english.contains(": card \"Letter\" text \"Letter\" → \"E-mail\""),
        "{english}"
    );
    assert!(
        french.contains("\u{a0}: carte «\u{a0}Letter\u{a0}»\u{a0}: texte «\u{a0}Letter\u{a0}» → «\u{a0}E-mail\u{a0}»"),
        "{french}"
    );
    assert!(french.starts_with("étape «\u{a0}"), "{french}");
}

#[test]
fn check_tells_a_merge_conflict_in_one_language() {
    let folder = tempfile::tempdir().expect("a folder");
    let base = written(
        folder.path(),
        "base.journey.ron",
        &example_with_first_card("Letter"),
    );
    let ours = written(
        folder.path(),
        "ours.journey.ron",
        &example_with_first_card("E-mail"),
    );
    let theirs = written(
        folder.path(),
        "theirs.journey.ron",
        &example_with_first_card("Text"),
    );
    let merged = parcours(&["merge", &base, &ours, &theirs], ENGLISH);
    assert_eq!(merged.status.code(), Some(1), "a conflict is left");
    let french = parcours(&["check", &ours], FRENCH);
    assert_eq!(french.status.code(), Some(1));
    let said = String::from_utf8_lossy(&french.stderr).into_owned();
    assert!(
        said.contains("conflit de fusion non résolu\u{a0}: étape «\u{a0}"),
        "{said}"
    );
    assert!(said.contains("carte «\u{a0}E-mail\u{a0}» texte\u{a0}: chez nous «\u{a0}E-mail\u{a0}», chez eux «\u{a0}Text\u{a0}», à l'origine «\u{a0}Letter\u{a0}»"), "{said}");
    assert!(!said.contains("card") && !said.contains("stage"), "{said}");
    let english = parcours(&["check", &ours], ENGLISH);
    let said = String::from_utf8_lossy(&english.stderr).into_owned();
    assert!(
        said.contains("unresolved merge conflict: stage \"")
            && said
                .contains("card \"E-mail\" text: ours \"E-mail\", theirs \"Text\", was \"Letter\""),
        "{said}"
    );
}
