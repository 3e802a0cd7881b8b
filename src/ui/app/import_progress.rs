//! While an import runs on its worker thread: once it has run a second, a
//! window over the editor says which file is read and how far the import got,
//! with a bar and its rows, and a Cancel button that stops the import and
//! keeps the open map. The window takes the imported map once it is made.

use std::time::Duration;

use egui::{Context, Id, ProgressBar};

use super::ParcoursApp;
use crate::interchange::{ImportStage, Reached};
use crate::lang::{Language, fill, grouped};

/// How often the window looks at the import's progress while it runs.
const PROGRESS_REFRESH: Duration = Duration::from_millis(100);

impl ParcoursApp {
    /// Takes a finished import's map, or shows the import under way.
    pub(super) fn import_progress_ui(&mut self, ctx: &Context) {
        let now = ctx.input(|input| input.time);
        let was_importing = self.session.importing().is_some();
        let next = self.session.poll_import(now);
        self.follow(next, ctx);
        if self.session.importing().is_none() {
            if was_importing {
                // The panels were drawn before the import's map came: draw them again.
                ctx.request_repaint();
            }
            return;
        }
        ctx.request_repaint_after(PROGRESS_REFRESH);
        let Some(shown) = self.session.import_to_show(now) else {
            return;
        };
        let name = shown.path.file_name().map_or_else(
            || shown.path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let words = self.language.words();
        let reading = fill(words.importing_file, &[&self.language.quoted(&name)]);
        let fraction = shown.progress.fraction();
        let reached = shown.progress.reached();
        let rows = rows_text(self.language, reached);
        // Until the rows are counted, and while the map is checked, the bar
        // moves to show the import lives.
        let moving = reached.rows == 0 || reached.stage == ImportStage::Checking;
        let mut cancelled = false;
        egui::Modal::new(Id::unique("import-progress")).show(ctx, |ui| {
            ui.heading(words.importing_title);
            ui.label(reading);
            let bar = ProgressBar::new(fraction).desired_width(360.0);
            let bar = bar.animate(moving);
            ui.add(bar.text(rows.unwrap_or_default()));
            cancelled = ui.button(words.cancel).clicked();
        });
        if cancelled {
            self.session.cancel_import();
        }
    }
}

/// "12,400 of 20,000 rows read", "Checking the map…", or nothing while the
/// rows are not counted yet.
fn rows_text(language: Language, reached: Reached) -> Option<String> {
    let words = language.words();
    let pattern = match reached.stage {
        ImportStage::Checking => return Some(words.import_checking.to_owned()),
        _ if reached.rows == 0 => return None,
        ImportStage::Reading => words.import_rows_read,
        ImportStage::Building => words.import_rows_built,
    };
    let done = grouped(language, reached.done);
    let rows = grouped(language, reached.rows);
    Some(fill(pattern, &[&done, &rows]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rows_are_counted_in_each_language_s_words_and_numbers() {
        let reading = Reached {
            stage: ImportStage::Reading,
            done: 12_400,
            rows: 20_000,
        };
        let english = rows_text(Language::English, reading);
        assert_eq!(english.as_deref(), Some("12,400 of 20,000 rows read"));
        let french = rows_text(Language::French, reading);
        assert_eq!(
            french.as_deref(),
            Some("Lignes lues\u{a0}: 12\u{202f}400 sur 20\u{202f}000")
        );
        let building = Reached {
            stage: ImportStage::Building,
            ..reading
        };
        let french = rows_text(Language::French, building);
        assert!(french.is_some_and(|text| text.starts_with("Lignes mises en cartes")));
        let uncounted = Reached {
            rows: 0,
            done: 0,
            ..reading
        };
        assert_eq!(rows_text(Language::English, uncounted), None);
        let checking = Reached {
            stage: ImportStage::Checking,
            ..reading
        };
        let english = rows_text(Language::English, checking);
        assert_eq!(english.as_deref(), Some("Checking the map…"));
    }
}
