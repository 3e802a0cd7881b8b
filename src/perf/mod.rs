//! What the benchmarks time, shared by `cargo bench` and `parcours bench`: each
//! measure on each synthetic map size, prepared once and then run many times.

mod editor;
mod hostile;
mod hostile_import;
mod table;

use std::path::PathBuf;
use std::time::Duration;

pub use editor::HeadlessEditor;
pub use hostile::{EXPORT_BUDGET, HostileMap, hostile_rows};
pub use hostile_import::hostile_csv;
pub use table::{Table, measure_all};

use crate::export::{self, ExportRequest, Format, PageSize, Pages, Progress};
use crate::file;
use crate::layout::MapLayout;
use crate::model::JourneyMap;
use crate::model::synthetic::{MapSize, generate};
use crate::scene::build_scene;

/// One thing the editor does that must stay fast.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// A frame of the whole window with the map fitted to it.
    FrameFit,
    /// A frame at 100% zoom, in the middle of the map.
    Frame100,
    /// A frame at 100% while a card is dragged.
    FrameDragging,
    /// A frame of the whole window, map fitted, with the Insights panel open.
    FrameInsights,
    /// Parsing and validating the map's file text.
    Open,
    /// Writing the map as RON text.
    SaveText,
    /// Writing the map to a file, atomically.
    SaveFile,
    /// Laying the map out and building its scene, as after every edit.
    LayoutAndScene,
    /// Changing one card's text, then laying the map out and building its scene.
    LayoutAfterEdit,
    /// Changing one card's text through the editor, then its next frame.
    FrameAfterEdit,
    /// The editor's first frame on the map: fonts, layout, scene and all.
    FirstFrame,
    /// The whole map as one SVG file.
    ExportSvg,
    /// The whole map on a 16:9 slide, as a PNG of 1920x1080 pixels.
    ExportPngSlide,
    /// The 16:9 slide deck as one PDF file.
    ExportPdfDeck,
    /// The 16:9 slide deck as a PowerPoint file of editable shapes.
    ExportPptxDeck,
    /// The walkthrough, stage by stage, as a 1280x720 animated GIF.
    ExportWalkthroughGif,
    /// The analysis of the map, as the Insights panel and slides use it.
    Insights,
    /// The 16:9 slide deck as PNG images of 1920x1080 pixels.
    ExportPngDeck,
    /// A frame of present mode, full screen, gliding from one spotlighted
    /// stage to the next.
    FramePresenting,
}

impl Measure {
    /// Every measure, in the order the table lists them.
    pub const ALL: [Measure; 19] = [
        Measure::FrameFit,
        Measure::Frame100,
        Measure::FrameDragging,
        Measure::FrameInsights,
        Measure::Open,
        Measure::SaveText,
        Measure::SaveFile,
        Measure::LayoutAndScene,
        Measure::LayoutAfterEdit,
        Measure::FrameAfterEdit,
        Measure::FirstFrame,
        Measure::ExportSvg,
        Measure::ExportPngSlide,
        Measure::ExportPdfDeck,
        Measure::ExportPptxDeck,
        Measure::ExportWalkthroughGif,
        Measure::Insights,
        Measure::ExportPngDeck,
        Measure::FramePresenting,
    ];

