//! The modal windows of the editor. Each is a component: it draws itself from
//! what it is given (or owns), and returns what the user chose as an outcome
//! for the app to carry out; none of them changes the document itself.

mod guards;
mod help;
mod recovery;
mod templates;
mod unsaved;

pub use guards::guard_question_ui;
pub use help::help_window_ui;
pub use recovery::{RecoveryChoice, recovery_ui};
pub use templates::{TemplateMove, TemplatesDialog};
pub use unsaved::unsaved_changes_ui;

use std::path::Path;

use crate::lang::Language;

/// A file's name in the quotes of `language`, as the questions name it.
fn quoted_name(path: &Path, language: Language) -> String {
    let name = path.file_name().unwrap_or(path.as_os_str());
    language.quoted(&name.to_string_lossy())
}
