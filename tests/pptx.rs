//! PowerPoint decks read back by another program: python-pptx opens each
//! example's deck and finds the PDF deck's slides, native shapes of every kind,
//! the cards' texts in editable text boxes, and speaker notes. The Python comes
//! from `PARCOURS_PYTHON` (a virtual environment with python-pptx, as `.ci/run`
//! makes one), or `python3`.

#[allow(dead_code)]
mod common;

use common::part;
use std::path::Path;
use std::process::Command;

use parcours::export::{self, ExportRequest, Format, PageSize, Pages, Progress};
use parcours::model::JourneyMap;
use parcours::templates::{CATALOGUE, Kind};
use serde_json::Value;

fn examples() -> Vec<(String, JourneyMap)> {
    CATALOGUE
        .iter()
        .filter(|t| t.kind == Kind::Example)
        .map(|t| {
            let language = t.languages()[0];
            let map = t.load(language).expect("an example loads");
            (t.name.to_owned(), map)
        })
        .collect()
}

fn write_deck(map: &JourneyMap, request: &ExportRequest, output: &Path) {
    export::write(map, request, output, &Progress::default())
        .unwrap_or_else(|error| panic!("{}: {error}", output.display()));
}

/// What python-pptx reads in the deck at `path`.
fn read_back(path: &Path) -> Value {
    let python = std::env::var("PARCOURS_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pptx/read_deck.py");
    let output = Command::new(&python)
        .arg(script)
        .arg(path)
        .output()
        .unwrap_or_else(|error| panic!("{python} does not run: {error}"));
    assert!(
        output.status.success(),
        "python-pptx could not read {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the script prints JSON")
}

/// Text without its spaces and line breaks, where PowerPoint and we may differ.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{b}')
        .collect()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

#[test]
fn example_decks_read_back_with_the_pdf_decks_slides_shapes_texts_and_notes() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (name, map) in examples() {
        let request = ExportRequest::new(Format::Pptx, Pages::Slides);
        let path = folder.path().join(format!("{name}.pptx"));
        write_deck(&map, &request, &path);
        let deck = read_back(&path);

        let pdf_pages = export::pages(&map, &ExportRequest::new(Format::Pdf, Pages::Slides));
        let slides = deck["slides"].as_array().expect("slides");
        assert_eq!(slides.len(), pdf_pages.len(), "{name}: slides");
        assert_eq!(
            (deck["width"].as_i64(), deck["height"].as_i64()),
            (Some(12_192_000), Some(6_858_000))
        );

        let kinds: Vec<String> = slides.iter().flat_map(|s| strings(&s["kinds"])).collect();
        for kind in ["auto shape", "freeform", "line", "text box"] {
            assert!(
                kinds.iter().any(|k| k == kind),
                "{name}: no {kind} in {kinds:?}"
            );
        }
        let texts = squeezed(
            &slides
                .iter()
                .flat_map(|s| strings(&s["texts"]))
                .collect::<String>(),
        );
        for card in map.cards.iter().filter(|card| !card.text.trim().is_empty()) {
            let start: String = squeezed(&card.text).chars().take(12).collect();
            assert!(
                texts.contains(&start),
                "{name}: card {:?} has no text box",
                card.text
            );
        }
        let notes = squeezed(
            &slides
                .iter()
                .filter_map(|s| s["notes"].as_str())
                .collect::<String>(),
        );
        let described = map
            .stages
            .iter()
            .map(|s| &s.description)
            .chain(map.cards.iter().map(|c| &c.description));
        let mut noted = 0;
        for description in described.filter(|d| !d.trim().is_empty()) {
            let start: String = squeezed(description).chars().take(20).collect();
            assert!(
                notes.contains(&start),
                "{name}: {description:?} is in no notes"
            );
            noted += 1;
        }
        assert!(noted > 0, "{name}: nothing described to put in the notes");
    }
}

#[test]
fn a_four_by_three_deck_has_four_by_three_slides() {
    let (_, map) = &examples()[0];
    let mut request = ExportRequest::new(Format::Pptx, Pages::Slides);
    request.page_size = Some(PageSize::Standard);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("deck.pptx");
    write_deck(map, &request, &path);

    let deck = read_back(&path);

    assert_eq!(
        (deck["width"].as_i64(), deck["height"].as_i64()),
        (Some(9_144_000), Some(6_858_000))
    );
}

#[test]
fn the_package_declares_exact_content_types_and_draws_curves_as_beziers() {
    let (_, map) = &examples()[0];
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("deck.pptx");
    write_deck(map, &ExportRequest::new(Format::Pptx, Pages::Slides), &path);

    let types = part(&path, "[Content_Types].xml");
    for expected in [
        r#"<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>"#,
        r#"<Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>"#,
        r#"<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>"#,
        r#"<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>"#,
        r#"<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"/>"#,
    ] {
        assert!(types.contains(expected), "{expected} missing from {types}");
    }
    let overview = (1..)
        .map(|n| part(&path, &format!("ppt/slides/slide{n}.xml")))
        .find(|slide| slide.contains("<a:cubicBezTo>"))
        .expect("a slide draws the emotion curve");
    assert!(overview.contains("<p:cxnSp>") || overview.contains("<a:lnTo>"));
}

