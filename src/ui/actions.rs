//! User actions: one table that gives each its label, tooltip, shortcut, menu and
//! when it is enabled. Menus, keyboard shortcuts, the help window and tests all
//! read it; adding an action is one entry here and one arm in the app's `run`.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::selection::Selection;
use crate::lang::Language;

/// The menus of the menu bar, and the submenus inside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// File: new, open, import, save, close and quit.
    File,
    /// File › Open recent: the files opened last, not actions.
    OpenRecent,
    /// File › Export.
    Export,
    /// Edit: undo and redo, the clipboard, adding and deleting.
    Edit,
    /// View: the zoom and the interface's language.
    View,
    /// Help: the list of shortcuts.
    Help,
}

impl Menu {
    /// The menus of the menu bar, left to right.
    pub const BAR: [Menu; 4] = [Menu::File, Menu::Edit, Menu::View, Menu::Help];

    /// The menu's title, in `language`.
    pub fn title(self, language: Language) -> &'static str {
        let words = language.words();
        match self {
            Menu::File => words.menu_file,
            Menu::OpenRecent => words.menu_open_recent,
            Menu::Export => words.menu_export,
            Menu::Edit => words.menu_edit,
            Menu::View => words.menu_view,
            Menu::Help => words.menu_help,
        }
    }

    /// The submenus of this menu, each with the section it closes.
    pub fn submenus(self) -> &'static [(u8, Menu)] {
        match self {
            Menu::File => &[(0, Menu::OpenRecent), (1, Menu::Export)],
            _ => &[],
        }
    }
}

/// What the app knows that decides which actions can run now.
#[derive(Clone, Copy, Debug)]
pub struct ActionState<'a> {
    /// Whether the document has a step to undo.
    pub can_undo: bool,
    /// Whether the document has an undone step to redo.
    pub can_redo: bool,
    /// What is selected on the canvas.
    pub selection: &'a Selection,
    /// Whether this window copied cards that Paste can insert.
    pub has_copied: bool,
}

impl ActionState<'_> {
    fn always(&self) -> bool {
        true
    }

    fn can_undo(&self) -> bool {
        self.can_undo
    }

    fn can_redo(&self) -> bool {
        self.can_redo
    }

    fn has_selection(&self) -> bool {
        *self.selection != Selection::Map
    }

    fn has_cards(&self) -> bool {
        !self.selection.cards().is_empty()
    }

    fn has_one_card(&self) -> bool {
        self.selection.cards().len() == 1
    }

    fn has_copied(&self) -> bool {
        self.has_copied
    }
}

fn command(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(Modifiers::COMMAND, key))
}

fn command_shift(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(
        Modifiers::COMMAND | Modifiers::SHIFT,
        key,
    ))
}

fn plain(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(Modifiers::NONE, key))
}

fn none() -> Option<KeyboardShortcut> {
    None
}

/// Declares the actions and derives from one table of entries the enum, its
/// list in menu order, and a method for each column.
macro_rules! actions {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident {
            label: $label:ident,
            tooltip: $tooltip:ident,
            shortcut: $shortcut:expr,
            menu: $menu:ident / $section:literal,
            enabled: $enabled:ident $(,)?
        }
    )*) => {
        /// Something the user can do from a menu, a shortcut or a test.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Action {
            $($(#[doc = $doc])* $name,)*
        }

        impl Action {
            /// Every action, in menu order.
            pub const ALL: &[Action] = &[$(Action::$name),*];

            /// The action's name in menus, in `language`.
            pub fn label(self, language: Language) -> &'static str {
                let words = language.words();
                match self { $(Action::$name => words.$label,)* }
            }

            /// What the action does, shown when the pointer rests on it.
            pub fn tooltip(self, language: Language) -> &'static str {
                let words = language.words();
                match self { $(Action::$name => words.$tooltip,)* }
            }

            /// The shortcut, with Ctrl on Linux and Windows and Cmd on macOS.
            pub fn shortcut(self) -> Option<KeyboardShortcut> {
                match self { $(Action::$name => $shortcut,)* }
            }

            /// The menu that shows the action, and its section there (sections
            /// are set apart by separators).
            pub fn menu(self) -> (Menu, u8) {
                match self { $(Action::$name => (Menu::$menu, $section),)* }
            }

            /// Whether the action can run in `state`.
            pub fn is_enabled(self, state: &ActionState<'_>) -> bool {
                match self { $(Action::$name => state.$enabled(),)* }
            }
        }
    };
}

