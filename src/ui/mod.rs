//! The eframe app: canvas, panels, dialogs. It reads the document and sends edits.

mod about;
mod actions;
mod app;
mod canvas;
mod cells;
mod compare;
mod dashes;
mod dialogs;
mod export_dialog;
mod file_chooser;
mod file_requests;
mod insights;
mod inspector;
mod modals;
mod paint;
mod palette;
mod present;
mod selection;
mod start;
mod textures;
mod view;

use std::path::Path;

use crate::lang::{Language, Words};

pub use actions::{Action, ActionState, Menu};
pub use app::ParcoursApp;
pub use canvas::plan::{DropPlan, Preview, plan};
pub use canvas::{CanvasInput, CanvasState, Drag, EditTarget, link_handle_of};
pub use dialogs::{DialogRequest, FileDialogs, NativeDialogs};
pub use export_dialog::{ExportDialog, ExportMove};
pub use palette::PaletteItem;
pub use present::{PresentMode, PresentOutcome};
pub use selection::{Cell, Selection};
pub use view::View;

pub use crate::session::{Pending, new_document};

/// The mark of assets/icons, for the window and the task bar.
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/parcours-256.png"))
        .expect("the shipped icon is a PNG")
}

/// Opens the editor window on `file`, or on the start screen.
pub fn run(file: Option<&Path>) -> eframe::Result<()> {
    let file = file.map(Path::to_path_buf);
    eframe::run_native(
        "Parcours",
        native_options(egui::ViewportBuilder::default()),
        Box::new(move |cc| Ok(Box::new(start(cc, file)))),
    )
}

/// Opens the window on `file` straight in present mode, full screen, at the
/// stage numbered `stage` (from 1) when given, else at the title.
pub fn present(file: &Path, stage: Option<usize>) -> eframe::Result<()> {
    let file = file.to_path_buf();
    eframe::run_native(
        "Parcours",
        native_options(egui::ViewportBuilder::default().with_fullscreen(true)),
        Box::new(move |cc| {
            let mut app = start(cc, Some(file));
            app.start_presenting(&cc.egui_ctx, stage, false);
            Ok(Box::new(app))
        }),
    )
}

/// The window's options, from `viewport` with the window's title, size, icon
/// and name.
fn native_options(viewport: egui::ViewportBuilder) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: viewport
            .with_title("Parcours")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true)
            .with_app_id("parcours")
            .with_icon(window_icon()),
        ..Default::default()
    }
}

/// The window's app at start: the recent files and the language remembered
/// (at first start, the system's), a new map in that language or `file`.
fn start(cc: &eframe::CreationContext<'_>, file: Option<std::path::PathBuf>) -> ParcoursApp {
    // Ctrl +/- zoom the map, not the whole window.
    cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
    // A light frame around a light map reads best on a projector.
    cc.egui_ctx.set_theme(egui::Theme::Light);
    let recent = cc
        .storage
        .and_then(|storage| eframe::get_value(storage, "recent"))
        .unwrap_or_default();
    let language = cc
        .storage
        .and_then(|storage| eframe::get_value(storage, app::LANGUAGE_KEY))
        .unwrap_or_else(crate::lang::system_language);
    let document = new_document(language.code());
    let mut app =
        ParcoursApp::new(document, Box::new(NativeDialogs::new()), recent).with_language(language);
    // New maps start in the interface's language; the templates window can change it.
    app.session.new_map_language = language.code().to_owned();
    if let Some(folder) = eframe::storage_dir("Parcours") {
        app = app
            .with_recovery(crate::file::RecoveryStore::new(folder.join("recovery")))
            .with_open_maps(crate::file::OpenMaps::new(folder.join("open")));
    }
    match file {
        Some(path) => app.open(&path),
        None => app = app.with_start_screen(),
    }
    app
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

/// Where the context keeps the interface's language for the frame.
fn language_id() -> egui::Id {
    egui::Id::unique("parcours-interface-language")
}

/// The interface's language, as the app set it for this frame; English
/// before it has.
pub(crate) fn language(ctx: &egui::Context) -> Language {
    ctx.data(|data| data.get_temp::<Language>(language_id()))
        .unwrap_or_default()
}

/// The catalogue in the interface's language: every widget reads its words here.
pub(crate) fn words(ctx: &egui::Context) -> &'static Words {
    language(ctx).words()
}

/// Makes `language` the one widgets read from now on.
fn set_language(ctx: &egui::Context, language: Language) {
    ctx.data_mut(|data| data.insert_temp(language_id(), language));
}
