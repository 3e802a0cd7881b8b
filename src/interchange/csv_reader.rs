//! A CSV reader for what spreadsheets write: comma or semicolon separators,
//! quoted fields with separators, quotes and line breaks inside, CRLF or LF.

/// One record, with the 1-based line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Why the text is not CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// The separator of the header line: the one of `;` and `,` it uses most.
pub fn detect_separator(text: &str) -> char {
    let header = text.lines().next().unwrap_or_default();
    let count = |separator: char| header.chars().filter(|c| *c == separator).count();
    if count(';') > count(',') { ';' } else { ',' }
}

pub fn read(text: &str, separator: char) -> Result<Vec<Record>, CsvError> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut column) = (1, 1);
    let mut record_line = 1;
    let mut in_quotes = false;
    let mut quote_start = (1, 1);
    let mut field_started = false;
    while let Some(c) = chars.next() {
        let at = (line, column);
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    column += 1;
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\r' if chars.peek() == Some(&'\n') => {}
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if !field_started => {
                in_quotes = true;
                field_started = true;
                quote_start = at;
            }
            '"' => {
                return Err(CsvError {
                    line: at.0,
                    column: at.1,
                    message: "a quote in the middle of a field: put the whole field in quotes and double the quote (\"\")".to_owned(),
                });
            }
            c if c == separator => {
                fields.push(std::mem::take(&mut field));
                field_started = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                field_started = false;
                if fields.iter().any(|f| !f.is_empty()) {
                    records.push(Record {
                        line: record_line,
                        fields: std::mem::take(&mut fields),
                    });
                } else {
                    fields.clear();
                }
                record_line = line;
            }
            c => {
                field.push(c);
                field_started = true;
            }
        }
    }
    if in_quotes {
        return Err(CsvError {
            line: quote_start.0,
            column: quote_start.1,
            message: "this quoted field never ends: a closing quote is missing".to_owned(),
        });
    }
    fields.push(field);
    if fields.iter().any(|f| !f.is_empty()) {
        records.push(Record {
            line: record_line,
            fields,
        });
    }
    Ok(records)
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
        let records = read(text, ';').expect("valid CSV");
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
        let error = read("a,b\n1,\"never closed\n", ',').expect_err("broken");
        assert_eq!((error.line, error.column), (2, 3));
    }

    #[test]
    fn the_separator_is_the_one_the_header_uses_most() {
        assert_eq!(detect_separator("étape;texte;canal\n"), ';');
        assert_eq!(detect_separator("stage,text\n"), ',');
    }
}
