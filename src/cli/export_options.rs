//! The options of `parcours export`: the format, and what pictures and documents
//! take (pages, sizes, lanes, personas, look).

use std::path::Path;

use parcours::export::{self, ExportRequest};
use parcours::formats::FileFormat;
use parcours::interchange;
use parcours::model::{JourneyMap, LaneId};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum ExportFormat {
    Pdf,
    /// A PowerPoint deck of editable shapes
    Pptx,
    Png,
    Jpeg,
    Svg,
    /// An animation, one frame per page (with --walkthrough, the map stage by stage)
    Gif,
    /// A spreadsheet, one row per card
    Csv,
    /// An Excel workbook: the map as a grid with its emotion chart, the cards, the personas
    Xlsx,
    /// A Mermaid `journey` diagram
    Mermaid,
}

impl ExportFormat {
    pub(super) fn of_path(path: &Path) -> Option<Self> {
        Some(match FileFormat::of_path(path)? {
            FileFormat::Graphic(export::Format::Pdf) => Self::Pdf,
            FileFormat::Graphic(export::Format::Pptx) => Self::Pptx,
            FileFormat::Graphic(export::Format::Png) => Self::Png,
            FileFormat::Graphic(export::Format::Jpeg) => Self::Jpeg,
            FileFormat::Graphic(export::Format::Svg) => Self::Svg,
            FileFormat::Graphic(export::Format::Gif) => Self::Gif,
            FileFormat::Exchange(interchange::Format::Csv) => Self::Csv,
            FileFormat::Exchange(interchange::Format::Xlsx) => Self::Xlsx,
            FileFormat::Exchange(interchange::Format::Mermaid) => Self::Mermaid,
            FileFormat::ImportOnly(_) => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Pptx => "pptx",
            Self::Png => "png",
            Self::Jpeg => "jpeg",
            Self::Svg => "svg",
            Self::Gif => "gif",
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
            Self::Mermaid => "mermaid",
        }
    }

    /// `pdf, png and svg`.
    fn list(formats: &[Self]) -> String {
        let names: Vec<&str> = formats.iter().map(|format| format.name()).collect();
        match names.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, others)) => format!("{} and {last}", others.join(", ")),
            None => String::new(),
        }
    }

    /// What the export makes: a picture or document, or a file another tool reads.
    pub(super) fn target(self) -> Target {
        match self {
            Self::Pdf => Target::Graphic(export::Format::Pdf),
            Self::Png => Target::Graphic(export::Format::Png),
            Self::Jpeg => Target::Graphic(export::Format::Jpeg),
            Self::Svg => Target::Graphic(export::Format::Svg),
            Self::Csv => Target::Exchange(interchange::Format::Csv),
            Self::Xlsx => Target::Exchange(interchange::Format::Xlsx),
            Self::Mermaid => Target::Exchange(interchange::Format::Mermaid),
            Self::Pptx => Target::Graphic(export::Format::Pptx),
            Self::Gif => Target::Graphic(export::Format::Gif),
        }
    }
}

