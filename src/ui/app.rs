//! The Parcours window: menus, palette, canvas, inspector, and the dialogs.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use egui::{Context, Id, Rect, Ui, ViewportCommand};

use super::actions::Action;
use super::autosave::Autosave;
use super::canvas::{CanvasInput, CanvasState, EditTarget, canvas_ui};
use super::dialogs::{DialogRequest, FileDialogs};
use super::export_dialog::{ExportDialog, ExportMove};
use super::guards::{GuardChoice, Guards};
use super::inspector::inspector_ui;
use super::palette::palette_ui;
use super::selection::Selection;
use super::view::View;
use crate::edit::{Document, Edit};
use crate::file::{self, CopiedCards, DiskStamp, OpenMaps, Recovered, RecoveryStore, RunningMark};
use crate::interchange::{self, Format};
use crate::layout::{CellPlace, MapLayout};
use crate::model::{Card, CardId};
use crate::scene::{ImageSource, Scene, build_scene};
use crate::templates::CATALOGUE;

/// How many files Open recent remembers.
const MAX_RECENT: usize = 10;

/// Something that discards the open map, done once the user has said what to do
/// with unsaved changes.
#[derive(Clone, Debug)]
pub enum Pending {
    Quit,
    Close,
    ChooseFileToOpen,
    ChooseFileToImport,
    Open(PathBuf),
    Replace(Box<Document>),
    /// Open a recovery copy; it stays on disk until its map is safe elsewhere.
    Restore(Box<Recovered>),
}

/// Why a file dialog was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DialogPurpose {
    Open,
    SaveAs,
    Image(ImageSource),
    Import,
    Export(Format),
    /// Where the Export dialog writes.
    ExportPicture,
}

/// The layout and scene of the map as it is, rebuilt only when it changes.
struct Drawing {
    key: (u64, u64),
    layout: MapLayout,
    scene: Scene,
}

pub struct ParcoursApp {
    pub document: Document,
    pub selection: Selection,
    pub view: View,
    pub canvas: CanvasState,
    /// An error or notice shown above the canvas until dismissed.
    pub message: Option<String>,
    pub recent: Vec<PathBuf>,
    /// Set while the "save changes?" question is open.
    pub confirm: Option<Pending>,
    pub show_templates: bool,
    pub show_help: bool,
    dialogs: Box<dyn FileDialogs>,
    dialog: Option<(DialogPurpose, Receiver<Option<PathBuf>>)>,
    /// What to do once a Save as that a guard asked for has finished.
    after_save: Option<Pending>,
    template_language: String,
    allow_close: bool,
    /// Counts the documents this window has shown, to key the drawing cache.
    document_serial: u64,
    drawing: Option<Drawing>,
    canvas_rect: Rect,
    title: String,
    /// The cards this window copied last, for Paste from the menu.
    copied: Option<CopiedCards>,
    autosave: Option<(Autosave, RecoveryStore)>,
    /// Tell other Parcours processes that this one runs, while it runs.
    running_marks: Vec<RunningMark>,
    /// Recovery copies left by a Parcours that crashed or was killed.
    pub recovered: Vec<Recovered>,
    /// The Export dialog, while it is open.
    pub export: Option<ExportDialog>,
    guards: Guards,
}

impl ParcoursApp {
    pub fn new(document: Document, dialogs: Box<dyn FileDialogs>, recent: Vec<PathBuf>) -> Self {
        Self {
            document,
            selection: Selection::Map,
            view: View::default(),
            canvas: CanvasState::default(),
            message: None,
            recent,
            confirm: None,
            show_templates: false,
            show_help: false,
            dialogs,
            dialog: None,
            after_save: None,
            template_language: "en".to_owned(),
            allow_close: false,
            document_serial: 0,
            drawing: None,
            canvas_rect: Rect::NOTHING,
            title: String::new(),
            copied: None,
            autosave: None,
            running_marks: Vec::new(),
            recovered: Vec::new(),
            export: None,
            guards: Guards::default(),
        }
    }

