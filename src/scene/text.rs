//! Text broken into lines once, with the shipped fonts' widths, so the canvas and
//! every exporter draw the same lines.

use egui::{Align, Align2, Color32, Pos2, Rect, vec2};

use super::MIN_LEGIBLE_TEXT;
use crate::fonts::{self, FaceMetrics};

/// What a piece of text should look like, before it is broken into lines.
#[derive(Clone, Debug)]
pub struct Label {
    /// The words; each `\n` starts a new paragraph.
    pub text: String,
    /// The point `anchor` refers to.
    pub pos: Pos2,
    /// Which point of the text's block sits at `pos`; its horizontal part also
    /// aligns the lines.
    pub anchor: Align2,
    /// Font size in map units.
    pub size: f32,
    /// The colour of the letters.
    pub color: Color32,
    /// Bold rather than regular.
    pub strong: bool,
    /// Lines wrap at this width; `None` keeps each paragraph on one line.
    pub wrap_width: Option<f32>,
    /// Text beyond this many lines is cut with an ellipsis.
    pub max_lines: Option<usize>,
}

/// A label's text broken into lines, before it is placed.
#[derive(Debug)]
pub(super) struct Broken {
    lines: Vec<String>,
    /// The font size the words fit at.
    size: f32,
    /// The block of lines' width and height.
    size_of_block: egui::Vec2,
}

/// Lines of text as every backend draws them.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The lines, top to bottom, as they are drawn.
    pub lines: Vec<String>,
    /// The block of lines, in map units.
    pub rect: Rect,
    /// Font size in map units.
    pub size: f32,
    /// The size asked for, before shrinking to keep words whole. Illegible text
    /// is left out by this size, so a shrunk card's text goes with its neighbours'.
    pub nominal_size: f32,
    /// The colour of the letters.
    pub color: Color32,
    /// Bold rather than regular.
    pub strong: bool,
    /// How lines line up inside `rect`.
    pub align: Align,
}

impl Label {
    /// Breaks the text into lines; `None` when there is nothing to draw. The
    /// same words at the same width, size and weight are broken once a process
    /// (see `wrap_cache`), so a map laid out again after an edit re-breaks only
    /// the text that changed.
    pub fn layout(&self) -> Option<Text> {
        let broken = super::wrap_cache::broken(self, || self.break_into_lines())?;
        Some(Text {
            lines: broken.lines.clone(),
            rect: self.anchor.anchor_size(self.pos, broken.size_of_block),
            size: broken.size,
            nominal_size: self.size,
            color: self.color,
            strong: self.strong,
            align: self.anchor.x(),
        })
    }

    /// The text's lines, fitted size and block size, worked out afresh.
    fn break_into_lines(&self) -> Option<Broken> {
        let face = face(self.strong);
        let size = self.fitted_size(face);
        let max_width = self.wrap_width.map(|w| (w / size).max(0.0));
        let mut lines = Vec::new();
        for paragraph in self.text.lines() {
            let paragraph = &without_long_invisible_runs(face, paragraph);
            match max_width {
                Some(max_width) => wrap_paragraph(face, paragraph, max_width, &mut lines),
                None => lines.push(paragraph.trim_end().to_owned()),
            }
        }
        if let Some(max_lines) = self.max_lines
            && lines.len() > max_lines
        {
            lines.truncate(max_lines.max(1));
            if let Some(last) = lines.last_mut() {
                *last = with_ellipsis(face, last, max_width.unwrap_or(f32::INFINITY));
            }
        }
        if lines.iter().all(|line| line.is_empty()) {
            return None;
        }
        let width = lines
            .iter()
            .map(|line| width_in_ems(face, line))
            .fold(0.0, f32::max)
            * size;
        let height = lines.len() as f32 * face.line_height() * size;
        Some(Broken {
            lines,
            size,
            size_of_block: vec2(width, height),
        })
    }

    /// The size at which the longest unbreakable piece of a word fits the line,
    /// so that "Questionnaire" shrinks a little rather than break as
    /// "Questionna / ire"; never below [`MIN_SHRINK`] of the asked size.
    fn fitted_size(&self, face: &FaceMetrics) -> f32 {
        let Some(wrap_width) = self.wrap_width else {
            return self.size;
        };
        let longest_in_ems = self
            .text
            .lines()
            .flat_map(words)
            .flat_map(word_pieces)
            .map(|piece| width_in_ems(face, piece))
            .fold(0.0, f32::max);
        let fitting = wrap_width / longest_in_ems;
        if fitting.is_finite() && fitting < self.size {
            fitting.max(self.size * MIN_SHRINK)
        } else {
            self.size
        }
    }
}

