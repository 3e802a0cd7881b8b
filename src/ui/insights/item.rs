//! The pieces every section is made of: a titled section and a clickable item.

use egui::{RichText, Ui};

use crate::model::{CardId, JourneyMap, StageId};
use crate::ui::selection::Selection;

/// A section that opens folded out, titled `title`, drawn only when `shown`.
pub fn section(ui: &mut Ui, title: &str, shown: bool, body: impl FnOnce(&mut Ui)) {
    if !shown {
        return;
    }
    egui::CollapsingHeader::new(title)
        .default_open(true)
        .show(ui, body);
}

/// How many items of a list the panel shows; the rest are counted.
const SHOWN_ITEMS: usize = 12;

/// Draws the first items of a list with `draw`, the most pressing first as the
/// analysis ranks them, and counts the others ("and 40 more"): on a map of
/// thousands of cards the panel stays short and quick to draw.
pub fn capped<T>(
    ui: &mut Ui,
    items: impl IntoIterator<Item = T>,
    mut draw: impl FnMut(&mut Ui, T),
) {
    let mut items = items.into_iter();
    for item in items.by_ref().take(SHOWN_ITEMS) {
        draw(ui, item);
    }
    let more = items.count();
    if more > 0 {
        let words = crate::ui::words(ui.ctx());
        ui.label(RichText::new(crate::lang::fill(words.more_items, &[&more])).weak());
    }
}

/// One line: `text` as a link that picks `target`, then `detail` in grey.
pub fn item(
    ui: &mut Ui,
    text: &str,
    detail: &str,
    target: Selection,
    chosen: &mut Option<Selection>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.link(or_dash(text)).clicked() {
            *chosen = Some(target);
        }
        if !detail.is_empty() {
            ui.label(RichText::new(detail).weak());
        }
    });
}

/// A text of the map, or a dash when it is empty, so that its link can be clicked.
fn or_dash(text: &str) -> &str {
    if text.trim().is_empty() { "—" } else { text }
}

/// The card's text as the map gives it.
pub fn card_text(map: &JourneyMap, card: CardId) -> &str {
    map.card(card).map_or("", |c| c.text.as_str())
}

/// The stage's name as the map gives it.
pub fn stage_name(map: &JourneyMap, stage: StageId) -> &str {
    map.stage(stage).map_or("", |s| s.name.as_str())
}

/// The selection of one card.
pub fn one_card(card: CardId) -> Selection {
    Selection::Cards(vec![card])
}

/// A number with at most two decimals, in the interface's language.
pub fn number(ui: &Ui, value: f64) -> String {
    let language = crate::ui::language(ui.ctx());
    crate::lang::with_decimal_mark(language, crate::insights::number(value))
}

/// A score with its sign, as the emotion curve's scale reads: "+2", "-1", "0".
pub fn signed(ui: &Ui, score: f64) -> String {
    let text = number(ui, score);
    if score > 0.0 {
        ["+", &text].concat()
    } else {
        text
    }
}

/// Parts of a detail, the empty ones left out, joined by a middle dot.
pub fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}
