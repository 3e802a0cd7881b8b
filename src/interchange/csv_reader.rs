//! Reading what spreadsheets write as CSV, with the `csv` crate: comma,
//! semicolon or tab separators, quoted fields with separators, quotes and line
//! breaks inside, CRLF or LF; an unclosed quote is found where it opens.

use super::progress::{ImportProgress, lines_in};
use super::sheet::Record;
use crate::file::{Diagnostic, Position};

/// Why the text is not CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// The 1-based line of the problem.
    pub line: usize,
    /// The 1-based column of the problem, in characters.
    pub column: usize,
    /// What is wrong, in a user's words.
    pub message: String,
}

/// The separators spreadsheets use, in the order a tie prefers them.
const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// The separator of the first lines: the one that appears on most of them,
/// then most often. A title with commas on a semicolon file's first line does
/// not fool it.
pub fn detect_separator(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(5)
        .collect();
    let score = |separator: u8| {
        let count = |line: &&str| line.bytes().filter(|b| *b == separator).count();
        let lines_with_it = lines.iter().filter(|l| count(l) > 0).count();
        (lines_with_it, lines.iter().map(count).sum::<usize>())
    };
    SEPARATORS
        .into_iter()
        .rev()
        .max_by_key(|separator| score(*separator))
        .unwrap_or(b',')
}

impl From<CsvError> for Diagnostic {
    fn from(error: CsvError) -> Self {
        Diagnostic {
            position: Some(Position {
                line: error.line,
                column: error.column,
            }),
            message: error.message,
        }
    }
}

/// The records of the text, empty lines left out, each with the line it starts
/// on; `progress` counts them and stops the reading when cancelled.
pub fn read(
    text: &str,
    separator: u8,
    progress: &ImportProgress,
) -> Result<Vec<Record>, Diagnostic> {
    progress.start_reading(lines_in(text));
    if let Some(error) = unclosed_quote(text, separator) {
        return Err(error.into());
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut lines = LineCounter::new(text);
    for result in reader.records() {
        let record = result.map_err(|error| CsvError {
            line: error.position().map_or(1, |p| p.line() as usize),
            column: 1,
            message: error.to_string(),
        })?;
        progress.row_read()?;
        let fields: Vec<String> = record.iter().map(|f| f.replace("\r\n", "\n")).collect();
        if fields.iter().any(|f| !f.is_empty()) {
            let start = record.position().map_or(0, |p| p.byte() as usize);
            records.push(Record {
                line: lines.line_at(start),
                fields,
            });
        }
    }
    progress.all_read(records.len());
    Ok(records)
}

/// The line of a record from the byte it starts at, counted once through the
/// text: the `csv` crate's own line count lags after a CRLF.
struct LineCounter<'t> {
    text: &'t [u8],
    offset: usize,
    line: usize,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> Self {
        Self {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The 1-based line of the first character at or after `start` that ends no
    /// line; records come in order, so the count only moves forward.
    fn line_at(&mut self, start: usize) -> usize {
        let mut start = start.max(self.offset);
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let end = start.min(self.text.len());
        self.line += self.text[self.offset..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.offset = end;
        self.line
    }
}

/// Where a quoted field opens that never closes, as line and column: the `csv`
/// crate would read the rest of the file into it without a word.
fn unclosed_quote(text: &str, separator: u8) -> Option<CsvError> {
    let (mut line, mut column) = (1, 1);
    let mut open_at = None;
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let here = (line, column);
        if c == '\n' {
            (line, column) = (line + 1, 1);
        } else {
            column += 1;
        }
        match (open_at, c) {
            (Some(_), '"') if chars.peek() == Some(&'"') => {
                chars.next();
                column += 1;
            }
            (Some(_), '"') => open_at = None,
            (Some(_), _) => {}
            (None, '"') if field_start => open_at = Some(here),
            (None, c) => field_start = c == '\n' || c == '\r' || c == char::from(separator),
        }
        if open_at.is_some() {
            field_start = false;
        }
    }
    open_at.map(|(line, column)| CsvError {
        line,
        column,
        message: "this quoted field never ends: a closing quote is missing".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(records: &[Record]) -> Vec<Vec<&str>> {
        records
            .iter()
            .map(|r| r.fields.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn quoted_fields_keep_separators_quotes_and_line_breaks() {
        let text = "stage;text\r\nAwareness;\"Sees \"\"the\"\" ad;\r\nthen waits\"\r\n\r\nPurchase;Buys\r\n";
        let records = read(text, b';', &ImportProgress::default()).expect("valid CSV");
        assert_eq!(
            fields(&records),
            [
                vec!["stage", "text"],
                vec!["Awareness", "Sees \"the\" ad;\nthen waits"],
                vec!["Purchase", "Buys"]
            ]
        );
        assert_eq!(
            records.iter().map(|r| r.line).collect::<Vec<_>>(),
            [1, 2, 5]
        );
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let progress = ImportProgress::default();
        let error = read("a,b\n1,\"never closed\n", b',', &progress).expect_err("broken");
        assert_eq!(error.position, Some(Position { line: 2, column: 3 }));
    }

    #[test]
    fn a_closed_quote_after_a_quote_inside_a_field_is_no_problem() {
        let progress = ImportProgress::default();
        let records = read("a,b\nsay \"hi\",\"x\"\"y\"\n", b',', &progress).expect("valid CSV");
        assert_eq!(fields(&records)[1], ["say \"hi\"", "x\"y"]);
    }

    #[test]
    fn the_separator_is_the_one_most_lines_use() {
        assert_eq!(detect_separator("étape;texte;canal\n"), b';');
        assert_eq!(detect_separator("stage,text\n"), b',');
        assert_eq!(
            detect_separator("titre;Relance, prospects, photo\nlangue;fr\nétape;texte\n"),
            b';'
        );
        assert_eq!(detect_separator("stage\ttext\n"), b'\t');
    }
}
