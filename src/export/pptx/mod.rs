//! PowerPoint: each page's scene as native, editable shapes (rectangles,
//! ellipses, text boxes, connectors, freeforms, pictures) on slides of a
//! presentation with its theme, master, layout and speaker notes.

mod freeform;
mod notes;
mod package;
mod presentation;
mod shapes;
mod text;
mod theme;
mod xml;

use std::collections::HashMap;
use std::sync::atomic::Ordering;

use egui::{Rect, Vec2};

use super::page::Page;
use super::request::{ExportRequest, Pages};
use super::{ExportError, Progress};
use crate::model::{ImageFormat, JourneyMap};
use crate::scene::style::color32;
use crate::scene::{ImageSource, Shape};
use package::{Part, content_type, relationships};
use presentation::{FIRST_SLIDE_RELATIONSHIP, MASTER_RELATIONSHIP, NOTES_MASTER_RELATIONSHIP};
use xml::{EMU_PER_POINT, Emu};

/// The deck of `pages` as a PowerPoint file.
pub fn document(
    map: &JourneyMap,
    pages: &[Page],
    request: &ExportRequest,
    progress: &Progress,
) -> Result<Vec<u8>, ExportError> {
    let slide_points = pages.first().map_or(Vec2::new(960.0, 540.0), |page| {
        request.pdf_points(page.size)
    });
    let slide_size = (
        (slide_points.x * EMU_PER_POINT).round() as i64,
        (slide_points.y * EMU_PER_POINT).round() as i64,
    );
    let images = Images::of(map, pages);
    let mut parts = frame_parts(map, pages.len(), slide_size);
    parts.extend(images.parts());
    for (index, page) in pages.iter().enumerate() {
        if progress.is_cancelled() {
            return Err(ExportError::Cancelled);
        }
        let emu = Emu::new(page.size, request.pdf_points(page.size));
        let transition = match request.pages {
            Pages::Walkthrough => presentation::FADE,
            _ => "",
        };
        parts.extend(slide_parts(index + 1, page, emu, &images, transition));
        progress.done.fetch_add(1, Ordering::Relaxed);
    }
    package::zip(&parts).map_err(|error| ExportError::Render(error.to_string()))
}

/// `presentation.xml`'s relationships: masters, properties, theme, then the slides.
fn presentation_relationships(slides: usize) -> String {
    let mut presentation_relationships = vec![
        (
            MASTER_RELATIONSHIP.to_owned(),
            "slideMaster",
            "slideMasters/slideMaster1.xml".to_owned(),
        ),
        (
            NOTES_MASTER_RELATIONSHIP.to_owned(),
            "notesMaster",
            "notesMasters/notesMaster1.xml".to_owned(),
        ),
        ("rId3".to_owned(), "presProps", "presProps.xml".to_owned()),
        ("rId4".to_owned(), "viewProps", "viewProps.xml".to_owned()),
        ("rId5".to_owned(), "theme", "theme/theme1.xml".to_owned()),
        (
            "rId6".to_owned(),
            "tableStyles",
            "tableStyles.xml".to_owned(),
        ),
    ];
    for number in 1..=slides {
        presentation_relationships.push((
            format!("rId{}", FIRST_SLIDE_RELATIONSHIP + number - 1),
            "slide",
            format!("slides/slide{number}.xml"),
        ));
    }
    relationships(&presentation_relationships)
}

/// Every part but the slides and their images.
fn frame_parts(map: &JourneyMap, slides: usize, slide_size: (i64, i64)) -> Vec<Part> {
    let theme = theme::theme(color32(map.theme.brand));
    let mut parts = vec![
        Part::plain("_rels/.rels", package::root_relationships().into_bytes()),
        Part::xml(
            "docProps/core.xml",
            content_type("core"),
            package::core_properties(&map.meta.title),
        ),
        Part::xml(
            "docProps/app.xml",
            content_type("app"),
            package::app_properties(slides),
        ),
        Part::xml(
            "ppt/presentation.xml",
            content_type("presentation"),
            presentation::presentation(slides, slide_size),
        ),
        Part::plain(
            "ppt/_rels/presentation.xml.rels",
            presentation_relationships(slides).into_bytes(),
        ),
        Part::xml(
            "ppt/presProps.xml",
            content_type("presProps"),
            presentation::presentation_properties(),
        ),
        Part::xml(
            "ppt/viewProps.xml",
            content_type("viewProps"),
            presentation::view_properties(),
        ),
        Part::xml(
            "ppt/tableStyles.xml",
            content_type("tableStyles"),
            presentation::table_styles(),
        ),
        Part::xml("ppt/theme/theme1.xml", content_type("theme"), theme.clone()),
        Part::xml("ppt/theme/theme2.xml", content_type("theme"), theme),
    ];
    parts.extend(master_parts());
    parts
}

