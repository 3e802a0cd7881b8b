//! Text broken into lines once, with the shipped fonts' widths, so the canvas and
//! every exporter draw the same lines.

use egui::{Align, Align2, Color32, Pos2, Rect, vec2};

use crate::fonts::{self, FaceMetrics};

/// What a piece of text should look like, before it is broken into lines.
#[derive(Clone, Debug)]
pub struct Label {
    pub text: String,
    /// The point `anchor` refers to.
    pub pos: Pos2,
    pub anchor: Align2,
    /// Font size in map units.
    pub size: f32,
    pub color: Color32,
    pub strong: bool,
    /// Lines wrap at this width; `None` keeps each paragraph on one line.
    pub wrap_width: Option<f32>,
    /// Text beyond this many lines is cut with an ellipsis.
    pub max_lines: Option<usize>,
}

/// Lines of text as every backend draws them.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub lines: Vec<String>,
    /// The block of lines, in map units.
    pub rect: Rect,
    /// Font size in map units.
    pub size: f32,
    pub color: Color32,
    pub strong: bool,
    /// How lines line up inside `rect`.
    pub align: Align,
}

impl Label {
    /// Breaks the text into lines; `None` when there is nothing to draw.
    pub fn layout(&self) -> Option<Text> {
        let face = face(self.strong);
        let max_width = self.wrap_width.map(|w| (w / self.size).max(0.0));
        let mut lines = Vec::new();
        for paragraph in self.text.lines() {
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
            * self.size;
        let height = lines.len() as f32 * face.line_height() * self.size;
        Some(Text {
            lines,
            rect: self.anchor.anchor_size(self.pos, vec2(width, height)),
            size: self.size,
            color: self.color,
            strong: self.strong,
            align: self.anchor.x(),
        })
    }
}

impl Text {
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

/// Greedy word wrap; a word wider than the line is broken between characters.
fn wrap_paragraph(face: &FaceMetrics, paragraph: &str, max_width: f32, lines: &mut Vec<String>) {
    let space = face.advance(' ');
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in paragraph.split_whitespace() {
        let word_width = width_in_ems(face, word);
        if !line.is_empty() && line_width + space + word_width <= max_width {
            line.push(' ');
            line.push_str(word);
            line_width += space + word_width;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        line_width = 0.0;
        for c in word.chars() {
            let advance = face.advance(c);
            if !line.is_empty() && line_width + advance > max_width {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            line.push(c);
            line_width += advance;
        }
    }
    lines.push(line);
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
    }

    #[test]
    fn blank_text_draws_nothing() {
        assert_eq!(label("  \n ", Some(50.0), None).layout(), None);
    }
}
