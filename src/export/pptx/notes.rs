//! Speaker notes: the notes master (a picture of the slide above, the notes
//! below) and each slide's notes page.

use std::fmt::Write;

use super::presentation::TREE_START;
use super::xml::{DECLARATION, NAMESPACES, escape};

/// The slide picture's and the notes' placeholders, on a portrait notes page.
fn placeholders(notes: &str) -> String {
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="381000" y="685800"/><a:ext cx="6096000" cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4343400"/><a:ext cx="5486400" cy="4114800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>{notes}</p:txBody></p:sp>"#
    )
}

/// `ppt/notesMasters/notesMaster1.xml`.
pub fn notes_master() -> String {
    format!(
        r#"{DECLARATION}<p:notesMaster {NAMESPACES}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>{TREE_START}{}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:notesStyle><a:lvl1pPr><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>"#,
        placeholders("<a:p><a:endParaRPr lang=\"en-US\"/></a:p>")
    )
}

/// `ppt/notesSlides/notesSlideN.xml` saying `notes`, one paragraph a line.
pub fn notes_slide(notes: &str) -> String {
    let mut paragraphs = String::new();
    for line in notes.lines() {
        let _ = write!(
            paragraphs,
            r#"<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>{}</a:t></a:r></a:p>"#,
            escape(line)
        );
    }
    format!(
        r#"{DECLARATION}<p:notes {NAMESPACES}><p:cSld>{TREE_START}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"#,
        placeholders(&paragraphs)
    )
}
