//! `cargo bench`: every measure of `parcours::perf` on every synthetic map size,
//! timed by divan. `parcours bench` prints the same medians in a few seconds.

use divan::Bencher;
use parcours::model::synthetic::MapSize;
use parcours::perf::{Measure, Workload};

fn main() {
    divan::main();
}

/// Prepares the measure on the map outside the timing, then times its runs.
fn time(bencher: Bencher, size: MapSize, measure: Measure) {
    let mut workload = Workload::new(size, measure).expect("the workload prepares");
    bencher.bench_local(|| workload.run().expect("the workload runs"));
}

#[divan::bench(args = MapSize::ALL, sample_count = 40)]
fn frame_fit_to_window(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::FrameFit);
}

#[divan::bench(args = MapSize::ALL, sample_count = 40)]
fn frame_at_100_percent(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::Frame100);
}

#[divan::bench(args = MapSize::ALL, sample_count = 40)]
fn frame_dragging_a_card(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::FrameDragging);
}

#[divan::bench(args = MapSize::ALL, sample_count = 40)]
fn frame_with_the_insights_panel(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::FrameInsights);
}

#[divan::bench(args = MapSize::ALL)]
fn open(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::Open);
}

#[divan::bench(args = MapSize::ALL)]
fn save_to_text(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::SaveText);
}

#[divan::bench(args = MapSize::ALL)]
fn save_to_file(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::SaveFile);
}

#[divan::bench(args = MapSize::ALL)]
fn layout_and_scene(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::LayoutAndScene);
}

#[divan::bench(args = MapSize::ALL)]
fn layout_and_scene_after_an_edit(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::LayoutAfterEdit);
}

#[divan::bench(args = MapSize::ALL, sample_count = 40)]
fn frame_after_an_edit(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::FrameAfterEdit);
}

#[divan::bench(args = MapSize::ALL, sample_count = 10)]
fn first_frame(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::FirstFrame);
}

#[divan::bench(args = MapSize::ALL, sample_count = 20, max_time = 10)]
fn export_svg(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::ExportSvg);
}

#[divan::bench(args = MapSize::ALL, sample_count = 20, max_time = 10)]
fn export_png_slide(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::ExportPngSlide);
}

#[divan::bench(args = MapSize::ALL)]
fn insights(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::Insights);
}

/// The huge map's deck has 220 slides: a few samples are all time allows.
#[divan::bench(args = MapSize::ALL, sample_count = 5, max_time = 20)]
fn export_pdf_deck(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::ExportPdfDeck);
}

/// The huge map's deck has 220 slides of 1920x1080 pixels.
#[divan::bench(args = MapSize::ALL, sample_count = 5, max_time = 20)]
fn export_png_deck(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::ExportPngDeck);
}

/// The large map's PowerPoint deck: shapes written as XML and zipped.
#[divan::bench(args = MapSize::ALL, sample_count = 5, max_time = 20)]
fn export_pptx_deck(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::ExportPptxDeck);
}

/// The walkthrough as an animated GIF: a frame per stage, rendered and quantised.
#[divan::bench(args = MapSize::ALL, sample_count = 5, max_time = 20)]
fn export_walkthrough_gif(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::ExportWalkthroughGif);
}

#[divan::bench(args = MapSize::ALL, sample_count = 40)]
fn frame_presenting_a_stage(bencher: Bencher, size: MapSize) {
    time(bencher, size, Measure::FramePresenting);
}
