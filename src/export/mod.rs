//! Slides, images and vector files of a map. Pages are scenes, like the canvas's;
//! each backend (SVG, PNG and JPEG, PDF) draws a page's shapes itself.

mod animated;
mod compare_slides;
mod deck;
mod fonts_db;
mod geometry;
mod glyphs;
mod insight_slides;
mod look;
mod page;
mod parallel;
mod pdf;
mod pptx;
mod present_pages;
mod raster;
mod request;
mod speaker_notes;
mod svg;
mod walkthrough;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

pub use deck::{MAX_SLIDES, MapPart, map_parts, slide_count};
pub use page::Page;
pub use present_pages::{PresentPages, present_pages, stage_notes};
pub use raster::render as page_image;
pub use request::{
    Choices, ExportRequest, Format, Look, MAX_PIXELS_PER_IMAGE, MAX_PIXELS_PER_SIDE, PageSize,
    Pages, Raster,
};
pub use walkthrough::step_count as walkthrough_steps;

use crate::layout::MapLayout;
use crate::model::JourneyMap;
use crate::scene::{Scene, Shape, build_scene};

/// The scene of a map as the choices show it: the canvas's scene when nothing is
/// left out and the look is light.
pub fn map_scene(map: &JourneyMap, choices: &Choices) -> Scene {
    let shown = choices.apply(map);
    let scene = build_scene(&shown, &MapLayout::new(&shown));
    look::restyle(scene, choices.look)
}

/// Every page the request makes, in order.
pub fn pages(map: &JourneyMap, request: &ExportRequest) -> Vec<Page> {
    match request.pages {
        Pages::WholeMap => vec![page::whole_map(map, request)],
        Pages::Slides => deck::slides(map, request),
        Pages::Walkthrough => walkthrough::pages(map, request),
    }
}

/// Shared with the thread that exports: how far it got, and whether to stop.
#[derive(Clone, Default)]
pub struct Progress {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancelled: Arc<AtomicBool>,
}