#[test]
fn markup_quotes_emoji_and_control_characters_survive_in_a_deck() {
    let (_, mut map) = examples().remove(0);
    let tricky = "Tom & Jerry <b>\"quoted\" 'single' 🚀 bell\u{7}";
    map.cards[0].text = tricky.to_owned();
    map.cards[0].description = tricky.to_owned();
    map.meta.title = tricky.to_owned();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("tricky.pptx");
    write_deck(
        &map,
        &ExportRequest::new(Format::Pptx, Pages::Slides),
        &path,
    );

    let deck = read_back(&path);

    let slides = deck["slides"].as_array().expect("slides");
    let texts = squeezed(
        &slides
            .iter()
            .flat_map(|s| strings(&s["texts"]))
            .collect::<String>(),
    );
    let notes = squeezed(
        &slides
            .iter()
            .filter_map(|s| s["notes"].as_str())
            .collect::<String>(),
    );
    let expected = squeezed("Tom & Jerry <b>\"quoted\" 'single' 🚀 bell");
    assert!(texts.contains(&expected), "{texts}");
    assert!(notes.contains(&expected), "{notes}");
}

/// The page count and page sizes (in points) of a PDF LibreOffice wrote.
fn libreoffice_pdf_pages(bytes: &[u8]) -> (usize, Vec<(f32, f32)>) {
    let text = String::from_utf8_lossy(bytes).replace("/Type /Page", "/Type/Page");
    let pages = text.matches("/Type/Page").count() - text.matches("/Type/Pages").count();
    let sizes = text
        .split("/MediaBox")
        .skip(1)
        .filter_map(|rest| {
            let inside = rest.trim_start().strip_prefix('[')?.split(']').next()?;
            let numbers: Vec<f32> = inside
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            Some((numbers.get(2).copied()?, numbers.get(3).copied()?))
        })
        .collect();
    (pages, sizes)
}

/// LibreOffice opens the deck and prints it as our PDF deck is: as many pages,
/// of the same size. `PARCOURS_SOFFICE` names its program, or `soffice`.
#[test]
fn libreoffice_renders_a_deck_to_as_many_pages_of_the_same_size_as_our_pdf() {
    let (name, map) = examples().remove(0);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let deck = folder.path().join(format!("{name}.pptx"));
    write_deck(
        &map,
        &ExportRequest::new(Format::Pptx, Pages::Slides),
        &deck,
    );
    let soffice = std::env::var("PARCOURS_SOFFICE").unwrap_or_else(|_| "soffice".to_owned());

    let status = Command::new(&soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}/profile",
            folder.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(folder.path())
        .arg(&deck)
        .output()
        .unwrap_or_else(|error| panic!("{soffice} does not run: {error}"));

    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let pdf =
        std::fs::read(folder.path().join(format!("{name}.pdf"))).expect("LibreOffice wrote a PDF");
    let (pages, sizes) = libreoffice_pdf_pages(&pdf);
    assert_eq!(
        pages,
        export::pages(&map, &ExportRequest::new(Format::Pdf, Pages::Slides)).len()
    );
    assert!(!sizes.is_empty());
    for (width, height) in sizes {
        assert!(
            (width - 960.0).abs() < 1.0 && (height - 540.0).abs() < 1.0,
            "{width} × {height}"
        );
    }
}

/// A small PNG of `width` × `height` pixels.
fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 80, 40, 255]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Png)
        .expect("a PNG is written");
    bytes.into_inner()
}

#[test]
fn photos_and_image_cards_are_pictures_each_stored_once() {
    let (_, mut map) = examples().remove(0);
    map.personas[0].photo = Some(parcours::model::EmbeddedImage {
        format: parcours::model::ImageFormat::Png,
        data: png(40, 30),
    });
    map.cards[0].image = Some(parcours::model::EmbeddedImage {
        format: parcours::model::ImageFormat::Png,
        data: png(64, 48),
    });
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("photo.pptx");
    write_deck(
        &map,
        &ExportRequest::new(Format::Pptx, Pages::Slides),
        &path,
    );

    let deck = read_back(&path);

    let slides = deck["slides"].as_array().expect("slides");
    let pictures = slides
        .iter()
        .flat_map(|s| strings(&s["kinds"]))
        .filter(|kind| kind == "picture")
        .count();
    // The photo on the personas slide; the card on the overview and its stage's slide.
    assert_eq!(pictures, 3);
    let file = std::fs::File::open(&path).expect("the deck opens");
    let package = zip::ZipArchive::new(file).expect("the deck is a zip");
    let media: Vec<String> = package
        .file_names()
        .filter_map(Result::ok)
        .filter(|name| name.starts_with("ppt/media/"))
        .map(|name| name.into_owned())
        .collect();
    assert_eq!(media, ["ppt/media/image1.png", "ppt/media/image2.png"]);
}
