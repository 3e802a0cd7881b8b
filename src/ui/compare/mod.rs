//! The compare mode: the open map drawn with what changed since another map
//! marked (added cards green, removed ones red and ghosted in place, changed
//! ones amber, moved ones with a trace to their old cell, the other map's
//! emotion curves dashed with the difference per stage), beside the list of
//! changes. It never edits the document: a click on a change comes back as the
//! element to select, and Escape or its button as leaving.
//!
//! Also here, as they read maps the same way: the conflicts panel of a merged
//! map ([`ConflictsPanel`]) and the small choice before comparing a
//! future-state map ([`CompareChoice`]).

mod canvas;
mod choice;
mod conflicts;
mod list;
mod paint;

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::textures::TextureCache;
use super::view::View;
use crate::compare::{self, Comparison, Mark, OldCurve, Picture, StageDifference};
use crate::lang::Language;
use crate::layout::MapLayout;
use crate::model::{ElementRef, JourneyMap};
use crate::scene::{Scene, build_scene};

pub use choice::{CompareChoice, CompareChoiceMove};
pub use conflicts::{ConflictMove, conflicts_panel_ui};

/// The compare mode's state: the other map, and what it worked out from both.
pub struct CompareMode {
    /// The map the open one is compared with (the old one).
    other: JourneyMap,
    /// The other map's file name, for the panel's heading.
    other_name: String,
    shown: Option<Shown>,
    /// The change in the list the user is on.
    current: Option<usize>,
    textures: TextureCache,
    /// Whether the list scrolls to the current change on the next frame.
    reveal: bool,
    /// What the canvas brings into view on the next frame, in map units.
    bring_into_view: Option<egui::Rect>,
    /// The session's serial when the mode began: another map opened since
    /// ends the mode.
    serial: Option<u64>,
}

/// What the mode shows for one revision of the document in one language.
struct Shown {
    key: ((u64, u64), Language),
    comparison: Comparison,
    picture: Picture,
    layout: MapLayout,
    scene: Scene,
    marks: Vec<Mark>,
    old_curves: Vec<OldCurve>,
    differences: Vec<StageDifference>,
    /// Each change's lines in words, in the list's order.
    lines: Vec<Vec<String>>,
}

/// What the user asked of the mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareMove {
    /// Leave compare mode.
    Leave,
    /// Select this element of the open map (a change was picked).
    Select(ElementRef),
}

/// The arrow between a value before and after, in a character the shipped
/// fonts draw: they have no "→".
fn drawable(line: String) -> String {
    if crate::fonts::covers('→') {
        line
    } else {
        line.replace('→', "⇨")
    }
}

/// The key that goes to the next change; with Shift, to the previous one.
const NEXT_KEY: Key = Key::F8;

impl CompareMode {
    /// Compares the open map with `other`, named `other_name`.
    pub fn new(other: JourneyMap, other_name: String) -> Self {
        Self {
            other,
            other_name,
            shown: None,
            current: None,
            textures: TextureCache::default(),
            reveal: false,
            bring_into_view: None,
            serial: None,
        }
    }

    /// Each change's lines, as the list shows them (empty before the first frame).
    pub fn change_lines(&self) -> Vec<String> {
        self.shown
            .iter()
            .flat_map(|shown| shown.lines.iter().map(|lines| lines.join("\n")))
            .collect()
    }

    /// Draws the mode in `ui` for `map` at `key` (the session's serial and the
    /// document's revision), through the window's `view` (so that the zoom
    /// commands work in the mode too); what the user asked, if anything. A
    /// map opened in the window since the mode began leaves it.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        map: &JourneyMap,
        key: (u64, u64),
        language: Language,
        view: &mut View,
    ) -> Option<CompareMove> {
        if *self.serial.get_or_insert(key.0) != key.0 {
            return Some(CompareMove::Leave);
        }
        self.refresh(map, key, language);
        let mut chosen = self.keys_ui(ui);
        egui::Panel::right("compare")
            .default_size(380.0)
            .show(ui, |ui| {
                if let Some(picked) = self.list_ui(ui, map) {
                    chosen = Some(picked);
                }
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            if let Some(picked) = self.canvas_ui(ui, view) {
                chosen = Some(picked);
            }
        });
        chosen
    }

    /// Works the comparison out again when the document or the language changed.
    fn refresh(&mut self, map: &JourneyMap, key: (u64, u64), language: Language) {
        let key = (key, language);
        if self.shown.as_ref().is_some_and(|s| s.key == key) {
            return;
        }
        let comparison = compare::compare(&self.other, map);
        let picture = Picture::of(&comparison, &self.other, map);
        let layout = MapLayout::new(&picture.map);
        let scene = build_scene(&picture.map, &layout);
        let lines = comparison
            .changes
            .iter()
            .map(|change| {
                let lines = compare::describe(change, &self.other, map, language);
                lines.into_iter().map(drawable).collect()
            })
            .collect();
        self.current = self
            .current
            .filter(|current| *current < comparison.changes.len());
        self.shown = Some(Shown {
            key,
            marks: compare::marks(&comparison, &picture, &layout),
            old_curves: compare::old_curves(&comparison, &self.other, &picture, &layout),
            differences: compare::stage_differences(&comparison, &layout),
            comparison,
            picture,
            layout,
            scene,
            lines,
        });
    }

    /// F8 and Shift+F8 step through the changes; Escape leaves, unless a text
    /// field has the keys.
    fn keys_ui(&mut self, ui: &Ui) -> Option<CompareMove> {
        let previous = KeyboardShortcut::new(Modifiers::SHIFT, NEXT_KEY);
        let next = KeyboardShortcut::new(Modifiers::NONE, NEXT_KEY);
        let typing = ui.ctx().memory(|m| m.focused()).is_some();
        let (back, forward, escape) = ui.ctx().input_mut(|input| {
            (
                input.consume_shortcut(&previous),
                input.consume_shortcut(&next),
                !typing && input.consume_key(Modifiers::NONE, Key::Escape),
            )
        });
        if escape {
            return Some(CompareMove::Leave);
        }
        match (back, forward) {
            (true, _) => self.step(-1),
            (_, true) => self.step(1),
            _ => None,
        }
    }

    /// Goes `by` changes on from the current one, round the list's ends.
    fn step(&mut self, by: isize) -> Option<CompareMove> {
        let count = self.shown.as_ref()?.comparison.changes.len() as isize;
        if count == 0 {
            return None;
        }
        let next = match self.current {
            Some(current) => (current as isize + by).rem_euclid(count),
            None if by < 0 => count - 1,
            None => 0,
        };
        self.go_to(next as usize)
    }

    /// Makes change `index` the current one, brings it into view, and selects
    /// its element in the open map when the map still has it.
    fn go_to(&mut self, index: usize) -> Option<CompareMove> {
        self.current = Some(index);
        self.reveal = true;
        let shown = self.shown.as_ref()?;
        if let Some(mark) = shown.marks.iter().find(|m| m.change == index) {
            let around = mark.from.map_or(mark.rect, |from| from.union(mark.rect));
            self.bring_into_view = Some(around);
        }
        let change = shown.comparison.changes.get(index)?;
        change.new.map(CompareMove::Select)
    }
}
