//! Maps in and out of other tools' formats: spreadsheets (CSV) and Mermaid
//! `journey` diagrams.

mod csv;
mod csv_columns;
mod csv_reader;
mod mermaid;
mod names;
mod text;

use std::path::Path;

use crate::file::{Diagnostic, LoadError, Position};
use crate::formats::FileFormat;
use crate::model::{JourneyMap, MapMeta};

/// The formats a map can be exchanged in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A spreadsheet, one row per card.
    Csv,
    /// A Mermaid `journey` diagram.
    Mermaid,
}

impl Format {
    /// The format of a file, by its extension: `.csv`, or `.mmd`, `.mermaid` and
    /// `.md` for Mermaid (see [`FileFormat`]).
    pub fn of_path(path: &Path) -> Option<Format> {
        match FileFormat::of_path(path)? {
            FileFormat::Exchange(format) => Some(format),
            FileFormat::Graphic(_) => None,
        }
    }

    /// The format's name in file dialogs.
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV spreadsheet",
            Format::Mermaid => "Mermaid journey",
        }
    }

    /// The extension a file of this format is given, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Mermaid => "mmd",
        }
    }
}

/// Reads a CSV or Mermaid file into a new map, titled after the file unless the
/// file names a title. Nothing is half-imported: any problem fails the whole file.
pub fn import(path: &Path) -> Result<JourneyMap, LoadError> {
    let source = path.display().to_string();
    let fail = |diagnostics: Vec<Diagnostic>| LoadError {
        source: source.clone(),
        diagnostics,
    };
    let format = Format::of_path(path).ok_or_else(|| {
        fail(vec![Diagnostic {
            position: None,
            message: format!(
                "only {} files can be imported",
                crate::formats::importable_extensions_in_words()
            ),
        }])
    })?;
    let bytes = crate::file::read_limited(path, crate::file::MAX_FILE_BYTES).map_err(|err| {
        fail(vec![Diagnostic {
            position: None,
            message: err.to_string(),
        }])
    })?;
    let title = title_from(path);
    let map = import_text(
        format,
        &text::decode(&bytes),
        &title,
        path.extension().is_some_and(|e| e == "md"),
    )
    .map_err(fail)?;
    let problems = map.validate();
    if let Some(problem) = problems.first() {
        return Err(fail(vec![Diagnostic {
            position: None,
            message: format!(
                "the imported map is not whole: {}: {}",
                problem.path, problem.message
            ),
        }]));
    }
    Ok(map)
}

/// Reads text in a format; `markdown` finds the Mermaid block in a Markdown file.
pub fn import_text(
    format: Format,
    text: &str,
    title: &str,
    markdown: bool,
) -> Result<JourneyMap, Vec<Diagnostic>> {
    match format {
        Format::Csv => csv::import(text, title),
        Format::Mermaid if markdown => {
            let (diagram, first_line) = mermaid::diagram_in_markdown(text).ok_or_else(|| {
                vec![Diagnostic {
                    position: None,
                    message: "no ```mermaid block with a journey diagram in this file".to_owned(),
                }]
            })?;
            mermaid::import(&diagram, first_line, title)
        }
        Format::Mermaid => mermaid::import(text, 1, title),
    }
}

/// The map as the text of a format; what the format cannot hold is left out,
/// as docs/user-guide.md lists.
pub fn export(map: &JourneyMap, format: Format) -> String {
    match format {
        Format::Csv => csv::export(map),
        Format::Mermaid => mermaid::export(map),
    }
}

/// A new map for an import to fill, titled `title` and named after it.
fn empty_map(title: &str, language: &str) -> JourneyMap {
    JourneyMap {
        meta: MapMeta {
            id: crate::file::slug(title),
            title: title.to_owned(),
            language: language.to_owned(),
            ..MapMeta::default()
        },
        ..JourneyMap::default()
    }
}

/// A problem an import found at a line and a 0-based column of its text.
fn at(line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
    Diagnostic {
        position: Some(Position {
            line,
            column: column + 1,
        }),
        message: message.into(),
    }
}

/// The ids of the elements an import makes: 1, 2, 3, … in the order they are made.
struct Ids {
    next: u32,
}

impl Ids {
    /// Ids from 1.
    fn new() -> Self {
        Self { next: 1 }
    }

    /// An id no element has yet.
    fn fresh(&mut self) -> u32 {
        self.next += 1;
        self.next - 1
    }
}

/// "renewal-workshop.csv" gives "Renewal workshop".
fn title_from(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    chars.next().map_or_else(
        || "Imported journey".to_owned(),
        |first| first.to_uppercase().chain(chars).collect(),
    )
}
