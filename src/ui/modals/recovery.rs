//! The offer to recover maps a crashed Parcours left unsaved.

use egui::{Context, Id};

use crate::file::Recovered;
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
    let now = seconds_now();
    let mut choice = None;
    egui::Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.heading("Recover unsaved work");
        ui.label("Parcours closed before these maps were saved:");
        for (i, recovered) in recovered.iter().enumerate() {
            ui.separator();
            let info = &recovered.info;
            ui.strong(&info.title);
            let file = info
                .original
                .as_ref()
                .map_or("never saved".to_owned(), |p| p.display().to_string());
            let age = age(now.saturating_sub(info.saved_at));
            ui.label(format!("{file} · copy saved {age}"));
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    choice = Some(RecoveryChoice::Restore(i));
                }
                if ui.button("Discard").clicked() {
                    choice = Some(RecoveryChoice::Discard(i));
                }
            });
        }
        ui.separator();
        if ui.button("Decide later").clicked() {
            choice = Some(RecoveryChoice::Later);
        }
    });
    choice
}
