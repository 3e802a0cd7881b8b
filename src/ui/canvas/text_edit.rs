//! Text typed straight onto the canvas: a double-clicked card, stage or lane
//! title becomes a text field over it.

use egui::{FontId, Id, Key, Modifiers, Ui, WidgetInfo};

use super::{CanvasInput, CanvasState};
use crate::edit::Edit;
use crate::layout::Hit;
use crate::model::{Card, CardId, JourneyMap, LaneId, MAX_TEXT_CHARS, StageId};
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
}

impl TextEditing {
    /// Starts editing a target's text as it is in the map.
    pub fn start(map: &JourneyMap, target: EditTarget) -> Option<TextEditing> {
        let buffer = match &target {
            EditTarget::Card(id) => map.card(*id).map(|c| c.text.clone()),
            EditTarget::Stage(id) => map.stage(*id).map(|s| s.name.clone()),
            EditTarget::Lane(id) => map.lane(*id).map(|l| l.title.clone()),
        };
        buffer.map(|buffer| TextEditing {
            target,
            buffer,
            placeholder: None,
        })
    }

    /// Whether what the text is of is in `map`.
    pub fn is_in(&self, map: &JourneyMap) -> bool {
        match self.target {
            EditTarget::Card(id) => map.card(id).is_some(),
            EditTarget::Stage(id) => map.stage(id).is_some(),
            EditTarget::Lane(id) => map.lane(id).is_some(),
        }
    }

    /// Starts typing over the placeholder text of a card not yet in the map.
    pub fn new_card(card: &Card) -> TextEditing {
        TextEditing {
            target: EditTarget::Card(card.id),
            buffer: String::new(),
            placeholder: Some(card.text.clone()),
        }
    }
}

/// The in-place text field of a double-clicked card, stage or lane title.
/// Enter keeps the text (Shift+Enter starts a new line), Escape drops it.
pub(super) fn text_editing_ui(
    ui: &mut Ui,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    view: &View,
) -> Vec<Edit> {
    let (map, layout) = (input.map, input.layout);
    let Some(editing) = &mut state.editing else {
        return Vec::new();
    };
    let layout_rect = match editing.target {
        EditTarget::Card(id) => layout.cards.get(&id).copied(),
        EditTarget::Stage(id) => layout.stage(id).map(|s| s.header),
        EditTarget::Lane(id) => layout.lane(id).map(|l| l.header),
    };
    let Some(rect_in_map) = layout_rect else {
        // A card just dropped is laid out from the next frame on.
        if editing.placeholder.is_none() {
            state.editing = None;
        }
        return Vec::new();
    };
    let rect = view.screen_from_map * rect_in_map;
    let id = Id::unique("canvas-text-edit");
    let commit = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    let cancel = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
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
    }
    if cancel {
        state.editing = None;
        return Vec::new();
    }
    if !(commit || response.lost_focus()) {
        return Vec::new();
    }
    let Some(editing) = state.editing.take() else {
        return Vec::new();
    };
    let text = editing.buffer.trim_end().to_owned();
    if text.is_empty() && editing.placeholder.is_some() {
        // Nothing typed over a dropped card: it keeps its placeholder text.
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
    };
    edit.into_iter().collect()
}
