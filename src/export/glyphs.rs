//! Lines of text as glyph outlines, as the SVG backends draw them (the same
//! shaping, font fallback and placement as usvg), without going through SVG:
//! each font is parsed once, each glyph's outline is made once, and each line is
//! shaped once per process.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use resvg::tiny_skia::{Path, PathBuilder, Transform};
use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};
use unicode_bidi::{BidiInfo, Level};

use crate::fonts;

/// The shipped faces, in the order the SVG backends' font database holds them:
/// the order fallback fonts are tried in.
const FACES: [&[u8]; 4] = [fonts::REGULAR, fonts::BOLD, fonts::EMOJI, fonts::SYMBOLS];
const REGULAR: usize = 0;
const BOLD: usize = 1;

fn faces() -> &'static [rustybuzz::Face<'static>] {
    static PARSED: OnceLock<Vec<rustybuzz::Face<'static>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        // The fonts are compiled in and checked by the tests: a failure here is
        // a broken build, not a user's mistake.
        FACES
            .iter()
            .map(|bytes| rustybuzz::Face::from_slice(bytes, 0).expect("a shipped font parses"))
            .collect()
    })
}

/// One glyph of a shaped line, placed in ems from the line's start on its baseline.
#[derive(Clone, Debug)]
pub struct PlacedGlyph {
    /// Which shipped face draws it (see [`face_data`]).
    pub face: usize,
    /// The glyph's number in that face.
    pub id: u16,
    /// From the line's start to the glyph's origin, in ems of the font size.
    pub x: f32,
    /// Up from the baseline, in ems.
    pub y: f32,
    /// The characters it stands for: its cluster's, on the cluster's first glyph;
    /// empty on the others.
    pub text: std::ops::Range<usize>,
}

/// A line shaped once: its glyphs and its advance, in ems.
#[derive(Debug)]
pub struct ShapedLine {
    /// The line as shaped: spaces collapsed as SVG shows them.
    pub text: String,
    /// The glyphs, left to right.
    pub glyphs: Vec<PlacedGlyph>,
    /// The advance of the whole line, in ems.
    pub width: f32,
}

impl ShapedLine {
    /// Where the line starts for its anchor point at `x`, at `size` units per em.
    pub fn start(&self, x: f32, size: f32, anchor: Anchor) -> f32 {
        match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - self.width * size / 2.0,
            Anchor::End => x - self.width * size,
        }
    }
}

/// The font file of a face [`PlacedGlyph::face`] names.
pub fn face_data(face: usize) -> &'static [u8] {
    FACES[face]
}

/// The parsed face [`PlacedGlyph::face`] names.
pub fn face(face: usize) -> &'static rustybuzz::ttf_parser::Face<'static> {
    &faces()[face]
}

/// How a line hangs from the point it is drawn at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The point is the line's start.
    Start,
    /// The point is the line's middle.
    Middle,
    /// The point is the line's end.
    End,
}

/// The outlines of `line` as one path: `size` units per em, its baseline's
/// anchor point at `x`, `baseline`, then through `transform`. `None` when
/// the line draws nothing.
pub fn line_path(
    line: &str,
    strong: bool,
    size: f32,
    (x, baseline): (f32, f32),
    anchor: Anchor,
    transform: Transform,
) -> Option<Path> {
    let shaped = shaped(line, strong);
    let start = shaped.start(x, size, anchor);
    let mut builder = PathBuilder::new();
    for glyph in &shaped.glyphs {
        let Some(outline) = outline(glyph.face, glyph.id) else {
            continue;
        };
        let scale = size / faces()[glyph.face].units_per_em() as f32;
        let placed = Transform::from_row(
            scale,
            0.0,
            0.0,
            -scale,
            start + glyph.x * size,
            baseline - glyph.y * size,
        )
        .post_concat(transform);
        if let Some(path) = outline.as_ref().clone().transform(placed) {
            builder.push_path(&path);
        }
    }
    builder.finish()
}

/// Shaped lines are kept up to this many; then the cache starts again, so a
/// long session's memory stays bounded.
const MAX_SHAPED_LINES: usize = 50_000;

/// Shaped lines by their text and weight.
type LineCache = Mutex<HashMap<(String, bool), Arc<ShapedLine>>>;

