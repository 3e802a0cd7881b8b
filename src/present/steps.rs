//! The order of a talk: the title, the overview, each stage (in one or more
//! views, top to bottom, when it is too tall to read in one), then the insights.

/// Where the talk is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The map's title slide.
    Title,
    /// The whole map.
    Overview,
    /// One stage spotlighted: its index in the map (from 0) and which of its
    /// views, from the top (from 0).
    Stage {
        /// The stage's index in the map, from 0.
        index: usize,
        /// Which of the stage's views, from the top, from 0.
        part: usize,
    },
    /// An insights slide, by its index (from 0).
    Insight(usize),
}

impl Step {
    /// The stage spotlighted at this step, by its index, if any.
    pub fn stage(self) -> Option<usize> {
        match self {
            Step::Stage { index, .. } => Some(index),
            _ => None,
        }
    }
}

/// The steps of one map's talk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Steps {
    /// How many views each stage takes, in the map's order.
    parts: Vec<usize>,
    /// How many insights slides follow the stages.
    insights: usize,
}

impl Steps {
    /// The talk of a map whose stages take `parts` views each (a stage takes at
    /// least one) followed by `insights` insights slides.
    pub fn new(parts: Vec<usize>, insights: usize) -> Self {
        let parts = parts.into_iter().map(|p| p.max(1)).collect();
        Self { parts, insights }
    }

    /// How many stages the talk spotlights.
    pub fn stage_count(&self) -> usize {
        self.parts.len()
    }

    /// How many insights slides close the talk.
    pub fn insight_count(&self) -> usize {
        self.insights
    }

    /// Every step, in order.
    pub fn all(&self) -> Vec<Step> {
        let stages =
            self.parts.iter().enumerate().flat_map(|(index, parts)| {
                (0..*parts).map(move |part| Step::Stage { index, part })
            });
        [Step::Title, Step::Overview]
            .into_iter()
            .chain(stages)
            .chain((0..self.insights).map(Step::Insight))
            .collect()
    }

    /// The step after `step`; the last step stays where it is.
    pub fn next(&self, step: Step) -> Step {
        let all = self.all();
        let at = self.position(&all, step);
        all.get(at + 1).copied().unwrap_or(all[at])
    }

    /// The step before `step`; the title stays where it is.
    pub fn previous(&self, step: Step) -> Step {
        let all = self.all();
        let at = self.position(&all, step);
        all[at.saturating_sub(1)]
    }

    /// The first view of the stage numbered `number` (from 1), if there is one.
    pub fn stage(&self, number: usize) -> Option<Step> {
        (1..=self.parts.len())
            .contains(&number)
            .then(|| Step::Stage {
                index: number - 1,
                part: 0,
            })
    }

    /// `step` if the talk still has it, else the nearest step it has: after a
    /// stage is removed or a slide goes, the talk goes on from there.
    pub fn nearest(&self, step: Step) -> Step {
        match step {
            Step::Title | Step::Overview => step,
            Step::Stage { index, part } => match self.parts.get(index) {
                Some(parts) => Step::Stage {
                    index,
                    part: part.min(parts - 1),
                },
                None => self
                    .parts
                    .len()
                    .checked_sub(1)
                    .map_or(Step::Overview, |index| Step::Stage {
                        index,
                        part: self.parts[index] - 1,
                    }),
            },
            Step::Insight(index) if index < self.insights => step,
            Step::Insight(_) => self.all().last().copied().unwrap_or(Step::Overview),
        }
    }

    fn position(&self, all: &[Step], step: Step) -> usize {
        let step = self.nearest(step);
        all.iter().position(|s| *s == step).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::{Step, Steps};

    fn stage(index: usize, part: usize) -> Step {
        Step::Stage { index, part }
    }

    #[test]
    fn the_talk_runs_title_overview_stages_then_insights() {
        let steps = Steps::new(vec![1, 2], 2);
        assert_eq!(
            steps.all(),
            [
                Step::Title,
                Step::Overview,
                stage(0, 0),
                stage(1, 0),
                stage(1, 1),
                Step::Insight(0),
                Step::Insight(1),
            ]
        );
    }

    #[test]
    fn stepping_forward_then_back_returns_to_the_title_and_stops_at_both_ends() {
        let steps = Steps::new(vec![2, 1, 1], 1);
        let mut step = Step::Title;
        let mut seen = vec![step];
        for _ in 0..10 {
            step = steps.next(step);
            seen.push(step);
        }
        assert_eq!(step, Step::Insight(0), "the last step stays");
        assert_eq!(seen[1..7], steps.all()[1..]);
        for _ in 0..10 {
            step = steps.previous(step);
        }
        assert_eq!(step, Step::Title, "the title stays");
    }

    #[test]
    fn a_number_jumps_to_that_stage_and_nowhere_else() {
        let steps = Steps::new(vec![1, 3, 1], 0);
        assert_eq!(steps.stage(2), Some(stage(1, 0)));
        assert_eq!(steps.stage(0), None);
        assert_eq!(steps.stage(4), None);
    }

    #[test]
    fn a_step_the_map_lost_gives_way_to_the_nearest_one() {
        let steps = Steps::new(vec![1, 2], 1);
        assert_eq!(steps.nearest(stage(5, 0)), stage(1, 1));
        assert_eq!(steps.nearest(stage(1, 4)), stage(1, 1));
        assert_eq!(steps.nearest(Step::Insight(3)), Step::Insight(0));
        assert_eq!(
            Steps::new(Vec::new(), 0).nearest(stage(0, 0)),
            Step::Overview
        );
        assert_eq!(steps.next(stage(7, 0)), Step::Insight(0));
    }

    #[test]
    fn every_stage_takes_at_least_one_view() {
        assert_eq!(Steps::new(vec![0], 0).all()[2], stage(0, 0));
    }
}
