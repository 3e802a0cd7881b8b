//! The conflicts panel of a merged map: each conflict a merge recorded, with
//! its element, its field and the three values, and buttons to take ours, take
//! theirs, or select the element to edit it and then keep it as it is. The app
//! applies each choice as one undo step.

use egui::{RichText, Ui};

use crate::compare::{element_in_words, field_in_words, field_value_in_words};
use crate::lang::Language;
use crate::model::{Conflict, JourneyMap};

/// What the user chose for one conflict, by its place in the map's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictMove {
    /// Keep our value.
    TakeOurs(usize),
    /// Put their value in place.
    TakeTheirs(usize),
    /// Select the element, to edit it by hand.
    Edit(usize),
    /// Keep the element as the map has it now.
    KeepAsItIs(usize),
}

/// Draws the map's conflicts; the choice made, if any.
pub fn conflicts_panel_ui(ui: &mut Ui, map: &JourneyMap) -> Option<ConflictMove> {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.heading(words.conflicts_heading);
    ui.label(words.conflicts_intro);
    let mut chosen = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (index, conflict) in map.conflicts.iter().enumerate() {
            ui.separator();
            ui.push_id(index, |ui| {
                if let Some(choice) = conflict_ui(ui, map, conflict, index, language) {
                    chosen = Some(choice);
                }
            });
        }
    });
    chosen
}

fn conflict_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    conflict: &Conflict,
    index: usize,
    language: Language,
) -> Option<ConflictMove> {
    let words = language.words();
    let mut element = element_in_words(map, conflict.element, language);
    if !conflict.is_deletion() {
        let field = field_in_words(&conflict.field, language);
        element = format!("{element} · {field}");
    }
    ui.label(RichText::new(element).strong());
    let value = |value: &Option<serde_json::Value>| match (value, conflict.is_deletion()) {
        (None, true) => words.conflict_deleted.to_owned(),
        (value, _) => field_value_in_words(&conflict.field, value.as_ref(), language),
    };
    egui::Grid::new("conflict-values")
        .num_columns(2)
        .show(ui, |ui| {
            for (name, text) in [
                (words.conflict_base, value(&conflict.base)),
                (words.conflict_ours, value(&conflict.ours)),
                (words.conflict_theirs, value(&conflict.theirs)),
            ] {
                ui.label(name);
                ui.label(text);
                ui.end_row();
            }
        });
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button(words.take_ours).clicked() {
            chosen = Some(ConflictMove::TakeOurs(index));
        }
        if ui.button(words.take_theirs).clicked() {
            chosen = Some(ConflictMove::TakeTheirs(index));
        }
        let edit = ui
            .button(words.edit_conflict)
            .on_hover_text(words.edit_conflict_tip);
        if edit.clicked() {
            chosen = Some(ConflictMove::Edit(index));
        }
        if ui.button(words.keep_as_it_is).clicked() {
            chosen = Some(ConflictMove::KeepAsItIs(index));
        }
    });
    chosen
}
