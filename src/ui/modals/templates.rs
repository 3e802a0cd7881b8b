//! New from template: the catalogue, in English or French.

use egui::Context;

use crate::lang::Language;
use crate::model::JourneyMap;
use crate::templates::{CATALOGUE, Template};

/// What the templates window asks of the app.
pub enum TemplateMove {
    Nothing,
    /// The user closed the window without choosing.
    Close,
    /// A new map from the chosen template.
    Chosen(Box<JourneyMap>),
    /// The template could not be made: say why, in English (the session
    /// shows it in the interface's language).
    Failed(String),
}

/// The templates window, while it is open.
pub struct TemplatesDialog {
    /// The language asked for, "en" or "fr".
    language: String,
}

impl TemplatesDialog {
    /// Opens on the language last used.
    pub fn new(language: &str) -> Self {
        Self {
            language: language.to_owned(),
        }
    }

    /// The language asked for, "en" or "fr".
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Draws the window; returns what the user did.
    pub fn window_ui(&mut self, ctx: &Context) -> TemplateMove {
        let mut cancelled = false;
        let mut chosen = None;
        let language = crate::ui::language(ctx);
        let words = language.words();
        // A Cancel button rather than egui's title bar controls, which egui
        // names in English only.
        egui::Window::new(words.templates_title)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    ui.label(words.templates_language);
                    for offered in Language::ALL {
                        let code = offered.code().to_owned();
                        ui.selectable_value(&mut self.language, code, offered.native_name());
                    }
                });
                ui.separator();
                for template in CATALOGUE {
                    ui.horizontal(|ui| {
                        if ui.button(language.template_title(template)).clicked() {
                            chosen = Some(template);
                        }
                        ui.label(language.template_description(template));
                    });
                }
                ui.separator();
                cancelled = ui.button(words.cancel).clicked();
            });
        match chosen {
            Some(template) => self.make(template),
            None if cancelled => TemplateMove::Close,
            None => TemplateMove::Nothing,
        }
    }

    /// A map from `template` in the language asked for, or in the template's
    /// first language when it has no version in that one.
    fn make(&self, template: &Template) -> TemplateMove {
        let languages = template.languages();
        let language = if languages.contains(&self.language.as_str()) {
            self.language.clone()
        } else {
            languages
                .first()
                .map_or("en".to_owned(), |l| (*l).to_owned())
        };
        match template.instantiate(&language) {
            Ok(map) => TemplateMove::Chosen(Box::new(map)),
            Err(error) => TemplateMove::Failed(error.to_string()),
        }
    }
}
