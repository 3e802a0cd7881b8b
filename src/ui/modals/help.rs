//! The list of keyboard shortcuts and mouse gestures.

use egui::Context;

use crate::ui::actions::Action;

/// Shows the help window while `open`; its Close button clears `open`.
pub fn help_window_ui(ctx: &Context, open: &mut bool) {
    if !*open {
        return;
    }
    let language = crate::ui::language(ctx);
    let words = language.words();
    egui::Window::new(words.show_help)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        // A Close button rather than egui's title bar controls, which egui
        // names in English only.
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for action in Action::ALL {
                    if let Some(shortcut) = action.shortcut_text(ctx, language) {
                        ui.label(action.label(language));
                        ui.label(shortcut);
                        ui.end_row();
                    }
                }
                // The gestures that have no action of their own: what, and how.
                for [what, how] in words.gestures {
                    ui.label(what);
                    ui.label(how);
                    ui.end_row();
                }
            });
            ui.separator();
            if ui.button(words.close).clicked() {
                *open = false;
            }
        });
}
