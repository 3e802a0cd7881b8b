//! The inputs the inspector is made of, each with an accessible name.

use egui::{ComboBox, Ui};

use crate::model::*;

/// The language of the words Parcours writes into `map`: its own.
pub(super) fn map_language(map: &JourneyMap) -> crate::lang::Language {
    crate::lang::Language::of_map(&map.meta.language)
}

/// The catalogue in the map's own language.
pub(super) fn map_words(map: &JourneyMap) -> &'static crate::lang::Words {
    map_language(map).words()
}

pub(super) fn field(ui: &mut Ui, label: &str, text: &mut String) -> bool {
    ui.label(label);
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .char_limit(MAX_TEXT_CHARS)
            .desired_width(f32::INFINITY),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    response.changed()
}

pub(super) fn area(ui: &mut Ui, label: &str, text: &mut String) -> bool {
    ui.label(label);
    let response = ui.add(
        egui::TextEdit::multiline(text)
            .char_limit(MAX_TEXT_CHARS)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    response.changed()
}

/// A list edited as lines of text.
pub(super) fn lines(ui: &mut Ui, label: &str, items: &mut Vec<String>) -> bool {
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

pub(super) fn combo<T: PartialEq + Clone>(
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

pub(super) fn level(ui: &mut Ui, label: &str, value: &mut Option<Level>) -> bool {
    let language = crate::ui::language(ui.ctx());
    let mut options = vec![(None, "—".to_owned())];
    options.extend(Level::ALL.map(|l| (Some(l), language.level(l).to_owned())));
    combo(ui, label, value, &options)
}

/// Which picture the buttons are about: a card's image or a persona's photo.
pub(super) enum Picture {
    /// An image card's picture.
    Image,
    /// A persona's photo.
    Photo,
}

/// What the picture buttons of a card or a persona asked for.
pub(super) enum PictureRequest {
    /// Choose a picture file (a new one or a replacement).
    Choose,
    Remove,
}

/// "Choose …" or "Replace …", and "Remove …" when there is a picture to remove.
pub(super) fn picture_buttons_ui(
    ui: &mut Ui,
    has_picture: bool,
    picture: Picture,
) -> Option<PictureRequest> {
    let words = crate::ui::words(ui.ctx());
    let [choose, replace, remove] = match picture {
        Picture::Image => [words.choose_image, words.replace_image, words.remove_image],
        Picture::Photo => [words.choose_photo, words.replace_photo, words.remove_photo],
    };
    let mut request = None;
    ui.horizontal(|ui| {
        if ui
            .button(if has_picture { replace } else { choose })
            .clicked()
        {
            request = Some(PictureRequest::Choose);
        }
        if has_picture && ui.button(remove).clicked() {
            request = Some(PictureRequest::Remove);
        }
    });
    request
}
