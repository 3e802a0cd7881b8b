//! Builds the scene of a map from its layout.

use std::collections::HashMap;

use egui::{Align2, Color32, Pos2, Rect, Stroke, pos2, vec2};

use super::link_labels::{self, Obstacles};
use super::metric_text::metric_line;
use super::style::{self, INK, MUTED_INK, color32, lane_colors};
use super::{Dash, ImageSource, Label, Scene, Shape, Text};

/// The dashes of grid guides and secondary links.
const DASH: Dash = Dash { on: 6.0, off: 4.0 };
use crate::layout::{MapLayout, metrics, score_to_y as curve_y, smooth_curve};
use crate::model::{Card, CardId, Channel, JourneyMap, LaneKind, LinkKind, MomentKind, is_french};

/// The scene of a whole map, stages numbered from 1.
pub fn build_scene(map: &JourneyMap, layout: &MapLayout) -> Scene {
    build_part_scene(map, layout, 1)
}

/// The scene of a part cut from a larger map (a stage slide), whose stages keep
/// their numbers in the whole map: the first is numbered `first_stage_number`.
pub fn build_part_scene(map: &JourneyMap, layout: &MapLayout, first_stage_number: usize) -> Scene {
    let mut scene = Scene {
        shapes: Vec::new(),
        bounds: layout.bounds,
        background: color32(map.theme.background),
    };
    let font = map.theme.font_size;
    lanes(&mut scene, map, layout, font);
    stages(&mut scene, map, layout, font, first_stage_number);
    // Under the cards, so that a link passing a card never crosses its words.
    let link_labels = links(&mut scene, map, layout, font);
    let moments: HashMap<CardId, MomentKind> =
        map.moments.iter().map(|m| (m.card, m.kind)).collect();
    for card in &map.cards {
        if let Some(rect) = layout.cards.get(&card.id) {
            card_shapes(
                &mut scene,
                map,
                card,
                *rect,
                moments.get(&card.id).copied(),
                font,
            );
        }
    }
    curves(&mut scene, map, layout, &moments, font);
    for text in link_labels {
        push_on_backing(&mut scene, text);
    }
    // Over the link labels, which keep clear of the cards but not of their dots.
    super::votes::vote_dots(&mut scene, map, layout);
    persona_chips(&mut scene, map, layout, font);
    scene
}

fn text(text: impl Into<String>, pos: Pos2, anchor: Align2, size: f32, color: Color32) -> Label {
    Label {
        text: text.into(),
        pos,
        anchor,
        size,
        color,
        strong: false,
        wrap_width: None,
        max_lines: None,
    }
}

fn persona_chips(scene: &mut Scene, map: &JourneyMap, layout: &MapLayout, font: f32) {
    for (id, rect) in &layout.persona_chips {
        let Some(persona) = map.persona(*id) else {
            continue;
        };
        let color = color32(persona.color);
        scene.shapes.push(Shape::Rect {
            rect: *rect,
            corner_radius: rect.height() / 2.0,
            fill: Color32::WHITE,
            stroke: Stroke::new(1.0, style::LANE_STROKE),
        });
        let radius = (rect.height() / 2.0 - 3.0).max(4.0);
        let center = rect.left_center() + vec2(radius + 3.0, 0.0);
        scene.shapes.push(Shape::Circle {
            center,
            radius,
            fill: color,
            stroke: Stroke::NONE,
        });
        let initial: String = persona.name.chars().take(1).collect();
        scene.push_label(Label {
            strong: true,
            ..text(
                initial,
                center,
                Align2::CENTER_CENTER,
                radius * 1.1,
                Color32::WHITE,
            )
        });
        let mut name = persona.name.clone();
        if !persona.age.is_empty() {
            name = format!("{name}, {}", persona.age);
        }
        scene.push_label(Label {
            max_lines: Some(1),
            wrap_width: Some(rect.right() - center.x - radius - 10.0),
            ..text(
                name,
                center + vec2(radius + 6.0, 0.0),
                Align2::LEFT_CENTER,
                (font * 0.8).min(rect.height() * 0.6),
                INK,
            )
        });
    }
}

