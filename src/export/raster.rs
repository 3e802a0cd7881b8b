//! PNG and JPEG: the page's shapes drawn straight onto pixels with tiny-skia
//! (`draw`), text as cached glyph outlines (`super::glyphs`), encoded by the `image`
//! crate with fast PNG compression.

mod draw;

use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ImageEncoder, RgbaImage};
use resvg::tiny_skia;

use super::ExportError;
use super::page::Page;
use super::request::{ExportRequest, Format};
use crate::model::JourneyMap;

/// The page as pixels, at the request's size.
pub fn render(
    map: &JourneyMap,
    page: &Page,
    request: &ExportRequest,
) -> Result<RgbaImage, ExportError> {
    let pixmap = draw_page(map, page, request)?;
    let (width, height) = (pixmap.width(), pixmap.height());
    RgbaImage::from_raw(width, height, unpremultiplied(pixmap))
        .ok_or_else(|| ExportError::Render("the image buffer has the wrong size".to_owned()))
}

/// The page drawn onto pixels whose colours are multiplied by their opacity.
fn draw_page(
    map: &JourneyMap,
    page: &Page,
    request: &ExportRequest,
) -> Result<tiny_skia::Pixmap, ExportError> {
    let (width, height) = request
        .pixel_size(page.size)
        .map_err(ExportError::ImageSize)?;
    let (scale_x, scale_y) = (width as f32 / page.size.x, height as f32 / page.size.y);
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| ExportError::Render(format!("no memory for {width}×{height} pixels")))?;
    let transparent = request.raster.transparent && request.format == Format::Png;
    if !transparent {
        let [r, g, b, a] = page.scene.background.to_srgba_unmultiplied();
        pixmap.fill(tiny_skia::Color::from_rgba8(r, g, b, a));
    }
    let mut canvas = draw::Canvas {
        pixmap: pixmap.as_mut(),
        transform: tiny_skia::Transform::from_scale(scale_x, scale_y),
        // As on the canvas: text too small to read is left out.
        pixels_per_unit: scale_x.min(scale_y),
    };
    for shape in &page.scene.shapes {
        canvas.draw(map, page, shape)?;
    }
    Ok(pixmap)
}

/// The pixels with their colours no longer multiplied by their opacity; an
/// opaque picture's pixels are already so.
fn unpremultiplied(pixmap: tiny_skia::Pixmap) -> Vec<u8> {
    if is_opaque(&pixmap) {
        return pixmap.take();
    }
    let mut rgba = Vec::with_capacity(pixmap.data().len());
    for pixel in pixmap.pixels() {
        let color = pixel.demultiply();
        rgba.extend([color.red(), color.green(), color.blue(), color.alpha()]);
    }
    rgba
}

fn is_opaque(pixmap: &tiny_skia::Pixmap) -> bool {
    pixmap.pixels().iter().all(|pixel| pixel.alpha() == u8::MAX)
}

/// The page as a PNG or JPEG file's bytes. An opaque picture is written without
/// its alpha channel: a quarter fewer bytes to compress, the same pixels. PNG
/// rows are filtered by the row above, one filter rather than trying five: most
/// of a map is flat colour, which that filter already turns into zeros.
pub fn encode(
    map: &JourneyMap,
    page: &Page,
    request: &ExportRequest,
) -> Result<Vec<u8>, ExportError> {
    let pixmap = draw_page(map, page, request)?;
    let (width, height) = (pixmap.width(), pixmap.height());
    let (pixels, color_type) = if is_opaque(&pixmap) || request.format == Format::Jpeg {
        let rgb = pixmap
            .pixels()
            .iter()
            .flat_map(|pixel| {
                let color = pixel.demultiply();
                [color.red(), color.green(), color.blue()]
            })
            .collect();
        (rgb, image::ExtendedColorType::Rgb8)
    } else {
        (unpremultiplied(pixmap), image::ExtendedColorType::Rgba8)
    };
    let mut bytes = Vec::new();
    let result = if request.format == Format::Jpeg {
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 92)
            .write_image(&pixels, width, height, color_type)
    } else {
        PngEncoder::new_with_quality(&mut bytes, CompressionType::Fast, FilterType::Up)
            .write_image(&pixels, width, height, color_type)
    };
    result.map_err(|error| ExportError::Render(error.to_string()))?;
    Ok(bytes)
}
