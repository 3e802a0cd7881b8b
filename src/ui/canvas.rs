//! The map canvas: paints the scene and turns the mouse and keys into edits.
//! Moves are decided while drawing and returned; the app applies them after.

use egui::{
    Align2, Color32, CursorIcon, FontId, Id, Key, Modifiers, PointerButton, Pos2, Rect, Sense,
    Stroke, StrokeKind, Ui, Vec2, WidgetInfo, vec2,
};

use super::paint::paint_scene;
use super::palette::PaletteItem;
use super::selection::Selection;
use super::view::View;
use crate::edit::Edit;
use crate::layout::{CellPlace, MapLayout};
use crate::model::{
    Anchor, Card, CardId, CurveId, EmotionPoint, JourneyMap, LaneId, LaneKind, Link, LinkId,
    LinkKind, PointId, StageId,
};
use crate::scene::{ImageSource, Scene};

/// How close, in map units, the pointer must be to an emotion point to grab it.
const POINT_GRAB_RADIUS: f32 = 14.0;
/// How near a link's line a click selects it, in map units.
const LINK_GRAB_DISTANCE: f32 = 6.0;
/// How close to a stage header's right edge a drag resizes the stage.
const EDGE_GRAB: f32 = 6.0;

/// A drag under way, started on what the pointer pressed.
#[derive(Clone, Debug, PartialEq)]
pub enum Drag {
    Pan,
    Cards { ids: Vec<CardId>, grab_in_map: Pos2 },
    Point { curve: CurveId, point: PointId },
    Stage(StageId),
    StageWidth { stage: StageId, left: f32 },
    Lane(LaneId),
    LaneHeight { lane: LaneId, top: f32 },
    Link { from: CardId },
    RubberBand { start_in_map: Pos2 },
}

/// What a double-click is editing in place.
#[derive(Clone, Debug, PartialEq)]
pub enum EditTarget {
    Card(CardId),
    Stage(StageId),
    Lane(LaneId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TextEditing {
    pub target: EditTarget,
    pub buffer: String,
}

#[derive(Default)]
pub struct CanvasState {
    pub drag: Option<Drag>,
    pub editing: Option<TextEditing>,
    /// Where the pointer last was, for a release that comes with the pointer leaving.
    last_pointer_on_screen: Option<Pos2>,
    textures: TextureCache,
}

/// Embedded images, decoded once into textures, keyed by a cheap fingerprint of
/// their bytes so that a changed image is decoded again.
#[derive(Default)]
pub(crate) struct TextureCache {
    entries: std::collections::HashMap<ImageSource, (u64, Option<(egui::TextureHandle, Vec2)>)>,
}

impl TextureCache {
    pub(crate) fn get(
        &mut self,
        ctx: &egui::Context,
        map: &JourneyMap,
        source: ImageSource,
    ) -> Option<(egui::TextureId, Vec2)> {
        let image = source.image(map)?;
        let fingerprint = fingerprint(&image.data);
        let entry = self
            .entries
            .entry(source)
            .or_insert((fingerprint ^ 1, None));
        if entry.0 != fingerprint {
            *entry = (fingerprint, decode(ctx, image, source));
        }
        entry
            .1
            .as_ref()
            .map(|(texture, size)| (texture.id(), *size))
    }
}

fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.len().hash(&mut hasher);
    bytes[..bytes.len().min(256)].hash(&mut hasher);
    bytes[bytes.len().saturating_sub(256)..].hash(&mut hasher);
    hasher.finish()
}

/// Decodes an image that passed its size checks; a broken one is simply not drawn.
fn decode(
    ctx: &egui::Context,
    image: &crate::model::EmbeddedImage,
    source: ImageSource,
) -> Option<(egui::TextureHandle, Vec2)> {
    image.checked_dimensions().ok()?;
    let rgba = image::load_from_memory(&image.data).ok()?.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    let color_image = egui::ColorImage::from_rgba_unmultiplied(size, rgba.as_raw());
    let texture = ctx.load_texture(
        format!("{source:?}"),
        color_image,
        egui::TextureOptions::LINEAR,
    );
    Some((texture, Vec2::new(size[0] as f32, size[1] as f32)))
}

impl CanvasState {
    /// Starts editing a target's text in place.
    pub fn edit_text(&mut self, map: &JourneyMap, target: EditTarget) {
        let buffer = match &target {
            EditTarget::Card(id) => map.card(*id).map(|c| c.text.clone()),
            EditTarget::Stage(id) => map.stage(*id).map(|s| s.name.clone()),
            EditTarget::Lane(id) => map.lane(*id).map(|l| l.title.clone()),
        };
        self.editing = buffer.map(|buffer| TextEditing { target, buffer });
    }
}

/// Everything the canvas reads.
pub struct CanvasInput<'a> {
    pub map: &'a JourneyMap,
    pub layout: &'a MapLayout,
    pub scene: &'a Scene,
}

