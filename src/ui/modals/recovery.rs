//! The offer to recover maps a crashed Parcours left unsaved.

use egui::{Context, Id};

use crate::file::Recovered;
use crate::lang::fill;
use crate::session::{age, seconds_now};

/// What the user chose for the copies left behind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoveryChoice {
    /// Open the copy at this index.
    Restore(usize),
    /// Delete the copy at this index.
    Discard(usize),
    /// Ask again at the next start.
    Later,
}

/// Lists the copies with their file and age; returns the choice once made.
pub fn recovery_ui(ctx: &Context, recovered: &[Recovered]) -> Option<RecoveryChoice> {
    let language = crate::ui::language(ctx);
    let words = language.words();
    let now = seconds_now();
    let mut choice = None;
    egui::Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.heading(words.recovery_title);
        ui.label(words.recovery_intro);
        for (i, recovered) in recovered.iter().enumerate() {
            ui.separator();
            let info = &recovered.info;
            ui.strong(&info.title);
            let file = info
                .original
                .as_ref()
                .map_or(words.never_saved.to_owned(), |p| p.display().to_string());
            let age = age(now.saturating_sub(info.saved_at), language);
            ui.label(fill(words.copy_saved, &[&file, &age]));
            ui.horizontal(|ui| {
                if ui.button(words.restore).clicked() {
                    choice = Some(RecoveryChoice::Restore(i));
                }
                if ui.button(words.discard).clicked() {
                    choice = Some(RecoveryChoice::Discard(i));
                }
            });
        }
        ui.separator();
        if ui.button(words.decide_later).clicked() {
            choice = Some(RecoveryChoice::Later);
        }
    });
    choice
}
