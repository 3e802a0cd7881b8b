//! The inspector: every field of the selected element. Each change comes back as
//! an edit, marked when typing or dragging made it: the app merges those of one
//! field into one undo step.

mod card;
mod colour;
mod curve;
mod grid;
mod map;
mod persona;
mod widgets;
mod workshop;

use egui::Ui;

use self::card::card_ui;
use self::curve::{link_ui, point_ui};
use self::grid::{lane_ui, stage_ui};
use self::map::map_ui;
use self::persona::persona_ui;
use super::selection::Selection;
use crate::edit::Edit;
use crate::model::*;
use crate::scene::ImageSource;

/// An edit from the inspector.
pub struct InspectorEdit {
    pub edit: Edit,
    /// Made by typing or dragging a value: it may merge with the next edits of
    /// the same field. Otherwise (a button) it is its own undo step.
    pub merge: bool,
}

/// What the inspector asks of the app this frame.
#[derive(Default)]
pub struct InspectorOutput {
    pub edits: Vec<InspectorEdit>,
    /// The user wants to pick an image file for this card or persona.
    pub choose_image: Option<ImageSource>,
}

pub fn inspector_ui(ui: &mut Ui, map: &JourneyMap, selection: &mut Selection) -> InspectorOutput {
    let mut out = Out::default();
    egui::ScrollArea::vertical().show(ui, |ui| match selection.clone() {
        Selection::Map => map_ui(ui, map, selection, &mut out),
        Selection::Cards(cards) => match cards.as_slice() {
            [id] => match map.card(*id) {
                Some(card) => card_ui(ui, map, card, selection, &mut out),
                None => *selection = Selection::Map,
            },
            _ => {
                let language = crate::ui::language(ui.ctx());
                let words = language.words();
                let count = language.counted(cards.len(), words.card_one, words.card_many);
                ui.heading(count);
                if ui.button(words.delete_them).clicked() {
                    out.once(Edit::DeleteCards(cards));
                    *selection = Selection::Map;
                }
            }
        },
        Selection::Stage(id) => match map.stage(id) {
            Some(stage) => stage_ui(ui, map, stage, selection, &mut out),
            None => *selection = Selection::Map,
        },
        Selection::Lane(id) => match map.lane(id) {
            Some(lane) => lane_ui(ui, map, lane, selection, &mut out),
            None => *selection = Selection::Map,
        },
        Selection::Point { curve, point } => {
            let found = map
                .curves
                .iter()
                .find(|c| c.id == curve)
                .and_then(|c| c.points.iter().find(|p| p.id == point).map(|p| (c, p)));
            match found {
                Some((curve, point)) => point_ui(ui, map, curve, point, selection, &mut out),
                None => *selection = Selection::Map,
            }
        }
        Selection::Link(id) => match map.links.iter().find(|l| l.id == id) {
            Some(link) => link_ui(ui, map, link, selection, &mut out),
            None => *selection = Selection::Map,
        },
        Selection::Persona(id) => match map.persona(id) {
            Some(persona) => persona_ui(ui, map, persona, selection, &mut out),
            None => *selection = Selection::Map,
        },
        Selection::Cell(cell) => workshop::cell_ui(ui, map, cell, selection),
    });
    let edits = out
        .edits
        .into_iter()
        .map(|(edit, merge)| InspectorEdit { edit, merge })
        .collect();
    InspectorOutput {
        edits,
        choose_image: out.choose_image,
    }
}

#[derive(Default)]
struct Out {
    edits: Vec<(Edit, bool)>,
    choose_image: Option<ImageSource>,
}

impl Out {
    /// A change made by typing or dragging a value: merged while the field is edited.
    fn merged(&mut self, edit: Edit) {
        self.edits.push((edit, true));
    }

    /// A change made by a button: its own undo step.
    fn once(&mut self, edit: Edit) {
        self.edits.push((edit, false));
    }
}