/// What an export makes.
pub(super) enum Target {
    /// A picture or a document of the map.
    Graphic(export::Format),
    /// A spreadsheet, a workbook or a Mermaid diagram.
    Exchange(interchange::Format),
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PageArg {
    #[value(name = "16x9")]
    Widescreen,
    #[value(name = "4x3")]
    Standard,
    A4,
    A3,
    A2,
    A1,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ThemeArg {
    Light,
    Print,
}

/// The export options that only pictures and documents take.
#[derive(clap::Args)]
pub(super) struct GraphicOptions {
    /// A slide deck: title, personas, overview, insights, then the stages
    #[arg(long)]
    slides: bool,
    /// The map revealed stage by stage, one page per step (a PowerPoint deck
    /// fades from step to step)
    #[arg(long, conflicts_with = "slides")]
    walkthrough: bool,
    /// The page: 16x9 or 4x3 slides, A4 landscape, or an A3, A2 or A1 poster
    #[arg(long, value_enum)]
    page: Option<PageArg>,
    /// Image width in pixels (PNG, JPEG)
    #[arg(long)]
    width: Option<u32>,
    /// Image height in pixels (PNG, JPEG)
    #[arg(long)]
    height: Option<u32>,
    /// Pixels per point when no width or height is given (PNG, JPEG)
    #[arg(long, default_value_t = 1.0)]
    scale: f32,
    /// Only these lanes, by title or kind, comma separated
    #[arg(long, value_delimiter = ',')]
    lanes: Vec<String>,
    /// Only these personas' emotion curves, by name, comma separated
    #[arg(long, value_delimiter = ',')]
    personas: Vec<String>,
    /// Colours as on screen, or print-friendly
    #[arg(long, value_enum, default_value = "light")]
    theme: ThemeArg,
    /// Leave the background out (PNG)
    #[arg(long)]
    transparent: bool,
    /// Leave the insights slides out of the deck (with --slides)
    #[arg(long)]
    no_insights: bool,
    /// With --slides: end the deck with slides comparing the map with this one
    /// (both curves per persona, the changes per stage)
    #[arg(long, value_name = "OTHER")]
    compare: Option<std::path::PathBuf>,
}

const GRAPHIC_FORMATS: &[ExportFormat] = &[
    ExportFormat::Pdf,
    ExportFormat::Pptx,
    ExportFormat::Png,
    ExportFormat::Jpeg,
    ExportFormat::Svg,
    ExportFormat::Gif,
];
const IMAGE_FORMATS: &[ExportFormat] = &[ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Gif];
const PNG_ONLY: &[ExportFormat] = &[ExportFormat::Png];

impl GraphicOptions {
    /// Why an export to `format` would ignore some of the options given, one line
    /// for each such option.
    pub(super) fn ignored(&self, format: ExportFormat) -> Vec<String> {
        let mut reasons: Vec<String> = self
            .given()
            .into_iter()
            .filter(|(_, formats)| !formats.contains(&format))
            .map(|(option, formats)| {
                format!(
                    "{option} applies to {} exports only, not {}",
                    ExportFormat::list(formats),
                    format.name()
                )
            })
            .collect();
        let sized = self.width.is_some() || self.height.is_some();
        if self.scale != 1.0 && sized && IMAGE_FORMATS.contains(&format) {
            reasons.push("--scale has no effect with --width or --height".to_owned());
        }
        if self.no_insights && !self.slides {
            reasons.push("--no-insights applies to decks only: add --slides".to_owned());
        }
        reasons
    }

    /// The options given, each with the formats that take it.
    fn given(&self) -> Vec<(&'static str, &'static [ExportFormat])> {
        [
            ("--slides", self.slides, GRAPHIC_FORMATS),
            ("--walkthrough", self.walkthrough, GRAPHIC_FORMATS),
            ("--page", self.page.is_some(), GRAPHIC_FORMATS),
            ("--width", self.width.is_some(), IMAGE_FORMATS),
            ("--height", self.height.is_some(), IMAGE_FORMATS),
            ("--scale", self.scale != 1.0, IMAGE_FORMATS),
            ("--lanes", !self.lanes.is_empty(), GRAPHIC_FORMATS),
            ("--personas", !self.personas.is_empty(), GRAPHIC_FORMATS),
            (
                "--theme",
                matches!(self.theme, ThemeArg::Print),
                GRAPHIC_FORMATS,
            ),
            ("--transparent", self.transparent, PNG_ONLY),
            ("--no-insights", self.no_insights, GRAPHIC_FORMATS),
            ("--compare", self.compare.is_some(), GRAPHIC_FORMATS),
        ]
        .into_iter()
        .filter(|(_, given, _)| *given)
        .map(|(option, _, formats)| (option, formats))
        .collect()
    }

    /// The request, or a usage mistake to explain.
    pub(super) fn request(
        &self,
        map: &JourneyMap,
        format: export::Format,
    ) -> Result<ExportRequest, String> {
        let pages = if self.slides {
            export::Pages::Slides
        } else if self.walkthrough {
            export::Pages::Walkthrough
        } else {
            export::Pages::WholeMap
        };
        let mut request = ExportRequest::new(format, pages);
        request.page_size = self.page.map(|page| match page {
            PageArg::Widescreen => export::PageSize::Widescreen,
            PageArg::Standard => export::PageSize::Standard,
            PageArg::A4 => export::PageSize::A4,
            PageArg::A3 => export::PageSize::A3,
            PageArg::A2 => export::PageSize::A2,
            PageArg::A1 => export::PageSize::A1,
        });
        if !(self.scale.is_finite() && self.scale > 0.0) {
            return Err(format!(
                "--scale must be a positive number, not {}",
                self.scale
            ));
        }
        request.raster = export::Raster {
            scale: self.scale,
            width: pixels_option("--width", self.width)?,
            height: pixels_option("--height", self.height)?,
            transparent: self.transparent,
        };
        request.choices.leave_out_insights = self.no_insights;
        request.choices.look = match self.theme {
            ThemeArg::Light => export::Look::Light,
            ThemeArg::Print => export::Look::Print,
        };
        if !self.lanes.is_empty() {
            let kept = self.chosen_lanes(map)?;
            request.choices.hidden_lanes = map
                .lanes
                .iter()
                .map(|l| l.id)
                .filter(|id| !kept.contains(id))
                .collect();
        }
        if !self.personas.is_empty() {
            let mut kept = Vec::new();
            for name in &self.personas {
                match map
                    .personas
                    .iter()
                    .find(|p| p.name.eq_ignore_ascii_case(name.trim()))
                {
                    Some(persona) => kept.push(persona.id),
                    None => {
                        let known: Vec<&str> =
                            map.personas.iter().map(|p| p.name.as_str()).collect();
                        return Err(format!(
                            "no persona is named \"{name}\"; the map has: {}",
                            known.join(", ")
                        ));
                    }
                }
            }
            request.choices.hidden_personas = map
                .personas
                .iter()
                .map(|p| p.id)
                .filter(|id| !kept.contains(id))
                .collect();
        }
        if let Some(other) = &self.compare {
            if !self.slides {
                return Err("--compare adds slides to a deck: give --slides too".to_owned());
            }
            let other = parcours::file::load(other).map_err(|err| format!("--compare: {err}"))?;
            request.compare_with = Some(std::sync::Arc::new(other));
        }
        Ok(request)
    }

    fn chosen_lanes(&self, map: &JourneyMap) -> Result<Vec<LaneId>, String> {
        let mut kept = Vec::new();
        for wanted in &self.lanes {
            let wanted = wanted.trim();
            let matching: Vec<LaneId> = map
                .lanes
                .iter()
                .filter(|lane| {
                    lane.title.eq_ignore_ascii_case(wanted)
                        || lane.kind.label().eq_ignore_ascii_case(wanted)
                })
                .map(|lane| lane.id)
                .collect();
            if matching.is_empty() {
                return Err(format!(
                    "no lane is called \"{wanted}\"; {}",
                    lane_names(map)
                ));
            }
            kept.extend(matching);
        }
        Ok(kept)
    }
}

/// The names `--lanes` takes: the map's lane titles, and the kinds of its lanes
/// where they differ from a title.
fn lane_names(map: &JourneyMap) -> String {
    let titles: Vec<&str> = map.lanes.iter().map(|l| l.title.as_str()).collect();
    let mut kinds: Vec<&str> = Vec::new();
    for lane in &map.lanes {
        let kind = lane.kind.label();
        let named = titles
            .iter()
            .chain(&kinds)
            .any(|n| n.eq_ignore_ascii_case(kind));
        if !named {
            kinds.push(kind);
        }
    }
    if kinds.is_empty() {
        format!("give a lane's title or kind: {}", titles.join(", "))
    } else {
        format!(
            "give a lane's title ({}) or kind ({})",
            titles.join(", "),
            kinds.join(", ")
        )
    }
}

/// A `--width` or `--height` that an image can have.
fn pixels_option(name: &str, pixels: Option<u32>) -> Result<Option<u32>, String> {
    match pixels {
        Some(count) if !(1..=export::MAX_PIXELS_PER_SIDE).contains(&count) => Err(format!(
            "{name} must be between 1 and {} pixels, not {count}",
            export::MAX_PIXELS_PER_SIDE
        )),
        _ => Ok(pixels),
    }
}
