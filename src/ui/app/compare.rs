//! Comparing in the window: File › New future-state map from this one, File ›
//! Compare with… (a future-state map offers its current-state map first), the
//! compare mode drawn instead of the palette, inspector and canvas while it is
//! on, and the conflicts panel of a merged map, whose choices are edits.

use std::path::{Path, PathBuf};

use egui::{Context, Ui};

use super::ParcoursApp;
use crate::compare::future_state_from;
use crate::edit::{Document, Edit, Take};
use crate::model::{ElementRef, JourneyMap, MapRef};
use crate::session::Pending;
use crate::ui::compare::{
    CompareChoice, CompareChoiceMove, CompareMode, CompareMove, ConflictMove, conflicts_panel_ui,
};
use crate::ui::dialogs::DialogRequest;
use crate::ui::file_requests::DialogPurpose;
use crate::ui::selection::Selection;

impl ParcoursApp {
    /// Whether the compare mode is on.
    pub fn is_comparing(&self) -> bool {
        self.compare.is_some()
    }

    /// The compare mode's list of changes, one entry per change (empty when
    /// the mode is off).
    pub fn compare_lines(&self) -> Vec<String> {
        self.compare
            .as_ref()
            .map_or_else(Vec::new, CompareMode::change_lines)
    }

    /// Starts an unsaved future-state map from the open one, once unsaved
    /// changes are dealt with.
    pub(super) fn new_future_state(&mut self, ctx: &Context) {
        let document = &self.session.document;
        let future = future_state_from(&document.map, document.path.as_deref());
        let document = Box::new(Document::new_unsaved(future));
        self.request(Pending::Replace(document), ctx);
    }

    /// Offers the current-state map a future-state map improves on, when it is
    /// found; asks for a map to compare with otherwise.
    pub(super) fn compare_with(&mut self, ctx: &Context) {
        match self.current_state_file() {
            Some(current) => self.compare_choice = Some(CompareChoice { current }),
            None => self.ask_map_to_compare(ctx),
        }
    }

    fn ask_map_to_compare(&mut self, ctx: &Context) {
        self.files
            .ask(DialogPurpose::CompareWith, DialogRequest::Open, ctx);
    }

    /// The file of the map the open one improves on: beside the open map's
    /// file, or among the maps opened lately.
    fn current_state_file(&self) -> Option<PathBuf> {
        let document = &self.session.document;
        let Some(MapRef::File(name)) = &document.map.meta.improves_on else {
            return None;
        };
        let beside = document
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(|folder| folder.join(name));
        let recent = self
            .session
            .recent
            .iter()
            .filter(|path| {
                path.file_name()
                    .is_some_and(|n| n.to_string_lossy() == *name)
            })
            .cloned();
        beside.into_iter().chain(recent).find(|path| path.is_file())
    }

    /// Compares the open map with the map at `path`, or says why it cannot.
    pub fn compare_with_file(&mut self, path: &Path) {
        match crate::file::load(path) {
            Ok(other) => {
                let name = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                self.session.document.close_merge();
                self.compare = Some(CompareMode::new(other, name));
            }
            Err(error) => self.session.tell(error),
        }
    }

    /// Draws the compare mode when it is on, and the choice before it when
    /// asked; true when the mode took the window's middle.
    pub(super) fn compare_mode_ui(&mut self, ui: &mut Ui) -> bool {
        let ctx = ui.ctx().clone();
        if let Some(choice) = &self.compare_choice
            && let Some(answer) = choice.window_ui(&ctx)
        {
            self.compare_choice = None;
            match answer {
                CompareChoiceMove::Compare(path) => self.compare_with_file(&path),
                CompareChoiceMove::ChooseAnother => self.ask_map_to_compare(&ctx),
                CompareChoiceMove::Cancel => {}
            }
        }
        let Some(mode) = &mut self.compare else {
            return false;
        };
        let key = (self.session.serial(), self.session.document.revision());
        let map = &self.session.document.map;
        let asked = mode.ui(ui, map, key, self.language, &mut self.view);
        super::name_resize_handle(ui, "compare", self.language.words().resize_panel);
        match asked {
            Some(CompareMove::Leave) => self.compare = None,
            Some(CompareMove::Select(element)) => {
                self.selection = selection_of(map, element);
                self.session.document.close_merge();
            }
            None => {}
        }
        true
    }

    /// The conflicts panel, beside the inspector, while the map has conflicts.
    pub(super) fn conflicts_panel_ui(&mut self, ui: &mut Ui) {
        if self.session.document.map.conflicts.is_empty() {
            return;
        }
        let map = &self.session.document.map;
        let chosen = egui::Panel::right("conflicts")
            .default_size(320.0)
            .show(ui, |ui| conflicts_panel_ui(ui, map))
            .inner;
        super::name_resize_handle(ui, "conflicts", self.language.words().resize_panel);
        if let Some(chosen) = chosen {
            self.resolve(chosen);
        }
    }

    fn resolve(&mut self, chosen: ConflictMove) {
        let (index, take) = match chosen {
            ConflictMove::TakeOurs(index) => (index, Take::Ours),
            ConflictMove::TakeTheirs(index) => (index, Take::Theirs),
            ConflictMove::KeepAsItIs(index) => (index, Take::AsItIs),
            ConflictMove::Edit(index) => return self.select_conflicted(index),
        };
        let document = &mut self.session.document;
        let Some(conflict) = document.map.conflicts.get(index).cloned() else {
            return;
        };
        document.close_merge();
        if !document.apply(Edit::ResolveConflict { conflict, take }) {
            let words = self.language.words();
            self.session.message = Some(words.conflict_not_resolved.to_owned());
        }
    }

    /// Selects the element of conflict `index` and brings it into view.
    fn select_conflicted(&mut self, index: usize) {
        let map = &self.session.document.map;
        let Some(conflict) = map.conflicts.get(index) else {
            return;
        };
        self.selection = selection_of(map, conflict.element);
        self.session.document.close_merge();
        self.bring_selection_into_view();
    }
}

/// What the canvas and the inspector select to show `element` of `map`.
fn selection_of(map: &JourneyMap, element: ElementRef) -> Selection {
    match element {
        ElementRef::Card(id) if map.card(id).is_some() => Selection::Cards(vec![id]),
        ElementRef::Stage(id) if map.stage(id).is_some() => Selection::Stage(id),
        ElementRef::Step(id) => map
            .stage_of_step(id)
            .map_or(Selection::Map, |stage| Selection::Stage(stage.id)),
        ElementRef::Lane(id) if map.lane(id).is_some() => Selection::Lane(id),
        ElementRef::Persona(id) if map.persona(id).is_some() => Selection::Persona(id),
        ElementRef::Link(id) if map.links.iter().any(|l| l.id == id) => Selection::Link(id),
        ElementRef::Point(point) => map
            .curves
            .iter()
            .find(|c| c.points.iter().any(|p| p.id == point))
            .map_or(Selection::Map, |curve| Selection::Point {
                curve: curve.id,
                point,
            }),
        ElementRef::Moment(id) => map
            .moments
            .iter()
            .find(|m| m.id == id)
            .map_or(Selection::Map, |m| Selection::Cards(vec![m.card])),
        ElementRef::Curve(id) => map
            .curves
            .iter()
            .find(|c| c.id == id)
            .map_or(Selection::Map, |c| Selection::Persona(c.persona)),
        _ => Selection::Map,
    }
}
