//! Text typed straight onto the canvas: a double-clicked card, stage or lane
//! title becomes a text field over it, and so does a card being captured.

use egui::text::{CCursor, CCursorRange};
use egui::{FontId, Id, Key, Modifiers, Rect, Ui, WidgetInfo};

use super::capture::{self, CanvasEdit};
use super::{CanvasInput, CanvasState};
use crate::edit::Edit;
use crate::layout::{CellPlace, Hit};
use crate::model::{Card, CardId, JourneyMap, LaneId, MAX_TEXT_CHARS, StageId};
use crate::ui::cells::CellMove;
use crate::ui::selection::Selection;
use crate::ui::view::View;

/// What a double-click is editing in place.
#[derive(Clone, Debug, PartialEq)]
pub enum EditTarget {
    /// A card's text.
    Card(CardId),
    /// A stage's name, in its header.
    Stage(StageId),
    /// A lane's title.
    Lane(LaneId),
    /// A card not in the map yet, added at this place of its cell once its
    /// text is typed.
    NewCard(CellPlace),
}

impl EditTarget {
    /// The text a double-click on `hit` edits, if any.
    pub fn of_hit(hit: Hit) -> Option<EditTarget> {
        match hit {
            Hit::Card(card) => Some(EditTarget::Card(card)),
            Hit::Stage(stage) | Hit::StageEdge(stage) => Some(EditTarget::Stage(stage)),
            Hit::Lane(lane) | Hit::LaneEdge(lane) => Some(EditTarget::Lane(lane)),
            _ => None,
        }
    }
}

/// A text being typed in place, not yet applied to the map.
#[derive(Clone, Debug, PartialEq)]
pub struct TextEditing {
    /// What the text is of.
    pub target: EditTarget,
    /// The text as typed so far.
    pub buffer: String,
    /// The text of a card just added from the palette, shown greyed while
    /// nothing is typed and kept if nothing is; None for text already there.
    pub placeholder: Option<String>,
    /// Whether Enter, once the text is kept, starts the next card in the same
    /// cell: capturing cards one after another.
    pub chained: bool,
    /// For a card the canvas just added: the document revision adding it made.
    /// Its text joins that undo step while nothing else changed the map.
    pub added_at: Option<u64>,
}

impl TextEditing {
    /// Starts editing a target's text as it is in the map.
    pub fn start(map: &JourneyMap, target: EditTarget) -> Option<TextEditing> {
        let buffer = match &target {
            EditTarget::Card(id) => map.card(*id).map(|c| c.text.clone()),
            EditTarget::Stage(id) => map.stage(*id).map(|s| s.name.clone()),
            EditTarget::Lane(id) => map.lane(*id).map(|l| l.title.clone()),
            EditTarget::NewCard(_) => Some(String::new()),
        };
        buffer.map(|buffer| TextEditing {
            target,
            buffer,
            placeholder: None,
            chained: false,
            added_at: None,
        })
    }

    /// Whether what the text is of is in `map`: for a new card, its cell.
    pub fn is_in(&self, map: &JourneyMap) -> bool {
        match self.target {
            EditTarget::Card(id) => map.card(id).is_some(),
            EditTarget::Stage(id) => map.stage(id).is_some(),
            EditTarget::Lane(id) => map.lane(id).is_some(),
            EditTarget::NewCard(place) => {
                map.lane(place.lane).is_some() && map.stage(place.stage).is_some()
            }
        }
    }

    /// Starts typing over the placeholder text of a card dropped from the
    /// palette; Enter keeps it and starts the next card in the same cell.
    pub fn new_card(card: &Card) -> TextEditing {
        TextEditing {
            target: EditTarget::Card(card.id),
            buffer: String::new(),
            placeholder: Some(card.text.clone()),
            chained: true,
            added_at: None,
        }
    }

    /// Starts a card at `place`, not in the map until its text is kept, with
    /// `typed` as its first letters; Enter starts the next one after it.
    pub fn capture(place: CellPlace, typed: String) -> TextEditing {
        TextEditing {
            target: EditTarget::NewCard(place),
            buffer: typed,
            placeholder: None,
            chained: true,
            added_at: None,
        }
    }
}

/// The keys that end typing in place.
struct Ending {
    /// Enter: keep the text.
    keep: bool,
    /// Escape: drop it.
    drop: bool,
    /// Tab or Shift+Tab: keep it and go on to the next or previous cell.
    next_cell: Option<CellMove>,
}

