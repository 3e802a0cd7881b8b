//! Present mode: the map full screen for the room, one step at a time (title,
//! overview, each stage spotlighted, the insights), the view gliding from step
//! to step. It owns its state, draws the audience's view (`audience`) and the
//! presenter's panel (`presenter`), reads the presenter's keys (`keys`),
//! captures cards typed while presenting (`capture`), and returns what the app
//! must do as a [`PresentOutcome`]; it never edits the document itself.

mod audience;
mod capture;
mod keys;
mod presenter;
mod screen_fill;
mod talk;

use egui::emath::TSTransform;
use egui::{Pos2, Rect};

use self::capture::Capture;
use self::screen_fill::ScreenFill;
use self::talk::Talk;
use super::textures::TextureCache;
use crate::edit::{Document, Edit};
use crate::lang::{Language, fill};
use crate::model::{JourneyMap, LaneId, StageId};
use crate::present::{Countdown, Glide, Step};

/// What the app does after a frame of present mode.
#[derive(Clone, Debug, PartialEq)]
pub enum PresentOutcome {
    /// Nothing: the talk goes on.
    Stay,
    /// The presenter left: back to the editor as it was.
    Leave,
    /// A card typed while presenting, to apply as one undo step.
    Apply(Box<Edit>),
}

/// Present mode's state, from F5 to Escape.
pub struct PresentMode {
    step: Step,
    /// The map as the talk shows it, rebuilt when the document changes.
    talk: Option<Talk>,
    /// The view's move to the current step, while it lasts.
    glide: Option<Glide>,
    /// Minutes per stage for the countdown; 0 for none.
    minutes: u32,
    countdown: Option<Countdown>,
    capture: Option<Capture>,
    /// The lane the last card was captured in, where the next one starts.
    last_lane: Option<LaneId>,
    /// Digits typed for a jump to a stage, until Enter.
    digits: String,
    on_second_window: bool,
    textures: TextureCache,
    screen_fill: ScreenFill,
}

impl PresentMode {
    /// Present mode at `step`, with a countdown of `minutes` per stage (0 for
    /// none); the room sees it in a window of its own when `on_second_window`.
    pub fn new(step: Step, minutes: u32, on_second_window: bool) -> Self {
        Self {
            step,
            talk: None,
            glide: None,
            minutes,
            countdown: None,
            capture: None,
            last_lane: None,
            digits: String::new(),
            on_second_window,
            textures: TextureCache::default(),
            screen_fill: ScreenFill::default(),
        }
    }

    /// Asks for this window to fill the screen, and makes it do so where no
    /// window manager does; call it every frame the talk fills the window.
    pub fn fill_screen(&mut self, ctx: &egui::Context) {
        if !self.on_second_window {
            self.screen_fill.keep_filling(ctx);
        }
    }

    /// Gives the window back its place and size from before the talk.
    pub fn restore_window(&self, ctx: &egui::Context) {
        if !self.on_second_window {
            self.screen_fill.restore(ctx);
        }
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        self.step
    }

    /// Minutes per stage of the countdown; 0 for none.
    pub fn minutes(&self) -> u32 {
        self.minutes
    }

    /// Whether the room sees the talk in a window of its own.
    pub fn is_on_second_window(&self) -> bool {
        self.on_second_window
    }

    /// The stage spotlighted, if the step shows one.
    pub fn spotlight(&self, map: &JourneyMap) -> Option<StageId> {
        map.stages.get(self.step.stage()?).map(|s| s.id)
    }

    /// The steps of the talk, once drawn.
    pub fn steps(&self) -> Option<&crate::present::Steps> {
        self.talk.as_ref().map(|t| t.steps())
    }

    /// The map's scene as the room sees it, once drawn.
    pub fn scene(&self) -> Option<&crate::scene::Scene> {
        self.talk.as_ref().map(|t| &t.scene)
    }

    /// The lane a card being typed goes to, while one is.
    pub fn capture_lane(&self) -> Option<LaneId> {
        self.capture.as_ref().map(|c| c.lane)
    }

    /// The progress line for the step: "Stage 3 of 6 · Purchase".
    pub fn progress(&self, map: &JourneyMap, language: Language) -> String {
        step_name(self.step, map, self.insight_count(), language)
    }