fn lanes(scene: &mut Scene, map: &JourneyMap, layout: &MapLayout, font: f32) {
    for row in &layout.lanes {
        let Some(lane) = map.lane(row.id) else {
            continue;
        };
        scene.shapes.push(Shape::Rect {
            rect: row.rect,
            corner_radius: 8.0,
            fill: style::LANE_FILL,
            stroke: Stroke::new(1.0, style::LANE_STROKE),
        });
        scene.push_label(Label {
            strong: true,
            wrap_width: Some(metrics::LANE_HEADER_WIDTH - 40.0),
            max_lines: Some(3),
            ..text(
                &lane.title,
                row.rect.min + vec2(14.0, 12.0),
                Align2::LEFT_TOP,
                font,
                INK,
            )
        });
    }
}

fn stages(scene: &mut Scene, map: &JourneyMap, layout: &MapLayout, font: f32, first_number: usize) {
    for (number, column) in (first_number..).zip(&layout.stages) {
        let Some(stage) = map.stage(column.id) else {
            continue;
        };
        let color = color32(map.stage_color(stage.id));
        let pill = column.header.shrink2(vec2(4.0, 6.0));
        scene.shapes.push(Shape::Rect {
            rect: pill,
            corner_radius: 8.0,
            fill: color,
            stroke: Stroke::NONE,
        });
        let title = format!("{number}. {}", stage.name);
        let (title_pos, duration_shown) = if stage.duration.is_empty() {
            (pill.center(), false)
        } else {
            (pill.center() - vec2(0.0, font * 0.45), true)
        };
        scene.push_label(Label {
            strong: true,
            max_lines: Some(1),
            wrap_width: Some(pill.width() - 12.0),
            ..text(
                title,
                title_pos,
                Align2::CENTER_CENTER,
                font * 1.1,
                Color32::WHITE,
            )
        });
        if duration_shown {
            scene.push_label(text(
                &stage.duration,
                pill.center() + vec2(0.0, font * 0.75),
                Align2::CENTER_CENTER,
                font * 0.75,
                Color32::from_white_alpha(230),
            ));
        }
        for (step_id, rect) in &column.steps {
            if let Some(step) = stage.steps.iter().find(|s| s.id == *step_id) {
                scene.push_label(Label {
                    wrap_width: Some(rect.width() - 8.0),
                    max_lines: Some(1),
                    ..text(
                        &step.name,
                        rect.center(),
                        Align2::CENTER_CENTER,
                        font * 0.8,
                        MUTED_INK,
                    )
                });
            }
        }
        if number > first_number {
            let x = column.rect.left();
            let top = layout
                .lanes
                .first()
                .map_or(column.rect.top(), |l| l.rect.top());
            scene.shapes.push(Shape::Line {
                points: vec![pos2(x, top), pos2(x, column.rect.bottom())],
                stroke: Stroke::new(1.0, style::LANE_STROKE),
                dash: Some(DASH),
            });
        }
    }
}

