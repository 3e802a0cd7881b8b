//! The warnings before a save over a file that changed on disk, and before
//! opening a map that another window has open.

use std::path::Path;

use egui::{Context, Id};

use super::quoted_name;
use crate::session::{GuardChoice, GuardQuestion};

/// Shows a warning and returns what the user chose, once chosen.
pub fn guard_question_ui(ctx: &Context, question: &GuardQuestion) -> Option<GuardChoice> {
    match question {
        GuardQuestion::ChangedOnDisk { path, deleted } => changed_on_disk_ui(ctx, path, *deleted),
        GuardQuestion::AlreadyOpen(path) => already_open_ui(ctx, path),
    }
}

fn changed_on_disk_ui(ctx: &Context, path: &Path, deleted: bool) -> Option<GuardChoice> {
    let name = quoted_name(path);
    let mut choice = None;
    egui::Modal::new(Id::unique("changed-on-disk")).show(ctx, |ui| {
        if deleted {
            ui.heading("File missing");
            ui.label(format!(
                "{name} was deleted or moved since it was opened here. Saving writes it again."
            ));
        } else {
            ui.heading("File changed on disk");
            ui.label(format!(
                "{name} changed on disk since it was opened here: another program or \
                 Parcours window wrote it. Overwriting replaces those changes with this map."
            ));
        }
        ui.small(path.display().to_string());
        ui.horizontal(|ui| {
            if ui.button("Overwrite").clicked() {
                choice = Some(GuardChoice::Overwrite(path.to_path_buf()));
            }
            if ui.button("Save As…").clicked() {
                choice = Some(GuardChoice::SaveAs);
            }
            if !deleted && ui.button("Reload from disk").clicked() {
                choice = Some(GuardChoice::Reload(path.to_path_buf()));
            }
            if ui.button("Cancel").clicked() {
                choice = Some(GuardChoice::CancelSave);
            }
        });
    });
    choice
}

fn already_open_ui(ctx: &Context, path: &Path) -> Option<GuardChoice> {
    let name = quoted_name(path);
    let mut choice = None;
    egui::Modal::new(Id::unique("already-open")).show(ctx, |ui| {
        ui.heading("Map already open");
        ui.label(format!(
            "{name} is already open in another Parcours window. Changes saved there and \
             here would overwrite each other."
        ));
        ui.small(path.display().to_string());
        ui.horizontal(|ui| {
            if ui.button("Open anyway").clicked() {
                choice = Some(GuardChoice::OpenAnyway(path.to_path_buf()));
            }
            if ui.button("Cancel").clicked() {
                choice = Some(GuardChoice::CancelOpen);
            }
        });
    });
    choice
}
