//! The block above a spreadsheet's cards that says what the map is about: one
//! row per map field (`title;Home insurance renewal`), then a table of the
//! personas. Parcours writes it so that a round trip keeps what only the map
//! knows; a sheet without it imports as before.

use base64::Engine;

use super::names;
use super::sheet::{Record, at};
use super::text::fold;
use crate::file::Diagnostic;
use crate::model::*;

/// A map field of the block: its English and French key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Title,
    Id,
    Language,
    Scenario,
    Goals,
    Channels,
    Owner,
    Date,
    MapType,
    Scale,
}

/// Every key, with its English and French names, in the order Parcours writes them.
const KEYS: [(Key, &str, &str); 10] = [
    (Key::Title, "title", "titre"),
    (Key::Id, "id", "identifiant"),
    (Key::Language, "language", "langue"),
    (Key::Scenario, "scenario", "scénario"),
    (Key::Goals, "goals", "objectifs"),
    (Key::Channels, "channels", "canaux"),
    (Key::Owner, "owner", "responsable"),
    (Key::Date, "date", "date"),
    (Key::MapType, "map type", "type de carte"),
    (Key::Scale, "scale", "échelle"),
];

impl Key {
    /// The key a block row's first cell names.
    fn named(name: &str) -> Option<Key> {
        let folded = fold(name);
        KEYS.iter()
            .find(|(_, english, french)| fold(english) == folded || fold(french) == folded)
            .map(|(key, _, _)| *key)
    }
}

/// A persona field of the block's persona table.
type PersonaText = (&'static str, &'static str, fn(&mut Persona) -> &mut String);
type PersonaList = (
    &'static str,
    &'static str,
    fn(&mut Persona) -> &mut Vec<String>,
);

/// The persona table's text columns after the name and colour.
const PERSONA_TEXTS: [PersonaText; 6] = [
    ("age", "âge", |p| &mut p.age),
    ("gender", "genre", |p| &mut p.gender),
    ("income", "revenu", |p| &mut p.income),
    ("job title", "métier", |p| &mut p.job_title),
    ("quote", "citation", |p| &mut p.quote),
    ("backstory", "histoire", |p| &mut p.backstory),
];

/// The persona table's list columns, one entry a line in a cell.
const PERSONA_LISTS: [PersonaList; 8] = [
    ("goals", "objectifs", |p| &mut p.goals),
    ("needs", "besoins", |p| &mut p.needs),
    ("expectations", "attentes", |p| &mut p.expectations),
    ("motivations", "motivations", |p| &mut p.motivations),
    ("interests", "centres d'intérêt", |p| &mut p.interests),
    ("desires", "désirs", |p| &mut p.desires),
    ("frustrations", "frustrations", |p| &mut p.frustrations),
    ("influences", "influences", |p| &mut p.influences),
];

/// What the block of a sheet says.
#[derive(Debug, Default)]
pub struct About {
    /// The map's fields, with the scale; ids are given when the map is built.
    pub meta: MapMeta,
    /// Whether the block named a language.
    pub has_language: bool,
    /// The scale, when the block gives one.
    pub scale: Option<EmotionScale>,
    /// The personas, their ids to be given.
    pub personas: Vec<Persona>,
}

/// Reads the block at the top of `records`: the About and how many records it took.
pub fn read(records: &[Record]) -> Result<(About, usize), Vec<Diagnostic>> {
    let mut about = About::default();
    let mut problems = Vec::new();
    let mut taken = 0;
    while let Some(record) = records.get(taken) {
        if let Some(key) = Key::named(record.cell(0)).filter(|_| !is_a_header(record)) {
            if let Err(problem) = about.set(key, record) {
                problems.push(problem);
            }
            taken += 1;
        } else if is_persona_header(record) {
            let rows = records[taken + 1..]
                .iter()
                .take_while(|r| !is_a_header(r) && Key::named(r.cell(0)).is_none())
                .count();
            for row in &records[taken + 1..taken + 1 + rows] {
                match persona(record, row) {
                    Ok(persona) => about.personas.push(persona),
                    Err(problem) => problems.push(problem),
                }
            }
            taken += 1 + rows;
        } else {
            break;
        }
    }
    if problems.is_empty() {
        Ok((about, taken))
    } else {
        Err(problems)
    }
}

