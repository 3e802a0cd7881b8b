//! The walkthrough: the map told stage by stage, one page per step, each stage
//! appearing in turn; in PowerPoint, one slide per step entered by a fade.

#[allow(dead_code)]
mod common;

use common::part;

use parcours::export::{self, ExportRequest, Format, Pages, Progress};
use parcours::model::JourneyMap;
use parcours::scene::Shape;
use parcours::templates::{CATALOGUE, Kind};

fn example() -> JourneyMap {
    let template = CATALOGUE
        .iter()
        .find(|t| t.kind == Kind::Example)
        .expect("an example");
    template
        .load(template.languages()[0])
        .expect("the example loads")
}

/// Every text of a page, in drawing order.
fn texts(page: &export::Page) -> Vec<String> {
    page.scene
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text(text) => Some(text.lines.join(" ")),
            _ => None,
        })
        .collect()
}

#[test]
fn each_step_reveals_one_more_stage_and_its_cards() {
    let map = example();
    let pages = export::pages(&map, &ExportRequest::new(Format::Pdf, Pages::Walkthrough));

    assert_eq!(pages.len(), map.stages.len() + 2);
    assert_eq!(export::walkthrough_steps(&map), pages.len());
    // Lines may break inside a word ("Refer-a-" / "friend"): compare without spaces.
    let squeezed = |text: &str| text.split_whitespace().collect::<String>();
    let card_shown = |page: &export::Page, card: &parcours::model::Card| {
        let start: String = squeezed(&card.text).chars().take(10).collect();
        squeezed(&texts(page).concat()).contains(&start)
    };
    for (index, stage) in map.stages.iter().enumerate() {
        let step = &pages[index + 1];
        assert_eq!(step.title, stage.name);
        for card in map
            .cards
            .iter()
            .filter(|c| c.stage == stage.id && !c.text.is_empty())
        {
            assert!(
                card_shown(step, card),
                "{}: {:?} missing",
                stage.name,
                card.text
            );
            assert!(card_shown(pages.last().expect("a last step"), card));
        }
        assert!(
            !texts(&pages[0])
                .iter()
                .any(|text| text.contains(&stage.name)),
            "the first step shows no stage yet"
        );
        if let Some(next) = map.stages.get(index + 1) {
            assert!(
                !texts(step).iter().any(|text| text.contains(&next.name)),
                "{} shows before its turn",
                next.name
            );
        }
    }
}

#[test]
fn a_powerpoint_walkthrough_fades_from_step_to_step_with_each_stage_in_the_notes() {
    let map = example();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("tour.pptx");
    let request = ExportRequest::new(Format::Pptx, Pages::Walkthrough);
    export::write(&map, &request, &path, &Progress::default()).expect("the walkthrough is written");

    for number in 1..=map.stages.len() + 2 {
        let slide = part(&path, &format!("ppt/slides/slide{number}.xml"));
        assert!(slide.contains("<p:fade/>"), "slide {number} has no fade");
    }
    for (index, stage) in map.stages.iter().enumerate() {
        let notes = part(
            &path,
            &format!("ppt/notesSlides/notesSlide{}.xml", index + 2),
        );
        assert!(
            notes.contains(&stage.name),
            "{} is not in its notes",
            stage.name
        );
    }
}

#[test]
fn a_png_walkthrough_is_one_numbered_image_per_step() {
    let map = example();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut request = ExportRequest::new(Format::Png, Pages::Walkthrough);
    request.raster.width = Some(640);

    let written = export::write(
        &map,
        &request,
        &folder.path().join("tour.png"),
        &Progress::default(),
    )
    .expect("the steps are written");

    assert_eq!(written.len(), map.stages.len() + 2);
    let first = image::open(&written[0]).expect("a PNG").to_rgba8();
    assert_eq!(first.dimensions(), (640, 360));
}

#[test]
fn a_gif_walkthrough_loops_through_every_step_at_720p_and_holds_the_last() {
    use image::AnimationDecoder;
    let map = example();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("tour.gif");
    let request = ExportRequest::new(Format::Gif, Pages::Walkthrough);

    let written =
        export::write(&map, &request, &path, &Progress::default()).expect("the GIF is written");

    assert_eq!(written, std::slice::from_ref(&path));
    let bytes = std::fs::read(&path).expect("the GIF reads");
    assert!(bytes.len() < 8 * 1024 * 1024, "{} bytes", bytes.len());
    let decoder = image::codecs::gif::GifDecoder::new(std::io::Cursor::new(&bytes)).expect("a GIF");
    let frames = decoder
        .into_frames()
        .collect_frames()
        .expect("its frames decode");
    assert_eq!(frames.len(), map.stages.len() + 2);
    let milliseconds: Vec<u32> = frames
        .iter()
        .map(|frame| {
            let (numerator, denominator) = frame.delay().numer_denom_ms();
            numerator / denominator
        })
        .collect();
    assert!(
        milliseconds[..frames.len() - 1]
            .iter()
            .all(|ms| *ms == 2_000),
        "{milliseconds:?}"
    );
    assert!(milliseconds[frames.len() - 1] > 2_000);
    for frame in &frames {
        assert_eq!(frame.buffer().dimensions(), (1280, 720));
    }
    let differing = |a: &image::RgbaImage, b: &image::RgbaImage| {
        a.pixels().zip(b.pixels()).filter(|(p, q)| p != q).count()
    };
    let (first, last) = (frames[0].buffer(), frames[frames.len() - 1].buffer());
    assert!(
        differing(first, last) > 1280 * 720 / 20,
        "the whole map shows by the end"
    );
    assert!(
        bytes.windows(11).any(|w| w == b"NETSCAPE2.0"),
        "the animation loops"
    );
}

#[test]
fn a_walkthrough_of_more_steps_than_a_deck_may_have_is_refused_before_drawing() {
    let mut map = example();
    let first = map.next_free_id();
    for offset in 0..400 {
        let id = parcours::model::StageId(first + offset);
        map.stages
            .push(parcours::model::Stage::new(id, format!("Stage {offset}")));
    }
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("tour.pptx");
    let request = ExportRequest::new(Format::Pptx, Pages::Walkthrough);

    let refused = export::write(&map, &request, &path, &Progress::default());

    assert!(
        matches!(refused, Err(export::ExportError::OverBudget(_))),
        "{refused:?}"
    );
    assert!(!path.exists());
}
