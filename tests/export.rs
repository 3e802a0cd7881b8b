//! Exports of every shipped map in every format: the sizes asked for, pages that
//! are not blank, text kept as text, decks with the right pages, and golden
//! images of the examples.

#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};

use parcours::export::{self, Choices, ExportRequest, Format, Look, PageSize, Pages, Progress};
use parcours::model::JourneyMap;
use parcours::scene::{Shape, style};
use parcours::templates::{CATALOGUE, Kind};

use common::svg::svg_texts;

fn shipped_maps() -> Vec<(String, JourneyMap)> {
    let mut maps = Vec::new();
    for template in CATALOGUE {
        for language in template.languages() {
            let map = template.load(language).expect("a shipped map loads");
            maps.push((format!("{}-{language}", template.name), map));
        }
    }
    maps
}

fn examples() -> Vec<(String, JourneyMap)> {
    CATALOGUE
        .iter()
        .filter(|t| t.kind == Kind::Example)
        .map(|t| {
            let language = t.languages()[0];
            (
                t.name.to_owned(),
                t.load(language).expect("an example loads"),
            )
        })
        .collect()
}

fn export_to(map: &JourneyMap, request: &ExportRequest, output: &Path) -> Vec<PathBuf> {
    export::write(map, request, output, &Progress::default())
        .unwrap_or_else(|error| panic!("{}: {error}", output.display()))
}

/// Share of pixels that differ from the top-left one: 0 for a blank page.
fn inked_share(image: &image::RgbaImage) -> f32 {
    let background = image.get_pixel(0, 0);
    let inked = image.pixels().filter(|p| *p != background).count();
    inked as f32 / (image.width() * image.height()) as f32
}

struct PdfFacts {
    pages: usize,
    media_boxes: Vec<String>,
}

/// Pages and page sizes, read from the PDF's page objects (pdf-writer does not
/// compress those).
fn pdf_facts(bytes: &[u8]) -> PdfFacts {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let text = String::from_utf8_lossy(bytes);
    let pages = text.matches("/Type /Page\n").count() + text.matches("/Type /Page/").count();
    let media_boxes = text
        .match_indices("/MediaBox [")
        .map(|(at, _)| {
            let rest = &text[at + "/MediaBox [".len()..];
            rest[..rest.find(']').unwrap_or(0)].to_owned()
        })
        .collect();
    PdfFacts { pages, media_boxes }
}

#[test]
fn every_shipped_map_exports_to_png_of_the_asked_size_and_not_blank() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (name, map) in shipped_maps() {
        let mut request = ExportRequest::new(Format::Png, Pages::WholeMap);
        request.raster.width = Some(1280);
        request.raster.height = Some(720);
        let path = folder.path().join(format!("{name}.png"));
        export_to(&map, &request, &path);
        let image = image::open(&path).expect("a PNG").to_rgba8();
        assert_eq!((image.width(), image.height()), (1280, 720), "{name}");
        assert!(inked_share(&image) > 0.05, "{name} is nearly blank");
    }
}

#[test]
fn every_shipped_map_exports_to_jpeg_at_twice_its_size() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (name, map) in shipped_maps() {
        let mut request = ExportRequest::new(Format::Jpeg, Pages::WholeMap);
        request.raster.scale = 2.0;
        let one_x = export::pages(&map, &request)[0].size;
        let path = folder.path().join(format!("{name}.jpg"));
        export_to(&map, &request, &path);
        let image = image::open(&path).expect("a JPEG").to_rgba8();
        assert_eq!(
            (image.width(), image.height()),
            (
                (one_x.x * 2.0).round() as u32,
                (one_x.y * 2.0).round() as u32
            ),
            "{name}"
        );
        assert!(inked_share(&image) > 0.05, "{name} is nearly blank");
    }
}

#[test]
fn every_shipped_map_exports_to_svg_with_its_text_as_text() {
    for (name, map) in shipped_maps() {
        let request = ExportRequest::new(Format::Svg, Pages::WholeMap);
        let page = &export::pages(&map, &request)[0];
        let svg = export::render_page(&map, page, &request).expect("an SVG");
        let texts = svg_texts(&svg).join(" ");
        // Long names are cut with an ellipsis, as on the canvas: look for the start.
        for stage in &map.stages {
            let start: String = stage.name.chars().take(10).collect();
            assert!(
                texts.contains(start.trim()),
                "{name}: {} is missing",
                stage.name
            );
        }
        for lane in map.lanes.iter().filter(|l| !l.hidden) {
            let first_word = lane.title.split_whitespace().next().unwrap_or_default();
            assert!(
                texts.contains(first_word),
                "{name}: lane {} is missing",
                lane.title
            );
        }
    }
}