actions! {
    /// Opens the templates window, to start a new map from a template in
    /// English or French.
    NewFromTemplate {
        label: new_from_template,
        tooltip: new_from_template_tip,
        shortcut: command(Key::N),
        menu: File / 0,
        enabled: always,
    }
    /// Once unsaved changes are dealt with, asks for a journey map file and opens it.
    Open {
        label: open,
        tooltip: open_tip,
        shortcut: command(Key::O),
        menu: File / 0,
        enabled: always,
    }
    /// Once unsaved changes are dealt with, asks for a spreadsheet or a Mermaid
    /// journey and makes a new map of it.
    Import {
        label: import,
        tooltip: import_tip,
        shortcut: command(Key::I),
        menu: File / 0,
        enabled: always,
    }
    /// Saves the map to its file, or asks where when it has none.
    Save {
        label: save,
        tooltip: save_tip,
        shortcut: command(Key::S),
        menu: File / 1,
        enabled: always,
    }
    /// Asks for a new file and saves the map to it.
    SaveAs {
        label: save_as,
        tooltip: save_as_tip,
        shortcut: command_shift(Key::S),
        menu: File / 1,
        enabled: always,
    }
    /// Opens the Export dialog: slides, a poster, pictures or a PDF deck.
    Export {
        label: export_pictures,
        tooltip: export_pictures_tip,
        shortcut: command(Key::E),
        menu: Export / 0,
        enabled: always,
    }
    /// Asks where, then writes the map as a spreadsheet, one row per card.
    ExportCsv {
        label: export_csv,
        tooltip: export_csv_tip,
        shortcut: none(),
        menu: Export / 0,
        enabled: always,
    }
    /// Asks where, then writes the map as a Mermaid journey diagram.
    ExportMermaid {
        label: export_mermaid,
        tooltip: export_mermaid_tip,
        shortcut: none(),
        menu: Export / 0,
        enabled: always,
    }
    /// Closes the map and starts a new one, once unsaved changes are dealt with.
    Close {
        label: close,
        tooltip: close_tip,
        shortcut: command(Key::W),
        menu: File / 2,
        enabled: always,
    }
    /// Closes Parcours, once unsaved changes are dealt with.
    Quit {
        label: quit,
        tooltip: quit_tip,
        shortcut: command(Key::Q),
        menu: File / 2,
        enabled: always,
    }
    /// Takes back the last change.
    Undo {
        label: undo,
        tooltip: undo_tip,
        shortcut: command(Key::Z),
        menu: Edit / 0,
        enabled: can_undo,
    }
    /// Makes the change taken back last again.
    Redo {
        label: redo,
        tooltip: redo_tip,
        shortcut: command_shift(Key::Z),
        menu: Edit / 0,
        enabled: can_redo,
    }
    /// Copies the selected cards, then removes them.
    Cut {
        label: cut,
        tooltip: cut_tip,
        shortcut: command(Key::X),
        menu: Edit / 1,
        enabled: has_cards,
    }
    /// Copies the selected cards, to paste in this window or another.
    Copy {
        label: copy,
        tooltip: copy_tip,
        shortcut: command(Key::C),
        menu: Edit / 1,
        enabled: has_cards,
    }
    /// Inserts the cards this window copied last, beside the selected card or
    /// where they came from.
    Paste {
        label: paste,
        tooltip: paste_tip,
        shortcut: command(Key::V),
        menu: Edit / 1,
        enabled: has_copied,
    }
    /// Copies the selected cards into their own cells.
    Duplicate {
        label: duplicate,
        tooltip: duplicate_tip,
        shortcut: command(Key::D),
        menu: Edit / 1,
        enabled: has_cards,
    }
    /// Adds an empty card after the one selected card and starts typing its text.
    AddCardAfter {
        label: add_card_after,
        tooltip: add_card_after_tip,
        shortcut: plain(Key::Enter),
        menu: Edit / 2,
        enabled: has_one_card,
    }
    /// Removes what is selected.
    Delete {
        label: delete,
        tooltip: delete_tip,
        shortcut: plain(Key::Delete),
        menu: Edit / 2,
        enabled: has_selection,
    }
    /// Zooms in one step (×1.25).
    ZoomIn {
        label: zoom_in,
        tooltip: zoom_in_tip,
        shortcut: command(Key::Equals),
        menu: View / 0,
        enabled: always,
    }
    /// Zooms out one step (÷1.25).
    ZoomOut {
        label: zoom_out,
        tooltip: zoom_out_tip,
        shortcut: command(Key::Minus),
        menu: View / 0,
        enabled: always,
    }
    /// Fits the whole map in the canvas, at most at 100%.
    ZoomToFit {
        label: zoom_to_fit,
        tooltip: zoom_to_fit_tip,
        shortcut: command(Key::Num1),
        menu: View / 0,
        enabled: always,
    }
    /// Shows the map at 100%: one map unit to one point on screen.
    ZoomTo100 {
        label: zoom_to_100,
        tooltip: zoom_to_100_tip,
        shortcut: command(Key::Num0),
        menu: View / 0,
        enabled: always,
    }
    /// Shows or hides the Insights panel, the analysis of the map, beside the
    /// inspector.
    ShowInsights {
        label: show_insights,
        tooltip: show_insights_tip,
        shortcut: command_shift(Key::I),
        menu: View / 1,
        enabled: always,
    }
    /// Shows or hides, under each stage header, a strip coloured by the mean
    /// emotion of the stage's points.
    ShowEmotionStrip {
        label: show_emotion_strip,
        tooltip: show_emotion_strip_tip,
        shortcut: none(),
        menu: View / 1,
        enabled: always,
    }
    /// Shows or hides a mark on the stages where a metric is below its target.
    MarkMissedTargets {
        label: mark_missed_targets,
        tooltip: mark_missed_targets_tip,
        shortcut: none(),
        menu: View / 1,
        enabled: always,
    }
    // Present mode.
    /// Shows the map full screen for the room, step by step: title, overview,
    /// each stage spotlighted, the insights.
    Present {
        label: present,
        tooltip: present_tip,
        shortcut: plain(Key::F5),
        menu: View / 2,
        enabled: always,
    }
    /// Shows the talk full screen in a window of its own for the room, and
    /// keeps the editor with the presenter's notes in this one.
    PresentOnSecondWindow {
        label: present_second_window,
        tooltip: present_second_window_tip,
        shortcut: none(),
        menu: View / 2,
        enabled: always,
    }
    // Capture and dot voting.
    /// Turns vote mode on or off: in vote mode each click on a card adds a
    /// dot, and Shift-click removes one.
    ToggleVoting {
        label: vote_mode,
        tooltip: vote_mode_tip,
        shortcut: plain(Key::V),
        menu: View / 2,
        enabled: may_toggle_voting,
    }
    /// Selects the next cell along the lane, stage by stage, then the next lane.
    NextCell {
        label: next_cell,
        tooltip: next_cell_tip,
        shortcut: plain(Key::Tab),
        menu: Edit / 3,
        enabled: has_cell_or_card,
    }
    /// Selects the previous cell along the lane, then the lane above.
    PreviousCell {
        label: previous_cell,
        tooltip: previous_cell_tip,
        shortcut: Some(KeyboardShortcut::new(Modifiers::SHIFT, Key::Tab)),
        menu: Edit / 3,
        enabled: has_cell_or_card,
    }
    /// Selects the cell of the previous stage in the same lane.
    CellLeft {
        label: cell_left,
        tooltip: cell_left_tip,
        shortcut: command(Key::ArrowLeft),
        menu: Edit / 3,
        enabled: has_cell_or_card,
    }
    /// Selects the cell of the next stage in the same lane.
    CellRight {
        label: cell_right,
        tooltip: cell_right_tip,
        shortcut: command(Key::ArrowRight),
        menu: Edit / 3,
        enabled: has_cell_or_card,
    }
    /// Selects the cell of the lane above, at the same stage.
    CellAbove {
        label: cell_above,
        tooltip: cell_above_tip,
        shortcut: command(Key::ArrowUp),
        menu: Edit / 3,
        enabled: has_cell_or_card,
    }
    /// Selects the cell of the lane below, at the same stage.
    CellBelow {
        label: cell_below,
        tooltip: cell_below_tip,
        shortcut: command(Key::ArrowDown),
        menu: Edit / 3,
        enabled: has_cell_or_card,
    }
    // Compare mode, changes and merge conflicts.
    /// Once unsaved changes are dealt with, starts an unsaved future-state map
    /// from this one: the same ids, the type future state, and this map named
    /// as the one it improves on.
    NewFutureState {
        label: new_future_state,
        tooltip: new_future_state_tip,
        shortcut: none(),
        menu: File / 0,
        enabled: always,
    }
    /// Shows this map with what changed since another map marked, beside the
    /// list of changes; a future-state map offers its current-state map first.
    CompareWith {
        label: compare_with,
        tooltip: compare_with_tip,
        shortcut: none(),
        menu: File / 0,
        enabled: always,
    }
    // Start screen, file chooser and About.
    /// Shows the version, the licence and the fonts' licence.
    ShowAbout {
        label: about,
        tooltip: about_tip,
        shortcut: none(),
        menu: Help / 0,
        enabled: always,
    }
    // Spreadsheets and imports.
    /// Asks where, then writes the map as an Excel workbook: the map as a grid,
    /// the cards, the personas and the insights.
    ExportXlsx {
        label: export_xlsx,
        tooltip: export_xlsx_tip,
        shortcut: none(),
        menu: Export / 0,
        enabled: always,
    }
    /// Shows or hides the list of shortcuts and mouse gestures.
    ShowHelp {
        label: show_help,
        tooltip: show_help_tip,
        shortcut: plain(Key::F1),
        menu: Help / 0,
        enabled: always,
    }
}

