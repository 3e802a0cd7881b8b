//! Hostile input through the command line: the corpus under `tests/hostile/`, and
//! files too large to store, made here. Each gives the exit code and the message
//! a user would see, and nothing is written where it should not be.

use std::path::Path;
use std::process::{Command, Output};

fn parcours(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(args)
        .output()
        .expect("the parcours binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// Each map of `tests/hostile/` that `parcours check` refuses, with the start of
/// the line it must print after the file's name.
const REFUSED_MAPS: &[(&str, &str)] = &[
    (
        "control-character",
        "51:23: map.cards[0].text: character 8 of this text is the control character U+000B",
    ),
    (
        "nul-in-title",
        "7:20: map.meta.title: character 8 of this text is the control character U+0000",
    ),
    (
        "stacked-marks",
        "58:23: map.cards[1].text: character 24 of this text stacks more than 16 combining marks",
    ),
    (
        "direction-overrides",
        "58:23: map.cards[1].text: character 28 of this text is one direction control (such as U+202E) too many: at most 16 may follow each other",
    ),
    (
        "damaged-photo",
        "16:24: map.personas[0].photo: the image's data is damaged",
    ),
    (
        "impossible-date",
        "8:19: map.meta.date: \"2026-02-30\" is not a date",
    ),
    (
        "impossible-comment-date",
        "56:31: map.cards[0].comments[0].date: \"2026-04-31T10:30\" is not a date",
    ),
];

#[test]
fn every_hostile_map_is_refused_at_its_place_with_exit_code_1() {
    for (name, expected) in REFUSED_MAPS {
        let path = format!("tests/hostile/{name}.journey.ron");

        let output = parcours(&["check", &path]);

        let errors = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {errors}");
        assert!(
            errors.starts_with(&format!("{path}:{expected}")),
            "{name}: {errors}"
        );
        assert!(!errors.contains("panicked"), "{name}: {errors}");
    }
}

#[test]
fn a_spreadsheet_with_a_nul_byte_is_refused_and_no_map_is_written() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("imported.journey.ron");

    let output = parcours(&["import", "tests/hostile/nul-byte.csv", "-o", text(&map)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains("character 5 of this text is the control character U+0000"),
        "{errors}"
    );
    assert!(!map.exists());
}

#[test]
fn text_that_looks_like_mermaid_syntax_survives_an_export_and_an_import() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let diagram = folder.path().join("journey.mmd");
    let reimported = folder.path().join("back.journey.ron");
    let source = "tests/hostile/mermaid-syntax.journey.ron";

    let exported = parcours(&["export", source, "-o", text(&diagram)]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let written = std::fs::read_to_string(&diagram).expect("the diagram");
    assert!(!written.contains('\r'), "{written}");
    assert!(!written.contains("%%"), "{written}");
    assert_eq!(
        written.lines().count(),
        6,
        "journey, title, 2 sections, 2 tasks: {written}"
    );
    let imported = parcours(&["import", text(&diagram), "-o", text(&reimported)]);
    assert!(imported.status.success(), "{}", stderr(&imported));

    let original = parcours::file::load(Path::new(source)).expect("the corpus map loads");
    let back = parcours::file::load(&reimported).expect("the imported map loads");
    assert_eq!(back.meta.title, original.meta.title);
    let names = |map: &parcours::model::JourneyMap| -> Vec<String> {
        map.cards
            .iter()
            .map(|card| card.text.replace("\r\n", "\n").replace('\r', "\n"))
            .collect()
    };
    assert_eq!(names(&back), names(&original));
}

/// A file of `bytes` zero bytes, made without writing them.
fn sparse_file(path: &Path, bytes: u64) {
    std::fs::File::create(path)
        .and_then(|file| file.set_len(bytes))
        .expect("a sparse file");
}

#[test]
fn a_file_over_the_size_limit_is_refused_by_its_size_before_it_is_read() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("huge.journey.ron");
    let csv = folder.path().join("huge.csv");
    let out = folder.path().join("out.journey.ron");
    let svg = folder.path().join("never.svg");
    for path in [&map, &csv] {
        sparse_file(path, 40 * 1024 * 1024);
    }

    for (args, path) in [
        (vec!["check", text(&map)], &map),
        (vec!["fmt", text(&map)], &map),
        (vec!["export", text(&map), "-o", text(&svg)], &map),
        (vec!["import", text(&csv), "-o", text(&out)], &csv),
    ] {
        let output = parcours(&args);

        let errors = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {errors}");
        assert_eq!(
            errors.trim_end(),
            format!(
                "{}: the file is 40 MiB, larger than 32 MiB by 8 MiB; it was not read",
                path.display()
            ),
            "{args:?}"
        );
    }
    assert!(!out.exists() && !svg.exists());
}

/// A map under the size limit whose canonical text is over it: soft hyphens are
/// two bytes in the file, and written back as the six of `\u{ad}`.
fn map_that_grows_when_written(path: &Path) {
    let fixture = std::fs::read_to_string("tests/fixtures/small.journey.ron").expect("the fixture");
    let long_text = "\u{ad}".repeat(20_000);
    let cards: String = (0..300)
        .map(|i| {
            format!(
                "(id: {}, lane: 5, stage: 2, text: \"{long_text}\"),",
                1000 + i
            )
        })
        .collect();
    let text = fixture.replacen("cards: [", &format!("cards: [{cards}"), 1);
    std::fs::write(path, text).expect("the map");
}

#[test]
fn nothing_is_written_that_parcours_could_not_read_back() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("grows.journey.ron");
    map_that_grows_when_written(&path);
    let before = std::fs::read(&path).expect("the map");
    assert!(
        before.len() < 32 * 1024 * 1024,
        "the file itself is readable"
    );

    let checked = parcours(&["check", text(&path)]);
    assert!(checked.status.success(), "{}", stderr(&checked));

    let output = parcours(&["fmt", text(&path)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.starts_with(&format!(
            "{}: could not save: the file would be",
            path.display()
        )),
        "{errors}"
    );
    assert!(
        errors.contains("larger than the 32 MiB Parcours reads by"),
        "{errors}"
    );
    assert!(
        errors.contains("the previous file is unchanged"),
        "{errors}"
    );
    assert!(
        std::fs::read(&path).expect("the map") == before,
        "the map is as it was"
    );
    let names: Vec<_> = std::fs::read_dir(folder.path())
        .expect("listable")
        .map(|entry| entry.expect("an entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
}

/// The small fixture with `extra` spliced in at the start of its list `list`.
fn fixture_with(list: &str, extra: &str, path: &Path) {
    let fixture = std::fs::read_to_string("tests/fixtures/small.journey.ron").expect("the fixture");
    let marker = format!("{list}: [");
    assert!(fixture.contains(&marker), "the fixture has {list}");
    let text = fixture.replacen(&marker, &format!("{marker}{extra}"), 1);
    std::fs::write(path, text).expect("the map");
}

#[test]
fn counts_over_their_limits_are_refused_with_the_limit_and_the_excess() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let many_cards = folder.path().join("many-cards.journey.ron");
    let cards: String = (0..20_000)
        .map(|i| format!("(id: {}, lane: 5, stage: 2, text: \"\"),", 100 + i))
        .collect();
    fixture_with("cards", &cards, &many_cards);
    let tangled = folder.path().join("tangled.journey.ron");
    let links: String = (0..101)
        .map(|i| {
            format!(
                "(id: {}, from: 7, to: Some(8), kind: Alternative),",
                100 + i
            )
        })
        .collect();
    fixture_with("links", &links, &tangled);

    for (path, expected) in [
        (
            &many_cards,
            "map.cards: the map has 20002 cards, 2 over the 20000 allowed",
        ),
        (
            &tangled,
            "map.links[100]: card 7 has more than the 100 links a card may have",
        ),
    ] {
        let output = parcours(&["check", text(path)]);

        let errors = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{errors}");
        let first = errors.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(&format!("{}:", path.display())),
            "{errors}"
        );
        assert!(first.ends_with(expected), "{errors}");
    }
}

#[test]
fn an_image_too_large_to_draw_is_refused_before_any_drawing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let png = folder.path().join("poster.png");

    let output = parcours(&[
        "export",
        "tests/fixtures/small.journey.ron",
        "-o",
        text(&png),
        "--width",
        "16000",
        "--height",
        "16000",
    ]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{errors}");
    assert!(
        errors
            .contains("makes an image of 16,000 × 16,000 pixels, 244 megapixels, 180 over the 64"),
        "{errors}"
    );
    assert!(!png.exists());
}

/// A map of `count` stages each 5,000 units wide: every stage makes a slide.
fn wide_stages(count: usize, path: &Path) {
    let stages: String = (0..count)
        .map(|i| format!("(id: {}, name: \"S{i}\", width: Some(5000)),", 1000 + i))
        .collect();
    fixture_with("stages", &stages, path);
}

#[test]
fn a_deck_of_more_slides_than_allowed_is_refused_before_any_drawing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("wide.journey.ron");
    wide_stages(400, &map);
    let deck = folder.path().join("deck.pdf");

    let output = parcours(&["export", text(&map), "--slides", "-o", text(&deck)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.starts_with(
            "parcours: the deck would have more than the 300 slides a deck may have (at least 30"
        ),
        "{errors}"
    );
    assert!(!deck.exists());
}

#[test]
fn slides_of_too_many_pixels_together_are_refused_before_any_drawing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("wide.journey.ron");
    wide_stages(40, &map);
    let deck = folder.path().join("deck.png");

    let output = parcours(&[
        "export",
        text(&map),
        "--slides",
        "--width",
        "8192",
        "--height",
        "4608",
        "-o",
        text(&deck),
    ]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.starts_with("parcours: the 86 slides would hold 3096 megapixels together, 2072 over the 1024 an export may have"),
        "{errors}"
    );
    let written = std::fs::read_dir(folder.path()).expect("listable").count();
    assert_eq!(written, 1, "only the map");
}

