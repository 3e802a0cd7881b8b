//! The eframe app: canvas, panels, dialogs. It reads the document and sends edits.

mod actions;
mod app;
mod canvas;
mod dashes;
mod dialogs;
mod export_dialog;
mod file_requests;
mod inspector;
mod modals;
mod paint;
mod palette;
mod selection;
mod textures;
mod view;

use std::path::Path;

pub use actions::{Action, ActionState, Menu};
pub use app::ParcoursApp;
pub use canvas::plan::{DropPlan, Preview, plan};
pub use canvas::{CanvasInput, CanvasState, Drag, EditTarget, link_handle_of};
pub use dialogs::{DialogRequest, FileDialogs, NativeDialogs};
pub use export_dialog::{ExportDialog, ExportMove};
pub use palette::PaletteItem;
pub use selection::Selection;
pub use view::View;

pub use crate::session::{Pending, new_document};

/// The mark of assets/icons, for the window and the task bar.
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/parcours-256.png"))
        .expect("the shipped icon is a PNG")
}

/// Opens the editor window on `file`, or on a new map from the lifecycle template.
pub fn run(file: Option<&Path>) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Parcours")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true)
            .with_app_id("parcours")
            .with_icon(window_icon()),
        ..Default::default()
    };
    let file = file.map(Path::to_path_buf);
    eframe::run_native(
        "Parcours",
        options,
        Box::new(move |cc| {
            // Ctrl +/- zoom the map, not the whole window.
            cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
            // A light frame around a light map reads best on a projector.
            cc.egui_ctx.set_theme(egui::Theme::Light);
            let recent = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, "recent"))
                .unwrap_or_default();
            let mut app = ParcoursApp::new(new_document("en"), Box::new(NativeDialogs), recent);
            if let Some(folder) = eframe::storage_dir("Parcours") {
                app = app
                    .with_recovery(crate::file::RecoveryStore::new(folder.join("recovery")))
                    .with_open_maps(crate::file::OpenMaps::new(folder.join("open")));
            }
            if let Some(path) = file {
                app.open(&path);
            }
            Ok(Box::new(app))
        }),
    )
}

/// Gives the context the shipped fonts, once: the canvas then measures and draws
/// text as the exporters do.
pub(crate) fn install_fonts(ctx: &egui::Context) {
    let installed = egui::Id::unique("parcours-fonts-installed");
    if !ctx.data(|data| data.get_temp::<bool>(installed).unwrap_or(false)) {
        ctx.set_fonts(crate::fonts::egui_definitions());
        ctx.data_mut(|data| data.insert_temp(installed, true));
    }
}