    /// A short description, as the table's rows name the measure.
    pub fn label(self) -> &'static str {
        match self {
            Measure::FrameFit => "frame, fit to window",
            Measure::Frame100 => "frame, 100% zoom",
            Measure::FrameDragging => "frame, dragging a card",
            Measure::FrameInsights => "frame, Insights panel",
            Measure::Open => "open (parse RON)",
            Measure::SaveText => "save to RON text",
            Measure::SaveFile => "save to a file",
            Measure::LayoutAndScene => "layout + scene",
            Measure::LayoutAfterEdit => "layout + scene, an edit",
            Measure::FrameAfterEdit => "frame after an edit",
            Measure::FirstFrame => "first frame",
            Measure::ExportSvg => "export SVG",
            Measure::ExportPngSlide => "export PNG slide",
            Measure::ExportPdfDeck => "export PDF deck",
            Measure::ExportPptxDeck => "export PPTX deck",
            Measure::ExportWalkthroughGif => "export walkthrough GIF",
            Measure::Insights => "insights",
            Measure::ExportPngDeck => "export PNG deck",
            Measure::FramePresenting => "frame, presenting",
        }
    }

    /// The time this measure must stay under on a map of `size`, where one is set.
    pub fn target(self, size: MapSize) -> Option<Duration> {
        let frame = matches!(
            self,
            Measure::FrameFit
                | Measure::Frame100
                | Measure::FrameDragging
                | Measure::FrameAfterEdit
                | Measure::FrameInsights
        );
        let file = matches!(self, Measure::Open | Measure::SaveText | Measure::SaveFile);
        match size {
            // 60 frames a second while the view glides.
            MapSize::Huge if self == Measure::FramePresenting => {
                Some(Duration::from_micros(16_700))
            }
            MapSize::Huge if frame => Some(Duration::from_millis(8)),
            MapSize::Huge if file => Some(Duration::from_millis(50)),
            MapSize::Workshop if frame => Some(Duration::from_millis(2)),
            MapSize::Large if self == Measure::ExportPngSlide => Some(Duration::from_millis(400)),
            MapSize::Large if self == Measure::ExportPptxDeck => Some(Duration::from_secs(1)),
            MapSize::Workshop if self == Measure::ExportWalkthroughGif => {
                Some(Duration::from_secs(3))
            }
            MapSize::Huge => match self {
                Measure::Insights => Some(Duration::from_millis(5)),
                Measure::LayoutAfterEdit => Some(Duration::from_millis(4)),
                Measure::FirstFrame => Some(Duration::from_millis(500)),
                Measure::ExportPngDeck | Measure::ExportPdfDeck => Some(EXPORT_BUDGET),
                _ => None,
            },
            _ => None,
        }
    }
}

/// A measure ready to run on a map: everything it needs is prepared.
pub struct Workload(Prepared);

enum Prepared {
    Frame(Box<HeadlessEditor>),
    Open(String),
    SaveText(JourneyMap),
    SaveFile {
        map: JourneyMap,
        path: PathBuf,
        /// Kept so the folder lives as long as the workload.
        _folder: tempfile::TempDir,
    },
    LayoutAndScene(JourneyMap),
    Insights(JourneyMap),
    LayoutAfterEdit {
        map: JourneyMap,
        edits: usize,
    },
    FrameAfterEdit {
        editor: Box<HeadlessEditor>,
        edits: usize,
    },
    FirstFrame(JourneyMap),
    Presenting(Box<HeadlessEditor>),
    Export {
        map: JourneyMap,
        request: Box<ExportRequest>,
        path: PathBuf,
        _folder: tempfile::TempDir,
    },
}

impl Workload {
    /// Generates the map of `size` and prepares `measure` on it (an editor, file
    /// text, a temporary folder...); an error says what could not be prepared.
    pub fn new(size: MapSize, measure: Measure) -> Result<Self, String> {
        let map = generate(size);
        let prepared = match measure {
            Measure::FrameFit => Prepared::Frame(Box::new(HeadlessEditor::new(map))),
            Measure::Frame100 => {
                let mut editor = HeadlessEditor::new(map);
                editor.zoom_to_100();
                Prepared::Frame(Box::new(editor))
            }
            Measure::FrameDragging => {
                let mut editor = HeadlessEditor::new(map);
                editor.zoom_to_100();
                editor.start_dragging_a_card()?;
                Prepared::Frame(Box::new(editor))
            }
            Measure::FrameInsights => {
                let mut editor = HeadlessEditor::new(map);
                editor.show_insights();
                Prepared::Frame(Box::new(editor))
            }
            Measure::Open => Prepared::Open(file::to_ron(&map)),
            Measure::SaveText => Prepared::SaveText(map),
            Measure::SaveFile => {
                let folder = temporary_folder()?;
                let path = folder.path().join(format!("{size}.{}", file::EXTENSION));
                Prepared::SaveFile {
                    map,
                    path,
                    _folder: folder,
                }
            }
            Measure::LayoutAndScene => Prepared::LayoutAndScene(map),
            Measure::Insights => Prepared::Insights(map),
            Measure::LayoutAfterEdit => Prepared::LayoutAfterEdit { map, edits: 0 },
            Measure::FrameAfterEdit => Prepared::FrameAfterEdit {
                editor: Box::new(HeadlessEditor::new(map)),
                edits: 0,
            },
            Measure::FirstFrame => Prepared::FirstFrame(map),
            Measure::FramePresenting => {
                Prepared::Presenting(Box::new(HeadlessEditor::presenting(map)))
            }
            Measure::ExportSvg
            | Measure::ExportPngSlide
            | Measure::ExportPdfDeck
            | Measure::ExportPngDeck
            | Measure::ExportPptxDeck
            | Measure::ExportWalkthroughGif => {
                let request = export_request(measure);
                let folder = temporary_folder()?;
                let path = folder
                    .path()
                    .join(format!("{size}.{}", request.format.extension()));
                Prepared::Export {
                    map,
                    request: Box::new(request),
                    path,
                    _folder: folder,
                }
            }
        };
        Ok(Self(prepared))
    }

