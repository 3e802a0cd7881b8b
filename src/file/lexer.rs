//! A forgiving tokenizer for RON text, enough to find where values start.
//! It never fails: the real parse reports syntax errors, this only locates things.

/// A 1-based line and column, the column counted in characters as RON does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The first character of a text.
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of the byte at `offset` in `text`.
    pub fn of_offset(text: &[u8], offset: usize) -> Position {
        let before = &text[..offset.min(text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        Position { line, column }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token {
    Open(char),
    Close(char),
    Comma,
    Colon,
    Ident(String),
    Number(String),
    /// A string or a char: a value with no inner structure.
    Literal,
}

pub struct Lexer<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    position: Position,
}

impl<'a> Lexer<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            chars: text.chars().peekable(),
            position: Position::START,
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.position.line += 1;
            self.position.column = 1;
        } else {
            self.position.column += 1;
        }
        Some(c)
    }

    fn bump_while(&mut self, keep: impl Fn(char) -> bool) -> String {
        let mut taken = String::new();
        while let Some(&c) = self.chars.peek() {
            if !keep(c) {
                break;
            }
            taken.push(c);
            self.bump();
        }
        taken
    }

    /// Skips white space and comments (RON's block comments nest).
    fn skip_trivia(&mut self) {
        loop {
            self.bump_while(char::is_whitespace);
            let mut ahead = self.chars.clone();
            match (ahead.next(), ahead.next()) {
                (Some('/'), Some('/')) => {
                    self.bump_while(|c| c != '\n');
                }
                (Some('/'), Some('*')) => {
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while depth > 0 {
                        match self.bump() {
                            None => return,
                            Some('*') if self.chars.peek() == Some(&'/') => {
                                self.bump();
                                depth -= 1;
                            }
                            Some('/') if self.chars.peek() == Some(&'*') => {
                                self.bump();
                                depth += 1;
                            }
                            Some(_) => {}
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// Skips a quoted literal whose opening quote was just read.
    fn skip_quoted(&mut self, quote: char) {
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                c if c == quote => return,
                _ => {}
            }
        }
    }

    /// Skips a raw string `r##"..."##` whose `r` was just read.
    fn skip_raw_string(&mut self) {
        let hashes = self.bump_while(|c| c == '#').len();
        self.bump(); // the opening quote
        while let Some(c) = self.bump() {
            if c == '"' {
                let mut closing = 0;
                while closing < hashes && self.chars.peek() == Some(&'#') {
                    self.bump();
                    closing += 1;
                }
                if closing == hashes {
                    return;
                }
            }
        }
    }

    /// Skips an attribute such as `#![enable(implicit_some)]`.
    fn skip_attribute(&mut self) {
        let mut depth = 0;
        while let Some(c) = self.bump() {
            match c {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = (Token, Position);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.skip_trivia();
            let start = self.position;
            let c = self.bump()?;
            let token = match c {
                '(' | '[' | '{' => Token::Open(c),
                ')' | ']' | '}' => Token::Close(c),
                ',' => Token::Comma,
                ':' => Token::Colon,
                '#' => {
                    self.skip_attribute();
                    continue;
                }
                '"' | '\'' => {
                    self.skip_quoted(c);
                    Token::Literal
                }
                'r' if matches!(self.chars.peek(), Some('"' | '#')) => {
                    self.skip_raw_string();
                    Token::Literal
                }
                'b' if matches!(self.chars.peek(), Some('"' | '\'')) => {
                    if let Some(quote) = self.bump() {
                        self.skip_quoted(quote);
                    }
                    Token::Literal
                }
                c if c.is_alphabetic() || c == '_' => {
                    let rest = self.bump_while(|c| c.is_alphanumeric() || c == '_');
                    Token::Ident(format!("{c}{rest}"))
                }
                c if c.is_ascii_digit() || matches!(c, '-' | '+' | '.') => {
                    let rest = self
                        .bump_while(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '+' | '-'));
                    Token::Number(format!("{c}{rest}"))
                }
                _ => Token::Literal,
            };
            return Some((token, start));
        }
    }
}
