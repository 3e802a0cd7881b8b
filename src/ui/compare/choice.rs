//! Before comparing a future-state map: compare with the current-state map it
//! improves on, found beside it, or choose another map.

use std::path::PathBuf;

use egui::{Context, Id};

use crate::lang::fill;

/// The choice, while it is asked: the current-state map's file.
pub struct CompareChoice {
    /// The file of the map the open one improves on.
    pub current: PathBuf,
}

/// What the user chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareChoiceMove {
    /// Compare with this file.
    Compare(PathBuf),
    /// Ask for another map.
    ChooseAnother,
    /// Do not compare.
    Cancel,
}

impl CompareChoice {
    /// Asks; the answer once given.
    pub fn window_ui(&self, ctx: &Context) -> Option<CompareChoiceMove> {
        let language = crate::ui::language(ctx);
        let words = language.words();
        let name = self
            .current
            .file_name()
            .map(|name| language.quoted(&name.to_string_lossy()))
            .unwrap_or_default();
        let mut chosen = None;
        egui::Modal::new(Id::unique("compare-choice")).show(ctx, |ui| {
            ui.heading(words.compare_choice_title);
            if ui
                .button(fill(words.compare_with_current, &[&name]))
                .clicked()
            {
                chosen = Some(CompareChoiceMove::Compare(self.current.clone()));
            }
            if ui.button(words.compare_choose_other).clicked() {
                chosen = Some(CompareChoiceMove::ChooseAnother);
            }
            if ui.button(words.cancel).clicked() {
                chosen = Some(CompareChoiceMove::Cancel);
            }
        });
        chosen
    }
}
