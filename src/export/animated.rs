//! Animated GIF: each page a frame, about two seconds each and the last held
//! longer; a palette per frame, and after the first only the region that
//! changed, so that a walkthrough stays small.

use std::sync::atomic::Ordering;

use gif::{DisposalMethod, Encoder, Repeat};
use image::RgbaImage;

use super::page::Page;
use super::request::ExportRequest;
use super::{ExportError, Progress, raster};
use crate::model::JourneyMap;

/// Width of an animation when no size is asked: 720p.
const DEFAULT_WIDTH: u32 = 1280;
/// How long each page shows, in milliseconds.
const STEP_MS: u32 = 2_000;
/// How long the last page shows before the animation starts again.
const LAST_MS: u32 = 5_000;
/// Colour quantisation effort, from 1 (best) to 30 (fastest).
const QUANTISATION_SPEED: i32 = 20;

/// The pages as one looping animated GIF.
pub fn document(
    map: &JourneyMap,
    pages: &[Page],
    request: &ExportRequest,
    progress: &Progress,
) -> Result<Vec<u8>, ExportError> {
    let mut request = request.clone();
    let raster = &mut request.raster;
    if raster.width.is_none() && raster.height.is_none() && raster.scale == 1.0 {
        raster.width = Some(DEFAULT_WIDTH);
    }
    let mut encoder: Option<Encoder<Vec<u8>>> = None;
    let mut previous: Option<RgbaImage> = None;
    for (index, page) in pages.iter().enumerate() {
        if progress.is_cancelled() {
            return Err(ExportError::Cancelled);
        }
        let image = raster::render(map, page, &request)?;
        let (left, top, mut region) = previous
            .as_ref()
            .and_then(|before| changed(before, &image))
            .unwrap_or_else(|| (0, 0, image.clone()));
        let size = |side: u32| u16::try_from(side).map_err(|_| too_large(&image));
        let (width, height) = (size(region.width())?, size(region.height())?);
        let mut frame = gif::Frame::from_rgba_speed(width, height, &mut region, QUANTISATION_SPEED);
        (frame.left, frame.top) = (size(left)?, size(top)?);
        let milliseconds = if index + 1 == pages.len() {
            LAST_MS
        } else {
            STEP_MS
        };
        frame.delay = (milliseconds / 10) as u16;
        frame.dispose = DisposalMethod::Keep;
        if encoder.is_none() {
            let mut started =
                Encoder::new(Vec::new(), size(image.width())?, size(image.height())?, &[])
                    .map_err(render_error)?;
            started.set_repeat(Repeat::Infinite).map_err(render_error)?;
            encoder = Some(started);
        }
        if let Some(encoder) = encoder.as_mut() {
            encoder.write_frame(&frame).map_err(render_error)?;
        }
        previous = Some(image);
        progress.done.fetch_add(1, Ordering::Relaxed);
    }
    match encoder {
        Some(encoder) => encoder
            .into_inner()
            .map_err(|error| ExportError::Render(error.to_string())),
        None => Err(ExportError::Render("an animation needs a page".to_owned())),
    }
}

/// The smallest region of `after` that differs from `before`, with its
/// top-left corner; one pixel when nothing changed, as a frame cannot be empty.
fn changed(before: &RgbaImage, after: &RgbaImage) -> Option<(u32, u32, RgbaImage)> {
    if before.dimensions() != after.dimensions() {
        return None;
    }
    let (mut left, mut top, mut right, mut bottom) = (u32::MAX, u32::MAX, 0, 0);
    for (x, y, pixel) in after.enumerate_pixels() {
        if before.get_pixel(x, y) != pixel {
            (left, top) = (left.min(x), top.min(y));
            (right, bottom) = (right.max(x), bottom.max(y));
        }
    }
    if left == u32::MAX {
        (left, top, right, bottom) = (0, 0, 0, 0);
    }
    let region = image::imageops::crop_imm(after, left, top, right - left + 1, bottom - top + 1);
    Some((left, top, region.to_image()))
}

fn render_error(error: gif::EncodingError) -> ExportError {
    ExportError::Render(error.to_string())
}

fn too_large(image: &RgbaImage) -> ExportError {
    ExportError::ImageSize(format!(
        "an animated GIF is at most 65,535 pixels a side, not {} × {}",
        image.width(),
        image.height()
    ))
}
