//! Where the map sits on the screen at each step, and the eased glide from one
//! place to the next.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2, vec2};

/// Card text on a spotlighted stage is never smaller than this many pixels:
/// readable from the back of a room on a 1920×1080 projector.
pub const LEGIBLE_PIXELS: f32 = 20.0;
/// How long the view takes to glide from one step to the next.
pub const GLIDE_SECONDS: f64 = 0.25;
/// Space kept clear around the map on every side, in pixels.
const MARGIN: f32 = 32.0;
/// Space kept clear at the bottom for the progress line, in pixels.
const PROGRESS_BAND: f32 = 40.0;
/// Head room over the legible zoom, so that rounding never takes text under it.
const LEGIBLE_HEAD_ROOM: f32 = 1.05;
/// The overview may enlarge a small map at most this much.
const MAX_OVERVIEW_ZOOM: f32 = 3.0;

/// The part of `screen` the map may fill.
fn stage_area(screen: Rect) -> Rect {
    let area = Rect::from_min_max(
        screen.min + Vec2::splat(MARGIN),
        screen.max - vec2(MARGIN, MARGIN + PROGRESS_BAND),
    );
    if area.is_positive() { area } else { screen }
}

/// The whole map, `bounds` in map units, fitted to `screen` and centred.
pub fn overview_view(bounds: Rect, screen: Rect) -> TSTransform {
    let area = stage_area(screen);
    let zoom = (area.width() / bounds.width().max(1.0))
        .min(area.height() / bounds.height().max(1.0))
        .min(MAX_OVERVIEW_ZOOM);
    centred(bounds.center(), zoom, area.center())
}

/// The views of a stage whose column is `column` (in map units) and whose
/// smallest card text is `smallest_text` map units high: the column fills
/// `screen`, zoomed in at least enough for that text to reach
/// [`LEGIBLE_PIXELS`]. A column too tall to be read in one view takes several,
/// top to bottom, each overlapping the next a little; the last ends at the
/// column's bottom.
pub fn stage_views(column: Rect, smallest_text: Option<f32>, screen: Rect) -> Vec<TSTransform> {
    let area = stage_area(screen);
    let fit =
        (area.width() / column.width().max(1.0)).min(area.height() / column.height().max(1.0));
    let legible = smallest_text.map_or(0.0, |size| {
        LEGIBLE_PIXELS * LEGIBLE_HEAD_ROOM / size.max(f32::EPSILON)
    });
    let widest = area.width() / column.width().max(1.0);
    let zoom = fit.max(legible).min(widest);
    let visible = area.height() / zoom;
    if column.height() <= visible {
        return vec![centred(column.center(), zoom, area.center())];
    }
    let parts = (column.height() / visible).ceil() as usize;
    let travel = column.height() - visible;
    (0..parts)
        .map(|part| {
            let top = column.top() + travel * part as f32 / (parts - 1) as f32;
            let middle = Pos2::new(column.center().x, top + visible / 2.0);
            centred(middle, zoom, area.center())
        })
        .collect()
}

/// The view that shows the map point `middle` at `on_screen`, at `zoom`.
fn centred(middle: Pos2, zoom: f32, on_screen: Pos2) -> TSTransform {
    TSTransform::new(on_screen.to_vec2() - middle.to_vec2() * zoom, zoom)
}

/// Slow at first, fast in the middle, slow at the end: `t` from 0 to 1.
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// The view moving from one place to another over [`GLIDE_SECONDS`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glide {
    from: TSTransform,
    to: TSTransform,
    start: f64,
    centre: Pos2,
}

impl Glide {
    /// A glide starting at `start` (seconds), from `from` to `to`, about the
    /// middle of the screen `centre`.
    pub fn new(from: TSTransform, to: TSTransform, start: f64, centre: Pos2) -> Self {
        Self {
            from,
            to,
            start,
            centre,
        }
    }

    /// Where the glide ends.
    pub fn target(&self) -> TSTransform {
        self.to
    }