pub fn canvas_ui(
    ui: &mut Ui,
    input: &CanvasInput<'_>,
    view: &mut View,
    state: &mut CanvasState,
    selection: &mut Selection,
) -> Vec<Edit> {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, "Journey map canvas"));
    let screen = response.rect;
    if view.fit_pending {
        view.fit(input.layout.bounds, screen);
    }
    painter.rect_filled(screen, 0.0, input.scene.background);

    let selection_before = selection.clone();
    let mut edits = Vec::new();
    let pointer_on_screen = ui
        .input(|i| i.pointer.latest_pos())
        .or(state.last_pointer_on_screen);
    state.last_pointer_on_screen = ui.input(|i| i.pointer.latest_pos());
    let map_from_screen = view.screen_from_map.inverse();
    let pointer_in_map = pointer_on_screen.map(|p| map_from_screen * p);

    if response.hovered() {
        zoom_and_scroll(ui, view, pointer_on_screen);
    }
    if response.dragged_by(PointerButton::Middle) {
        view.pan(response.drag_delta());
    }
    if response.drag_started_by(PointerButton::Primary)
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        let shift = ui.input(|i| i.modifiers.shift);
        state.drag = Some(drag_for(input, selection, map_from_screen * origin, shift));
        state.editing = None;
    }
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        state.drag = None;
    }
    if let (Some(Drag::Pan), true) = (&state.drag, response.dragged_by(PointerButton::Primary)) {
        view.pan(response.drag_delta());
    }
    if response.drag_stopped_by(PointerButton::Primary)
        && let (Some(drag), Some(pointer_in_map)) = (state.drag.take(), pointer_in_map)
    {
        edits.extend(finish_drag(input, selection, drag, pointer_in_map));
    }

    if response.clicked()
        && let Some(pointer_in_map) = pointer_in_map
    {
        let modifiers = ui.input(|i| i.modifiers);
        edits.extend(click(input, selection, pointer_in_map, modifiers));
    }
    if response.double_clicked()
        && let Some(pointer_in_map) = pointer_in_map
        && let Some(target) = text_target_at(input.layout, pointer_in_map)
    {
        state.edit_text(input.map, target);
    }
    if let Some(item) = response.dnd_release_payload::<PaletteItem>()
        && let Some(pointer_in_map) = pointer_in_map
        && let Some(edit) = drop_palette_item(input, &item, pointer_in_map)
    {
        if let Edit::InsertCard { card, .. } = &edit {
            *selection = Selection::Cards(vec![card.id]);
        }
        edits.push(edit);
    }

    let painter = painter.with_clip_rect(screen);
    let ctx = ui.ctx().clone();
    let textures = &mut state.textures;
    paint_scene(&painter, input.scene, view.screen_from_map, &mut |source| {
        textures.get(&ctx, input.map, source)
    });
    paint_selection(&painter, input, selection, view);
    if let Some(pointer_in_map) = pointer_in_map {
        let palette_hover = response.dnd_hover_payload::<PaletteItem>();
        paint_drag_feedback(
            &painter,
            input,
            state.drag.as_ref(),
            palette_hover.as_deref(),
            pointer_in_map,
            view,
        );
    }
    set_cursor(ui, &response, input, state, pointer_in_map);
    edits.extend(text_editing_ui(ui, input, state, view));
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