impl Action {
    /// The actions with a shortcut, those with more modifier keys first: egui
    /// lets Ctrl+Z match Ctrl+Shift+Z too, so the longer shortcut must be tried
    /// before the shorter one.
    pub fn by_shortcut() -> Vec<(Action, KeyboardShortcut)> {
        let mut all: Vec<_> = Action::ALL
            .iter()
            .filter_map(|action| Some((*action, action.shortcut()?)))
            .collect();
        all.sort_by_key(|(_, shortcut)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
        all
    }

    /// The shortcut as menus show it, with "=" and "-" where egui spells out
    /// "Equals" and "Minus", and the keys named as on a French keyboard for
    /// the French interface ("Maj", "Suppr", "Entrée").
    pub fn shortcut_text(self, ctx: &egui::Context, language: Language) -> Option<String> {
        let shortcut = self.shortcut()?;
        let text = ctx
            .format_shortcut(&shortcut)
            .replace("Equals", "=")
            .replace("Minus", "-");
        Some(
            language
                .key_names()
                .iter()
                .fold(text, |text, (egui_name, name)| {
                    text.replace(egui_name, name)
                }),
        )
    }

    /// Actions whose keys the window system turns into clipboard events, which the
    /// app handles as such (a paste carries the clipboard's text).
    pub fn is_clipboard(self) -> bool {
        matches!(self, Action::Cut | Action::Copy | Action::Paste)
    }

    /// Actions whose keys also type text: they only fire while no text field has focus.
    pub fn is_plain_key(self) -> bool {
        matches!(
            self,
            Action::Delete
                | Action::AddCardAfter
                | Action::ToggleVoting
                | Action::NextCell
                | Action::PreviousCell
                | Action::CellLeft
                | Action::CellRight
                | Action::CellAbove
                | Action::CellBelow
        )
    }
}

fn modifier_count(modifiers: Modifiers) -> usize {
    [
        modifiers.alt,
        modifiers.shift,
        modifiers.ctrl,
        modifiers.command,
        modifiers.mac_cmd,
    ]
    .into_iter()
    .filter(|held| *held)
    .count()
}

#[cfg(test)]
mod tests {
    use super::{Action, Menu};
    use crate::lang::Language;

