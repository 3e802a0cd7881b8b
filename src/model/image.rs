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
