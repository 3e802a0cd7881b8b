//! A page's shapes as PDF drawing operators: paths for rectangles, circles and
//! lines (the same outlines as the PNG backend), text as glyphs of the embedded
//! faces placed as shaping placed them, images as shared image objects.

use std::collections::BTreeMap;

use egui::{Align, Color32, Stroke, Vec2};
use pdf_writer::types::{LineCapStyle, LineJoinStyle};
use pdf_writer::{Chunk, Content, Name, Rect, Ref, Str};
use resvg::tiny_skia::{Path, PathSegment};

use super::fonts::FontSet;
use super::images::ImageSet;
use crate::export::ExportError;
use crate::export::geometry::{circle, polyline, rounded_rect};
use crate::export::glyphs::{self, Anchor};
use crate::model::JourneyMap;
use crate::scene::{Dash, Shape, Text};

/// What the pages of one document share: embedded faces, images, and the
/// graphics states that set opacity.
#[derive(Default)]
pub struct Shared {
    /// The faces and the glyphs shown of each.
    pub fonts: FontSet,
    /// The images written so far.
    pub images: ImageSet,
    /// One graphics state per opacity: (for strokes, alpha) to its object.
    pub opacities: BTreeMap<(bool, u8), Ref>,
}

impl Shared {
    /// Writes the graphics states pages use for opacity.
    pub fn write_opacities(&self, chunk: &mut Chunk) {
        for ((for_strokes, alpha), reference) in &self.opacities {
            let mut state = chunk.ext_graphics(*reference);
            let alpha = f32::from(*alpha) / 255.0;
            if *for_strokes {
                state.stroking_alpha(alpha);
            } else {
                state.non_stroking_alpha(alpha);
            }
        }
    }
}

/// The resources one page names: fonts, opacities and images.
#[derive(Default)]
pub struct PageResources {
    fonts: BTreeMap<usize, Ref>,
    opacities: BTreeMap<(bool, u8), Ref>,
    images: BTreeMap<i32, Ref>,
}

impl PageResources {
    /// Writes the page's resource dictionary.
    pub fn write(&self, mut resources: pdf_writer::writers::Resources) {
        let mut fonts = resources.fonts();
        for (face, reference) in &self.fonts {
            fonts.pair(Name(font_name(*face).as_bytes()), *reference);
        }
        drop(fonts);
        let mut states = resources.ext_g_states();
        for (key, reference) in &self.opacities {
            states.pair(Name(opacity_name(*key).as_bytes()), *reference);
        }
        drop(states);
        let mut images = resources.x_objects();
        for (number, reference) in &self.images {
            images.pair(Name(format!("I{number}").as_bytes()), *reference);
        }
    }
}

fn font_name(face: usize) -> String {
    format!("F{face}")
}

fn opacity_name((for_strokes, alpha): (bool, u8)) -> String {
    format!("{}{alpha}", if for_strokes { "S" } else { "A" })
}

/// Writes one page's drawing.
pub struct PageWriter<'a> {
    /// The operators so far.
    pub content: Content,
    /// What the operators name.
    pub resources: PageResources,
    /// What every page shares.
    pub shared: &'a mut Shared,
    /// Where images go when first shown.
    pub chunk: &'a mut Chunk,
    /// The next free object number.
    pub next: &'a mut Ref,
    /// The map whose images pages show.
    pub map: &'a JourneyMap,
}

