//! A stage's and a lane's fields.

use egui::Ui;

use super::Out;
use super::colour::colour;
use super::widgets::*;
use crate::edit::Edit;
use crate::lang::fill;
use crate::model::*;
use crate::ui::selection::Selection;

pub(super) fn stage_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    stage: &Stage,
    selection: &mut Selection,
    out: &mut Out,
) {
    let words = crate::ui::words(ui.ctx());
    ui.heading(words.heading_stage);
    let mut changed = stage.clone();
    let mut any = field(ui, words.stage_name, &mut changed.name);
    any |= area(ui, words.description, &mut changed.description);
    any |= field(ui, words.duration, &mut changed.duration);
    let mut own_color = changed.color.is_some();
    if ui.checkbox(&mut own_color, words.own_colour).changed() {
        changed.color = own_color.then(|| map.stage_color(stage.id));
        any = true;
    }
    if let Some(stage_color) = &mut changed.color {
        any |= colour(ui, words.colour, stage_color, &map.theme.palette);
    }
    if changed.width.is_some() && ui.button(words.automatic_width).clicked() {
        changed.width = None;
        any = true;
    }
    any |= steps_ui(ui, &mut changed.steps);
    if ui.button(words.add_step).clicked() {
        let id = StepId(map.next_free_id());
        changed.steps.push(Step {
            id,
            name: fill(map_words(map).new_step, &[&(changed.steps.len() + 1)]),
        });
        out.once(Edit::ReplaceStage(changed.clone()));
    } else if any {
        out.merged(Edit::ReplaceStage(changed));
    }
    ui.separator();
    stage_order_ui(ui, map, stage.id, selection, out);
}

pub(super) fn lane_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    lane: &Lane,
    selection: &mut Selection,
    out: &mut Out,
) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.heading(words.heading_lane);
    let kind = fill(words.lane_kind, &[&language.lane_kind(lane.kind)]);
    ui.label(egui::RichText::new(kind).weak());
    let mut changed = lane.clone();
    let mut any = field(ui, words.lane_title, &mut changed.title);
    any |= ui.checkbox(&mut changed.hidden, words.hidden).changed();
    if changed.height.is_some() && ui.button(words.automatic_height).clicked() {
        changed.height = None;
        any = true;
    }
    if any {
        out.merged(Edit::ReplaceLane(changed));
    }
    ui.separator();
    let index = map.lanes.iter().position(|l| l.id == lane.id).unwrap_or(0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new(words.move_up))
            .clicked()
        {
            out.once(Edit::MoveLane {
                lane: lane.id,
                to_index: index - 1,
            });
        }
        if ui
            .add_enabled(
                index + 1 < map.lanes.len(),
                egui::Button::new(words.move_down),
            )
            .clicked()
        {
            out.once(Edit::MoveLane {
                lane: lane.id,
                to_index: index + 2,
            });
        }
    });
    add_lane_ui(ui, map, index + 1, selection, out);
    if ui.button(words.remove_lane).clicked() {
        out.once(Edit::RemoveLane(lane.id));
        *selection = Selection::Map;
    }
}

pub(super) fn add_lane_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    index: usize,
    selection: &mut Selection,
    out: &mut Out,
) {
    let language = crate::ui::language(ui.ctx());
    ui.menu_button(language.words().add_lane, |ui| {
        for kind in LaneKind::ALL {
            if ui.button(language.lane_kind(kind)).clicked() {
                let id = LaneId(map.next_free_id());
                let mut lane = Lane::new(id, kind);
                lane.title = map_language(map).lane_kind(kind).to_owned();
                out.once(Edit::InsertLane { lane, index });
                *selection = Selection::Lane(id);
            }
        }
    });
}

/// The stage's steps' names, each with a remove button; true when one changed.
fn steps_ui(ui: &mut Ui, steps: &mut Vec<Step>) -> bool {
    let words = crate::ui::words(ui.ctx());
    let mut any = false;
    ui.strong(words.steps);
    let mut remove = None;
    for (i, step) in steps.iter_mut().enumerate() {
        ui.push_id(("step", i), |ui| {
            ui.horizontal(|ui| {
                let response =
                    ui.add(egui::TextEdit::singleline(&mut step.name).char_limit(MAX_TEXT_CHARS));
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, words.step_name)
                });
                any |= response.changed();
                if ui
                    .small_button("×")
                    .on_hover_text(words.remove_step)
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove {
        steps.remove(i);
        any = true;
    }
    any
}

/// Move the stage, add one after it, or remove it.
fn stage_order_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    stage: StageId,
    selection: &mut Selection,
    out: &mut Out,
) {
    let words = crate::ui::words(ui.ctx());
    let index = map.stage_index(stage).unwrap_or(0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new(words.move_left))
            .clicked()
        {
            out.once(Edit::MoveStage {
                stage,
                to_index: index - 1,
            });
        }
        if ui
            .add_enabled(
                index + 1 < map.stages.len(),
                egui::Button::new(words.move_right),
            )
            .clicked()
        {
            out.once(Edit::MoveStage {
                stage,
                to_index: index + 2,
            });
        }
    });
    if ui.button(words.add_stage_after).clicked() {
        let id = StageId(map.next_free_id());
        out.once(Edit::InsertStage {
            stage: Stage::new(id, map_words(map).new_stage),
            index: index + 1,
        });
        *selection = Selection::Stage(id);
    }
    if ui.button(words.remove_stage).clicked() {
        out.once(Edit::RemoveStage(stage));
        *selection = Selection::Map;
    }
}