/// Whether a row names two columns of the cards or more: the cards' header,
/// not a row of the block.
fn is_a_header(record: &Record) -> bool {
    record
        .filled()
        .filter(|(_, name)| super::csv_columns::Column::named(name).is_some())
        .count()
        >= 2
        && !is_persona_header(record)
}

/// The persona table's header: `persona`, then `colour`.
fn is_persona_header(record: &Record) -> bool {
    fold(record.cell(0)) == "persona"
        && matches!(fold(record.cell(1)).as_str(), "colour" | "couleur")
}

impl About {
    /// Takes a map field's row.
    fn set(&mut self, key: Key, record: &Record) -> Result<(), Diagnostic> {
        let value = record.cell(1).trim().to_owned();
        let meta = &mut self.meta;
        match key {
            Key::Title => meta.title = value,
            Key::Id => meta.id = value,
            Key::Language => {
                self.has_language = !value.is_empty();
                meta.language = value;
            }
            Key::Scenario => meta.scenario = value,
            Key::Goals => meta.goals = lines(&value),
            Key::Channels => {
                meta.channels = lines(&value).iter().map(|c| names::channel(c)).collect()
            }
            Key::Owner => meta.owner = value,
            Key::Date => meta.date = value,
            Key::MapType => {
                meta.map_type = names::map_type_named(&value).ok_or_else(|| {
                    at(
                        record,
                        1,
                        format!("\"{value}\" is not a map type: write {}", map_types()),
                    )
                })?;
            }
            Key::Scale => self.scale = Some(scale(record)?),
        }
        Ok(())
    }
}

/// The map types, for messages.
fn map_types() -> String {
    MapType::ALL.map(|t| t.label()).join(", ")
}

/// `scale;-2;2`: the lowest and highest scores.
fn scale(record: &Record) -> Result<EmotionScale, Diagnostic> {
    let number = |column: usize| record.cell(column).trim().parse::<i32>().ok();
    let limit = EmotionScale::LIMIT;
    match (number(1), number(2)) {
        (Some(min), Some(max)) if -limit <= min && min < max && max <= limit => {
            Ok(EmotionScale { min, max })
        }
        _ => Err(at(
            record,
            1,
            format!(
                "a scale is two whole numbers, the lowest then the highest, from -{limit} to {limit}"
            ),
        )),
    }
}

