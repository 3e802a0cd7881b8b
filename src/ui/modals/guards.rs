//! The warnings before a save over a file that changed on disk, and before
//! opening a map that another window has open.

use std::path::Path;

use egui::{Context, Id};

use super::quoted_name;
use crate::lang::fill;
use crate::session::{GuardChoice, GuardQuestion};

/// Shows a warning and returns what the user chose, once chosen.
pub fn guard_question_ui(ctx: &Context, question: &GuardQuestion) -> Option<GuardChoice> {
    match question {
        GuardQuestion::ChangedOnDisk { path, deleted } => changed_on_disk_ui(ctx, path, *deleted),
        GuardQuestion::AlreadyOpen(path) => already_open_ui(ctx, path),
    }
}

fn changed_on_disk_ui(ctx: &Context, path: &Path, deleted: bool) -> Option<GuardChoice> {
    let language = crate::ui::language(ctx);
    let words = language.words();
    let name = quoted_name(path, language);
    let mut choice = None;
    egui::Modal::new(Id::unique("changed-on-disk")).show(ctx, |ui| {
        if deleted {
            ui.heading(words.file_missing);
            ui.label(fill(words.file_missing_body, &[&name]));
        } else {
            ui.heading(words.changed_on_disk);
            ui.label(fill(words.changed_on_disk_body, &[&name]));
        }
        ui.small(path.display().to_string());
        ui.horizontal(|ui| {
            if ui.button(words.overwrite).clicked() {
                choice = Some(GuardChoice::Overwrite(path.to_path_buf()));
            }
            if ui.button(words.save_as).clicked() {
                choice = Some(GuardChoice::SaveAs);
            }
            if !deleted && ui.button(words.reload_from_disk).clicked() {
                choice = Some(GuardChoice::Reload(path.to_path_buf()));
            }
            if ui.button(words.cancel).clicked() {
                choice = Some(GuardChoice::CancelSave);
            }
        });
    });
    choice
}

fn already_open_ui(ctx: &Context, path: &Path) -> Option<GuardChoice> {
    let language = crate::ui::language(ctx);
    let words = language.words();
    let name = quoted_name(path, language);
    let mut choice = None;
    egui::Modal::new(Id::unique("already-open")).show(ctx, |ui| {
        ui.heading(words.already_open);
        ui.label(fill(words.already_open_body, &[&name]));
        ui.small(path.display().to_string());
        ui.horizontal(|ui| {
            if ui.button(words.open_anyway).clicked() {
                choice = Some(GuardChoice::OpenAnyway(path.to_path_buf()));
            }
            if ui.button(words.cancel).clicked() {
                choice = Some(GuardChoice::CancelOpen);
            }
        });
    });
    choice
}
