//! The compare mode's side panel: what the map is compared with, buttons to
//! step through the changes and to leave, the list of changes (a click makes
//! one current and selects its element), and the fields the current change
//! changed, before and after.

use egui::{RichText, Ui};

use super::paint::{ADDED, CHANGED, REMOVED};
use super::{CompareMode, CompareMove};
use crate::compare::{ChangeKind, MatchedBy, field_in_words, field_value_in_words};
use crate::lang::fill;
use crate::model::JourneyMap;

impl CompareMode {
    /// Draws the panel; what the user asked, if anything.
    pub(super) fn list_ui(&mut self, ui: &mut Ui, map: &JourneyMap) -> Option<CompareMove> {
        let words = crate::ui::words(ui.ctx());
        ui.heading(fill(words.compared_with, &[&self.other_name]));
        let mut chosen = self.buttons_ui(ui);
        let reveal = std::mem::take(&mut self.reveal);
        let shown = self.shown.as_ref()?;
        let language = shown.key.1;
        let count = shown.comparison.changes.len();
        ui.label(language.counted(count, words.change_one, words.change_many));
        if shown.comparison.matched_by == MatchedBy::Similarity {
            ui.label(RichText::new(words.paired_by_similarity).small());
        }
        if count == 0 {
            ui.label(words.no_changes);
        }
        legend_ui(ui);
        ui.separator();
        self.details_ui(ui, map);
        let mut picked = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (index, lines) in shown.lines.iter().enumerate() {
                let current = self.current == Some(index);
                let colour = change_colour(&shown.comparison.changes[index].what);
                let text = RichText::new(lines.join("\n")).color(colour);
                let entry = ui.selectable_label(current, text);
                if current && reveal {
                    entry.scroll_to_me(None);
                }
                if entry.clicked() {
                    picked = Some(index);
                }
            }
        });
        if let Some(index) = picked {
            chosen = self.go_to(index).or(chosen);
        }
        chosen
    }

    fn buttons_ui(&mut self, ui: &mut Ui) -> Option<CompareMove> {
        let words = crate::ui::words(ui.ctx());
        let mut chosen = None;
        ui.horizontal(|ui| {
            if ui
                .button(words.previous_change)
                .on_hover_text(words.change_keys_tip)
                .clicked()
            {
                chosen = self.step(-1);
            }
            if ui
                .button(words.next_change)
                .on_hover_text(words.change_keys_tip)
                .clicked()
            {
                chosen = self.step(1);
            }
        });
        if ui
            .button(words.leave_compare)
            .on_hover_text(words.change_keys_tip)
            .clicked()
        {
            chosen = Some(CompareMove::Leave);
        }
        chosen
    }

    /// The fields the current change changed: before in the other map, after
    /// in the open one.
    fn details_ui(&self, ui: &mut Ui, map: &JourneyMap) {
        let Some(shown) = &self.shown else { return };
        let Some(change) = self.current.and_then(|c| shown.comparison.changes.get(c)) else {
            return;
        };
        let ChangeKind::Changed(fields) = &change.what else {
            return;
        };
        let words = crate::ui::words(ui.ctx());
        let language = shown.key.1;
        ui.label(
            RichText::new(crate::compare::element_in_words(
                map,
                change.element(),
                language,
            ))
            .strong(),
        );
        for field in fields {
            ui.strong(field_in_words(&field.field, language));
            for (heading, value) in [
                (words.before_heading, &field.before),
                (words.after_heading, &field.after),
            ] {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(heading).weak());
                    ui.label(field_value_in_words(&field.field, value.as_ref(), language));
                });
            }
        }
        ui.separator();
    }
}

/// The colours of the marks and what each means.
fn legend_ui(ui: &mut Ui) {
    let words = crate::ui::words(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        for (colour, name) in [
            (ADDED, words.mark_added),
            (REMOVED, words.mark_removed),
            (CHANGED, words.mark_changed),
            (CHANGED, words.mark_moved),
        ] {
            ui.label(RichText::new("■").color(colour));
            ui.label(name);
        }
    });
}

/// The colour a change is listed in.
fn change_colour(what: &ChangeKind) -> egui::Color32 {
    match what {
        ChangeKind::Added => ADDED,
        ChangeKind::Removed => REMOVED,
        _ => CHANGED,
    }
}