fn card_shapes(
    scene: &mut Scene,
    map: &JourneyMap,
    card: &Card,
    rect: Rect,
    moment: Option<MomentKind>,
    font: f32,
) {
    let kind = map.lane(card.lane).map_or(LaneKind::FreeText, |l| l.kind);
    let stage_color = color32(map.stage_color(card.stage));
    let (fill, border) = lane_colors(kind, stage_color);
    scene.shapes.push(Shape::Rect {
        rect,
        corner_radius: 6.0,
        fill,
        stroke: Stroke::new(1.2, border),
    });
    let channel = card
        .channel
        .as_ref()
        .filter(|_| kind == LaneKind::Touchpoints);
    let text_left = match channel {
        Some(channel) => {
            let badge = if card.brand_controlled {
                stage_color
            } else {
                MUTED_INK
            };
            channel_badge(scene, channel, badge, rect);
            rect.left() + 32.0
        }
        None => rect.left() + 8.0,
    };
    if card.image.is_some() {
        picture_card(scene, card, rect, font);
    } else {
        card_text(scene, card, kind, rect, text_left, font, &map.meta.language);
        if let Some(level) = card.severity.or(card.priority) {
            scene.push_label(text(
                level.label_in(&map.meta.language),
                rect.right_bottom() - vec2(8.0, 6.0),
                Align2::RIGHT_BOTTOM,
                font * 0.72,
                border,
            ));
        }
    }
    if let Some(moment) = moment {
        // On the top edge, above the first line of text.
        star(scene, rect.right_top() + vec2(-12.0, 0.0), 8.0);
        scene.push_label(text(
            moment_label(moment, &map.meta.language),
            rect.left_bottom() + vec2(8.0, -6.0),
            Align2::LEFT_BOTTOM,
            font * 0.72,
            style::MOMENT,
        ));
    }
}

/// A touchpoint's channel as an icon on a disc in the card's top-left corner.
fn channel_badge(scene: &mut Scene, channel: &Channel, fill: Color32, rect: Rect) {
    let center = rect.left_top() + vec2(17.0, 17.0);
    scene.shapes.push(Shape::Circle {
        center,
        radius: 10.0,
        fill,
        stroke: Stroke::NONE,
    });
    scene.push_label(text(
        style::channel_icon(channel),
        center,
        Align2::CENTER_CENTER,
        11.0,
        Color32::WHITE,
    ));
}

/// An image card: its picture, and its text as a one-line caption below.
fn picture_card(scene: &mut Scene, card: &Card, rect: Rect, font: f32) {
    let caption_height = if card.text.is_empty() {
        0.0
    } else {
        font * 1.3
    };
    let picture = Rect::from_min_max(
        rect.min + vec2(4.0, 4.0),
        rect.max - vec2(4.0, 4.0 + caption_height),
    );
    scene.shapes.push(Shape::Image {
        rect: picture,
        source: ImageSource::Card(card.id),
    });
    scene.push_label(Label {
        wrap_width: Some(rect.width() - 12.0),
        max_lines: Some(1),
        ..text(
            &card.text,
            rect.center_bottom() - vec2(0.0, 4.0),
            Align2::CENTER_BOTTOM,
            font * 0.8,
            MUTED_INK,
        )
    });
}

/// A card's words: its text, and a metric card's first metric.
fn card_text(
    scene: &mut Scene,
    card: &Card,
    kind: LaneKind,
    rect: Rect,
    text_left: f32,
    font: f32,
    language: &str,
) {
    let mut body = card.text.clone();
    if kind == LaneKind::Metrics
        && let Some(metric) = card.metrics.first()
        && let Some(line) = metric_line(metric, &card.text, language)
    {
        body = format!("{body}\n{line}");
    }
    scene.push_label(Label {
        wrap_width: Some(rect.right() - text_left - 10.0),
        max_lines: Some(3),
        ..text(
            body,
            pos2(text_left, rect.top() + 8.0),
            Align2::LEFT_TOP,
            font * 0.9,
            INK,
        )
    });
}

fn moment_label(kind: MomentKind, language: &str) -> &'static str {
    match kind {
        MomentKind::Influence => "influence",
        MomentKind::Impact => "impact",
        MomentKind::Decision if is_french(language) => "décision",
        MomentKind::Decision => "decision",
    }
}

