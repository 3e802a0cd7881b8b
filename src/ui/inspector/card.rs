//! A card's fields, metrics, comments, moment of truth and links.

use egui::{DragValue, Ui};

use super::Out;
use super::widgets::*;
use crate::edit::Edit;
use crate::model::*;
use crate::scene::ImageSource;
use crate::ui::selection::Selection;

pub(super) fn card_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    card: &Card,
    selection: &mut Selection,
    out: &mut Out,
) {
    let kind = map.lane(card.lane).map_or(LaneKind::FreeText, |l| l.kind);
    ui.heading("Card");
    let stage = map.stage(card.stage).map_or("", |s| s.name.as_str());
    let lane = map.lane(card.lane).map_or("", |l| l.title.as_str());
    ui.label(egui::RichText::new(format!("{lane} · {stage}")).weak());
    let mut changed = card.clone();
    card_image_ui(ui, card, kind, out);
    let mut any = fields_ui(ui, kind, &mut changed);
    ui.separator();
    metrics_ui(ui, &mut changed.metrics, &mut any);
    ui.separator();
    comments_ui(ui, &mut changed.comments, &mut any);
    if any {
        out.merged(Edit::ReplaceCard(changed));
    }
    ui.separator();
    moment_ui(ui, map, card.id, out);
    ui.separator();
    links_ui(ui, map, card.id, selection);
    ui.separator();
    if ui.button("Delete card").clicked() {
        out.once(Edit::DeleteCards(vec![card.id]));
        *selection = Selection::Map;
    }
}

pub(super) fn metrics_ui(ui: &mut Ui, metrics: &mut Vec<Metric>, any: &mut bool) {
    ui.strong("Metrics");
    let mut remove = None;
    for (i, metric) in metrics.iter_mut().enumerate() {
        ui.push_id(i, |ui| {
            *any |= field(ui, "Metric name", &mut metric.name);
            ui.horizontal(|ui| {
                let value = ui.label("Value").id;
                *any |= ui
                    .add(DragValue::new(&mut metric.value).speed(0.1))
                    .labelled_by(value)
                    .changed();
                let unit = ui.label("Unit").id;
                *any |= ui
                    .add(
                        egui::TextEdit::singleline(&mut metric.unit)
                            .char_limit(MAX_TEXT_CHARS)
                            .desired_width(50.0),
                    )
                    .labelled_by(unit)
                    .changed();
            });
            ui.horizontal(|ui| {
                let mut has_target = metric.target.is_some();
                let checkbox = ui.checkbox(&mut has_target, "Target");
                if checkbox.changed() {
                    metric.target = has_target.then_some(metric.value);
                    *any = true;
                }
                if let Some(target) = &mut metric.target {
                    *any |= ui
                        .add(DragValue::new(target).speed(0.1))
                        .labelled_by(checkbox.id)
                        .changed();
                }
            });
            *any |= field(ui, "Source", &mut metric.source);
            if ui.small_button("Remove metric").clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        metrics.remove(i);
        *any = true;
    }
    if ui.button("Add metric").clicked() {
        metrics.push(Metric {
            name: "NPS".to_owned(),
            value: 0.0,
            unit: String::new(),
            target: None,
            source: String::new(),
        });
        *any = true;
    }
}

pub(super) fn comments_ui(ui: &mut Ui, comments: &mut Vec<Comment>, any: &mut bool) {
    ui.strong("Comments");
    let mut remove = None;
    for (i, comment) in comments.iter_mut().enumerate() {
        ui.push_id(("comment", i), |ui| {
            ui.horizontal(|ui| {
                let author = egui::TextEdit::singleline(&mut comment.author)
                    .char_limit(MAX_TEXT_CHARS)
                    .desired_width(90.0)
                    .hint_text("Author");
                let response = ui.add(author);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Comment author")
                });
                *any |= response.changed();
                ui.label(egui::RichText::new(&comment.date).weak());
                if ui
                    .small_button("×")
                    .on_hover_text("Remove comment")
                    .clicked()
                {
                    remove = Some(i);
                }
            });
            let text = ui.add(
                egui::TextEdit::multiline(&mut comment.text)
                    .char_limit(MAX_TEXT_CHARS)
                    .desired_rows(1)
                    .desired_width(f32::INFINITY),
            );
            text.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Comment"));
            *any |= text.changed();
        });
    }
    if let Some(i) = remove {
        comments.remove(i);
        *any = true;
    }
    if ui.button("Add comment").clicked() {
        comments.push(Comment {
            author: String::new(),
            date: String::new(),
            text: String::new(),
        });
        *any = true;
    }
}

