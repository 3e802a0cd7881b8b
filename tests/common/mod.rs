//! What several test files share: the editor window in a test harness, and
//! file dialogs answered from a script.

use std::collections::VecDeque;
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
