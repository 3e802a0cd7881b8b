//! The Insights panel in the window: shown beside the inspector while on; a
//! click on one of its items selects that element and brings it into view.

use egui::Ui;

use super::ParcoursApp;
use crate::ui::insights::{InsightsPanel, place_of};

impl ParcoursApp {
    /// Shows the Insights panel, or hides it when shown.
    pub(super) fn toggle_insights(&mut self) {
        self.insights = match self.insights.take() {
            Some(_) => None,
            None => Some(InsightsPanel::default()),
        };
    }

    /// Whether the Insights panel is shown.
    pub fn shows_insights(&self) -> bool {
        self.insights.is_some()
    }

    /// The panel, when shown, to the left of the inspector.
    pub(super) fn insights_panel_ui(&mut self, ui: &mut Ui) {
        if self.insights.is_none() {
            return;
        }
        egui::Panel::right("insights")
            .default_size(300.0)
            .show(ui, |ui| self.insights_contents_ui(ui));
    }

    fn insights_contents_ui(&mut self, ui: &mut Ui) {
        let key = (self.session.serial(), self.session.document.revision());
        let Some(panel) = &mut self.insights else {
            return;
        };
        let Some(selection) = panel.ui(ui, &self.session.document.map, key) else {
            return;
        };
        self.session.document.close_merge();
        let place = self
            .drawing
            .as_ref()
            .and_then(|drawing| place_of(&selection, &drawing.layout));
        if let Some(place) = place {
            self.view.bring_into_view(place);
        }
        self.selection = selection;
    }
}
