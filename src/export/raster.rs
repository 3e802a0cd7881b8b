//! PNG and JPEG: the page's SVG rendered by resvg, encoded by the `image` crate.

use image::{ImageEncoder, RgbaImage};
use resvg::tiny_skia;

use super::page::Page;
use super::request::{ExportRequest, Format};
use super::{ExportError, fonts_db, svg};
use crate::model::JourneyMap;

/// The page as pixels, at the request's size.
pub fn render(
    map: &JourneyMap,
    page: &Page,
    request: &ExportRequest,
) -> Result<RgbaImage, ExportError> {
    let (width, height) = request
        .pixel_size(page.size)
        .map_err(ExportError::ImageSize)?;
    let (scale_x, scale_y) = (width as f32 / page.size.x, height as f32 / page.size.y);
    let options = svg::Options {
        // As on the canvas: text too small to read is left out, which also
        // spares its slow layout.
        pixels_per_unit: scale_x.min(scale_y),
        transparent: request.raster.transparent && request.format == Format::Png,
    };
    let tree = fonts_db::parse(&svg::document(map, page, &options))?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| ExportError::Render(format!("no memory for {width}×{height} pixels")))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale_x, scale_y),
        &mut pixmap.as_mut(),
    );
    let mut rgba = Vec::with_capacity(pixmap.data().len());
    for pixel in pixmap.pixels() {
        let color = pixel.demultiply();
        rgba.extend([color.red(), color.green(), color.blue(), color.alpha()]);
    }
    RgbaImage::from_raw(width, height, rgba)
        .ok_or_else(|| ExportError::Render("the image buffer has the wrong size".to_owned()))
}

pub fn encode(
    map: &JourneyMap,
    page: &Page,
    request: &ExportRequest,
) -> Result<Vec<u8>, ExportError> {
    let image = render(map, page, request)?;
    let mut bytes = Vec::new();
    let result = if request.format == Format::Jpeg {
        let rgb = image::DynamicImage::ImageRgba8(image).to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 92).write_image(
            rgb.as_raw(),
            rgb.width(),
            rgb.height(),
            image::ExtendedColorType::Rgb8,
        )
    } else {
        image::codecs::png::PngEncoder::new(&mut bytes).write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgba8,
        )
    };
    result.map_err(|error| ExportError::Render(error.to_string()))?;
    Ok(bytes)
}
