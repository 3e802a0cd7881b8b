//! The slide deck: a title slide, the personas, an overview of the whole map, the
//! insights (unless left out), then the stages a few at a time, as many per slide
//! as stay legible.

use std::collections::HashSet;
use std::ops::Range;

use egui::{Align2, Color32, Rect, Stroke, Vec2, pos2, vec2};

use super::compare_slides::ComparisonSlides;
use super::insight_slides::InsightSlides;
use super::map_scene;
use super::page::{Frame, Page, SIDE, fit_scale};
use super::request::{Choices, ExportRequest, Look, PageSize};
use crate::layout::MapLayout;
use crate::model::{Anchor, EmotionCurve, JourneyMap, Persona};
use crate::scene::style::{INK, MUTED_INK, color32};
use crate::scene::{ImageSource, Label, Shape};

/// Body text smaller than this on a 1920-unit-wide slide is hard to read from the
/// back of a room; stages are grouped only while their text stays this large.
const LEGIBLE_TEXT: f32 = 15.0;
const PERSONAS_PER_SLIDE: usize = 3;
/// At most this many slides in a deck: the largest maps Parcours is made for
/// (30 stages, 5,000 cards) make about 220. A small map of a thousand stages and
/// lanes, each 5,000 units, would make a million, each costing a layout.
pub const MAX_SLIDES: usize = 300;
/// A persona alone on a slide keeps lines short enough to read.
const MAX_PERSONA_WIDTH: f32 = 900.0;

pub fn slides(map: &JourneyMap, request: &ExportRequest) -> Vec<Page> {
    let size = request.page_units(
        request
            .effective_page_size()
            .unwrap_or(PageSize::Widescreen),
    );
    let choices = &request.choices;
    let background = match choices.look {
        Look::Light => color32(map.theme.background),
        Look::Print => Color32::WHITE,
    };
    let words = Words::of(&map.meta.language);
    let parts = map_parts(map, choices, size);
    let persona_slides: Vec<&[Persona]> = map.personas.chunks(PERSONAS_PER_SLIDE).collect();
    let insights = InsightSlides::of(map, choices);
    let comparison = ComparisonSlides::asked(map, request);
    let total = 2
        + persona_slides.len()
        + insights.len()
        + parts.len()
        + comparison.as_ref().map_or(0, |c| c.count());
    let frame = |number: usize| (Frame::new(size, background, map), Some((number, total)));

    let mut pages = vec![title_slide(Frame::new(size, background, map), map)];
    for personas in persona_slides {
        let (frame, number) = frame(pages.len() + 1);
        pages.push(persona_slide(frame, number, map, personas, &words));
    }
    let (mut overview, number) = frame(pages.len() + 1);
    overview.heading(words.overview, &map.meta.title);
    let content = overview.content();
    overview.place_map(&map_scene(map, choices), content);
    overview.footer(map, number);
    let mut overview = overview.into_page(words.overview);
    overview.notes = super::speaker_notes::of_stages(&choices.apply(map));
    pages.push(overview);
    let first_insight = pages.len() + 1;
    pages.extend(insights.pages(map, choices, |index| frame(first_insight + index)));

    let shown = choices.apply(map);
    for part in parts {
        let (mut slide, number) = frame(pages.len() + 1);
        let group = part.stages.clone();
        let names: Vec<&str> = map.stages[group.clone()]
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        let mut title = names.join("  ·  ");
        if part.lane_parts > 1 {
            title = format!("{title} ({}/{})", part.lane_part + 1, part.lane_parts);
        }
        let description = match group.len() {
            1 => map.stages[group.start].description.clone(),
            _ => String::new(),
        };
        let subtitle = if description.is_empty() {
            words.stages_of(&group, map.stages.len())
        } else {
            description
        };
        slide.heading(&title, &subtitle);
        let content = slide.content();
        let piece = part.of(&shown);
        let scene = super::look::restyle(
            crate::scene::build_part_scene(&piece, &MapLayout::new(&piece), group.start + 1),
            choices.look,
        );
        slide.place_map(&scene, content);
        slide.footer(map, number);
        let mut slide = slide.into_page(&title);
        slide.notes = super::speaker_notes::of_stages_and_cards(&piece);
        pages.push(slide);
    }
    if let Some(comparison) = comparison {
        let first = pages.len() + 1;
        pages.extend(comparison.pages(|| Frame::new(size, background, map), first, total));
    }
    pages
}

