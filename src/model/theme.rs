//! Colours and the theme that lets a map carry a client's look.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An opaque sRGB colour, written in files as `"#RRGGBB"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0 to 255.
    pub r: u8,
    /// Green, 0 to 255.
    pub g: u8,
    /// Blue, 0 to 255.
    pub b: u8,
}

impl Color {
    /// A colour from its red, green and blue channels.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// Parses `#RRGGBB` (the `#` is optional, case does not matter).
    pub fn from_hex(text: &str) -> Option<Self> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Self::rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// The colour as files write it: `#RRGGBB`, upper case.
    pub fn to_hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.r, self.g, self.b)
    }
}

impl Serialize for Color {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Color::from_hex(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a colour: write it as \"#RRGGBB\", e.g. \"#4F7CEC\""
            ))
        })
    }
}

/// The look of a map: stage colours, brand colour and text size.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stage colours, used in turn for stages without a colour of their own.
    pub palette: Vec<Color>,
    /// The client's brand colour: title accents and the brand-controlled mark.
    pub brand: Color,
    /// Background of the canvas and of exports.
    pub background: Color,
    /// Body text size in points at 100% zoom.
    pub font_size: f32,
}

impl Theme {
    /// The smallest body text size a valid map may have, in points.
    pub const MIN_FONT_SIZE: f32 = 8.0;
    /// The largest body text size a valid map may have, in points.
    pub const MAX_FONT_SIZE: f32 = 40.0;

    /// The colour of the stage at `index`, cycling through the palette.
    pub fn palette_color(&self, index: usize) -> Color {
        match self.palette.len() {
            0 => self.brand,
            n => self.palette[index % n],
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self {
            palette: vec![
                Color::rgb(0x5B, 0x8D, 0xEF),
                Color::rgb(0x7B, 0x6F, 0xE0),
                Color::rgb(0x2B, 0xB0, 0x8F),
                Color::rgb(0xF2, 0xA5, 0x41),
                Color::rgb(0xE8, 0x68, 0x7F),
                Color::rgb(0x3F, 0xA9, 0xD9),
            ],
            brand: Color::rgb(0x2F, 0x3E, 0x5C),
            background: Color::rgb(0xF7, 0xF8, 0xFA),
            font_size: 14.0,
        }
    }
}