/// Decides what a drag starting at `origin_in_map` moves.
fn drag_for(
    input: &CanvasInput<'_>,
    selection: &Selection,
    origin_in_map: Pos2,
    shift: bool,
) -> Drag {
    let layout = input.layout;
    if let [card] = selection.cards()
        && let Some(rect) = layout.cards.get(card)
        && link_handle(*rect).distance(origin_in_map) <= 9.0
    {
        return Drag::Link { from: *card };
    }
    if let Some((curve, point)) = layout.point_at(origin_in_map, POINT_GRAB_RADIUS) {
        return Drag::Point { curve, point };
    }
    if let Some(card) = layout.card_at(origin_in_map) {
        let ids = if selection.cards().contains(&card) {
            selection.cards().to_vec()
        } else {
            vec![card]
        };
        return Drag::Cards {
            ids,
            grab_in_map: origin_in_map,
        };
    }
    if let Some(stage) = layout.stage_header_at(origin_in_map)
        && let Some(column) = layout.stage(stage)
    {
        return if column.header.right() - origin_in_map.x <= EDGE_GRAB {
            Drag::StageWidth {
                stage,
                left: column.header.left(),
            }
        } else {
            Drag::Stage(stage)
        };
    }
    if let Some(lane) = layout.lane_header_at(origin_in_map)
        && let Some(row) = layout.lane(lane)
    {
        return if row.rect.bottom() - origin_in_map.y <= EDGE_GRAB {
            Drag::LaneHeight {
                lane,
                top: row.rect.top(),
            }
        } else {
            Drag::Lane(lane)
        };
    }
    if shift {
        Drag::RubberBand {
            start_in_map: origin_in_map,
        }
    } else {
        Drag::Pan
    }
}

/// Where a selected card's link handle sits: a dot on its right edge.
pub fn link_handle(card: Rect) -> Pos2 {
    card.right_center() + vec2(7.0, 0.0)
}

/// The link handle of a card, where the card is laid out.
pub fn link_handle_of(layout: &MapLayout, card: CardId) -> Option<Pos2> {
    layout.cards.get(&card).map(|rect| link_handle(*rect))
}

fn finish_drag(
    input: &CanvasInput<'_>,
    selection: &mut Selection,
    drag: Drag,
    pointer_in_map: Pos2,
) -> Vec<Edit> {
    let (map, layout) = (input.map, input.layout);
    match drag {
        Drag::Pan => Vec::new(),
        Drag::Cards { ids, grab_in_map } => {
            if grab_in_map.distance(pointer_in_map) < 3.0 {
                return Vec::new();
            }
            layout
                .place_at(map, pointer_in_map)
                .map(|to| Edit::MoveCards { cards: ids, to })
                .into_iter()
                .collect()
        }
        Drag::Point { curve, point } => {
            *selection = Selection::Point { curve, point };
            moved_point(input, curve, point, pointer_in_map)
                .map(|point| Edit::SetPoint { curve, point })
                .into_iter()
                .collect()
        }
        Drag::Stage(stage) => vec![Edit::MoveStage {
            stage,
            to_index: layout.stage_index_at_x(pointer_in_map.x),
        }],
        Drag::StageWidth { stage, left } => {
            let Some(mut changed) = map.stage(stage).cloned() else {
                return Vec::new();
            };
            changed.width = Some((pointer_in_map.x - left).clamp(120.0, 2000.0).round());
            vec![Edit::ReplaceStage(changed)]
        }
        Drag::Lane(lane) => vec![Edit::MoveLane {
            lane,
            to_index: lane_index_at_y(input, pointer_in_map.y),
        }],
        Drag::LaneHeight { lane, top } => {
            let Some(mut changed) = map.lane(lane).cloned() else {
                return Vec::new();
            };
            changed.height = Some((pointer_in_map.y - top).clamp(40.0, 2000.0).round());
            vec![Edit::ReplaceLane(changed)]
        }
        Drag::Link { from } => {
            let Some(to) = layout.card_at(pointer_in_map).filter(|to| *to != from) else {
                return Vec::new();
            };
            let backwards = match (map.card(from), map.card(to)) {
                (Some(a), Some(b)) => map.stage_index(b.stage) < map.stage_index(a.stage),
                _ => false,
            };
            let id = LinkId(map.next_free_id());
            *selection = Selection::Link(id);
            vec![Edit::SetLink(Link {
                id,
                from,
                to: Some(to),
                kind: if backwards {
                    LinkKind::LoopBack
                } else {
                    LinkKind::MainPath
                },
                label: String::new(),
                share: None,
            })]
        }
        Drag::RubberBand { start_in_map } => {
            let band = Rect::from_two_pos(start_in_map, pointer_in_map);
            let mut cards: Vec<CardId> = map
                .cards
                .iter()
                .filter(|c| layout.cards.get(&c.id).is_some_and(|r| r.intersects(band)))
                .map(|c| c.id)
                .collect();
            cards.dedup();
            *selection = if cards.is_empty() {
                Selection::Map
            } else {
                Selection::Cards(cards)
            };
            Vec::new()
        }
    }
}