    /// Does the work once; returns a count from its result, so that the work
    /// cannot be optimised away.
    pub fn run(&mut self) -> Result<usize, String> {
        match &mut self.0 {
            Prepared::Frame(editor) => Ok(editor.frame()),
            Prepared::Open(text) => file::parse(text.as_bytes(), "synthetic map")
                .map(|map| map.cards.len())
                .map_err(|err| err.to_string()),
            Prepared::SaveText(map) => Ok(file::to_ron(map).len()),
            Prepared::SaveFile { map, path, .. } => file::save(path, map)
                .map(|()| map.cards.len())
                .map_err(|err| err.to_string()),
            Prepared::LayoutAndScene(map) => Ok(layout_and_scene(map)),
            Prepared::LayoutAfterEdit { map, edits } => {
                *edits += 1;
                let card = map.cards.first_mut().ok_or("the map has no card to edit")?;
                card.text = edited_text(*edits);
                Ok(layout_and_scene(map))
            }
            Prepared::Insights(map) => {
                let insights = crate::insights::Insights::of(map);
                Ok(insights.pain_points.len() + insights.channels.rows.len())
            }
            Prepared::FrameAfterEdit { editor, edits } => {
                *edits += 1;
                editor.edit_first_card(edited_text(*edits))?;
                Ok(editor.frame())
            }
            Prepared::FirstFrame(map) => Ok(HeadlessEditor::first_frame(map.clone())),
            Prepared::Presenting(editor) => Ok(editor.gliding_frame()),
            Prepared::Export {
                map, request, path, ..
            } => export::write(map, request, path, &Progress::default())
                .map(|written| written.len())
                .map_err(|err| err.to_string()),
        }
    }
}

fn layout_and_scene(map: &JourneyMap) -> usize {
    let layout = MapLayout::new(map);
    build_scene(map, &layout).shapes.len()
}

/// A card text no earlier run typed, so that no cache already holds its lines.
fn edited_text(edits: usize) -> String {
    format!("Calls the helpline again, edit {edits}")
}

fn temporary_folder() -> Result<tempfile::TempDir, String> {
    tempfile::tempdir().map_err(|err| format!("no temporary folder to write into: {err}"))
}

fn export_request(measure: Measure) -> ExportRequest {
    match measure {
        Measure::ExportSvg => ExportRequest::new(Format::Svg, Pages::WholeMap),
        Measure::ExportPngSlide => ExportRequest {
            page_size: Some(PageSize::Widescreen),
            ..ExportRequest::new(Format::Png, Pages::WholeMap)
        },
        Measure::ExportPngDeck => ExportRequest::new(Format::Png, Pages::Slides),
        Measure::ExportPptxDeck => ExportRequest::new(Format::Pptx, Pages::Slides),
        Measure::ExportWalkthroughGif => ExportRequest::new(Format::Gif, Pages::Walkthrough),
        _ => ExportRequest::new(Format::Pdf, Pages::Slides),
    }
}
