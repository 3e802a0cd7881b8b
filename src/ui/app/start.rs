//! The start screen in the window: shown in place of the panels and the canvas
//! until a map is opened or made, whichever way.

use egui::Ui;

use super::ParcoursApp;
use crate::edit::Document;
use crate::session::Pending;
use crate::ui::start::{StartMove, StartScreen};

impl ParcoursApp {
    /// The same window showing the start screen (the recent maps, templates
    /// and examples) until a map is opened or made.
    pub fn with_start_screen(mut self) -> Self {
        let screen = StartScreen::new(&self.session.recent);
        self.start = Some((self.session.serial(), screen));
        self
    }

    /// Whether the start screen is shown.
    pub fn shows_start_screen(&self) -> bool {
        self.start.is_some()
    }

    /// Draws the start screen while it is on; true when it was drawn, in place
    /// of the panels and the canvas.
    pub(super) fn start_screen_ui(&mut self, ui: &mut Ui) -> bool {
        let Some((serial, screen)) = &mut self.start else {
            return false;
        };
        if *serial != self.session.serial() {
            // A map was opened or made, from the screen or from the menus.
            self.start = None;
            return false;
        }
        let chosen = egui::CentralPanel::default()
            .show(ui, |ui| screen.ui(ui))
            .inner;
        let ctx = ui.ctx().clone();
        match chosen {
            StartMove::Nothing => {}
            StartMove::OpenRecent(path) => self.request(Pending::Open(path), &ctx),
            StartMove::NewMap(map) => {
                let document = Box::new(Document::new_unsaved(*map));
                self.request(Pending::Replace(document), &ctx);
            }
            StartMove::Open => self.request(Pending::ChooseFileToOpen, &ctx),
            StartMove::Import => self.request(Pending::ChooseFileToImport, &ctx),
            StartMove::Failed(english) => self.session.tell(english),
        }
        true
    }
}
