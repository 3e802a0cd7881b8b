//! Images embedded in a map (persona photos, image cards), kept as bytes in the
//! document and written as base64 text in files.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The encoded formats a map may embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImageFormat {
    /// A PNG file.
    Png,
    /// A JPEG file.
    Jpeg,
}

/// An encoded image carried inside the map file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbeddedImage {
    /// How `data` is encoded; an image whose bytes are of another format fails the checks.
    pub format: ImageFormat,
    /// The encoded bytes (PNG or JPEG), base64 in the file.
    #[serde(with = "base64_text")]
    pub data: Vec<u8>,
}

impl EmbeddedImage {
    /// At most this many encoded bytes, so a map stays small enough to mail.
    pub const MAX_BYTES: usize = 2 * 1024 * 1024;
    /// At most this many pixels once decoded, checked from the header before decoding.
    pub const MAX_PIXELS: u64 = 16 * 1024 * 1024;
    /// At most this many pixels on either side.
    pub const MAX_SIDE: u32 = 8192;

    /// At most this many bytes in a PNG's colour profile chunk (iCCP), packed:
    /// real profiles take a few KiB, and one packed a thousand to one would
    /// otherwise unpack to as much memory as the decoder allows, each time the
    /// image is read.
    pub const MAX_COLOUR_PROFILE_BYTES: usize = 64 * 1024;

    /// Reads the image's size from its header without decoding the pixels, and checks
    /// it against the limits. An image that passes can be decoded safely.
    pub fn checked_dimensions(&self) -> Result<(u32, u32), String> {
        if self.data.len() > Self::MAX_BYTES {
            return Err(format!(
                "the image is {} KiB; at most {} KiB can be embedded",
                self.data.len() / 1024,
                Self::MAX_BYTES / 1024
            ));
        }
        let profile = largest_png_colour_profile(&self.data);
        if self.format == ImageFormat::Png && profile > Self::MAX_COLOUR_PROFILE_BYTES {
            let limit = Self::MAX_COLOUR_PROFILE_BYTES;
            return Err(format!(
                "the image's colour profile takes {} KiB packed, {} KiB over the {} KiB allowed",
                profile.div_ceil(1024),
                (profile - limit).div_ceil(1024),
                limit / 1024
            ));
        }
        let reader = image::ImageReader::with_format(
            std::io::Cursor::new(&self.data),
            self.format.decoder(),
        );
        let (width, height) = reader
            .into_dimensions()
            .map_err(|err| format!("the image is not a readable {:?} file ({err})", self.format))?;
        if width == 0 || height == 0 {
            return Err("the image is empty (0 pixels wide or high)".to_owned());
        }
        if width > Self::MAX_SIDE
            || height > Self::MAX_SIDE
            || u64::from(width) * u64::from(height) > Self::MAX_PIXELS
        {
            return Err(format!(
                "the image is {width}×{height} pixels; at most {} pixels a side and {} megapixels are allowed",
                Self::MAX_SIDE,
                Self::MAX_PIXELS / (1024 * 1024)
            ));
        }
        Ok((width, height))
    }

    /// At most this many pixels in all the images of a map together, decoded: the
    /// memory the canvas and the exports hold them in stays bounded.
    pub const MAX_TOTAL_PIXELS: u64 = 4 * Self::MAX_PIXELS;

    /// Checks the header as [`Self::checked_dimensions`] does, then decodes the
    /// whole image once, within those limits: an image whose header is right
    /// but whose data is cut short or damaged is refused when the map is opened,
    /// not found out when it is drawn.
    pub fn checked_whole(&self) -> Result<(u32, u32), String> {
        let dimensions = self.checked_dimensions()?;
        let mut reader = image::ImageReader::with_format(
            std::io::Cursor::new(&self.data),
            self.format.decoder(),
        );
        let mut limits = image::Limits::default();
        limits.max_image_width = Some(Self::MAX_SIDE);
        limits.max_image_height = Some(Self::MAX_SIDE);
        // Four bytes a pixel, and room for the decoder's own buffers.
        limits.max_alloc = Some(Self::MAX_PIXELS * 4 * 2);
        reader.limits(limits);
        reader
            .decode()
            .map_err(|err| format!("the image's data is damaged ({err})"))?;
        Ok(dimensions)
    }
}

/// The size of the largest colour profile chunk (iCCP) of `png`, packed, or 0;
/// found from the chunks' lengths, without unpacking anything.
fn largest_png_colour_profile(png: &[u8]) -> usize {
    const SIGNATURE: usize = 8;
    let mut largest = 0;
    let mut rest = png.get(SIGNATURE..).unwrap_or_default();
    while let (Some(length), Some(kind)) = (rest.get(..4), rest.get(4..8)) {
        let length = u32::from_be_bytes([length[0], length[1], length[2], length[3]]) as usize;
        if kind == b"iCCP" {
            largest = largest.max(length);
        }
        // Length, kind, data and checksum.
        match rest.get(length.saturating_add(12)..) {
            Some(next) => rest = next,
            None => break,
        }
    }
    largest
}

impl ImageFormat {
    fn decoder(self) -> image::ImageFormat {
        match self {
            ImageFormat::Png => image::ImageFormat::Png,
            ImageFormat::Jpeg => image::ImageFormat::Jpeg,
        }
    }
}

mod base64_text {
    use super::*;
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;

    /// Writes the bytes as standard base64 text.
    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(bytes))
    }

    /// Reads standard base64 text back into bytes.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        STANDARD.decode(text.as_bytes()).map_err(|err| {
            serde::de::Error::custom(format!("the image data is not valid base64: {err}"))
        })
    }
}

#[cfg(test)]
mod tests {
    use image::ImageEncoder as _;

    use super::*;

    /// A one-pixel PNG whose colour profile is `profile_bytes` zeros, packed.
    fn png_with_profile(profile_bytes: usize) -> EmbeddedImage {
        png_with_profile_bytes(vec![0; profile_bytes])
    }

    /// A one-pixel PNG with `profile` as its colour profile, packed.
    fn png_with_profile_bytes(profile: Vec<u8>) -> EmbeddedImage {
        let mut data = Vec::new();
        let mut encoder = image::codecs::png::PngEncoder::new(&mut data);
        encoder
            .set_icc_profile(profile)
            .expect("a PNG carries a colour profile");
        encoder
            .write_image(&[0, 0, 0], 1, 1, image::ExtendedColorType::Rgb8)
            .expect("a PNG");
        EmbeddedImage {
            format: ImageFormat::Png,
            data,
        }
    }

    #[test]
    fn a_colour_profile_too_large_is_refused_from_its_length_before_any_unpacking() {
        assert_eq!(png_with_profile(1024).checked_dimensions(), Ok((1, 1)));
        // 100 KiB that do not pack: a profile that large is not a real one.
        let mut state = 1u32;
        let noise: Vec<u8> = (0..100 * 1024)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (state >> 16) as u8
            })
            .collect();
        let bomb = png_with_profile_bytes(noise);

        let message = bomb.checked_dimensions().expect_err("refused");

        assert!(
            message.starts_with("the image's colour profile takes 10")
                && message.contains("KiB over the 64 KiB allowed"),
            "{message}"
        );
    }
}
