//! The columns of a map's spreadsheet, in one table: their English and French
//! names in the order Parcours writes them, and the field of a row each holds.
//! Headers are read, written and explained from that table alone.

use std::collections::HashMap;

use super::text::fold;

/// The value of a card's row that a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Stage,
    Step,
    Lane,
    Text,
    Channel,
    Score,
    Persona,
    Moment,
    Owner,
    Description,
    Severity,
    Priority,
    Value,
    Effort,
    Votes,
    ManualWork,
    HoursPerWeek,
    BrandControlled,
    Tags,
    Reason,
    MomentNote,
    Duration,
    Colour,
    LaneKind,
}

/// The language a header's words are in, as far as they tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    /// Only English spreadsheets use this name.
    English,
    /// Only French spreadsheets use this name.
    French,
    /// Both use it ("persona", "description", "emotion"): it tells nothing.
    Either,
}

/// A column's field and the names a header gives it.
struct ColumnNames {
    field: Field,
    english: &'static str,
    french: &'static str,
    /// Other names read, never written, with the language they tell.
    aliases: &'static [(&'static str, Words)],
}

/// Every column but the metrics, in the order Parcours writes them. Headers are
/// matched without case or accents.
const COLUMNS: [ColumnNames; 24] = [
    ColumnNames::new(Field::Stage, "stage", "étape", &[("phase", Words::Either)]),
    ColumnNames::new(Field::Step, "step", "sous-étape", &[]),
    ColumnNames::new(Field::Lane, "lane", "ligne", &[]),
    ColumnNames::new(Field::Text, "text", "texte", &[]),
    ColumnNames::new(Field::Channel, "channel", "canal", &[]),
    ColumnNames::new(
        Field::Score,
        "score",
        "émotion",
        &[("emotion", Words::Either)],
    ),
    ColumnNames::new(Field::Persona, "persona", "persona", &[]),
    ColumnNames::new(Field::Moment, "moment", "moment", &[]),
    ColumnNames::new(Field::Owner, "owner", "responsable", &[]),
    ColumnNames::new(Field::Description, "description", "description", &[]),
    ColumnNames::new(Field::Severity, "severity", "gravité", &[]),
    ColumnNames::new(Field::Priority, "priority", "priorité", &[]),
    ColumnNames::new(Field::Value, "value", "valeur", &[]),
    ColumnNames::new(Field::Effort, "effort", "effort", &[]),
    ColumnNames::new(Field::Votes, "votes", "votes", &[]),
    ColumnNames::new(Field::ManualWork, "manual work", "travail manuel", &[]),
    ColumnNames::new(
        Field::HoursPerWeek,
        "hours a week",
        "heures par semaine",
        &[],
    ),
    ColumnNames::new(
        Field::BrandControlled,
        "brand controlled",
        "maîtrisé par la marque",
        &[],
    ),
    ColumnNames::new(Field::Tags, "tags", "étiquettes", &[]),
    ColumnNames::new(Field::Reason, "reason", "raison", &[]),
    ColumnNames::new(Field::MomentNote, "moment note", "note du moment", &[]),
    ColumnNames::new(Field::Duration, "duration", "durée", &[]),
    ColumnNames::new(
        Field::Colour,
        "colour",
        "couleur",
        &[("color", Words::English)],
    ),
    ColumnNames::new(Field::LaneKind, "lane kind", "type de ligne", &[]),
];

/// The columns every export writes, even when no row fills them.
const ALWAYS_WRITTEN: usize = 10;

impl ColumnNames {
    /// A row of the table.
    const fn new(
        field: Field,
        english: &'static str,
        french: &'static str,
        aliases: &'static [(&'static str, Words)],
    ) -> Self {
        Self {
            field,
            english,
            french,
            aliases,
        }
    }

    /// The name written in a map of this language.
    fn name(&self, french: bool) -> &'static str {
        if french { self.french } else { self.english }
    }

    /// What the name tells of the language, when it is this column's: a French
    /// name written with its accents is French, an alias says what it says.
    fn matches(&self, name: &str, folded: &str) -> Option<Words> {
        let accented = !self.french.is_ascii() && name.trim().to_lowercase() == self.french;
        if accented && self.french != self.english {
            return Some(Words::French);
        }
        if let Some((_, words)) = self.aliases.iter().find(|(alias, _)| fold(alias) == folded) {
            return Some(*words);
        }
        let english = fold(self.english) == folded;
        let french = fold(self.french) == folded;
        match (english, french) {
            (true, true) => Some(Words::Either),
            (true, false) => Some(Words::English),
            (false, true) => Some(Words::French),
            (false, false) => None,
        }
    }
}

/// A metric's column is named `metric:NAME` (`indicateur:NAME` in French),
/// after the metric, after the others.
const METRIC_PREFIXES: [(&str, Words); 2] =
    [("metric:", Words::English), ("indicateur:", Words::French)];

/// What a column of a header holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Column {
    Field(Field),
    /// The values of the metric of this name.
    Metric(String),
    /// A column with no name and no values, as spreadsheets leave at the end.
    Empty,
}

impl Column {
    /// The column a header's name stands for, and what the name tells of the
    /// header's language.
    pub fn named(name: &str) -> Option<(Column, Words)> {
        let folded = fold(name);
        for (prefix, words) in METRIC_PREFIXES {
            if folded.starts_with(prefix) {
                let metric_name = name.split_once(':').map_or("", |(_, metric)| metric.trim());
                return Some((Column::Metric(metric_name.to_owned()), words));
            }
        }
        if folded.is_empty() {
            return Some((Column::Empty, Words::Either));
        }
        COLUMNS.iter().find_map(|column| {
            column
                .matches(name, &folded)
                .map(|words| (Column::Field(column.field), words))
        })
    }
}