impl PageWriter<'_> {
    /// Page units to points, y down as in the scene, and the page's background.
    pub fn begin(&mut self, page_size: Vec2, points: Vec2, background: Color32) {
        let (x_scale, y_scale) = (points.x / page_size.x, points.y / page_size.y);
        self.content
            .transform([x_scale, 0.0, 0.0, -y_scale, 0.0, points.y]);
        self.fill_color(background);
        self.content
            .rect(0.0, 0.0, page_size.x, page_size.y)
            .fill_nonzero();
    }

    /// Draws one shape of the page.
    pub fn draw(&mut self, shape: &Shape) -> Result<(), ExportError> {
        match shape {
            Shape::Rect {
                rect,
                corner_radius,
                fill,
                stroke,
            } => {
                // egui strokes a rectangle inside its edge; PDF on the edge.
                let inset = rect.shrink(stroke.width / 2.0);
                let path = rounded_rect(inset, *corner_radius);
                self.paint(path, Some(*fill), *stroke, Lines::Sharp, None);
            }
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
            } => self.paint(
                circle(*center, *radius),
                Some(*fill),
                *stroke,
                Lines::Sharp,
                None,
            ),
            Shape::Line {
                points,
                stroke,
                dash,
            } => self.paint(polyline(points, false), None, *stroke, Lines::Round, *dash),
            Shape::Polygon { points, fill } => {
                self.paint(
                    polyline(points, true),
                    Some(*fill),
                    Stroke::NONE,
                    Lines::Sharp,
                    None,
                );
            }
            Shape::Text(text) => self.text(text),
            Shape::Image { rect, source } => {
                let written = self
                    .shared
                    .images
                    .image(self.map, *source, self.chunk, self.next)?;
                if let Some(image) = written {
                    self.image(*rect, image);
                }
            }
        }
        Ok(())
    }

    fn paint(
        &mut self,
        path: Option<Path>,
        fill: Option<Color32>,
        stroke: Stroke,
        lines: Lines,
        dash: Option<Dash>,
    ) {
        let Some(path) = path else { return };
        let fills = fill.is_some_and(|color| color.a() > 0);
        let strokes = stroke.width > 0.0 && stroke.color.a() > 0;
        if !fills && !strokes {
            return;
        }
        self.content.save_state();
        if let Some(color) = fill.filter(|_| fills) {
            self.fill_color(color);
        }
        if strokes {
            self.stroke_style(stroke, lines, dash);
        }
        path_operators(&mut self.content, &path);
        match (fills, strokes) {
            (true, true) => self.content.fill_nonzero_and_stroke(),
            (true, false) => self.content.fill_nonzero(),
            _ => self.content.stroke(),
        };
        self.content.restore_state();
    }

    fn fill_color(&mut self, color: Color32) {
        let [r, g, b, a] = color.to_srgba_unmultiplied();
        self.content.set_fill_rgb(unit(r), unit(g), unit(b));
        self.opacity(false, a);
    }

    fn stroke_style(&mut self, stroke: Stroke, lines: Lines, dash: Option<Dash>) {
        let [r, g, b, a] = stroke.color.to_srgba_unmultiplied();
        self.content.set_stroke_rgb(unit(r), unit(g), unit(b));
        self.opacity(true, a);
        self.content.set_line_width(stroke.width);
        if lines == Lines::Round {
            self.content.set_line_cap(LineCapStyle::RoundCap);
            self.content.set_line_join(LineJoinStyle::RoundJoin);
        } else {
            self.content.set_miter_limit(4.0);
        }
        if let Some(dash) = dash.filter(|d| d.on >= 0.0 && d.off >= 0.0 && d.on + d.off > 0.0) {
            self.content.set_dash_pattern([dash.on, dash.off], 0.0);
        }
    }

    /// Sets the opacity of fills or strokes, where it is not full.
    fn opacity(&mut self, for_strokes: bool, alpha: u8) {
        if alpha == u8::MAX {
            return;
        }
        let key = (for_strokes, alpha);
        let next = &mut *self.next;
        let reference = *self
            .shared
            .opacities
            .entry(key)
            .or_insert_with(|| next.bump());
        self.resources.opacities.insert(key, reference);
        self.content
            .set_parameters(Name(opacity_name(key).as_bytes()));
    }

    fn text(&mut self, text: &Text) {
        let anchor = match text.align {
            Align::Min => Anchor::Start,
            Align::Center => Anchor::Middle,
            Align::Max => Anchor::End,
        };
        let ascent = text.ascent();
        self.content.save_state();
        self.fill_color(text.color);
        self.content.begin_text();
        for (line, top) in text.placed_lines() {
            self.line(line, text, (top.x, top.y + ascent), anchor);
        }
        self.content.end_text();
        self.content.restore_state();
    }

    /// One line: runs of glyphs of one face on one height, each run placed once
    /// and its glyphs moved apart by how far shaping put them.
    fn line(&mut self, line: &str, text: &Text, (x, baseline): (f32, f32), anchor: Anchor) {
        let shaped = glyphs::shaped(line, text.strong);
        let start = shaped.start(x, text.size, anchor);
        for run in shaped
            .glyphs
            .chunk_by(|a, b| a.face == b.face && a.y == b.y)
        {
            let face = run[0].face;
            let reference = self.shared.fonts.reference(face, self.next);
            self.resources.fonts.insert(face, reference);
            let mut shown = Vec::with_capacity(run.len());
            for (index, glyph) in run.iter().enumerate() {
                let stands_for = shaped.text.get(glyph.text.clone()).unwrap_or_default();
                let Some(code) = self.shared.fonts.code(face, glyph.id, stands_for) else {
                    continue;
                };
                let moved = run.get(index + 1).map_or(0.0, |next| {
                    (advance(face, glyph.id) - (next.x - glyph.x)) * 1000.0
                });
                shown.push((code, moved));
            }
            self.content
                .set_font(Name(font_name(face).as_bytes()), text.size)
                .set_text_matrix([
                    1.0,
                    0.0,
                    0.0,
                    -1.0,
                    start + run[0].x * text.size,
                    baseline - run[0].y * text.size,
                ]);
            let mut show = self.content.show_positioned();
            let mut items = show.items();
            for (code, moved) in shown {
                items.show(Str(&code.to_be_bytes()));
                if moved.abs() > 0.01 {
                    items.adjust(moved);
                }
            }
        }
    }

    /// An image fitted into `rect`, keeping its shape, centred.
    fn image(&mut self, rect: egui::Rect, image: super::images::WrittenImage) {
        let (width, height) = (image.size.0 as f32, image.size.1 as f32);
        let scale = (rect.width() / width).min(rect.height() / height);
        let shown = egui::vec2(width * scale, height * scale);
        let left_top = rect.center() - shown / 2.0;
        let number = image.reference.get();
        self.resources.images.insert(number, image.reference);
        self.content.save_state();
        self.content.transform([
            shown.x,
            0.0,
            0.0,
            -shown.y,
            left_top.x,
            left_top.y + shown.y,
        ]);
        self.content.x_object(Name(format!("I{number}").as_bytes()));
        self.content.restore_state();
    }
}