/// The place among all lanes (hidden ones included) of a lane dropped at height `y`.
fn lane_index_at_y(input: &CanvasInput<'_>, y: f32) -> usize {
    input
        .map
        .lanes
        .iter()
        .position(|lane| {
            input
                .layout
                .lane(lane.id)
                .is_some_and(|row| row.rect.center().y > y)
        })
        .unwrap_or(input.map.lanes.len())
}

/// The emotion point dragged to `pointer_in_map`: its score snapped to the scale,
/// and re-anchored if it moved along the journey.
fn moved_point(
    input: &CanvasInput<'_>,
    curve: CurveId,
    point: PointId,
    pointer_in_map: Pos2,
) -> Option<EmotionPoint> {
    let (map, layout) = (input.map, input.layout);
    let original = map
        .curves
        .iter()
        .find(|c| c.id == curve)?
        .points
        .iter()
        .find(|p| p.id == point)?;
    let placed = layout
        .curves
        .iter()
        .find(|c| c.id == curve)?
        .points
        .iter()
        .find(|p| p.id == point)?;
    let score = layout.score_at(map, pointer_in_map.y)?;
    let anchor = if (pointer_in_map.x - placed.pos.x).abs() < 20.0 {
        original.anchor
    } else {
        nearest_anchor(input, pointer_in_map.x)?
    };
    Some(EmotionPoint {
        score,
        anchor,
        ..original.clone()
    })
}

/// The anchor nearest to `x` along the journey: a touchpoint card, or a stage.
fn nearest_anchor(input: &CanvasInput<'_>, x: f32) -> Option<Anchor> {
    let (map, layout) = (input.map, input.layout);
    let touchpoints = map.cards_of_kind(LaneKind::Touchpoints).filter_map(|c| {
        layout
            .cards
            .get(&c.id)
            .map(|r| (Anchor::Card(c.id), r.center().x))
    });
    let stages = layout
        .stages
        .iter()
        .map(|s| (Anchor::Stage(s.id), s.rect.center().x));
    touchpoints
        .chain(stages)
        .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
        .map(|(anchor, _)| anchor)
}

fn click(
    input: &CanvasInput<'_>,
    selection: &mut Selection,
    pointer_in_map: Pos2,
    modifiers: Modifiers,
) -> Vec<Edit> {
    let layout = input.layout;
    let below_headers = layout.lanes.first().map_or(f32::MAX, |l| l.rect.top());
    if let Some((curve, point)) = layout.point_at(pointer_in_map, POINT_GRAB_RADIUS) {
        *selection = Selection::Point { curve, point };
    } else if let Some(card) = layout.card_at(pointer_in_map) {
        if modifiers.shift || modifiers.command {
            selection.toggle_card(card);
        } else {
            *selection = Selection::Cards(vec![card]);
        }
    } else if let Some(link) = layout.link_at(pointer_in_map, LINK_GRAB_DISTANCE) {
        *selection = Selection::Link(link);
    } else if let Some(persona) = layout.persona_at(pointer_in_map) {
        *selection = Selection::Persona(persona);
    } else if let Some(stage) = layout
        .stages
        .iter()
        .find(|s| s.rect.contains(pointer_in_map) && pointer_in_map.y < below_headers)
    {
        *selection = Selection::Stage(stage.id);
    } else if let Some(lane) = layout.lane_header_at(pointer_in_map) {
        *selection = Selection::Lane(lane);
    } else if let Some(edit) = add_point_at(input, selection, pointer_in_map) {
        return vec![edit];
    } else {
        *selection = Selection::Map;
    }
    Vec::new()
}

