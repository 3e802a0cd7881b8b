//! What the benchmarks time, shared by `cargo bench` and `parcours bench`: each
//! measure on each synthetic map size, prepared once and then run many times.

mod editor;
mod hostile;
mod table;

use std::path::PathBuf;
use std::time::Duration;

pub use editor::HeadlessEditor;
pub use hostile::{EXPORT_BUDGET, HostileMap, hostile_rows};
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
    /// The whole map as one SVG file.
    ExportSvg,
    /// The whole map on a 16:9 slide, as a PNG of 1920x1080 pixels.
    ExportPngSlide,
    /// The 16:9 slide deck as one PDF file.
    ExportPdfDeck,
    /// The analysis of the map, as the Insights panel and slides use it.
    Insights,
}

impl Measure {
    /// Every measure, in the order the table lists them.
    pub const ALL: [Measure; 12] = [
        Measure::FrameFit,
        Measure::Frame100,
        Measure::FrameDragging,
        Measure::FrameInsights,
        Measure::Open,
        Measure::SaveText,
        Measure::SaveFile,
        Measure::LayoutAndScene,
        Measure::ExportSvg,
        Measure::ExportPngSlide,
        Measure::ExportPdfDeck,
        Measure::Insights,
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
            Measure::ExportSvg => "export SVG",
            Measure::ExportPngSlide => "export PNG slide",
            Measure::ExportPdfDeck => "export PDF deck",
            Measure::Insights => "insights",
        }
    }

    /// The time this measure must stay under on a map of `size`, where one is set.
    pub fn target(self, size: MapSize) -> Option<Duration> {
        let frame = matches!(
            self,
            Measure::FrameFit | Measure::Frame100 | Measure::FrameDragging | Measure::FrameInsights
        );
        let file = matches!(self, Measure::Open | Measure::SaveText | Measure::SaveFile);
        match size {
            MapSize::Huge if frame => Some(Duration::from_millis(8)),
            MapSize::Huge if file => Some(Duration::from_millis(50)),
            MapSize::Workshop if frame => Some(Duration::from_millis(2)),
            MapSize::Large if self == Measure::ExportPngSlide => Some(Duration::from_millis(400)),
            MapSize::Huge if self == Measure::Insights => Some(Duration::from_millis(5)),
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
            Measure::ExportSvg | Measure::ExportPngSlide | Measure::ExportPdfDeck => {
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
            Prepared::LayoutAndScene(map) => {
                let layout = MapLayout::new(map);
                Ok(build_scene(map, &layout).shapes.len())
            }
            Prepared::Insights(map) => {
                let insights = crate::insights::Insights::of(map);
                Ok(insights.pain_points.len() + insights.channels.rows.len())
            }
            Prepared::Export {
                map, request, path, ..
            } => export::write(map, request, path, &Progress::default())
                .map(|written| written.len())
                .map_err(|err| err.to_string()),
        }
    }
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
        _ => ExportRequest::new(Format::Pdf, Pages::Slides),
    }
}