/// How line ends and corners are drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// Square ends, mitred corners: outlines of rectangles and circles.
    Sharp,
    /// Round ends and corners: links, guides and curves.
    Round,
}

/// A glyph's advance in ems.
fn advance(face: usize, id: u16) -> f32 {
    let parsed = glyphs::face(face);
    let units = parsed
        .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(id))
        .unwrap_or(0);
    f32::from(units) / f32::from(parsed.units_per_em())
}

fn unit(channel: u8) -> f32 {
    f32::from(channel) / 255.0
}

/// The path's segments as PDF path operators; quadratic curves become cubic.
fn path_operators(content: &mut Content, path: &Path) {
    let mut last = (0.0, 0.0);
    for segment in path.segments() {
        match segment {
            PathSegment::MoveTo(p) => {
                content.move_to(p.x, p.y);
                last = (p.x, p.y);
            }
            PathSegment::LineTo(p) => {
                content.line_to(p.x, p.y);
                last = (p.x, p.y);
            }
            PathSegment::QuadTo(c, p) => {
                let first = (
                    last.0 + 2.0 / 3.0 * (c.x - last.0),
                    last.1 + 2.0 / 3.0 * (c.y - last.1),
                );
                let second = (p.x + 2.0 / 3.0 * (c.x - p.x), p.y + 2.0 / 3.0 * (c.y - p.y));
                content.cubic_to(first.0, first.1, second.0, second.1, p.x, p.y);
                last = (p.x, p.y);
            }
            PathSegment::CubicTo(c1, c2, p) => {
                content.cubic_to(c1.x, c1.y, c2.x, c2.y, p.x, p.y);
                last = (p.x, p.y);
            }
            PathSegment::Close => {
                content.close_path();
            }
        }
    }
}

/// A page's media box in points.
pub fn media_box(points: Vec2) -> Rect {
    Rect::new(0.0, 0.0, points.x, points.y)
}
