//! Native file dialogs that never block the frame loop: each runs on a worker
//! thread and hands its answer back through a channel. Behind a trait, so tests
//! answer instead of a person. When the system cannot show a dialog, the trait
//! says so and the window shows its own chooser (`file_chooser`).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

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

    /// Whether these dialogs can be shown; false once one could not be, so
    /// that its "None" was no answer at all. The window then chooses files itself.
    fn available(&self) -> bool {
        true
    }
}

/// Sooner than this, a dialog that answered "cancelled" was never shown: no
/// person closes a file dialog that fast.
const NEVER_SHOWN: Duration = Duration::from_millis(300);

/// The platform's dialogs, through rfd. On Linux rfd asks the desktop portal
/// over D-Bus, then `zenity`; with neither it answers "cancelled" at once.
pub struct NativeDialogs {
    unavailable: Arc<AtomicBool>,
}

impl NativeDialogs {
    /// The dialogs of this system, known to be missing when neither a session
    /// bus (for the portal) nor `zenity` is there.
    pub fn new() -> Self {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        let path = std::env::var_os("PATH").unwrap_or_default();
        Self::with_helpers(bus, &path)
    }

    /// The dialogs of a system with (or without) a session bus and with the
    /// programs of the search path `path`.
    pub fn with_helpers(session_bus: bool, path: &OsStr) -> Self {
        let possible = !cfg!(all(unix, not(target_os = "macos")))
            || session_bus
            || std::env::split_paths(path).any(|folder| folder.join("zenity").is_file());
        Self {
            unavailable: Arc::new(AtomicBool::new(!possible)),
        }
    }
}

impl Default for NativeDialogs {
    fn default() -> Self {
        Self::new()
    }
}

impl FileDialogs for NativeDialogs {
    fn available(&self) -> bool {
        !self.unavailable.load(Ordering::Relaxed)
    }

    fn ask(&self, request: DialogRequest, repaint: egui::Context) -> Receiver<Option<PathBuf>> {
        let (sender, receiver) = channel();
        if !self.available() {
            let _ = sender.send(None);
            return receiver;
        }
        let words = super::words(&repaint);
        let unavailable = Arc::clone(&self.unavailable);
        std::thread::spawn(move || {
            let asked = Instant::now();
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
            if answer.is_none() && asked.elapsed() < NEVER_SHOWN {
                unavailable.store(true, Ordering::Relaxed);
            }
            // The app may have closed meanwhile; then nobody needs the answer.
            let _ = sender.send(answer);
            repaint.request_repaint();
        });
        receiver
    }
}
