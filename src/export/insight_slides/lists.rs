//! The insights slides made of lists: pain points, the priority matrix and the
//! automation candidates.

use egui::{Align2, Color32, Rect, Stroke, pos2, vec2};

use super::draw::{BODY, NOTE, Style, panel};
use super::words::Words;
use crate::export::page::Frame;
use crate::insights::{Automation, Opportunity, PainPoint, Quadrant};
use crate::model::{CardId, JourneyMap, StageId};
use crate::scene::Shape;
use crate::scene::style::{INK, LANE_STROKE, MUTED_INK, color32, tint};

/// At most this many pain points or candidates on a slide.
const MAX_ROWS: usize = 6;
/// At most this many opportunities in a quadrant of the matrix.
const MAX_PER_QUADRANT: usize = 5;
/// Room on the right of a row for its figure (hours a week).
const FIGURE_WIDTH: f32 = 320.0;

fn card_text(map: &JourneyMap, card: CardId) -> &str {
    map.card(card).map_or("", |c| c.text.as_str())
}

fn stage_name(map: &JourneyMap, stage: StageId) -> &str {
    map.stage(stage).map_or("", |s| s.name.as_str())
}

/// Non-empty parts joined by a middle dot.
fn joined<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let parts: Vec<&str> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    parts.join(" · ")
}

/// One numbered row: a disc in the stage's colour with the rank, the card's
/// text, a note under it, and a figure on the right (which may be empty).
fn ranked_row(
    frame: &mut Frame,
    map: &JourneyMap,
    (rect, rank): (Rect, usize),
    stage: StageId,
    lines: [&str; 3],
) {
    let [title, note, figure] = lines;
    let disc = pos2(rect.left() + 32.0, rect.center().y);
    frame.shapes.push(Shape::Circle {
        center: disc,
        radius: 28.0,
        fill: color32(map.stage_color(stage)),
        stroke: Stroke::NONE,
    });
    let white = Style::new(26.0, Color32::WHITE, true, 1);
    white
        .pen(Align2::CENTER_CENTER, 56.0)
        .write(frame, &rank.to_string(), disc);
    let left = rect.left() + 88.0;
    let width = rect.width() - 88.0 - FIGURE_WIDTH;
    let strong = Style {
        strong: true,
        max_lines: 1,
        ..BODY
    };
    let bottom =
        strong
            .pen(Align2::LEFT_TOP, width)
            .write(frame, title, pos2(left, rect.top() + 14.0));
    NOTE.pen(Align2::LEFT_TOP, width)
        .write(frame, note, pos2(left, bottom + 6.0));
    let figure_pen = Style {
        size: 28.0,
        ..strong
    }
    .pen(Align2::RIGHT_CENTER, FIGURE_WIDTH - 20.0);
    figure_pen.write(frame, figure, pos2(rect.right(), rect.center().y));
    frame.shapes.push(Shape::Line {
        points: vec![rect.left_bottom(), rect.right_bottom()],
        stroke: Stroke::new(1.0, LANE_STROKE),
        dash: None,
    });
}

/// The place of the row at `index`, out of [`MAX_ROWS`] sharing `area`.
fn row_rect(area: Rect, index: usize) -> (Rect, usize) {
    let height = area.height() / MAX_ROWS as f32;
    let top = area.top() + index as f32 * height;
    let rect = Rect::from_min_size(pos2(area.left(), top), vec2(area.width(), height));
    (rect, index + 1)
}

/// The most pressing pain points, with their stage, severity and votes.
pub fn pain_points(
    frame: &mut Frame,
    map: &JourneyMap,
    points: &[PainPoint],
    words: &Words,
    area: Rect,
) {
    let language = map.meta.language.as_str();
    for (i, point) in points.iter().take(MAX_ROWS).enumerate() {
        let severity = words.severity_and_votes(point.severity, point.votes, language);
        let note = joined([stage_name(map, point.stage), severity.as_str()]);
        let lines = [card_text(map, point.card), note.as_str(), ""];
        ranked_row(frame, map, row_rect(area, i), point.stage, lines);
    }
}

