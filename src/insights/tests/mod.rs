//! The analysis checked by hand on both shipped examples, and its rules on
//! small maps made for each.

mod home;
mod photographer;
mod rules;

use super::Insights;
use crate::model::{CardId, JourneyMap, StageId};

fn example(name: &str) -> JourneyMap {
    let template = crate::templates::find(name).expect("the example is shipped");
    let language = template.languages()[0];
    template.load(language).expect("the example loads")
}

/// The cards of a list of items, as ids, to compare with what was worked out by hand.
fn cards<T>(items: &[T], card: impl Fn(&T) -> CardId) -> Vec<u32> {
    items.iter().map(|item| card(item).0).collect()
}

fn stage_name(map: &JourneyMap, stage: StageId) -> &str {
    &map.stage(stage).expect("the stage exists").name
}

fn close(actual: f32, expected: f32) -> bool {
    (actual - expected).abs() < 1e-5
}

fn insights_of(name: &str) -> (JourneyMap, Insights) {
    let map = example(name);
    let insights = Insights::of(&map);
    (map, insights)
}
