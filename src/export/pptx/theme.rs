//! The deck's theme: its colours (the map's brand colour first among the
//! accents), its fonts (the shipped font, with a common fallback) and the three
//! fill, line, effect and background styles every theme must have.

use egui::Color32;

use super::xml::{DECLARATION, escape};
use crate::fonts;

/// The theme part, `ppt/theme/themeN.xml`.
pub fn theme(brand: Color32) -> String {
    let [r, g, b, _] = brand.to_srgba_unmultiplied();
    let brand = format!("{r:02X}{g:02X}{b:02X}");
    format!(
        r#"{DECLARATION}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Parcours"><a:themeElements>{}{}{}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#,
        color_scheme(&brand),
        font_scheme(),
        FORMAT_SCHEME
    )
}

fn color_scheme(brand: &str) -> String {
    format!(
        r#"<a:clrScheme name="Parcours"><a:dk1><a:srgbClr val="1F2933"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="3E4C59"/></a:dk2><a:lt2><a:srgbClr val="F5F7FA"/></a:lt2><a:accent1><a:srgbClr val="{brand}"/></a:accent1><a:accent2><a:srgbClr val="E4572E"/></a:accent2><a:accent3><a:srgbClr val="29A36A"/></a:accent3><a:accent4><a:srgbClr val="F3A712"/></a:accent4><a:accent5><a:srgbClr val="7B5EA7"/></a:accent5><a:accent6><a:srgbClr val="17A2B8"/></a:accent6><a:hlink><a:srgbClr val="2563EB"/></a:hlink><a:folHlink><a:srgbClr val="7C3AED"/></a:folHlink></a:clrScheme>"#
    )
}

fn font_scheme() -> String {
    let family = escape(fonts::FAMILY);
    let fonts = format!(
        r#"<a:latin typeface="{family}" pitchFamily="34" charset="0"/><a:ea typeface=""/><a:cs typeface=""/>"#
    );
    format!(
        r#"<a:fontScheme name="Parcours"><a:majorFont>{fonts}</a:majorFont><a:minorFont>{fonts}</a:minorFont></a:fontScheme>"#
    )
}

const FORMAT_SCHEME: &str = concat!(
    r#"<a:fmtScheme name="Parcours"><a:fillStyleLst>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill>"#,
    r#"</a:fillStyleLst><a:lnStyleLst>"#,
    r#"<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#,
    r#"<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#,
    r#"<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#,
    r#"</a:lnStyleLst><a:effectStyleLst>"#,
    r#"<a:effectStyle><a:effectLst/></a:effectStyle>"#,
    r#"<a:effectStyle><a:effectLst/></a:effectStyle>"#,
    r#"<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle>"#,
    r#"</a:effectStyleLst><a:bgFillStyleLst>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill>"#,
    r#"</a:bgFillStyleLst></a:fmtScheme>"#,
);
