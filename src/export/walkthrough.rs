//! The walkthrough: the map told stage by stage. The first step shows the map's
//! frame (lanes, persona, scale) with no stage yet, then each stage appears in
//! turn with its cards and its stretch of the emotion curve, outlined while it
//! is the current one; the last step is the whole map. Every step places the
//! map alike, so nothing moves from one to the next.

use egui::{Pos2, Rect, Stroke};

use super::deck::MAX_SLIDES;
use super::page::{Frame, Page, fit};
use super::request::{ExportRequest, Look, PageSize};
use super::{look, speaker_notes};
use crate::layout::MapLayout;
use crate::model::JourneyMap;
use crate::scene::style::color32;
use crate::scene::{Scene, Shape, build_scene};

/// Width of the outline around the current stage, in map units.
const CURRENT_OUTLINE: f32 = 6.0;

/// How many steps the walkthrough of `map` has.
pub fn step_count(map: &JourneyMap) -> usize {
    map.stages.len() + 2
}

/// The walkthrough's pages: the empty frame, one per stage, then the whole map.
pub fn pages(map: &JourneyMap, request: &ExportRequest) -> Vec<Page> {
    let size = request.page_units(
        request
            .effective_page_size()
            .unwrap_or(PageSize::Widescreen),
    );
    let shown = request.choices.apply(map);
    let layout = MapLayout::new(&shown);
    let scene = look::restyle(build_scene(&shown, &layout), request.choices.look);
    let background = match request.choices.look {
        Look::Light => scene.background,
        Look::Print => egui::Color32::WHITE,
    };
    let start = layout
        .stages
        .first()
        .map_or(scene.bounds.max.x, |s| s.rect.left());
    let total = step_count(&shown);
    let mut pages = Vec::with_capacity(total);
    let step = |number: usize, revealed: f32, current: Option<Rect>, subtitle: &str| {
        let mut frame = Frame::new(size, background, map);
        frame.heading(&map.meta.title, subtitle);
        let transform = fit(scene.bounds, frame.content());
        let mut shapes = revealed_shapes(&scene, revealed);
        shapes.extend(current.map(|column| outline(column, map)));
        frame
            .shapes
            .extend(shapes.iter().map(|shape| shape.transformed(transform)));
        frame.footer(map, Some((number, total)));
        frame.into_page(subtitle)
    };
    pages.push(step(1, start, None, &map.meta.scenario));
    // One step past the most a deck may have is enough for the export to refuse it.
    for (index, column) in layout.stages.iter().take(MAX_SLIDES).enumerate() {
        let Some(stage) = shown.stage(column.id) else {
            continue;
        };
        let mut page = step(
            index + 2,
            column.rect.right(),
            Some(column.rect),
            &stage.name,
        );
        page.notes = speaker_notes::of_stage(&shown, column.id);
        pages.push(page);
    }
    pages.push(step(total, f32::INFINITY, None, &map.meta.scenario));
    pages
}

/// The shapes of `scene` that start left of `right`, with lines cut there: the
/// map as far as the stages revealed so far.
fn revealed_shapes(scene: &Scene, right: f32) -> Vec<Shape> {
    let mut shapes = Vec::with_capacity(scene.shapes.len());
    for shape in &scene.shapes {
        match shape {
            Shape::Line {
                points,
                stroke,
                dash,
            } => {
                let kept: Vec<Pos2> = points.iter().copied().filter(|p| p.x <= right).collect();
                if kept.len() >= 2 {
                    shapes.push(Shape::Line {
                        points: kept,
                        stroke: *stroke,
                        dash: *dash,
                    });
                }
            }
            shape if shape.bounds().left() < right => shapes.push(shape.clone()),
            _ => {}
        }
    }
    shapes
}

/// The outline around the current stage's column, in the brand's colour.
fn outline(column: Rect, map: &JourneyMap) -> Shape {
    Shape::Rect {
        rect: column.expand(CURRENT_OUTLINE),
        corner_radius: 12.0,
        fill: egui::Color32::TRANSPARENT,
        stroke: Stroke::new(CURRENT_OUTLINE, color32(map.theme.brand)),
    }
}