/// The manual work, the most hours first, and the hours summed.
pub fn automation(
    frame: &mut Frame,
    map: &JourneyMap,
    automation: &Automation,
    words: &Words,
    area: Rect,
) {
    let rows = Rect::from_min_max(area.min, pos2(area.right(), area.bottom() - 60.0));
    for (i, candidate) in automation.candidates.iter().take(MAX_ROWS).enumerate() {
        let owner = map.card(candidate.card).map_or("", |c| c.owner.as_str());
        let note = joined([stage_name(map, candidate.stage), owner]);
        let hours = words.hours(candidate.hours_per_week);
        let lines = [
            card_text(map, candidate.card),
            note.as_str(),
            hours.as_str(),
        ];
        ranked_row(frame, map, row_rect(rows, i), candidate.stage, lines);
    }
    let mut total = words.hours_in_all(automation.hours_per_week);
    if automation.candidates.len() > MAX_ROWS {
        total = format!(
            "{total} · {}",
            words.more(automation.candidates.len() - MAX_ROWS)
        );
    }
    let pen = Style::new(30.0, INK, true, 1).pen(Align2::RIGHT_CENTER, area.width());
    pen.write(frame, &total, pos2(area.right(), area.bottom() - 24.0));
}

/// The value/effort matrix: quick wins and big bets on top (high value), fill-ins
/// and money pits below; low effort on the left, high on the right.
pub fn matrix(
    frame: &mut Frame,
    map: &JourneyMap,
    opportunities: &[Opportunity],
    words: &Words,
    area: Rect,
) {
    let half = area.width() / 2.0;
    let axis = Style::new(22.0, MUTED_INK, true, 1).pen(Align2::CENTER_CENTER, half);
    for (i, label) in [words.low_effort, words.high_effort]
        .into_iter()
        .enumerate()
    {
        axis.write(
            frame,
            label,
            pos2(area.left() + half * (i as f32 + 0.5), area.top() + 14.0),
        );
    }
    let grid = Rect::from_min_max(pos2(area.left(), area.top() + 40.0), area.max);
    let gap = 24.0;
    let size = vec2((grid.width() - gap) / 2.0, (grid.height() - gap) / 2.0);
    for (i, quadrant) in Quadrant::ALL.into_iter().enumerate() {
        let (column, row) = ((i % 2) as f32, (i / 2) as f32);
        let corner = grid.min + vec2(column * (size.x + gap), row * (size.y + gap));
        let members: Vec<&Opportunity> = opportunities
            .iter()
            .filter(|o| o.quadrant == Some(quadrant))
            .collect();
        quadrant_panel(
            frame,
            map,
            (quadrant, &members),
            words,
            Rect::from_min_size(corner, size),
        );
    }
}

/// One corner of the matrix: its name and its first opportunities, with their stages.
fn quadrant_panel(
    frame: &mut Frame,
    map: &JourneyMap,
    (quadrant, members): (Quadrant, &[&Opportunity]),
    words: &Words,
    rect: Rect,
) {
    let color = quadrant_color(quadrant);
    panel(frame, rect, tint(color, 0.12), tint(color, 0.6));
    let inner = rect.shrink(24.0);
    let title = Style::new(30.0, color, true, 1).pen(Align2::LEFT_TOP, inner.width());
    let name = quadrant.label_in(&map.meta.language);
    let mut y = title.write(frame, name, inner.min) + 12.0;
    let item = Style {
        size: 22.0,
        max_lines: 1,
        ..BODY
    }
    .pen(Align2::LEFT_TOP, inner.width());
    for opportunity in members.iter().take(MAX_PER_QUADRANT) {
        let stage = stage_name(map, opportunity.stage);
        let line = format!("• {} ({stage})", card_text(map, opportunity.card));
        y = item.write(frame, &line, pos2(inner.left(), y)) + 6.0;
    }
    if members.len() > MAX_PER_QUADRANT {
        let more = words.more(members.len() - MAX_PER_QUADRANT);
        NOTE.pen(Align2::LEFT_TOP, inner.width())
            .write(frame, &more, pos2(inner.left(), y));
    }
}

/// Green for quick wins, blue for big bets, grey for fill-ins, red for money pits.
fn quadrant_color(quadrant: Quadrant) -> Color32 {
    match quadrant {
        Quadrant::QuickWin => Color32::from_rgb(0x1E, 0x8C, 0x5A),
        Quadrant::BigBet => Color32::from_rgb(0x2F, 0x6F, 0xC4),
        Quadrant::FillIn => Color32::from_rgb(0x6B, 0x72, 0x80),
        Quadrant::MoneyPit => Color32::from_rgb(0xC0, 0x3A, 0x3A),
    }
}
