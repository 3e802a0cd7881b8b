//! The shipped faces a PDF uses, each embedded once per document: subset to the
//! glyphs its pages show, with the characters each glyph stands for so that
//! text can be selected, searched and copied.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Chunk, Filter, Name, Ref, Str};
use subsetter::GlyphRemapper;

use super::deflate;
use crate::export::ExportError;
use crate::export::glyphs;

const SYSTEM_INFO: SystemInfo = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// The glyphs shown of one face so far.
struct UsedFace {
    /// The Type 0 font object pages name.
    reference: Ref,
    /// Each shown glyph's number in the subset, in order of first use.
    remapper: GlyphRemapper,
    /// The characters each glyph (by its number in the face) stands for.
    texts: BTreeMap<u16, String>,
}

/// The faces of one document and the glyphs its pages show.
#[derive(Default)]
pub struct FontSet {
    faces: BTreeMap<usize, UsedFace>,
}

impl FontSet {
    /// The font object of `face`, made on its first use with `next`.
    pub fn reference(&mut self, face: usize, next: &mut Ref) -> Ref {
        self.faces
            .entry(face)
            .or_insert_with(|| UsedFace {
                reference: next.bump(),
                remapper: GlyphRemapper::new(),
                texts: BTreeMap::new(),
            })
            .reference
    }

    /// The code a page shows glyph `id` of `face` by, remembering that it stands
    /// for `text`. The face must have been given a reference first.
    pub fn code(&mut self, face: usize, id: u16, text: &str) -> Option<u16> {
        let used = self.faces.get_mut(&face)?;
        if !text.is_empty() {
            used.texts.entry(id).or_insert_with(|| text.to_owned());
        }
        Some(used.remapper.remap(id))
    }

    /// Writes every used face: the subset font program, its metrics and widths,
    /// and the map from glyphs back to characters.
    pub fn write(&self, chunk: &mut Chunk, next: &mut Ref) -> Result<(), ExportError> {
        for (face, used) in &self.faces {
            write_face(chunk, next, *face, used)?;
        }
        Ok(())
    }
}

fn write_face(
    chunk: &mut Chunk,
    next: &mut Ref,
    face_index: usize,
    used: &UsedFace,
) -> Result<(), ExportError> {
    let face = glyphs::face(face_index);
    let (cid_ref, descriptor_ref, cmap_ref, data_ref) =
        (next.bump(), next.bump(), next.bump(), next.bump());
    let name = format!("PRCRS{face_index}+{}", postscript_name(face));
    let base_font = Name(name.as_bytes());
    chunk
        .type0_font(used.reference)
        .base_font(base_font)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_ref)
        .to_unicode(cmap_ref);

    let mut cid = chunk.cid_font(cid_ref);
    cid.subtype(CidFontType::Type2)
        .base_font(base_font)
        .system_info(SYSTEM_INFO)
        .font_descriptor(descriptor_ref)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    let widths: Vec<f32> = used
        .remapper
        .remapped_gids()
        .map(|old| thousandths(face, face.glyph_hor_advance(ttf_id(old)).unwrap_or(0)))
        .collect();
    cid.widths().consecutive(0, widths);
    drop(cid);

    write_descriptor(chunk, descriptor_ref, data_ref, base_font, face);

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), SYSTEM_INFO);
    for (old, text) in &used.texts {
        if let Some(new) = used.remapper.get(*old) {
            cmap.pair_with_multiple(new, text.chars());
        }
    }
    chunk.cmap(cmap_ref, &cmap.finish());

    let subset = subsetter::subset(glyphs::face_data(face_index), 0, &used.remapper)
        .map_err(|error| ExportError::Render(format!("a font could not be subset: {error:?}")))?;
    chunk
        .stream(data_ref, &deflate(&subset, 6))
        .filter(Filter::FlateDecode);
    Ok(())
}

fn write_descriptor(
    chunk: &mut Chunk,
    descriptor_ref: Ref,
    data_ref: Ref,
    base_font: Name,
    face: &rustybuzz::ttf_parser::Face,
) {
    let bbox = face.global_bounding_box();
    let ascent = thousandths(face, face.ascender());
    let cap_height = face
        .capital_height()
        .filter(|height| *height > 0)
        .map_or(ascent, |height| thousandths(face, height));
    let mut flags = FontFlags::empty();
    flags.insert(FontFlags::SYMBOLIC);
    chunk
        .font_descriptor(descriptor_ref)
        .name(base_font)
        .flags(flags)
        .bbox(pdf_writer::Rect::new(
            thousandths(face, bbox.x_min),
            thousandths(face, bbox.y_min),
            thousandths(face, bbox.x_max),
            thousandths(face, bbox.y_max),
        ))
        .italic_angle(face.italic_angle())
        .ascent(ascent)
        .descent(thousandths(face, face.descender()))
        .cap_height(cap_height)
        .stem_v(10.0 + 0.244 * (f32::from(face.weight().to_number()) - 50.0))
        .font_file2(data_ref);
}

/// Font units as thousandths of an em, the unit of PDF font metrics.
fn thousandths(face: &rustybuzz::ttf_parser::Face, units: impl Into<f32>) -> f32 {
    units.into() / f32::from(face.units_per_em()) * 1000.0
}

fn ttf_id(id: u16) -> rustybuzz::ttf_parser::GlyphId {
    rustybuzz::ttf_parser::GlyphId(id)
}

/// The face's PostScript name, as PDF readers show it, with only the
/// characters a PDF name keeps plainly.
fn postscript_name(face: &rustybuzz::ttf_parser::Face) -> String {
    face.names()
        .into_iter()
        .filter(|name| name.name_id == rustybuzz::ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|name| name.to_string())
        .unwrap_or_else(|| "NotoSans".to_owned())
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}
