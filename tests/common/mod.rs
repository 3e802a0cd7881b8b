//! What several test files share: the editor window in a test harness, file
//! dialogs answered from a script, and the parts of a PowerPoint package.

use std::collections::VecDeque;
use std::io::Read;
use std::path::Path;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

use egui_kittest::Harness;
use parcours::ui::{DialogRequest, FileDialogs, ParcoursApp};

/// The editor window as the tests see it: 1600×1000 points at 60 frames a
/// second, settled over its first frames.
pub fn editor_harness(app: ParcoursApp) -> Harness<'static, ParcoursApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut ParcoursApp| app.root_ui(ui), app);
    harness.run_steps(3);
    harness
}

/// Answers file dialogs from a list, as a person would have.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    pub answers: Arc<Mutex<VecDeque<Option<PathBuf>>>>,
    pub asked: Arc<Mutex<Vec<DialogRequest>>>,
}

impl ScriptedDialogs {
    pub fn answering(path: PathBuf) -> Self {
        let dialogs = Self::default();
        dialogs
            .answers
            .lock()
            .expect("not poisoned")
            .push_back(Some(path));
        dialogs
    }
}

impl FileDialogs for ScriptedDialogs {
    fn ask(&self, request: DialogRequest, _repaint: egui::Context) -> Receiver<Option<PathBuf>> {
        let (sender, receiver) = channel();
        self.asked.lock().expect("not poisoned").push(request);
        let answer = self
            .answers
            .lock()
            .expect("not poisoned")
            .pop_front()
            .flatten();
        sender.send(answer).expect("the receiver is alive");
        receiver
    }
}

/// The named part of the PowerPoint package at `path`, as text.
pub fn part(path: &Path, name: &str) -> String {
    let file = std::fs::File::open(path).expect("the deck opens");
    let mut package = zip::ZipArchive::new(file).expect("the deck is a zip");
    let mut text = String::new();
    package
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} is in the package"))
        .read_to_string(&mut text)
        .expect("the part is UTF-8");
    text
}
pub mod svg;
pub mod workshop;
