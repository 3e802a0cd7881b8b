//! The fonts shipped in `assets/fonts` (SIL Open Font License), used by the canvas
//! and by every exporter, so text measures and looks the same everywhere.

use std::sync::OnceLock;

/// Noto Sans Regular: the text of maps and exports.
pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold: titles and strong text.
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
/// Monochrome emoji: channel icons and emotion faces.
pub const EMOJI: &[u8] = include_bytes!("../assets/fonts/NotoEmoji-Regular.ttf");
/// Stars, triangles, tags and other symbols Noto Sans lacks.
pub const SYMBOLS: &[u8] = include_bytes!("../assets/fonts/NotoSansSymbols2-Regular.ttf");

/// The family name the exporters write, as the fonts themselves name it.
pub const FAMILY: &str = "Noto Sans";
/// The egui family of bold text.
pub const BOLD_FAMILY: &str = "Noto Sans Bold";

/// Every shipped font, in fallback order after the text face.
pub const FALLBACKS: [&[u8]; 2] = [EMOJI, SYMBOLS];

/// Advance widths and vertical metrics of one face, in ems.
pub struct FaceMetrics {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advances of the first 0x250 code points (Latin), looked up on every character.
    latin: Vec<f32>,
}

impl FaceMetrics {
    fn new(bytes: &'static [u8]) -> Self {
        // The fonts are compiled in and checked by the tests: a failure here is a
        // broken build, not a user's mistake.
        let face = ttf_parser::Face::parse(bytes, 0).expect("a shipped font parses");
        let units_per_em = f32::from(face.units_per_em());
        let mut metrics = Self {
            face,
            units_per_em,
            latin: Vec::new(),
        };
        metrics.latin = (0..0x250u32)
            .map(|c| {
                char::from_u32(c)
                    .and_then(|c| metrics.lookup(c))
                    .unwrap_or(0.0)
            })
            .collect();
        metrics
    }

    fn lookup(&self, c: char) -> Option<f32> {
        let glyph = self.face.glyph_index(c)?;
        Some(f32::from(self.face.glyph_hor_advance(glyph)?) / self.units_per_em)
    }

    /// Whether this face draws `c`; whitespace always counts as drawn.
    pub fn has_glyph(&self, c: char) -> bool {
        c.is_whitespace() || self.face.glyph_index(c).is_some()
    }

    /// The advance of `c` in ems, from this face or a fallback.
    pub fn advance(&self, c: char) -> f32 {
        if let Some(advance) = self.latin.get(c as usize).filter(|a| **a > 0.0) {
            return *advance;
        }
        self.lookup(c)
            .or_else(|| fallbacks().iter().find_map(|f| f.lookup(c)))
            .unwrap_or(1.0)
    }

    /// Baseline below the top of a line, in ems.
    pub fn ascent(&self) -> f32 {
        f32::from(self.face.ascender()) / self.units_per_em
    }

    /// Height of one line, in ems, as egui lays rows out.
    pub fn line_height(&self) -> f32 {
        f32::from(self.face.ascender() - self.face.descender() + self.face.line_gap())
            / self.units_per_em
    }
}

/// The metrics of [`REGULAR`], read once.
pub fn regular() -> &'static FaceMetrics {
    static FACE: OnceLock<FaceMetrics> = OnceLock::new();
    FACE.get_or_init(|| FaceMetrics::new(REGULAR))
}

/// The metrics of [`BOLD`], read once.
pub fn bold() -> &'static FaceMetrics {
    static FACE: OnceLock<FaceMetrics> = OnceLock::new();
    FACE.get_or_init(|| FaceMetrics::new(BOLD))
}

fn fallbacks() -> &'static [FaceMetrics] {
    static FACES: OnceLock<Vec<FaceMetrics>> = OnceLock::new();
    FACES.get_or_init(|| {
        FALLBACKS
            .iter()
            .map(|bytes| FaceMetrics::new(bytes))
            .collect()
    })
}

/// Whether some shipped font draws `c`.
pub fn covers(c: char) -> bool {
    regular().has_glyph(c) || fallbacks().iter().any(|f| f.has_glyph(c))
}

/// egui's fonts: the shipped faces first, egui's own after them for the UI's
/// monospace text.
pub fn egui_definitions() -> egui::FontDefinitions {
    use egui::{FontData, FontFamily};
    use std::sync::Arc;

    let mut definitions = egui::FontDefinitions::default();
    let shipped = [
        ("noto-sans", REGULAR),
        ("noto-sans-bold", BOLD),
        ("noto-emoji", EMOJI),
        ("noto-symbols", SYMBOLS),
    ];
    for (name, bytes) in shipped {
        definitions
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let fallbacks = ["noto-emoji", "noto-symbols"].map(str::to_owned);
    let proportional = definitions
        .families
        .entry(FontFamily::Proportional)
        .or_default();
    let egui_defaults = std::mem::take(proportional);
    proportional.push("noto-sans".to_owned());
    proportional.extend(fallbacks.clone());
    proportional.extend(egui_defaults.clone());
    let bold = definitions
        .families
        .entry(FontFamily::Name(BOLD_FAMILY.into()))
        .or_default();
    bold.push("noto-sans-bold".to_owned());
    bold.extend(fallbacks);
    bold.extend(egui_defaults);
    definitions
}
