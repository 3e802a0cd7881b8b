//! The window's own file chooser, for systems that cannot show a file dialog
//! (no desktop portal, no zenity): a folder's list with its parent, a name field
//! and the file type filter. It says why it is there, and returns the path
//! chosen or a cancel, as a native dialog would.

mod folder;

use std::path::{Path, PathBuf};

use egui::{Context, Id, Ui};

use super::dialogs::DialogRequest;
use crate::lang::{Words, fill};
use folder::Entry;

pub use folder::home;

/// What the user did in the chooser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChooserOutcome {
    /// A file to open, or where to write.
    Chosen(PathBuf),
    /// Closed without a file.
    Cancelled,
}

/// The chooser's state while it is open.
pub struct FileChooser {
    request: DialogRequest,
    folder: PathBuf,
    /// The folder's entries, or why it cannot be read.
    listing: Result<Vec<Entry>, String>,
    name: String,
    show_all: bool,
    problem: Option<String>,
    /// The existing file a save was asked for once; asking again replaces it.
    replace: Option<PathBuf>,
    /// Whether the name field still has to take the keyboard, as it does
    /// when the chooser opens: a path can be typed at once.
    focus_name: bool,
}

impl FileChooser {
    /// A chooser for `request`, showing `folder` first.
    pub fn new(request: DialogRequest, folder: PathBuf) -> Self {
        let name = match &request {
            DialogRequest::Export { suggested_name, .. }
            | DialogRequest::Save { suggested_name } => suggested_name.clone(),
            _ => String::new(),
        };
        let mut chooser = Self {
            request,
            folder: PathBuf::new(),
            listing: Ok(Vec::new()),
            name,
            show_all: false,
            problem: None,
            replace: None,
            focus_name: true,
        };
        chooser.enter(folder);
        chooser
    }

