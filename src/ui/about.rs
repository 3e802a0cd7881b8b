//! Help › About: the version, the licence, and the licence of the fonts the
//! binary embeds.

use egui::Context;

/// The fonts' licence, shipped beside them in `assets/fonts`.
const FONTS_LICENCE: &str = include_str!("../../assets/fonts/OFL.txt");

/// Shows the About window while `open`; its Close button clears `open`.
pub fn about_window_ui(ctx: &Context, open: &mut bool) {
    if !*open {
        return;
    }
    let words = super::words(ctx);
    egui::Window::new(words.about)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        // A Close button rather than egui's title bar controls, which egui
        // names in English only.
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(crate::lang::fill(
                words.about_version,
                &[&env!("CARGO_PKG_VERSION")],
            ));
            ui.label(words.about_licence);
            ui.separator();
            ui.label(words.about_fonts);
            egui::ScrollArea::vertical()
                .max_height(240.0)
                .show(ui, |ui| ui.small(FONTS_LICENCE));
            ui.separator();
            if ui.button(words.close).clicked() {
                *open = false;
            }
        });
}