/// At most this many characters of no width (joiners, zero-width spaces,
/// selectors) in a row are drawn; the rest show nothing, and the exporters' text
/// shaping takes time growing with the square of such a run (50 cards of 20,000
/// zero-width spaces took a PDF export 22 s). Combining marks and direction
/// controls, also of no width, are limited to as many when a map is opened.
const MAX_INVISIBLE_RUN: usize = 16;

/// `text` with each run of characters of no width cut to [`MAX_INVISIBLE_RUN`].
fn without_long_invisible_runs<'a>(face: &FaceMetrics, text: &'a str) -> std::borrow::Cow<'a, str> {
    let mut run = 0;
    let mut kept = String::new();
    let mut cut = false;
    for c in text.chars() {
        run = if face.advance(c) == 0.0 { run + 1 } else { 0 };
        if run > MAX_INVISIBLE_RUN {
            cut = true;
        } else {
            kept.push(c);
        }
    }
    if cut {
        std::borrow::Cow::Owned(kept)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// How far text may shrink to keep its words whole.
const MIN_SHRINK: f32 = 0.75;

impl Text {
    /// Whether the text can be read at this many pixels per map unit.
    pub fn is_legible_at(&self, pixels_per_unit: f32) -> bool {
        self.nominal_size * pixels_per_unit >= MIN_LEGIBLE_TEXT
    }

    /// The distance from one line's top to the next's, in map units.
    pub fn line_height(&self) -> f32 {
        face(self.strong).line_height() * self.size
    }

    /// From a line's top to its baseline.
    pub fn ascent(&self) -> f32 {
        face(self.strong).ascent() * self.size
    }

    /// Each line with the point it hangs from: its top, at the left, centre or
    /// right of the block as `align` says.
    pub fn placed_lines(&self) -> impl Iterator<Item = (&str, Pos2)> {
        let x = match self.align {
            Align::Min => self.rect.left(),
            Align::Center => self.rect.center().x,
            Align::Max => self.rect.right(),
        };
        let line_height = self.line_height();
        self.lines.iter().enumerate().map(move |(i, line)| {
            let top = self.rect.top() + i as f32 * line_height;
            (line.as_str(), Pos2::new(x, top))
        })
    }
}

fn face(strong: bool) -> &'static FaceMetrics {
    if strong {
        fonts::bold()
    } else {
        fonts::regular()
    }
}

fn width_in_ems(face: &FaceMetrics, text: &str) -> f32 {
    text.chars().map(|c| face.advance(c)).sum()
}

/// The words of a paragraph; a no-break space ("25\u{a0}min") holds its word together.
fn words(paragraph: &str) -> impl Iterator<Item = &str> {
    paragraph
        .split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|word| !word.is_empty())
}

/// A word's pieces, each ending where a line may break inside it: after a
/// hyphen or a slash ("Refer-a-" + "friend", "J+3/" + "J+7").
fn word_pieces(word: &str) -> impl Iterator<Item = &str> {
    word.split_inclusive(['-', '/'])
}

/// Greedy word wrap, breaking between words, then after a word's hyphens and
/// slashes; a piece still wider than the line is broken between characters.
fn wrap_paragraph(face: &FaceMetrics, paragraph: &str, max_width: f32, lines: &mut Vec<String>) {
    let space = face.advance(' ');
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in words(paragraph) {
        for (index, piece) in word_pieces(word).enumerate() {
            let gap = if index == 0 && !line.is_empty() {
                space
            } else {
                0.0
            };
            let piece_width = width_in_ems(face, piece);
            if !line.is_empty() && line_width + gap + piece_width > max_width {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            } else if gap > 0.0 {
                line.push(' ');
                line_width += gap;
            }
            if line.is_empty() && piece_width > max_width {
                break_between_letters(face, piece, max_width, lines, &mut line, &mut line_width);
            } else {
                line.push_str(piece);
                line_width += piece_width;
            }
        }
    }
    lines.push(line);
}

/// Breaks a piece too wide for any line where the line is full, with a hyphen
/// when the break falls between two letters.
fn break_between_letters(
    face: &FaceMetrics,
    piece: &str,
    max_width: f32,
    lines: &mut Vec<String>,
    line: &mut String,
    line_width: &mut f32,
) {
    let hyphen = face.advance('-');
    let mut rest_width = width_in_ems(face, piece);
    for c in piece.chars() {
        let advance = face.advance(c);
        let rest_fits = *line_width + rest_width <= max_width;
        if !line.is_empty() && !rest_fits && *line_width + advance + hyphen > max_width {
            if c.is_alphabetic() && line.ends_with(char::is_alphabetic) {
                line.push('-');
            }
            lines.push(std::mem::take(line));
            *line_width = 0.0;
        }
        line.push(c);
        *line_width += advance;
        rest_width -= advance;
    }
}

