//! The map's own details: what it is about, its scale, its theme.

use egui::{DragValue, Ui};

use super::Out;
use super::grid::add_lane_ui;
use super::widgets::*;
use crate::edit::Edit;
use crate::model::*;
use crate::ui::selection::Selection;

pub(super) fn map_ui(ui: &mut Ui, map: &JourneyMap, selection: &mut Selection, out: &mut Out) {
    ui.heading("Map");
    meta_ui(ui, map, out);
    map_type_ui(ui, map, out);
    ui.separator();
    scale_ui(ui, map, out);
    ui.separator();
    theme_ui(ui, map, out);
    ui.separator();
    additions_ui(ui, map, selection, out);
}

/// Title, scenario, goals, owner, date, language, and the map improved on.
fn meta_ui(ui: &mut Ui, map: &JourneyMap, out: &mut Out) {
    let mut meta = map.meta.clone();
    let mut any = field(ui, "Title", &mut meta.title);
    any |= area(ui, "Scenario", &mut meta.scenario);
    any |= lines(ui, "Goals of the work", &mut meta.goals);
    any |= field(ui, "Owner", &mut meta.owner);
    any |= field(ui, "Date (YYYY-MM-DD)", &mut meta.date);
    if !meta.date.is_empty() && !is_iso_date(&meta.date) {
        ui.colored_label(
            ui.visuals().error_fg_color,
            "Not a day: write it as year-month-day, e.g. 2026-11-14",
        );
    }
    any |= field(ui, "Language", &mut meta.language);
    if meta.map_type == MapType::FutureState {
        let mut improves = match &meta.improves_on {
            Some(MapRef::File(path)) => path.clone(),
            Some(MapRef::Id(id)) => id.clone(),
            None => String::new(),
        };
        if field(ui, "Improves on (file or map id)", &mut improves) {
            meta.improves_on = match improves.trim() {
                "" => None,
                text if text.ends_with(".ron") => Some(MapRef::File(text.to_owned())),
                text => Some(MapRef::Id(text.to_owned())),
            };
            any = true;
        }
    }
    if any {
        out.merged(Edit::SetMeta(meta));
    }
}

/// The map's type and the channels in scope.
fn map_type_ui(ui: &mut Ui, map: &JourneyMap, out: &mut Out) {
    let mut map_type = map.meta.map_type;
    let types: Vec<(MapType, String)> = MapType::ALL
        .iter()
        .map(|t| (*t, t.label().to_owned()))
        .collect();
    if combo(ui, "Map type", &mut map_type, &types) {
        out.once(Edit::SetMapType(map_type));
    }
    ui.collapsing("Channels in scope", |ui| {
        for channel in Channel::BUILT_IN {
            let mut on = map.meta.channels.contains(&channel);
            if ui.checkbox(&mut on, channel.label()).changed() {
                let mut meta = map.meta.clone();
                if on {
                    meta.channels.push(channel);
                } else {
                    meta.channels.retain(|c| *c != channel);
                }
                out.once(Edit::SetMeta(meta));
            }
        }
    });
}

fn scale_ui(ui: &mut Ui, map: &JourneyMap, out: &mut Out) {
    ui.strong("Emotion scale");
    let mut scale = map.scale;
    let limit = EmotionScale::LIMIT;
    let changed = ui
        .horizontal(|ui| {
            let from = ui.label("From").id;
            let low = ui
                .add(DragValue::new(&mut scale.min).range(-limit..=-1))
                .labelled_by(from)
                .changed();
            let to = ui.label("to").id;
            low | ui
                .add(DragValue::new(&mut scale.max).range(1..=limit))
                .labelled_by(to)
                .changed()
        })
        .inner;
    if changed {
        out.merged(Edit::SetScale(scale));
    }
}

/// Brand and background colours, text size, and the stages' colours.
fn theme_ui(ui: &mut Ui, map: &JourneyMap, out: &mut Out) {
    ui.strong("Theme");
    let mut theme = map.theme.clone();
    let mut any = color(ui, "Brand colour", &mut theme.brand);
    any |= color(ui, "Background", &mut theme.background);
    let size_text = format!("Text size {:.0} pt", theme.font_size);
    let size = egui::Slider::new(
        &mut theme.font_size,
        Theme::MIN_FONT_SIZE..=Theme::MAX_FONT_SIZE,
    )
    .step_by(1.0)
    .show_value(false)
    .text(size_text);
    any |= ui.add(size).changed();
    ui.label("Stage colours");
    ui.horizontal_wrapped(|ui| {
        for (i, swatch) in theme.palette.iter_mut().enumerate() {
            ui.push_id(("palette", i), |ui| {
                let mut rgb = [swatch.r, swatch.g, swatch.b];
                let response = ui.color_edit_button_srgb(&mut rgb);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ColorWell,
                        true,
                        format!("Stage colour {}", i + 1),
                    )
                });
                if response.changed() {
                    *swatch = Color::rgb(rgb[0], rgb[1], rgb[2]);
                    any = true;
                }
            });
        }
    });
    if any {
        out.merged(Edit::SetTheme(theme));
    }
}

/// Buttons that add a persona, a stage or a lane.
fn additions_ui(ui: &mut Ui, map: &JourneyMap, selection: &mut Selection, out: &mut Out) {
    ui.strong("Personas");
    if ui.button("Add persona").clicked() {
        let id = PersonaId(map.next_free_id());
        let color = map.next_persona_color();
        out.once(Edit::SetPersona(Persona::new(
            id,
            format!("Persona {}", map.personas.len() + 1),
            color,
        )));
    }
    ui.strong("Stages and lanes");
    if ui.button("Add stage").clicked() {
        let id = StageId(map.next_free_id());
        out.once(Edit::InsertStage {
            stage: Stage::new(id, "New stage"),
            index: map.stages.len(),
        });
    }
    add_lane_ui(ui, map, map.lanes.len(), selection, out);
}
