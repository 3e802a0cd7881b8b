//! A page as SVG: text stays text (selectable, searchable), in the shipped font's
//! family, one `<text>` per line as the scene broke it.

use std::fmt::Write;

use base64::Engine;
use egui::{Align, Color32, Pos2, Stroke};

use super::page::Page;
use crate::fonts;
use crate::model::{ImageFormat, JourneyMap};
use crate::scene::{Shape, Text};

pub struct Options {
    /// Pixels per page unit of the picture this file becomes; text too small to
    /// read at that scale is left out.
    pub pixels_per_unit: f32,
    pub transparent: bool,
}

impl Options {
    /// Everything, for a zoomable vector file.
    pub fn vector() -> Self {
        Self {
            pixels_per_unit: f32::INFINITY,
            transparent: false,
        }
    }
}

pub fn document(map: &JourneyMap, page: &Page, options: &Options) -> String {
    let (w, h) = (page.size.x, page.size.y);
    let mut svg = String::with_capacity(64 * page.scene.shapes.len() + 512);
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{}, sans-serif">"#,
        fonts::FAMILY
    );
    if !page.title.is_empty() {
        let _ = writeln!(svg, "<title>{}</title>", escape(&page.title));
    }
    if !options.transparent {
        let _ = writeln!(
            svg,
            r#"<rect width="{w}" height="{h}" {}/>"#,
            paint("fill", page.scene.background)
        );
    }
    for shape in &page.scene.shapes {
        write_shape(&mut svg, map, shape, options);
    }
    svg.push_str("</svg>\n");
    svg
}

fn write_shape(svg: &mut String, map: &JourneyMap, shape: &Shape, options: &Options) {
    match shape {
        Shape::Rect {
            rect,
            corner_radius,
            fill,
            stroke,
        } => {
            // egui strokes a rectangle inside its edge; SVG on the edge.
            let inset = rect.shrink(stroke.width / 2.0);
            let _ = writeln!(
                svg,
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" {} {}/>"#,
                n(inset.min.x),
                n(inset.min.y),
                n(inset.width().max(0.0)),
                n(inset.height().max(0.0)),
                n(*corner_radius),
                paint("fill", *fill),
                stroke_attributes(*stroke),
            );
        }
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            let _ = writeln!(
                svg,
                r#"<circle cx="{}" cy="{}" r="{}" {} {}/>"#,
                n(center.x),
                n(center.y),
                n(*radius),
                paint("fill", *fill),
                stroke_attributes(*stroke),
            );
        }
        Shape::Line {
            points,
            stroke,
            dash,
        } => {
            let dash = dash.map_or(String::new(), |d| {
                format!(r#" stroke-dasharray="{} {}""#, n(d.on), n(d.off))
            });
            let _ = writeln!(
                svg,
                r#"<polyline points="{}" fill="none" {} stroke-linecap="round" stroke-linejoin="round"{dash}/>"#,
                point_list(points),
                stroke_attributes(*stroke),
            );
        }
        Shape::Polygon { points, fill } => {
            let _ = writeln!(
                svg,
                r#"<polygon points="{}" {}/>"#,
                point_list(points),
                paint("fill", *fill)
            );
        }
        Shape::Text(text) if text.is_legible_at(options.pixels_per_unit) => write_text(svg, text),
        Shape::Text(_) => {}
        Shape::Image { rect, source } => {
            if let Some(image) = source.image(map) {
                let mime = match image.format {
                    ImageFormat::Png => "image/png",
                    ImageFormat::Jpeg => "image/jpeg",
                };
                let data = base64::engine::general_purpose::STANDARD.encode(&image.data);
                let _ = writeln!(
                    svg,
                    r#"<image x="{}" y="{}" width="{}" height="{}" preserveAspectRatio="xMidYMid meet" href="data:{mime};base64,{data}"/>"#,
                    n(rect.min.x),
                    n(rect.min.y),
                    n(rect.width()),
                    n(rect.height()),
                );
            }
        }
    }
}

fn write_text(svg: &mut String, text: &Text) {
    let anchor = match text.align {
        Align::Min => "start",
        Align::Center => "middle",
        Align::Max => "end",
    };
    let weight = if text.strong {
        r#" font-weight="bold""#
    } else {
        ""
    };
    let ascent = text.ascent();
    for (line, top) in text.placed_lines() {
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{}" font-size="{}"{weight} text-anchor="{anchor}" {}>{}</text>"#,
            n(top.x),
            n(top.y + ascent),
            n(text.size),
            paint("fill", text.color),
            escape(line),
        );
    }
}

fn stroke_attributes(stroke: Stroke) -> String {
    if stroke.width <= 0.0 || stroke.color.a() == 0 {
        return r#"stroke="none""#.to_owned();
    }
    format!(
        r#"{} stroke-width="{}""#,
        paint("stroke", stroke.color),
        n(stroke.width)
    )
}

/// `fill="#rrggbb"`, with an opacity when the colour is see-through.
fn paint(attribute: &str, color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    match a {
        0 => format!(r#"{attribute}="none""#),
        255 => format!(r##"{attribute}="#{r:02x}{g:02x}{b:02x}""##),
        _ => format!(
            r##"{attribute}="#{r:02x}{g:02x}{b:02x}" {attribute}-opacity="{:.3}""##,
            f32::from(a) / 255.0
        ),
    }
}

fn point_list(points: &[Pos2]) -> String {
    let mut list = String::with_capacity(points.len() * 12);
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            list.push(' ');
        }
        let _ = write!(list, "{},{}", n(p.x), n(p.y));
    }
    list
}

/// A number with at most two decimals, as short as it can be.
fn n(value: f32) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            // Characters XML 1.0 cannot carry.
            c if crate::model::is_forbidden_in_xml(c) => {}
            c => escaped.push(c),
        }
    }
    escaped
}
