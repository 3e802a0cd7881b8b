//! What the room sees: a slide, or the map through the view of the moment,
//! the spotlighted stage bright and the others dimmed, lane titles kept at the
//! left edge, the card being typed, and the discreet progress line.

use egui::emath::TSTransform;
use egui::{
    Align2, Color32, Context, FontId, Painter, Rect, RichText, Sense, Stroke, StrokeKind, Ui,
    WidgetInfo, pos2, vec2,
};

use super::{PresentMode, PresentOutcome};
use crate::edit::Document;
use crate::export::Page;
use crate::lang::fill;
use crate::model::JourneyMap;
use crate::scene::style::color32;
use crate::ui::paint::paint_scene;

/// How much of the background's colour covers the stages not spotlighted.
const DIM_ALPHA: u8 = 190;
/// The progress line's text, in pixels: readable, not loud.
const PROGRESS_SIZE: f32 = 18.0;
/// Grey of the progress line.
const PROGRESS_GREY: Color32 = Color32::from_gray(105);
/// The progress line in the last minute of the countdown.
pub(super) const AMBER: Color32 = Color32::from_rgb(214, 132, 0);
/// Lane titles kept at the left edge, in pixels.
const LANE_TITLE_SIZE: f32 = 18.0;
/// The typed card's words, in pixels.
const TYPED_SIZE: f32 = 34.0;

impl PresentMode {
    /// Draws the talk of `document` (whose revision is `key`) over the whole
    /// of `ui`, reads the keys and clicks of its window, and says what the app
    /// must do.
    pub fn audience_ui(
        &mut self,
        ui: &mut Ui,
        document: &Document,
        key: (u64, u64),
    ) -> PresentOutcome {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click());
        let name = crate::ui::words(&ctx).present_canvas_name;
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, name));
        let screen = response.rect;
        self.refresh(document, key, screen);
        let outcome = self.read_keys(&ctx, &document.map, now);
        if response.clicked() {
            self.next(now);
        } else if response.secondary_clicked() {
            self.previous(now);
        }
        self.paint(&painter, &ctx, &document.map, now);
        self.progress_ui(ui, &document.map, screen, now);
        self.ask_repaints(&ctx, now);
        outcome
    }

    fn paint(&mut self, painter: &Painter, ctx: &Context, map: &JourneyMap, now: f64) {
        let view = self.view_at(now);
        let step = self.step;
        let Some(talk) = &self.talk else { return };
        let screen = talk.screen();
        if let Some(page) = talk.page_of(step) {
            paint_page(painter, page, screen);
            return;
        }
        let Some(view) = view else { return };
        painter.rect_filled(screen, 0.0, talk.scene.background);
        let textures = &mut self.textures;
        paint_scene(painter, &talk.scene, view, &mut |source| {
            textures.get(ctx, map, source)
        });
        let Some(column) = step.stage().and_then(|i| talk.layout.stages.get(i)) else {
            return;
        };
        let background = talk.scene.background;
        dim_around(painter, view * column.rect, screen, background);
        lane_titles(painter, map, &talk.layout, view, screen);
        if let Some(capture) = &self.capture
            && let Some(row) = talk.layout.lane(capture.lane)
        {
            let cell = view * row.rect.intersect(column.rect);
            let brand = color32(map.theme.brand);
            painter.rect(
                cell,
                6.0,
                brand.gamma_multiply(0.12),
                Stroke::new(4.0, brand),
                StrokeKind::Outside,
            );
            let lane = map.lane(capture.lane).map_or("", |l| l.title.as_str());
            typed_card(painter, screen, lane, &capture.text, brand);
        }
    }

    /// The progress line at the bottom left, a label so that it is read out:
    /// the step, or the stage number being typed, and the countdown.
    fn progress_ui(&self, ui: &mut Ui, map: &JourneyMap, screen: Rect, now: f64) {
        let language = crate::ui::language(ui.ctx());
        let mut line = if self.digits.is_empty() {
            self.progress(map, language)
        } else {
            fill(language.words().present_jump, &[&self.digits])
        };
        let mut color = PROGRESS_GREY;
        if let Some(countdown) = &self.countdown {
            line = format!("{} · {}", line, countdown.text(now));
            if countdown.in_last_minute(now) {
                color = AMBER;
            }
        }
        if self.capture.is_some() {
            line = format!("{} · {}", line, language.words().present_capture_hint);
        }
        let at = Rect::from_min_max(
            pos2(screen.left() + 32.0, screen.bottom() - 34.0),
            pos2(screen.right() - 32.0, screen.bottom() - 6.0),
        );
        let text = RichText::new(line).size(PROGRESS_SIZE).color(color);
        // A backing under the words, once their size is known.
        let backing = ui.painter().add(egui::Shape::Noop);
        let mut line_ui = ui.new_child(egui::UiBuilder::new().max_rect(at));
        let label = line_ui.label(text);
        let rect = label.rect.expand2(vec2(10.0, 3.0));
        let fill = Color32::from_white_alpha(215);
        ui.painter()
            .set(backing, egui::epaint::RectShape::filled(rect, 4.0, fill));
    }

    fn ask_repaints(&self, ctx: &Context, now: f64) {
        if self.glide.is_some_and(|g| g.is_moving(now)) {
            ctx.request_repaint();
        } else if let Some(countdown) = &self.countdown {
            let to_next_second = countdown.remaining(now).fract() + 0.01;
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(to_next_second));
        }
    }
}

