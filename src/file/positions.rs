//! Finds where a value of the document stands in its RON text, so that problems
//! found after parsing (a dangling id, a score off the scale) still point at a
//! line and a column.

use std::collections::HashMap;

use super::lexer::{Lexer, Position, Token};

/// The start of every value in a RON text, by its path (`map.cards[3].stage`).
pub struct PositionIndex {
    starts: HashMap<String, Position>,
}

struct Frame {
    delimiter: char,
    index: usize,
    field: Option<String>,
}

impl PositionIndex {
    pub fn new(text: &str) -> Self {
        let tokens: Vec<(Token, Position)> = Lexer::new(text).collect();
        let mut starts = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let (token, position) = &tokens[i];
            let is_field_name = matches!(tokens.get(i + 1), Some((Token::Colon, _)));
            match token {
                Token::Ident(name) if is_field_name => {
                    if let Some(top) = stack.last_mut() {
                        top.field = Some(name.clone());
                    }
                    i += 1; // the colon
                }
                Token::Comma => {
                    if let Some(top) = stack.last_mut() {
                        top.index += 1;
                        top.field = None;
                    }
                }
                Token::Close(_) => {
                    stack.pop();
                }
                Token::Colon => {}
                Token::Open(_) | Token::Ident(_) | Token::Number(_) | Token::Literal => {
                    starts.entry(path_of(&stack)).or_insert(*position);
                    if let Token::Open(delimiter) = token {
                        stack.push(Frame {
                            delimiter: *delimiter,
                            index: 0,
                            field: None,
                        });
                    }
                }
            }
            i += 1;
        }
        Self { starts }
    }

    /// Where the value at `path` starts, or the nearest enclosing value that exists
    /// in the text (a missing field points at its struct).
    pub fn locate(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Some(position) = self.starts.get(path) {
                return *position;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return self.starts.get("").copied().unwrap_or(Position::START),
            }
        }
    }
}

fn path_of(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match (frame.delimiter, &frame.field) {
            ('[', _) => path.push_str(&format!("[{}]", frame.index)),
            (_, Some(field)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(field);
            }
            _ => {}
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "// header\n(\n    format_version: 1,\n    map: (\n        cards: [\n            (id: 1, text: \"a, [b]\"),\n            (\n                id: 2,\n                channel: Some(Custom(\"Kiosk\")),\n            ),\n        ],\n    ),\n)\n";

    #[test]
    fn finds_fields_inside_lists_of_structs() {
        let index = PositionIndex::new(TEXT);
        assert_eq!(
            index.locate("format_version"),
            Position {
                line: 3,
                column: 21
            }
        );
        assert_eq!(
            index.locate("map.cards[0].text"),
            Position {
                line: 6,
                column: 27
            }
        );
        assert_eq!(
            index.locate("map.cards[1].id"),
            Position {
                line: 8,
                column: 21
            }
        );
        assert_eq!(
            index.locate("map.cards[1].channel"),
            Position {
                line: 9,
                column: 26
            }
        );
    }

    #[test]
    fn a_missing_value_points_at_its_nearest_parent() {
        let index = PositionIndex::new(TEXT);
        assert_eq!(
            index.locate("map.cards[1].stage"),
            Position {
                line: 7,
                column: 13
            }
        );
        assert_eq!(
            index.locate("map.links[4].to"),
            Position {
                line: 4,
                column: 10
            }
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let index = PositionIndex::new("(é: \"ü\", next: 3)");
        assert_eq!(
            index.locate("next"),
            Position {
                line: 1,
                column: 16
            }
        );
    }
}
