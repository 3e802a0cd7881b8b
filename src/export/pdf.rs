//! PDF written straight from the pages' scenes: vector shapes, text as glyphs
//! of the shipped faces (selectable, searchable), each face embedded once per
//! document and subset to the glyphs its pages show (`fonts`), each image
//! written once however many pages show it (`images`).

mod content;
mod fonts;
mod images;

use std::sync::atomic::Ordering;

use pdf_writer::{Content, Filter, Pdf, Ref, TextStr};

use super::page::Page;
use super::request::ExportRequest;
use super::{ExportError, Progress};
use crate::model::JourneyMap;
use content::{PageResources, PageWriter, Shared};

/// The pages as one PDF document's bytes.
pub fn document(
    map: &JourneyMap,
    pages: &[Page],
    request: &ExportRequest,
    progress: &Progress,
) -> Result<Vec<u8>, ExportError> {
    let mut next = Ref::new(1);
    let catalog = next.bump();
    let page_tree = next.bump();
    let info = next.bump();
    let mut pdf = Pdf::new();
    let mut shared = Shared::default();
    let mut page_refs = Vec::with_capacity(pages.len());
    for page in pages {
        if progress.is_cancelled() {
            return Err(ExportError::Cancelled);
        }
        let mut writer = PageWriter {
            content: Content::new(),
            resources: PageResources::default(),
            shared: &mut shared,
            chunk: &mut pdf,
            next: &mut next,
            map,
        };
        let points = request.pdf_points(page.size);
        writer.begin(page.size, points, page.scene.background);
        for shape in &page.scene.shapes {
            writer.draw(shape)?;
        }
        let (drawing, resources) = (writer.content.finish(), writer.resources);
        let page_ref = next.bump();
        let content_ref = next.bump();
        pdf.stream(content_ref, &deflate(&drawing, 1))
            .filter(Filter::FlateDecode);
        let mut page_writer = pdf.page(page_ref);
        page_writer
            .media_box(content::media_box(points))
            .parent(page_tree)
            .contents(content_ref);
        resources.write(page_writer.resources());
        drop(page_writer);
        page_refs.push(page_ref);
        progress.done.fetch_add(1, Ordering::Relaxed);
    }
    shared.fonts.write(&mut pdf, &mut next)?;
    shared.write_opacities(&mut pdf);
    pdf.catalog(catalog).pages(page_tree);
    pdf.pages(page_tree)
        .count(page_refs.len() as i32)
        .kids(page_refs);
    let mut document_info = pdf.document_info(info);
    document_info.producer(TextStr("Parcours"));
    if !map.meta.title.is_empty() {
        document_info.title(TextStr(&map.meta.title));
    }
    drop(document_info);
    Ok(pdf.finish())
}

/// `data` compressed for a `FlateDecode` stream, at zlib's `level` (1 fastest, 9
/// smallest).
fn deflate(data: &[u8], level: u8) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, level)
}
