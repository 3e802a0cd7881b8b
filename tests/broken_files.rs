//! Broken and hostile files: each gives a clear message at the right place, and
//! nothing panics.

use std::path::Path;

use parcours::file;

/// Each file of `tests/broken/`, with the line, column and words its first
/// problem must be reported with.
const CORPUS: &[(&str, usize, usize, &str)] = &[
    ("bad-color", 15, 25, "\"pink\" is not a colour"),
    (
        "dangling-stage",
        57,
        24,
        "map.cards[1].stage: no stage has the id 40",
    ),
    (
        "deep-nesting",
        4,
        15,
        "Expected opening `(` for struct `MapMeta`",
    ),
    (
        "duplicate-id",
        55,
        21,
        "map.cards[1].id: id 7 is already used by cards[0].id",
    ),
    ("empty", 1, 1, "this is not a Parcours map"),
    (
        "gigantic-text",
        58,
        23,
        "this text has 25000 characters, 5000 over the 20000 allowed",
    ),
    ("image-bomb", 16, 24, "the image is 60000×60000 pixels"),
    (
        "impossible-hours",
        61,
        33,
        "map.cards[1].hours_per_week: 200 hours a week is impossible",
    ),
    ("invalid-utf8", 51, 32, "the file is not UTF-8 text"),
    (
        "link-to-nowhere",
        84,
        13,
        "map.links[0].to: only a drop-out link may lead out of the map",
    ),
    ("missing-field", 59, 13, "the field `lane` is missing here"),
    (
        "newer-version",
        3,
        21,
        "this map uses format 7, written by a newer Parcours",
    ),
    (
        "no-version",
        3,
        5,
        "the first field of a map must be `format_version`",
    ),
    ("not-a-map", 1, 1, "this is not a Parcours map"),
    ("not-base64", 18, 28, "the image data is not valid base64"),
    (
        "score-off-scale",
        70,
        32,
        "score -5 is off the map's scale (-2..2)",
    ),
    (
        "step-of-another-stage",
        58,
        23,
        "stage 4 has no step with the id 3",
    ),
    (
        "trailing-text",
        94,
        2,
        "unexpected text after the end of the map",
    ),
    ("truncated", 61, 11, "the file ends too early"),
    (
        "unknown-channel",
        52,
        31,
        "unknown value `Carrier_Pigeon`; expected one of: Website",
    ),
    ("unknown-field", 7, 13, "unknown field `titel`"),
    (
        "v0-bad-stage",
        15,
        17,
        "cards[3].stage: there is no stage number 3",
    ),
    ("wrong-type", 70, 31, "expected a whole number here"),
];

fn corpus_path(name: &str) -> String {
    format!("tests/broken/{name}.journey.ron")
}

#[test]
fn every_broken_file_gives_its_positioned_message() {
    for (name, line, column, words) in CORPUS {
        let path = corpus_path(name);
        let error = file::load(Path::new(&path)).expect_err(&path);
        let first = error
            .to_string()
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned();
        let expected_start = format!("{path}:{line}:{column}: ");
        assert!(first.starts_with(&expected_start), "{name}: got {first}");
        assert!(first.contains(words), "{name}: got {first}");
    }
}

#[test]
fn the_corpus_table_covers_every_file_of_the_folder() {
    let mut on_disk: Vec<String> = std::fs::read_dir("tests/broken")
        .expect("the corpus folder")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS
        .iter()
        .map(|(name, ..)| format!("{name}.journey.ron"))
        .collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn parcours_check_prints_the_same_messages_and_exits_1() {
    for (name, line, column, words) in CORPUS {
        let path = corpus_path(name);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_parcours"))
            .args(["check", &path])
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("parcours runs");
        assert_eq!(output.status.code(), Some(1), "{name}");
        let errors = String::from_utf8_lossy(&output.stderr);
        assert!(
            errors.starts_with(&format!("{path}:{line}:{column}: ")),
            "{name}: {errors}"
        );
        assert!(errors.contains(words), "{name}: {errors}");
        assert!(!errors.contains("panicked"), "{name}: {errors}");
    }
}

#[test]
fn a_file_far_larger_than_any_map_is_refused_before_parsing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("huge.journey.ron");
    let mut text = String::from("(\n    format_version: 1,\n    map: (\n        cards: [\n");
    let filler = " ".repeat(1024 * 1024);
    while (text.len() as u64) <= file::MAX_FILE_BYTES {
        text.push_str(&filler);
    }
    std::fs::write(&path, &text).expect("the huge file is written");

    let error = file::load(&path).expect_err("a 32 MiB file is refused");
    assert_eq!(error.diagnostics.len(), 1);
    assert!(error.to_string().contains("larger than 32 MiB"), "{error}");
}

