//! The canvas's view onto the map: pan and zoom, as one transform.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

/// Where the map shows on the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// From map units to points on screen: the pan is its translation, the
    /// zoom its scaling.
    pub screen_from_map: TSTransform,
    /// The canvas's rectangle on the screen, as last drawn.
    pub screen: Rect,
    /// Fit the map to the canvas on the next frame (after opening a map).
    pub fit_pending: bool,
}

impl Default for View {
    fn default() -> Self {
        Self {
            screen_from_map: TSTransform::IDENTITY,
            screen: Rect::NOTHING,
            fit_pending: true,
        }
    }
}

impl View {
    /// The smallest zoom, 5%.
    pub const MIN_ZOOM: f32 = 0.05;
    /// The largest zoom, 400%.
    pub const MAX_ZOOM: f32 = 4.0;
    /// How much one Zoom in or Zoom out step changes the zoom.
    pub const STEP: f32 = 1.25;

    /// The zoom: points on screen per map unit (1.0 is 100%).
    pub fn zoom(&self) -> f32 {
        self.screen_from_map.scaling
    }

    /// Moves the map on the screen by `delta_on_screen`, in points.
    pub fn pan(&mut self, delta_on_screen: Vec2) {
        self.screen_from_map.translation += delta_on_screen;
    }

    /// Zooms by `factor`, keeping the map point under `pivot_on_screen` in place.
    pub fn zoom_at(&mut self, pivot_on_screen: Pos2, factor: f32) {
        let zoom = (self.zoom() * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let factor = zoom / self.zoom();
        self.screen_from_map = TSTransform::from_translation(pivot_on_screen.to_vec2())
            * TSTransform::from_scaling(factor)
            * TSTransform::from_translation(-pivot_on_screen.to_vec2())
            * self.screen_from_map;
    }

    /// Shows all of `map_bounds` in `screen`, with a margin, at most at 100%.
    pub fn fit(&mut self, map_bounds: Rect, screen: Rect) {
        let margin = 24.0;
        let available = (screen.size() - Vec2::splat(2.0 * margin)).max(Vec2::splat(1.0));
        let zoom = (available.x / map_bounds.width().max(1.0))
            .min(available.y / map_bounds.height().max(1.0))
            .clamp(Self::MIN_ZOOM, 1.0);
        let offset = screen.min.to_vec2() + Vec2::splat(margin) - map_bounds.min.to_vec2() * zoom;
        self.screen_from_map = TSTransform::new(offset, zoom);
        self.fit_pending = false;
    }

    /// Pans, at the same zoom, so that `map_rect` (in map units) is in the
    /// middle of the canvas, unless it is already wholly in view.
    pub fn bring_into_view(&mut self, map_rect: Rect) {
        let on_screen = self.screen_from_map * map_rect;
        if !self.screen.contains_rect(on_screen) {
            self.pan(self.screen.center() - on_screen.center());
        }
    }

    /// Sets the zoom, keeping in place the centre of the part of the map that is
    /// in view (the centre of the canvas when the map is out of view).
    pub fn zoom_to(&mut self, zoom: f32, map_bounds: Rect) {
        let screen = self.screen;
        let visible = (self.screen_from_map.inverse() * screen).intersect(map_bounds);
        let pivot = if visible.is_positive() {
            self.screen_from_map * visible.center()
        } else {
            screen.center()
        };
        self.zoom_at(pivot, zoom / self.zoom());
    }
}