/// How many pages the deck of `map` has.
pub fn slide_count(map: &JourneyMap, request: &ExportRequest) -> usize {
    let size = request.page_units(
        request
            .effective_page_size()
            .unwrap_or(PageSize::Widescreen),
    );
    2 + map.personas.len().div_ceil(PERSONAS_PER_SLIDE)
        + InsightSlides::of(map, &request.choices).len()
        + map_parts(map, &request.choices, size).len()
        + ComparisonSlides::asked(map, request).map_or(0, |c| c.count())
}

/// The part of the map one stage slide shows: a run of stages, and a run of the
/// shown lanes when all of them would not be legible at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapPart {
    /// Indices of the stages the slide shows.
    pub stages: Range<usize>,
    /// Indices into the lanes left shown by the choices.
    pub lanes: Range<usize>,
    /// Which run of lanes this is, from 0, when the lanes are cut into runs.
    pub lane_part: usize,
    /// How many runs the lanes are cut into (1 when all fit on one slide).
    pub lane_parts: usize,
}

impl MapPart {
    /// `shown` (the map with the choices applied) cut down to this part.
    fn of(&self, shown: &JourneyMap) -> JourneyMap {
        with_lanes(&with_stages(shown, self.stages.clone()), self.lanes.clone())
    }
}

/// The stage slides' parts, in reading order: stages left to right, and for each
/// run of stages its lanes top to bottom. Each slide holds as many stages and
/// lanes as keep body text legible, and at least one of each. Cutting stops one
/// part past [`MAX_SLIDES`]: a deck that long is refused, and finding all its
/// parts could take hours.
pub fn map_parts(map: &JourneyMap, choices: &Choices, page: Vec2) -> Vec<MapPart> {
    let shown = choices.apply(map);
    let area = Frame::new(page, Color32::WHITE, map).content().size();
    let lane_count = shown.lanes.iter().filter(|l| !l.hidden).count();
    let legible = |stages: Range<usize>, lanes: Range<usize>| {
        let piece = with_lanes(&with_stages(&shown, stages), lanes);
        let bounds = MapLayout::new(&piece).bounds;
        fit_scale(bounds.size(), area) * map.theme.font_size >= LEGIBLE_TEXT
    };
    let mut parts = Vec::new();
    let mut start = 0;
    while start < map.stages.len() && parts.len() <= MAX_SLIDES {
        let lane_runs = runs(lane_count, |lanes| legible(start..start + 1, lanes));
        let mut end = start + 1;
        while end < map.stages.len()
            && lane_runs
                .iter()
                .all(|lanes| legible(start..end + 1, lanes.clone()))
        {
            end += 1;
        }
        let lane_parts = lane_runs.len();
        for (lane_part, lanes) in lane_runs.into_iter().enumerate() {
            parts.push(MapPart {
                stages: start..end,
                lanes,
                lane_part,
                lane_parts,
            });
        }
        start = end;
    }
    parts.truncate(MAX_SLIDES + 1);
    parts
}

/// Splits `0..count` into runs, each as long as `fits` allows and at least one.
fn runs(count: usize, fits: impl Fn(Range<usize>) -> bool) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    while start < count.max(1) {
        let mut end = start + 1;
        while end < count && fits(start..end + 1) {
            end += 1;
        }
        runs.push(start..end);
        start = end;
    }
    runs
}

/// The map with only a run of its shown lanes left shown.
fn with_lanes(map: &JourneyMap, range: Range<usize>) -> JourneyMap {
    let mut part = map.clone();
    for (index, lane) in part.lanes.iter_mut().filter(|l| !l.hidden).enumerate() {
        lane.hidden = !range.contains(&index);
    }
    part
}

/// The map cut down to a run of its stages, with what hangs on them. Only what is
/// kept is cloned: the deck tries many runs of a large map.
fn with_stages(map: &JourneyMap, range: Range<usize>) -> JourneyMap {
    let mut stages = map.stages.get(range).map(<[_]>::to_vec).unwrap_or_default();
    // A stage's colour follows its place in the whole map, not in the part.
    for stage in &mut stages {
        stage.color = Some(map.stage_color(stage.id));
    }
    let stage_ids: HashSet<_> = stages.iter().map(|s| s.id).collect();
    let steps: HashSet<_> = stages
        .iter()
        .flat_map(|s| s.steps.iter().map(|step| step.id))
        .collect();
    let cards: Vec<_> = map
        .cards
        .iter()
        .filter(|card| stage_ids.contains(&card.stage))
        .cloned()
        .collect();
    let card_ids: HashSet<_> = cards.iter().map(|c| c.id).collect();
    let curves = map
        .curves
        .iter()
        .map(|curve| EmotionCurve {
            points: curve
                .points
                .iter()
                .filter(|p| match p.anchor {
                    Anchor::Stage(id) => stage_ids.contains(&id),
                    Anchor::Step(id) => steps.contains(&id),
                    Anchor::Card(id) => card_ids.contains(&id),
                })
                .cloned()
                .collect(),
            ..curve.clone()
        })
        .collect();
    JourneyMap {
        meta: map.meta.clone(),
        scale: map.scale,
        theme: map.theme.clone(),
        personas: map.personas.clone(),
        stages,
        lanes: map.lanes.clone(),
        curves,
        moments: map
            .moments
            .iter()
            .filter(|m| card_ids.contains(&m.card))
            .cloned()
            .collect(),
        links: map
            .links
            .iter()
            .filter(|l| card_ids.contains(&l.from) && l.to.is_none_or(|to| card_ids.contains(&to)))
            .cloned()
            .collect(),
        cards,
        conflicts: Vec::new(),
    }
}