/// A click on an emotion lane adds a point to the first visible curve.
fn add_point_at(
    input: &CanvasInput<'_>,
    selection: &mut Selection,
    pointer_in_map: Pos2,
) -> Option<Edit> {
    let (map, layout) = (input.map, input.layout);
    let row = layout.emotion_row()?;
    if !row.rect.contains(pointer_in_map) || pointer_in_map.x < row.header.right() {
        return None;
    }
    let curve = map.curves.iter().find(|c| !c.hidden)?;
    let point = EmotionPoint {
        id: PointId(map.next_free_id()),
        anchor: nearest_anchor(input, pointer_in_map.x)?,
        score: layout.score_at(map, pointer_in_map.y)?,
        reason: String::new(),
    };
    *selection = Selection::Point {
        curve: curve.id,
        point: point.id,
    };
    Some(Edit::SetPoint {
        curve: curve.id,
        point,
    })
}

fn text_target_at(layout: &MapLayout, pointer_in_map: Pos2) -> Option<EditTarget> {
    if let Some(card) = layout.card_at(pointer_in_map) {
        Some(EditTarget::Card(card))
    } else if let Some(stage) = layout.stage_header_at(pointer_in_map) {
        Some(EditTarget::Stage(stage))
    } else {
        layout.lane_header_at(pointer_in_map).map(EditTarget::Lane)
    }
}

/// A new card from the palette, in the lane it fits at the stage under the pointer.
fn drop_palette_item(
    input: &CanvasInput<'_>,
    item: &PaletteItem,
    pointer_in_map: Pos2,
) -> Option<Edit> {
    let (map, layout) = (input.map, input.layout);
    let kind = item.lane_kind();
    let under = layout.place_at(map, pointer_in_map);
    let place = match under {
        Some(place) if map.lane(place.lane).is_some_and(|l| l.kind == kind) => place,
        _ => {
            let stage = under
                .map(|p| p.stage)
                .or_else(|| layout.stage_nearest_x(pointer_in_map.x))?;
            let lane = map.lanes.iter().find(|l| l.kind == kind && !l.hidden)?.id;
            let count = layout
                .cells
                .iter()
                .filter(|((l, s, _), _)| *l == lane && *s == stage)
                .map(|(_, cards)| cards.len())
                .sum();
            CellPlace {
                lane,
                stage,
                step: under.and_then(|p| p.step),
                index: count,
            }
        }
    };
    let mut card = Card::new(
        CardId(map.next_free_id()),
        place.lane,
        place.stage,
        item.default_text(),
    );
    card.step = place.step;
    card.channel = item.channel();
    Some(Edit::InsertCard {
        card,
        index: place.index,
    })
}

const ACCENT: Color32 = Color32::from_rgb(0x2F, 0x6F, 0xEB);

fn paint_selection(
    painter: &egui::Painter,
    input: &CanvasInput<'_>,
    selection: &Selection,
    view: &View,
) {
    let screen_from_map = view.screen_from_map;
    let outline = |rect: Rect| {
        painter.rect_stroke(
            screen_from_map * rect.expand(3.0),
            8.0,
            Stroke::new(2.0, ACCENT),
            StrokeKind::Outside,
        );
    };
    match selection {
        Selection::Cards(cards) => {
            for rect in cards.iter().filter_map(|c| input.layout.cards.get(c)) {
                outline(*rect);
            }
            if let [card] = cards.as_slice()
                && let Some(rect) = input.layout.cards.get(card)
            {
                let handle = screen_from_map * link_handle(*rect);
                painter.circle(handle, 5.0, Color32::WHITE, Stroke::new(2.0, ACCENT));
            }
        }
        Selection::Stage(stage) => {
            if let Some(column) = input.layout.stage(*stage) {
                outline(column.header);
            }
        }
        Selection::Lane(lane) => {
            if let Some(row) = input.layout.lane(*lane) {
                outline(row.rect);
            }
        }
        Selection::Point { point, .. } => {
            let placed = input
                .layout
                .curves
                .iter()
                .flat_map(|c| &c.points)
                .find(|p| p.id == *point);
            if let Some(placed) = placed {
                painter.circle_stroke(
                    screen_from_map * placed.pos,
                    15.0 * view.zoom(),
                    Stroke::new(2.0, ACCENT),
                );
            }
        }
        Selection::Persona(persona) => {
            if let Some((_, rect)) = input
                .layout
                .persona_chips
                .iter()
                .find(|(id, _)| id == persona)
            {
                outline(*rect);
            }
        }
        Selection::Link(link) => {
            if let Some(route) = input.layout.links.get(link) {
                let on_screen = route.iter().map(|p| screen_from_map * *p).collect();
                painter.add(egui::Shape::line(on_screen, Stroke::new(4.0, ACCENT)));
                for end in [route.first(), route.last()].into_iter().flatten() {
                    painter.circle(
                        screen_from_map * *end,
                        4.0,
                        Color32::WHITE,
                        Stroke::new(2.0, ACCENT),
                    );
                }
            }
        }
        Selection::Map => {}
    }
}

