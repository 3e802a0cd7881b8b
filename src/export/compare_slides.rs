//! The comparison slides a deck ends with when asked to compare (`--compare
//! OTHER`): for each persona, both emotion curves across the stages with the
//! difference at each; then the changes, stage by stage, as a table.

use egui::{Align2, Color32, Pos2, Rect, Stroke, pos2, vec2};

use super::page::{Frame, Page};
use crate::compare::{self, Comparison, CurveComparison};
use crate::lang::{Language, fill};
use crate::model::{ElementRef, JourneyMap, StageId, is_french};
use crate::scene::style::{INK, MUTED_INK, ZERO_LINE, color32};
use crate::scene::{Dash, Label, Shape};

/// Table rows on one slide of changes.
const ROWS_PER_SLIDE: usize = 18;
const ROW_HEIGHT: f32 = 40.0;

/// The comparison of the deck's map (`map`, the new one) with `other` (the old
/// one, such as the current state a future-state deck improves on).
pub struct ComparisonSlides<'a> {
    map: &'a JourneyMap,
    other: &'a JourneyMap,
    comparison: Comparison,
    rows: Vec<Row>,
}

/// One line of the table of changes: a stage's heading, or a change under it.
#[derive(Clone, Debug, PartialEq)]
enum Row {
    Heading(String),
    Change(String),
}

impl<'a> ComparisonSlides<'a> {
    /// The comparison of `other` (before) with `map` (after).
    pub fn new(map: &'a JourneyMap, other: &'a JourneyMap) -> Self {
        let comparison = compare::compare(other, map);
        let rows = table_rows(&comparison, other, map);
        Self {
            map,
            other,
            comparison,
            rows,
        }
    }

    /// The comparison slides, when the request compares the map with another.
    pub fn asked(map: &'a JourneyMap, request: &'a super::ExportRequest) -> Option<Self> {
        Some(Self::new(map, request.compare_with.as_deref()?))
    }

    /// How many slides the comparison takes.
    pub fn count(&self) -> usize {
        self.curves().count() + self.rows.len().div_ceil(ROWS_PER_SLIDE).max(1)
    }

    /// The slides, numbered from `first` of `total`, each made in `frame`.
    pub fn pages(&self, mut frame: impl FnMut() -> Frame, first: usize, total: usize) -> Vec<Page> {
        let french = is_french(&self.map.meta.language);
        let against = format!(
            "{} {}",
            if french {
                "Comparé à"
            } else {
                "Compared with"
            },
            self.other.meta.title
        );
        let mut pages = Vec::new();
        for curve in self.curves() {
            let mut slide = frame();
            let title = format!(
                "{} — {}",
                curve.persona,
                if french { "émotions" } else { "emotions" }
            );
            slide.heading(&title, &against);
            let area = slide.content();
            self.draw_curves(&mut slide, curve, area);
            slide.footer(self.map, Some((first + pages.len(), total)));
            pages.push(slide.into_page(&title));
        }
        let title = if french {
            "Changements par étape"
        } else {
            "Changes by stage"
        };
        let chunks: Vec<&[Row]> = match self.rows.len() {
            0 => vec![&[]],
            _ => self.rows.chunks(ROWS_PER_SLIDE).collect(),
        };
        for rows in chunks {
            let mut slide = frame();
            slide.heading(title, &against);
            let area = slide.content();
            draw_table(&mut slide, rows, area, french);
            slide.footer(self.map, Some((first + pages.len(), total)));
            pages.push(slide.into_page(title));
        }
        pages
    }

    /// The personas with a point in either map.
    fn curves(&self) -> impl Iterator<Item = &CurveComparison> + '_ {
        self.comparison.curves.iter().filter(|c| {
            c.stages
                .iter()
                .any(|s| s.before.is_some() || s.after.is_some())
        })
    }

    fn draw_curves(&self, slide: &mut Frame, curve: &CurveComparison, area: Rect) {
        let scale = self.map.scale;
        let plot = Rect::from_min_max(area.min + vec2(0.0, 20.0), area.max - vec2(0.0, 110.0));
        let columns = curve.stages.len().max(1) as f32;
        let x = |i: usize| plot.left() + plot.width() * (i as f32 + 0.5) / columns;
        let span = (scale.max - scale.min).max(1) as f32;
        let y = |score: f32| plot.bottom() - plot.height() * (score - scale.min as f32) / span;
        let zero = y(0.0_f32.clamp(scale.min as f32, scale.max as f32));
        line(
            slide,
            vec![pos2(plot.left(), zero), pos2(plot.right(), zero)],
            Stroke::new(2.0, ZERO_LINE),
            None,
        );
        let color = self.persona_color(curve);
        let before: Vec<Pos2> = points(curve, |s| s.before, &x, &y);
        let after: Vec<Pos2> = points(curve, |s| s.after, &x, &y);
        line(
            slide,
            before,
            Stroke::new(4.0, color.gamma_multiply(0.7)),
            Some(Dash {
                on: 14.0,
                off: 10.0,
            }),
        );
        line(slide, after.clone(), Stroke::new(5.0, color), None);
        for point in after {
            slide.shapes.push(Shape::Circle {
                center: point,
                radius: 9.0,
                fill: color,
                stroke: Stroke::NONE,
            });
        }
        for (i, stage) in curve.stages.iter().enumerate() {
            text(
                slide,
                &stage.stage,
                pos2(x(i), plot.bottom() + 20.0),
                Align2::CENTER_TOP,
                20.0,
                INK,
                plot.width() / columns - 12.0,
            );
            let difference = stage
                .difference()
                .map_or_else(String::new, |d| format!("{d:+.1}"));
            text(
                slide,
                &difference,
                pos2(x(i), plot.bottom() + 76.0),
                Align2::CENTER_TOP,
                24.0,
                MUTED_INK,
                200.0,
            );
        }
        let legend = format!(
            "——  {}      - - -  {}",
            self.map.meta.title, self.other.meta.title
        );
        text(
            slide,
            &legend,
            pos2(plot.left(), area.top() - 8.0),
            Align2::LEFT_TOP,
            20.0,
            MUTED_INK,
            plot.width(),
        );
    }

    fn persona_color(&self, curve: &CurveComparison) -> Color32 {
        let persona = curve
            .new
            .and_then(|id| self.map.persona(id))
            .or_else(|| curve.old.and_then(|id| self.other.persona(id)));
        persona.map_or(INK, |p| color32(p.color))
    }
}