/// A face drawn with shapes, so it looks the same in every backend: `mood` runs
/// from -1 (a frown) to 1 (a smile).
fn face(scene: &mut Scene, center: Pos2, radius: f32, mood: f32) {
    let ink = MUTED_INK;
    scene.shapes.push(Shape::Circle {
        center,
        radius,
        fill: Color32::WHITE,
        stroke: Stroke::new(radius * 0.14, ink),
    });
    for side in [-1.0, 1.0] {
        scene.shapes.push(Shape::Circle {
            center: center + vec2(side * 0.36 * radius, -0.22 * radius),
            radius: 0.13 * radius,
            fill: ink,
            stroke: Stroke::NONE,
        });
    }
    let half_width = 0.45 * radius;
    let mouth = (0..=8)
        .map(|i| {
            let t = i as f32 / 4.0 - 1.0;
            let y = 0.38 * radius + 0.22 * radius * mood * (1.0 - t * t) - 0.11 * radius * mood;
            center + vec2(t * half_width, y)
        })
        .collect();
    scene.shapes.push(Shape::Line {
        points: mouth,
        stroke: Stroke::new(radius * 0.14, ink),
        dash: None,
    });
}

/// A five-pointed star, as five convex kites (painters fill convex shapes only).
fn star(scene: &mut Scene, center: Pos2, radius: f32) {
    let inner = radius * 0.45;
    let at = |r: f32, degrees: f32| {
        let a = (degrees - 90.0).to_radians();
        center + vec2(a.cos() * r, a.sin() * r)
    };
    for i in 0..5 {
        let tip = i as f32 * 72.0;
        scene.shapes.push(Shape::Polygon {
            points: vec![
                center,
                at(inner, tip - 36.0),
                at(radius, tip),
                at(inner, tip + 36.0),
            ],
            fill: style::MOMENT,
        });
    }
}

fn curves(
    scene: &mut Scene,
    map: &JourneyMap,
    layout: &MapLayout,
    moments: &HashMap<CardId, MomentKind>,
    font: f32,
) {
    let Some(row) = layout.emotion_row() else {
        return;
    };
    let left = row.header.right();
    let zero_y = curve_y(map, row.rect, 0.clamp(map.scale.min, map.scale.max));
    scene.shapes.push(Shape::Line {
        points: vec![pos2(left, zero_y), pos2(row.rect.right() - 8.0, zero_y)],
        stroke: Stroke::new(1.0, style::ZERO_LINE),
        dash: Some(DASH),
    });
    for score in [map.scale.max, 0, map.scale.min] {
        if map.scale.contains(score) {
            let y = curve_y(map, row.rect, score);
            let label = match score {
                s if s > 0 => format!("+{s}"),
                s if s < 0 => format!("–{}", -s),
                _ => "0".to_owned(),
            };
            scene.push_label(text(
                label,
                pos2(left - 10.0, y),
                Align2::RIGHT_CENTER,
                font * 0.75,
                MUTED_INK,
            ));
            let span = (map.scale.max - map.scale.min).max(1) as f32;
            let mood = 2.0 * (score - map.scale.min) as f32 / span - 1.0;
            face(scene, pos2(left - 40.0, y), font * 0.6, mood);
        }
    }
    for placed in &layout.curves {
        let Some(curve) = map.curves.iter().find(|c| c.id == placed.id) else {
            continue;
        };
        let color = map.persona(curve.persona).map_or(INK, |p| color32(p.color));
        let points: Vec<Pos2> = placed.points.iter().map(|p| p.pos).collect();
        scene.shapes.push(Shape::Line {
            points: smooth_curve(&points),
            stroke: Stroke::new(3.0, color),
            dash: None,
        });
        for point in &placed.points {
            scene.shapes.push(Shape::Circle {
                center: point.pos,
                radius: 11.0,
                fill: Color32::WHITE,
                stroke: Stroke::new(2.0, color),
            });
            let label = match point.score {
                s if s > 0 => format!("+{s}"),
                s if s < 0 => format!("–{}", -s),
                _ => "0".to_owned(),
            };
            scene.push_label(Label {
                strong: true,
                ..text(label, point.pos, Align2::CENTER_CENTER, font * 0.7, color)
            });
            let on_moment = curve
                .points
                .iter()
                .find(|p| p.id == point.id)
                .and_then(|p| match p.anchor {
                    crate::model::Anchor::Card(card) => moments.get(&card),
                    _ => None,
                });
            if on_moment.is_some() {
                star(scene, point.pos + vec2(16.0, -14.0), 7.0);
            }
        }
    }
}

