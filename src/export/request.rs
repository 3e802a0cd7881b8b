//! What an export is asked to make: format, pages, sizes and what to show.

use std::collections::BTreeSet;

use egui::{Vec2, vec2};

use crate::file::Replace;
use crate::model::{JourneyMap, LaneId, PersonaId};

/// The kinds of file an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A vector drawing, one file per page.
    Svg,
    /// A lossless picture, one file per page.
    Png,
    /// A compressed picture on white, one file per page.
    Jpeg,
    /// One document holding every page.
    Pdf,
    /// A PowerPoint deck of native, editable shapes, one slide per page.
    Pptx,
    /// A looping animation, one frame per page: the walkthrough as a picture.
    Gif,
}

impl Format {
    /// Every format, in the order the Export dialog offers them.
    pub const ALL: [Format; 6] = [
        Format::Pdf,
        Format::Pptx,
        Format::Png,
        Format::Jpeg,
        Format::Svg,
        Format::Gif,
    ];

    /// The extension files of this format get, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Jpeg => "jpg",
            Format::Pdf => "pdf",
            Format::Pptx => "pptx",
            Format::Gif => "gif",
        }
    }

    /// The format's name in menus and dialogs.
    pub fn label(self) -> &'static str {
        match self {
            Format::Svg => "SVG (vector)",
            Format::Png => "PNG image",
            Format::Jpeg => "JPEG image",
            Format::Pdf => "PDF document",
            Format::Pptx => "PowerPoint deck",
            Format::Gif => "Animated GIF",
        }
    }

    /// Whether every page goes into one file (PDF, PowerPoint) rather than one
    /// file per page.
    pub fn is_document(self) -> bool {
        matches!(self, Format::Pdf | Format::Pptx | Format::Gif)
    }

    /// Whether the format is made of pixels, and so takes a pixel size.
    pub fn is_raster(self) -> bool {
        matches!(self, Format::Png | Format::Jpeg | Format::Gif)
    }
}

/// The colours of the export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Look {
    /// As on screen.
    #[default]
    Light,
    /// White paper, pale fills, dark text: cheap to print, clear in grey.
    Print,
}

/// What the pages of an export are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pages {
    /// The whole map on one page.
    #[default]
    WholeMap,
    /// A deck: title, personas, overview, insights, then the stages a few at a time.
    Slides,
    /// The map revealed stage by stage: the empty frame, each stage in turn, then
    /// the whole map; a PowerPoint deck fades from one step to the next.
    Walkthrough,
}

/// Page shapes, all landscape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageSize {
    /// 16:9, 1920×1080 pixels at 1×.
    Widescreen,
    /// 4:3, 1440×1080 pixels at 1×.
    Standard,
    /// A4 landscape, 297×210 mm.
    A4,
    /// A3 landscape, 420×297 mm: the default for a PDF of the whole map.
    A3,
    /// A2 landscape, 594×420 mm: a poster.
    A2,
    /// A1 landscape, 841×594 mm: a wall poster.
    A1,
}

/// Width of every page in scene units; heights follow the page's shape.
const PAGE_WIDTH_UNITS: f32 = 1920.0;

impl PageSize {
    /// Every page shape, as the Export dialog lists them.
    pub const ALL: [PageSize; 6] = [
        PageSize::Widescreen,
        PageSize::Standard,
        PageSize::A4,
        PageSize::A3,
        PageSize::A2,
        PageSize::A1,
    ];

    /// The page shape's name in dialogs.
    pub fn label(self) -> &'static str {
        match self {
            PageSize::Widescreen => "16:9 slide (1920×1080)",
            PageSize::Standard => "4:3 slide (1440×1080)",
            PageSize::A4 => "A4 landscape",
            PageSize::A3 => "A3 landscape poster",
            PageSize::A2 => "A2 landscape poster",
            PageSize::A1 => "A1 landscape poster",
        }
    }

    /// The page in PDF points (1/72 inch).
    pub fn points(self) -> Vec2 {
        match self {
            // PowerPoint's and Keynote's own slide sizes.
            PageSize::Widescreen => vec2(960.0, 540.0),
            PageSize::Standard => vec2(720.0, 540.0),
            PageSize::A4 => vec2(841.89, 595.28),
            PageSize::A3 => vec2(1190.55, 841.89),
            PageSize::A2 => vec2(1683.78, 1190.55),
            PageSize::A1 => vec2(2383.94, 1683.78),
        }
    }

    /// The page in scene units: 1920 wide, so slide text sizes read as pixels of
    /// a 1080p projector.
    pub fn units(self) -> Vec2 {
        let points = self.points();
        vec2(PAGE_WIDTH_UNITS, PAGE_WIDTH_UNITS * points.y / points.x)
    }
}

