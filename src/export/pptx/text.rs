//! Text boxes: the scene's lines in an editable box of the same place, font,
//! size, colour, weight and alignment, wrapping inside the box when edited.

use std::fmt::Write;

use egui::Align;

use super::xml::{Emu, escape, solid_fill, transform};
use crate::fonts;
use crate::scene::Text;

/// Room added to a box's width, as a share of it, so that a viewer whose font
/// measures a little wider than ours keeps our lines rather than wrapping them.
const WIDTH_SLACK: f32 = 0.12;

/// `<p:sp>` of a text box holding `text`, with shape id `id`.
pub fn text_box(id: u32, text: &Text, emu: Emu) -> String {
    let rect = text.rect;
    let slack = rect.width() * WIDTH_SLACK + text.size;
    let (left, alignment) = match text.align {
        Align::Min => (rect.min.x, "l"),
        Align::Center => (rect.min.x - slack / 2.0, "ctr"),
        Align::Max => (rect.min.x - slack, "r"),
    };
    let mut xml = format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="Text {id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p>"#,
        transform(
            emu.of(left),
            emu.of(rect.min.y),
            emu.size(rect.width() + slack),
            emu.size(rect.height()),
        )
    );
    let points = emu.points_per_unit();
    let _ = write!(
        xml,
        r#"<a:pPr algn="{alignment}"><a:lnSpc><a:spcPts val="{}"/></a:lnSpc></a:pPr>"#,
        hundredths(text.line_height() * points)
    );
    let properties = run_properties(text, points);
    for (index, line) in text.lines.iter().enumerate() {
        if index > 0 {
            let _ = write!(xml, "<a:br>{properties}</a:br>");
        }
        let _ = write!(xml, "<a:r>{properties}<a:t>{}</a:t></a:r>", escape(line));
    }
    let _ = write!(xml, "</a:p></p:txBody></p:sp>");
    xml
}

/// `<a:rPr>` of every run of `text`: size, weight, colour and the shipped font,
/// with a sans-serif fallback for viewers that lack it.
fn run_properties(text: &Text, points_per_unit: f32) -> String {
    let size = hundredths(text.size * points_per_unit).clamp(100, 400_000);
    let bold = if text.strong { r#" b="1""# } else { "" };
    let font = format!(
        r#"typeface="{}" pitchFamily="34" charset="0""#,
        escape(fonts::FAMILY)
    );
    format!(
        r#"<a:rPr lang="en-US" sz="{size}"{bold} dirty="0">{}<a:latin {font}/><a:cs {font}/></a:rPr>"#,
        solid_fill(text.color)
    )
}

/// Points in hundredths, as DrawingML sizes text and spacing.
fn hundredths(points: f32) -> i64 {
    let value = (points * 100.0).round();
    if value.is_finite() { value as i64 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Align2, Color32, pos2};

    #[test]
    fn a_label_keeps_its_lines_size_weight_and_alignment() {
        let text = crate::scene::Label {
            text: "Compare <offers> & \"prices\" 🙂".to_owned(),
            pos: pos2(100.0, 100.0),
            anchor: Align2::CENTER_TOP,
            size: 24.0,
            color: Color32::from_rgb(10, 20, 30),
            strong: true,
            wrap_width: Some(120.0),
            max_lines: None,
        }
        .layout()
        .expect("has words");
        let emu = Emu::new(egui::vec2(1920.0, 1080.0), egui::vec2(960.0, 540.0));

        let xml = text_box(7, &text, emu);

        assert!(text.lines.len() > 1, "{:?}", text.lines);
        assert_eq!(xml.matches("<a:br>").count(), text.lines.len() - 1);
        assert!(xml.contains(r#"sz="1200" b="1""#), "{xml}");
        assert!(xml.contains(r#"algn="ctr""#));
        assert!(xml.contains("&lt;offers&gt;") && xml.contains("&amp;"));
        assert!(xml.contains("🙂"));
        assert!(xml.contains(r#"<a:srgbClr val="0A141E"/>"#));
    }
}