/// Draws the links' lines and arrows; returns their labels, to be drawn over the cards.
fn links(scene: &mut Scene, map: &JourneyMap, layout: &MapLayout, font: f32) -> Vec<Text> {
    let mut labels = Vec::new();
    let cards = Obstacles::new(layout.bounds, layout.cards.values().copied());
    for link in &map.links {
        let Some(route) = layout.links.get(&link.id) else {
            continue;
        };
        let color = match link.kind {
            LinkKind::MainPath => MUTED_INK,
            LinkKind::Alternative => Color32::from_rgb(0x3F, 0xA9, 0xD9),
            LinkKind::LoopBack => Color32::from_rgb(0x7B, 0x6F, 0xE0),
            LinkKind::DropOut => Color32::from_rgb(0xD9, 0x4A, 0x64),
        };
        let stroke = Stroke::new(1.8, color);
        let dash = (link.kind != LinkKind::MainPath).then_some(DASH);
        let (Some(&end), Some(&before_end)) = (route.last(), route.iter().rev().nth(1)) else {
            continue;
        };
        arrow_head(scene, before_end, end, color);
        let words = link_label(&link.label, link.share);
        if !words.is_empty() {
            let label = text(words, Pos2::ZERO, Align2::CENTER_TOP, font * 0.75, color);
            labels.extend(link_labels::place(&label, route, &cards));
        }
        scene.shapes.push(Shape::Line {
            points: route.clone(),
            stroke,
            dash,
        });
    }
    labels
}

/// A link's words and its share of customers, which is left out when the words
/// already say it ("62 % stop replying").
fn link_label(words: &str, share: Option<f32>) -> String {
    let Some(share) = share else {
        return words.to_owned();
    };
    let without_spaces: String = words.chars().filter(|c| !c.is_whitespace()).collect();
    let said = format!("{share}%");
    if without_spaces.contains(&said) || without_spaces.contains(&said.replace('.', ",")) {
        words.to_owned()
    } else if words.is_empty() {
        format!("{share}%")
    } else {
        format!("{words} ({share}%)")
    }
}

/// Text on a pill of the background's colour, readable wherever it lands.
fn push_on_backing(scene: &mut Scene, text: Text) {
    scene.shapes.push(Shape::Rect {
        rect: text.rect.expand2(vec2(4.0, 1.0)),
        corner_radius: 4.0,
        fill: scene.background.gamma_multiply(0.92),
        stroke: Stroke::NONE,
    });
    scene.shapes.push(Shape::Text(text));
}

fn arrow_head(scene: &mut Scene, from: Pos2, tip: Pos2, color: Color32) {
    let direction = (tip - from).normalized();
    let side = direction.rot90();
    let back = tip - direction * 9.0;
    scene.shapes.push(Shape::Polygon {
        points: vec![tip, back + side * 4.5, back - side * 4.5],
        fill: color,
    });
}

#[cfg(test)]
mod tests {
    use super::link_label;

    #[test]
    fn a_link_says_its_share_once() {
        assert_eq!(link_label("Call back", Some(18.0)), "Call back (18%)");
        assert_eq!(link_label("", Some(18.0)), "18%");
        assert_eq!(
            link_label("62 % ne répondent pas", Some(62.0)),
            "62 % ne répondent pas"
        );
        assert_eq!(
            link_label("12,5\u{a0}% partent", Some(12.5)),
            "12,5\u{a0}% partent"
        );
        assert_eq!(link_label("Call back", None), "Call back");
    }
}
