//! The presentation and its frame: `presentation.xml` listing the slides,
//! the presentation and view properties, the table styles, one slide master
//! and its one blank layout, and the slides themselves around their shapes.

use std::fmt::Write;

use egui::Color32;

use super::xml::{DECLARATION, NAMESPACES, solid_fill};

/// Relationship ids of `presentation.xml`: the fixed parts first, then one per
/// slide from [`FIRST_SLIDE_RELATIONSHIP`].
pub const MASTER_RELATIONSHIP: &str = "rId1";
/// The notes master's relationship id in `presentation.xml`.
pub const NOTES_MASTER_RELATIONSHIP: &str = "rId2";
/// The number of the first slide's relationship id in `presentation.xml`.
pub const FIRST_SLIDE_RELATIONSHIP: usize = 7;

/// The group every shape tree starts with.
pub const TREE_START: &str = r#"<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;

/// `ppt/presentation.xml` of `slides` slides of `(cx, cy)` EMU.
pub fn presentation(slides: usize, (cx, cy): (i64, i64)) -> String {
    let mut list = String::new();
    for index in 0..slides {
        let _ = write!(
            list,
            r#"<p:sldId id="{}" r:id="rId{}"/>"#,
            256 + index,
            FIRST_SLIDE_RELATIONSHIP + index
        );
    }
    // PowerPoint's 4:3 slide is ten inches by seven and a half.
    let kind = if (cx, cy) == (9_144_000, 6_858_000) {
        r#" type="screen4x3""#
    } else {
        ""
    };
    format!(
        r#"{DECLARATION}<p:presentation {NAMESPACES} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="{MASTER_RELATIONSHIP}"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="{NOTES_MASTER_RELATIONSHIP}"/></p:notesMasterIdLst><p:sldIdLst>{list}</p:sldIdLst><p:sldSz cx="{cx}" cy="{cy}"{kind}/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>"#
    )
}

/// `ppt/presProps.xml`.
pub fn presentation_properties() -> String {
    format!(r#"{DECLARATION}<p:presentationPr {NAMESPACES}/>"#)
}

/// `ppt/viewProps.xml`: opens on the slides, with their notes below.
pub fn view_properties() -> String {
    format!(
        r#"{DECLARATION}<p:viewPr {NAMESPACES}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="80000"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>"#
    )
}

/// `ppt/tableStyles.xml`: none but the default.
pub fn table_styles() -> String {
    format!(
        r#"{DECLARATION}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}"/>"#
    )
}

/// `ppt/slideMasters/slideMaster1.xml`: a plain white master of one layout.
pub fn slide_master() -> String {
    let level = r#"<a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr>"#;
    format!(
        r#"{DECLARATION}<p:sldMaster {NAMESPACES}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>{TREE_START}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle>{level}</p:titleStyle><p:bodyStyle>{level}</p:bodyStyle><p:otherStyle>{level}</p:otherStyle></p:txStyles></p:sldMaster>"#
    )
}

/// `ppt/slideLayouts/slideLayout1.xml`: blank, as every slide draws its own.
pub fn slide_layout() -> String {
    format!(
        r#"{DECLARATION}<p:sldLayout {NAMESPACES} type="blank" preserve="1"><p:cSld name="Blank">{TREE_START}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"#
    )
}

/// The transition into a walkthrough's step: a slow fade, then on to the next
/// step after two seconds, so that PowerPoint's "Export as video" tells the map.
pub const FADE: &str = r#"<p:transition spd="slow" advTm="2000"><p:fade/></p:transition>"#;

/// `ppt/slides/slideN.xml` around its shapes, on `background`, entered by
/// `transition` (empty for none).
pub fn slide(background: Color32, shapes: &str, transition: &str) -> String {
    format!(
        r#"{DECLARATION}<p:sld {NAMESPACES}><p:cSld><p:bg><p:bgPr>{}<a:effectLst/></p:bgPr></p:bg>{TREE_START}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>{transition}</p:sld>"#,
        solid_fill(background)
    )
}
