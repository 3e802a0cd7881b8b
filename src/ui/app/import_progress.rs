//! While an import runs on its worker thread: a window over the editor that
//! says which file is read, with a spinner, and a Cancel button that keeps the
//! open map. The window takes the imported map once it is made.

use egui::{Context, Id};

use super::ParcoursApp;
use crate::lang::fill;

impl ParcoursApp {
    /// Takes a finished import's map, or shows the import under way.
    pub(super) fn import_progress_ui(&mut self, ctx: &Context) {
        let next = self.session.poll_import();
        self.follow(next, ctx);
        let Some(path) = self.session.importing() else {
            return;
        };
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let words = self.language.words();
        let reading = fill(words.importing_file, &[&self.language.quoted(&name)]);
        let mut cancelled = false;
        egui::Modal::new(Id::unique("import-progress")).show(ctx, |ui| {
            ui.heading(words.importing_title);
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(reading);
            });
            cancelled = ui.button(words.cancel).clicked();
        });
        if cancelled {
            self.session.cancel_import();
        }
    }
}