#[test]
fn a_missing_file_is_named_in_the_message() {
    let error = file::load(Path::new("tests/broken/no-such-map.journey.ron")).expect_err("missing");
    let message = error.to_string();
    assert!(
        message.starts_with("tests/broken/no-such-map.journey.ron: cannot open:"),
        "{message}"
    );
}

#[test]
fn every_cut_of_a_valid_file_gives_a_positioned_error_and_no_panic() {
    let text = std::fs::read("tests/fixtures/small.journey.ron").expect("the fixture");
    let last_content = text
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .expect("some content");
    for end in 0..=last_content {
        let Err(error) = file::parse(&text[..end], "cut.journey.ron") else {
            panic!("a map cut at byte {end} of {} loaded", text.len());
        };
        assert!(
            error.diagnostics.iter().all(|d| d.position.is_some()),
            "cut at {end}: {error}"
        );
    }
}

#[test]
fn brackets_nested_far_beyond_any_map_give_an_error_not_a_crash() {
    let text = format!(
        "(\n    format_version: 1,\n    map: {}{}\n)",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let error = file::parse(text.as_bytes(), "deep.journey.ron").expect_err("refused");
    assert!(error.diagnostics[0].position.is_some(), "{error}");
}

#[test]
fn a_version_0_file_is_migrated_with_ids_and_references() {
    let map = file::load(Path::new("tests/fixtures/v0-prototype.journey.ron"))
        .expect("the v0 fixture loads");
    assert_eq!(map.meta.title, "Prototype renewal map");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Awareness", "Purchase", "Service"]);
    let twelve_fields = map
        .cards
        .iter()
        .find(|c| c.text == "Twelve fields")
        .expect("the card is kept");
    assert_eq!(
        map.stage(twelve_fields.stage).map(|s| s.name.as_str()),
        Some("Purchase")
    );
    assert_eq!(
        map.lane(twelve_fields.lane).map(|l| l.title.as_str()),
        Some("Pain points")
    );
    assert_eq!(map.validate(), Vec::new());
    let reloaded =
        file::parse(file::to_ron(&map).as_bytes(), "migrated").expect("the migrated map reloads");
    assert_eq!(reloaded, map);
}

/// A map holds its pictures inside the file and names no other file or address:
/// text that looks like markup, a path or a link stays text in every export.
#[test]
fn markup_paths_and_links_in_a_map_stay_text_in_its_svg() {
    use parcours::export::{self, ExportRequest, Format, Pages};
    let hostile = [
        r#"</text><image href="file:///etc/passwd"/><text>"#,
        "<script>fetch('https://example.com/steal')</script>",
        "../../../../home/user/.ssh/id_ed25519",
    ];
    let mut map = parcours::templates::find("home-insurance-renewal")
        .expect("the example")
        .load("en")
        .expect("it loads");
    map.meta.title = hostile[0].to_owned();
    for (card, text) in map.cards.iter_mut().zip(hostile) {
        card.text = text.to_owned();
    }
    let request = ExportRequest::new(Format::Svg, Pages::WholeMap);
    let pages = export::pages(&map, &request);
    let svg = export::render_page(&map, &pages[0], &request).expect("an SVG");
    let svg = String::from_utf8(svg).expect("UTF-8");

    for (at, _) in svg.match_indices("href=\"") {
        let target = &svg[at + "href=\"".len()..];
        assert!(
            target.starts_with("data:"),
            "an outside reference: {target:.60}"
        );
    }
    assert!(!svg.contains("<script"), "markup got through unescaped");
    assert!(
        svg.contains("&lt;script&gt;"),
        "the card's words are kept as text"
    );
    let tree = resvg::usvg::Tree::from_data(svg.as_bytes(), &resvg::usvg::Options::default())
        .expect("the SVG parses");
    assert!(tree.root().has_children());
}
