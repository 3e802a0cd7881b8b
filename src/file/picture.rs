//! Pictures the user chooses for an image card or a persona's photo.

use std::path::Path;

use crate::model::{EmbeddedImage, ImageFormat};

/// Reads a PNG or JPEG picture, refusing it before decoding if it is too large;
/// the error says why in words.
pub fn read_picture(path: &Path) -> Result<EmbeddedImage, String> {
    let data = super::read_limited(path, EmbeddedImage::MAX_BYTES as u64)
        .map_err(|err| err.to_string())?;
    let format = match image::guess_format(&data) {
        Ok(image::ImageFormat::Png) => ImageFormat::Png,
        Ok(image::ImageFormat::Jpeg) => ImageFormat::Jpeg,
        _ => return Err("only PNG and JPEG pictures can be embedded".to_owned()),
    };
    let image = EmbeddedImage { format, data };
    image.checked_dimensions()?;
    Ok(image)
}