#[test]
fn every_shipped_map_exports_to_a_pdf_deck_of_16_9_slides() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (name, map) in shipped_maps() {
        let request = ExportRequest::new(Format::Pdf, Pages::Slides);
        let path = folder.path().join(format!("{name}.pdf"));
        export_to(&map, &request, &path);
        let facts = pdf_facts(&std::fs::read(&path).expect("the PDF"));
        let parts = export::map_parts(&map, &Choices::default(), PageSize::Widescreen.units());
        let insights = export::pages(&map, &request)
            .iter()
            .filter(|p| p.title.starts_with("Insights: ") || p.title.starts_with("Enseignements: "))
            .count();
        // Title, personas three to a slide, overview, insights, then the parts of the map.
        let expected = 2 + map.personas.len().div_ceil(3) + insights + parts.len();
        assert_eq!(facts.pages, expected, "{name}");
        assert_eq!(facts.media_boxes.len(), expected, "{name}");
        assert!(
            facts.media_boxes.iter().all(|b| b == "0 0 960 540"),
            "{name}: {:?}",
            facts.media_boxes
        );
        // Every stage is on the slides, in order, each with all its lanes.
        let lanes = map.lanes.iter().filter(|l| !l.hidden).count();
        let mut next_stage = 0;
        let mut lanes_of_stage = 0;
        for part in &parts {
            assert_eq!(part.stages.start, next_stage, "{name}: {parts:?}");
            assert_eq!(part.lanes.start, lanes_of_stage, "{name}: {parts:?}");
            lanes_of_stage = part.lanes.end;
            if lanes_of_stage == lanes.max(1) {
                next_stage = part.stages.end;
                lanes_of_stage = 0;
            }
        }
        assert_eq!(next_stage, map.stages.len(), "{name}: {parts:?}");
    }
}

#[test]
fn a_whole_map_pdf_is_one_poster_page() {
    let (_, map) = &examples()[0];
    let mut request = ExportRequest::new(Format::Pdf, Pages::WholeMap);
    for (size, media_box) in [
        (PageSize::A3, "0 0 1190.55 841.89"),
        (PageSize::A1, "0 0 2383.94 1683.78"),
    ] {
        request.page_size = Some(size);
        let bytes =
            export::render_page(map, &export::pages(map, &request)[0], &request).expect("a PDF");
        let facts = pdf_facts(&bytes);
        assert_eq!(facts.pages, 1);
        assert_eq!(facts.media_boxes, [media_box]);
    }
}

#[test]
fn example_decks_as_png_slides_are_1920_by_1080_numbered_files() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (name, map) in examples() {
        let request = ExportRequest::new(Format::Png, Pages::Slides);
        let written = export_to(&map, &request, &folder.path().join(format!("{name}.png")));
        assert_eq!(written.len(), export::slide_count(&map, &request), "{name}");
        assert!(
            written[0].ends_with(format!("{name}-01.png")),
            "{:?}",
            written[0]
        );
        for path in written {
            let image = image::open(&path).expect("a PNG").to_rgba8();
            assert_eq!((image.width(), image.height()), (1920, 1080));
            assert!(
                inked_share(&image) > 0.02,
                "{} is nearly blank",
                path.display()
            );
        }
    }
}

#[test]
fn the_deck_has_a_title_slide_and_page_numbers() {
    for (name, map) in examples() {
        let request = ExportRequest::new(Format::Svg, Pages::Slides);
        let pages = export::pages(&map, &request);
        let title = svg_texts(&export::render_page(&map, &pages[0], &request).expect("svg"));
        assert!(
            title.iter().any(|t| map.meta.title.starts_with(t.as_str())),
            "{name}: {title:?}"
        );
        let total = pages.len();
        for (i, page) in pages.iter().enumerate().skip(1) {
            let texts = svg_texts(&export::render_page(&map, page, &request).expect("svg"));
            let number = format!("{} / {total}", i + 1);
            assert!(
                texts.contains(&number),
                "{name}: slide {} lacks {number}",
                i + 1
            );
        }
    }
}

