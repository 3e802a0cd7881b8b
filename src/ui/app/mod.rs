//! The Parcours window: a thin shell around the [`Session`]. It lays out the
//! panels and the canvas, shows the session's questions and the modal
//! components, opens the file dialogs the session asks for, and runs actions.
//! `commands` runs actions, `menus` draws the menu and status bars, `input`
//! reads shortcuts, dropped files and the clipboard, `modals` routes the
//! modal windows' outcomes.

mod capture;
mod commands;
mod compare;
mod import_progress;
mod input;
mod insights;
mod menus;
mod modals;
mod present;
mod start;

use std::path::{Path, PathBuf};

use egui::{Context, Ui, ViewportCommand};

use super::canvas::{CanvasInput, CanvasState, canvas_ui};
use super::compare::{CompareChoice, CompareMode};
use super::dialogs::{DialogRequest, FileDialogs};
use super::export_dialog::ExportDialog;
use super::file_requests::{DialogPurpose, FileRequests};
use super::insights::{InsightsPanel, Overlays};
use super::inspector::inspector_ui;
use super::modals::TemplatesDialog;
use super::palette::palette_ui;
use super::selection::Selection;
use super::view::View;
use crate::edit::{Document, MergeKey};
use crate::file::{CopiedCards, OpenMaps, RecoveryStore};
use crate::lang::Language;
use crate::layout::MapLayout;
use crate::scene::{Scene, build_scene};
use crate::session::{FileChoice, Next, Session};

/// Where eframe's storage keeps the interface's language.
pub(crate) const LANGUAGE_KEY: &str = "language";

/// The layout and scene of the map as it is, rebuilt only when it changes.
struct Drawing {
    /// The session's serial and the document's revision it was made from.
    key: (u64, u64),
    layout: MapLayout,
    scene: Scene,
}

/// The editor window's state.
pub struct ParcoursApp {
    /// The document and everything about its files.
    pub session: Session,
    /// What is selected on the canvas; the inspector edits it.
    pub selection: Selection,
    /// The canvas's pan and zoom.
    pub view: View,
    /// What the canvas keeps between frames: the drag under way, the text typed
    /// in place.
    pub canvas: CanvasState,
    files: FileRequests,
    /// The Export dialog, while it is open.
    pub export: Option<ExportDialog>,
    /// The templates window, while it is open.
    templates: Option<TemplatesDialog>,
    show_help: bool,
    drawing: Option<Drawing>,
    title: String,
    /// The cards this window copied last, for Paste from the menu.
    copied: Option<CopiedCards>,
    /// The inspector input being typed in or dragged, whose edits merge into
    /// one undo step.
    active_field: Option<egui::Id>,
    /// The interface's language; the map keeps its own.
    language: Language,
    /// The Insights panel, and the analysis it keeps for the overlays too.
    insights: InsightsPanel,
    /// Whether the Insights panel is shown.
    insights_shown: bool,
    /// The analysis's overlays shown on the canvas.
    overlays: Overlays,
    // Present mode.
    /// Present mode, while it is on.
    present: Option<crate::ui::present::PresentMode>,
    /// Minutes per stage of present mode's countdown, for this session; 0 for none.
    present_minutes: u32,
    // Compare mode, changes and merge conflicts.
    /// The compare mode, while it is on.
    compare: Option<CompareMode>,
    /// The choice before comparing a future-state map, while it is asked.
    compare_choice: Option<CompareChoice>,
    // Start screen, file chooser and About.
    /// Whether the About window is shown.
    show_about: bool,
    /// The start screen, while it is shown, with the session's serial it was shown on.
    start: Option<(u64, super::start::StartScreen)>,
}

impl ParcoursApp {
    /// A window on `document`, asking for files through `dialogs`.
    pub fn new(document: Document, dialogs: Box<dyn FileDialogs>, recent: Vec<PathBuf>) -> Self {
        Self {
            session: Session::new(document, recent),
            selection: Selection::Map,
            view: View::default(),
            canvas: CanvasState::default(),
            files: FileRequests::new(dialogs),
            export: None,
            templates: None,
            show_help: false,
            drawing: None,
            title: String::new(),
            copied: None,
            active_field: None,
            language: Language::English,
            insights: InsightsPanel::default(),
            insights_shown: false,
            overlays: Overlays::default(),
            // Present mode.
            present: None,
            present_minutes: 0,
            // Compare mode, changes and merge conflicts.
            compare: None,
            compare_choice: None,
            // Start screen, file chooser and About.
            show_about: false,
            start: None,
        }
    }