    /// Whether the view still moves at `now`.
    pub fn is_moving(&self, now: f64) -> bool {
        now < self.start + GLIDE_SECONDS
    }

    /// The view at `now`: the zoom changes by the same factor each moment, and
    /// the map point in the middle of the screen moves along a straight line.
    pub fn at(&self, now: f64) -> TSTransform {
        let t = ease(((now - self.start) / GLIDE_SECONDS) as f32);
        if t >= 1.0 {
            return self.to;
        }
        let (from_zoom, to_zoom) = (self.from.scaling, self.to.scaling);
        let zoom = from_zoom * (to_zoom / from_zoom).powf(t);
        let from_middle = self.from.inverse() * self.centre;
        let to_middle = self.to.inverse() * self.centre;
        centred(from_middle.lerp(to_middle, t), zoom, self.centre)
    }
}

#[cfg(test)]
mod tests {
    use egui::{Rect, pos2, vec2};

    use super::*;

    const SCREEN: Rect = Rect::from_min_max(pos2(0.0, 0.0), pos2(1920.0, 1080.0));

    #[test]
    fn a_short_stage_fills_the_screen_in_one_view() {
        let column = Rect::from_min_size(pos2(500.0, 0.0), vec2(400.0, 300.0));
        let views = stage_views(column, Some(12.6), SCREEN);
        assert_eq!(views.len(), 1);
        let on_screen = views[0] * column;
        let area = stage_area(SCREEN);
        assert!(area.expand(0.5).contains_rect(on_screen), "{on_screen:?}");
        let fills = (on_screen.height() - area.height()).abs() < 0.5
            || (on_screen.width() - area.width()).abs() < 0.5;
        assert!(fills, "{on_screen:?} fills {area:?}");
    }

    #[test]
    fn a_tall_stage_takes_views_top_to_bottom_with_text_legible_in_each() {
        let column = Rect::from_min_size(pos2(170.0, 0.0), vec2(372.0, 944.0));
        let views = stage_views(column, Some(12.6), SCREEN);
        assert_eq!(views.len(), 2);
        for view in &views {
            assert!(12.6 * view.scaling >= LEGIBLE_PIXELS, "{}", view.scaling);
        }
        let area = stage_area(SCREEN);
        let first = views[0] * column;
        let last = views[1] * column;
        assert!((first.top() - area.top()).abs() < 0.5, "starts at the top");
        assert!(
            (last.bottom() - area.bottom()).abs() < 0.5,
            "ends at the bottom"
        );
    }

    #[test]
    fn the_glide_eases_from_one_view_to_the_other() {
        let from = TSTransform::new(vec2(0.0, 0.0), 0.5);
        let to = TSTransform::new(vec2(-400.0, -100.0), 2.0);
        let glide = Glide::new(from, to, 10.0, SCREEN.center());
        assert_eq!(glide.at(10.0), from);
        assert_eq!(glide.at(10.0 + GLIDE_SECONDS), to);
        assert!(glide.is_moving(10.1) && !glide.is_moving(10.0 + GLIDE_SECONDS));
        let early = glide.at(10.0 + GLIDE_SECONDS * 0.1).scaling;
        let middle = glide.at(10.0 + GLIDE_SECONDS * 0.5).scaling;
        assert!((middle - 1.0).abs() < 1e-3, "half way in zoom: {middle}");
        assert!(early - 0.5 < (middle - 0.5) * 0.1, "slow at first: {early}");
    }

    #[test]
    fn easing_runs_from_zero_to_one_without_going_back() {
        let values: Vec<f32> = (0..=20).map(|i| ease(i as f32 / 20.0)).collect();
        assert_eq!((values[0], values[20]), (0.0, 1.0));
        assert!(values.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn the_overview_shows_the_whole_map() {
        let bounds = Rect::from_min_size(pos2(0.0, 0.0), vec2(2402.0, 944.0));
        let on_screen = overview_view(bounds, SCREEN) * bounds;
        assert!(SCREEN.contains_rect(on_screen), "{on_screen:?}");
    }
}
