//! The whole editor window run headless through egui, frame by frame, as the
//! screen would show it: 1920x1080 at one pixel per point, then tessellated.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, Vec2, vec2};

use crate::edit::{Document, Edit};
use crate::layout::MapLayout;
use crate::model::JourneyMap;
use crate::ui::{Action, DialogRequest, Drag, FileDialogs, ParcoursApp};

const WINDOW: Vec2 = vec2(1920.0, 1080.0);
const FRAME_SECONDS: f64 = 1.0 / 60.0;
/// Present mode's glide from one stage to the next, in frames at 60 a second.
const GLIDE_FRAMES: usize = 16;

/// Dialogs nobody answers: a benchmark never opens one.
struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn ask(&self, _request: DialogRequest, _repaint: egui::Context) -> Receiver<Option<PathBuf>> {
        channel().1
    }
}

/// The editor window with no screen: egui runs its frames on made-up input.
pub struct HeadlessEditor {
    ctx: egui::Context,
    app: ParcoursApp,
    layout: MapLayout,
    time: f64,
    pending_events: Vec<Event>,
    /// Where a card drag holds the pointer, and which way it wiggles next.
    drag_at: Option<(Pos2, f32)>,
    /// While presenting: the stage number glided from, and the frames shown.
    glide_between: Option<(usize, usize)>,
}

impl HeadlessEditor {
    /// The editor showing `map` fitted to the window, after a few frames to settle.
    pub fn new(map: JourneyMap) -> Self {
        let ctx = egui::Context::default();
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_theme(egui::Theme::Light);
        let layout = MapLayout::new(&map);
        let app = ParcoursApp::new(Document::new_unsaved(map), Box::new(NoDialogs), Vec::new());
        let mut editor = Self {
            ctx,
            app,
            layout,
            time: 0.0,
            pending_events: Vec::new(),
            drag_at: None,
            glide_between: None,
        };
        editor.settle();
        editor
    }

    /// A new editor on `map` and its first frame, as when the app starts: returns
    /// how many meshes the frame made.
    pub fn first_frame(map: JourneyMap) -> usize {
        let ctx = egui::Context::default();
        ctx.set_theme(egui::Theme::Light);
        let mut app = ParcoursApp::new(Document::new_unsaved(map), Box::new(NoDialogs), Vec::new());
        run_frame(&ctx, &mut app, FRAME_SECONDS, Vec::new())
    }

    /// The editor presenting `map` full screen, its middle stage spotlighted.
    pub fn presenting(map: JourneyMap) -> Self {
        let middle = map.stages.len() / 2;
        let mut editor = Self::new(map);
        let ctx = editor.ctx.clone();
        editor
            .app
            .start_presenting(&ctx, Some(middle.max(1)), false);
        editor.settle();
        editor.glide_between = Some((middle.max(1), 0));
        editor
    }

    /// One frame of present mode; a glide lasts 15 frames, and as one ends
    /// the next begins, to the next stage and then back.
    pub fn gliding_frame(&mut self) -> usize {
        if let Some((stage, frames)) = &mut self.glide_between {
            if *frames % GLIDE_FRAMES == 0 {
                let to = *stage + (*frames / GLIDE_FRAMES) % 2;
                self.pending_events.push(Event::Text(to.to_string()));
                self.pending_events.push(Event::Key {
                    key: egui::Key::Enter,
                    physical_key: None,
                    pressed: true,
                    repeat: false,
                    modifiers: Modifiers::NONE,
                });
            }
            *frames += 1;
        }
        self.frame()
    }

    /// Gives the map's first card `text`, as typing in the inspector does; the
    /// next frame lays out and draws the changed map.
    pub fn edit_first_card(&mut self, text: String) -> Result<(), String> {
        let document = &mut self.app.session.document;
        let mut card = document
            .map
            .cards
            .first()
            .cloned()
            .ok_or("the map has no card to edit")?;
        card.text = text;
        document.apply(Edit::ReplaceCard(card));
        Ok(())
    }

    /// Opens the Insights panel, as View > Insights does.
    pub fn show_insights(&mut self) {
        self.app.run(Action::ShowInsights, &self.ctx.clone());
        self.settle();
    }

    /// Zooms to 100% around the middle of the map, as View > Zoom to 100% does.
    pub fn zoom_to_100(&mut self) {
        self.app.run(Action::ZoomTo100, &self.ctx.clone());
        self.settle();
    }

    /// Presses on the card nearest the middle of the window and drags it a little,
    /// so that the next frames show the drag's ghost and drop place.
    pub fn start_dragging_a_card(&mut self) -> Result<(), String> {
        let middle = Rect::from_min_size(Pos2::ZERO, WINDOW).center();
        let screen_from_map = self.app.view.screen_from_map;
        let grab = self
            .layout
            .cards
            .values()
            .map(|rect| screen_from_map * rect.center())
            .min_by(|a, b| a.distance(middle).total_cmp(&b.distance(middle)))
            .ok_or("the map has no card to drag")?;
        self.pending_events.push(Event::PointerMoved(grab));
        self.frame();
        self.pending_events.push(Event::PointerButton {
            pos: grab,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        self.frame();
        for step in [vec2(10.0, 4.0), vec2(30.0, 8.0)] {
            self.pending_events.push(Event::PointerMoved(grab + step));
            self.frame();
        }
        match self.app.canvas.drag {
            Some(Drag::Cards { .. }) => {
                self.drag_at = Some((grab + vec2(30.0, 8.0), 2.0));
                Ok(())
            }
            ref other => Err(format!("the press started {other:?}, not a card drag")),
        }
    }

    /// Runs one frame of the whole window and tessellates it; returns how many
    /// meshes it made, so the work cannot be optimised away.
    pub fn frame(&mut self) -> usize {
        if let Some((at, wiggle)) = &mut self.drag_at {
            *wiggle = -*wiggle;
            self.pending_events
                .push(Event::PointerMoved(*at + vec2(*wiggle, 0.0)));
        }
        self.time += FRAME_SECONDS;
        let events = std::mem::take(&mut self.pending_events);
        run_frame(&self.ctx, &mut self.app, self.time, events)
    }

    /// A few frames, so that fonts, layout caches and the view have settled.
    fn settle(&mut self) {
        for _ in 0..3 {
            self.frame();
        }
    }
}

/// One frame of the whole window at `time`, tessellated; returns how many meshes
/// it made.
fn run_frame(ctx: &egui::Context, app: &mut ParcoursApp, time: f64, events: Vec<Event>) -> usize {
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, WINDOW)),
        time: Some(time),
        predicted_dt: FRAME_SECONDS as f32,
        events,
        ..RawInput::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.root_ui(ui));
    let shapes = std::mem::take(&mut output.shapes);
    let primitives = ctx.tessellate(shapes, output.pixels_per_point);
    output.drop_without_applying_deltas();
    primitives.len()
}
