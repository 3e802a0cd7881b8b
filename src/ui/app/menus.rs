//! The menu bar, drawn from the action table, and the status bar.

use egui::Ui;

use super::ParcoursApp;
use crate::lang::{Language, fill};
use crate::session::Pending;
use crate::ui::actions::{Action, Menu};

impl ParcoursApp {
    pub(super) fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::BAR {
                ui.menu_button(menu.title(self.language), |ui| self.menu_ui(ui, menu));
            }
        });
    }

    /// The actions of `menu`, section by section, each section followed by the
    /// submenus that close it.
    fn menu_ui(&mut self, ui: &mut Ui, menu: Menu) {
        let mut sections: Vec<u8> = Action::ALL
            .iter()
            .map(|a| a.menu())
            .filter(|(m, _)| *m == menu)
            .map(|(_, section)| section)
            .chain(menu.submenus().iter().map(|(section, _)| *section))
            .collect();
        sections.sort_unstable();
        sections.dedup();
        for (i, section) in sections.iter().enumerate() {
            if i > 0 {
                ui.separator();
            }
            for action in Action::ALL {
                if action.menu() == (menu, *section) {
                    self.action_button(ui, *action);
                }
            }
            for (_, submenu) in menu.submenus().iter().filter(|(s, _)| s == section) {
                ui.menu_button(submenu.title(self.language), |ui| match submenu {
                    Menu::OpenRecent => self.recent_ui(ui),
                    _ => self.menu_ui(ui, *submenu),
                });
            }
        }
        if menu == Menu::View {
            ui.separator();
            self.language_choice_ui(ui);
        }
    }

    /// English or Français, each named in itself: the interface changes at
    /// once, and the choice is remembered for the next start.
    fn language_choice_ui(&mut self, ui: &mut Ui) {
        let tooltip = self.language.words().interface_language_tip;
        for language in Language::ALL {
            let chosen = self.language == language;
            let response = ui
                .radio(chosen, language.native_name())
                .on_hover_text(tooltip);
            if response.clicked() && !chosen {
                self.set_language(language);
            }
        }
    }

    fn recent_ui(&mut self, ui: &mut Ui) {
        if self.session.recent.is_empty() {
            ui.label(self.language.words().no_recent_maps);
        }
        for path in self.session.recent.clone() {
            if ui.button(path.display().to_string()).clicked() {
                self.request(Pending::Open(path), ui.ctx());
            }
        }
    }

    fn action_button(&mut self, ui: &mut Ui, action: Action) {
        let document = &self.session.document;
        let language = self.language;
        let words = language.words();
        let label = match action {
            Action::Undo => document
                .undo_label(language)
                .map(|l| fill(words.undo_named, &[&l])),
            Action::Redo => document
                .redo_label(language)
                .map(|l| fill(words.redo_named, &[&l])),
            _ => None,
        }
        .unwrap_or_else(|| action.label(language).to_owned());
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = action.shortcut_text(ui.ctx(), language) {
            button = button.shortcut_text(shortcut);
        }
        if let Some(on) = self.is_switched_on(action) {
            button = button.selected(on);
        }
        let response = ui
            .add_enabled(self.is_enabled(action), button)
            .on_hover_text(action.tooltip(language));
        if response.clicked() {
            self.run(action, &ui.ctx().clone());
        }
    }

    pub(super) fn status_ui(&mut self, ui: &mut Ui) {
        let map = &self.session.document.map;
        let language = self.language;
        let words = language.words();
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} · {} · {}",
                language.counted(map.stages.len(), words.stage_one, words.stage_many),
                language.counted(map.cards.len(), words.card_one, words.card_many),
                language.counted(map.links.len(), words.link_one, words.link_many),
            ));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(language.percent(f64::from(self.view.zoom()) * 100.0));
            });
        });
    }
}