    /// Tells other windows through `maps` which map is open here, and warns
    /// before opening a map that another window has open.
    pub fn with_open_maps(mut self, maps: OpenMaps) -> Self {
        // Unmarked, this process's maps count as closed to others: a warning
        // lost, nothing worse, so a folder that can't be written is no error.
        self.running_marks.extend(maps.mark_running().ok());
        self.guards = Guards::with_open_maps(maps);
        self
    }

    /// Keeps recovery copies in `store` while there are unsaved changes, and
    /// offers the copies a crashed Parcours left there.
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        // Unmarked, this process's copies would be offered to a second Parcours;
        // the autosave reports a folder that can't be written.
        self.running_marks.extend(store.mark_running().ok());
        self.recovered = store.left_behind();
        self.autosave = Some((Autosave::new(store.clone()), store));
        self
    }

    /// The whole window, for eframe and for tests.
    pub fn root_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        super::install_fonts(&ctx);
        self.poll_dialog(&ctx);
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.handle_shortcuts(&ctx);
        self.handle_clipboard_events(&ctx);
        self.update_title(&ctx);
        if let Some((autosave, _)) = &mut self.autosave
            && let Some(problem) = autosave.tick(&ctx, &self.document, self.document_serial)
        {
            self.message = Some(problem);
        }
        if let Some(problem) = self.guards.track(self.document.path.as_deref()) {
            self.message = Some(problem);
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        if let Some(message) = self.message.clone() {
            egui::Panel::top("message").show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.colored_label(ui.visuals().error_fg_color, &message);
                    if ui.button("Dismiss").clicked() {
                        self.message = None;
                    }
                });
            });
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        egui::Panel::left("palette")
            .default_size(190.0)
            .show(ui, palette_ui);
        egui::Panel::right("inspector")
            .default_size(310.0)
            .show(ui, |ui| {
                let output = inspector_ui(ui, &self.document.map, &mut self.selection);
                if let Some(source) = output.choose_image {
                    let receiver = self.dialogs.ask(DialogRequest::Image, ui.ctx().clone());
                    self.dialog = Some((DialogPurpose::Image(source), receiver));
                }
                for change in output.edits {
                    match change.merge_key {
                        Some(key) => self.document.apply_merged(change.edit, key),
                        None => self.document.apply(change.edit),
                    };
                }
            });
        egui::CentralPanel::no_frame().show(ui, |ui| self.canvas_ui(ui));

        self.confirm_ui(&ctx);
        if let Some(choice) = self.guards.ui(&ctx) {
            self.carry_out(choice, &ctx);
        }
        self.recovery_ui(&ctx);
        self.templates_ui(&ctx);
        self.help_ui(&ctx);
        self.export_ui(&ctx);
    }

    fn export_ui(&mut self, ctx: &Context) {
        let Some(dialog) = &mut self.export else {
            return;
        };
        match dialog.window_ui(ctx, &self.document.map, self.document.revision()) {
            ExportMove::Nothing => {}
            ExportMove::Close => self.export = None,
            ExportMove::ChooseFile => {
                let format = dialog.request.format;
                let receiver = self.dialogs.ask(
                    DialogRequest::Export {
                        format_label: format.label(),
                        extension: format.extension(),
                        suggested_name: format!(
                            "{}.{}",
                            file::slug(&self.document.map.meta.title),
                            format.extension()
                        ),
                    },
                    ctx.clone(),
                );
                self.dialog = Some((DialogPurpose::ExportPicture, receiver));
            }
            ExportMove::Finished(message) => {
                self.message = Some(message);
                self.export = None;
            }
        }
    }

    /// The scene the canvas paints, once it has painted.
    pub fn drawn_scene(&self) -> Option<&Scene> {
        self.drawing.as_ref().map(|d| &d.scene)
    }

    fn canvas_ui(&mut self, ui: &mut Ui) {
        let key = (self.document_serial, self.document.revision());
        if self.drawing.as_ref().is_none_or(|d| d.key != key) {
            let layout = MapLayout::new(&self.document.map);
            let scene = build_scene(&self.document.map, &layout);
            self.drawing = Some(Drawing { key, layout, scene });
        }
        let Some(drawing) = &self.drawing else { return };
        self.canvas_rect = ui.max_rect();
        let input = CanvasInput {
            map: &self.document.map,
            layout: &drawing.layout,
            scene: &drawing.scene,
        };
        let edits = canvas_ui(
            ui,
            &input,
            &mut self.view,
            &mut self.canvas,
            &mut self.selection,
        );
        for edit in edits {
            self.document.apply(edit);
        }
    }

    /// Runs a user action, from a menu, a shortcut or a test.
    pub fn run(&mut self, action: Action, ctx: &Context) {
        match action {
            Action::NewFromTemplate => self.show_templates = true,
            Action::Open => self.guard(Pending::ChooseFileToOpen, ctx),
            Action::Import => self.guard(Pending::ChooseFileToImport, ctx),
            Action::Export => {
                if self.export.is_none() {
                    self.export = Some(ExportDialog::default());
                }
            }
            Action::ExportCsv => self.ask_export_path(Format::Csv, ctx),
            Action::ExportMermaid => self.ask_export_path(Format::Mermaid, ctx),
            Action::Save => self.save(ctx),
            Action::SaveAs => self.ask_save_path(ctx),
            Action::Close => self.guard(Pending::Close, ctx),
            Action::Quit => self.guard(Pending::Quit, ctx),
            Action::Undo => {
                self.document.undo();
            }
            Action::Redo => {
                self.document.redo();
            }
            Action::Cut => {
                if self.copy_selection(ctx) {
                    self.delete_selection();
                }
            }
            Action::Copy => {
                self.copy_selection(ctx);
            }
            Action::Paste => {
                if let Some(copied) = self.copied.clone() {
                    self.paste(&copied);
                }
            }
            Action::Duplicate => {
                let copied = CopiedCards::from_map(&self.document.map, self.selection.cards());
                self.paste(&copied);
            }
            Action::Delete => self.delete_selection(),
            Action::AddCardAfter => self.add_card_after(),
            Action::ZoomIn => self.zoom_to(self.view.zoom() * View::STEP),
            Action::ZoomOut => self.zoom_to(self.view.zoom() / View::STEP),
            Action::ZoomToFit => self.view.fit_pending = true,
            Action::ZoomTo100 => self.zoom_to(1.0),
            Action::ShowHelp => self.show_help = !self.show_help,
        }
    }

    fn zoom_to(&mut self, zoom: f32) {
        let bounds = self
            .drawing
            .as_ref()
            .map_or(Rect::NOTHING, |d| d.layout.bounds);
        self.view.zoom_to(zoom, self.canvas_rect, bounds);
    }

    pub fn is_enabled(&self, action: Action) -> bool {
        match action {
            Action::Undo => self.document.undo_label().is_some(),
            Action::Redo => self.document.redo_label().is_some(),
            Action::Delete => self.selection != Selection::Map,
            Action::Cut | Action::Copy | Action::Duplicate => !self.selection.cards().is_empty(),
            Action::Paste => self.copied.is_some(),
            Action::AddCardAfter => self.selection.cards().len() == 1,
            _ => true,
        }
    }

    /// Asks about unsaved changes before `pending` discards them.
    pub fn guard(&mut self, pending: Pending, ctx: &Context) {
        if self.document.is_dirty() {
            self.confirm = Some(pending);
        } else {
            self.proceed(pending, ctx);
        }
    }

    fn proceed(&mut self, pending: Pending, ctx: &Context) {
        match pending {
            Pending::Quit => {
                if let Some((autosave, _)) = &mut self.autosave {
                    autosave.discard();
                }
                self.allow_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Pending::Close => self.replace_document(super::new_document(&self.template_language)),
            Pending::ChooseFileToOpen => {
                let receiver = self.dialogs.ask(DialogRequest::Open, ctx.clone());
                self.dialog = Some((DialogPurpose::Open, receiver));
            }
            Pending::ChooseFileToImport => {
                let receiver = self.dialogs.ask(DialogRequest::Import, ctx.clone());
                self.dialog = Some((DialogPurpose::Import, receiver));
            }
            Pending::Open(path) => self.open(&path),
            Pending::Replace(document) => self.replace_document(*document),
            Pending::Restore(recovered) => self.restore(*recovered),
        }
    }

    /// Opens a recovery copy as an unsaved map of its original file. The copy
    /// stays until this window's own copy, or a save, holds the map.
    fn restore(&mut self, recovered: Recovered) {
        match file::load(&recovered.map_path) {
            Ok(map) => {
                let info = recovered.info;
                self.replace_document(Document::recovered(map, info.original, info.original_stamp));
                if let Some((autosave, _)) = &mut self.autosave {
                    autosave.adopt(recovered.slot);
                }
            }
            Err(error) => self.message = Some(error.to_string()),
        }
    }

    /// Opens a map, or imports a spreadsheet or a Mermaid journey as a new unsaved
    /// map; a file that fails to load opens nothing and says why.
    pub fn open(&mut self, path: &Path) {
        if Format::of_path(path).is_some() {
            match interchange::import(path) {
                Ok(map) => self.replace_document(Document::new_unsaved(map)),
                Err(error) => self.message = Some(error.to_string()),
            }
            return;
        }
        if self.guards.may_open(path, self.document.path.as_deref()) {
            self.load_map(path);
        }
    }

    fn load_map(&mut self, path: &Path) {
        match file::load_stamped(path) {
            Ok((map, stamp)) => {
                let mut document = Document::from_file(map, path.to_path_buf());
                document.on_disk = Some(stamp);
                self.replace_document(document);
                self.remember(path);
            }
            Err(error) => self.message = Some(error.to_string()),
        }
    }

    /// Does what the user chose in a warning of [`Guards`].
    fn carry_out(&mut self, choice: GuardChoice, ctx: &Context) {
        match choice {
            GuardChoice::Overwrite(path) => {
                self.save_to(&path, ctx);
            }
            GuardChoice::SaveAs => self.ask_save_path(ctx),
            GuardChoice::Reload(path) => {
                self.after_save = None;
                self.guard(Pending::Open(path), ctx);
            }
            GuardChoice::CancelSave => self.after_save = None,
            GuardChoice::OpenAnyway(path) => self.load_map(&path),
        }
    }

    fn replace_document(&mut self, document: Document) {
        if let Some((autosave, _)) = &mut self.autosave {
            autosave.discard();
        }
        self.document = document;
        self.document_serial += 1;
        self.selection = Selection::Map;
        self.canvas = CanvasState::default();
        self.view.fit_pending = true;
        self.message = None;
    }

    fn remember(&mut self, path: &Path) {
        let path = path.to_path_buf();
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Saves over the map's own file, once sure nobody changed it meanwhile.
    fn save(&mut self, ctx: &Context) {
        match self.document.path.clone() {
            Some(path) => {
                if self.guards.may_save(&self.document) {
                    self.save_to(&path, ctx);
                }
            }
            None => self.ask_save_path(ctx),
        }
    }

    /// Saves, then carries on with what was waiting for the save.
    fn save_to(&mut self, path: &Path, ctx: &Context) -> bool {
        let text = file::to_ron(&self.document.map);
        match file::save_text(path, &text) {
            Ok(()) => {
                self.document.mark_saved(path.to_path_buf());
                self.document.on_disk = Some(DiskStamp::of_bytes(text.as_bytes()));
                self.remember(path);
                self.message = None;
                if let Some(pending) = self.after_save.take() {
                    self.proceed(pending, ctx);
                }
                true
            }
            Err(error) => {
                self.after_save = None;
                self.message = Some(error.to_string());
                false
            }
        }
    }

    fn ask_export_path(&mut self, format: Format, ctx: &Context) {
        let suggested_name = format!(
            "{}.{}",
            file::slug(&self.document.map.meta.title),
            format.extension()
        );
        let receiver = self.dialogs.ask(
            DialogRequest::Export {
                format_label: format.label(),
                extension: format.extension(),
                suggested_name,
            },
            ctx.clone(),
        );
        self.dialog = Some((DialogPurpose::Export(format), receiver));
    }

    /// Writes the map in another format; the map itself stays as it is.
    pub fn export(&mut self, format: Format, path: &Path) {
        let text = interchange::export(&self.document.map, format);
        if let Err(error) =
            file::write_atomically(path, |out| std::io::Write::write_all(out, text.as_bytes()))
        {
            let target = path.display().to_string();
            self.message = Some(file::SaveError { target, error }.to_string());
        }
    }

    fn ask_save_path(&mut self, ctx: &Context) {
        let suggested_name = format!(
            "{}.{}",
            file::slug(&self.document.map.meta.title),
            file::EXTENSION
        );
        let receiver = self
            .dialogs
            .ask(DialogRequest::Save { suggested_name }, ctx.clone());
        self.dialog = Some((DialogPurpose::SaveAs, receiver));
    }

    fn poll_dialog(&mut self, ctx: &Context) {
        let Some((purpose, receiver)) = &self.dialog else {
            return;
        };
        let Ok(answer) = receiver.try_recv() else {
            return;
        };
        let purpose = *purpose;
        self.dialog = None;
        match (purpose, answer) {
            (DialogPurpose::Open, Some(path)) => self.open(&path),
            (DialogPurpose::SaveAs, Some(path)) => {
                let path = with_map_extension(path);
                self.save_to(&path, ctx);
            }
            (DialogPurpose::Image(source), Some(path)) => self.embed_image(source, &path),
            (DialogPurpose::Import, Some(path)) => self.open(&path),
            (DialogPurpose::Export(format), Some(path)) => self.export(format, &path),
            (DialogPurpose::ExportPicture, Some(path)) => {
                if let Some(dialog) = &mut self.export {
                    dialog.start(self.document.map.clone(), path, ctx);
                }
            }
            (_, None) => self.after_save = None,
        }
    }

    /// Puts a picture file into a card or a persona, after checking its limits.
    pub fn embed_image(&mut self, source: ImageSource, path: &Path) {
        let image = match read_image(path) {
            Ok(image) => image,
            Err(reason) => {
                self.message = Some(format!("{}: {reason}", path.display()));
                return;
            }
        };
        let map = &self.document.map;
        let edit = match source {
            ImageSource::Card(id) => map.card(id).map(|card| {
                Edit::ReplaceCard(crate::model::Card {
                    image: Some(image),
                    ..card.clone()
                })
            }),
            ImageSource::Persona(id) => map.persona(id).map(|persona| {
                Edit::SetPersona(crate::model::Persona {
                    photo: Some(image),
                    ..persona.clone()
                })
            }),
        };
        if let Some(edit) = edit {
            self.document.apply(edit);
        }
    }

    fn handle_close_request(&mut self, ctx: &Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.document.is_dirty()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.confirm = Some(Pending::Quit);
        }
    }

    fn handle_dropped_files(&mut self, ctx: &Context) {
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.guard(Pending::Open(path), ctx);
        }
    }

    fn handle_shortcuts(&mut self, ctx: &Context) {
        let typing = ctx.egui_wants_keyboard_input() || self.canvas.editing.is_some();
        for action in Action::ALL {
            let Some(shortcut) = action.shortcut() else {
                continue;
            };
            if (typing && action.is_plain_key())
                || action.is_clipboard()
                || !self.is_enabled(action)
            {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.run(action, ctx);
            }
        }
    }

    /// Cut, copy and paste from the keyboard arrive as events; a paste carries the
    /// system clipboard's text, so cards copied in another window paste here too.
    fn handle_clipboard_events(&mut self, ctx: &Context) {
        if ctx.egui_wants_keyboard_input() || self.canvas.editing.is_some() {
            return;
        }
        for event in ctx.input(|i| i.events.clone()) {
            match event {
                egui::Event::Copy => self.run(Action::Copy, ctx),
                egui::Event::Cut => self.run(Action::Cut, ctx),
                egui::Event::Paste(text) => {
                    if let Some(copied) = CopiedCards::from_text(&text) {
                        self.paste(&copied);
                    }
                }
                _ => {}
            }
        }
    }

    fn copy_selection(&mut self, ctx: &Context) -> bool {
        if self.selection.cards().is_empty() {
            return false;
        }
        let copied = CopiedCards::from_map(&self.document.map, self.selection.cards());
        ctx.copy_text(copied.to_text());
        self.copied = Some(copied);
        true
    }

    /// Pastes beside the one selected card, or back where the cards came from.
    fn paste(&mut self, copied: &CopiedCards) {
        let beside = match self.selection.cards() {
            [one] => Some(*one),
            _ => None,
        };
        let Some(edit) = crate::edit::paste(&self.document.map, copied, beside) else {
            return;
        };
        let pasted = match &edit {
            Edit::AddCards(cards) => cards.iter().map(|c| c.id).collect(),
            _ => Vec::new(),
        };
        if self.document.apply(edit) {
            self.selection = Selection::Cards(pasted);
        }
    }

    fn update_title(&mut self, ctx: &Context) {
        let name = self
            .document
            .file_name()
            .unwrap_or_else(|| "Untitled map".to_owned());
        let marker = if self.document.is_dirty() { " •" } else { "" };
        let title = format!("{name}{marker} — Parcours");
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window's title as it was last set.
    pub fn title(&self) -> &str {
        &self.title
    }

    fn delete_selection(&mut self) {
        let edit = match &self.selection {
            Selection::Map => return,
            Selection::Cards(cards) => Edit::DeleteCards(cards.clone()),
            Selection::Stage(id) => Edit::RemoveStage(*id),
            Selection::Lane(id) => Edit::RemoveLane(*id),
            Selection::Point { curve, point } => Edit::RemovePoint {
                curve: *curve,
                point: *point,
            },
            Selection::Link(id) => Edit::RemoveLink(*id),
            Selection::Persona(id) => Edit::RemovePersona(*id),
        };
        self.document.apply(edit);
        self.selection = Selection::Map;
    }

    /// Adds an empty card after the selected one, in its cell, and starts typing in it.
    fn add_card_after(&mut self) {
        let [selected] = self.selection.cards() else {
            return;
        };
        let map = &self.document.map;
        let Some(card) = map.card(*selected) else {
            return;
        };
        let in_cell: Vec<CardId> = map
            .cards
            .iter()
            .filter(|c| c.lane == card.lane && c.stage == card.stage && c.step == card.step)
            .map(|c| c.id)
            .collect();
        let index = in_cell
            .iter()
            .position(|id| id == selected)
            .map_or(in_cell.len(), |i| i + 1);
        let mut new_card = Card::new(CardId(map.next_free_id()), card.lane, card.stage, "");
        new_card.step = card.step;
        new_card.channel = card.channel.clone();
        let id = new_card.id;
        let place = CellPlace {
            lane: card.lane,
            stage: card.stage,
            step: card.step,
            index,
        };
        if self.document.apply(Edit::InsertCard {
            card: new_card,
            index: place.index,
        }) {
            self.selection = Selection::Cards(vec![id]);
            self.canvas
                .edit_text(&self.document.map, EditTarget::Card(id));
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                self.action_button(ui, Action::NewFromTemplate);
                self.action_button(ui, Action::Open);
                self.action_button(ui, Action::Import);
                ui.menu_button("Open recent", |ui| {
                    if self.recent.is_empty() {
                        ui.label("No recent maps");
                    }
                    for path in self.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.guard(Pending::Open(path), &ctx);
                        }
                    }
                });
                ui.separator();
                self.action_button(ui, Action::Save);
                self.action_button(ui, Action::SaveAs);
                ui.menu_button("Export", |ui| {
                    self.action_button(ui, Action::Export);
                    self.action_button(ui, Action::ExportCsv);
                    self.action_button(ui, Action::ExportMermaid);
                });
                ui.separator();
                self.action_button(ui, Action::Close);
                self.action_button(ui, Action::Quit);
            });
            ui.menu_button("Edit", |ui| {
                let undo = self
                    .document
                    .undo_label()
                    .map_or("Undo".to_owned(), |l| format!("Undo {l}"));
                let redo = self
                    .document
                    .redo_label()
                    .map_or("Redo".to_owned(), |l| format!("Redo {l}"));
                self.action_button_labelled(ui, Action::Undo, &undo);
                self.action_button_labelled(ui, Action::Redo, &redo);
                ui.separator();
                self.action_button(ui, Action::Cut);
                self.action_button(ui, Action::Copy);
                self.action_button(ui, Action::Paste);
                self.action_button(ui, Action::Duplicate);
                ui.separator();
                self.action_button(ui, Action::AddCardAfter);
                self.action_button(ui, Action::Delete);
            });
            ui.menu_button("View", |ui| {
                self.action_button(ui, Action::ZoomIn);
                self.action_button(ui, Action::ZoomOut);
                self.action_button(ui, Action::ZoomToFit);
                self.action_button(ui, Action::ZoomTo100);
            });
            ui.menu_button("Help", |ui| self.action_button(ui, Action::ShowHelp));
        });
    }

    fn action_button(&mut self, ui: &mut Ui, action: Action) {
        self.action_button_labelled(ui, action, action.label());
    }

    fn action_button_labelled(&mut self, ui: &mut Ui, action: Action, label: &str) {
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = action.shortcut_text(ui.ctx()) {
            button = button.shortcut_text(shortcut);
        }
        if ui.add_enabled(self.is_enabled(action), button).clicked() {
            self.run(action, &ui.ctx().clone());
        }
    }

    fn status_ui(&mut self, ui: &mut Ui) {
        let map = &self.document.map;
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} stages · {} cards · {} links",
                map.stages.len(),
                map.cards.len(),
                map.links.len()
            ));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(format!("{:.0}%", self.view.zoom() * 100.0));
            });
        });
    }

    fn confirm_ui(&mut self, ctx: &Context) {
        let Some(pending) = self.confirm.clone() else {
            return;
        };
        let name = self
            .document
            .file_name()
            .map_or_else(|| "this map".to_owned(), |name| format!("“{name}”"));
        let mut choice = None;
        egui::Modal::new(Id::unique("unsaved-changes")).show(ctx, |ui| {
            ui.heading("Unsaved changes");
            ui.label(format!(
                "Save the changes to {name} first? Otherwise they are lost."
            ));
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    choice = Some(true);
                }
                if ui.button("Discard changes").clicked() {
                    choice = Some(false);
                }
                if ui.button("Cancel").clicked() {
                    self.cancel_pending();
                }
            });
        });
        match choice {
            Some(true) => {
                self.confirm = None;
                self.after_save = Some(pending);
                self.save(ctx);
            }
            Some(false) => {
                self.confirm = None;
                self.proceed(pending, ctx);
            }
            None => {}
        }
    }

    /// Drops what waited on the unsaved-changes question; a recovery copy the
    /// user meant to restore is offered again.
    fn cancel_pending(&mut self) {
        if let Some(Pending::Restore(recovered)) = self.confirm.take() {
            self.recovered.insert(0, *recovered);
        }
    }

    /// Offers each map a crashed Parcours left unsaved.
    fn recovery_ui(&mut self, ctx: &Context) {
        if self.recovered.is_empty() || self.confirm.is_some() {
            return;
        }
        let now = super::autosave::seconds_now();
        let mut restore = None;
        let mut discard = None;
        let mut later = false;
        egui::Modal::new(Id::unique("recovery")).show(ctx, |ui| {
            ui.heading("Recover unsaved work");
            ui.label("Parcours closed before these maps were saved:");
            for (i, recovered) in self.recovered.iter().enumerate() {
                ui.separator();
                let info = &recovered.info;
                ui.strong(&info.title);
                let file = info
                    .original
                    .as_ref()
                    .map_or("never saved".to_owned(), |p| p.display().to_string());
                let age = super::autosave::age(now.saturating_sub(info.saved_at));
                ui.label(format!("{file} · copy saved {age}"));
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        restore = Some(i);
                    }
                    if ui.button("Discard").clicked() {
                        discard = Some(i);
                    }
                });
            }
            ui.separator();
            if ui.button("Decide later").clicked() {
                later = true;
            }
        });
        if let Some(i) = discard {
            let recovered = self.recovered.remove(i);
            if let Some((_, store)) = &self.autosave {
                store.remove(&recovered.slot);
            }
        }
        if let Some(i) = restore {
            let recovered = self.recovered.remove(i);
            self.guard(Pending::Restore(Box::new(recovered)), ctx);
        }
        if later {
            self.recovered.clear();
        }
    }

    fn templates_ui(&mut self, ctx: &Context) {
        if !self.show_templates {
            return;
        }
        let mut open = true;
        let mut chosen = None;
        egui::Window::new("New from template")
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    ui.label("Language");
                    ui.selectable_value(&mut self.template_language, "en".to_owned(), "English");
                    ui.selectable_value(&mut self.template_language, "fr".to_owned(), "Français");
                });
                ui.separator();
                for template in CATALOGUE {
                    ui.horizontal(|ui| {
                        if ui.button(template.name).clicked() {
                            chosen = Some(template);
                        }
                        ui.label(template.description);
                    });
                }
            });
        if let Some(template) = chosen {
            self.show_templates = false;
            let language = if template
                .languages()
                .contains(&self.template_language.as_str())
            {
                self.template_language.clone()
            } else {
                template
                    .languages()
                    .first()
                    .map_or("en".to_owned(), |l| (*l).to_owned())
            };
            match template.instantiate(&language) {
                Ok(map) => self.guard(Pending::Replace(Box::new(Document::new_unsaved(map))), ctx),
                Err(error) => self.message = Some(error.to_string()),
            }
        } else if !open {
            self.show_templates = false;
        }
    }

    fn help_ui(&mut self, ctx: &Context) {
        let mut open = self.show_help;
        egui::Window::new("Keyboard shortcuts")
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .open(&mut open)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for action in Action::ALL {
                        if let Some(shortcut) = action.shortcut_text(ctx) {
                            ui.label(action.label());
                            ui.label(shortcut);
                            ui.end_row();
                        }
                    }
                    for (what, how) in [
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
                    ] {
                        ui.label(what);
                        ui.label(how);
                        ui.end_row();
                    }
                });
            });
        self.show_help = open;
    }
}

/// Reads a picture the user chose, refusing it before decoding if it is too large.
fn read_image(path: &Path) -> Result<crate::model::EmbeddedImage, String> {
    use crate::model::{EmbeddedImage, ImageFormat};
    let data =
        file::read_limited(path, EmbeddedImage::MAX_BYTES as u64).map_err(|err| err.to_string())?;
    let format = match image::guess_format(&data) {
        Ok(image::ImageFormat::Png) => ImageFormat::Png,
        Ok(image::ImageFormat::Jpeg) => ImageFormat::Jpeg,
        _ => return Err("only PNG and JPEG pictures can be embedded".to_owned()),
    };
    let image = EmbeddedImage { format, data };
    image.checked_dimensions()?;
    Ok(image)
}

/// Adds `.journey.ron` to a chosen file name that lacks it.
fn with_map_extension(path: PathBuf) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(&format!(".{}", file::EXTENSION)) {
        path
    } else {
        let stem = name.strip_suffix(".ron").unwrap_or(&name);
        path.with_file_name(format!("{stem}.{}", file::EXTENSION))
    }
}

impl eframe::App for ParcoursApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.root_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, "recent", &self.recent);
    }
}
