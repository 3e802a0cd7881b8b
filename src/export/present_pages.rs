//! The slides present mode shows around the live map: the deck's title slide
//! and its insights slides, on a 1920×1080 page, and a stage's speaker notes.

use super::deck::title_slide;
use super::insight_slides::InsightSlides;
use super::page::{Frame, Page};
use super::request::{Choices, PageSize};
use crate::model::{JourneyMap, StageId};
use crate::scene::style::color32;

/// The slides of a talk that are not the map itself.
#[derive(Clone, Debug, PartialEq)]
pub struct PresentPages {
    /// The title slide: the map's title, scenario, owner and date.
    pub title: Page,
    /// The insights slides, as the deck has them; none when the map gives
    /// nothing to analyse.
    pub insights: Vec<Page>,
}

/// The title and insights slides of `map`, 1920×1080 units each, in the map's
/// own look.
pub fn present_pages(map: &JourneyMap) -> PresentPages {
    let size = PageSize::Widescreen.units();
    let background = color32(map.theme.background);
    let choices = Choices::default();
    let insights = InsightSlides::of(map, &choices)
        .pages(map, &choices, |_| (Frame::new(size, background, map), None));
    PresentPages {
        title: title_slide(Frame::new(size, background, map), map),
        insights,
    }
}

/// What a presenter says over `stage`: its description, then its cards'
/// descriptions, each after its name, one a line.
pub fn stage_notes(map: &JourneyMap, stage: StageId) -> String {
    super::speaker_notes::of_stage(map, stage)
}