fn read_ending(ui: &Ui) -> Ending {
    let ending = ui.input_mut(|i| Ending {
        keep: i.consume_key(Modifiers::NONE, Key::Enter),
        drop: i.consume_key(Modifiers::NONE, Key::Escape),
        next_cell: if i.consume_key(Modifiers::SHIFT, Key::Tab) {
            Some(CellMove::Previous)
        } else if i.consume_key(Modifiers::NONE, Key::Tab) {
            Some(CellMove::Next)
        } else {
            None
        },
    });
    if ending.next_cell.is_some() {
        // Tab also moves egui's focus to the next widget: the canvas keeps it.
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    ending
}

/// The in-place text field of a double-clicked card, stage or lane title, or
/// of a card being captured, which typing on a selected cell starts. Enter
/// keeps the text (Shift+Enter starts a new line), Escape drops it, Tab keeps
/// it and selects the next cell.
pub(super) fn text_editing_ui(
    ui: &mut Ui,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    selection: &mut Selection,
    view: &View,
) -> Vec<CanvasEdit> {
    if state.editing.is_none() {
        state.editing = capture::start_on_selected_cell(ui, input, selection);
    }
    let Some(editing) = &mut state.editing else {
        return Vec::new();
    };
    let Some(rect_in_map) = target_rect(input, &editing.target) else {
        // A card just dropped is laid out from the next frame on.
        if editing.placeholder.is_none() {
            state.editing = None;
        }
        return Vec::new();
    };
    let ending = read_ending(ui);
    let response = text_field_ui(ui, editing, view.screen_from_map * rect_in_map, view);
    if ending.drop {
        state.editing = None;
        return Vec::new();
    }
    if !(ending.keep || ending.next_cell.is_some() || response.lost_focus()) {
        return Vec::new();
    }
    let Some(editing) = state.editing.take() else {
        return Vec::new();
    };
    let edits = kept_text_edit(input.map, &editing, selection);
    if let Some(direction) = ending.next_cell {
        capture::move_on(input.map, &editing.target, direction, selection);
    } else if ending.keep && editing.chained {
        state.editing = capture::next_in_cell(input, &editing.target)
            .map(|place| TextEditing::capture(place, String::new()));
    }
    edits
}

/// Where the text field goes, in map units: over the card or title it edits,
/// or at the foot of a new card's cell.
fn target_rect(input: &CanvasInput<'_>, target: &EditTarget) -> Option<Rect> {
    let layout = input.layout;
    match target {
        EditTarget::Card(id) => layout.cards.get(id).copied(),
        EditTarget::Stage(id) => layout.stage(*id).map(|s| s.header),
        EditTarget::Lane(id) => layout.lane(*id).map(|l| l.header),
        EditTarget::NewCard(place) => capture::new_card_rect(layout, place),
    }
}

/// Draws the text field over `rect` and keeps it focused, the cursor after
/// what is already typed.
fn text_field_ui(
    ui: &mut Ui,
    editing: &mut TextEditing,
    rect: Rect,
    view: &View,
) -> egui::Response {
    let id = Id::unique("canvas-text-edit");
    let response = ui.put(
        rect,
        egui::TextEdit::multiline(&mut editing.buffer)
            .char_limit(MAX_TEXT_CHARS)
            .id(id)
            .hint_text(editing.placeholder.clone().unwrap_or_default())
            .font(FontId::proportional((13.0 * view.zoom()).clamp(10.0, 28.0)))
            .desired_width(rect.width()),
    );
    let name = crate::ui::words(ui.ctx()).edit_in_place;
    response.widget_info(|| WidgetInfo::labeled(egui::Role::TextInput, true, name));
    if !response.has_focus() && !response.lost_focus() {
        response.request_focus();
        let mut field = egui::TextEdit::load_state(ui.ctx(), id).unwrap_or_default();
        let end = CCursor::new(editing.buffer.chars().count());
        field.cursor.set_char_range(Some(CCursorRange::one(end)));
        field.store(ui.ctx(), id);
    }
    response
}

/// The edit that keeps the typed text: the card's, stage's or lane's new text,
/// or the new card. A card just dropped keeps its placeholder if nothing was
/// typed, and a new card with no text is not added.
fn kept_text_edit(
    map: &JourneyMap,
    editing: &TextEditing,
    selection: &mut Selection,
) -> Vec<CanvasEdit> {
    let text = editing.buffer.trim_end().to_owned();
    if text.is_empty() && (editing.placeholder.is_some() || editing.chained) {
        return Vec::new();
    }
    let edit = match editing.target {
        EditTarget::Card(id) => map
            .card(id)
            .cloned()
            .map(|card| Edit::ReplaceCard(Card { text, ..card })),
        EditTarget::Stage(id) => map.stage(id).cloned().map(|mut stage| {
            stage.name = text;
            Edit::ReplaceStage(stage)
        }),
        EditTarget::Lane(id) => map.lane(id).cloned().map(|mut lane| {
            lane.title = text;
            Edit::ReplaceLane(lane)
        }),
        EditTarget::NewCard(place) => Some(capture::insert_new_card(map, place, text, selection)),
    };
    edit.map(|edit| CanvasEdit {
        edit,
        joins_step: editing.added_at,
    })
    .into_iter()
    .collect()
}
