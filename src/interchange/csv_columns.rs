//! The columns of a map's spreadsheet, in one table: their English and French
//! names in the order Parcours writes them, and the field of a row each holds.
//! Headers are read, written and explained from that table alone.

use super::text::fold;

/// The value of a card's row that a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
}

/// A column's field and the names a header gives it.
struct ColumnNames {
    field: Field,
    english: &'static str,
    /// `None` where French spreadsheets use the English word.
    french: Option<&'static str>,
}

/// Every column but the metrics, in the order Parcours writes them. Headers are
/// matched without case or accents; a French name makes the imported map French.
const COLUMNS: [ColumnNames; 10] = [
    ColumnNames::new(Field::Stage, "stage", Some("étape")),
    ColumnNames::new(Field::Step, "step", Some("sous-étape")),
    ColumnNames::new(Field::Lane, "lane", Some("ligne")),
    ColumnNames::new(Field::Text, "text", Some("texte")),
    ColumnNames::new(Field::Channel, "channel", Some("canal")),
    ColumnNames::new(Field::Score, "score", Some("émotion")),
    ColumnNames::new(Field::Persona, "persona", None),
    ColumnNames::new(Field::Moment, "moment", None),
    ColumnNames::new(Field::Owner, "owner", Some("responsable")),
    ColumnNames::new(Field::Description, "description", None),
];

impl ColumnNames {
    /// A row of the table.
    const fn new(field: Field, english: &'static str, french: Option<&'static str>) -> Self {
        Self {
            field,
            english,
            french,
        }
    }
}

/// A metric's column is named `metric:NAME`, after the metric, after the others.
const METRIC_PREFIX: &str = "metric:";

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
    /// The column a header's name stands for, and whether the name is French.
    pub fn named(name: &str) -> Option<(Column, bool)> {
        let folded = fold(name);
        if folded.starts_with(METRIC_PREFIX) {
            let metric_name = name.split_once(':').map_or("", |(_, metric)| metric.trim());
            return Some((Column::Metric(metric_name.to_owned()), false));
        }
        if folded.is_empty() {
            return Some((Column::Empty, false));
        }
        COLUMNS.iter().find_map(|column| {
            if fold(column.english) == folded {
                Some((Column::Field(column.field), false))
            } else if column.french.is_some_and(|french| fold(french) == folded) {
                Some((Column::Field(column.field), true))
            } else {
                None
            }
        })
    }
}

/// Every column's names, for messages: `stage, step, …, metric:NAME (in French:
/// étape, …)`.
pub fn column_names() -> String {
    let english: Vec<&str> = COLUMNS.iter().map(|column| column.english).collect();
    let french: Vec<&str> = COLUMNS.iter().filter_map(|column| column.french).collect();
    format!(
        "{}, {METRIC_PREFIX}NAME (in French: {})",
        english.join(", "),
        french.join(", ")
    )
}

/// The names of one field's column, for messages: `"stage" or "étape"`.
pub fn names_of(field: Field) -> String {
    COLUMNS
        .iter()
        .filter(|column| column.field == field)
        .flat_map(|column| std::iter::once(column.english).chain(column.french))
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// The header Parcours writes: every column, then one for each metric.
pub fn header(metric_names: &[&str]) -> Vec<String> {
    let fields = COLUMNS.iter().map(|column| column.english.to_owned());
    let metrics = metric_names
        .iter()
        .map(|name| format!("{METRIC_PREFIX}{name}"));
    fields.chain(metrics).collect()
}

/// One row Parcours writes, a value for each column; empty values are left empty.
#[derive(Clone, Debug, Default)]
pub struct Row {
    pub stage: String,
    pub step: String,
    pub lane: String,
    pub text: String,
    pub channel: String,
    pub score: String,
    pub persona: String,
    pub moment: String,
    pub owner: String,
    pub description: String,
    /// The values of the metric columns in the header's order; those past the
    /// end are empty.
    pub metrics: Vec<String>,
}

impl Row {
    /// The value this row has for a column's field.
    fn value(&self, field: Field) -> &str {
        match field {
            Field::Stage => &self.stage,
            Field::Step => &self.step,
            Field::Lane => &self.lane,
            Field::Text => &self.text,
            Field::Channel => &self.channel,
            Field::Score => &self.score,
            Field::Persona => &self.persona,
            Field::Moment => &self.moment,
            Field::Owner => &self.owner,
            Field::Description => &self.description,
        }
    }

    /// The row's values in the order of the header with `metric_count` metrics.
    pub fn values(&self, metric_count: usize) -> impl Iterator<Item = &str> {
        let fields = COLUMNS.iter().map(|column| self.value(column.field));
        let metrics = (0..metric_count).map(|i| self.metrics.get(i).map_or("", String::as_str));
        fields.chain(metrics)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_found_in_english_and_french_without_case_or_accents() {
        assert_eq!(
            Column::named(" Étape "),
            Some((Column::Field(Field::Stage), true))
        );
        assert_eq!(
            Column::named("Emotion"),
            Some((Column::Field(Field::Score), true))
        );
        assert_eq!(
            Column::named("Persona"),
            Some((Column::Field(Field::Persona), false))
        );
        assert_eq!(
            Column::named("Metric: NPS"),
            Some((Column::Metric("NPS".to_owned()), false))
        );
        assert_eq!(Column::named("colour"), None);
    }

    #[test]
    fn a_written_header_reads_back_as_the_same_columns() {
        let header = header(&["NPS"]);
        let columns: Vec<Column> = header
            .iter()
            .filter_map(|name| Column::named(name).map(|(column, _)| column))
            .collect();
        let mut expected: Vec<Column> = COLUMNS.iter().map(|c| Column::Field(c.field)).collect();
        expected.push(Column::Metric("NPS".to_owned()));
        assert_eq!(columns, expected);
    }
}
