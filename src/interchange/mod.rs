//! Maps in and out of other tools' formats: spreadsheets (CSV) and Mermaid
//! `journey` diagrams.

mod csv;
mod csv_reader;
mod mermaid;
mod names;
mod text;

use std::path::Path;

use crate::file::{Diagnostic, LoadError};
use crate::model::JourneyMap;

/// The formats a map can be exchanged in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Mermaid,
}

impl Format {
    /// The format of a file, by its extension: `.csv`, or `.mmd` and `.md` for Mermaid.
    pub fn of_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        match extension.as_str() {
            "csv" => Some(Format::Csv),
            "mmd" | "md" | "mermaid" => Some(Format::Mermaid),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV spreadsheet",
            Format::Mermaid => "Mermaid journey",
        }
    }

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
            message: "only .csv, .mmd and .md files can be imported".to_owned(),
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

pub fn export(map: &JourneyMap, format: Format) -> String {
    match format {
        Format::Csv => csv::export(map),
        Format::Mermaid => mermaid::export(map),
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
