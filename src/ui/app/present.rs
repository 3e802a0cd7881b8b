//! Present mode in the window: F5 (or `parcours present`) puts the talk in
//! place of the panels and canvas, full screen; "Present on a second window"
//! gives the room a window of its own and keeps a presenter's panel here.
//! Escape, Stop or F5 again brings the editor back as it was.

use egui::{Context, Ui, ViewportCommand};

use super::ParcoursApp;
use crate::present::Step;
use crate::ui::present::{PresentMode, PresentOutcome};

impl ParcoursApp {
    /// Present mode, while it is on.
    pub fn presenting(&self) -> Option<&PresentMode> {
        self.present.as_ref()
    }

    /// Starts presenting at the stage numbered `stage` (from 1) when given,
    /// else at the title: full screen in this window, or in a window of its
    /// own for the room when `second_window`.
    pub fn start_presenting(&mut self, ctx: &Context, stage: Option<usize>, second_window: bool) {
        let step = match stage {
            Some(number) => Step::Stage {
                index: number.saturating_sub(1),
                part: 0,
            },
            None => Step::Title,
        };
        self.session.document.close_merge();
        self.canvas.editing = None;
        self.present = Some(PresentMode::new(step, self.present_minutes, second_window));
        if !second_window {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        }
    }

    /// Leaves present mode: the editor is back, at the same place.
    pub fn stop_presenting(&mut self, ctx: &Context) {
        if let Some(present) = self.present.take() {
            self.present_minutes = present.minutes();
            present.restore_window(ctx);
        }
    }

    /// F5 and "Present on a second window": start, or stop when presenting.
    pub(super) fn toggle_presenting(&mut self, ctx: &Context, second_window: bool) {
        if self.present.is_some() {
            self.stop_presenting(ctx);
        } else {
            self.start_presenting(ctx, None, second_window);
        }
    }

    /// Whether the talk fills this window, so that its keys are the presenter's.
    pub(super) fn presents_here(&self) -> bool {
        self.present
            .as_ref()
            .is_some_and(|p| !p.is_on_second_window())
    }

    /// Draws present mode, when it is on: the talk over the whole window, or
    /// the room's window and the presenter's panel. True when the talk took
    /// the whole window and the editor is not drawn.
    pub(super) fn present_ui(&mut self, ui: &mut Ui) -> bool {
        let ctx = ui.ctx().clone();
        let key = (self.session.serial(), self.session.document.revision());
        let document = &self.session.document;
        let Some(present) = &mut self.present else {
            return false;
        };
        let (outcome, whole_window) = if present.is_on_second_window() {
            let in_audience = present.audience_window(&ctx, document, key);
            let in_panel = egui::Panel::right("presenter")
                .default_size(320.0)
                .show(ui, |ui| present.presenter_ui(ui, &document.map))
                .inner;
            super::name_resize_handle(ui, "presenter", self.language.words().resize_panel);
            let outcome = match in_audience {
                PresentOutcome::Stay => in_panel,
                other => other,
            };
            (outcome, false)
        } else {
            present.fill_screen(&ctx);
            let outcome = egui::CentralPanel::no_frame()
                .show(ui, |ui| present.audience_ui(ui, document, key))
                .inner;
            (outcome, true)
        };
        match outcome {
            PresentOutcome::Stay => {}
            PresentOutcome::Leave => self.stop_presenting(&ctx),
            PresentOutcome::Apply(edit) => {
                self.session.document.apply(*edit);
            }
        }
        whole_window
    }
}
