//! Changes in words, one line each, as `parcours diff` prints them and the
//! compare mode lists them, in the interface's language:
//! `stage "Purchase": card "Advisor call" text "Advisor call" → "Advisor call-back"`,
//! `étape « Achat » : carte « Appel » text « Appel » → « Rappel »`.

use serde_json::Value;

use crate::lang::{FIELD_KEYS, Language, fill, with_decimal_mark};
use crate::model::{
    Anchor, Channel, ElementRef, JourneyMap, Level, LinkId, MapRef, MapType, PointId, StageId,
};

use super::changes::{Cell, Change, ChangeKind};
use super::curves::stage_of;

/// Values longer than this many characters are cut, with an ellipsis.
const MAX_VALUE_CHARS: usize = 80;

/// The lines that tell a change in `language`: one per changed field, one
/// otherwise. Elements are named as the old map has them, added ones as the
/// new map has them.
pub fn describe(
    change: &Change,
    old: &JourneyMap,
    new: &JourneyMap,
    language: Language,
) -> Vec<String> {
    let words = language.words();
    let (map, element) = match change.old {
        Some(element) => (old, element),
        None => (new, change.new.unwrap_or(ElementRef::Meta)),
    };
    let subject = element_in_words(map, element, language);
    match &change.what {
        ChangeKind::Added => vec![match lane_of(new, element, language) {
            Some(lane) => fill(words.change_added_in_lane, &[&subject, &lane]),
            None => fill(words.change_added, &[&subject]),
        }],
        ChangeKind::Removed => vec![fill(words.change_removed, &[&subject])],
        ChangeKind::Changed(fields) => fields
            .iter()
            .map(|f| {
                let before = field_value_in_words(&f.field, f.before.as_ref(), language);
                let after = field_value_in_words(&f.field, f.after.as_ref(), language);
                let field = field_in_words(&f.field, language);
                fill(words.change_field, &[&subject, &field, &before, &after])
            })
            .collect(),
        ChangeKind::Moved { from, to } => {
            let from = cell_in_words(old, from, language);
            let to = cell_in_words(new, to, language);
            vec![fill(words.change_moved, &[&subject, &from, &to])]
        }
        ChangeKind::Reordered { from, to } => {
            let (from, to) = (from + 1, to + 1);
            vec![fill(words.change_reordered, &[&subject, &from, &to])]
        }
    }
}

/// A field's name in `language`: `map type`, `type de carte`; a field this
/// version does not know keeps the file's name.
pub fn field_in_words(field: &str, language: Language) -> String {
    match FIELD_KEYS.iter().position(|key| *key == field) {
        Some(index) => language.words().field_names[index].to_owned(),
        None => field.to_owned(),
    }
}

/// The value of `field` as a person reads it in `language`: a map type, a
/// severity, a priority or a channel by its name in `language` ("État
/// futur"), the map another improves on by its file name or id, and any other
/// value as [`value_in_words`] gives it.
pub fn field_value_in_words(field: &str, value: Option<&Value>, language: Language) -> String {
    let named = value.cloned().and_then(|value| match field {
        "map_type" => serde_json::from_value(value)
            .ok()
            .map(|t: MapType| language.map_type(t).to_owned()),
        "severity" | "priority" => serde_json::from_value(value)
            .ok()
            .map(|l: Level| language.level(l).to_owned()),
        "channel" => serde_json::from_value(value)
            .ok()
            .map(|c: Channel| language.channel(&c).to_owned()),
        "improves_on" => serde_json::from_value(value).ok().map(|r: MapRef| match r {
            MapRef::File(name) | MapRef::Id(name) => name,
        }),
        _ => None,
    });
    match named {
        Some(name) => fill(language.words().quoted, &[&shortened(&name)]),
        None => value_in_words(value, language),
    }
}

/// A value as a person reads it in `language`: text in quotes (cut when
/// long), numbers and names as they are, "(unset)" for a value not given.
pub fn value_in_words(value: Option<&Value>, language: Language) -> String {
    let words = language.words();
    let text = match value {
        None | Some(Value::Null) => return words.value_unset.to_owned(),
        Some(Value::String(text)) => {
            return fill(words.quoted, &[&shortened(&text.replace('\n', "⏎"))]);
        }
        Some(Value::Number(number)) => with_decimal_mark(language, number.to_string()),
        Some(other) => other.to_string(),
    };
    cut(&text)
}

/// An element as a person finds it on the map, in `language`: `stage
/// "Purchase": card "Advisor call"`, `persona "Léa"`, `lane "Touchpoints"`.
pub fn element_in_words(map: &JourneyMap, element: ElementRef, language: Language) -> String {
    let words = language.words();
    let name = name(map, element, language);
    match stage_around(map, element) {
        Some(stage) => fill(words.in_stage, &[&stage_name(map, stage, language), &name]),
        None => name,
    }
}

/// The kind of an element in `language`: "card", "carte"…
pub fn kind_in_words(element: ElementRef, language: Language) -> &'static str {
    let kinds = &language.words().element_kinds;
    let index = match element {
        ElementRef::Meta => 0,
        ElementRef::Scale => 1,
        ElementRef::Theme => 2,
        ElementRef::Persona(_) => 3,
        ElementRef::Stage(_) => 4,
        ElementRef::Step(_) => 5,
        ElementRef::Lane(_) => 6,
        ElementRef::Card(_) => 7,
        ElementRef::Curve(_) => 8,
        ElementRef::Point(_) => 9,
        ElementRef::Moment(_) => 10,
        ElementRef::Link(_) => 11,
    };
    kinds[index]
}

