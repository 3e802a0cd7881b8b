//! The compare mode's canvas: the picture (the open map with ghosts of what
//! it lost) and the marks over it, panned by dragging, zoomed with Ctrl and
//! the wheel; a click on a marked element makes its change the current one.

use egui::{Pos2, Sense, Ui, WidgetInfo};

use super::paint::paint_marks;
use super::{CompareMode, CompareMove};
use crate::ui::paint::paint_scene;
use crate::ui::view::View;

impl CompareMode {
    /// Draws the canvas; the element to select when a click picked a change.
    pub(super) fn canvas_ui(&mut self, ui: &mut Ui, view: &mut View) -> Option<CompareMove> {
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        let name = crate::ui::words(ui.ctx()).canvas_name;
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, name));
        let shown = self.shown.as_ref()?;
        let screen = response.rect;
        view.screen = screen;
        if view.fit_pending {
            view.fit(shown.layout.bounds, screen);
        }
        if let Some(place) = self.bring_into_view.take() {
            view.bring_into_view(place);
        }
        if response.hovered() {
            let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
            match ui.input(|i| i.pointer.latest_pos()) {
                Some(pivot) if zoom != 1.0 => view.zoom_at(pivot, zoom),
                _ => view.pan(scroll),
            }
        }
        if response.dragged() {
            view.pan(response.drag_delta());
        }
        let painter = painter.with_clip_rect(screen);
        painter.rect_filled(screen, 0.0, shown.scene.background);
        let ctx = ui.ctx().clone();
        let (textures, picture) = (&mut self.textures, &shown.picture.map);
        paint_scene(
            &painter,
            &shown.scene,
            view.screen_from_map,
            &mut |source| textures.get(&ctx, picture, source),
        );
        paint_marks(&painter, shown, self.current, view.screen_from_map);
        let clicked = response.clicked().then(|| response.interact_pointer_pos());
        let at = clicked.flatten()?;
        let index = self.change_at(view.screen_from_map.inverse() * at)?;
        self.go_to(index)
    }

    /// The change marked at `pos_in_map`: the smallest mark there.
    fn change_at(&self, pos_in_map: Pos2) -> Option<usize> {
        let shown = self.shown.as_ref()?;
        shown
            .marks
            .iter()
            .filter(|mark| mark.rect.contains(pos_in_map))
            .min_by(|a, b| a.rect.area().total_cmp(&b.rect.area()))
            .map(|mark| mark.change)
    }
}