/// The slide master, its layout and the notes master, with their relationships.
fn master_parts() -> Vec<Part> {
    vec![
        Part::xml(
            "ppt/slideMasters/slideMaster1.xml",
            content_type("slideMaster"),
            presentation::slide_master(),
        ),
        Part::plain(
            "ppt/slideMasters/_rels/slideMaster1.xml.rels",
            relationships(&[
                (
                    "rId1".into(),
                    "slideLayout",
                    "../slideLayouts/slideLayout1.xml".into(),
                ),
                ("rId2".into(), "theme", "../theme/theme1.xml".into()),
            ])
            .into_bytes(),
        ),
        Part::xml(
            "ppt/slideLayouts/slideLayout1.xml",
            content_type("slideLayout"),
            presentation::slide_layout(),
        ),
        Part::plain(
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
            relationships(&[(
                "rId1".into(),
                "slideMaster",
                "../slideMasters/slideMaster1.xml".into(),
            )])
            .into_bytes(),
        ),
        Part::xml(
            "ppt/notesMasters/notesMaster1.xml",
            content_type("notesMaster"),
            notes::notes_master(),
        ),
        Part::plain(
            "ppt/notesMasters/_rels/notesMaster1.xml.rels",
            relationships(&[("rId1".into(), "theme", "../theme/theme2.xml".into())]).into_bytes(),
        ),
    ]
}

/// Slide `number`, its relationships, and its notes when it has some.
fn slide_parts(
    number: usize,
    page: &Page,
    emu: Emu,
    images: &Images,
    transition: &str,
) -> Vec<Part> {
    let mut slide_relationships = vec![(
        "rId1".to_owned(),
        "slideLayout",
        "../slideLayouts/slideLayout1.xml".to_owned(),
    )];
    let picture = |shape: &Shape| images.placed(shape);
    let mut writer = shapes::ShapeWriter::new(emu, &picture);
    for shape in &page.scene.shapes {
        writer.shape(shape);
    }
    for relationship in &writer.images {
        if let Some(name) = images.name_of(relationship) {
            slide_relationships.push((relationship.clone(), "image", format!("../media/{name}")));
        }
    }
    let mut parts = vec![Part::xml(
        format!("ppt/slides/slide{number}.xml"),
        content_type("slide"),
        presentation::slide(page.scene.background, &writer.xml, transition),
    )];
    if !page.notes.trim().is_empty() {
        slide_relationships.push((
            "rId2".to_owned(),
            "notesSlide",
            format!("../notesSlides/notesSlide{number}.xml"),
        ));
        parts.push(Part::xml(
            format!("ppt/notesSlides/notesSlide{number}.xml"),
            content_type("notesSlide"),
            notes::notes_slide(&page.notes),
        ));
        parts.push(Part::plain(
            format!("ppt/notesSlides/_rels/notesSlide{number}.xml.rels"),
            relationships(&[
                (
                    "rId1".into(),
                    "notesMaster",
                    "../notesMasters/notesMaster1.xml".into(),
                ),
                (
                    "rId2".into(),
                    "slide",
                    format!("../slides/slide{number}.xml"),
                ),
            ])
            .into_bytes(),
        ));
    }
    parts.push(Part::plain(
        format!("ppt/slides/_rels/slide{number}.xml.rels"),
        relationships(&slide_relationships).into_bytes(),
    ));
    parts
}

/// The map's images the deck shows, each stored once in `ppt/media`.
struct Images<'a> {
    map: &'a JourneyMap,
    /// Each image's number, from 1, in the order the pages first show them.
    index: Vec<(ImageSource, usize)>,
    sizes: HashMap<ImageSource, (u32, u32)>,
}

impl<'a> Images<'a> {
    /// The images the shapes of `pages` show, which the map has and whose size
    /// can be read.
    fn of(map: &'a JourneyMap, pages: &[Page]) -> Self {
        let mut images = Images {
            map,
            index: Vec::new(),
            sizes: HashMap::new(),
        };
        for shape in pages.iter().flat_map(|page| &page.scene.shapes) {
            let Shape::Image { source, .. } = shape else {
                continue;
            };
            if images.sizes.contains_key(source) {
                continue;
            }
            if let Some(Ok(size)) = source.image(map).map(|image| image.checked_dimensions()) {
                images.sizes.insert(*source, size);
                images.index.push((*source, images.index.len() + 1));
            }
        }
        images
    }

    fn relationship(index: usize) -> String {
        format!("rIdImage{index}")
    }

    fn name(&self, source: ImageSource, index: usize) -> String {
        let extension = match source.image(self.map).map(|image| image.format) {
            Some(ImageFormat::Jpeg) => "jpeg",
            _ => "png",
        };
        format!("image{index}.{extension}")
    }

    /// The file name in `ppt/media` of the image of `relationship`.
    fn name_of(&self, relationship: &str) -> Option<String> {
        self.index
            .iter()
            .find(|(_, index)| Images::relationship(*index) == relationship)
            .map(|(source, index)| self.name(*source, *index))
    }

    /// The media parts.
    fn parts(&self) -> Vec<Part> {
        self.index
            .iter()
            .filter_map(|(source, index)| {
                let image = source.image(self.map)?;
                Some(Part::plain(
                    format!("ppt/media/{}", self.name(*source, *index)),
                    image.data.clone(),
                ))
            })
            .collect()
    }

    /// An image shape's relationship id and the box its image fills: fitted into
    /// the shape's box, its shape kept, centred, as the other backends draw it.
    fn placed(&self, shape: &Shape) -> Option<(String, Rect)> {
        let Shape::Image { rect, source } = shape else {
            return None;
        };
        let index = self.index.iter().find(|(known, _)| known == source)?.1;
        let (width, height) = *self.sizes.get(source)?;
        let scale = (rect.width() / width.max(1) as f32).min(rect.height() / height.max(1) as f32);
        let fitted = Rect::from_center_size(
            rect.center(),
            Vec2::new(width as f32, height as f32) * scale,
        );
        Some((Images::relationship(index), fitted))
    }
}