/// A cell's lines, each trimmed, empty ones left out.
fn lines(value: &str) -> Vec<String> {
    value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A persona from its row, the columns named by `header`.
fn persona(header: &Record, row: &Record) -> Result<Persona, Diagnostic> {
    let name = row.cell(0).trim();
    let color = Color::from_hex(row.cell(1).trim()).ok_or_else(|| {
        at(
            row,
            1,
            format!(
                "\"{}\" is not a colour: write it as #RRGGBB",
                row.cell(1).trim()
            ),
        )
    })?;
    let mut persona = Persona::new(PersonaId(0), name, color);
    for (column, title) in header.fields.iter().enumerate().skip(2) {
        let value = row.cell(column).trim();
        let folded = fold(title);
        let named = |english: &str, french: &str| fold(english) == folded || fold(french) == folded;
        if named("preferred channels", "canaux préférés") {
            persona.preferred_channels = lines(value).iter().map(|c| names::channel(c)).collect();
        } else if named("portrait", "portrait") {
            persona.photo = portrait(value).map_err(|message| at(row, column, message))?;
        } else if let Some((_, _, field)) = PERSONA_TEXTS.iter().find(|(e, f, _)| named(e, f)) {
            *field(&mut persona) = value.to_owned();
        } else if let Some((_, _, field)) = PERSONA_LISTS.iter().find(|(e, f, _)| named(e, f)) {
            *field(&mut persona) = lines(value);
        } else {
            return Err(at(
                header,
                column,
                format!("unknown persona column \"{}\"", title.trim()),
            ));
        }
    }
    Ok(persona)
}

/// A portrait written as a `data:image/png;base64,…` address; empty for none.
fn portrait(value: &str) -> Result<Option<EmbeddedImage>, String> {
    if value.is_empty() {
        return Ok(None);
    }
    let (format, data) = if let Some(data) = value.strip_prefix("data:image/png;base64,") {
        (ImageFormat::Png, data)
    } else if let Some(data) = value.strip_prefix("data:image/jpeg;base64,") {
        (ImageFormat::Jpeg, data)
    } else {
        return Err(
            "a portrait is written as data:image/png;base64,… or data:image/jpeg;base64,…"
                .to_owned(),
        );
    };
    let data = base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .map_err(|_| "this portrait is not valid base64".to_owned())?;
    Ok(Some(EmbeddedImage { format, data }))
}

/// The block Parcours writes for a map, in its language: its map fields, then
/// its personas.
pub fn rows(map: &JourneyMap, french: bool) -> Vec<Vec<String>> {
    let mut rows = map_rows(map, french);
    rows.extend(persona_rows(map, french));
    rows
}

/// One row per map field that is set: its key, then its value.
pub fn map_rows(map: &JourneyMap, french: bool) -> Vec<Vec<String>> {
    let name = |english: &'static str, french_name: &'static str| {
        if french { french_name } else { english }.to_owned()
    };
    let meta = &map.meta;
    let channels: Vec<String> = meta
        .channels
        .iter()
        .map(|c| names::channel_word(c, french))
        .collect();
    let values = [
        meta.title.clone(),
        meta.id.clone(),
        meta.language.clone(),
        meta.scenario.clone(),
        meta.goals.join("\n"),
        channels.join("\n"),
        meta.owner.clone(),
        meta.date.clone(),
        names::map_type_word(meta.map_type, french).to_owned(),
    ];
    let mut rows: Vec<Vec<String>> = KEYS
        .iter()
        .zip(values)
        .filter(|(_, value)| !value.is_empty())
        .map(|((_, english, french_name), value)| vec![name(english, french_name), value])
        .collect();
    if map.scale != EmotionScale::default() {
        rows.push(vec![
            name("scale", "échelle"),
            map.scale.min.to_string(),
            map.scale.max.to_string(),
        ]);
    }
    rows
}

/// The persona table, header first; nothing when the map has no persona.
pub fn persona_rows(map: &JourneyMap, french: bool) -> Vec<Vec<String>> {
    if map.personas.is_empty() {
        return Vec::new();
    }
    std::iter::once(persona_header(french))
        .chain(map.personas.iter().map(|p| persona_row(p, french)))
        .collect()
}

/// The persona table's header, in English or French.
fn persona_header(french: bool) -> Vec<String> {
    let pick =
        |english: &str, french_name: &str| if french { french_name } else { english }.to_owned();
    let mut header = vec![pick("persona", "persona"), pick("colour", "couleur")];
    header.extend(PERSONA_TEXTS.iter().map(|(e, f, _)| pick(e, f)));
    header.extend(PERSONA_LISTS.iter().map(|(e, f, _)| pick(e, f)));
    header.push(pick("preferred channels", "canaux préférés"));
    header.push(pick("portrait", "portrait"));
    header
}

/// A persona's row under [`persona_header`].
fn persona_row(persona: &Persona, french: bool) -> Vec<String> {
    let mut copy = persona.clone();
    let mut row = vec![persona.name.clone(), persona.color.to_hex()];
    row.extend(
        PERSONA_TEXTS
            .iter()
            .map(|(_, _, field)| field(&mut copy).clone()),
    );
    row.extend(
        PERSONA_LISTS
            .iter()
            .map(|(_, _, field)| field(&mut copy).join("\n")),
    );
    let channels: Vec<String> = persona
        .preferred_channels
        .iter()
        .map(|c| names::channel_word(c, french))
        .collect();
    row.push(channels.join("\n"));
    row.push(persona.photo.as_ref().map_or(String::new(), |photo| {
        let kind = match photo.format {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpeg",
        };
        format!(
            "data:image/{kind};base64,{}",
            base64::engine::general_purpose::STANDARD.encode(&photo.data)
        )
    }));
    row
}
