//! What several test files share: file dialogs answered from a script.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

use parcours::ui::{DialogRequest, FileDialogs};

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
