//! A sheet as the imports see it, whatever file it came from: rows of text cells,
//! each row with the line (CSV) or row number (workbooks) it starts on, so that
//! every problem can be placed.

use crate::file::Diagnostic;

/// One row of a sheet, with its 1-based line; the first field is column 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The 1-based line (or row) the record starts on.
    pub line: usize,
    /// The cells' text, left to right.
    pub fields: Vec<String>,
}

impl Record {
    /// The cell of a 0-based column, empty past the end.
    pub fn cell(&self, column: usize) -> &str {
        self.fields.get(column).map_or("", |f| f.as_str())
    }

    /// The cells that hold something, with their 0-based column.
    pub fn filled(&self) -> impl Iterator<Item = (usize, &str)> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.trim().is_empty())
            .map(|(i, f)| (i, f.as_str()))
    }
}

/// A problem at a 0-based column of a record.
pub fn at(record: &Record, column: usize, message: impl Into<String>) -> Diagnostic {
    super::at(record.line, column, message)
}

/// At most this many problems are listed; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 20;

/// The first [`MAX_LISTED_PROBLEMS`] problems, then one line that counts the others.
pub fn listed(mut problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if problems.len() > MAX_LISTED_PROBLEMS {
        let more = problems.len() - MAX_LISTED_PROBLEMS;
        problems.truncate(MAX_LISTED_PROBLEMS);
        problems.push(Diagnostic {
            position: None,
            message: format!("and {more} more"),
        });
    }
    problems
}

/// What a cell starting with one of these characters would be taken for by a
/// spreadsheet: a formula (OWASP's CSV injection).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a spreadsheet would read a cell as a formula: it starts, after any
/// protecting apostrophes, with one of [`FORMULA_STARTS`] and is not a number.
fn looks_like_a_formula(value: &str) -> bool {
    let bare = value.trim_start_matches('\'');
    bare.starts_with(FORMULA_STARTS) && bare.replace(',', ".").parse::<f64>().is_err()
}

/// A cell a spreadsheet shows as text: one that would be a formula gets an
/// apostrophe in front, which [`unprotected`] takes off again.
pub fn protected(value: &str) -> String {
    if looks_like_a_formula(value) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// A cell as it was before [`protected`].
pub fn unprotected(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if looks_like_a_formula(value) => rest,
        _ => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_protected_and_read_back_unchanged() {
        for value in [
            "=HYPERLINK(\"http://x\")",
            "+33 6 12",
            "-rate",
            "@SUM(A1)",
            "\tindent",
            "'=already quoted",
            "''=twice",
            "plain",
            "-2",
            "+1",
            "-4,5",
            "'apostrophe",
        ] {
            let written = protected(value);
            assert_eq!(unprotected(&written), value, "{value}");
            let bare = written.trim_start_matches('\'');
            assert!(
                written.starts_with('\'') || !bare.starts_with(['=', '@', '\t']),
                "{written}"
            );
        }
        assert_eq!(protected("-2"), "-2", "numbers stay numbers");
        assert_eq!(protected("=1+1"), "'=1+1");
    }

    #[test]
    fn twenty_problems_are_listed_then_the_rest_counted() {
        let problems: Vec<Diagnostic> = (0..25)
            .map(|i| Diagnostic {
                position: None,
                message: format!("problem {i}"),
            })
            .collect();
        let listed = listed(problems);
        assert_eq!(listed.len(), 21);
        assert_eq!(listed[20].message, "and 5 more");
    }
}
