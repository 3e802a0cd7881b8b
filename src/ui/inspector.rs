//! The inspector: every field of the selected element. Each change comes back as
//! an edit, marked when typing or dragging made it: the app merges those of one
//! field into one undo step.

use egui::{ComboBox, DragValue, Ui};

use super::selection::Selection;
use crate::edit::Edit;
use crate::model::*;
use crate::scene::ImageSource;

/// An edit from the inspector.
pub struct InspectorEdit {
    pub edit: Edit,
    /// Made by typing or dragging a value: it may merge with the next edits of
    /// the same field. Otherwise (a button) it is its own undo step.
    pub merge: bool,
}

/// What the inspector asks of the app this frame.
#[derive(Default)]
pub struct InspectorOutput {
    pub edits: Vec<InspectorEdit>,
    /// The user wants to pick an image file for this card or persona.
    pub choose_image: Option<ImageSource>,
}

pub fn inspector_ui(ui: &mut Ui, map: &JourneyMap, selection: &mut Selection) -> InspectorOutput {
    let mut out = Out::default();
    egui::ScrollArea::vertical().show(ui, |ui| match selection.clone() {
        Selection::Map => map_ui(ui, map, selection, &mut out),
        Selection::Cards(cards) => match cards.as_slice() {
            [id] => match map.card(*id) {
                Some(card) => card_ui(ui, map, card, selection, &mut out),
                None => *selection = Selection::Map,
            },
            _ => {
                ui.heading(format!("{} cards", cards.len()));
                if ui.button("Delete them").clicked() {
                    out.once(Edit::DeleteCards(cards));
                    *selection = Selection::Map;
                }
            }
        },
        Selection::Stage(id) => match map.stage(id) {
            Some(stage) => stage_ui(ui, map, stage, selection, &mut out),
            None => *selection = Selection::Map,
        },
        Selection::Lane(id) => match map.lane(id) {
            Some(lane) => lane_ui(ui, map, lane, selection, &mut out),
            None => *selection = Selection::Map,
        },
        Selection::Point { curve, point } => {
            let found = map
                .curves
                .iter()
                .find(|c| c.id == curve)
                .and_then(|c| c.points.iter().find(|p| p.id == point).map(|p| (c, p)));
            match found {
                Some((curve, point)) => point_ui(ui, map, curve, point, selection, &mut out),
                None => *selection = Selection::Map,
            }
        }
        Selection::Link(id) => match map.links.iter().find(|l| l.id == id) {
            Some(link) => link_ui(ui, map, link, selection, &mut out),
            None => *selection = Selection::Map,
        },
        Selection::Persona(id) => match map.persona(id) {
            Some(persona) => persona_ui(ui, map, persona, selection, &mut out),
            None => *selection = Selection::Map,
        },
    });
    let edits = out
        .edits
        .into_iter()
        .map(|(edit, merge)| InspectorEdit { edit, merge })
        .collect();
    InspectorOutput {
        edits,
        choose_image: out.choose_image,
    }
}

#[derive(Default)]
struct Out {
    edits: Vec<(Edit, bool)>,
    choose_image: Option<ImageSource>,
}

impl Out {
    /// A change made by typing or dragging a value: merged while the field is edited.
    fn merged(&mut self, edit: Edit) {
        self.edits.push((edit, true));
    }

    /// A change made by a button: its own undo step.
    fn once(&mut self, edit: Edit) {
        self.edits.push((edit, false));
    }
}

fn field(ui: &mut Ui, label: &str, text: &mut String) -> bool {
    ui.label(label);
    let response = ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    response.changed()
}

fn area(ui: &mut Ui, label: &str, text: &mut String) -> bool {
    ui.label(label);
    let response = ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    response.changed()
}

/// A list edited as lines of text.
fn lines(ui: &mut Ui, label: &str, items: &mut Vec<String>) -> bool {
    let mut text = items.join("\n");
    let changed = area(ui, label, &mut text);
    if changed {
        *items = text
            .lines()
            .map(str::to_owned)
            .filter(|l| !l.trim().is_empty())
            .collect();
    }
    changed
}

fn combo<T: PartialEq + Clone>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    options: &[(T, String)],
) -> bool {
    let label_id = ui.label(label).id;
    let before = value.clone();
    let shown = options
        .iter()
        .find(|(v, _)| v == value)
        .map_or(String::new(), |(_, l)| l.clone());
    let combo = ComboBox::from_id_salt(label)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (option, text) in options {
                ui.selectable_value(value, option.clone(), text);
            }
        });
    combo.response.labelled_by(label_id);
    *value != before
}

