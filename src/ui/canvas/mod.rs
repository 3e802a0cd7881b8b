//! The map canvas: paints the scene and turns the mouse and keys into edits.
//! What the pointer is on comes from one hit test ([`MapLayout::hit_at`]); what a
//! gesture does comes from one plan ([`plan`]), painted while the gesture goes
//! on and returned when it ends. The app applies the edits after drawing.

mod capture;
mod feedback;
pub mod plan;
mod text_edit;
mod vote;

use egui::{CursorIcon, Key, PointerButton, Pos2, Response, Sense, Ui, Vec2, WidgetInfo};

pub use self::capture::CanvasEdit;
use self::feedback::{paint_preview, paint_selection};
pub use self::plan::Drag;
use self::plan::{DropPlan, drag_for, plan, plan_click, plan_palette_drop};
use self::text_edit::text_editing_ui;
pub use self::text_edit::{EditTarget, TextEditing};
pub use self::vote::DotBudget;
use super::paint::paint_scene;
use super::palette::PaletteItem;
use super::selection::Selection;
use super::textures::TextureCache;
use super::view::View;
use crate::edit::Edit;
use crate::layout::{Hit, MapLayout};
use crate::model::{CardId, JourneyMap};
use crate::scene::Scene;

/// What the canvas keeps between frames.
#[derive(Default)]
pub struct CanvasState {
    /// The drag under way, if any.
    pub drag: Option<Drag>,
    /// The text being typed in place, if any.
    pub editing: Option<TextEditing>,
    /// Whether vote mode is on: a click on a card adds a dot, Shift-click
    /// removes one.
    pub voting: bool,
    /// The dots each participant may place in vote mode.
    pub dots: DotBudget,
    /// Where the pointer last was, for a release that comes with the pointer leaving.
    last_pointer_on_screen: Option<Pos2>,
    textures: TextureCache,
}

impl CanvasState {
    /// Starts editing a target's text in place.
    pub fn edit_text(&mut self, map: &JourneyMap, target: EditTarget) {
        self.editing = TextEditing::start(map, target);
    }
}

/// Everything the canvas reads.
pub struct CanvasInput<'a> {
    /// The map shown and edited.
    pub map: &'a JourneyMap,
    /// Where every element of the map lies, in map units.
    pub layout: &'a MapLayout,
    /// What to paint, built from the map and its layout.
    pub scene: &'a Scene,
}

/// The link handle of a card, where the card is laid out.
pub fn link_handle_of(layout: &MapLayout, card: CardId) -> Option<Pos2> {
    layout
        .cards
        .get(&card)
        .map(|rect| crate::layout::link_handle(*rect))
}

/// Draws the map and returns the edits the user's gestures made this frame.
pub fn canvas_ui(
    ui: &mut Ui,
    input: &CanvasInput<'_>,
    view: &mut View,
    state: &mut CanvasState,
    selection: &mut Selection,
) -> Vec<CanvasEdit> {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let name = super::words(ui.ctx()).canvas_name;
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, name));
    let screen = response.rect;
    if view.fit_pending {
        view.fit(input.layout.bounds, screen);
    }
    painter.rect_filled(screen, 0.0, input.scene.background);

    let selection_before = selection.clone();
    let pointer_on_screen = ui
        .input(|i| i.pointer.latest_pos())
        .or(state.last_pointer_on_screen);
    state.last_pointer_on_screen = ui.input(|i| i.pointer.latest_pos());
    let pointer_in_map = pointer_on_screen.map(|p| view.screen_from_map.inverse() * p);

    if response.hovered() {
        zoom_and_scroll(ui, view, pointer_on_screen);
    }
    if response.dragged_by(PointerButton::Middle) {
        view.pan(response.drag_delta());
    }
    start_or_cancel_drag(ui, &response, input, view, state, selection);
    if let (Some(Drag::Pan), true) = (&state.drag, response.dragged_by(PointerButton::Primary)) {
        view.pan(response.drag_delta());
    }
    // Taking the released payload ends the palette's drag: take it once.
    let released_item = response.dnd_release_payload::<PaletteItem>();
    let item_dropped = released_item.is_some();
    let item = released_item.or_else(|| response.dnd_hover_payload::<PaletteItem>());
    let gesture = pointer_in_map.and_then(|p| gesture_plan(input, item.as_deref(), state, p));
    let mut edits: Vec<Edit> = Vec::new();
    if let Some(pointer_in_map) = pointer_in_map {
        edits.extend(read_clicks(
            ui,
            &response,
            input,
            state,
            selection,
            pointer_in_map,
        ));
    }
    if response.drag_stopped_by(PointerButton::Primary) || item_dropped {
        state.drag = None;
        if let Some(plan) = gesture.clone() {
            if let (true, Some(Edit::InsertCard { card, .. })) = (item_dropped, &plan.edit) {
                state.editing = Some(TextEditing::new_card(card));
            }
            edits.extend(carry_out(plan, selection));
        }
    }

    let painter = painter.with_clip_rect(screen);
    let ctx = ui.ctx().clone();
    let textures = &mut state.textures;
    paint_scene(&painter, input.scene, view.screen_from_map, &mut |source| {
        textures.get(&ctx, input.map, source)
    });
    paint_selection(&painter, input, selection, view);
    if let Some(plan) = &gesture {
        paint_preview(&painter, input, &plan.preview, view);
    }
    set_cursor(ui, &response, input, state, selection, pointer_in_map);
    let mut edits: Vec<CanvasEdit> = edits.into_iter().map(CanvasEdit::from).collect();
    edits.extend(text_editing_ui(ui, input, state, selection, view));
    if !edits.is_empty() || *selection != selection_before {
        // The panels drawn before the canvas show the old state: draw again.
        ui.ctx().request_repaint();
    }
    edits
}

