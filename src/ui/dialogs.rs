//! Native file dialogs that never block the frame loop: each runs on a worker
//! thread and hands its answer back through a channel. Behind a trait, so tests
//! answer instead of a person.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// What a file dialog is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogRequest {
    /// A journey map file to open.
    Open,
    /// A PNG or JPEG picture, for an image card or a persona's photo.
    Image,
    /// A spreadsheet or a Mermaid journey to import.
    Import,
    /// Where to export, suggesting a file name with the format's extension.
    Export {
        /// The format's name, shown with the file type filter.
        format_label: &'static str,
        /// The format's file extension, without the dot.
        extension: &'static str,
        /// The file name offered.
        suggested_name: String,
    },
    /// Save as, suggesting a file name.
    Save {
        /// The file name offered.
        suggested_name: String,
    },
}

/// Shows file dialogs: the platform's ([`NativeDialogs`]), or in tests answers
/// given in advance.
pub trait FileDialogs {
    /// Starts a dialog; the answer (None when cancelled) arrives on the receiver.
    fn ask(&self, request: DialogRequest, repaint: egui::Context) -> Receiver<Option<PathBuf>>;
}

/// The platform's dialogs, through rfd.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn ask(&self, request: DialogRequest, repaint: egui::Context) -> Receiver<Option<PathBuf>> {
        let (sender, receiver) = channel();
        let words = super::words(&repaint);
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new().add_filter(words.filter_journey_map, &["ron"]);
            let answer = match request {
                DialogRequest::Open => dialog.set_title(words.open_title).pick_file(),
                DialogRequest::Import => rfd::FileDialog::new()
                    .add_filter(
                        words.filter_import,
                        &crate::formats::importable_extensions(),
                    )
                    .set_title(words.import_title)
                    .pick_file(),
                DialogRequest::Export {
                    format_label,
                    extension,
                    suggested_name,
                } => rfd::FileDialog::new()
                    .add_filter(format_label, &[extension])
                    .set_title(words.export_title)
                    .set_file_name(suggested_name)
                    .save_file(),
                DialogRequest::Image => rfd::FileDialog::new()
                    .add_filter(words.filter_picture, &["png", "jpg", "jpeg"])
                    .set_title(words.picture_title)
                    .pick_file(),
                DialogRequest::Save { suggested_name } => dialog
                    .set_title(words.save_title)
                    .set_file_name(suggested_name)
                    .save_file(),
            };
            // The app may have closed meanwhile; then nobody needs the answer.
            let _ = sender.send(answer);
            repaint.request_repaint();
        });
        receiver
    }
}
