//! What every part of the package shares: escaped text, colours and lengths in
//! English Metric Units.

use std::fmt::Write;

use egui::{Color32, Pos2, Vec2};

/// The namespaces of DrawingML, relationships and PresentationML, as every
/// presentation part declares them.
pub const NAMESPACES: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#;

/// The declaration every XML part starts with.
pub const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// EMU in one point.
pub const EMU_PER_POINT: f32 = 12_700.0;

/// `text` as XML character data or attribute value: markup characters escaped,
/// characters XML 1.0 cannot carry left out, everything else (emoji included) kept.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            c if crate::model::is_forbidden_in_xml(c) => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// `<a:srgbClr val="RRGGBB"/>`, with its opacity when see-through.
pub fn color(color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let mut xml = format!(r#"<a:srgbClr val="{r:02X}{g:02X}{b:02X}""#);
    if a == 255 {
        xml.push_str("/>");
    } else {
        let _ = write!(
            xml,
            r#"><a:alpha val="{}"/></a:srgbClr>"#,
            u32::from(a) * 100_000 / 255
        );
    }
    xml
}

/// A solid fill of `fill`, or none when it is fully transparent.
pub fn solid_fill(fill: Color32) -> String {
    if fill.a() == 0 {
        "<a:noFill/>".to_owned()
    } else {
        format!("<a:solidFill>{}</a:solidFill>", color(fill))
    }
}

/// Page units to EMU, for one page size.
#[derive(Clone, Copy, Debug)]
pub struct Emu {
    per_unit: f32,
}

impl Emu {
    /// The scale that puts a page of `page_units` on a slide of `slide_points`.
    pub fn new(page_units: Vec2, slide_points: Vec2) -> Self {
        Self {
            per_unit: slide_points.x * EMU_PER_POINT / page_units.x.max(1.0),
        }
    }

    /// A length in page units, in whole EMU.
    pub fn of(self, units: f32) -> i64 {
        let emu = (units * self.per_unit).round();
        if emu.is_finite() { emu as i64 } else { 0 }
    }

    /// A length in page units, in whole EMU and never negative.
    pub fn size(self, units: f32) -> i64 {
        self.of(units).max(0)
    }

    /// A point in page units, in EMU.
    pub fn point(self, point: Pos2) -> (i64, i64) {
        (self.of(point.x), self.of(point.y))
    }

    /// Points per page unit, for font sizes.
    pub fn points_per_unit(self) -> f32 {
        self.per_unit / EMU_PER_POINT
    }
}

/// `<a:xfrm>` of a box at `(x, y)` of `(cx, cy)` EMU.
pub fn transform(x: i64, y: i64, cx: i64, cy: i64) -> String {
    format!(r#"<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>"#)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_quotes_emoji_and_control_characters_are_safe() {
        assert_eq!(
            escape("a<b & \"c\" 'd' 🙂\u{1}\u{b}\te"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos; 🙂\te"
        );
    }

    #[test]
    fn see_through_colours_carry_their_opacity() {
        assert_eq!(
            color(Color32::from_rgb(0x12, 0xab, 0xff)),
            r#"<a:srgbClr val="12ABFF"/>"#
        );
        assert_eq!(
            color(Color32::from_rgba_unmultiplied(255, 0, 0, 51)),
            r#"<a:srgbClr val="FF0000"><a:alpha val="20000"/></a:srgbClr>"#
        );
        assert_eq!(solid_fill(Color32::TRANSPARENT), "<a:noFill/>");
    }

    #[test]
    fn a_widescreen_page_is_thirteen_and_a_third_inches_wide() {
        let emu = Emu::new(egui::vec2(1920.0, 1080.0), egui::vec2(960.0, 540.0));
        assert_eq!(emu.of(1920.0), 12_192_000);
        assert_eq!(emu.of(1080.0), 6_858_000);
        assert_eq!(emu.of(f32::NAN), 0);
        assert!((emu.points_per_unit() - 0.5).abs() < 1e-6);
    }
}
