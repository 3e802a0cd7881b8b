//! An emotion point's and a link's fields.

use egui::Ui;

use super::Out;
use super::widgets::*;
use crate::edit::Edit;
use crate::model::*;
use crate::ui::selection::Selection;

pub(super) fn point_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    curve: &EmotionCurve,
    point: &EmotionPoint,
    selection: &mut Selection,
    out: &mut Out,
) {
    let persona = map.persona(curve.persona).map_or("", |p| p.name.as_str());
    ui.heading("Emotion");
    ui.label(egui::RichText::new(format!("{persona}'s curve")).weak());
    let mut changed = point.clone();
    let score_text = format!("Score {:+}", changed.score);
    let score = egui::Slider::new(&mut changed.score, map.scale.min..=map.scale.max)
        .show_value(false)
        .text(score_text);
    let mut any = ui.add(score).changed();
    any |= area(ui, "Why", &mut changed.reason);
    if any {
        out.merged(Edit::SetPoint {
            curve: curve.id,
            point: changed,
        });
    }
    let at = match point.anchor {
        Anchor::Stage(id) => map.stage(id).map(|s| format!("stage {}", s.name)),
        Anchor::Step(id) => map
            .stage_of_step(id)
            .map(|s| format!("a step of {}", s.name)),
        Anchor::Card(id) => map.card(id).map(|c| format!("card {}", c.text)),
    };
    ui.label(egui::RichText::new(format!("At {}", at.unwrap_or_default())).weak());
    if ui.button("Remove point").clicked() {
        out.once(Edit::RemovePoint {
            curve: curve.id,
            point: point.id,
        });
        *selection = Selection::Map;
    }
}

pub(super) fn link_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    link: &Link,
    selection: &mut Selection,
    out: &mut Out,
) {
    ui.heading("Link");
    let name = |id: Option<CardId>| {
        id.and_then(|id| map.card(id))
            .map_or("(out of the journey)".to_owned(), |c| c.text.clone())
    };
    ui.label(
        egui::RichText::new(format!(
            "From {} to {}",
            name(Some(link.from)),
            name(link.to)
        ))
        .weak(),
    );
    let mut changed = link.clone();
    let options: Vec<(LinkKind, String)> = LinkKind::ALL
        .iter()
        .map(|k| (*k, k.label().to_owned()))
        .collect();
    let mut any = combo(ui, "Kind", &mut changed.kind, &options);
    any |= field(ui, "Label", &mut changed.label);
    let mut has_share = changed.share.is_some();
    if ui.checkbox(&mut has_share, "Share of customers").changed() {
        changed.share = has_share.then_some(10.0);
        any = true;
    }
    if let Some(share) = &mut changed.share {
        let text = format!("{share:.0}% of customers");
        any |= ui
            .add(
                egui::Slider::new(share, 0.0..=100.0)
                    .show_value(false)
                    .text(text),
            )
            .changed();
    }
    if any && (changed.to.is_some() || changed.kind == LinkKind::DropOut) {
        out.merged(Edit::SetLink(changed));
    }
    if ui.button("Remove link").clicked() {
        out.once(Edit::RemoveLink(link.id));
        *selection = Selection::Cards(vec![link.from]);
    }
}