#[test]
fn left_out_lanes_and_print_look_show_in_the_export() {
    let (_, map) = &examples()[0];
    let hidden = map.lanes.iter().find(|l| !l.hidden).expect("a lane");
    let mut request = ExportRequest::new(Format::Svg, Pages::WholeMap);
    request.choices.hidden_lanes.insert(hidden.id);
    request.choices.look = Look::Print;
    let page = &export::pages(map, &request)[0];
    let svg =
        String::from_utf8(export::render_page(map, page, &request).expect("svg")).expect("utf-8");
    assert!(
        !svg_texts(svg.as_bytes()).contains(&hidden.title),
        "{} is still shown",
        hidden.title
    );
    assert_eq!(page.scene.background, egui::Color32::WHITE);
}

#[test]
fn a_transparent_png_has_a_see_through_background() {
    let (_, map) = &examples()[0];
    let mut request = ExportRequest::new(Format::Png, Pages::WholeMap);
    request.raster.transparent = true;
    request.raster.width = Some(600);
    let image =
        export::page_image(map, &export::pages(map, &request)[0], &request).expect("an image");
    assert_eq!(image.get_pixel(0, 0)[3], 0);
    assert!(image.pixels().any(|p| p[3] == 255));
}

#[test]
fn an_impossible_image_size_is_refused_with_a_reason() {
    let (_, map) = &examples()[0];
    let mut request = ExportRequest::new(Format::Png, Pages::WholeMap);
    request.raster.scale = 400.0;
    let error = export::render_page(map, &export::pages(map, &request)[0], &request)
        .expect_err("too large");
    assert!(error.to_string().contains("16,384 pixels"), "{error}");
}

