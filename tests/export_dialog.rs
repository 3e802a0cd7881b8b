//! The Export dialog's PowerPoint deck and stage-by-stage walkthrough, chosen
//! and written as a user would: pick the format and the pages, press Export…,
//! and find the file the deck or the animation should be.

#[allow(dead_code)]
mod common;

use std::io::Read;
use std::path::Path;

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use image::AnimationDecoder;
use parcours::edit::Document;
use parcours::export::{ExportRequest, Format, Pages};
use parcours::model::JourneyMap;
use parcours::ui::ParcoursApp;

use common::ScriptedDialogs;

fn renewal_example() -> JourneyMap {
    parcours::templates::find("home-insurance-renewal")
        .expect("the example")
        .load("en")
        .expect("it loads")
}

/// The editor on the example, its file dialogs answering `target`, with the
/// Export dialog open and settled.
fn export_dialog(target: &Path) -> Harness<'static, ParcoursApp> {
    let dialogs = ScriptedDialogs::answering(target.to_path_buf());
    let app = ParcoursApp::new(
        Document::new_unsaved(renewal_example()),
        Box::new(dialogs),
        Vec::new(),
    );
    let mut harness = common::editor_harness(app);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    // The window sizes itself over its first frames before it settles in the middle.
    harness.run_steps(6);
    harness
}

/// Presses Export… and waits until the worker has written the file.
fn export_and_wait(harness: &mut Harness<'_, ParcoursApp>) {
    harness.get_by_label("Export…").click();
    harness.run_steps(2);
    for _ in 0..1500 {
        if harness.state().export.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run_steps(1);
    }
    assert!(harness.state().export.is_none(), "the export finished");
    let message = harness.state().message().unwrap_or_default().to_owned();
    assert!(message.starts_with("Exported to"), "{message}");
}

/// The slide parts a PowerPoint package holds, and the text of them all.
fn slides_of(deck: &Path) -> (usize, String) {
    let file = std::fs::File::open(deck).expect("the deck was written");
    let mut package = zip::ZipArchive::new(file).expect("a PowerPoint file is a zip package");
    let names: Vec<String> = (0..package.len())
        .map(|index| {
            let part = package.by_index(index).expect("a part");
            part.name().expect("a UTF-8 part name").into_owned()
        })
        .collect();
    let slides: Vec<&String> = names
        .iter()
        .filter(|name| name.starts_with("ppt/slides/slide") && name.ends_with(".xml"))
        .collect();
    let mut text = String::new();
    for name in &slides {
        let mut part = package.by_name(name).expect("a listed part");
        part.read_to_string(&mut text).expect("XML text");
    }
    (slides.len(), text)
}

#[test]
fn the_dialog_writes_a_powerpoint_deck_of_the_pdf_decks_slides() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("renewal.pptx");
    let mut harness = export_dialog(&target);
    harness.get_by_label("PowerPoint deck").click();
    harness.run_steps(2);
    export_and_wait(&mut harness);

    let map = &harness.state().document().map;
    let pdf_deck =
        parcours::export::slide_count(map, &ExportRequest::new(Format::Pdf, Pages::Slides));
    let (slides, text) = slides_of(&target);
    assert_eq!(slides, pdf_deck);
    let first_card = map.cards.first().expect("the example has cards");
    let first_word = first_card.text.split_whitespace().next().expect("a word");
    assert!(text.contains(first_word), "{first_word} is on a slide");
}

#[test]
fn the_dialog_writes_the_walkthrough_as_an_animation_of_one_frame_per_step() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("tour.gif");
    let mut harness = export_dialog(&target);
    harness.get_by_label("Animated GIF").click();
    harness.run_steps(3);
    harness.get_by_label("Walkthrough, stage by stage").click();
    harness.run_steps(3);
    export_and_wait(&mut harness);

    let map = &harness.state().document().map;
    let bytes = std::fs::read(&target).expect("the GIF");
    assert!(
        bytes.starts_with(b"GIF89a"),
        "{:?}",
        &bytes[..8.min(bytes.len())]
    );
    let file = std::io::Cursor::new(bytes);
    let frames = image::codecs::gif::GifDecoder::new(file)
        .expect("a GIF")
        .into_frames()
        .collect_frames()
        .expect("frames that decode");
    // The empty frame with the persona, each stage in turn, then the whole map.
    assert_eq!(frames.len(), map.stages.len() + 2);
    let walkthrough = ExportRequest::new(Format::Gif, Pages::Walkthrough);
    assert_eq!(
        frames.len(),
        parcours::export::pages(map, &walkthrough).len()
    );
}
