//! The presenter's side when the room has a window of its own: that window
//! shows the talk full screen, and the editor's window keeps a panel with the
//! step shown, the next one, the time left on the stage, the stage's notes and
//! the countdown's minutes.
//! Stepping from either window moves both.

use egui::{Context, Key, Modifiers, Ui, ViewportBuilder, ViewportId};

use super::{PresentMode, PresentOutcome};
use crate::edit::Document;
use crate::export::stage_notes;
use crate::lang::fill;
use crate::model::JourneyMap;

impl PresentMode {
    /// The room's window, full screen, showing the talk of `document` (whose
    /// revision is `key`); closing it ends the talk.
    pub fn audience_window(
        &mut self,
        ctx: &Context,
        document: &Document,
        key: (u64, u64),
    ) -> PresentOutcome {
        let words = crate::ui::words(ctx);
        // The second monitor, when there is one; egui ignores a monitor it
        // does not find, and the window fills the one it opens on.
        let builder = ViewportBuilder::default()
            .with_title(words.present_audience_title)
            .with_fullscreen(true)
            // Full screen, nothing to resize; and where egui draws it inside the
            // editor's window, no resize edges that egui names in English.
            .with_resizable(false)
            .with_monitor(1);
        let id = ViewportId(egui::Id::unique("present-audience"));
        ctx.show_viewport_immediate(id, builder, |ui, class| {
            if ui.ctx().input(|i| i.viewport().close_requested()) {
                return PresentOutcome::Leave;
            }
            if class != egui::ViewportClass::EmbeddedWindow {
                self.screen_fill.keep_filling(ui.ctx());
            }
            self.audience_ui(ui, document, key)
        })
    }

    /// The presenter's panel in the editor's window: where the talk is, what
    /// comes next, the notes of the stage, the countdown's minutes, and buttons
    /// to step and to stop. Page Down, Page Up and the arrows step from here
    /// too, while no field takes the keys.
    pub fn presenter_ui(&mut self, ui: &mut Ui, map: &JourneyMap) -> PresentOutcome {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        let language = crate::ui::language(&ctx);
        let words = language.words();
        let mut outcome = PresentOutcome::Stay;
        ui.heading(words.presenter_heading);
        ui.strong(fill(words.presenter_now, &[&self.progress(map, language)]));
        let next = self.next_name(map, language).map_or_else(
            || words.presenter_end.to_owned(),
            |n| fill(words.presenter_next, &[&n]),
        );
        ui.label(next);
        if let Some(countdown) = &self.countdown {
            let last_minute = countdown.in_last_minute(now);
            let color = if last_minute {
                super::audience::AMBER
            } else {
                ui.visuals().text_color()
            };
            ui.colored_label(color, countdown.text(now));
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        ui.horizontal(|ui| {
            if ui.button(words.presenter_previous).clicked() {
                self.previous(now);
            }
            if ui.button(words.presenter_next_button).clicked() {
                self.next(now);
            }
            if ui.button(words.presenter_stop).clicked() {
                outcome = PresentOutcome::Leave;
            }
        });
        ui.horizontal(|ui| {
            ui.label(words.present_minutes);
            let mut minutes = self.minutes;
            ui.add(egui::DragValue::new(&mut minutes).range(0..=99))
                .on_hover_text(words.present_minutes_tip);
            if minutes != self.minutes {
                self.change_minutes(minutes as i32 - self.minutes as i32, now);
            }
        });
        ui.separator();
        ui.strong(words.presenter_notes);
        let notes = self.notes(map);
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.label(if notes.is_empty() {
                words.presenter_no_notes
            } else {
                notes.as_str()
            });
        });
        self.read_stepping_keys(&ctx, now);
        outcome
    }

    /// What the presenter says over the step: the spotlighted stage's
    /// description and its cards'.
    pub fn notes(&self, map: &JourneyMap) -> String {
        self.spotlight(map)
            .map(|stage| stage_notes(map, stage))
            .unwrap_or_default()
    }

    fn read_stepping_keys(&mut self, ctx: &Context, now: f64) {
        // An embedded audience window reads the same keys already.
        if ctx.egui_wants_keyboard_input() || ctx.embed_viewports() {
            return;
        }
        let pressed = |key| ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key));
        if pressed(Key::PageDown) || pressed(Key::ArrowRight) {
            self.next(now);
        } else if pressed(Key::PageUp) || pressed(Key::ArrowLeft) {
            self.previous(now);
        }
    }
}
