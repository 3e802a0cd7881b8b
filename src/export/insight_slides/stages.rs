//! A persona's weakest and strongest stages, side by side, each with its stretch
//! of the emotion curve and the reasons the persona gave.

use egui::{Align2, Color32, Pos2, Rect, Stroke, pos2, vec2};

use super::draw::{NOTE, Style, panel, text};
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
        stage_column(frame, map, persona, stage, (label, color), words, column);
    }
}

fn stage_column(
    frame: &mut Frame,
    map: &JourneyMap,
    persona: &PersonaInsights,
    stage: StageId,
    (label, color): (&str, Color32),
    words: &Words,
    area: Rect,
) {
    let stage_color = color32(map.stage_color(stage));
    let name = map.stage(stage).map_or("", |s| s.name.as_str());
    let width = area.width();
    let mut y = text(
        frame,
        label,
        area.min,
        Align2::LEFT_TOP,
        width,
        Style::new(24.0, stage_color, true, 1),
    );
    y = text(
        frame,
        name,
        pos2(area.left(), y + 4.0),
        Align2::LEFT_TOP,
        width,
        Style::new(40.0, INK, true, 1),
    );
    if let Some(mean) = persona.mean_at(stage) {
        let note = words.mean(mean.mean, mean.points);
        y = text(
            frame,
            &note,
            pos2(area.left(), y + 4.0),
            Align2::LEFT_TOP,
            width,
            Style { size: 22.0, ..NOTE },
        );
    }
    let points: Vec<&CurvePoint> = persona.points_in(stage).take(MAX_POINTS).collect();
    let chart = Rect::from_min_size(pos2(area.left(), y + 20.0), vec2(width, CHART_HEIGHT));
    panel(frame, chart, tint(stage_color, 0.1), tint(stage_color, 0.4));
    curve_excerpt(
        frame,
        map.scale,
        &points,
        color,
        chart.shrink2(vec2(40.0, 28.0)),
    );
    let mut y = chart.bottom() + 20.0;
    for point in &points {
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
        let style = Style::new(20.0, INK, false, 2);
        y = text(
            frame,
            &line,
            pos2(area.left() + 24.0, y),
            Align2::LEFT_TOP,
            width - 24.0,
            style,
        ) + 10.0;
        if y > area.bottom() - 24.0 {
            break;
        }
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
    if (scale.min..=scale.max).contains(&0) {
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
    for (dot, point) in dots.iter().zip(points) {
        frame.shapes.push(Shape::Circle {
            center: *dot,
            radius: 14.0,
            fill: color,
            stroke: Stroke::new(3.0, Color32::WHITE),
        });
        let label = Style::new(20.0, MUTED_INK, true, 1);
        let above = pos2(dot.x, dot.y - 22.0);
        let score = point.score.to_string();
        text(frame, &score, above, Align2::CENTER_BOTTOM, 60.0, label);
    }
}