/// `line` cut so that it and an ellipsis fit in `max_width` ems.
fn with_ellipsis(face: &FaceMetrics, line: &str, max_width: f32) -> String {
    let budget = max_width - face.advance('…');
    let mut cut = String::new();
    let mut width = 0.0;
    for c in line.chars() {
        width += face.advance(c);
        if width > budget {
            break;
        }
        cut.push(c);
    }
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str, wrap_width: Option<f32>, max_lines: Option<usize>) -> Label {
        Label {
            text: text.to_owned(),
            pos: Pos2::ZERO,
            anchor: Align2::LEFT_TOP,
            size: 10.0,
            color: Color32::BLACK,
            strong: false,
            wrap_width,
            max_lines,
        }
    }

    #[test]
    fn long_text_wraps_within_its_width() {
        let text = label(
            "Compares three quotes on a comparison site",
            Some(80.0),
            None,
        )
        .layout()
        .expect("text to draw");
        assert!(text.lines.len() >= 3, "{:?}", text.lines);
        assert!(text.rect.width() <= 80.0);
        assert_eq!(
            text.lines.join(" "),
            "Compares three quotes on a comparison site"
        );
    }

    #[test]
    fn text_beyond_the_last_line_ends_in_an_ellipsis() {
        let text = label(
            "Compares three quotes on a comparison site",
            Some(80.0),
            Some(2),
        )
        .layout()
        .expect("text to draw");
        assert_eq!(text.lines.len(), 2);
        assert!(text.lines[1].ends_with('…'));
        assert!(text.rect.width() <= 80.0);
    }

    #[test]
    fn a_word_longer_than_the_line_breaks_between_letters() {
        let text = label("Versicherungsvertragsverlängerung", Some(50.0), None)
            .layout()
            .expect("text to draw");
        assert!(text.lines.len() > 1);
        assert!(text.rect.width() <= 50.0);
        let (last, broken) = text.lines.split_last().expect("lines");
        assert!(
            broken.iter().all(|line| line.ends_with('-')),
            "{:?}",
            text.lines
        );
        let rejoined = broken
            .iter()
            .map(|line| line.trim_end_matches('-'))
            .collect::<String>()
            + last;
        assert_eq!(rejoined, "Versicherungsvertragsverlängerung");
    }

    #[test]
    fn a_word_slightly_too_long_shrinks_the_text_instead_of_breaking() {
        let asked = label("Comparison website", Some(45.0), None);
        let text = asked.layout().expect("text to draw");
        assert_eq!(text.lines, ["Comparison", "website"]);
        assert!(text.size < asked.size && text.size >= asked.size * MIN_SHRINK);
        assert!(text.rect.width() <= 45.0);
    }

    #[test]
    fn shrunk_text_stays_legible_as_long_as_text_of_its_asked_size() {
        let asked = label("Comparison website", Some(45.0), None);
        let text = asked.layout().expect("text to draw");
        let just_legible = MIN_LEGIBLE_TEXT / asked.size;
        assert!(text.size * just_legible < MIN_LEGIBLE_TEXT);
        assert!(text.is_legible_at(just_legible));
        assert!(!text.is_legible_at(just_legible * 0.9));
    }

    #[test]
    fn text_whose_words_fit_keeps_its_size() {
        let asked = label("Compares three quotes", Some(80.0), None);
        assert_eq!(asked.layout().expect("text to draw").size, asked.size);
    }

    #[test]
    fn a_hyphenated_word_breaks_after_a_hyphen() {
        let text = label("Refer-a-friend code", Some(50.0), None)
            .layout()
            .expect("text to draw");
        assert_eq!(text.lines, ["Refer-a-", "friend", "code"]);
    }

    #[test]
    fn a_no_break_space_keeps_a_number_with_its_unit() {
        let text = label("Waits on hold 25\u{a0}min", Some(82.0), None)
            .layout()
            .expect("text to draw");
        assert_eq!(text.lines.last().map(String::as_str), Some("25\u{a0}min"));
    }

    #[test]
    fn a_long_run_of_characters_of_no_width_is_cut_to_what_shaping_bears() {
        let marks = format!("Z{}", "\u{336}".repeat(16));
        let spaces = format!("a{}b", "\u{200B}".repeat(100));

        let text = label(&format!("{marks} {spaces}"), Some(500.0), None)
            .layout()
            .expect("text to draw");

        assert_eq!(
            text.lines,
            [format!(
                "{marks} a{}b",
                "\u{200B}".repeat(MAX_INVISIBLE_RUN)
            )]
        );
    }

    #[test]
    fn blank_text_draws_nothing() {
        assert_eq!(label("  \n ", Some(50.0), None).layout(), None);
    }
}