/// Pixel size of PNG and JPEG exports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Raster {
    /// Pixels per scene unit, when no exact size is asked.
    pub scale: f32,
    /// An exact width in pixels; with only this, the height follows the page.
    pub width: Option<u32>,
    /// An exact height in pixels; with only this, the width follows the page.
    pub height: Option<u32>,
    /// PNG only: leave the background out.
    pub transparent: bool,
}

impl Default for Raster {
    fn default() -> Self {
        Self {
            scale: 1.0,
            width: None,
            height: None,
            transparent: false,
        }
    }
}

/// Largest side of an exported image, to refuse sizes no viewer opens.
pub const MAX_PIXELS_PER_SIDE: u32 = 16_384;
/// Most pixels in one exported image: 256 MiB of colour while it is drawn.
pub const MAX_PIXELS_PER_IMAGE: u64 = 64 * 1024 * 1024;

/// What the export shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    /// Lanes left out of the export, though shown in the editor.
    pub hidden_lanes: BTreeSet<LaneId>,
    /// Personas whose emotion curves are left out.
    pub hidden_personas: BTreeSet<PersonaId>,
    /// The colours: as on screen, or for print.
    pub look: Look,
    /// Leaves the insights slides out of a deck.
    pub leave_out_insights: bool,
}

impl Choices {
    /// The map with the left-out lanes and curves hidden.
    pub fn apply(&self, map: &JourneyMap) -> JourneyMap {
        let mut shown = map.clone();
        for lane in &mut shown.lanes {
            lane.hidden |= self.hidden_lanes.contains(&lane.id);
        }
        for curve in &mut shown.curves {
            curve.hidden |= self.hidden_personas.contains(&curve.persona);
        }
        shown
    }
}

/// Everything an export is asked for, from the command line or the dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRequest {
    /// The kind of file written.
    pub format: Format,
    /// The whole map on one page, or a deck of slides.
    pub pages: Pages,
    /// `None`: the map's own size for images and SVG, A3 for a PDF, 16:9 for slides.
    pub page_size: Option<PageSize>,
    /// The pixel size, for PNG and JPEG.
    pub raster: Raster,
    /// What is shown and in which colours.
    pub choices: Choices,
    /// Whether a read-only file, or one whose owner cannot be kept, is replaced.
    pub replace: Replace,
    /// For a deck: the map to compare with (the current state a future-state
    /// map improves on, an earlier version), which adds comparison slides.
    pub compare_with: Option<std::sync::Arc<JourneyMap>>,
}

impl ExportRequest {
    /// A request for `format` and `pages` with every other choice at its default.
    pub fn new(format: Format, pages: Pages) -> Self {
        Self {
            format,
            pages,
            page_size: None,
            raster: Raster::default(),
            choices: Choices::default(),
            replace: Replace::Guarded,
            compare_with: None,
        }
    }

    /// The page shape in use, if pages have one.
    pub fn effective_page_size(&self) -> Option<PageSize> {
        match (self.pages, self.format) {
            (Pages::Slides | Pages::Walkthrough, _) => {
                Some(self.page_size.unwrap_or(PageSize::Widescreen))
            }
            (Pages::WholeMap, Format::Pdf) => Some(self.page_size.unwrap_or(PageSize::A3)),
            (Pages::WholeMap, Format::Pptx) => Some(self.page_size.unwrap_or(PageSize::Widescreen)),
            (Pages::WholeMap, _) => self.page_size,
        }
    }

    /// The asked width over height, when both are given.
    pub fn asked_aspect(&self) -> Option<f32> {
        match (self.raster.width, self.raster.height) {
            (Some(w), Some(h)) if w > 0 && h > 0 && self.format.is_raster() => {
                Some(w as f32 / h as f32)
            }
            _ => None,
        }
    }

    /// Size of a shaped page in scene units: the page size's, or the asked
    /// pixels' shape.
    pub fn page_units(&self, page_size: PageSize) -> Vec2 {
        match self.asked_aspect() {
            Some(aspect) => vec2(PAGE_WIDTH_UNITS, PAGE_WIDTH_UNITS / aspect),
            None => page_size.units(),
        }
    }

