//! PDF: each page's SVG converted by svg2pdf, with selectable text and subset
//! fonts, gathered into one document.

use std::collections::HashMap;
use std::sync::atomic::Ordering;

use pdf_writer::{Content, Name, Pdf, Rect, Ref, TextStr};

use super::page::Page;
use super::request::ExportRequest;
use super::{ExportError, Progress, fonts_db, svg};
use crate::model::JourneyMap;

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
    let mut page_refs = Vec::with_capacity(pages.len());
    for page in pages {
        if progress.is_cancelled() {
            return Err(ExportError::Cancelled);
        }
        let tree = fonts_db::parse(&svg::document(map, page, &svg::Options::vector()))?;
        let (chunk, drawing) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|error| ExportError::Render(error.to_string()))?;
        let mut renumbered = HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| next.bump()));
        let drawing = renumbered
            .get(&drawing)
            .copied()
            .ok_or_else(|| ExportError::Render("the page's drawing went missing".to_owned()))?;
        pdf.extend(&chunk);

        let points = request.pdf_points(page.size);
        let page_ref = next.bump();
        let content_ref = next.bump();
        let mut content = Content::new();
        // svg2pdf's drawing is one point square: stretch it over the page.
        content.transform([points.x, 0.0, 0.0, points.y, 0.0, 0.0]);
        content.x_object(Name(b"Page"));
        pdf.stream(content_ref, &content.finish());
        let mut writer = pdf.page(page_ref);
        writer
            .media_box(Rect::new(0.0, 0.0, points.x, points.y))
            .parent(page_tree)
            .contents(content_ref);
        writer.resources().x_objects().pair(Name(b"Page"), drawing);
        drop(writer);
        page_refs.push(page_ref);
        progress.done.fetch_add(1, Ordering::Relaxed);
    }
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