    /// Draws the chooser; returns the outcome once the user has chosen.
    pub fn ui(&mut self, ctx: &Context) -> Option<ChooserOutcome> {
        let words = super::words(ctx);
        let modal = egui::Modal::new(Id::unique("parcours-file-chooser")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(self.title(words));
            ui.label(words.chooser_no_native_dialog);
            ui.separator();
            self.folder_ui(ui, words);
            let picked = self.list_ui(ui, words);
            ui.separator();
            let entered = self.fields_ui(ui, words);
            let pressed = self.buttons_ui(ui, words);
            picked
                .or(pressed)
                .or_else(|| entered.then(|| self.confirm(words)).flatten())
        });
        let closed = modal.should_close().then_some(ChooserOutcome::Cancelled);
        modal.inner.or(closed)
    }

    fn folder_ui(&mut self, ui: &mut Ui, words: &Words) {
        ui.horizontal(|ui| {
            let parent = self.folder.parent().map(Path::to_path_buf);
            if ui
                .add_enabled(parent.is_some(), egui::Button::new(words.chooser_parent))
                .clicked()
                && let Some(parent) = parent
            {
                self.enter(parent);
            }
            ui.label(fill(words.chooser_folder, &[&self.folder.display()]));
        });
    }

    /// The folder's entries: a click enters a folder or picks a file, a
    /// double-click on a file chooses it.
    fn list_ui(&mut self, ui: &mut Ui, words: &Words) -> Option<ChooserOutcome> {
        let entries = match &self.listing {
            Ok(entries) => entries.clone(),
            Err(error) => {
                let problem = fill(words.chooser_unreadable, &[&self.folder.display(), error]);
                ui.colored_label(ui.visuals().error_fg_color, problem);
                return None;
            }
        };
        let mut outcome = None;
        egui::ScrollArea::vertical()
            .max_height(300.0)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if entries.is_empty() {
                    ui.weak(words.chooser_nothing_here);
                }
                for entry in entries {
                    let shown = if entry.is_folder {
                        format!("{}/", entry.name)
                    } else {
                        entry.name.clone()
                    };
                    let response = ui.selectable_label(self.name == entry.name, shown);
                    if entry.is_folder && response.clicked() {
                        self.enter(self.folder.join(&entry.name));
                    } else if response.double_clicked() {
                        self.name = entry.name;
                        outcome = self.confirm(words);
                    } else if response.clicked() {
                        self.name = entry.name;
                    }
                }
            });
        outcome
    }

    /// The name field, the filter and any problem; true when Enter was pressed
    /// in the name field.
    fn fields_ui(&mut self, ui: &mut Ui, words: &Words) -> bool {
        let entered = ui
            .horizontal(|ui| {
                let label = ui.label(words.chooser_name);
                let field =
                    ui.add(egui::TextEdit::singleline(&mut self.name).desired_width(f32::INFINITY));
                let field = field.labelled_by(label.id);
                if std::mem::take(&mut self.focus_name) {
                    field.request_focus();
                }
                field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
            })
            .inner;
        ui.horizontal(|ui| {
            let extensions: Vec<String> =
                self.extensions().iter().map(|e| format!(".{e}")).collect();
            let filter = format!("{} ({})", self.filter_label(words), extensions.join(", "));
            ui.label(fill(words.chooser_file_type, &[&filter]));
            if ui
                .checkbox(&mut self.show_all, words.chooser_show_all)
                .changed()
            {
                self.enter(self.folder.clone());
            }
        });
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        entered
    }

    fn buttons_ui(&mut self, ui: &mut Ui, words: &Words) -> Option<ChooserOutcome> {
        ui.horizontal(|ui| {
            let confirm = if self.saves() {
                words.save
            } else {
                words.chooser_open
            };
            if ui.button(confirm).clicked() {
                return self.confirm(words);
            }
            ui.button(words.cancel)
                .clicked()
                .then_some(ChooserOutcome::Cancelled)
        })
        .inner
    }

    /// Opens the folder the name names, or chooses the file, or says why not.
    fn confirm(&mut self, words: &Words) -> Option<ChooserOutcome> {
        let name = self.name.trim();
        if name.is_empty() {
            self.problem = Some(words.chooser_name_missing.to_owned());
            return None;
        }
        let mut path = self.folder.join(name);
        if path.is_dir() {
            self.name.clear();
            self.enter(path);
            return None;
        }
        if !self.saves() {
            if path.is_file() {
                return Some(ChooserOutcome::Chosen(path));
            }
            self.problem = Some(fill(words.chooser_no_such_file, &[&path.display()]));
            return None;
        }
        if let DialogRequest::Export { extension, .. } = &self.request
            && !folder::passes(name, &[extension])
        {
            path = self.folder.join(format!("{name}.{extension}"));
        }
        if path.exists() && self.replace.as_ref() != Some(&path) {
            self.problem = Some(fill(words.chooser_replace, &[&path.display()]));
            self.replace = Some(path);
            return None;
        }
        Some(ChooserOutcome::Chosen(path))
    }

    /// Shows `folder`, or says why it cannot be read.
    fn enter(&mut self, folder: PathBuf) {
        let extensions = if self.show_all {
            Vec::new()
        } else {
            self.extensions()
        };
        self.listing = folder::list(&folder, &extensions).map_err(|error| error.to_string());
        self.folder = folder;
        self.problem = None;
        self.replace = None;
    }

    fn saves(&self) -> bool {
        matches!(
            self.request,
            DialogRequest::Export { .. } | DialogRequest::Save { .. }
        )
    }

    fn extensions(&self) -> Vec<&'static str> {
        match &self.request {
            DialogRequest::Open | DialogRequest::Save { .. } => vec!["ron"],
            DialogRequest::Image => vec!["png", "jpg", "jpeg"],
            DialogRequest::Import => crate::formats::importable_extensions(),
            DialogRequest::Export { extension, .. } => vec![*extension],
        }
    }

    fn title<'a>(&self, words: &'a Words) -> &'a str {
        match &self.request {
            DialogRequest::Open => words.open_title,
            DialogRequest::Image => words.picture_title,
            DialogRequest::Import => words.import_title,
            DialogRequest::Export { .. } => words.export_title,
            DialogRequest::Save { .. } => words.save_title,
        }
    }

    fn filter_label<'a>(&self, words: &'a Words) -> &'a str {
        match &self.request {
            DialogRequest::Open | DialogRequest::Save { .. } => words.filter_journey_map,
            DialogRequest::Image => words.filter_picture,
            DialogRequest::Import => words.filter_import,
            DialogRequest::Export { format_label, .. } => format_label,
        }
    }
}
