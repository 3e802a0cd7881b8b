//! The map's own details: what it is about, its scale, its theme.

use egui::{DragValue, Ui};

use super::Out;
use super::colour::{colour, colour_button};
use super::grid::add_lane_ui;
use super::widgets::*;
use crate::edit::Edit;
use crate::lang::fill;
use crate::model::*;
use crate::ui::selection::Selection;

pub(super) fn map_ui(ui: &mut Ui, map: &JourneyMap, selection: &mut Selection, out: &mut Out) {
    ui.heading(crate::ui::words(ui.ctx()).heading_map);
    super::workshop::top_voted_ui(ui, map, selection);
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
    let words = crate::ui::words(ui.ctx());
    let mut meta = map.meta.clone();
    let mut any = field(ui, words.title, &mut meta.title);
    any |= area(ui, words.scenario, &mut meta.scenario);
    any |= lines(ui, words.goals_of_work, &mut meta.goals);
    any |= field(ui, words.owner, &mut meta.owner);
    any |= field(ui, words.date, &mut meta.date);
    if !meta.date.is_empty() && !is_iso_date(&meta.date) {
        ui.colored_label(ui.visuals().error_fg_color, words.not_a_day);
    }
    any |= field(ui, words.map_language, &mut meta.language);
    if meta.map_type == MapType::FutureState {
        let mut improves = match &meta.improves_on {
            Some(MapRef::File(path)) => path.clone(),
            Some(MapRef::Id(id)) => id.clone(),
            None => String::new(),
        };
        if field(ui, words.improves_on, &mut improves) {
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
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    let mut map_type = map.meta.map_type;
    let types: Vec<(MapType, String)> = MapType::ALL
        .iter()
        .map(|t| (*t, language.map_type(*t).to_owned()))
        .collect();
    if combo(ui, words.map_type, &mut map_type, &types) {
        out.once(Edit::SetMapType(map_type));
    }
    ui.collapsing(words.channels_in_scope, |ui| {
        for channel in Channel::BUILT_IN {
            let mut on = map.meta.channels.contains(&channel);
            if ui.checkbox(&mut on, language.channel(&channel)).changed() {
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
    let words = crate::ui::words(ui.ctx());
    ui.strong(words.emotion_scale);
    let mut scale = map.scale;
    let limit = EmotionScale::LIMIT;
    let changed = ui
        .horizontal(|ui| {
            let from = ui.label(words.scale_from).id;
            let low = ui
                .add(DragValue::new(&mut scale.min).range(-limit..=-1))
                .labelled_by(from)
                .changed();
            let to = ui.label(words.scale_to).id;
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
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.strong(words.theme);
    let mut theme = map.theme.clone();
    let mut any = colour(ui, words.brand_colour, &mut theme.brand, &map.theme.palette);
    any |= colour(
        ui,
        words.background,
        &mut theme.background,
        &map.theme.palette,
    );
    let points = language.number(f64::from(theme.font_size), 0);
    let size_text = fill(words.text_size, &[&points]);
    let size = egui::Slider::new(
        &mut theme.font_size,
        Theme::MIN_FONT_SIZE..=Theme::MAX_FONT_SIZE,
    )
    .step_by(1.0)
    .show_value(false)
    .text(size_text);
    any |= ui.add(size).changed();
    ui.label(words.stage_colours);
    ui.horizontal_wrapped(|ui| {
        for (i, swatch) in theme.palette.iter_mut().enumerate() {
            ui.push_id(("palette", i), |ui| {
                let name = fill(words.stage_colour_n, &[&(i + 1)]);
                any |= colour_button(ui, &name, swatch, &map.theme.palette);
            });
        }
    });
    if any {
        out.merged(Edit::SetTheme(theme));
    }
}

/// Buttons that add a persona, a stage or a lane.
fn additions_ui(ui: &mut Ui, map: &JourneyMap, selection: &mut Selection, out: &mut Out) {
    let words = crate::ui::words(ui.ctx());
    ui.strong(words.personas);
    if ui.button(words.add_persona).clicked() {
        let id = PersonaId(map.next_free_id());
        let color = map.next_persona_color();
        let name = fill(map_words(map).new_persona, &[&(map.personas.len() + 1)]);
        out.once(Edit::SetPersona(Persona::new(id, name, color)));
    }
    ui.strong(words.stages_and_lanes);
    if ui.button(words.add_stage).clicked() {
        let id = StageId(map.next_free_id());
        out.once(Edit::InsertStage {
            stage: Stage::new(id, map_words(map).new_stage),
            index: map.stages.len(),
        });
    }
    add_lane_ui(ui, map, map.lanes.len(), selection, out);
}
