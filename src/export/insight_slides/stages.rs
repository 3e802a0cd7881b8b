//! A persona's weakest and strongest stages, side by side, each with its stretch
//! of the emotion curve and the reasons the persona gave.

use egui::{Align2, Color32, Pos2, Rect, Stroke, pos2, vec2};

use super::draw::{NOTE, Style, panel};
use super::words::Words;
use crate::export::page::Frame;
use crate::insights::{CurvePoint, PersonaInsights};
use crate::model::{EmotionScale, JourneyMap, StageId};
use crate::scene::Shape;
use crate::scene::style::{INK, MUTED_INK, ZERO_LINE, color32, tint};

/// At most this many of a stage's points, with their reasons.
const MAX_POINTS: usize = 6;
const CHART_HEIGHT: f32 = 300.0;

/// The weakest stage on the left, the strongest on the right.
pub fn draw(
    frame: &mut Frame,
    map: &JourneyMap,
    persona: &PersonaInsights,
    words: &Words,
    area: Rect,
) {
    let color = map
        .persona(persona.persona)
        .map_or(INK, |p| color32(p.color));
    let gap = 48.0;
    let width = (area.width() - gap) / 2.0;
    let columns = [
        (words.weakest, persona.weakest),
        (words.strongest, persona.strongest),
    ];
    for (i, (label, stage)) in columns.into_iter().enumerate() {
        let Some(stage) = stage else { continue };
        let left = area.left() + i as f32 * (width + gap);
        let column = Rect::from_min_size(pos2(left, area.top()), vec2(width, area.height()));
        let points: Vec<&CurvePoint> = persona.points_in(stage).take(MAX_POINTS).collect();
        let top = stage_heading(frame, map, (persona, stage), (label, words), column);
        let chart = Rect::from_min_size(pos2(left, top + 20.0), vec2(width, CHART_HEIGHT));
        let stage_color = color32(map.stage_color(stage));
        panel(frame, chart, tint(stage_color, 0.1), tint(stage_color, 0.4));
        curve_excerpt(
            frame,
            map.scale,
            &points,
            color,
            Rect::from_min_max(chart.min + vec2(40.0, 48.0), chart.max - vec2(40.0, 24.0)),
        );
        let below = Rect::from_min_max(pos2(left, chart.bottom() + 20.0), column.max);
        reasons(frame, map, &points, (color, words), below);
    }
}

/// "Weakest stage", the stage's name and its mean; returns the bottom of them.
fn stage_heading(
    frame: &mut Frame,
    map: &JourneyMap,
    (persona, stage): (&PersonaInsights, StageId),
    (label, words): (&str, &Words),
    area: Rect,
) -> f32 {
    let stage_color = color32(map.stage_color(stage));
    let width = area.width();
    let label_pen = Style::new(24.0, stage_color, true, 1).pen(Align2::LEFT_TOP, width);
    let y = label_pen.write(frame, label, area.min);
    let name = map.stage(stage).map_or("", |s| s.name.as_str());
    let name_pen = Style::new(40.0, INK, true, 1).pen(Align2::LEFT_TOP, width);
    let y = name_pen.write(frame, name, pos2(area.left(), y + 4.0));
    match persona.mean_at(stage) {
        Some(mean) => {
            let note = words.mean(mean.mean, mean.points);
            let pen = Style { size: 22.0, ..NOTE }.pen(Align2::LEFT_TOP, width);
            pen.write(frame, &note, pos2(area.left(), y + 4.0))
        }
        None => y,
    }
}

/// Each point's score, card and reason, one under the other, while they fit.
fn reasons(
    frame: &mut Frame,
    map: &JourneyMap,
    points: &[&CurvePoint],
    (color, words): (Color32, &Words),
    area: Rect,
) {
    let pen = Style::new(20.0, INK, false, 2).pen(Align2::LEFT_TOP, area.width() - 24.0);
    let mut y = area.top();
    for point in points {
        if y > area.bottom() - 24.0 {
            break;
        }
        let score = words.number(f64::from(point.score));
        let card = point
            .card
            .and_then(|c| map.card(c))
            .map_or("", |c| c.text.as_str());
        let line = match (card.is_empty(), point.reason.is_empty()) {
            (false, false) => format!("{score}   {card}: {}", point.reason),
            (false, true) => format!("{score}   {card}"),
            (true, _) => format!("{score}   {}", point.reason),
        };
        frame.shapes.push(Shape::Circle {
            center: pos2(area.left() + 8.0, y + 14.0),
            radius: 6.0,
            fill: color,
            stroke: Stroke::NONE,
        });
        y = pen.write(frame, &line, pos2(area.left() + 24.0, y)) + 10.0;
    }
}

/// The points as dots joined by a line, evenly spaced left to right, on the
/// map's scale, its zero drawn as a line.
fn curve_excerpt(
    frame: &mut Frame,
    scale: EmotionScale,
    points: &[&CurvePoint],
    color: Color32,
    area: Rect,
) {
    let span = (scale.max - scale.min).max(1) as f32;
    let height_of =
        |score: i32| area.bottom() - (scale.clamp(score) - scale.min) as f32 / span * area.height();
    if scale.contains(0) {
        frame.shapes.push(Shape::Line {
            points: vec![
                pos2(area.left(), height_of(0)),
                pos2(area.right(), height_of(0)),
            ],
            stroke: Stroke::new(2.0, ZERO_LINE),
            dash: None,
        });
    }
    let step = area.width() / points.len().max(1) as f32;
    let dots: Vec<Pos2> = points
        .iter()
        .enumerate()
        .map(|(i, p)| pos2(area.left() + (i as f32 + 0.5) * step, height_of(p.score)))
        .collect();
    if dots.len() > 1 {
        frame.shapes.push(Shape::Line {
            points: dots.clone(),
            stroke: Stroke::new(5.0, color),
            dash: None,
        });
    }
    let label = Style::new(20.0, MUTED_INK, true, 1).pen(Align2::CENTER_BOTTOM, 60.0);
    for (dot, point) in dots.iter().zip(points) {
        frame.shapes.push(Shape::Circle {
            center: *dot,
            radius: 14.0,
            fill: color,
            stroke: Stroke::new(3.0, Color32::WHITE),
        });
        label.write(frame, &point.score.to_string(), pos2(dot.x, dot.y - 22.0));
    }
}