pub(super) fn title_slide(mut frame: Frame, map: &JourneyMap) -> Page {
    let size = frame.size;
    frame.shapes.push(Shape::Rect {
        rect: Rect::from_min_size(pos2(0.0, 0.0), vec2(28.0, size.y)),
        corner_radius: 0.0,
        fill: frame.brand(),
        stroke: Stroke::NONE,
    });
    let width = size.x - 2.0 * SIDE - 64.0;
    let left = SIDE + 64.0;
    frame.label(Label {
        text: map.meta.title.clone(),
        pos: pos2(left, size.y * 0.42),
        anchor: Align2::LEFT_BOTTOM,
        size: 88.0,
        color: INK,
        strong: true,
        wrap_width: Some(width),
        max_lines: Some(3),
    });
    frame.label(Label {
        text: map.meta.scenario.clone(),
        pos: pos2(left, size.y * 0.42 + 36.0),
        anchor: Align2::LEFT_TOP,
        size: 34.0,
        color: MUTED_INK,
        strong: false,
        wrap_width: Some(width * 0.8),
        max_lines: Some(4),
    });
    let byline = [map.meta.owner.as_str(), map.meta.date.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("  ·  ");
    frame.label(Label {
        text: byline,
        pos: pos2(left, size.y - 250.0),
        anchor: Align2::LEFT_BOTTOM,
        size: 28.0,
        color: INK,
        strong: false,
        wrap_width: Some(width),
        max_lines: Some(1),
    });
    stage_strip(
        &mut frame,
        map,
        Rect::from_min_max(
            pos2(left, size.y - 190.0),
            pos2(size.x - SIDE, size.y - 120.0),
        ),
    );
    frame.into_page(&map.meta.title)
}

/// The stages in order, as coloured steps along the bottom of the title slide.
fn stage_strip(frame: &mut Frame, map: &JourneyMap, area: Rect) {
    let count = map.stages.len().max(1) as f32;
    let gap = 8.0;
    let width = (area.width() - gap * (count - 1.0)) / count;
    for (i, stage) in map.stages.iter().enumerate() {
        let rect = Rect::from_min_size(
            pos2(area.left() + i as f32 * (width + gap), area.top()),
            vec2(width, area.height()),
        );
        frame.shapes.push(Shape::Rect {
            rect,
            corner_radius: 10.0,
            fill: color32(map.stage_color(stage.id)),
            stroke: Stroke::NONE,
        });
        frame.label(Label {
            text: stage.name.clone(),
            pos: rect.center(),
            anchor: Align2::CENTER_CENTER,
            size: 22.0,
            color: Color32::WHITE,
            strong: true,
            wrap_width: Some(width - 16.0),
            max_lines: Some(2),
        });
    }
}

fn persona_slide(
    mut frame: Frame,
    number: Option<(usize, usize)>,
    map: &JourneyMap,
    personas: &[Persona],
    words: &Words,
) -> Page {
    frame.heading(words.personas, &map.meta.title);
    let content = frame.content();
    let gap = 40.0;
    let count = personas.len().max(1) as f32;
    let width = ((content.width() - gap * (count - 1.0)) / count).min(MAX_PERSONA_WIDTH);
    let left = content.center().x - (width * count + gap * (count - 1.0)) / 2.0;
    for (i, persona) in personas.iter().enumerate() {
        let column = Rect::from_min_size(
            pos2(left + i as f32 * (width + gap), content.top()),
            vec2(width, content.height()),
        );
        persona_card(&mut frame, persona, column, words);
    }
    frame.footer(map, number);
    frame.into_page(words.personas)
}

fn persona_card(frame: &mut Frame, persona: &Persona, rect: Rect, words: &Words) {
    let color = color32(persona.color);
    frame.shapes.push(Shape::Rect {
        rect,
        corner_radius: 16.0,
        fill: Color32::WHITE,
        stroke: Stroke::new(2.0, color),
    });
    let inner = rect.shrink(28.0);
    let portrait = Rect::from_min_size(inner.min, Vec2::splat(120.0));
    if persona.photo.is_some() {
        frame.shapes.push(Shape::Image {
            rect: portrait,
            source: ImageSource::Persona(persona.id),
        });
    } else {
        frame.shapes.push(Shape::Circle {
            center: portrait.center(),
            radius: 60.0,
            fill: color,
            stroke: Stroke::NONE,
        });
        frame.label(Label {
            text: persona
                .name
                .chars()
                .next()
                .map(String::from)
                .unwrap_or_default(),
            pos: portrait.center(),
            anchor: Align2::CENTER_CENTER,
            size: 56.0,
            color: Color32::WHITE,
            strong: true,
            wrap_width: None,
            max_lines: Some(1),
        });
    }
    let text_left = portrait.right() + 24.0;
    let text_width = inner.right() - text_left;
    frame.label(Label {
        text: persona.name.clone(),
        pos: pos2(text_left, portrait.top() + 10.0),
        anchor: Align2::LEFT_TOP,
        size: 36.0,
        color: INK,
        strong: true,
        wrap_width: Some(text_width),
        max_lines: Some(2),
    });
    let details = [persona.job_title.as_str(), persona.age.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    frame.label(Label {
        text: details,
        pos: pos2(text_left, portrait.top() + 64.0),
        anchor: Align2::LEFT_TOP,
        size: 22.0,
        color: MUTED_INK,
        strong: false,
        wrap_width: Some(text_width),
        max_lines: Some(2),
    });
    let mut column = Column {
        left: inner.left(),
        width: inner.width(),
        y: portrait.bottom() + 28.0,
    };
    if !persona.quote.is_empty() {
        column.text(frame, &format!("“{}”", persona.quote), 24.0, INK, false, 4);
        column.y += 20.0;
    }
    let sections = [
        (words.goals, &persona.goals),
        (words.needs, &persona.needs),
        (words.frustrations, &persona.frustrations),
    ];
    for (title, items) in sections {
        if items.is_empty() || column.y > inner.bottom() - 60.0 {
            continue;
        }
        column.text(frame, title, 22.0, color, true, 1);
        column.y += 6.0;
        for item in items {
            if column.y > inner.bottom() - 30.0 {
                break;
            }
            column.text(frame, &format!("•  {item}"), 20.0, INK, false, 2);
            column.y += 4.0;
        }
        column.y += 16.0;
    }
}

/// Text set one block under the other.
struct Column {
    left: f32,
    width: f32,
    /// Top of the next block.
    y: f32,
}

impl Column {
    fn text(
        &mut self,
        frame: &mut Frame,
        text: &str,
        size: f32,
        color: Color32,
        strong: bool,
        max_lines: usize,
    ) {
        let label = Label {
            text: text.to_owned(),
            pos: pos2(self.left, self.y),
            anchor: Align2::LEFT_TOP,
            size,
            color,
            strong,
            wrap_width: Some(self.width),
            max_lines: Some(max_lines),
        };
        if let Some(laid_out) = label.layout() {
            self.y = laid_out.rect.bottom();
            frame.shapes.push(Shape::Text(laid_out));
        }
    }
}

/// The deck's own words, in the map's language.
struct Words {
    overview: &'static str,
    personas: &'static str,
    goals: &'static str,
    needs: &'static str,
    frustrations: &'static str,
    french: bool,
}

impl Words {
    fn of(language: &str) -> Self {
        if crate::model::is_french(language) {
            Self {
                overview: "Le parcours en un coup d’œil",
                personas: "Personas",
                goals: "Objectifs",
                needs: "Besoins",
                frustrations: "Frustrations",
                french: true,
            }
        } else {
            Self {
                overview: "The journey at a glance",
                personas: "Personas",
                goals: "Goals",
                needs: "Needs",
                frustrations: "Frustrations",
                french: false,
            }
        }
    }

    fn stages_of(&self, group: &Range<usize>, count: usize) -> String {
        let (first, last) = (group.start + 1, group.end);
        match (self.french, first == last) {
            (false, true) => format!("Stage {first} of {count}"),
            (false, false) => format!("Stages {first}–{last} of {count}"),
            (true, true) => format!("Étape {first} sur {count}"),
            (true, false) => format!("Étapes {first} à {last} sur {count}"),
        }
    }
}
