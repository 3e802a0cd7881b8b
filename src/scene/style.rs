//! Colours and icons of the map's look.

use egui::Color32;

use crate::model::{Channel, Color, LaneKind};

/// Main text: lane titles, card text, persona names.
pub const INK: Color32 = Color32::from_rgb(0x1F, 0x24, 0x30);
/// Secondary text and marks: step names, image captions, the emotion scale and
/// faces, main-path links, the channel badge of touchpoints the brand does not control.
pub const MUTED_INK: Color32 = Color32::from_rgb(0x5B, 0x64, 0x75);
/// Background of a lane's row.
pub const LANE_FILL: Color32 = Color32::WHITE;
/// Outline of lane rows and persona chips, and the dashed lines between stages.
pub const LANE_STROKE: Color32 = Color32::from_rgb(0xE1, 0xE5, 0xEC);
/// The dashed line across the emotion lane at score 0 (or the scale's end nearest to it).
pub const ZERO_LINE: Color32 = Color32::from_rgb(0xC8, 0xCE, 0xD8);
/// Moments of truth: the star on the card and its label.
pub const MOMENT: Color32 = Color32::from_rgb(0xF2, 0xA5, 0x41);

/// A document colour as egui draws it.
pub fn color32(color: Color) -> Color32 {
    Color32::from_rgb(color.r, color.g, color.b)
}

/// A light tint of a colour, for card backgrounds.
pub fn tint(color: Color32, amount: f32) -> Color32 {
    let mix = |c: u8| (255.0 - (255.0 - f32::from(c)) * amount).round() as u8;
    Color32::from_rgb(mix(color.r()), mix(color.g()), mix(color.b()))
}

/// The fill and border of a card in a lane of this kind; touchpoints take their
/// stage's colour.
pub fn lane_colors(kind: LaneKind, stage: Color32) -> (Color32, Color32) {
    let red = Color32::from_rgb(0xE8, 0x68, 0x7F);
    let green = Color32::from_rgb(0x2B, 0xB0, 0x8F);
    let amber = Color32::from_rgb(0xE0, 0x9B, 0x2D);
    let grey = (
        Color32::from_rgb(0xF4, 0xF5, 0xF8),
        Color32::from_rgb(0xDD, 0xE1, 0xE8),
    );
    match kind {
        LaneKind::Touchpoints => (Color32::WHITE, stage),
        LaneKind::PainPoints => (tint(red, 0.13), red),
        LaneKind::Successes | LaneKind::Opportunities => (tint(green, 0.12), green),
        LaneKind::Actions => (tint(amber, 0.14), amber),
        LaneKind::Metrics => (tint(stage, 0.08), tint(stage, 0.5)),
        LaneKind::Frontstage => (tint(stage, 0.06), tint(stage, 0.45)),
        _ => grey,
    }
}

/// The glyph drawn in a touchpoint's channel badge.
pub fn channel_icon(channel: &Channel) -> &'static str {
    match channel {
        Channel::Website => "🌐",
        Channel::Store => "🏬",
        Channel::Phone => "📞",
        Channel::Email => "✉",
        Channel::Newsletter => "📰",
        Channel::Sms => "💬",
        Channel::LiveChat => "💭",
        Channel::Chatbot => "💻",
        Channel::MobileApp => "📱",
        Channel::SocialNetwork => "👥",
        Channel::Forum => "📝",
        Channel::SelfCare => "❓",
        Channel::ReviewSite => "⭐",
        Channel::WordOfMouth => "👂",
        Channel::Ads => "📣",
        Channel::DirectMail => "📮",
        Channel::Event => "🎪",
        Channel::Custom(_) => "🏷",
    }
}