/// `line` shaped in the bold or regular face, with fallbacks; each line once a
/// process.
pub fn shaped(line: &str, strong: bool) -> Arc<ShapedLine> {
    static CACHE: OnceLock<LineCache> = OnceLock::new();
    let cache = CACHE.get_or_init(Mutex::default);
    let key = (line.to_owned(), strong);
    if let Some(found) = lock(cache).get(&key) {
        return found.clone();
    }
    let made = Arc::new(shape_line(line, if strong { BOLD } else { REGULAR }));
    let mut cache = lock(cache);
    if cache.len() >= MAX_SHAPED_LINES {
        cache.clear();
    }
    cache.insert(key, made.clone());
    made
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic elsewhere cannot leave a cache half-written: entries are inserted whole.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Shapes `line` with `primary`, then with each other face for the glyphs still
/// missing, as usvg does.
fn shape_line(line: &str, primary: usize) -> ShapedLine {
    let text = collapsed_spaces(line);
    let mut glyphs = shape_with_face(&text, primary);
    let mut used = vec![primary];
    while let Some(missing) = glyphs.iter().find(|g| g.id == 0) {
        let c = text[missing.byte..].chars().next().unwrap_or(' ');
        let Some(fallback) = (0..FACES.len())
            .find(|face| !used.contains(face) && faces()[*face].glyph_index(c).is_some())
        else {
            break;
        };
        let fallback_glyphs = shape_with_face(&text, fallback);
        if fallback_glyphs.iter().all(|g| g.id != 0) {
            glyphs = fallback_glyphs;
            break;
        }
        if fallback_glyphs.len() != glyphs.len() {
            break;
        }
        for (glyph, other) in glyphs.iter_mut().zip(fallback_glyphs) {
            if glyph.id == 0 && other.id != 0 {
                *glyph = other;
            }
        }
        used.push(fallback);
    }
    place(text, &glyphs)
}

/// A glyph as shaping gives it, in its face's units.
#[derive(Clone, Copy, Debug)]
struct ShapedGlyph {
    face: usize,
    id: u16,
    /// The byte of the text its cluster starts at.
    byte: usize,
    dx: i32,
    dy: i32,
    advance: i32,
}

/// The glyphs of `text` in one face, in visual order, as usvg shapes them.
fn shape_with_face(text: &str, face: usize) -> Vec<ShapedGlyph> {
    let bidi = BidiInfo::new(text, Some(Level::ltr()));
    let Some(paragraph) = bidi.paragraphs.first() else {
        return Vec::new();
    };
    let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
    let mut glyphs = Vec::new();
    for run in runs {
        let run_text = &text[run.clone()];
        if run_text.is_empty() {
            continue;
        }
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(run_text);
        buffer.set_direction(if levels[run.start].is_ltr() {
            rustybuzz::Direction::LeftToRight
        } else {
            rustybuzz::Direction::RightToLeft
        });
        let output = rustybuzz::shape(&faces()[face], &[], buffer);
        let shaped = output.glyph_infos().iter().zip(output.glyph_positions());
        glyphs.extend(shaped.map(|(info, position)| ShapedGlyph {
            face,
            id: info.glyph_id as u16,
            byte: run.start + info.cluster as usize,
            dx: position.x_offset,
            dy: position.y_offset,
            advance: position.x_advance,
        }));
    }
    glyphs
}

/// Places clusters side by side: a cluster advances by its widest glyph, and its
/// glyphs follow each other inside it, as usvg places them.
fn place(text: String, glyphs: &[ShapedGlyph]) -> ShapedLine {
    let mut starts: Vec<usize> = glyphs.iter().map(|g| g.byte).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        let next = starts.partition_point(|s| *s <= start);
        starts.get(next).copied().unwrap_or(text.len())
    };
    let mut placed = Vec::with_capacity(glyphs.len());
    let mut cluster_x = 0.0;
    for cluster in glyphs.chunk_by(|a, b| a.byte == b.byte) {
        let mut inside = 0.0;
        let mut advance: f32 = 0.0;
        for (index, glyph) in cluster.iter().enumerate() {
            let em = faces()[glyph.face].units_per_em() as f32;
            let text = if index == 0 {
                glyph.byte..end_of(glyph.byte)
            } else {
                glyph.byte..glyph.byte
            };
            placed.push(PlacedGlyph {
                face: glyph.face,
                id: glyph.id,
                x: cluster_x + (inside + glyph.dx as f32) / em,
                y: glyph.dy as f32 / em,
                text,
            });
            inside += glyph.advance as f32;
            advance = advance.max(glyph.advance as f32 / em);
        }
        cluster_x += advance;
    }
    ShapedLine {
        text,
        glyphs: placed,
        width: cluster_x,
    }
}

/// The text as SVG shows it by default: tabs and line ends as spaces, runs of
/// spaces as one, none at either end.
fn collapsed_spaces(line: &str) -> String {
    let mut text = String::with_capacity(line.len());
    for c in line.chars() {
        let c = if matches!(c, '\t' | '\n' | '\r') {
            ' '
        } else {
            c
        };
        if c != ' ' || !text.ends_with(' ') {
            text.push(c);
        }
    }
    text.trim_matches(' ').to_owned()
}

/// Outlines are kept up to this many glyphs; then the cache starts again.
const MAX_OUTLINES: usize = 20_000;

/// Glyph outlines by face and glyph; `None` for a glyph that draws nothing.
type OutlineCache = Mutex<HashMap<(usize, u16), Option<Arc<Path>>>>;

/// A glyph's outline in its face's units, y up; made once.
fn outline(face: usize, id: u16) -> Option<Arc<Path>> {
    static CACHE: OnceLock<OutlineCache> = OnceLock::new();
    let cache = CACHE.get_or_init(Mutex::default);
    if let Some(found) = lock(cache).get(&(face, id)) {
        return found.clone();
    }
    let mut builder = OutlinePath(PathBuilder::new());
    let made = faces()[face]
        .outline_glyph(GlyphId(id), &mut builder)
        .and_then(|_| builder.0.finish())
        .map(Arc::new);
    let mut cache = lock(cache);
    if cache.len() >= MAX_OUTLINES {
        cache.clear();
    }
    cache.insert((face, id), made.clone());
    made
}

struct OutlinePath(PathBuilder);

impl OutlineBuilder for OutlinePath {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }

    fn close(&mut self) {
        self.0.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_collapse_as_svg_text_shows_them() {
        assert_eq!(
            collapsed_spaces("  Calls\tthe   insurer "),
            "Calls the insurer"
        );
    }

    #[test]
    fn a_character_the_text_face_lacks_comes_from_a_fallback_face() {
        let line = shape_line("Call ☎", REGULAR);
        let faces_used: Vec<usize> = line.glyphs.iter().map(|g| g.face).collect();
        assert_eq!(faces_used[..4], [REGULAR; 4]);
        assert_ne!(faces_used[5], REGULAR);
        assert!(line.glyphs.iter().all(|g| g.id != 0));
    }

    #[test]
    fn a_kerned_pair_is_closer_than_its_letters_advances() {
        let face = fonts::regular();
        let unkerned = face.advance('A') + face.advance('V');
        assert!(shape_line("AV", REGULAR).width < unkerned);
    }
}
