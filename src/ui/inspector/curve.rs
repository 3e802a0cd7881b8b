//! An emotion point's and a link's fields.

use egui::Ui;

use super::Out;
use super::widgets::*;
use crate::edit::Edit;
use crate::lang::fill;
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
    let words = crate::ui::words(ui.ctx());
    let persona = map.persona(curve.persona).map_or("", |p| p.name.as_str());
    ui.heading(words.heading_emotion);
    ui.label(egui::RichText::new(fill(words.curve_of, &[&persona])).weak());
    let mut changed = point.clone();
    let score_text = fill(words.score, &[&format!("{:+}", changed.score)]);
    let score = egui::Slider::new(&mut changed.score, map.scale.min..=map.scale.max)
        .show_value(false)
        .text(score_text);
    let mut any = ui.add(score).changed();
    any |= area(ui, words.why, &mut changed.reason);
    if any {
        out.merged(Edit::SetPoint {
            curve: curve.id,
            point: changed,
        });
    }
    let at = match point.anchor {
        Anchor::Stage(id) => map.stage(id).map(|s| fill(words.at_stage, &[&s.name])),
        Anchor::Step(id) => map
            .stage_of_step(id)
            .map(|s| fill(words.at_step, &[&s.name])),
        Anchor::Card(id) => map.card(id).map(|c| fill(words.at_card, &[&c.text])),
    };
    let at = fill(words.at, &[&at.unwrap_or_default()]);
    ui.label(egui::RichText::new(at).weak());
    if ui.button(words.remove_point).clicked() {
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
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.heading(words.heading_link);
    let name = |id: Option<CardId>| {
        id.and_then(|id| map.card(id))
            .map_or(words.out_of_journey.to_owned(), |c| c.text.clone())
    };
    let ends = fill(words.from_to, &[&name(Some(link.from)), &name(link.to)]);
    ui.label(egui::RichText::new(ends).weak());
    let mut changed = link.clone();
    let options: Vec<(LinkKind, String)> = LinkKind::ALL
        .iter()
        .map(|k| (*k, language.link_kind(*k).to_owned()))
        .collect();
    let mut any = combo(ui, words.link_kind, &mut changed.kind, &options);
    any |= field(ui, words.link_label, &mut changed.label);
    let mut has_share = changed.share.is_some();
    if ui
        .checkbox(&mut has_share, words.share_of_customers)
        .changed()
    {
        changed.share = has_share.then_some(10.0);
        any = true;
    }
    if let Some(share) = &mut changed.share {
        let text = fill(words.share_percent, &[&language.percent(f64::from(*share))]);
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
    if ui.button(words.remove_link).clicked() {
        out.once(Edit::RemoveLink(link.id));
        *selection = Selection::Cards(vec![link.from]);
    }
}
