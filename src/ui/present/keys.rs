//! The keys of the window showing the talk, as presentation clickers send
//! them: → Page Down Space forward, ← Page Up Backspace back, Home or O the
//! overview, a number then Enter a stage, + and - the countdown's minutes,
//! Escape out; a letter on a stage starts a card.

use egui::{Context, Event, Key};

use super::capture::{Capture, CaptureMove, card_lanes};
use super::{PresentMode, PresentOutcome};
use crate::model::JourneyMap;
use crate::present::Step;

/// A stage number is at most this many digits.
const MAX_DIGITS: usize = 3;

impl PresentMode {
    /// Reads this frame's keys in `ctx`, the window showing the talk of `map`.
    pub(super) fn read_keys(
        &mut self,
        ctx: &Context,
        map: &JourneyMap,
        now: f64,
    ) -> PresentOutcome {
        let events = ctx.input(|i| i.events.clone());
        let mut outcome = PresentOutcome::Stay;
        for event in &events {
            if let Some(read) = self.read_event(event, map, now) {
                outcome = read;
            }
        }
        outcome
    }

    fn read_event(&mut self, event: &Event, map: &JourneyMap, now: f64) -> Option<PresentOutcome> {
        if self.capture.is_some() {
            return self.read_capture(event, map, now);
        }
        match event {
            Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } if !modifiers.command && !modifiers.alt => self.read_key(*key, now),
            Event::Text(text) => {
                self.read_text(text, map, now);
                None
            }
            _ => None,
        }
    }

    fn read_key(&mut self, key: Key, now: f64) -> Option<PresentOutcome> {
        match key {
            Key::ArrowRight | Key::PageDown | Key::Space => self.next(now),
            Key::ArrowLeft | Key::PageUp => self.previous(now),
            Key::Backspace if self.digits.is_empty() => self.previous(now),
            Key::Backspace => {
                self.digits.pop();
            }
            Key::Home => self.go_to(Step::Overview, now),
            Key::Enter => self.jump(now),
            Key::Escape if self.digits.is_empty() => return Some(PresentOutcome::Leave),
            Key::Escape => self.digits.clear(),
            _ => {}
        }
        None
    }

    fn read_text(&mut self, text: &str, map: &JourneyMap, now: f64) {
        for (at, c) in text.char_indices() {
            match c {
                '0'..='9' if self.digits.len() < MAX_DIGITS => self.digits.push(c),
                '+' => self.change_minutes(1, now),
                '-' => self.change_minutes(-1, now),
                c if c.is_alphabetic() && self.step.stage().is_some() => {
                    self.start_capture(&text[at..], map, now);
                    return;
                }
                'o' | 'O' => self.go_to(Step::Overview, now),
                _ => {}
            }
        }
    }

    /// Goes to the stage whose number was typed, if there is one.
    fn jump(&mut self, now: f64) {
        let number = self.digits.parse::<usize>().ok();
        self.digits.clear();
        let target = self
            .talk
            .as_ref()
            .and_then(|talk| talk.steps().stage(number?));
        if let Some(step) = target {
            self.go_to(step, now);
        }
    }

    /// Starts a card with `text`, in the lane of the last one.
    fn start_capture(&mut self, text: &str, map: &JourneyMap, now: f64) {
        let Some(talk) = &self.talk else { return };
        let lanes = card_lanes(map, &talk.layout);
        let lane = self
            .last_lane
            .filter(|lane| lanes.contains(lane))
            .or(lanes.first().copied());
        if let Some(lane) = lane {
            self.capture = Some(Capture::start(text, lane));
            self.show_capture_lane(now);
        }
    }

    fn read_capture(
        &mut self,
        event: &Event,
        map: &JourneyMap,
        now: f64,
    ) -> Option<PresentOutcome> {
        let talk = self.talk.as_ref()?;
        let lanes = card_lanes(map, &talk.layout);
        let capture = self.capture.as_mut()?;
        let lane_before = capture.lane;
        match capture.read(event, &lanes) {
            CaptureMove::Typing => {
                if capture.lane != lane_before {
                    self.show_capture_lane(now);
                }
                None
            }
            CaptureMove::Cancel => {
                self.capture = None;
                None
            }
            CaptureMove::Add => {
                let capture = self.capture.take()?;
                self.last_lane = Some(capture.lane);
                let stage = self.spotlight(map)?;
                capture
                    .card_edit(map, stage)
                    .map(|edit| PresentOutcome::Apply(Box::new(edit)))
            }
        }
    }

    /// On a stage shown in several views, goes to the view showing the lane
    /// the card goes to.
    fn show_capture_lane(&mut self, now: f64) {
        let (Some(talk), Some(capture), Step::Stage { index, .. }) =
            (&self.talk, &self.capture, self.step)
        else {
            return;
        };
        let Some(part) = talk.part_showing(index, capture.lane) else {
            return;
        };
        let capture = self.capture.take();
        self.go_to(Step::Stage { index, part }, now);
        self.capture = capture;
    }
}
