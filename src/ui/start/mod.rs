//! The start screen, shown when Parcours starts without a file: the recent
//! maps with a thumbnail, title and date (missing files marked), the templates
//! and the examples in the interface's language, Open and Import. It returns
//! what the user chose; the app carries it out.

mod thumbnails;

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use egui::Ui;

use crate::lang::{Language, fill};
use crate::model::JourneyMap;
use crate::templates::{CATALOGUE, Kind, Template};
use thumbnails::{THUMBNAIL_WIDTH, Thumbnail, Thumbnails};

/// What the user chose on the start screen.
pub enum StartMove {
    /// Nothing yet.
    Nothing,
    /// Open this recent map.
    OpenRecent(PathBuf),
    /// A new map from a template or an example.
    NewMap(Box<JourneyMap>),
    /// Ask for a map file to open.
    Open,
    /// Ask for a spreadsheet or a Mermaid journey to import.
    Import,
    /// The template could not be made: why, in English.
    Failed(String),
}

/// One recent map as listed.
struct Recent {
    path: PathBuf,
    /// The day the file was last written, `YYYY-MM-DD`; None when it is missing.
    saved_on: Option<String>,
}

/// The start screen's state.
pub struct StartScreen {
    recent: Vec<Recent>,
    thumbnails: Option<Thumbnails>,
}

impl StartScreen {
    /// A start screen listing `recent`, looked at once now.
    pub fn new(recent: &[PathBuf]) -> Self {
        let recent = recent
            .iter()
            .map(|path| Recent {
                path: path.clone(),
                saved_on: saved_on(path),
            })
            .collect();
        Self {
            recent,
            thumbnails: None,
        }
    }

    /// Draws the screen in `ui`; returns what the user chose.
    pub fn ui(&mut self, ui: &mut Ui) -> StartMove {
        let language = super::language(ui.ctx());
        let words = language.words();
        let mut chosen = StartMove::Nothing;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(words.start_title);
            ui.horizontal(|ui| {
                if ui.button(words.open).clicked() {
                    chosen = StartMove::Open;
                }
                if ui.button(words.import).clicked() {
                    chosen = StartMove::Import;
                }
            });
            ui.separator();
            ui.columns(2, |columns| {
                let left = egui::Layout::top_down(egui::Align::Min);
                columns[0].with_layout(left, |ui| {
                    if let Some(path) = self.recent_ui(ui, language) {
                        chosen = StartMove::OpenRecent(path);
                    }
                });
                columns[1].with_layout(left, |ui| {
                    if let Some(made) = catalogue_ui(ui, language) {
                        chosen = made;
                    }
                });
            });
        });
        chosen
    }

    /// The recent maps, each a button with its thumbnail, title and date;
    /// returns the one clicked.
    fn recent_ui(&mut self, ui: &mut Ui, language: Language) -> Option<PathBuf> {
        let words = language.words();
        ui.heading(words.start_recent);
        if self.recent.is_empty() {
            ui.weak(words.no_recent_maps);
        }
        let ctx = ui.ctx().clone();
        let present = self
            .recent
            .iter()
            .filter(|recent| recent.saved_on.is_some())
            .map(|recent| recent.path.clone())
            .collect();
        let thumbnails = self
            .thumbnails
            .get_or_insert_with(|| Thumbnails::start(present, &ctx));
        let mut clicked = None;
        for recent in &self.recent {
            ui.separator();
            if recent_ui(ui, recent, thumbnails, language) {
                clicked = Some(recent.path.clone());
            }
        }
        clicked
    }
}

/// One recent map; true when it was clicked.
fn recent_ui(
    ui: &mut Ui,
    recent: &Recent,
    thumbnails: &mut Thumbnails,
    language: Language,
) -> bool {
    let words = language.words();
    let name = file_name(&recent.path);
    let Some(saved_on) = &recent.saved_on else {
        ui.add_enabled(false, egui::Button::new(&name));
        ui.colored_label(
            ui.visuals().error_fg_color,
            fill(words.start_missing, &[&recent.path.display()]),
        );
        return false;
    };
    let mut clicked = ui.button(&name).clicked();
    match thumbnails.get(&recent.path, ui.ctx()) {
        Some(Thumbnail::Ready { title, texture }) => {
            ui.label(title);
            let size = texture.size_vec2() * (THUMBNAIL_WIDTH as f32 / texture.size_vec2().x);
            let shown = size * (150.0 / THUMBNAIL_WIDTH as f32);
            let picture = egui::Image::new((texture.id(), shown))
                .max_height(120.0)
                .sense(egui::Sense::click());
            clicked |= ui.add(picture).clicked();
        }
        Some(Thumbnail::Unreadable(english)) => {
            let said = crate::lang::translate(english, language);
            ui.colored_label(ui.visuals().warn_fg_color, said);
        }
        Some(Thumbnail::Waiting) | None => {
            ui.spinner();
        }
    }
    ui.weak(fill(words.start_saved_on, &[saved_on]));
    clicked
}

/// The templates, then the examples, in the interface's language; returns
/// the map made from the one clicked.
fn catalogue_ui(ui: &mut Ui, language: Language) -> Option<StartMove> {
    let words = language.words();
    let mut chosen = None;
    for (kind, heading) in [
        (Kind::Template, words.start_templates),
        (Kind::Example, words.start_examples),
    ] {
        ui.heading(heading);
        for template in CATALOGUE.iter().filter(|t| t.kind == kind) {
            if ui.button(language.template_title(template)).clicked() {
                chosen = Some(made_from(template, language));
            }
            ui.weak(language.template_description(template));
        }
        ui.add_space(8.0);
    }
    chosen
}

/// A new map from `template` in `language`, or in its first language.
fn made_from(template: &Template, language: Language) -> StartMove {
    let languages = template.languages();
    let code = if languages.contains(&language.code()) {
        language.code()
    } else {
        languages.first().copied().unwrap_or("en")
    };
    match template.instantiate(code) {
        Ok(map) => StartMove::NewMap(Box::new(map)),
        Err(error) => StartMove::Failed(error.to_string()),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

/// The day the file at `path` was last written, or None when there is no such file.
fn saved_on(path: &Path) -> Option<String> {
    let metadata = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
    let seconds = metadata
        .modified()
        .ok()
        .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |elapsed| elapsed.as_secs());
    Some(crate::templates::iso_date(seconds / 86_400))
}
