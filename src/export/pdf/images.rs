//! The map's embedded images in a PDF: each decoded and written once per
//! document, however many pages show it; transparency as a soft mask.

use std::collections::HashMap;

use pdf_writer::{Chunk, Filter, Ref};

use super::deflate;
use crate::export::ExportError;
use crate::model::JourneyMap;
use crate::scene::ImageSource;

/// An image written into the document: its object and its size in pixels.
#[derive(Clone, Copy, Debug)]
pub struct WrittenImage {
    /// The image XObject pages show.
    pub reference: Ref,
    /// Width and height in pixels, for fitting it into its box.
    pub size: (u32, u32),
}

/// The images of one document, written as pages first show them.
#[derive(Default)]
pub struct ImageSet {
    written: HashMap<ImageSource, Option<WrittenImage>>,
}

impl ImageSet {
    /// `source`'s image object, written into `chunk` on its first use; `None`
    /// when the map holds no image there.
    pub fn image(
        &mut self,
        map: &JourneyMap,
        source: ImageSource,
        chunk: &mut Chunk,
        next: &mut Ref,
    ) -> Result<Option<WrittenImage>, ExportError> {
        if let Some(written) = self.written.get(&source) {
            return Ok(*written);
        }
        let written = match source.image(map) {
            Some(image) => Some(write_image(&image.data, chunk, next)?),
            None => None,
        };
        self.written.insert(source, written);
        Ok(written)
    }
}

fn write_image(
    bytes: &[u8],
    chunk: &mut Chunk,
    next: &mut Ref,
) -> Result<WrittenImage, ExportError> {
    let decoded = image::load_from_memory(bytes)
        .map_err(|error| ExportError::Render(format!("an image could not be read: {error}")))?
        .to_rgba8();
    let (width, height) = decoded.dimensions();
    let pixels = decoded.as_raw();
    let colors: Vec<u8> = pixels
        .chunks_exact(4)
        .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
        .collect();
    let see_through = pixels.chunks_exact(4).any(|pixel| pixel[3] < u8::MAX);
    let reference = next.bump();
    let mask = see_through.then(|| {
        let alpha: Vec<u8> = pixels.chunks_exact(4).map(|pixel| pixel[3]).collect();
        let mask = next.bump();
        let data = deflate(&alpha, 6);
        let mut writer = chunk.image_xobject(mask, &data);
        writer.filter(Filter::FlateDecode);
        writer.width(width as i32).height(height as i32);
        writer.color_space().device_gray();
        writer.bits_per_component(8);
        mask
    });
    let data = deflate(&colors, 6);
    let mut writer = chunk.image_xobject(reference, &data);
    writer.filter(Filter::FlateDecode);
    writer.width(width as i32).height(height as i32);
    writer.color_space().device_rgb();
    writer.bits_per_component(8);
    if let Some(mask) = mask {
        writer.s_mask(mask);
    }
    Ok(WrittenImage {
        reference,
        size: (width, height),
    })
}
