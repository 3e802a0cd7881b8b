//! "Save the changes first?", asked before something discards unsaved changes.

use egui::{Context, Id};

use crate::lang::fill;
use crate::session::UnsavedChoice;

/// Asks whether to save the changes to the map named `file_name` (None: never
/// saved); returns the answer once given.
pub fn unsaved_changes_ui(ctx: &Context, file_name: Option<&str>) -> Option<UnsavedChoice> {
    let language = crate::ui::language(ctx);
    let words = language.words();
    let name = file_name.map_or_else(|| words.this_map.to_owned(), |name| language.quoted(name));
    let mut choice = None;
    egui::Modal::new(Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.heading(words.unsaved_title);
        ui.label(fill(words.unsaved_body, &[&name]));
        ui.horizontal(|ui| {
            if ui.button(words.save).clicked() {
                choice = Some(UnsavedChoice::Save);
            }
            if ui.button(words.discard_changes).clicked() {
                choice = Some(UnsavedChoice::Discard);
            }
            if ui.button(words.cancel).clicked() {
                choice = Some(UnsavedChoice::Cancel);
            }
        });
    });
    choice
}
