//! The modal windows over the editor, and what their outcomes do.

use egui::Context;

use super::ParcoursApp;
use crate::edit::Document;
use crate::session::Pending;
use crate::ui::dialogs::DialogRequest;
use crate::ui::export_dialog::ExportMove;
use crate::ui::file_requests::DialogPurpose;
use crate::ui::modals::{
    RecoveryChoice, TemplateMove, guard_question_ui, help_window_ui, recovery_ui,
    unsaved_changes_ui,
};

impl ParcoursApp {
    pub(super) fn modals_ui(&mut self, ctx: &Context) {
        if self.session.question().is_some() {
            let file_name = self.session.document.file_name();
            if let Some(choice) = unsaved_changes_ui(ctx, file_name.as_deref()) {
                let next = self.session.answer_unsaved(choice);
                self.follow(next, ctx);
            }
        }
        if let Some(question) = self.session.guard_question()
            && let Some(choice) = guard_question_ui(ctx, &question)
        {
            let next = self.session.answer_guard(choice);
            self.follow(next, ctx);
        }
        if !self.session.recovered.is_empty() && self.session.question().is_none() {
            self.recovery_dialog_ui(ctx);
        }
        self.templates_ui(ctx);
        help_window_ui(ctx, &mut self.show_help);
        crate::ui::about::about_window_ui(ctx, &mut self.show_about);
        self.export_ui(ctx);
        self.import_progress_ui(ctx);
    }

    fn recovery_dialog_ui(&mut self, ctx: &Context) {
        match recovery_ui(ctx, &self.session.recovered) {
            Some(RecoveryChoice::Restore(index)) => {
                let next = self.session.restore_left_behind(index);
                self.follow(next, ctx);
            }
            Some(RecoveryChoice::Discard(index)) => self.session.discard_left_behind(index),
            Some(RecoveryChoice::Later) => self.session.recovered.clear(),
            None => {}
        }
    }

    fn templates_ui(&mut self, ctx: &Context) {
        let Some(dialog) = &mut self.templates else {
            return;
        };
        let outcome = dialog.window_ui(ctx);
        if matches!(outcome, TemplateMove::Nothing) {
            return;
        }
        self.session.new_map_language = dialog.language().to_owned();
        self.templates = None;
        match outcome {
            TemplateMove::Chosen(map) => {
                let document = Box::new(Document::new_unsaved(*map));
                self.request(Pending::Replace(document), ctx);
            }
            TemplateMove::Failed(english) => self.session.tell(english),
            TemplateMove::Nothing | TemplateMove::Close => {}
        }
    }

    fn export_ui(&mut self, ctx: &Context) {
        let Some(dialog) = &mut self.export else {
            return;
        };
        match dialog.window_ui(
            ctx,
            &self.session.document.map,
            self.session.document.revision(),
        ) {
            ExportMove::Nothing => {}
            ExportMove::Close => self.export = None,
            ExportMove::ChooseFile => {
                let format = dialog.request.format;
                let request = DialogRequest::Export {
                    format_label: self.language.export_format(format),
                    extension: format.extension(),
                    suggested_name: self.session.suggested_file_name(format.extension()),
                };
                self.files.ask(DialogPurpose::ExportPicture, request, ctx);
            }
            ExportMove::Finished(english) => {
                self.session.tell(english);
                self.export = None;
            }
        }
    }
}
