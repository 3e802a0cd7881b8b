//! The file dialog the window waits on, and what its answer is for.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use egui::Context;

use super::dialogs::{DialogRequest, FileDialogs};
use crate::interchange::Format;
use crate::scene::ImageSource;
use crate::session::FileChoice;

/// Why a file dialog was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    /// A file the session asked for: to open, import, or save as.
    Session(FileChoice),
    /// A picture for an image card or a persona.
    Image(ImageSource),
    /// Where to write the map as CSV or Mermaid.
    Export(Format),
    /// Where the Export dialog writes.
    ExportPicture,
    /// A map to compare the open one with.
    CompareWith,
}

/// The file dialogs, and the one open now.
pub struct FileRequests {
    dialogs: Box<dyn FileDialogs>,
    waiting: Option<(DialogPurpose, Receiver<Option<PathBuf>>)>,
}

impl FileRequests {
    /// Asks through `dialogs`: the platform's, or a test's script.
    pub fn new(dialogs: Box<dyn FileDialogs>) -> Self {
        Self {
            dialogs,
            waiting: None,
        }
    }

    /// Opens a dialog for `purpose`; its answer comes from [`FileRequests::poll`].
    pub fn ask(&mut self, purpose: DialogPurpose, request: DialogRequest, ctx: &Context) {
        let receiver = self.dialogs.ask(request, ctx.clone());
        self.waiting = Some((purpose, receiver));
    }

    /// The answer of the open dialog once given (None inside: cancelled).
    pub fn poll(&mut self) -> Option<(DialogPurpose, Option<PathBuf>)> {
        let (purpose, receiver) = self.waiting.as_ref()?;
        let answer = receiver.try_recv().ok()?;
        let purpose = *purpose;
        self.waiting = None;
        Some((purpose, answer))
    }
}
