//! A card's fields, metrics, comments, moment of truth and links.

use egui::{DragValue, Ui};

use super::Out;
use super::widgets::*;
use crate::edit::Edit;
use crate::lang::{Language, fill};
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
    let words = crate::ui::words(ui.ctx());
    ui.heading(words.heading_card);
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
    if ui.button(words.delete_card).clicked() {
        out.once(Edit::DeleteCards(vec![card.id]));
        *selection = Selection::Map;
    }
}

pub(super) fn metrics_ui(ui: &mut Ui, metrics: &mut Vec<Metric>, any: &mut bool) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.strong(words.metrics);
    let mut remove = None;
    for (i, metric) in metrics.iter_mut().enumerate() {
        ui.push_id(i, |ui| {
            *any |= field(ui, words.metric_name, &mut metric.name);
            ui.horizontal(|ui| {
                let value = ui.label(words.value).id;
                *any |= ui
                    .add(number(&mut metric.value, language))
                    .labelled_by(value)
                    .changed();
                let unit = ui.label(words.unit).id;
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
                let checkbox = ui.checkbox(&mut has_target, words.target);
                if checkbox.changed() {
                    metric.target = has_target.then_some(metric.value);
                    *any = true;
                }
                if let Some(target) = &mut metric.target {
                    *any |= ui
                        .add(number(target, language))
                        .labelled_by(checkbox.id)
                        .changed();
                }
            });
            *any |= field(ui, words.source, &mut metric.source);
            if ui.small_button(words.remove_metric).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        metrics.remove(i);
        *any = true;
    }
    if ui.button(words.add_metric).clicked() {
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

/// A metric's value or target, with the decimal mark of `language`.
fn number(value: &mut f64, language: Language) -> DragValue<'_> {
    DragValue::new(value)
        .speed(0.1)
        .custom_formatter(move |value, decimals| {
            let number = egui::emath::format_with_decimals_in_range(value, decimals);
            crate::lang::with_decimal_mark(language, number)
        })
        .custom_parser(crate::lang::parse_decimal)
}

pub(super) fn comments_ui(ui: &mut Ui, comments: &mut Vec<Comment>, any: &mut bool) {
    let words = crate::ui::words(ui.ctx());
    ui.strong(words.comments);
    let mut remove = None;
    for (i, comment) in comments.iter_mut().enumerate() {
        ui.push_id(("comment", i), |ui| {
            ui.horizontal(|ui| {
                let author = egui::TextEdit::singleline(&mut comment.author)
                    .char_limit(MAX_TEXT_CHARS)
                    .desired_width(90.0)
                    .hint_text(words.author);
                let response = ui.add(author);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, words.comment_author)
                });
                *any |= response.changed();
                ui.label(egui::RichText::new(&comment.date).weak());
                if ui
                    .small_button("×")
                    .on_hover_text(words.remove_comment)
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
            text.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, words.comment)
            });
            *any |= text.changed();
        });
    }
    if let Some(i) = remove {
        comments.remove(i);
        *any = true;
    }
    if ui.button(words.add_comment).clicked() {
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
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    let mut options = vec![(None, words.not_a_moment.to_owned())];
    options.extend(MomentKind::ALL.map(|k| (Some(k), language.moment_kind(k).to_owned())));
    if combo(ui, words.moment_of_truth, &mut kind, &options) {
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
        if area(ui, words.why_it_matters, &mut note) {
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
    match picture_buttons_ui(ui, card.image.is_some(), Picture::Image) {
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
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    let text_label = if kind == LaneKind::Images {
        words.caption
    } else {
        words.text
    };
    let mut any = area(ui, text_label, &mut changed.text);
    any |= area(ui, words.description, &mut changed.description);
    if kind == LaneKind::Touchpoints {
        any |= channel_ui(ui, changed, language);
    }
    any |= field(ui, words.owner_or_department, &mut changed.owner);
    if kind == LaneKind::PainPoints {
        any |= level(ui, words.severity, &mut changed.severity);
    }
    if matches!(kind, LaneKind::Opportunities | LaneKind::Actions) {
        any |= level(ui, words.priority, &mut changed.priority);
    }
    any |= analysis_fields_ui(ui, kind, changed);
    let mut tags = changed.tags.join(", ");
    if field(ui, words.tags, &mut tags) {
        changed.tags = tags
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        any = true;
    }
    any
}

/// The fields the analysis reads: an opportunity's value and effort, the dot
/// votes, and whether the card is manual, repeated work with its hours a week;
/// true when one changed.
fn analysis_fields_ui(ui: &mut Ui, kind: LaneKind, changed: &mut Card) -> bool {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    let mut any = false;
    if kind == LaneKind::Opportunities {
        any |= level(ui, words.opportunity_value, &mut changed.value);
        any |= level(ui, words.effort, &mut changed.effort);
    }
    ui.horizontal(|ui| {
        let votes = ui.label(words.votes).id;
        any |= ui
            .add(DragValue::new(&mut changed.votes).range(0..=9999))
            .labelled_by(votes)
            .changed();
    });
    any |= ui
        .checkbox(&mut changed.manual_work, words.manual_work)
        .changed();
    if changed.manual_work {
        any |= hours_ui(ui, &mut changed.hours_per_week, language);
    }
    any
}

/// The hours a week manual work takes; 0 means not known. True when changed.
fn hours_ui(ui: &mut Ui, hours_per_week: &mut Option<f32>, language: Language) -> bool {
    let mut hours = f64::from(hours_per_week.unwrap_or(0.0));
    let changed = ui
        .horizontal(|ui| {
            let label = ui.label(language.words().hours_per_week).id;
            ui.add(number(&mut hours, language).range(0.0..=168.0))
                .labelled_by(label)
                .changed()
        })
        .inner;
    if changed {
        *hours_per_week = (hours > 0.0).then_some(hours as f32);
    }
    changed
}

/// A touchpoint's channel, built in or named by the user, and whether the
/// brand controls it; true when one changed.
fn channel_ui(ui: &mut Ui, changed: &mut Card, language: Language) -> bool {
    let words = language.words();
    let mut options: Vec<(Option<Channel>, String)> = vec![(None, "—".to_owned())];
    options.extend(Channel::BUILT_IN.map(|c| (Some(c.clone()), language.channel(&c).to_owned())));
    let custom = Channel::Custom(match &changed.channel {
        Some(Channel::Custom(name)) => name.clone(),
        _ => words.new_channel.to_owned(),
    });
    options.push((Some(custom), words.other_channel.to_owned()));
    let mut any = combo(ui, words.channel, &mut changed.channel, &options);
    if let Some(Channel::Custom(name)) = &mut changed.channel {
        any |= field(ui, words.channel_name, name);
    }
    any | ui
        .checkbox(&mut changed.brand_controlled, words.brand_controlled)
        .changed()
}

/// The links that leave the card, each a way to select it.
fn links_ui(ui: &mut Ui, map: &JourneyMap, card: CardId, selection: &mut Selection) {
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.strong(words.links_from_card);
    for link in map.links.iter().filter(|l| l.from == card) {
        let target = link
            .to
            .and_then(|to| map.card(to))
            .map_or(words.leaves_journey, |c| c.text.as_str());
        let kind = language.link_kind(link.kind);
        if ui.link(fill(words.link_to, &[&kind, &target])).clicked() {
            *selection = Selection::Link(link.id);
        }
    }
    ui.label(egui::RichText::new(words.link_hint).weak());
}
