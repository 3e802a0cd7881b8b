//! Embedded images as egui textures, for the canvas and the export preview.

use std::collections::HashMap;

use egui::Vec2;

use crate::model::{EmbeddedImage, JourneyMap};
use crate::scene::ImageSource;

/// Embedded images, decoded once into textures, keyed by a cheap fingerprint of
/// their bytes so that a changed image is decoded again.
#[derive(Default)]
pub(crate) struct TextureCache {
    entries: HashMap<ImageSource, (u64, Option<(egui::TextureHandle, Vec2)>)>,
}

impl TextureCache {
    /// The texture of an element's image and its size in pixels, decoded the
    /// first time and again only when the image changed; None when it has none
    /// or it cannot be decoded.
    pub(crate) fn get(
        &mut self,
        ctx: &egui::Context,
        map: &JourneyMap,
        source: ImageSource,
    ) -> Option<(egui::TextureId, Vec2)> {
        let image = source.image(map)?;
        let fingerprint = fingerprint(&image.data);
        let entry = self
            .entries
            .entry(source)
            .or_insert((fingerprint ^ 1, None));
        if entry.0 != fingerprint {
            *entry = (fingerprint, decode(ctx, image, source));
        }
        entry
            .1
            .as_ref()
            .map(|(texture, size)| (texture.id(), *size))
    }
}

fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.len().hash(&mut hasher);
    bytes[..bytes.len().min(256)].hash(&mut hasher);
    bytes[bytes.len().saturating_sub(256)..].hash(&mut hasher);
    hasher.finish()
}

/// Decodes an image that passed its size checks; a broken one is simply not drawn.
fn decode(
    ctx: &egui::Context,
    image: &EmbeddedImage,
    source: ImageSource,
) -> Option<(egui::TextureHandle, Vec2)> {
    image.checked_dimensions().ok()?;
    let rgba = image::load_from_memory(&image.data).ok()?.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    let color_image = egui::ColorImage::from_rgba_unmultiplied(size, rgba.as_raw());
    let texture = ctx.load_texture(
        format!("{source:?}"),
        color_image,
        egui::TextureOptions::LINEAR,
    );
    Some((texture, Vec2::new(size[0] as f32, size[1] as f32)))
}