impl Progress {
    /// Pages written and pages to write.
    pub fn fraction(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// Asks the export to stop before its next page; what it wrote is removed.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// Why an export wrote nothing.
#[derive(Debug)]
pub enum ExportError {
    /// The user cancelled it.
    Cancelled,
    /// No image can be made at the size asked for: a mistake in the request, not in
    /// the map or on the disk.
    ImageSize(String),
    /// A page could not be drawn or converted: why, in words.
    Render(String),
    /// The file could not be written; the previous one is untouched.
    Write(crate::file::SaveError),
    /// The export would cost more than its budget allows (slides, pixels, dashes), said
    /// with the limit and by how much, before any drawing.
    OverBudget(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::Cancelled => f.write_str("the export was cancelled"),
            ExportError::ImageSize(message) => f.write_str(message),
            ExportError::Render(message) => write!(f, "the export could not be drawn: {message}"),
            ExportError::Write(error) => write!(f, "{error}"),
            ExportError::OverBudget(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for ExportError {}

/// Writes the export to `output`, or, for slides as separate images, to files
/// named after it (`deck-01.png`, `deck-02.png`, …). Returns the files written.
pub fn write(
    map: &JourneyMap,
    request: &ExportRequest,
    output: &Path,
    progress: &Progress,
) -> Result<Vec<PathBuf>, ExportError> {
    let pages = pages(map, request);
    within_budget(&pages, request)?;
    progress.total.store(pages.len(), Ordering::Relaxed);
    if request.format.is_document() {
        let bytes = match request.format {
            Format::Pptx => pptx::document(map, &pages, request, progress)?,
            Format::Gif => animated::document(map, &pages, request, progress)?,
            _ => pdf::document(map, &pages, request, progress)?,
        };
        prepare_file(output, &bytes, request)?
            .put_in_place()
            .map_err(|error| write_error(output, error))?;
        return Ok(vec![output.to_path_buf()]);
    }
    let paths = output_paths(output, pages.len());
    if paths.len() > 1 {
        refuse_links(&paths)?;
    }
    let mut prepared = Vec::with_capacity(pages.len());
    parallel::render_in_order(
        &pages,
        progress,
        |page| render_page(map, page, request),
        |index, bytes| {
            prepared.push(prepare_file(&paths[index], &bytes, request)?);
            progress.done.fetch_add(1, Ordering::Relaxed);
            Ok(())
        },
    )?;
    put_in_place(prepared, &paths)?;
    if paths.len() > 1 {
        remove_older_slides(output, paths.len());
    }
    Ok(paths)
}

/// Removes the numbered slides that an earlier, longer deck of the same name left
/// after the last one just written (`deck-13.png`, … when this deck has 12), so
/// that a folder never holds two decks mixed. Numbers are followed while they
/// exist, and only plain files are removed: never a link, a folder, or a slide
/// after a gap.
fn remove_older_slides(output: &Path, written: usize) {
    for number in written + 1.. {
        let path = numbered(output, number);
        match std::fs::symlink_metadata(&path) {
            // Another process may have removed it first; either way it is gone.
            Ok(metadata) if metadata.is_file() => drop(std::fs::remove_file(&path)),
            _ => break,
        }
    }
}

/// At most this many pixels in all the images of one export together: a deck
/// of 300 slides of 1920 × 1080, or 16 images of the largest size.
pub const MAX_PIXELS_PER_EXPORT: u64 = 16 * MAX_PIXELS_PER_IMAGE;

/// At most this many dashes in the dashed lines (links off the main path, guides)
/// of one image: each costs about a microsecond and a half to draw, and 20,000
/// links across a map made six million, 9 s of a PNG export.
pub const MAX_DASHES_PER_IMAGE: u64 = 1_000_000;

/// Refuses, before anything is drawn, an export of more slides than a deck may
/// have, an image too large or of too many dashes, or images too many pixels
/// together.
fn within_budget(pages: &[Page], request: &ExportRequest) -> Result<(), ExportError> {
    if request.pages != Pages::WholeMap && pages.len() > MAX_SLIDES {
        return Err(ExportError::OverBudget(format!(
            "the deck would have more than the {MAX_SLIDES} slides a deck may have (at least {}); leave lanes out, or export the whole map",
            pages.len()
        )));
    }
    if !request.format.is_raster() {
        return Ok(());
    }
    let mut pixels = 0;
    for page in pages {
        let (width, height) = request
            .pixel_size(page.size)
            .map_err(ExportError::ImageSize)?;
        pixels += u64::from(width) * u64::from(height);
        let dashes = dashes(page);
        if dashes > MAX_DASHES_PER_IMAGE {
            return Err(ExportError::OverBudget(format!(
                "the dashed lines (links off the main path, guides) would make {dashes} dashes in one image, {} over the {MAX_DASHES_PER_IMAGE} an image may have; export as SVG or PDF",
                dashes - MAX_DASHES_PER_IMAGE
            )));
        }
    }
    if pixels > MAX_PIXELS_PER_EXPORT {
        let mega = |pixels: u64| pixels / (1024 * 1024);
        return Err(ExportError::OverBudget(format!(
            "the {} slides would hold {} megapixels together, {} over the {} an export may have; ask for a smaller size",
            pages.len(),
            mega(pixels),
            mega(pixels - MAX_PIXELS_PER_EXPORT),
            mega(MAX_PIXELS_PER_EXPORT)
        )));
    }
    Ok(())
}

/// How many dashes the dashed lines of `page` are drawn with.
fn dashes(page: &Page) -> u64 {
    let dashes_of = |shape: &Shape| match shape {
        Shape::Line {
            points,
            dash: Some(dash),
            ..
        } => {
            let length: f32 = points
                .windows(2)
                .map(|pair| pair[0].distance(pair[1]))
                .sum();
            (length / (dash.on + dash.off).max(0.01)).ceil() as u64
        }
        _ => 0,
    };
    page.scene.shapes.iter().map(dashes_of).sum()
}

/// Numbered slides are names Parcours made, not ones the user gave: a link with
/// such a name is refused before anything is drawn, rather than followed.
fn refuse_links(paths: &[PathBuf]) -> Result<(), ExportError> {
    let is_link = |path: &&PathBuf| {
        std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink())
    };
    match paths.iter().find(is_link) {
        Some(link) => Err(write_error(
            link,
            crate::file::Refusal::MadeNameIsLink.into_error(),
        )),
        None => Ok(()),
    }
}

/// Puts every written page in its place, once all are written: a cancelled or
/// failed export leaves the files of an earlier one as they were, and no debris.
fn put_in_place(
    prepared: Vec<crate::file::Prepared>,
    paths: &[PathBuf],
) -> Result<(), ExportError> {
    for (index, (file, path)) in prepared.into_iter().zip(paths).enumerate() {
        if let Err(error) = file.put_in_place() {
            remove_written(&paths[..index]);
            return Err(write_error(path, error));
        }
    }
    Ok(())
}

/// The files an export of `page_count` pages as SVG, PNG or JPEG writes: `output`
/// itself for one page, `deck-01.png`, `deck-02.png`, … for more. A PDF is always
/// `output`.
pub fn output_paths(output: &Path, page_count: usize) -> Vec<PathBuf> {
    if page_count == 1 {
        vec![output.to_path_buf()]
    } else {
        (1..=page_count).map(|n| numbered(output, n)).collect()
    }
}

/// One page in the request's format.
pub fn render_page(
    map: &JourneyMap,
    page: &Page,
    request: &ExportRequest,
) -> Result<Vec<u8>, ExportError> {
    match request.format {
        Format::Svg => Ok(svg::document(map, page, &svg::Options::vector()).into_bytes()),
        Format::Png | Format::Jpeg => raster::encode(map, page, request),
        Format::Pdf => pdf::document(
            map,
            std::slice::from_ref(page),
            request,
            &Progress::default(),
        ),
        Format::Pptx => pptx::document(
            map,
            std::slice::from_ref(page),
            request,
            &Progress::default(),
        ),
        Format::Gif => animated::document(
            map,
            std::slice::from_ref(page),
            request,
            &Progress::default(),
        ),
    }
}

/// `deck.png` → `deck-03.png`.
fn numbered(output: &Path, number: usize) -> PathBuf {
    let stem = output
        .file_stem()
        .map_or_else(|| "slide".into(), |s| s.to_string_lossy().into_owned());
    let name = match output.extension() {
        Some(extension) => format!("{stem}-{number:02}.{}", extension.to_string_lossy()),
        None => format!("{stem}-{number:02}"),
    };
    output.with_file_name(name)
}

/// An export that fails while putting its slides in place takes away the ones it
/// already put there, and nothing else.
fn remove_written(paths: &[PathBuf]) {
    for path in paths {
        // A file someone else removed meanwhile is gone either way.
        let _ = std::fs::remove_file(path);
    }
}

/// Writes one file of the export beside its place, not yet in it.
fn prepare_file(
    path: &Path,
    bytes: &[u8],
    request: &ExportRequest,
) -> Result<crate::file::Prepared, ExportError> {
    crate::file::prepare(path, request.replace, |file| file.write_all(bytes))
        .map_err(|error| write_error(path, error))
}

fn write_error(path: &Path, error: std::io::Error) -> ExportError {
    ExportError::Write(crate::file::SaveError {
        target: path.display().to_string(),
        error,
    })
}