pub(super) fn moment_ui(ui: &mut Ui, map: &JourneyMap, card: CardId, out: &mut Out) {
    let existing = map.moments.iter().find(|m| m.card == card);
    let mut kind = existing.map(|m| m.kind);
    let mut options = vec![(None, "Not a moment of truth".to_owned())];
    options.extend(MomentKind::ALL.map(|k| (Some(k), k.label().to_owned())));
    if combo(ui, "Moment of truth", &mut kind, &options) {
        match (kind, existing) {
            (Some(kind), Some(moment)) => out.once(Edit::SetMoment(MomentOfTruth {
                kind,
                ..moment.clone()
            })),
            (Some(kind), None) => out.once(Edit::SetMoment(MomentOfTruth {
                id: MomentId(map.next_free_id()),
                card,
                kind,
                note: String::new(),
            })),
            (None, Some(moment)) => out.once(Edit::RemoveMoment(moment.id)),
            (None, None) => {}
        }
    }
    if let Some(moment) = existing {
        let mut note = moment.note.clone();
        if area(ui, "Why it matters", &mut note) {
            out.merged(Edit::SetMoment(MomentOfTruth {
                note,
                ..moment.clone()
            }));
        }
    }
}

/// Choose, replace or remove a card's picture.
fn card_image_ui(ui: &mut Ui, card: &Card, kind: LaneKind, out: &mut Out) {
    if kind != LaneKind::Images && card.image.is_none() {
        return;
    }
    match picture_buttons_ui(ui, card.image.is_some(), "image") {
        Some(PictureRequest::Choose) => out.choose_image = Some(ImageSource::Card(card.id)),
        Some(PictureRequest::Remove) => out.once(Edit::ReplaceCard(Card {
            image: None,
            ..card.clone()
        })),
        None => {}
    }
}

/// The card's own fields, those its lane's kind has; true when one changed.
fn fields_ui(ui: &mut Ui, kind: LaneKind, changed: &mut Card) -> bool {
    let mut any = area(
        ui,
        if kind == LaneKind::Images {
            "Caption"
        } else {
            "Text"
        },
        &mut changed.text,
    );
    any |= area(ui, "Description", &mut changed.description);
    if kind == LaneKind::Touchpoints {
        let mut options: Vec<(Option<Channel>, String)> = vec![(None, "—".to_owned())];
        options.extend(Channel::BUILT_IN.map(|c| (Some(c.clone()), c.label().to_owned())));
        let custom = Channel::Custom(match &changed.channel {
            Some(Channel::Custom(name)) => name.clone(),
            _ => "Other".to_owned(),
        });
        options.push((Some(custom), "Other…".to_owned()));
        any |= combo(ui, "Channel", &mut changed.channel, &options);
        if let Some(Channel::Custom(name)) = &mut changed.channel {
            any |= field(ui, "Channel name", name);
        }
        any |= ui
            .checkbox(&mut changed.brand_controlled, "Brand-controlled")
            .changed();
    }
    any |= field(ui, "Owner or department", &mut changed.owner);
    if kind == LaneKind::PainPoints {
        any |= level(ui, "Severity", &mut changed.severity);
    }
    if matches!(kind, LaneKind::Opportunities | LaneKind::Actions) {
        any |= level(ui, "Priority", &mut changed.priority);
    }
    let mut tags = changed.tags.join(", ");
    if field(ui, "Tags (comma-separated)", &mut tags) {
        changed.tags = tags
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        any = true;
    }
    any
}

/// The links that leave the card, each a way to select it.
fn links_ui(ui: &mut Ui, map: &JourneyMap, card: CardId, selection: &mut Selection) {
    ui.strong("Links from this card");
    for link in map.links.iter().filter(|l| l.from == card) {
        let target = link
            .to
            .and_then(|to| map.card(to))
            .map_or("(leaves the journey)", |c| c.text.as_str());
        if ui
            .link(format!("{} to {target}", link.kind.label()))
            .clicked()
        {
            *selection = Selection::Link(link.id);
        }
    }
    ui.label(
        egui::RichText::new("Drag the dot on the card's right edge to another card to link them.")
            .weak(),
    );
}