fn paint_drag_feedback(
    painter: &egui::Painter,
    input: &CanvasInput<'_>,
    drag: Option<&Drag>,
    palette_item: Option<&PaletteItem>,
    pointer_in_map: Pos2,
    view: &View,
) {
    let screen_from_map = view.screen_from_map;
    let pointer = screen_from_map * pointer_in_map;
    if palette_item.is_some() {
        if let Some(place) = input.layout.place_at(input.map, pointer_in_map) {
            paint_drop_place(painter, input, &place, view);
        }
        return;
    }
    match drag {
        Some(Drag::Cards { ids, grab_in_map }) => {
            if let Some(place) = input.layout.place_at(input.map, pointer_in_map) {
                paint_drop_place(painter, input, &place, view);
            }
            let offset = pointer_in_map - *grab_in_map;
            for rect in ids.iter().filter_map(|id| input.layout.cards.get(id)) {
                let ghost = screen_from_map * rect.translate(offset);
                painter.rect(
                    ghost,
                    6.0,
                    Color32::from_white_alpha(170),
                    Stroke::new(1.5, ACCENT),
                    StrokeKind::Inside,
                );
            }
        }
        Some(Drag::Point { curve, point }) => {
            if let Some(moved) = moved_point(input, *curve, *point, pointer_in_map)
                && let Some(y) = input.layout.score_y(input.map, moved.score)
            {
                let at = screen_from_map * Pos2::new(pointer_in_map.x, y);
                painter.circle(
                    at,
                    11.0 * view.zoom(),
                    Color32::from_white_alpha(200),
                    Stroke::new(2.0, ACCENT),
                );
                painter.text(
                    at,
                    Align2::CENTER_CENTER,
                    moved.score.to_string(),
                    FontId::proportional(12.0),
                    ACCENT,
                );
            }
        }
        Some(Drag::Stage(_)) => {
            let index = input.layout.stage_index_at_x(pointer_in_map.x);
            let x = match input.layout.stages.get(index) {
                Some(column) => column.rect.left(),
                None => input.layout.stages.last().map_or(0.0, |c| c.rect.right()),
            };
            let top = screen_from_map * Pos2::new(x, 0.0);
            let bottom = screen_from_map * Pos2::new(x, input.layout.bounds.bottom());
            painter.line_segment([top, bottom], Stroke::new(3.0, ACCENT));
        }
        Some(Drag::StageWidth { left, .. }) => {
            let x = pointer_in_map.x.max(*left + 120.0);
            let top = screen_from_map * Pos2::new(x, 0.0);
            let bottom = screen_from_map * Pos2::new(x, input.layout.bounds.bottom());
            painter.line_segment([top, bottom], Stroke::new(2.0, ACCENT));
        }
        Some(Drag::Lane(_)) => {
            let index = lane_index_at_y(input, pointer_in_map.y);
            let y = input
                .map
                .lanes
                .get(index..)
                .and_then(|rest| rest.iter().find_map(|l| input.layout.lane(l.id)))
                .map_or(input.layout.bounds.bottom(), |row| row.rect.top() - 3.0);
            let left = screen_from_map * Pos2::new(0.0, y);
            let right = screen_from_map * Pos2::new(input.layout.bounds.right(), y);
            painter.line_segment([left, right], Stroke::new(3.0, ACCENT));
        }
        Some(Drag::LaneHeight { top, .. }) => {
            let y = pointer_in_map.y.max(*top + 40.0);
            let left = screen_from_map * Pos2::new(0.0, y);
            let right = screen_from_map * Pos2::new(input.layout.bounds.right(), y);
            painter.line_segment([left, right], Stroke::new(2.0, ACCENT));
        }
        Some(Drag::Link { from }) => {
            if let Some(rect) = input.layout.cards.get(from) {
                let start = screen_from_map * link_handle(*rect);
                painter.arrow(start, pointer - start, Stroke::new(2.0, ACCENT));
                if let Some(target) = input
                    .layout
                    .card_at(pointer_in_map)
                    .and_then(|c| input.layout.cards.get(&c))
                {
                    painter.rect_stroke(
                        screen_from_map * *target,
                        6.0,
                        Stroke::new(2.0, ACCENT),
                        StrokeKind::Outside,
                    );
                }
            }
        }
        Some(Drag::RubberBand { start_in_map }) => {
            let band = screen_from_map * Rect::from_two_pos(*start_in_map, pointer_in_map);
            painter.rect(
                band,
                0.0,
                ACCENT.gamma_multiply(0.08),
                Stroke::new(1.0, ACCENT),
                StrokeKind::Inside,
            );
        }
        Some(Drag::Pan) | None => {}
    }
}