fn points(
    curve: &CurveComparison,
    score: impl Fn(&compare::StageEmotion) -> Option<f32>,
    x: &impl Fn(usize) -> f32,
    y: &impl Fn(f32) -> f32,
) -> Vec<Pos2> {
    curve
        .stages
        .iter()
        .enumerate()
        .filter_map(|(i, stage)| Some(pos2(x(i), y(score(stage)?))))
        .collect()
}

fn line(slide: &mut Frame, points: Vec<Pos2>, stroke: Stroke, dash: Option<Dash>) {
    if points.len() >= 2 {
        slide.shapes.push(Shape::Line {
            points,
            stroke,
            dash,
        });
    }
}

fn text(
    slide: &mut Frame,
    words: &str,
    pos: Pos2,
    anchor: Align2,
    size: f32,
    color: Color32,
    width: f32,
) {
    slide.label(Label {
        text: words.to_owned(),
        pos,
        anchor,
        size,
        color,
        strong: false,
        wrap_width: Some(width.max(40.0)),
        max_lines: Some(2),
    });
}

fn draw_table(slide: &mut Frame, rows: &[Row], area: Rect, french: bool) {
    if rows.is_empty() {
        let none = if french {
            "Aucun changement."
        } else {
            "No changes."
        };
        text(
            slide,
            none,
            area.min,
            Align2::LEFT_TOP,
            26.0,
            MUTED_INK,
            area.width(),
        );
        return;
    }
    for (i, row) in rows.iter().enumerate() {
        let top = area.top() + i as f32 * ROW_HEIGHT;
        let (words, indent, strong) = match row {
            Row::Heading(name) => (name.as_str(), 0.0, true),
            Row::Change(line) => (line.as_str(), 32.0, false),
        };
        if matches!(row, Row::Heading(_)) {
            let band =
                Rect::from_min_size(pos2(area.left(), top), vec2(area.width(), ROW_HEIGHT - 4.0));
            slide.shapes.push(Shape::Rect {
                rect: band,
                corner_radius: 6.0,
                fill: Color32::from_gray(238),
                stroke: Stroke::NONE,
            });
        }
        slide.label(Label {
            text: words.to_owned(),
            pos: pos2(area.left() + indent + 12.0, top + ROW_HEIGHT / 2.0 - 2.0),
            anchor: Align2::LEFT_CENTER,
            size: 22.0,
            color: INK,
            strong,
            wrap_width: Some(area.width() - indent - 24.0),
            max_lines: Some(1),
        });
    }
}

/// The changes grouped under the stage they sit in (the new map's order, then
/// removed stages), after those of the whole map.
fn table_rows(comparison: &Comparison, old: &JourneyMap, new: &JourneyMap) -> Vec<Row> {
    let language = Language::of_map(&new.meta.language);
    let mut groups: Vec<(Option<String>, Vec<String>)> = vec![(None, Vec::new())];
    let stage_names = new
        .stages
        .iter()
        .chain(&old.stages)
        .map(|s| Some(s.name.clone()));
    for name in stage_names {
        if !groups.iter().any(|(n, _)| *n == name) {
            groups.push((name, Vec::new()));
        }
    }
    for change in &comparison.changes {
        let (map, element) = match change.old {
            Some(element) => (old, element),
            None => (new, change.element()),
        };
        let stage_id = stage_of(map, element).filter(|id| map.stage(*id).is_some());
        let stage = stage_id
            .and_then(|id| map.stage(id))
            .map(|s| s.name.clone());
        let prefix = stage_id.map(|id| {
            let stage = compare::element_in_words(map, ElementRef::Stage(id), language);
            fill(language.words().in_stage, &[&stage, &""])
        });
        let lines = compare::describe(change, old, new, language)
            .into_iter()
            .map(|line| match &prefix {
                Some(prefix) => line
                    .strip_prefix(prefix.as_str())
                    .map_or(line.clone(), str::to_owned),
                None => line,
            });
        if let Some(group) = groups.iter_mut().find(|(n, _)| *n == stage) {
            group.1.extend(lines.map(drawable));
        }
    }
    let mut rows = Vec::new();
    for (name, lines) in groups.into_iter().filter(|(_, lines)| !lines.is_empty()) {
        let whole_map = if is_french(&new.meta.language) {
            "Toute la carte"
        } else {
            "Whole map"
        };
        rows.push(Row::Heading(name.unwrap_or_else(|| whole_map.to_owned())));
        rows.extend(lines.into_iter().map(Row::Change));
    }
    rows
}

/// The line with its arrow drawn in a character the shipped fonts have.
fn drawable(line: String) -> String {
    if crate::fonts::covers('→') {
        line
    } else {
        line.replace('→', "»")
    }
}

/// The stage an element sits in, or is.
fn stage_of(map: &JourneyMap, element: ElementRef) -> Option<StageId> {
    match element {
        ElementRef::Stage(id) => Some(id),
        other => compare::stage_around(map, other),
    }
}
