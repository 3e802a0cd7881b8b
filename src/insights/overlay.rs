//! What the canvas overlays show of the analysis, stage by stage: the mean
//! emotion of every persona's points there, for a heat strip under the stage
//! header, and whether a metric there misses its target.

use super::Insights;
use crate::model::{JourneyMap, StageId};

/// One stage as the canvas overlays show it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StageMark {
    /// The stage.
    pub stage: StageId,
    /// The mean of every persona's points in the stage; None when it has none.
    pub mean: Option<f32>,
    /// Whether a metric card of the stage measures below its target.
    pub below_target: bool,
}

impl Insights {
    /// The marks of `map`'s stages, in the map's order; this analysis must be
    /// of `map`. A persona's stage mean counts as many times as it has points.
    pub fn stage_marks(&self, map: &JourneyMap) -> Vec<StageMark> {
        map.stages
            .iter()
            .map(|stage| StageMark {
                stage: stage.id,
                mean: self.mean_of_all_personas(stage.id),
                below_target: self
                    .stage_metrics
                    .iter()
                    .any(|m| m.stage == stage.id && m.below_target()),
            })
            .collect()
    }

    fn mean_of_all_personas(&self, stage: StageId) -> Option<f32> {
        let means = self.personas.iter().filter_map(|p| p.mean_at(stage));
        let (sum, points) = means.fold((0.0, 0), |(sum, points), mean| {
            (sum + mean.mean * mean.points as f32, points + mean.points)
        });
        (points > 0).then(|| sum / points as f32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::{PersonaInsights, StageMean};
    use crate::model::PersonaId;

    fn persona(id: u32, means: &[(u32, f32, usize)]) -> PersonaInsights {
        let stage_means = means
            .iter()
            .map(|&(stage, mean, points)| StageMean {
                stage: StageId(stage),
                mean,
                lowest: mean.floor() as i32,
                points,
            })
            .collect();
        PersonaInsights {
            persona: PersonaId(id),
            points: Vec::new(),
            lowest: None,
            highest: None,
            stage_means,
            weakest: None,
            strongest: None,
        }
    }

    #[test]
    fn the_strip_weighs_each_persona_by_its_points_and_skips_stages_without() {
        let map = crate::templates::find("lifecycle")
            .expect("the lifecycle template")
            .load("en")
            .expect("it loads");
        let (first, second) = (map.stages[0].id.0, map.stages[1].id.0);
        let mut insights = Insights::of(&map);
        // At the first stage: one point at -2 and two points with mean 1, so
        // (-2 + 2) / 3 = 0. At the second, only the second persona: 0.5.
        insights.personas = vec![
            persona(900, &[(first, -2.0, 1)]),
            persona(901, &[(first, 1.0, 2), (second, 0.5, 4)]),
        ];
        let marks = insights.stage_marks(&map);
        assert_eq!(marks.len(), map.stages.len());
        assert_eq!(marks[0].mean, Some(0.0));
        assert_eq!(marks[1].mean, Some(0.5));
        assert!(marks[2..].iter().all(|m| m.mean.is_none()));
        assert!(marks.iter().all(|m| !m.below_target));
    }

    #[test]
    fn the_home_example_marks_awareness_below_target_but_not_consideration() {
        let map = crate::templates::find("home-insurance-renewal")
            .expect("the example is shipped")
            .load("en")
            .expect("it loads");
        let marks = Insights::of(&map).stage_marks(&map);
        // One persona, Claire: her Awareness points are -1 and -1 (see the
        // example's hand check). Awareness's open rate, 38, is under its
        // target of 50; Consideration's only measure, 21 against 12, is not.
        assert_eq!(marks[0].mean, Some(-1.0));
        assert!(marks[0].below_target);
        assert!(!marks[1].below_target);
        assert!(marks.iter().all(|m| m.mean.is_some()));
    }
}