#[test]
fn every_character_of_the_shipped_maps_has_a_glyph_in_the_shipped_fonts() {
    for (name, map) in shipped_maps() {
        let request = ExportRequest::new(Format::Svg, Pages::Slides);
        for page in export::pages(&map, &request) {
            for shape in &page.scene.shapes {
                if let parcours::scene::Shape::Text(text) = shape {
                    for c in text.lines.iter().flat_map(|l| l.chars()) {
                        assert!(
                            parcours::fonts::covers(c),
                            "{name}: no glyph for {c:?} ({:#x})",
                            c as u32
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn stage_slides_number_and_colour_each_stage_as_the_whole_map_does() {
    for (name, map) in examples() {
        let request = ExportRequest::new(Format::Png, Pages::Slides);
        let pages = export::pages(&map, &request);
        let stage_slides = &pages[2 + map.personas.len().div_ceil(3)..];
        for (index, stage) in map.stages.iter().enumerate() {
            let title = format!("{}. {}", index + 1, stage.name);
            let colour = style::color32(map.stage_color(stage.id));
            let headed = stage_slides.iter().any(|page| {
                let shapes = &page.scene.shapes;
                shapes.iter().any(|shape| match shape {
                    Shape::Text(text) if text.lines.first() == Some(&title) => {
                        shapes.iter().any(|pill| {
                            matches!(pill, Shape::Rect { rect, fill, .. }
                                if *fill == colour && rect.contains(text.rect.center()))
                        })
                    }
                    _ => false,
                })
            });
            assert!(
                headed,
                "{name}: no stage slide heads \"{title}\" in its colour"
            );
        }
    }
}

/// Golden images: every slide of the examples' decks, compared pixel by pixel
/// with a tolerance. `PARCOURS_UPDATE_GOLDEN=1 cargo test --test export` rewrites
/// them (see docs/export.md).
#[test]
fn example_deck_slides_match_their_golden_images() {
    let update = std::env::var_os("PARCOURS_UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    let slides = examples().into_iter().flat_map(|(name, map)| {
        let mut request = ExportRequest::new(Format::Png, Pages::Slides);
        request.raster.width = Some(960);
        // The slides every deck had before the insights: they must not change.
        // The insights slides are checked by their texts in tests/insight_slides.rs.
        request.choices.leave_out_insights = true;
        let pages = export::pages(&map, &request);
        pages.into_iter().enumerate().map(move |(index, page)| {
            let image = export::page_image(&map, &page, &request).expect("an image");
            (format!("{name}-{:02}", index + 1), image)
        })
    });
    for (name, image) in slides {
        let golden_path = PathBuf::from(format!("tests/golden/{name}.png"));
        if update {
            image
                .save(&golden_path)
                .expect("the golden image is written");
            continue;
        }
        let golden = image::open(&golden_path)
            .unwrap_or_else(|e| panic!("{}: {e}", golden_path.display()))
            .to_rgba8();
        assert_eq!(golden.dimensions(), image.dimensions(), "{name}");
        let differing = image
            .pixels()
            .zip(golden.pixels())
            .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 8))
            .count();
        let share = differing as f32 / (image.width() * image.height()) as f32;
        if share > 0.0005 {
            let actual = std::env::temp_dir().join(format!("{name}.actual.png"));
            let _ = image.save(&actual);
            failures.push(format!(
                "{name}: {:.2}% of pixels differ from {}; this run's image is {}",
                share * 100.0,
                golden_path.display(),
                actual.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_cancelled_export_stops_and_writes_nothing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let (_, map) = &examples()[0];
    for format in [Format::Png, Format::Pdf] {
        let progress = Progress::default();
        progress.cancel();
        let request = ExportRequest::new(format, Pages::Slides);
        let output = folder.path().join(format!("deck.{}", format.extension()));
        let result = export::write(map, &request, &output, &progress);
        assert!(
            matches!(result, Err(export::ExportError::Cancelled)),
            "{format:?}"
        );
        assert_eq!(progress.fraction().0, 0);
    }
    let left = std::fs::read_dir(folder.path())
        .expect("the folder")
        .count();
    assert_eq!(left, 0, "nothing is written");
}

#[test]
fn a_deck_cancelled_after_its_first_slide_takes_away_the_slides_it_wrote() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let unrelated = folder.path().join("notes.txt");
    std::fs::write(&unrelated, "kept").expect("a file of the user's");
    let (_, map) = &examples()[0];
    let progress = Progress::default();
    let watcher = progress.clone();
    let canceller = std::thread::spawn(move || {
        while watcher.fraction().0 == 0 {
            std::thread::yield_now();
        }
        watcher.cancel();
    });

    let request = ExportRequest::new(Format::Png, Pages::Slides);
    let result = export::write(map, &request, &folder.path().join("deck.png"), &progress);
    canceller.join().expect("the canceller finishes");

    assert!(matches!(result, Err(export::ExportError::Cancelled)));
    let (done, total) = progress.fraction();
    assert!(
        done >= 1 && done < total,
        "cancelled after {done} of {total}"
    );
    let left: Vec<_> = std::fs::read_dir(folder.path())
        .expect("the folder")
        .map(|entry| entry.expect("an entry").file_name())
        .collect();
    assert_eq!(left, ["notes.txt"], "only the user's own file is left");
}

#[cfg(unix)]
#[test]
fn a_deck_that_fails_on_a_slide_leaves_the_previous_deck_as_it_was() {
    use std::os::unix::fs::PermissionsExt as _;
    let folder = tempfile::tempdir().expect("a temporary folder");
    let (_, map) = &examples()[0];
    let request = ExportRequest::new(Format::Png, Pages::Slides);
    let output = folder.path().join("deck.png");
    let slides = export::output_paths(&output, export::slide_count(map, &request));
    for slide in &slides {
        std::fs::write(slide, "the previous deck").expect("an old slide");
    }
    std::fs::set_permissions(&slides[2], std::fs::Permissions::from_mode(0o444))
        .expect("a read-only third slide");

    let result = export::write(map, &request, &output, &Progress::default());

    let error = result
        .expect_err("the read-only slide is refused")
        .to_string();
    assert!(
        error.starts_with(&format!(
            "{}: could not save: the file is marked read-only",
            slides[2].display()
        )),
        "{error}"
    );
    for slide in &slides {
        assert_eq!(
            std::fs::read_to_string(slide).expect("an old slide"),
            "the previous deck",
            "{}",
            slide.display()
        );
    }
    let entries = std::fs::read_dir(folder.path())
        .expect("the folder")
        .count();
    assert_eq!(entries, slides.len(), "no temporary file is left");
}