/// The cell a card would land in, and a bar where among its cards.
fn paint_drop_place(
    painter: &egui::Painter,
    input: &CanvasInput<'_>,
    place: &CellPlace,
    view: &View,
) {
    let screen_from_map = view.screen_from_map;
    let Some(cell) = input.layout.cell_rect(place) else {
        return;
    };
    painter.rect(
        screen_from_map * cell.shrink(2.0),
        6.0,
        ACCENT.gamma_multiply(0.06),
        Stroke::new(1.5, ACCENT.gamma_multiply(0.6)),
        StrokeKind::Inside,
    );
    let cards = input
        .layout
        .cells
        .get(&(place.lane, place.stage, place.step))
        .map(Vec::as_slice)
        .unwrap_or_default();
    let bar = match (cards.get(place.index), cards.last()) {
        (Some(next), _) => input
            .layout
            .cards
            .get(next)
            .map(|r| (r.left() - 4.0, r.y_range())),
        (None, Some(last)) => input
            .layout
            .cards
            .get(last)
            .map(|r| (r.right() + 4.0, r.y_range())),
        (None, None) => Some((
            cell.left() + 8.0,
            (cell.top() + 8.0..=cell.bottom() - 8.0).into(),
        )),
    };
    if let Some((x, y_range)) = bar {
        let top = screen_from_map * Pos2::new(x, y_range.min);
        let bottom = screen_from_map * Pos2::new(x, y_range.max);
        painter.line_segment([top, bottom], Stroke::new(3.0, ACCENT));
    }
}

fn set_cursor(
    ui: &Ui,
    response: &egui::Response,
    input: &CanvasInput<'_>,
    state: &CanvasState,
    pointer_in_map: Option<Pos2>,
) {
    let icon = match (&state.drag, pointer_in_map) {
        (Some(Drag::Pan), _) => CursorIcon::Grabbing,
        (Some(Drag::StageWidth { .. }), _) => CursorIcon::ResizeHorizontal,
        (Some(Drag::LaneHeight { .. }), _) => CursorIcon::ResizeVertical,
        (Some(_), _) => CursorIcon::Grabbing,
        (None, Some(p)) if response.hovered() => {
            if input.layout.point_at(p, POINT_GRAB_RADIUS).is_some() {
                CursorIcon::ResizeVertical
            } else if input.layout.card_at(p).is_some() || input.layout.stage_header_at(p).is_some()
            {
                CursorIcon::Grab
            } else {
                CursorIcon::Default
            }
        }
        _ => return,
    };
    ui.set_cursor_icon(icon);
}

/// The in-place text field of a double-clicked card, stage or lane title.
/// Enter keeps the text (Shift+Enter starts a new line), Escape drops it.
fn text_editing_ui(
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
        state.editing = None;
        return Vec::new();
    };
    let rect = view.screen_from_map * rect_in_map;
    let id = Id::unique("canvas-text-edit");
    let commit = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    let cancel = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
    let response = ui.put(
        rect,
        egui::TextEdit::multiline(&mut editing.buffer)
            .id(id)
            .font(FontId::proportional((13.0 * view.zoom()).clamp(10.0, 28.0)))
            .desired_width(rect.width()),
    );
    response.widget_info(|| WidgetInfo::labeled(egui::Role::TextInput, true, "Edit text in place"));
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
