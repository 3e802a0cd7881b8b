//! The inspector's colour button and its picker: the theme's palette as
//! swatches and red, green and blue values to drag, in the interface's
//! language (egui's own picker speaks only English).

use egui::{Color32, DragValue, Popup, PopupCloseBehavior, Response, Sense, Ui, Vec2};

use crate::lang::fill;
use crate::model::Color;

/// A label and a swatch of `value`, named `label` for AccessKit; a click
/// opens the picker. True when the colour changed this frame.
pub(super) fn colour(ui: &mut Ui, label: &str, value: &mut Color, palette: &[Color]) -> bool {
    ui.horizontal(|ui| {
        ui.label(label);
        colour_button(ui, label, value, palette)
    })
    .inner
}

/// A swatch of `value` named `label`, opening the picker below it.
pub(super) fn colour_button(
    ui: &mut Ui,
    label: &str,
    value: &mut Color,
    palette: &[Color],
) -> bool {
    let popup_id = ui.auto_id_with("colour-picker");
    let button = swatch(ui, *value, Vec2::new(32.0, 18.0));
    let label = label.to_owned();
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ColorWell, true, &label));
    Popup::menu(&button)
        .id(popup_id)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| picker_ui(ui, value, palette))
        .is_some_and(|shown| shown.inner)
}

/// The palette's swatches, then the R, G and B values. True on a change.
fn picker_ui(ui: &mut Ui, value: &mut Color, palette: &[Color]) -> bool {
    let words = crate::ui::words(ui.ctx());
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.set_max_width(8.0 * 26.0);
        for (i, choice) in palette.iter().enumerate() {
            let name = fill(words.stage_colour_n, &[&(i + 1)]);
            let response = swatch(ui, *choice, Vec2::splat(20.0)).on_hover_text(&name);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if response.clicked() && value != choice {
                *value = *choice;
                changed = true;
            }
        }
    });
    ui.horizontal(|ui| {
        for (channel, name) in [
            (&mut value.r, words.red),
            (&mut value.g, words.green),
            (&mut value.b, words.blue),
        ] {
            let drag = DragValue::new(channel)
                .speed(0.5)
                .prefix(format!("{name} "));
            changed |= ui.add(drag).changed();
        }
    });
    changed
}

/// A clickable rectangle painted in `color`, framed like a button.
fn swatch(ui: &mut Ui, color: Color, size: Vec2) -> Response {
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        let fill = Color32::from_rgb(color.r, color.g, color.b);
        let radius = visuals.corner_radius;
        ui.painter().rect_filled(rect, radius, fill);
        ui.painter()
            .rect_stroke(rect, radius, visuals.bg_stroke, egui::StrokeKind::Inside);
    }
    response
}
