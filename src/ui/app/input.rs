//! What arrives without a widget: the window's close button, dropped files,
//! keyboard shortcuts and clipboard events.

use egui::{Context, ViewportCommand};

use super::ParcoursApp;
use crate::file::CopiedCards;
use crate::session::Pending;
use crate::ui::actions::Action;

impl ParcoursApp {
    pub(super) fn read_input(&mut self, ctx: &Context) {
        self.handle_close_request(ctx);
        self.handle_dropped_files(ctx);
        self.handle_shortcuts(ctx);
        self.handle_clipboard_events(ctx);
    }

    fn handle_close_request(&mut self, ctx: &Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.session.may_close_window() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
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
            self.request(Pending::Open(path), ctx);
        }
    }

    /// Whether keys type text now, in a field or on the canvas, or are the
    /// presenter's while the talk fills the window.
    fn typing(&self, ctx: &Context) -> bool {
        ctx.egui_wants_keyboard_input() || self.canvas.editing.is_some() || self.presents_here()
    }

    fn handle_shortcuts(&mut self, ctx: &Context) {
        let typing = self.typing(ctx);
        for (action, shortcut) in Action::by_shortcut() {
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
        if self.typing(ctx) {
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
}
