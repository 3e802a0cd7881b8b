//! The deck's insights slides, after the overview: each persona's weakest and
//! strongest stages with their stretch of the curve, the top pain points, the
//! priority matrix, the channels by stage and the automation candidates. Only
//! the slides with something to show are made.

mod draw;
mod lists;
mod stages;
mod words;

use egui::{Rect, pos2};

use super::look;
use super::page::{Frame, Page};
use super::request::Choices;
use crate::insights::Insights;
use crate::model::JourneyMap;
use crate::scene::Scene;
use words::Words;

/// One insights slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slide {
    /// The weakest and strongest stages of the persona at this index.
    Stages(usize),
    PainPoints,
    PriorityMatrix,
    Channels,
    Automation,
}

/// The analysis of a map and the insights slides it gives.
pub struct InsightSlides {
    insights: Insights,
    slides: Vec<Slide>,
}

impl InsightSlides {
    /// The insights slides of `map`; none when the choices leave them out, and
    /// no stages slide for a persona whose curve they leave out.
    pub fn of(map: &JourneyMap, choices: &Choices) -> Self {
        if choices.leave_out_insights {
            return Self {
                insights: Insights::of(&JourneyMap::default()),
                slides: Vec::new(),
            };
        }
        let insights = Insights::of(map);
        let mut slides: Vec<Slide> = insights
            .personas
            .iter()
            .enumerate()
            .filter(|(_, p)| p.weakest.is_some() && !choices.hidden_personas.contains(&p.persona))
            .map(|(i, _)| Slide::Stages(i))
            .collect();
        let rated = insights.opportunities.iter().any(|o| o.quadrant.is_some());
        let sections = [
            (!insights.pain_points.is_empty(), Slide::PainPoints),
            (rated, Slide::PriorityMatrix),
            (!insights.channels.rows.is_empty(), Slide::Channels),
            (
                !insights.automation.candidates.is_empty(),
                Slide::Automation,
            ),
        ];
        slides.extend(
            sections
                .into_iter()
                .filter(|(shown, _)| *shown)
                .map(|(_, s)| s),
        );
        Self { insights, slides }
    }

    /// How many slides there are.
    pub fn len(&self) -> usize {
        self.slides.len()
    }

    /// Each slide, drawn in the frame `frame` gives for its number (from 0).
    pub fn pages(
        &self,
        map: &JourneyMap,
        choices: &Choices,
        mut frame: impl FnMut(usize) -> (Frame, Option<(usize, usize)>),
    ) -> Vec<Page> {
        let words = Words::of(&map.meta.language);
        let mut pages = Vec::new();
        for (index, slide) in self.slides.iter().enumerate() {
            let (mut frame, number) = frame(index);
            let subtitle = self.subtitle(map, *slide, &words);
            frame.heading(words.title, &subtitle);
            let content = frame.content();
            let first_shape = frame.shapes.len();
            self.draw(&mut frame, map, *slide, &words, content);
            restyle_from(&mut frame, first_shape, choices);
            frame.footer(map, number);
            pages.push(frame.into_page(&format!("{}: {subtitle}", words.title)));
        }
        pages
    }

    fn subtitle(&self, map: &JourneyMap, slide: Slide, words: &Words) -> String {
        match slide {
            Slide::Stages(index) => {
                let persona = self.insights.personas[index].persona;
                let name = map.persona(persona).map_or("", |p| p.name.as_str());
                words.stages_of(name)
            }
            Slide::PainPoints => words.pain_points.to_owned(),
            Slide::PriorityMatrix => words.matrix.to_owned(),
            Slide::Channels => words.channels.to_owned(),
            Slide::Automation => words.automation.to_owned(),
        }
    }

    fn draw(&self, frame: &mut Frame, map: &JourneyMap, slide: Slide, words: &Words, area: Rect) {
        let insights = &self.insights;
        match slide {
            Slide::Stages(index) => {
                stages::draw(frame, map, &insights.personas[index], words, area)
            }
            Slide::PainPoints => lists::pain_points(frame, map, &insights.pain_points, words, area),
            Slide::PriorityMatrix => {
                lists::matrix(frame, map, &insights.opportunities, words, area)
            }
            Slide::Channels => draw::channels(frame, map, &insights.channels, words, area),
            Slide::Automation => lists::automation(frame, map, &insights.automation, words, area),
        }
    }
}

/// The print look for the shapes drawn from `first` on, as the map slides get it.
fn restyle_from(frame: &mut Frame, first: usize, choices: &Choices) {
    let drawn = frame.shapes.split_off(first);
    let scene = Scene {
        shapes: drawn,
        bounds: Rect::from_min_size(pos2(0.0, 0.0), frame.size),
        background: egui::Color32::WHITE,
    };
    frame
        .shapes
        .extend(look::restyle(scene, choices.look).shapes);
}