    /// The image size asked for a page of `units`, in whole pixels, before any limit:
    /// a side not given follows the page's shape.
    pub fn asked_pixels(&self, units: Vec2) -> Vec2 {
        let raster = &self.raster;
        let asked = match (raster.width, raster.height) {
            (Some(w), Some(h)) => vec2(w as f32, h as f32),
            (Some(w), None) => vec2(w as f32, w as f32 * units.y / units.x),
            (None, Some(h)) => vec2(h as f32 * units.x / units.y, h as f32),
            (None, None) => units * raster.scale,
        };
        asked.round()
    }

    /// The image size for a page of `units`, or why it cannot be made.
    pub fn pixel_size(&self, units: Vec2) -> Result<(u32, u32), String> {
        let Vec2 {
            x: width,
            y: height,
        } = self.asked_pixels(units);
        let asked = self.raster.asked();
        let largest = MAX_PIXELS_PER_SIDE as f32;
        if !(1.0..=largest).contains(&width) || !(1.0..=largest).contains(&height) {
            return Err(format!(
                "{asked} makes an image of {} × {} pixels; each side must be between 1 and {} pixels",
                grouped(width),
                grouped(height),
                grouped(largest),
            ));
        }
        let (width, height) = (width as u32, height as u32);
        let pixels = u64::from(width) * u64::from(height);
        if pixels > MAX_PIXELS_PER_IMAGE {
            let mega = |pixels: u64| pixels as f32 / (1024.0 * 1024.0);
            return Err(format!(
                "{asked} makes an image of {} × {} pixels, {:.0} megapixels, {:.0} over the {:.0} an image may have",
                grouped(width as f32),
                grouped(height as f32),
                mega(pixels),
                mega(pixels - MAX_PIXELS_PER_IMAGE),
                mega(MAX_PIXELS_PER_IMAGE),
            ));
        }
        Ok((width, height))
    }

    /// Whether `other` makes the same pages: a pixel size changes them only through
    /// the shape that a width and a height given together ask for.
    pub fn makes_same_pages_as(&self, other: &ExportRequest) -> bool {
        self.pages == other.pages
            && self.effective_page_size() == other.effective_page_size()
            && self.asked_aspect() == other.asked_aspect()
            && self.choices == other.choices
            && self.compare_with == other.compare_with
    }

    /// The PDF page of a page of `units`.
    pub fn pdf_points(&self, units: Vec2) -> Vec2 {
        match self.effective_page_size() {
            Some(size) => size.points(),
            // CSS pixels to points.
            None => units * 0.75,
        }
    }
}

impl Raster {
    /// What was asked for, in words, for a message about the size it makes.
    fn asked(&self) -> String {
        match (self.width, self.height) {
            (Some(w), Some(h)) => format!("a size of {w}×{h} pixels"),
            (Some(w), None) => format!("a width of {w} pixels"),
            (None, Some(h)) => format!("a height of {h} pixels"),
            (None, None) => format!("a scale of {}×", self.scale),
        }
    }
}

/// A whole number of pixels with thousands separators: `1,920,000`.
fn grouped(pixels: f32) -> String {
    if !pixels.is_finite() {
        return "countless".to_owned();
    }
    let digits = format!("{pixels:.0}");
    let mut text = String::with_capacity(digits.len() * 4 / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_impossible_scale_is_explained_in_readable_numbers() {
        let mut request = ExportRequest::new(Format::Png, Pages::WholeMap);
        request.raster.scale = 1000.0;

        let mistake = request
            .pixel_size(vec2(1920.0, 1080.0))
            .expect_err("far too large");

        assert_eq!(
            mistake,
            "a scale of 1000× makes an image of 1,920,000 × 1,080,000 pixels; \
             each side must be between 1 and 16,384 pixels"
        );
    }

    #[test]
    fn an_image_of_too_many_pixels_is_refused_by_how_many() {
        let mut request = ExportRequest::new(Format::Png, Pages::WholeMap);
        request.raster.width = Some(16_384);
        request.raster.height = Some(16_384);

        let mistake = request
            .pixel_size(vec2(1920.0, 1080.0))
            .expect_err("each side fits, the whole does not");

        assert_eq!(
            mistake,
            "a size of 16384×16384 pixels makes an image of 16,384 × 16,384 pixels, \
             256 megapixels, 192 over the 64 an image may have"
        );
        request.raster.height = Some(4_096);
        assert_eq!(request.pixel_size(vec2(1.0, 1.0)), Ok((16_384, 4_096)));
    }
}