/// Whether a header's words are French: more French names than English ones.
/// A name both languages use counts for neither, so one "emotion" decides nothing.
pub fn header_is_french(words: &[Words]) -> bool {
    let count = |wanted: Words| words.iter().filter(|w| **w == wanted).count();
    count(Words::French) > count(Words::English)
}

/// Every column's names, for messages: `stage, step, …, metric:NAME (in French:
/// étape, …)`.
pub fn column_names() -> String {
    let english: Vec<&str> = COLUMNS.iter().map(|column| column.english).collect();
    let french: Vec<&str> = COLUMNS
        .iter()
        .filter(|column| column.french != column.english)
        .map(|column| column.french)
        .collect();
    format!(
        "{}, metric:NAME (in French: {}, indicateur:NAME)",
        english.join(", "),
        french.join(", ")
    )
}

/// The names of one field's column, for messages: `"stage" or "étape"`.
pub fn names_of(field: Field) -> String {
    COLUMNS
        .iter()
        .filter(|column| column.field == field)
        .flat_map(|column| [column.english, column.french])
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// One row Parcours writes: a value for some fields, and the metrics' values in
/// the order of the header's metric columns.
#[derive(Clone, Debug, Default)]
pub struct Row {
    values: HashMap<Field, String>,
    /// The values of the metric columns in the header's order; those past the
    /// end are empty.
    pub metrics: Vec<String>,
}

impl Row {
    /// A row with a value for each of these fields.
    pub fn with(values: impl IntoIterator<Item = (Field, String)>) -> Self {
        let mut row = Row::default();
        for (field, value) in values {
            row.set(field, value);
        }
        row
    }

    /// Sets a field's value; an empty value leaves the cell empty.
    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        let value = value.into();
        if !value.is_empty() {
            self.values.insert(field, value);
        }
    }

    /// The value this row has for a field.
    fn value(&self, field: Field) -> &str {
        self.values.get(&field).map_or("", String::as_str)
    }
}

/// The columns of a table of rows: the usual ones, then the others some row
/// fills, then the metrics.
pub struct Header {
    fields: Vec<Field>,
    metric_names: Vec<String>,
}

impl Header {
    /// The header that `rows` need.
    pub fn for_rows(rows: &[Row], metric_names: &[&str]) -> Self {
        let fields = COLUMNS
            .iter()
            .enumerate()
            .filter(|(i, column)| {
                *i < ALWAYS_WRITTEN || rows.iter().any(|row| !row.value(column.field).is_empty())
            })
            .map(|(_, column)| column.field)
            .collect();
        Self {
            fields,
            metric_names: metric_names.iter().map(|name| (*name).to_owned()).collect(),
        }
    }

    /// The names of the columns, in English or French.
    pub fn names(&self, french: bool) -> Vec<String> {
        let prefix = if french { "indicateur:" } else { "metric:" };
        let fields = self.fields.iter().filter_map(|field| {
            COLUMNS
                .iter()
                .find(|column| column.field == *field)
                .map(|column| column.name(french).to_owned())
        });
        let metrics = self
            .metric_names
            .iter()
            .map(|name| format!("{prefix}{name}"));
        fields.chain(metrics).collect()
    }

    /// A row's values in the order of the columns.
    pub fn values<'r>(&self, row: &'r Row) -> Vec<&'r str> {
        let fields = self.fields.iter().map(|field| row.value(*field));
        let metrics =
            (0..self.metric_names.len()).map(|i| row.metrics.get(i).map_or("", String::as_str));
        fields.chain(metrics).collect()
    }

    /// The 0-based column of a field, when the header has it.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.fields.iter().position(|f| *f == field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_found_in_english_and_french_without_case_or_accents() {
        assert_eq!(
            Column::named(" Étape "),
            Some((Column::Field(Field::Stage), Words::French))
        );
        assert_eq!(
            Column::named("Emotion"),
            Some((Column::Field(Field::Score), Words::Either))
        );
        assert_eq!(
            Column::named("Persona"),
            Some((Column::Field(Field::Persona), Words::Either))
        );
        assert_eq!(
            Column::named("Metric: NPS"),
            Some((Column::Metric("NPS".to_owned()), Words::English))
        );
        assert_eq!(
            Column::named("colour"),
            Some((Column::Field(Field::Colour), Words::English))
        );
        assert_eq!(Column::named("shade"), None);
    }

    #[test]
    fn one_ambiguous_word_does_not_make_a_header_french() {
        let words = |names: &[&str]| -> Vec<Words> {
            names
                .iter()
                .filter_map(|name| Column::named(name).map(|(_, words)| words))
                .collect()
        };
        assert!(!header_is_french(&words(&["Stage", "Text", "Emotion"])));
        assert!(!header_is_french(&words(&["Emotion", "Persona"])));
        assert!(header_is_french(&words(&["Étape", "Texte", "Emotion"])));
        assert!(header_is_french(&words(&["Émotion", "Persona"])));
    }

    #[test]
    fn a_written_header_reads_back_as_the_same_columns_in_both_languages() {
        let mut row = Row::with([(Field::Severity, "High".to_owned())]);
        row.metrics.push("3".to_owned());
        let header = Header::for_rows(&[row], &["NPS"]);
        for french in [false, true] {
            let columns: Vec<Column> = header
                .names(french)
                .iter()
                .filter_map(|name| Column::named(name).map(|(column, _)| column))
                .collect();
            let mut expected: Vec<Column> = COLUMNS[..ALWAYS_WRITTEN]
                .iter()
                .map(|c| Column::Field(c.field))
                .collect();
            expected.push(Column::Field(Field::Severity));
            expected.push(Column::Metric("NPS".to_owned()));
            assert_eq!(columns, expected);
        }
    }
}
