//! Capture and dot voting in the window: the canvas's edits applied one undo
//! step per card, moves between cells from the keyboard, and vote mode's
//! toggle at the top of the palette.

use egui::{Context, RichText, Ui};

use super::ParcoursApp;
use crate::lang::fill;
use crate::layout::CellPlace;
use crate::ui::canvas::CanvasEdit;
use crate::ui::cells::{CellMove, moved, selected_cell};
use crate::ui::selection::{Cell, Selection};

impl ParcoursApp {
    /// Applies what the canvas did this frame: each edit its own undo step,
    /// but the text typed on a card just dropped joins the drop's step.
    pub(super) fn apply_canvas_edits(&mut self, edits: Vec<CanvasEdit>) {
        let document = &mut self.session.document;
        for CanvasEdit { edit, joins_step } in edits {
            match joins_step {
                Some(revision) => document.apply_joining(edit, revision),
                None => document.apply(edit),
            };
        }
    }

    /// After the canvas: a card just dropped remembers the step that added
    /// it, and a cell the keyboard moved to comes into view.
    pub(super) fn follow_capture(&mut self, selection_before: &Selection) {
        let revision = self.session.document.revision();
        if let Some(editing) = &mut self.canvas.editing
            && editing.placeholder.is_some()
            && editing.added_at.is_none()
        {
            editing.added_at = Some(revision);
        }
        if let Selection::Cell(cell) = self.selection
            && self.selection != *selection_before
        {
            self.bring_cell_into_view(cell);
        }
    }

    /// A card picked in the inspector's Top voted list (shown with the map's
    /// details, for nothing or a cell selected) comes into view.
    pub(super) fn reveal_top_voted_pick(&mut self, selection_before: &Selection) {
        if !matches!(selection_before, Selection::Map | Selection::Cell(_))
            || !matches!(self.selection, Selection::Cards(_))
        {
            return;
        }
        self.bring_selection_into_view();
    }

    /// Selects the cell `direction` leads to from the selected cell or card,
    /// and brings it into view.
    pub(super) fn move_to_cell(&mut self, direction: CellMove, ctx: &Context) {
        // Tab also moves egui's focus among widgets: the canvas keeps it.
        ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        let map = &self.session.document.map;
        let Some(to) =
            selected_cell(map, &self.selection).and_then(|from| moved(map, from, direction))
        else {
            return;
        };
        self.session.document.close_merge();
        self.selection = Selection::Cell(to);
        self.bring_cell_into_view(to);
    }

    fn bring_cell_into_view(&mut self, cell: Cell) {
        let place = CellPlace {
            lane: cell.lane,
            stage: cell.stage,
            step: cell.step,
            index: 0,
        };
        let rect = self
            .drawing
            .as_ref()
            .and_then(|drawing| drawing.layout.cell_rect(&place));
        if let Some(rect) = rect {
            self.view.bring_into_view(rect);
        }
    }

    /// Vote mode's toggle, above the palette, and what to do while it is on.
    pub(super) fn vote_toggle_ui(&mut self, ui: &mut Ui) {
        let words = self.language.words();
        let label = format!("● {}", words.vote_mode);
        let response = ui
            .toggle_value(&mut self.canvas.voting, RichText::new(label).strong())
            .on_hover_text(words.vote_mode_tip);
        response.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::Button,
                true,
                self.canvas.voting,
                words.vote_mode,
            )
        });
        if self.canvas.voting {
            ui.label(RichText::new(words.vote_mode_hint).weak());
            self.dot_budget_ui(ui);
        }
        ui.separator();
    }

    /// The dots per participant, what the one voting has left, and the button
    /// that gives the next participant their dots.
    fn dot_budget_ui(&mut self, ui: &mut Ui) {
        let words = self.language.words();
        let map = &self.session.document.map;
        let budget = &mut self.canvas.dots;
        let changed = ui
            .horizontal(|ui| {
                let label = ui.label(words.dots_per_participant).id;
                ui.add(egui::DragValue::new(&mut budget.per_participant).range(0..=99))
                    .labelled_by(label)
                    .on_hover_text(words.dots_no_limit)
                    .changed()
            })
            .inner;
        if changed {
            budget.next_participant(map);
        }
        let Some(left) = budget.left(map) else {
            return;
        };
        let per_participant = budget.per_participant.to_string();
        ui.strong(fill(
            words.dots_left,
            &[&left.to_string(), &per_participant],
        ));
        if ui
            .button(words.next_participant)
            .on_hover_text(words.next_participant_tip)
            .clicked()
        {
            budget.next_participant(map);
        }
    }
}