/// A slide, as large as the screen allows, centred, on its background.
fn paint_page(painter: &Painter, page: &Page, screen: Rect) {
    painter.rect_filled(screen, 0.0, page.scene.background);
    let scale = (screen.width() / page.size.x).min(screen.height() / page.size.y);
    let offset = screen.center() - page.size * scale / 2.0;
    let transform = TSTransform::new(offset.to_vec2(), scale);
    paint_scene(painter, &page.scene, transform, &mut |_| None);
}

/// Covers everything but `spotlight` with the background, nearly opaque.
fn dim_around(painter: &Painter, spotlight: Rect, screen: Rect, background: Color32) {
    let [r, g, b, _] = background.to_array();
    let veil = Color32::from_rgba_unmultiplied(r, g, b, DIM_ALPHA);
    let left = Rect::from_min_max(screen.min, pos2(spotlight.left(), screen.bottom()));
    let right = Rect::from_min_max(pos2(spotlight.right(), screen.top()), screen.max);
    for side in [left, right] {
        if side.is_positive() {
            painter.rect_filled(side, 0.0, veil);
        }
    }
}

/// The titles of the lanes in view, at the left edge of the screen, when the
/// map's own lane titles are out of view.
fn lane_titles(
    painter: &Painter,
    map: &JourneyMap,
    layout: &crate::layout::MapLayout,
    view: TSTransform,
    screen: Rect,
) {
    for row in &layout.lanes {
        let header = view * row.header;
        if header.right() > screen.left() + 8.0 || !screen.y_range().contains(header.center().y) {
            continue;
        }
        let Some(lane) = map.lane(row.id) else {
            continue;
        };
        let at = pos2(screen.left() + 16.0, header.center().y);
        let font = FontId::proportional(LANE_TITLE_SIZE);
        let galley = painter.layout_no_wrap(lane.title.clone(), font, PROGRESS_GREY);
        let backing = Rect::from_min_size(
            at - vec2(6.0, galley.size().y / 2.0 + 3.0),
            galley.size() + vec2(12.0, 6.0),
        );
        painter.rect_filled(backing, 4.0, Color32::from_white_alpha(230));
        painter.galley(at - vec2(0.0, galley.size().y / 2.0), galley, PROGRESS_GREY);
    }
}

/// The card being typed, large at the bottom of the screen, with its lane.
fn typed_card(painter: &Painter, screen: Rect, lane: &str, text: &str, brand: Color32) {
    let size = vec2((screen.width() * 0.6).min(1100.0), 120.0);
    let card = Rect::from_min_size(
        pos2(
            screen.center().x - size.x / 2.0,
            screen.bottom() - 60.0 - size.y,
        ),
        size,
    );
    painter.rect(
        card,
        10.0,
        Color32::WHITE,
        Stroke::new(3.0, brand),
        StrokeKind::Inside,
    );
    painter.text(
        card.left_top() + vec2(20.0, 14.0),
        Align2::LEFT_TOP,
        lane,
        FontId::proportional(PROGRESS_SIZE),
        brand,
    );
    painter.text(
        card.left_bottom() + vec2(20.0, -20.0),
        Align2::LEFT_BOTTOM,
        text.to_owned() + "|",
        FontId::proportional(TYPED_SIZE),
        Color32::from_gray(30),
    );
}