fn color(ui: &mut Ui, label: &str, value: &mut Color) -> bool {
    let mut rgb = [value.r, value.g, value.b];
    let changed = ui
        .horizontal(|ui| {
            ui.label(label);
            let response = ui.color_edit_button_srgb(&mut rgb);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ColorWell, true, label));
            response.changed()
        })
        .inner;
    *value = Color::rgb(rgb[0], rgb[1], rgb[2]);
    changed
}

fn level(ui: &mut Ui, label: &str, value: &mut Option<Level>) -> bool {
    let mut options = vec![(None, "—".to_owned())];
    options.extend(Level::ALL.map(|l| (Some(l), l.label().to_owned())));
    combo(ui, label, value, &options)
}

fn card_ui(ui: &mut Ui, map: &JourneyMap, card: &Card, selection: &mut Selection, out: &mut Out) {
    let kind = map.lane(card.lane).map_or(LaneKind::FreeText, |l| l.kind);
    ui.heading("Card");
    let stage = map.stage(card.stage).map_or("", |s| s.name.as_str());
    let lane = map.lane(card.lane).map_or("", |l| l.title.as_str());
    ui.label(egui::RichText::new(format!("{lane} · {stage}")).weak());
    let mut changed = card.clone();
    if kind == LaneKind::Images || card.image.is_some() {
        ui.horizontal(|ui| {
            let label = if card.image.is_some() {
                "Replace image…"
            } else {
                "Choose image…"
            };
            if ui.button(label).clicked() {
                out.choose_image = Some(ImageSource::Card(card.id));
            }
            if card.image.is_some() && ui.button("Remove image").clicked() {
                out.once(Edit::ReplaceCard(Card {
                    image: None,
                    ..card.clone()
                }));
            }
        });
    }
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
    ui.strong("Links from this card");
    for link in map.links.iter().filter(|l| l.from == card.id) {
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
    ui.separator();
    if ui.button("Delete card").clicked() {
        out.once(Edit::DeleteCards(vec![card.id]));
        *selection = Selection::Map;
    }
}

fn metrics_ui(ui: &mut Ui, metrics: &mut Vec<Metric>, any: &mut bool) {
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
                    .add(egui::TextEdit::singleline(&mut metric.unit).desired_width(50.0))
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

fn comments_ui(ui: &mut Ui, comments: &mut Vec<Comment>, any: &mut bool) {
    ui.strong("Comments");
    let mut remove = None;
    for (i, comment) in comments.iter_mut().enumerate() {
        ui.push_id(("comment", i), |ui| {
            ui.horizontal(|ui| {
                let author = egui::TextEdit::singleline(&mut comment.author)
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

fn moment_ui(ui: &mut Ui, map: &JourneyMap, card: CardId, out: &mut Out) {
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

fn stage_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    stage: &Stage,
    selection: &mut Selection,
    out: &mut Out,
) {
    ui.heading("Stage");
    let mut changed = stage.clone();
    let mut any = field(ui, "Stage name", &mut changed.name);
    any |= area(ui, "Description", &mut changed.description);
    any |= field(ui, "Duration", &mut changed.duration);
    let mut own_color = changed.color.is_some();
    if ui.checkbox(&mut own_color, "Own colour").changed() {
        changed.color = own_color.then(|| map.stage_color(stage.id));
        any = true;
    }
    if let Some(stage_color) = &mut changed.color {
        any |= color(ui, "Colour", stage_color);
    }
    if changed.width.is_some() && ui.button("Automatic width").clicked() {
        changed.width = None;
        any = true;
    }
    ui.strong("Steps");
    let mut remove = None;
    for (i, step) in changed.steps.iter_mut().enumerate() {
        ui.push_id(("step", i), |ui| {
            ui.horizontal(|ui| {
                let response = ui.text_edit_singleline(&mut step.name);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Step name")
                });
                any |= response.changed();
                if ui.small_button("×").on_hover_text("Remove step").clicked() {
                    remove = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove {
        changed.steps.remove(i);
        any = true;
    }
    if ui.button("Add step").clicked() {
        let id = StepId(map.next_free_id());
        changed.steps.push(Step {
            id,
            name: format!("Step {}", changed.steps.len() + 1),
        });
        out.once(Edit::ReplaceStage(changed.clone()));
    } else if any {
        out.merged(Edit::ReplaceStage(changed));
    }
    ui.separator();
    let index = map.stage_index(stage.id).unwrap_or(0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new("Move left"))
            .clicked()
        {
            out.once(Edit::MoveStage {
                stage: stage.id,
                to_index: index - 1,
            });
        }
        if ui
            .add_enabled(
                index + 1 < map.stages.len(),
                egui::Button::new("Move right"),
            )
            .clicked()
        {
            out.once(Edit::MoveStage {
                stage: stage.id,
                to_index: index + 2,
            });
        }
    });
    if ui.button("Add a stage after").clicked() {
        let id = StageId(map.next_free_id());
        out.once(Edit::InsertStage {
            stage: Stage::new(id, "New stage"),
            index: index + 1,
        });
        *selection = Selection::Stage(id);
    }
    if ui.button("Remove stage and its cards").clicked() {
        out.once(Edit::RemoveStage(stage.id));
        *selection = Selection::Map;
    }
}

fn lane_ui(ui: &mut Ui, map: &JourneyMap, lane: &Lane, selection: &mut Selection, out: &mut Out) {
    ui.heading("Lane");
    ui.label(egui::RichText::new(format!("Kind: {}", lane.kind.label())).weak());
    let mut changed = lane.clone();
    let mut any = field(ui, "Lane title", &mut changed.title);
    any |= ui.checkbox(&mut changed.hidden, "Hidden").changed();
    if changed.height.is_some() && ui.button("Automatic height").clicked() {
        changed.height = None;
        any = true;
    }
    if any {
        out.merged(Edit::ReplaceLane(changed));
    }
    ui.separator();
    let index = map.lanes.iter().position(|l| l.id == lane.id).unwrap_or(0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new("Move up"))
            .clicked()
        {
            out.once(Edit::MoveLane {
                lane: lane.id,
                to_index: index - 1,
            });
        }
        if ui
            .add_enabled(index + 1 < map.lanes.len(), egui::Button::new("Move down"))
            .clicked()
        {
            out.once(Edit::MoveLane {
                lane: lane.id,
                to_index: index + 2,
            });
        }
    });
    add_lane_ui(ui, map, index + 1, selection, out);
    if ui.button("Remove lane and its cards").clicked() {
        out.once(Edit::RemoveLane(lane.id));
        *selection = Selection::Map;
    }
}

fn add_lane_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    index: usize,
    selection: &mut Selection,
    out: &mut Out,
) {
    ui.menu_button("Add a lane…", |ui| {
        for kind in LaneKind::ALL {
            if ui.button(kind.label()).clicked() {
                let id = LaneId(map.next_free_id());
                out.once(Edit::InsertLane {
                    lane: Lane::new(id, kind),
                    index,
                });
                *selection = Selection::Lane(id);
            }
        }
    });
}

fn point_ui(
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

fn link_ui(ui: &mut Ui, map: &JourneyMap, link: &Link, selection: &mut Selection, out: &mut Out) {
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

fn persona_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    persona: &Persona,
    selection: &mut Selection,
    out: &mut Out,
) {
    ui.heading("Persona");
    ui.horizontal(|ui| {
        let label = if persona.photo.is_some() {
            "Replace photo…"
        } else {
            "Choose photo…"
        };
        if ui.button(label).clicked() {
            out.choose_image = Some(ImageSource::Persona(persona.id));
        }
        if persona.photo.is_some() && ui.button("Remove photo").clicked() {
            out.once(Edit::SetPersona(Persona {
                photo: None,
                ..persona.clone()
            }));
        }
    });
    let mut changed = persona.clone();
    let mut any = field(ui, "Name", &mut changed.name);
    any |= color(ui, "Colour", &mut changed.color);
    for (label, value) in [
        ("Age", &mut changed.age),
        ("Gender", &mut changed.gender),
        ("Income", &mut changed.income),
        ("Job title", &mut changed.job_title),
        ("Quote", &mut changed.quote),
    ] {
        any |= field(ui, label, value);
    }
    any |= area(ui, "Backstory", &mut changed.backstory);
    for (label, list) in [
        ("Goals", &mut changed.goals),
        ("Needs", &mut changed.needs),
        ("Expectations", &mut changed.expectations),
        ("Motivations", &mut changed.motivations),
        ("Interests", &mut changed.interests),
        ("Desires", &mut changed.desires),
        ("Frustrations and problems", &mut changed.frustrations),
        ("Main influences", &mut changed.influences),
    ] {
        any |= lines(ui, label, list);
    }
    ui.collapsing("Preferred channels", |ui| {
        for channel in Channel::BUILT_IN {
            let mut on = changed.preferred_channels.contains(&channel);
            if ui.checkbox(&mut on, channel.label()).changed() {
                if on {
                    changed.preferred_channels.push(channel);
                } else {
                    changed.preferred_channels.retain(|c| *c != channel);
                }
                any = true;
            }
        }
    });
    if any {
        out.merged(Edit::SetPersona(changed));
    }
    if let Some(curve) = map.curves.iter().find(|c| c.persona == persona.id) {
        let mut shown = !curve.hidden;
        if ui.checkbox(&mut shown, "Show the emotion curve").changed() {
            out.once(Edit::SetCurveHidden {
                curve: curve.id,
                hidden: !shown,
            });
        }
    }
    if ui.button("Remove persona and curve").clicked() {
        out.once(Edit::RemovePersona(persona.id));
        *selection = Selection::Map;
    }
}

fn map_ui(ui: &mut Ui, map: &JourneyMap, selection: &mut Selection, out: &mut Out) {
    ui.heading("Map");
    let mut meta = map.meta.clone();
    let mut any = field(ui, "Title", &mut meta.title);
    any |= area(ui, "Scenario", &mut meta.scenario);
    any |= lines(ui, "Goals of the work", &mut meta.goals);
    any |= field(ui, "Owner", &mut meta.owner);
    any |= field(ui, "Date (YYYY-MM-DD)", &mut meta.date);
    any |= field(ui, "Language", &mut meta.language);
    if meta.map_type == MapType::FutureState {
        let mut improves = match &meta.improves_on {
            Some(MapRef::File(path)) => path.clone(),
            Some(MapRef::Id(id)) => id.clone(),
            None => String::new(),
        };
        if field(ui, "Improves on (file or map id)", &mut improves) {
            meta.improves_on = match improves.trim() {
                "" => None,
                text if text.ends_with(".ron") => Some(MapRef::File(text.to_owned())),
                text => Some(MapRef::Id(text.to_owned())),
            };
            any = true;
        }
    }
    if any {
        out.merged(Edit::SetMeta(meta));
    }
    let mut map_type = map.meta.map_type;
    let types: Vec<(MapType, String)> = MapType::ALL
        .iter()
        .map(|t| (*t, t.label().to_owned()))
        .collect();
    if combo(ui, "Map type", &mut map_type, &types) {
        out.once(Edit::SetMapType(map_type));
    }
    ui.collapsing("Channels in scope", |ui| {
        for channel in Channel::BUILT_IN {
            let mut on = map.meta.channels.contains(&channel);
            if ui.checkbox(&mut on, channel.label()).changed() {
                let mut meta = map.meta.clone();
                if on {
                    meta.channels.push(channel);
                } else {
                    meta.channels.retain(|c| *c != channel);
                }
                out.once(Edit::SetMeta(meta));
            }
        }
    });
    ui.separator();
    ui.strong("Emotion scale");
    let mut scale = map.scale;
    let limit = EmotionScale::LIMIT;
    let changed = ui
        .horizontal(|ui| {
            let from = ui.label("From").id;
            let low = ui
                .add(DragValue::new(&mut scale.min).range(-limit..=-1))
                .labelled_by(from)
                .changed();
            let to = ui.label("to").id;
            low | ui
                .add(DragValue::new(&mut scale.max).range(1..=limit))
                .labelled_by(to)
                .changed()
        })
        .inner;
    if changed {
        out.merged(Edit::SetScale(scale));
    }
    ui.separator();
    ui.strong("Theme");
    let mut theme = map.theme.clone();
    let mut any = color(ui, "Brand colour", &mut theme.brand);
    any |= color(ui, "Background", &mut theme.background);
    let size_text = format!("Text size {:.0} pt", theme.font_size);
    let size = egui::Slider::new(
        &mut theme.font_size,
        Theme::MIN_FONT_SIZE..=Theme::MAX_FONT_SIZE,
    )
    .step_by(1.0)
    .show_value(false)
    .text(size_text);
    any |= ui.add(size).changed();
    ui.label("Stage colours");
    ui.horizontal_wrapped(|ui| {
        for (i, swatch) in theme.palette.iter_mut().enumerate() {
            ui.push_id(("palette", i), |ui| {
                let mut rgb = [swatch.r, swatch.g, swatch.b];
                let response = ui.color_edit_button_srgb(&mut rgb);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ColorWell,
                        true,
                        format!("Stage colour {}", i + 1),
                    )
                });
                if response.changed() {
                    *swatch = Color::rgb(rgb[0], rgb[1], rgb[2]);
                    any = true;
                }
            });
        }
    });
    if any {
        out.merged(Edit::SetTheme(theme));
    }
    ui.separator();
    ui.strong("Personas");
    if ui.button("Add persona").clicked() {
        let id = PersonaId(map.next_free_id());
        let color = map.theme.palette_color(map.personas.len() + 4);
        out.once(Edit::SetPersona(Persona::new(
            id,
            format!("Persona {}", map.personas.len() + 1),
            color,
        )));
    }
    ui.strong("Stages and lanes");
    if ui.button("Add stage").clicked() {
        let id = StageId(map.next_free_id());
        out.once(Edit::InsertStage {
            stage: Stage::new(id, "New stage"),
            index: map.stages.len(),
        });
    }
    add_lane_ui(ui, map, map.lanes.len(), selection, out);
}
