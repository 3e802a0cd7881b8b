//! The list of keyboard shortcuts and mouse gestures.

use egui::Context;

use crate::ui::actions::Action;

/// The gestures that have no action of their own: what, and how.
const GESTURES: [(&str, &str); 7] = [
    ("Pan", "Drag on empty space, middle button, or scroll"),
    ("Zoom at the pointer", "Ctrl + wheel, or pinch"),
    (
        "Select several cards",
        "Shift-click, or Shift-drag a rectangle",
    ),
    (
        "Edit text in place",
        "Double-click a card, stage or lane title",
    ),
    ("Link two cards", "Drag the dot on a selected card's edge"),
    ("Add an emotion point", "Click in the emotion lane"),
    ("Cancel a drag", "Escape"),
];

/// Shows the help window while `open`; its close button clears `open`.
pub fn help_window_ui(ctx: &Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .open(open)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for action in Action::ALL {
                    if let Some(shortcut) = action.shortcut_text(ctx) {
                        ui.label(action.label());
                        ui.label(shortcut);
                        ui.end_row();
                    }
                }
                for (what, how) in GESTURES {
                    ui.label(what);
                    ui.label(how);
                    ui.end_row();
                }
            });
        });
}