fn zoom_and_scroll(ui: &Ui, view: &mut View, pointer_on_screen: Option<Pos2>) {
    let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
    if zoom != 1.0
        && let Some(pivot) = pointer_on_screen
    {
        view.zoom_at(pivot, zoom);
    } else if scroll != Vec2::ZERO {
        view.pan(scroll);
    }
}

/// The card whose link handle shows: the one selected card.
fn handle_of(selection: &Selection) -> Option<CardId> {
    match selection.cards() {
        [card] => Some(*card),
        _ => None,
    }
}

/// A primary drag starts on what the pointer pressed; Escape drops it.
fn start_or_cancel_drag(
    ui: &Ui,
    response: &Response,
    input: &CanvasInput<'_>,
    view: &View,
    state: &mut CanvasState,
    selection: &Selection,
) {
    if response.drag_started_by(PointerButton::Primary)
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        let origin_in_map = view.screen_from_map.inverse() * origin;
        let mut hit = input.layout.hit_at(origin_in_map, handle_of(selection));
        if state.voting {
            hit = vote::grabbed_in_vote_mode(hit);
        }
        let shift = ui.input(|i| i.modifiers.shift);
        state.drag = Some(drag_for(input.layout, hit, selection, origin_in_map, shift));
        state.editing = None;
    }
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        state.drag = None;
    }
}

/// The plan of the drag under way, or of a palette item carried over the canvas.
fn gesture_plan(
    input: &CanvasInput<'_>,
    item: Option<&PaletteItem>,
    state: &CanvasState,
    pointer_in_map: Pos2,
) -> Option<DropPlan> {
    match (item, &state.drag) {
        (Some(item), _) => Some(plan_palette_drop(input, item, pointer_in_map)),
        (None, Some(drag)) => Some(plan(input, drag, pointer_in_map)),
        (None, None) => None,
    }
}

/// Clicks select or add a point; a double-click starts typing in place.
fn read_clicks(
    ui: &Ui,
    response: &Response,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    selection: &mut Selection,
    pointer_in_map: Pos2,
) -> Vec<Edit> {
    let (clicked, double_clicked) = (response.clicked(), response.double_clicked());
    if !clicked && !double_clicked {
        return Vec::new();
    }
    let hit = input.layout.hit_at(pointer_in_map, handle_of(selection));
    if state.voting
        && let Hit::Card(card) = hit
    {
        if !clicked {
            return Vec::new();
        }
        let remove = ui.input(|i| i.modifiers.shift);
        *selection = Selection::Cards(vec![card]);
        return vote::vote_click(input.map, hit, remove, &state.dots)
            .into_iter()
            .collect();
    }
    let mut edits = Vec::new();
    if clicked {
        let toggle = ui.input(|i| i.modifiers.shift || i.modifiers.command);
        let plan = plan_click(input, hit, selection, pointer_in_map, toggle);
        edits.extend(carry_out(plan, selection));
    }
    if double_clicked && let Some(target) = EditTarget::of_hit(hit) {
        state.edit_text(input.map, target);
    }
    edits
}

/// Applies a plan's selection and hands back its edit.
fn carry_out(plan: DropPlan, selection: &mut Selection) -> Option<Edit> {
    if let Some(select) = plan.select {
        *selection = select;
    }
    plan.edit
}

fn set_cursor(
    ui: &Ui,
    response: &Response,
    input: &CanvasInput<'_>,
    state: &CanvasState,
    selection: &Selection,
    pointer_in_map: Option<Pos2>,
) {
    let icon = match (&state.drag, pointer_in_map) {
        (Some(Drag::Pan), _) => CursorIcon::Grabbing,
        (Some(Drag::StageWidth { .. }), _) => CursorIcon::ResizeHorizontal,
        (Some(Drag::LaneHeight { .. }), _) => CursorIcon::ResizeVertical,
        (Some(_), _) => CursorIcon::Grabbing,
        (None, Some(p)) if response.hovered() => {
            match input.layout.hit_at(p, handle_of(selection)) {
                Hit::Point { .. } | Hit::LaneEdge(_) => CursorIcon::ResizeVertical,
                Hit::StageEdge(_) => CursorIcon::ResizeHorizontal,
                Hit::Card(_) | Hit::Stage(_) | Hit::Lane(_) => CursorIcon::Grab,
                Hit::LinkHandle(_) => CursorIcon::Crosshair,
                _ => CursorIcon::Default,
            }
        }
        _ => return,
    };
    ui.set_cursor_icon(icon);
}
