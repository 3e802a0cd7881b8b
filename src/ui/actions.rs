//! User actions: one list used by the menus, the keyboard shortcuts, the help
//! panel and the tests.

use egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    NewFromTemplate,
    Open,
    Import,
    Save,
    SaveAs,
    Export,
    ExportCsv,
    ExportMermaid,
    Close,
    Quit,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Duplicate,
    Delete,
    AddCardAfter,
    ZoomIn,
    ZoomOut,
    ZoomToFit,
    ZoomTo100,
    ShowHelp,
}

impl Action {
    pub const ALL: [Action; 23] = [
        Action::NewFromTemplate,
        Action::Open,
        Action::Import,
        Action::Save,
        Action::SaveAs,
        Action::Export,
        Action::ExportCsv,
        Action::ExportMermaid,
        Action::Close,
        Action::Quit,
        Action::Undo,
        Action::Redo,
        Action::Cut,
        Action::Copy,
        Action::Paste,
        Action::Duplicate,
        Action::Delete,
        Action::AddCardAfter,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::ZoomToFit,
        Action::ZoomTo100,
        Action::ShowHelp,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Action::NewFromTemplate => "New from template…",
            Action::Open => "Open…",
            Action::Import => "Import CSV or Mermaid…",
            Action::Export => "Slides, images and PDF…",
            Action::ExportCsv => "Export as CSV…",
            Action::ExportMermaid => "Export as Mermaid journey…",
            Action::Save => "Save",
            Action::SaveAs => "Save as…",
            Action::Close => "Close",
            Action::Quit => "Quit",
            Action::Undo => "Undo",
            Action::Redo => "Redo",
            Action::Cut => "Cut",
            Action::Copy => "Copy",
            Action::Paste => "Paste",
            Action::Duplicate => "Duplicate",
            Action::Delete => "Delete selection",
            Action::AddCardAfter => "Add the next card",
            Action::ZoomIn => "Zoom in",
            Action::ZoomOut => "Zoom out",
            Action::ZoomToFit => "Zoom to fit",
            Action::ZoomTo100 => "Zoom to 100%",
            Action::ShowHelp => "Keyboard shortcuts",
        }
    }

    /// The shortcut, with Ctrl on Linux and Windows and Cmd on macOS.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        let command_shift = |key| {
            Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                key,
            ))
        };
        match self {
            Action::NewFromTemplate => command(Key::N),
            Action::Open => command(Key::O),
            Action::Import => command(Key::I),
            Action::Export => command(Key::E),
            Action::ExportCsv | Action::ExportMermaid => None,
            Action::Save => command(Key::S),
            Action::SaveAs => command_shift(Key::S),
            Action::Close => command(Key::W),
            Action::Quit => command(Key::Q),
            Action::Undo => command(Key::Z),
            Action::Redo => command_shift(Key::Z),
            Action::Cut => command(Key::X),
            Action::Copy => command(Key::C),
            Action::Paste => command(Key::V),
            Action::Duplicate => command(Key::D),
            Action::Delete => Some(KeyboardShortcut::new(Modifiers::NONE, Key::Delete)),
            Action::AddCardAfter => Some(KeyboardShortcut::new(Modifiers::NONE, Key::Enter)),
            Action::ZoomIn => command(Key::Equals),
            Action::ZoomOut => command(Key::Minus),
            Action::ZoomToFit => command(Key::Num1),
            Action::ZoomTo100 => command(Key::Num0),
            Action::ShowHelp => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
        }
    }

    /// The shortcut as menus show it, with "=" and "-" where egui spells out
    /// "Equals" and "Minus".
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        let shortcut = self.shortcut()?;
        Some(
            ctx.format_shortcut(&shortcut)
                .replace("Equals", "=")
                .replace("Minus", "-"),
        )
    }

    /// Actions whose keys the window system turns into clipboard events, which the
    /// app handles as such (a paste carries the clipboard's text).
    pub fn is_clipboard(self) -> bool {
        matches!(self, Action::Cut | Action::Copy | Action::Paste)
    }

    /// Actions whose keys also type text: they only fire while no text field has focus.
    pub fn is_plain_key(self) -> bool {
        matches!(self, Action::Delete | Action::AddCardAfter)
    }
}

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn zoom_shortcuts_read_as_the_keys_people_press() {
        let ctx = egui::Context::default();
        let zoom_in = Action::ZoomIn.shortcut_text(&ctx).expect("a shortcut");
        let zoom_out = Action::ZoomOut.shortcut_text(&ctx).expect("a shortcut");
        assert!(zoom_in.ends_with('='), "{zoom_in}");
        assert!(zoom_out.ends_with('-'), "{zoom_out}");
        assert_eq!(Action::ExportCsv.shortcut_text(&ctx), None);
    }
}
