//! A persona's portrait.

use egui::Ui;

use super::Out;
use super::widgets::*;
use crate::edit::Edit;
use crate::model::*;
use crate::scene::ImageSource;
use crate::ui::selection::Selection;

pub(super) fn persona_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    persona: &Persona,
    selection: &mut Selection,
    out: &mut Out,
) {
    ui.heading("Persona");
    match picture_buttons_ui(ui, persona.photo.is_some(), "photo") {
        Some(PictureRequest::Choose) => {
            out.choose_image = Some(ImageSource::Persona(persona.id));
        }
        Some(PictureRequest::Remove) => out.once(Edit::SetPersona(Persona {
            photo: None,
            ..persona.clone()
        })),
        None => {}
    }
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
