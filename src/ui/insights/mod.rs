//! The Insights panel, beside the inspector: the analysis of the map, section
//! by section, labelled in the interface's language and quoting the map's own
//! words. It computes the analysis once per document revision and never edits
//! the document: a click on an item comes back as the selection to make.

mod emotion;
mod item;
mod operations;
mod overlays;
mod reveal;

use egui::Ui;

use super::selection::Selection;
use crate::insights::Insights;
use crate::model::JourneyMap;

pub use overlays::{Overlays, paint_overlays};
pub use reveal::place_of;

/// The panel's state: the analysis of the document revision it was made from.
#[derive(Default)]
pub struct InsightsPanel {
    analysed: Option<Analysed>,
}

/// An analysis and the document it was computed from.
struct Analysed {
    /// The session's serial and the document's revision.
    key: (u64, u64),
    insights: Insights,
}

impl InsightsPanel {
    /// The analysis of `map`, computed again only when `key` (the session's
    /// serial and the document's revision) changed since last asked.
    pub fn insights(&mut self, map: &JourneyMap, key: (u64, u64)) -> &Insights {
        if self.analysed.as_ref().is_some_and(|a| a.key != key) {
            self.analysed = None;
        }
        &self
            .analysed
            .get_or_insert_with(|| Analysed {
                key,
                insights: Insights::of(map),
            })
            .insights
    }

    /// Draws the panel for `map` at `key`; the selection the user picked, if any.
    pub fn ui(&mut self, ui: &mut Ui, map: &JourneyMap, key: (u64, u64)) -> Option<Selection> {
        let words = super::words(ui.ctx());
        let insights = self.insights(map, key);
        let mut chosen = None;
        ui.heading(words.show_insights);
        egui::ScrollArea::vertical().show(ui, |ui| {
            if insights.is_empty() {
                ui.label(words.insights_nothing);
                return;
            }
            emotion::personas_ui(ui, map, insights, &mut chosen);
            emotion::moments_ui(ui, map, insights, &mut chosen);
            emotion::pain_points_ui(ui, map, insights, &mut chosen);
            emotion::opportunities_ui(ui, map, insights, &mut chosen);
            operations::channels_ui(ui, map, insights, &mut chosen);
            operations::automation_ui(ui, map, insights, &mut chosen);
            operations::drop_outs_ui(ui, map, insights, &mut chosen);
            operations::metrics_ui(ui, map, insights, &mut chosen);
        });
        chosen
    }
}