    /// The same window speaking `language`.
    pub fn with_language(mut self, language: Language) -> Self {
        self.set_language(language);
        self
    }

    /// The interface's language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Speaks `language` from the next frame on, everywhere at once; the map
    /// keeps its own language.
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
        self.session.set_language(language);
    }

    /// Tells other windows through `maps` which map is open here, and warns
    /// before opening a map that another window has open.
    pub fn with_open_maps(mut self, maps: OpenMaps) -> Self {
        self.session = self.session.with_open_maps(maps);
        self
    }

    /// Keeps recovery copies in `store` while there are unsaved changes, and
    /// offers the copies a crashed Parcours left there.
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        self.session = self.session.with_recovery(store);
        self
    }

    /// The document shown.
    pub fn document(&self) -> &Document {
        &self.session.document
    }

    /// The error or notice shown above the canvas, if any.
    pub fn message(&self) -> Option<&str> {
        self.session.message.as_deref()
    }

    /// The window's title as it was last set.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The scene the canvas paints, once it has painted.
    pub fn drawn_scene(&self) -> Option<&Scene> {
        self.drawing.as_ref().map(|d| &d.scene)
    }

    /// Opens a map, or imports a spreadsheet or a Mermaid journey, without
    /// asking about unsaved changes.
    pub fn open(&mut self, path: &Path) {
        self.session.open(path);
    }

    /// The whole window, for eframe and for tests.
    pub fn root_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        super::install_fonts(&ctx);
        super::set_language(&ctx, self.language);
        self.poll_file_dialog(&ctx);
        self.read_input(&ctx);
        self.update_title(&ctx);
        let now = ctx.input(|i| i.time);
        if let Some(wait) = self.session.tick(now) {
            ctx.request_repaint_after(wait);
        }
        if self
            .drawing
            .as_ref()
            .is_some_and(|d| d.key.0 != self.session.serial())
        {
            self.forget_old_document();
        }
        if self.present_ui(ui) {
            return;
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        self.message_ui(ui);
        if self.start_screen_ui(ui) {
            self.modals_ui(&ctx);
            return;
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        if self.compare_mode_ui(ui) {
            self.modals_ui(&ctx);
            return;
        }
        egui::Panel::left("palette")
            .default_size(190.0)
            .show(ui, |ui| {
                self.vote_toggle_ui(ui);
                palette_ui(ui);
            });
        egui::Panel::right("inspector")
            .default_size(310.0)
            .show(ui, |ui| self.inspector_panel_ui(ui));
        self.conflicts_panel_ui(ui);
        self.insights_panel_ui(ui);
        for panel in ["palette", "inspector", "insights"] {
            name_resize_handle(ui, panel, self.language.words().resize_panel);
        }
        egui::CentralPanel::no_frame().show(ui, |ui| self.canvas_ui(ui));
        self.modals_ui(&ctx);
    }

    fn message_ui(&mut self, ui: &mut Ui) {
        let Some(message) = self.session.message.clone() else {
            return;
        };
        egui::Panel::top("message").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.colored_label(ui.visuals().error_fg_color, &message);
                if ui.button(self.language.words().dismiss).clicked() {
                    self.session.message = None;
                }
            });
        });
    }

    fn inspector_panel_ui(&mut self, ui: &mut Ui) {
        let selection_before = self.selection.clone();
        let output = inspector_ui(ui, &self.session.document.map, &mut self.selection);
        self.reveal_top_voted_pick(&selection_before);
        if let Some(source) = output.choose_image {
            let purpose = DialogPurpose::Image(source);
            self.files.ask(purpose, DialogRequest::Image, ui.ctx());
        }
        let field = ui
            .ctx()
            .memory(|m| m.focused())
            .or_else(|| ui.ctx().dragged_id());
        if field != self.active_field || self.selection != selection_before {
            self.session.document.close_merge();
            self.active_field = field;
        }
        let element = selection_before.element();
        for change in output.edits {
            let document = &mut self.session.document;
            match field.filter(|_| change.merge) {
                Some(field) => document.apply_merged(
                    change.edit,
                    MergeKey {
                        element,
                        field: field.value(),
                    },
                ),
                None => document.apply(change.edit),
            };
        }
    }

    fn canvas_ui(&mut self, ui: &mut Ui) {
        let key = (self.session.serial(), self.session.document.revision());
        if self.drawing.as_ref().is_none_or(|d| d.key != key) {
            let map = &self.session.document.map;
            let layout = MapLayout::new(map);
            let scene = build_scene(map, &layout);
            self.drawing = Some(Drawing { key, layout, scene });
        }
        let Some(drawing) = &self.drawing else { return };
        self.view.screen = ui.max_rect();
        let input = CanvasInput {
            map: &self.session.document.map,
            layout: &drawing.layout,
            scene: &drawing.scene,
        };
        let selection_before = self.selection.clone();
        let edits = canvas_ui(
            ui,
            &input,
            &mut self.view,
            &mut self.canvas,
            &mut self.selection,
        );
        self.paint_overlays(ui);
        if self.selection != selection_before {
            self.session.document.close_merge();
        }
        self.apply_canvas_edits(edits);
        // Typing waits for a card just dropped; if the drop added nothing, it stops.
        if let Some(editing) = &self.canvas.editing
            && !editing.is_in(&self.session.document.map)
        {
            self.canvas.editing = None;
        }
        self.follow_capture(&selection_before);
    }

    /// Another document came in: nothing of the old one stays selected or dragged.
    fn forget_old_document(&mut self) {
        self.selection = Selection::Map;
        self.canvas = CanvasState::default();
        self.view.fit_pending = true;
    }

    /// Does what the session asks of the window.
    fn follow(&mut self, next: Next, ctx: &Context) {
        match next {
            Next::Done => {}
            Next::Choose(choice) => {
                let request = match choice {
                    FileChoice::Open => DialogRequest::Open,
                    FileChoice::Import => DialogRequest::Import,
                    FileChoice::SaveAs => DialogRequest::Save {
                        suggested_name: self.session.suggested_file_name(crate::file::EXTENSION),
                    },
                };
                self.files.ask(DialogPurpose::Session(choice), request, ctx);
            }
            Next::CloseWindow => ctx.send_viewport_cmd(ViewportCommand::Close),
        }
    }

    fn poll_file_dialog(&mut self, ctx: &Context) {
        let Some((purpose, answer)) = self.files.poll(ctx) else {
            return;
        };
        match (purpose, answer) {
            (DialogPurpose::Session(choice), answer) => {
                let next = self.session.file_chosen(choice, answer);
                self.follow(next, ctx);
            }
            (DialogPurpose::Image(source), Some(path)) => self.session.embed_image(source, &path),
            (DialogPurpose::Export(format), Some(path)) => self.session.export(format, &path),
            (DialogPurpose::CompareWith, Some(path)) => self.compare_with_file(&path),
            (DialogPurpose::ExportPicture, Some(path)) => {
                if let Some(dialog) = &mut self.export {
                    dialog.start(self.session.document.map.clone(), path, ctx);
                }
            }
            (_, None) => {}
        }
    }

    fn update_title(&mut self, ctx: &Context) {
        let document = &self.session.document;
        let name = document
            .file_name()
            .unwrap_or_else(|| self.language.words().untitled_map.to_owned());
        let marker = if document.is_dirty() { " •" } else { "" };
        let title = format!("{name}{marker} — Parcours");
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

/// Gives the resize handle of the side panel `panel` of `ui` its name in the
/// interface's language: egui names it in English only.
fn name_resize_handle(ui: &Ui, panel: &str, name: &str) {
    let panel_id = ui.scope_id().with_salt(egui::IdSalt::new(panel));
    ui.ctx()
        .accesskit_node_builder(panel_id.with("__resize"), |node| node.set_label(name));
}

impl eframe::App for ParcoursApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.root_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, "recent", &self.session.recent);
        eframe::set_value(storage, LANGUAGE_KEY, &self.language);
    }
}
