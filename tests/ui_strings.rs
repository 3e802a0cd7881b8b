//! No user-visible word is written in `src/ui`: every one comes from the
//! language catalogue (`src/lang`), so none is left in one language only.
//! This reads the source of `src/ui` and fails on any string literal with a
//! letter in it, apart from identifiers egui and eframe need (widget ids,
//! storage keys), messages of `expect`, and the product's name.

use std::path::{Path, PathBuf};

/// What comes right before a literal that is an identifier or a programmer's
/// message, never shown to the user.
const NOT_SHOWN_AFTER: &[&str] = &[
    "Id::new(",
    "Id::new((",
    "Id::unique(",
    "Id::unique((",
    "Grid::new(",
    "id_salt(",
    "Panel::top(",
    "Panel::bottom(",
    "Panel::left(",
    "Panel::right(",
    "push_id((",
    // An id made from another.
    ".with(",
    "get_value(storage,",
    "set_value(storage,",
    "storage_dir(",
    "run_native(",
    ".expect(",
    "panic!(",
    // egui's own key names, replaced by what menus show.
    ".replace(",
    // A storage key.
    "KEY: &str =",
    // A file embedded in the binary.
    "include_bytes!(",
    "include_str!(",
    // An environment variable's name, read when running or when building.
    "var_os(",
    "env!(",
];

/// Words that are the same in every language.
const NAMES: &[&str] = &["Parcours", "NPS"];

/// Whether `text` is one lower-case token, such as a file extension (".ron",
/// "png"), a folder's name ("recovery") or a language code ("fr"): never a
/// sentence or a label.
fn is_token(text: &str) -> bool {
    let token = text.strip_prefix('.').unwrap_or(text);
    !token.is_empty()
        && token
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A string literal of the source, with the code before it on its line.
#[derive(Debug)]
struct Literal {
    line: usize,
    before: String,
    text: String,
}

/// The string literals of `source` up to its tests, skipping comments and
/// character literals.
fn literals(source: &str) -> Vec<Literal> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let (mut i, mut line, mut line_start) = (0, 1, 0);
    while i < chars.len() {
        match (chars[i], chars.get(i + 1).copied()) {
            ('\n', _) => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            ('/', Some('/')) => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ('\'', _) => i = after_char_literal(&chars, i),
            ('"', _) => {
                let end = string_end(&chars, i + 1);
                found.push(Literal {
                    line,
                    before: chars[line_start..i].iter().collect(),
                    text: chars[i + 1..end].iter().collect(),
                });
                line += chars[i..end].iter().filter(|c| **c == '\n').count();
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    found
}

/// The index of the closing quote of a string that starts at `i`.
fn string_end(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i] != '"' {
        i += if chars[i] == '\\' { 2 } else { 1 };
    }
    i.min(chars.len())
}

/// Past a character literal such as '"' or '\'', or past the quote of a lifetime.
fn after_char_literal(chars: &[char], i: usize) -> usize {
    match (chars.get(i + 1), chars.get(i + 2), chars.get(i + 3)) {
        (Some('\\'), _, _) => (i + 2..chars.len())
            .find(|j| chars[*j] == '\'')
            .map_or(chars.len(), |j| j + 1),
        (Some(_), Some('\''), _) => i + 3,
        _ => i + 1,
    }
}

/// Whether the user could read `literal`: it holds a letter outside its
/// `{}` places, and it is no identifier, code or name.
fn is_user_visible(literal: &Literal) -> bool {
    let before = literal.before.trim_end();
    if NOT_SHOWN_AFTER
        .iter()
        .any(|context| before.ends_with(context))
    {
        return false;
    }
    if is_token(&literal.text) {
        return false;
    }
    let mut text = without_escapes(&without_places(&literal.text));
    for name in NAMES {
        text = text.replace(name, "");
    }
    text.chars().any(char::is_alphabetic)
}

/// `text` without its format places: `{}`, `{name}`, `{:.0}`.
fn without_places(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `text` without its escapes: `\n`, `\"`, `\u{a0}`.
fn without_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

fn rust_files(folder: &Path, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(folder).expect("src/ui can be read");
    for entry in entries {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn no_word_of_the_interface_is_written_in_src_ui() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&ui, &mut files);
    assert!(files.len() > 20, "src/ui is read: {files:?}");
    let mut found = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("a source file");
        for literal in literals(&source).into_iter().filter(is_user_visible) {
            found.push(format!(
                "{}:{}: {:?}",
                file.display(),
                literal.line,
                literal.text
            ));
        }
    }
    assert!(
        found.is_empty(),
        "words to move into src/lang:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_words_and_lets_identifiers_through() {
    let source = r#"
        // ui.label("In a comment");
        let id = Id::unique("canvas-text-edit");
        let quote = '"';
        ui.label("Dismiss");
        ui.heading(format!("{count} cards"));
        let title = format!("{name}{marker} — Parcours");
        ui.label(format!("{} · {}", a, b));
        let lifetime: &'a str = x.expect("a shortcut");
        ui.button("Save \"now\"");
        let folder = data.join("recovery");
        let lines = items.join("\n");
        #[cfg(test)]
        ui.label("In a test");
    "#;
    let shown: Vec<String> = literals(source)
        .into_iter()
        .filter(is_user_visible)
        .map(|l| l.text)
        .collect();
    assert_eq!(shown, ["Dismiss", "{count} cards", r#"Save \"now\""#]);
}
