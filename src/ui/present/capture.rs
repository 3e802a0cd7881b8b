//! A card typed while presenting: a letter starts it in the spotlighted stage,
//! Up, Down and Tab choose its lane, Enter adds it, Escape drops it.

use egui::{Event, Key, Modifiers};

use crate::edit::Edit;
use crate::layout::MapLayout;
use crate::model::{Card, CardId, JourneyMap, LaneId, LaneKind, StageId};

/// The card being typed.
pub(super) struct Capture {
    /// The lane it goes to.
    pub(super) lane: LaneId,
    /// Its words so far.
    pub(super) text: String,
}

/// What a key did to the card being typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CaptureMove {
    /// The card is still being typed.
    Typing,
    /// Enter: add the card.
    Add,
    /// Escape: drop it.
    Cancel,
}

/// The lanes a card can go to, top to bottom: the shown lanes, but the emotion lane.
pub(super) fn card_lanes(map: &JourneyMap, layout: &MapLayout) -> Vec<LaneId> {
    layout
        .lanes
        .iter()
        .map(|row| row.id)
        .filter(|id| map.lane(*id).is_some_and(|l| l.kind != LaneKind::Emotion))
        .collect()
}

impl Capture {
    /// A card starting with `text`, in `lane`.
    pub(super) fn start(text: &str, lane: LaneId) -> Self {
        Self {
            lane,
            text: text.to_owned(),
        }
    }

    /// Reads one event: text is typed, Backspace takes a letter back, ↑ ↓
    /// and Tab (Shift+Tab back) move to another of `lanes`.
    pub(super) fn read(&mut self, event: &Event, lanes: &[LaneId]) -> CaptureMove {
        match event {
            Event::Text(text) => self.text.push_str(text),
            Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => match key {
                Key::Enter => return CaptureMove::Add,
                Key::Escape => return CaptureMove::Cancel,
                Key::Backspace => {
                    self.text.pop();
                }
                Key::ArrowDown => self.move_lane(lanes, 1),
                Key::ArrowUp => self.move_lane(lanes, -1),
                Key::Tab if modifiers.matches_exact(Modifiers::SHIFT) => self.move_lane(lanes, -1),
                Key::Tab => self.move_lane(lanes, 1),
                _ => {}
            },
            _ => {}
        }
        CaptureMove::Typing
    }

    fn move_lane(&mut self, lanes: &[LaneId], by: isize) {
        let Some(at) = lanes.iter().position(|l| *l == self.lane) else {
            self.lane = lanes.first().copied().unwrap_or(self.lane);
            return;
        };
        let count = lanes.len() as isize;
        self.lane = lanes[(at as isize + by).rem_euclid(count) as usize];
    }

    /// The edit that adds the card at the end of its cell in `stage`; `None`
    /// when nothing but spaces was typed.
    pub(super) fn card_edit(&self, map: &JourneyMap, stage: StageId) -> Option<Edit> {
        let text = self.text.trim();
        if text.is_empty() {
            return None;
        }
        let index = map
            .cards
            .iter()
            .filter(|c| c.lane == self.lane && c.stage == stage && c.step.is_none())
            .count();
        let card = Card::new(CardId(map.next_free_id()), self.lane, stage, text);
        Some(Edit::InsertCard { card, index })
    }
}
