//! The file dialog the window waits on, and what its answer is for. When the
//! system cannot show a dialog, the window's own chooser takes its place.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use egui::Context;

use super::dialogs::{DialogRequest, FileDialogs};
use super::file_chooser::{ChooserOutcome, FileChooser, home};
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

/// What a request waits on: the system's dialog or the window's own chooser.
enum Waiting {
    Native(DialogRequest, Receiver<Option<PathBuf>>),
    BuiltIn(Box<FileChooser>),
}

/// The file dialogs, and the one open now.
pub struct FileRequests {
    dialogs: Box<dyn FileDialogs>,
    waiting: Option<(DialogPurpose, Waiting)>,
    /// Where the built-in chooser opens: the folder of the last file chosen.
    folder: Option<PathBuf>,
}

impl FileRequests {
    /// Asks through `dialogs`: the platform's, or a test's script.
    pub fn new(dialogs: Box<dyn FileDialogs>) -> Self {
        Self {
            dialogs,
            waiting: None,
            folder: None,
        }
    }

    /// Opens a dialog for `purpose`; its answer comes from [`FileRequests::poll`].
    pub fn ask(&mut self, purpose: DialogPurpose, request: DialogRequest, ctx: &Context) {
        let waiting = if self.dialogs.available() {
            let receiver = self.dialogs.ask(request.clone(), ctx.clone());
            Waiting::Native(request, receiver)
        } else {
            built_in(request, self.folder.clone())
        };
        self.waiting = Some((purpose, waiting));
    }

    /// The answer of the open dialog once given (None inside: cancelled). The
    /// built-in chooser, when it is the one open, is drawn here.
    pub fn poll(&mut self, ctx: &Context) -> Option<(DialogPurpose, Option<PathBuf>)> {
        let folder = self.folder.clone();
        let available = self.dialogs.available();
        let (purpose, waiting) = self.waiting.as_mut()?;
        let purpose = *purpose;
        let answer = match waiting {
            Waiting::Native(request, receiver) => {
                let answer = receiver.try_recv().ok()?;
                if answer.is_none() && !available {
                    // Not a cancel: no dialog could be shown.
                    *waiting = built_in(request.clone(), folder);
                    ctx.request_repaint();
                    return None;
                }
                answer
            }
            Waiting::BuiltIn(chooser) => match chooser.ui(ctx)? {
                ChooserOutcome::Chosen(path) => Some(path),
                ChooserOutcome::Cancelled => None,
            },
        };
        if let Some(folder) = answer.as_ref().and_then(|path| path.parent()) {
            self.folder = Some(folder.to_path_buf());
        }
        self.waiting = None;
        Some((purpose, answer))
    }
}

/// The window's own chooser for `request`, in `folder` or the home folder.
fn built_in(request: DialogRequest, folder: Option<PathBuf>) -> Waiting {
    let folder = folder.unwrap_or_else(home);
    Waiting::BuiltIn(Box::new(FileChooser::new(request, folder)))
}
