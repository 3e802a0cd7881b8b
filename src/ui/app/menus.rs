//! The menu bar, drawn from the action table, and the status bar.

use egui::Ui;

use super::ParcoursApp;
use crate::session::Pending;
use crate::ui::actions::{Action, Menu};

impl ParcoursApp {
    pub(super) fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::BAR {
                ui.menu_button(menu.title(), |ui| self.menu_ui(ui, menu));
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
                ui.menu_button(submenu.title(), |ui| match submenu {
                    Menu::OpenRecent => self.recent_ui(ui),
                    _ => self.menu_ui(ui, *submenu),
                });
            }
        }
    }

    fn recent_ui(&mut self, ui: &mut Ui) {
        if self.session.recent.is_empty() {
            ui.label("No recent maps");
        }
        for path in self.session.recent.clone() {
            if ui.button(path.display().to_string()).clicked() {
                self.request(Pending::Open(path), ui.ctx());
            }
        }
    }

    fn action_button(&mut self, ui: &mut Ui, action: Action) {
        let document = &self.session.document;
        let label = match action {
            Action::Undo => document.undo_label().map(|l| format!("Undo {l}")),
            Action::Redo => document.redo_label().map(|l| format!("Redo {l}")),
            _ => None,
        }
        .unwrap_or_else(|| action.label().to_owned());
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = action.shortcut_text(ui.ctx()) {
            button = button.shortcut_text(shortcut);
        }
        let response = ui
            .add_enabled(self.is_enabled(action), button)
            .on_hover_text(action.tooltip());
        if response.clicked() {
            self.run(action, &ui.ctx().clone());
        }
    }

    pub(super) fn status_ui(&mut self, ui: &mut Ui) {
        let map = &self.session.document.map;
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} · {} · {}",
                counted(map.stages.len(), "stage", "stages"),
                counted(map.cards.len(), "card", "cards"),
                counted(map.links.len(), "link", "links"),
            ));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(format!("{:.0}%", self.view.zoom() * 100.0));
            });
        });
    }
}

/// "1 card", "2 cards", "0 cards".
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn counts_read_in_the_singular_for_one() {
        assert_eq!(counted(1, "card", "cards"), "1 card");
        assert_eq!(counted(2, "card", "cards"), "2 cards");
        assert_eq!(counted(0, "card", "cards"), "0 cards");
    }
}
