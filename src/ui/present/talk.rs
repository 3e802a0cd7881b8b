//! The map as the talk shows it: its layout and scene, its title and insights
//! slides, and the views of its stages on the screen of the moment.

use egui::Rect;
use egui::emath::TSTransform;

use crate::export::{Page, PresentPages, present_pages};
use crate::layout::MapLayout;
use crate::model::JourneyMap;
use crate::present::{Step, Steps, overview_view, smallest_card_text, stage_views};
use crate::scene::{Scene, build_scene};

/// One revision of the map, drawn for the talk.
pub(super) struct Talk {
    /// The session's serial and the document's revision it was made from.
    pub(super) key: (u64, u64),
    pub(super) layout: MapLayout,
    pub(super) scene: Scene,
    pages: PresentPages,
    /// Each stage's smallest card text, in map units, in the map's order.
    smallest_text: Vec<Option<f32>>,
    screen: Rect,
    /// Each stage's views on `screen`, top to bottom.
    views: Vec<Vec<TSTransform>>,
    steps: Steps,
}

impl Talk {
    /// The talk of `map`, whose revision is `key`; [`Talk::on_screen`] places it.
    pub(super) fn new(map: &JourneyMap, key: (u64, u64)) -> Self {
        let layout = MapLayout::new(map);
        let scene = build_scene(map, &layout);
        let smallest_text = layout
            .stages
            .iter()
            .map(|column| smallest_card_text(&scene, &layout, column.id))
            .collect();
        Self {
            key,
            pages: present_pages(map),
            layout,
            scene,
            smallest_text,
            screen: Rect::NOTHING,
            views: Vec::new(),
            steps: Steps::default(),
        }
    }

    /// The same talk on `screen`: the stages' views worked out again when the
    /// screen changed.
    pub(super) fn on_screen(mut self, screen: Rect) -> Self {
        if screen == self.screen {
            return self;
        }
        self.views = self
            .layout
            .stages
            .iter()
            .zip(&self.smallest_text)
            .map(|(column, text)| stage_views(column.rect, *text, screen))
            .collect();
        self.steps = Steps::new(
            self.views.iter().map(Vec::len).collect(),
            self.pages.insights.len(),
        );
        self.screen = screen;
        self
    }

    /// The steps of the talk.
    pub(super) fn steps(&self) -> &Steps {
        &self.steps
    }

    /// The screen the talk is placed on.
    pub(super) fn screen(&self) -> Rect {
        self.screen
    }

    /// Where the map sits on the screen at `step`; `None` at a slide.
    pub(super) fn view_of(&self, step: Step) -> Option<TSTransform> {
        match step {
            Step::Overview => Some(overview_view(self.layout.bounds, self.screen)),
            Step::Stage { index, part } => self.views.get(index)?.get(part).copied(),
            Step::Title | Step::Insight(_) => None,
        }
    }

    /// The slide shown at `step`, if it is one.
    pub(super) fn page_of(&self, step: Step) -> Option<&Page> {
        match step {
            Step::Title => Some(&self.pages.title),
            Step::Insight(index) => self.pages.insights.get(index),
            Step::Overview | Step::Stage { .. } => None,
        }
    }
}

impl Talk {
    /// Which view of the stage at `index` shows the row of `lane` best: the
    /// first that shows it whole, else the one nearest its middle.
    pub(super) fn part_showing(&self, index: usize, lane: crate::model::LaneId) -> Option<usize> {
        let row = self.layout.lane(lane)?.rect;
        let views = self.views.get(index)?;
        let whole = views.iter().position(|view| {
            let on_screen = *view * row;
            on_screen.top() >= self.screen.top() && on_screen.bottom() <= self.screen.bottom()
        });
        whole.or_else(|| {
            (0..views.len()).min_by(|a, b| {
                let off = |i: usize| ((views[i] * row.center()).y - self.screen.center().y).abs();
                off(*a).total_cmp(&off(*b))
            })
        })
    }
}