    #[test]
    fn zoom_shortcuts_read_as_the_keys_people_press() {
        let ctx = egui::Context::default();
        let english = Language::English;
        let zoom_in = Action::ZoomIn
            .shortcut_text(&ctx, english)
            .expect("a shortcut");
        let zoom_out = Action::ZoomOut
            .shortcut_text(&ctx, english)
            .expect("a shortcut");
        assert!(zoom_in.ends_with('='), "{zoom_in}");
        assert!(zoom_out.ends_with('-'), "{zoom_out}");
        assert_eq!(Action::ExportCsv.shortcut_text(&ctx, english), None);
    }

    #[test]
    fn french_menus_name_the_keys_of_a_french_keyboard() {
        let ctx = egui::Context::default();
        let french = |action: Action| action.shortcut_text(&ctx, Language::French);
        assert_eq!(french(Action::Delete).as_deref(), Some("Suppr"));
        assert_eq!(french(Action::AddCardAfter).as_deref(), Some("Entrée"));
        let redo = french(Action::Redo).expect("a shortcut");
        assert!(redo.contains("Maj") && !redo.contains("Shift"), "{redo}");
    }

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let with_keys = Action::by_shortcut();
        for (i, (first, a)) in with_keys.iter().enumerate() {
            for (second, b) in &with_keys[i + 1..] {
                assert!(
                    a.modifiers != b.modifiers || a.logical_key != b.logical_key,
                    "{first:?} and {second:?} share a shortcut"
                );
            }
        }
    }

    #[test]
    fn every_action_has_a_tooltip_and_a_menu_that_is_shown() {
        let shown: Vec<Menu> = Menu::BAR
            .iter()
            .flat_map(|menu| std::iter::once(*menu).chain(menu.submenus().iter().map(|s| s.1)))
            .collect();
        for action in Action::ALL {
            for language in Language::ALL {
                assert!(!action.tooltip(language).is_empty(), "{action:?}");
            }
            assert!(shown.contains(&action.menu().0), "{action:?}");
        }
    }
}