    /// The name of the next step with another name (past the other views of
    /// the stage shown), or `None` at the end of the talk.
    pub fn next_name(&self, map: &JourneyMap, language: Language) -> Option<String> {
        let steps = self.talk.as_ref()?.steps();
        let name_of = |step| step_name(step, map, steps.insight_count(), language);
        let now = name_of(self.step);
        let mut step = self.step;
        loop {
            let next = steps.next(step);
            if next == step {
                return None;
            }
            let name = name_of(next);
            if name != now {
                return Some(name);
            }
            step = next;
        }
    }

    fn insight_count(&self) -> usize {
        self.talk.as_ref().map_or(0, |t| t.steps().insight_count())
    }

    /// Brings the talk up to date with `document` (its `key` changes with
    /// every edit) on a screen of `screen`: after an edit or a resize, the
    /// step and the view stay as near as the map allows.
    fn refresh(&mut self, document: &Document, key: (u64, u64), screen: Rect) {
        let talk = match self.talk.take() {
            Some(talk) if talk.key == key => talk,
            _ => Talk::new(&document.map, key),
        };
        self.talk = Some(talk.on_screen(screen));
        if let Some(talk) = &self.talk {
            self.step = talk.steps().nearest(self.step);
        }
    }

    /// Moves to `step` at `now`, gliding from the view shown.
    fn go_to(&mut self, step: Step, now: f64) {
        let Some(talk) = &self.talk else {
            self.step = step;
            return;
        };
        let step = talk.steps().nearest(step);
        if step == self.step {
            return;
        }
        let from = self.view_at(now);
        if step.stage() != self.step.stage() {
            self.capture = None;
            self.countdown = (self.minutes > 0 && step.stage().is_some())
                .then(|| Countdown::new(self.minutes, now));
        }
        self.step = step;
        self.glide = match (from, self.target()) {
            (Some(from), Some(to)) => Some(Glide::new(from, to, now, self.centre())),
            _ => None,
        };
    }

    /// Changes the minutes per stage by `change`, restarting the countdown.
    fn change_minutes(&mut self, change: i32, now: f64) {
        self.minutes = self.minutes.saturating_add_signed(change).min(99);
        self.countdown = (self.minutes > 0 && self.step.stage().is_some())
            .then(|| Countdown::new(self.minutes, now));
    }

    /// The next step, at `now`.
    pub fn next(&mut self, now: f64) {
        if let Some(talk) = &self.talk {
            let next = talk.steps().next(self.step);
            self.go_to(next, now);
        }
    }

    /// The step before, at `now`.
    pub fn previous(&mut self, now: f64) {
        if let Some(talk) = &self.talk {
            let previous = talk.steps().previous(self.step);
            self.go_to(previous, now);
        }
    }

    /// Where the map sits on the screen at the step, once still.
    fn target(&self) -> Option<TSTransform> {
        self.talk.as_ref()?.view_of(self.step)
    }

    /// Where the map sits on the screen at `now`, gliding or still; `None` on
    /// a slide.
    fn view_at(&self, now: f64) -> Option<TSTransform> {
        let target = self.target()?;
        Some(
            self.glide
                .filter(|g| g.target() == target && g.is_moving(now))
                .map_or(target, |g| g.at(now)),
        )
    }

    fn centre(&self) -> Pos2 {
        self.talk
            .as_ref()
            .map_or(Pos2::ZERO, |t| t.screen().center())
    }
}

/// The words for `step`: "Overview", "Stage 3 of 6 · Purchase", "Insights 1 of 4".
fn step_name(step: Step, map: &JourneyMap, insights: usize, language: Language) -> String {
    let words = language.words();
    match step {
        Step::Title => words.present_title_step.to_owned(),
        Step::Overview => words.present_overview_step.to_owned(),
        Step::Stage { index, .. } => {
            let name = map.stages.get(index).map_or("", |s| s.name.as_str());
            fill(
                words.present_stage_step,
                &[&(index + 1), &map.stages.len(), &name],
            )
        }
        Step::Insight(index) => fill(words.present_insight_step, &[&(index + 1), &insights]),
    }
}
