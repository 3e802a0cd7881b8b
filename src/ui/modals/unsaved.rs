//! "Save the changes first?", asked before something discards unsaved changes.

use egui::{Context, Id};

use crate::session::UnsavedChoice;

/// Asks whether to save the changes to the map named `file_name` (None: never
/// saved); returns the answer once given.
pub fn unsaved_changes_ui(ctx: &Context, file_name: Option<&str>) -> Option<UnsavedChoice> {
    let name = file_name.map_or_else(|| "this map".to_owned(), |name| format!("“{name}”"));
    let mut choice = None;
    egui::Modal::new(Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.heading("Unsaved changes");
        ui.label(format!(
            "Save the changes to {name} first? Otherwise they are lost."
        ));
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                choice = Some(UnsavedChoice::Save);
            }
            if ui.button("Discard changes").clicked() {
                choice = Some(UnsavedChoice::Discard);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(UnsavedChoice::Cancel);
            }
        });
    });
    choice
}
