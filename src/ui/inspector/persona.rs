//! A persona's portrait.

use egui::Ui;

use super::Out;
use super::colour::colour;
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
    let language = crate::ui::language(ui.ctx());
    let words = language.words();
    ui.heading(words.heading_persona);
    match picture_buttons_ui(ui, persona.photo.is_some(), Picture::Photo) {
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
    let mut any = field(ui, words.persona_name, &mut changed.name);
    any |= colour(ui, words.colour, &mut changed.color, &map.theme.palette);
    for (label, value) in [
        (words.age, &mut changed.age),
        (words.gender, &mut changed.gender),
        (words.income, &mut changed.income),
        (words.job_title, &mut changed.job_title),
        (words.quote, &mut changed.quote),
    ] {
        any |= field(ui, label, value);
    }
    any |= area(ui, words.backstory, &mut changed.backstory);
    for (label, list) in [
        (words.goals, &mut changed.goals),
        (words.needs, &mut changed.needs),
        (words.expectations, &mut changed.expectations),
        (words.motivations, &mut changed.motivations),
        (words.interests, &mut changed.interests),
        (words.desires, &mut changed.desires),
        (words.frustrations, &mut changed.frustrations),
        (words.influences, &mut changed.influences),
    ] {
        any |= lines(ui, label, list);
    }
    ui.collapsing(words.preferred_channels, |ui| {
        for channel in Channel::BUILT_IN {
            let mut on = changed.preferred_channels.contains(&channel);
            if ui.checkbox(&mut on, language.channel(&channel)).changed() {
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
        if ui.checkbox(&mut shown, words.show_curve).changed() {
            out.once(Edit::SetCurveHidden {
                curve: curve.id,
                hidden: !shown,
            });
        }
    }
    if ui.button(words.remove_persona).clicked() {
        out.once(Edit::RemovePersona(persona.id));
        *selection = Selection::Map;
    }
}
