//! The analysis in the window: the Insights panel beside the inspector while
//! shown, where a click on an item selects that element and brings it into
//! view, and the overlays it paints over the canvas.

use egui::Ui;

use super::ParcoursApp;
use crate::ui::actions::Action;
use crate::ui::insights::{paint_overlays, place_of};

impl ParcoursApp {
    /// Whether the Insights panel is shown.
    pub fn shows_insights(&self) -> bool {
        self.insights_shown
    }

    /// Whether the switch `action` turns is on: the Insights panel and the
    /// overlays; None for an action that is no switch.
    pub fn is_switched_on(&self, action: Action) -> Option<bool> {
        match action {
            Action::ShowInsights => Some(self.insights_shown),
            Action::ShowEmotionStrip => Some(self.overlays.emotion_strip),
            Action::MarkMissedTargets => Some(self.overlays.missed_targets),
            Action::ToggleVoting => Some(self.canvas.voting),
            _ => None,
        }
    }

    /// The panel, when shown, to the left of the inspector.
    pub(super) fn insights_panel_ui(&mut self, ui: &mut Ui) {
        if !self.insights_shown {
            return;
        }
        egui::Panel::right("insights")
            .default_size(300.0)
            .show(ui, |ui| self.insights_contents_ui(ui));
    }

    fn insights_contents_ui(&mut self, ui: &mut Ui) {
        let key = (self.session.serial(), self.session.document.revision());
        let map = &self.session.document.map;
        let Some(selection) = self.insights.ui(ui, map, key) else {
            return;
        };
        self.session.document.close_merge();
        self.selection = selection;
        self.bring_selection_into_view();
    }

    /// Pans the view so that what is selected is on screen, once the map has
    /// been laid out.
    pub(super) fn bring_selection_into_view(&mut self) {
        let place = self
            .drawing
            .as_ref()
            .and_then(|drawing| place_of(&self.selection, &drawing.layout));
        if let Some(place) = place {
            self.view.bring_into_view(place);
        }
    }

    /// The overlays switched on in the View menu, over the canvas just drawn.
    pub(super) fn paint_overlays(&mut self, ui: &Ui) {
        if !self.overlays.any() {
            return;
        }
        let Some(drawing) = &self.drawing else { return };
        let key = (self.session.serial(), self.session.document.revision());
        let map = &self.session.document.map;
        let marks = self.insights.insights(map, key).stage_marks(map);
        let painter = ui.painter().with_clip_rect(self.view.screen);
        paint_overlays(
            &painter,
            &marks,
            &drawing.layout,
            map.scale,
            self.view.screen_from_map,
            self.overlays,
        );
    }
}