/// The stage that what sits in a stage is in: cards, steps, points; `None`
/// for a stage itself and for what belongs to the whole map.
pub fn stage_around(map: &JourneyMap, element: ElementRef) -> Option<StageId> {
    match element {
        ElementRef::Card(id) => map.card(id).map(|c| c.stage),
        ElementRef::Step(id) => map.stage_of_step(id).map(|s| s.id),
        ElementRef::Point(id) => map
            .curves
            .iter()
            .flat_map(|c| &c.points)
            .find(|p| p.id == id)
            .and_then(|p| stage_of(map, p.anchor)),
        _ => None,
    }
}

fn stage_name(map: &JourneyMap, id: StageId, language: Language) -> String {
    let name = map.stage(id).map(|s| s.name.as_str());
    named(ElementRef::Stage(id), name, language)
}

fn lane_of(map: &JourneyMap, element: ElementRef, language: Language) -> Option<String> {
    let ElementRef::Card(id) = element else {
        return None;
    };
    let lane = map.lane(map.card(id)?.lane)?;
    Some(named(
        ElementRef::Lane(lane.id),
        Some(&lane.title),
        language,
    ))
}

fn cell_in_words(map: &JourneyMap, cell: &Cell, language: Language) -> String {
    let lane = named(
        ElementRef::Lane(cell.lane),
        map.lane(cell.lane).map(|l| l.title.as_str()),
        language,
    );
    format!("{}, {lane}", stage_name(map, cell.stage, language))
}

/// `kind "name"`, or `kind id` when the element has no name to give.
fn named(element: ElementRef, name: Option<&str>, language: Language) -> String {
    let words = language.words();
    let kind = kind_in_words(element, language);
    match (name, element.id()) {
        (Some(name), _) => fill(words.named_element, &[&kind, &shortened(name)]),
        (None, Some(id)) => format!("{kind} {id}"),
        (None, None) => kind.to_owned(),
    }
}

/// An element as a person names it: `card "Advisor call"`, `persona "Léa"`.
fn name(map: &JourneyMap, element: ElementRef, language: Language) -> String {
    let words = language.words();
    let persona_name = |id| map.persona(id).map(|p| p.name.as_str());
    let card_text = |id| map.card(id).map(|c| c.text.as_str());
    let of_persona = |template: &str, persona: Option<&str>| match persona {
        Some(name) => fill(template, &[&shortened(name)]),
        None => named(element, None, language),
    };
    match element {
        ElementRef::Meta | ElementRef::Scale | ElementRef::Theme => named(element, None, language),
        ElementRef::Persona(id) => named(element, persona_name(id), language),
        ElementRef::Stage(id) => named(element, map.stage(id).map(|s| s.name.as_str()), language),
        ElementRef::Step(id) => {
            let step = map
                .stages
                .iter()
                .flat_map(|s| &s.steps)
                .find(|s| s.id == id);
            named(element, step.map(|s| s.name.as_str()), language)
        }
        ElementRef::Lane(id) => named(element, map.lane(id).map(|l| l.title.as_str()), language),
        ElementRef::Card(id) => named(element, card_text(id), language),
        ElementRef::Curve(id) => {
            let curve = map.curves.iter().find(|c| c.id == id);
            of_persona(
                words.emotion_curve_of,
                curve.and_then(|c| persona_name(c.persona)),
            )
        }
        ElementRef::Point(id) => point_name(map, id, language),
        ElementRef::Moment(id) => {
            let moment = map.moments.iter().find(|m| m.id == id);
            match moment.and_then(|m| card_text(m.card)) {
                Some(text) => fill(words.moment_on_card, &[&shortened(text)]),
                None => named(element, None, language),
            }
        }
        ElementRef::Link(id) => link_name(map, id, language),
    }
}

/// `emotion point of "Léa" on card "Advisor call"`.
fn point_name(map: &JourneyMap, id: PointId, language: Language) -> String {
    let words = language.words();
    let curve = map
        .curves
        .iter()
        .find(|c| c.points.iter().any(|p| p.id == id));
    let persona = curve.and_then(|c| map.persona(c.persona)).map_or_else(
        || named(ElementRef::Point(id), None, language),
        |p| fill(words.emotion_point_of, &[&shortened(&p.name)]),
    );
    let anchor = curve
        .and_then(|c| c.points.iter().find(|p| p.id == id))
        .map(|p| p.anchor);
    match anchor.and_then(|anchor| match anchor {
        Anchor::Card(card) => map.card(card),
        _ => None,
    }) {
        Some(card) => persona + &fill(words.on_card, &[&shortened(&card.text)]),
        None => persona,
    }
}

/// `link from card "Advisor call" to card "Quote"`.
fn link_name(map: &JourneyMap, id: LinkId, language: Language) -> String {
    let words = language.words();
    let Some(link) = map.links.iter().find(|l| l.id == id) else {
        return named(ElementRef::Link(id), None, language);
    };
    let card_text = |id| map.card(id).map(|c| c.text.as_str());
    let from = shortened(card_text(link.from).unwrap_or("?"));
    let to = link.to.and_then(card_text).map_or_else(
        || words.outside_journey.to_owned(),
        |to| fill(words.to_card, &[&shortened(to)]),
    );
    fill(words.link_between, &[&from, &to])
}

/// A name cut to one readable line.
fn shortened(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() <= MAX_VALUE_CHARS && line.len() == text.len() {
        return line.to_owned();
    }
    let cut: String = line.chars().take(MAX_VALUE_CHARS).collect();
    format!("{cut}…")
}

/// A value cut to [`MAX_VALUE_CHARS`], with an ellipsis.
fn cut(text: &str) -> String {
    if text.chars().count() <= MAX_VALUE_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX_VALUE_CHARS).collect();
    format!("{cut}…")
}
