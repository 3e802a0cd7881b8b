//! The palette: channels and card kinds to drag onto the canvas.

use egui::{Id, RichText, Ui};

use crate::model::{Channel, LaneKind};
use crate::scene::channel_icon;

/// What is dragged from the palette.
#[derive(Clone, Debug, PartialEq)]
pub enum PaletteItem {
    /// A touchpoint card of this channel, for the touchpoints lane.
    Touchpoint(Channel),
    /// A card for a lane of this kind (pain points, opportunities...).
    Card(LaneKind),
}

/// The card kinds offered besides touchpoints.
const CARD_KINDS: [LaneKind; 7] = [
    LaneKind::Does,
    LaneKind::Thinks,
    LaneKind::PainPoints,
    LaneKind::Successes,
    LaneKind::Opportunities,
    LaneKind::Actions,
    LaneKind::Metrics,
];

impl PaletteItem {
    /// The kind of lane the new card goes in.
    pub fn lane_kind(&self) -> LaneKind {
        match self {
            PaletteItem::Touchpoint(_) => LaneKind::Touchpoints,
            PaletteItem::Card(kind) => *kind,
        }
    }

    /// The channel of the new card; None unless it is a touchpoint.
    pub fn channel(&self) -> Option<Channel> {
        match self {
            PaletteItem::Touchpoint(channel) => Some(channel.clone()),
            PaletteItem::Card(_) => None,
        }
    }

    /// The text a new card starts with, ready to be typed over.
    pub fn default_text(&self) -> String {
        match self {
            PaletteItem::Touchpoint(channel) => channel.label().to_owned(),
            PaletteItem::Card(kind) => new_card_text(*kind).to_owned(),
        }
    }

    /// The item's name in the palette, after its channel's icon for a touchpoint.
    pub fn label(&self) -> String {
        match self {
            PaletteItem::Touchpoint(channel) => {
                format!("{} {}", channel_icon(channel), channel.label())
            }
            PaletteItem::Card(kind) => kind.label().to_owned(),
        }
    }
}

pub fn palette_ui(ui: &mut Ui) {
    ui.heading("Palette");
    ui.label(RichText::new("Drag onto the map").weak());
    ui.add_space(6.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.strong("Touchpoints");
        for channel in Channel::BUILT_IN {
            item_ui(ui, PaletteItem::Touchpoint(channel));
        }
        ui.add_space(8.0);
        ui.strong("Cards");
        for kind in CARD_KINDS {
            item_ui(ui, PaletteItem::Card(kind));
        }
    });
}

fn item_ui(ui: &mut Ui, item: PaletteItem) {
    let label = item.label();
    let id = Id::unique(("palette", &label));
    ui.dnd_drag_source(id, item, |ui| {
        let response = ui.add(egui::Button::new(&label).sense(egui::Sense::hover()));
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Palette: {label}"))
        });
    });
}

/// The text of a new card of a lane kind: one item of the kind, in the singular.
fn new_card_text(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Does => "What the customer does",
        LaneKind::Thinks => "What the customer thinks",
        LaneKind::PainPoints => "New pain point",
        LaneKind::Successes => "New success",
        LaneKind::Opportunities => "New opportunity",
        LaneKind::Actions => "New action",
        LaneKind::Metrics => "New metric",
        _ => "New card",
    }
}

#[cfg(test)]
mod tests {
    use super::{CARD_KINDS, PaletteItem};
    use crate::model::LaneKind;

    #[test]
    fn new_cards_name_one_item_of_their_kind() {
        let text = |kind| PaletteItem::Card(kind).default_text();
        assert_eq!(text(LaneKind::PainPoints), "New pain point");
        assert_eq!(text(LaneKind::Opportunities), "New opportunity");
        assert_eq!(text(LaneKind::Metrics), "New metric");
        for kind in CARD_KINDS {
            assert_ne!(text(kind), "New card", "{kind:?} has a text of its own");
        }
    }
}
