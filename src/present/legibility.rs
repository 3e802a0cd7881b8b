//! How small a stage's card text is, read from the scene the screen draws.

use crate::layout::MapLayout;
use crate::model::StageId;
use crate::scene::{Scene, Shape};

/// The smallest card text of a stage, in map units: for each of its cards, the
/// largest text drawn inside it (its words; badges and labels are smaller), and
/// the smallest of those. `None` for a stage without cards.
pub fn smallest_card_text(scene: &Scene, layout: &MapLayout, stage: StageId) -> Option<f32> {
    let cards: Vec<_> = layout
        .cells
        .iter()
        .filter(|((_, cell_stage, _), _)| *cell_stage == stage)
        .flat_map(|(_, cards)| cards.iter().filter_map(|id| layout.cards.get(id)))
        .collect();
    let column = layout.stage(stage)?.rect;
    let mut largest = vec![0.0_f32; cards.len()];
    for shape in &scene.shapes {
        let Shape::Text(text) = shape else { continue };
        if !column.contains(text.rect.min) {
            continue;
        }
        if let Some(i) = cards.iter().position(|card| card.contains_rect(text.rect)) {
            largest[i] = largest[i].max(text.size);
        }
    }
    largest
        .into_iter()
        .filter(|size| *size > 0.0)
        .min_by(f32::total_cmp)
}