/// A one-pixel PNG whose colour profile is 100 KiB that do not pack.
fn png_with_a_large_colour_profile() -> Vec<u8> {
    use image::ImageEncoder as _;
    let mut state = 1u32;
    let profile: Vec<u8> = (0..100 * 1024)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8
        })
        .collect();
    let mut png = Vec::new();
    let mut encoder = image::codecs::png::PngEncoder::new(&mut png);
    encoder
        .set_icc_profile(profile)
        .expect("a PNG carries a colour profile");
    encoder
        .write_image(&[0, 0, 0], 1, 1, image::ExtendedColorType::Rgb8)
        .expect("a PNG");
    png
}

#[test]
fn a_photo_with_a_colour_profile_over_its_limit_is_refused_at_its_place() {
    use base64::Engine as _;
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("profile.journey.ron");
    let data = base64::engine::general_purpose::STANDARD.encode(png_with_a_large_colour_profile());
    let persona = format!(
        "(id: 90, name: \"Ada\", color: \"#E8687F\", photo: Some((format: Png, data: \"{data}\"))),"
    );
    fixture_with("personas", &persona, &map);

    let output = parcours(&["check", text(&map)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    let expected = format!(
        "{}:11:67: map.personas[0].photo: the image's colour profile takes 101 KiB packed, 37 KiB over the 64 KiB allowed",
        map.display()
    );
    assert_eq!(errors.trim_end(), expected);
}

#[test]
fn an_image_of_more_dashes_than_allowed_is_refused_before_any_drawing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("tangled.journey.ron");
    let cards: String = (0..400)
        .map(|i| format!("(id: {}, lane: 5, stage: 2, text: \"C{i}\"),", 1000 + i))
        .collect();
    fixture_with("cards", &cards, &map);
    let with_cards = std::fs::read_to_string(&map).expect("the map");
    // The fixture's own link makes 20,000.
    let links: String = (0..19_999)
        .map(|n| {
            let from = n % 400;
            let to = (from + 1 + (n / 400) * 7) % 400;
            format!(
                "(id: {}, from: {}, to: Some({}), kind: Alternative),",
                100_000 + n,
                1000 + from,
                1000 + to
            )
        })
        .collect();
    std::fs::write(
        &map,
        with_cards.replacen("links: [", &format!("links: [{links}"), 1),
    )
    .expect("the map");
    let png = folder.path().join("tangled.png");

    let output = parcours(&["export", text(&map), "-o", text(&png)]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.starts_with(
            "parcours: the dashed lines (links off the main path, guides) would make "
        ) && errors.contains("over the 1000000 an image may have; export as SVG or PDF"),
        "{errors}"
    );
    assert!(!png.exists());
}
