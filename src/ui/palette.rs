//! The palette: channels and card kinds to drag onto the canvas.

use egui::{Id, RichText, Ui};

use crate::lang::{Language, Words, fill};
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

    /// The text a new card starts with in `language`, ready to be typed over.
    pub fn default_text(&self, language: Language) -> String {
        match self {
            PaletteItem::Touchpoint(channel) => language.channel(channel).to_owned(),
            PaletteItem::Card(kind) => new_card_text(*kind, language.words()).to_owned(),
        }
    }

    /// The item's name in the palette, after its channel's icon for a touchpoint.
    pub fn label(&self, language: Language) -> String {
        match self {
            PaletteItem::Touchpoint(channel) => {
                format!("{} {}", channel_icon(channel), language.channel(channel))
            }
            PaletteItem::Card(kind) => language.lane_kind(*kind).to_owned(),
        }
    }
}

/// The palette panel: touchpoints of every channel, then cards of every kind.
pub fn palette_ui(ui: &mut Ui) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.heading(words.palette);
    ui.label(RichText::new(words.palette_hint).weak());
    ui.add_space(6.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.strong(words.palette_touchpoints);
        for channel in Channel::BUILT_IN {
            item_ui(ui, PaletteItem::Touchpoint(channel), language);
        }
        ui.add_space(8.0);
        ui.strong(words.palette_cards);
        for kind in CARD_KINDS {
            item_ui(ui, PaletteItem::Card(kind), language);
        }
    });
}

fn item_ui(ui: &mut Ui, item: PaletteItem, language: Language) {
    let label = item.label(language);
    // The same id in every language: a drag goes on when the language changes.
    let id = Id::unique(("palette", &item.label(Language::English)));
    let name = fill(language.words().palette_item, &[&label]);
    ui.dnd_drag_source(id, item, |ui| {
        let response = ui.add(egui::Button::new(&label).sense(egui::Sense::hover()));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    });
}

/// The text of a new card of a lane kind: one item of the kind, in the singular.
fn new_card_text(kind: LaneKind, words: &Words) -> &'static str {
    match kind {
        LaneKind::Does => words.new_card_does,
        LaneKind::Thinks => words.new_card_thinks,
        LaneKind::PainPoints => words.new_pain_point,
        LaneKind::Successes => words.new_success,
        LaneKind::Opportunities => words.new_opportunity,
        LaneKind::Actions => words.new_action,
        LaneKind::Metrics => words.new_metric,
        _ => words.new_card,
    }
}

#[cfg(test)]
mod tests {
    use super::{CARD_KINDS, PaletteItem};
    use crate::lang::Language;
    use crate::model::LaneKind;

    #[test]
    fn new_cards_name_one_item_of_their_kind() {
        let text = |kind| PaletteItem::Card(kind).default_text(Language::English);
        assert_eq!(text(LaneKind::PainPoints), "New pain point");
        assert_eq!(text(LaneKind::Opportunities), "New opportunity");
        assert_eq!(text(LaneKind::Metrics), "New metric");
        for kind in CARD_KINDS {
            assert_ne!(text(kind), "New card", "{kind:?} has a text of its own");
        }
    }

    #[test]
    fn new_cards_read_naturally_in_french() {
        let text = |kind| PaletteItem::Card(kind).default_text(Language::French);
        assert_eq!(text(LaneKind::PainPoints), "Nouvel irritant");
        assert_eq!(text(LaneKind::Opportunities), "Nouvelle opportunité");
        assert_eq!(text(LaneKind::Metrics), "Nouvel indicateur");
        for kind in CARD_KINDS {
            assert_ne!(
                text(kind),
                "Nouvelle carte",
                "{kind:?} has a text of its own"
            );
        }
    }
}
