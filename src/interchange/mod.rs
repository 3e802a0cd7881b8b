//! Maps in and out of other tools' formats: spreadsheets (CSV, and Excel or
//! LibreOffice workbooks) and Mermaid `journey` diagrams.

mod about;
mod build;
mod csv;
mod csv_columns;
mod csv_reader;
mod from_sheet;
mod grid;
mod long;
mod mermaid;
mod names;
mod progress;
mod rows;
mod sheet;
mod size;
mod text;
mod xlsx;
mod xlsx_out;

use std::path::Path;

pub use grid::Shape;
pub use progress::{CANCELLED, ImportProgress, ImportStage, Reached};

use crate::file::{Diagnostic, LoadError, Position};
use crate::formats::FileFormat;
use crate::model::{JourneyMap, MapMeta};

/// The formats a map can be exchanged in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A spreadsheet as text, one row per card.
    Csv,
    /// A workbook: written as `.xlsx`, read from `.xlsx`, `.xls` and `.ods`.
    Xlsx,
    /// A Mermaid `journey` diagram.
    Mermaid,
}

impl Format {
    /// The format of a file, by its extension: `.csv`; `.xlsx`, `.xls` or
    /// `.ods`; or `.mmd`, `.mermaid` and `.md` for Mermaid (see [`FileFormat`]).
    pub fn of_path(path: &Path) -> Option<Format> {
        match FileFormat::of_path(path)? {
            FileFormat::Exchange(format) | FileFormat::ImportOnly(format) => Some(format),
            FileFormat::Graphic(_) => None,
        }
    }

    /// The format's name in file dialogs.
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV spreadsheet",
            Format::Xlsx => "Excel workbook",
            Format::Mermaid => "Mermaid journey",
        }
    }

    /// The extension a file of this format is given, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Mermaid => "mmd",
        }
    }
}

/// How an import reads its file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The shape of a sheet, when it is not to be told from the sheet.
    pub shape: Option<Shape>,
}

/// How an export writes its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// Whether a CSV file starts with UTF-8's byte-order mark, by which Excel
    /// knows its accents on a double-click.
    pub byte_order_mark: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            byte_order_mark: true,
        }
    }
}

/// Reads a spreadsheet, a workbook or a Mermaid file into a new map, titled
/// after the file unless the file names a title. Nothing is half-imported: any
/// problem fails the whole file.
pub fn import(path: &Path) -> Result<JourneyMap, LoadError> {
    import_with(path, ImportOptions::default())
}

/// [`import`], with options.
pub fn import_with(path: &Path, options: ImportOptions) -> Result<JourneyMap, LoadError> {
    import_watched(path, options, &ImportProgress::default())
}

/// [`import_with`], telling `progress` how far it got and stopping early,
/// with [`CANCELLED`], once `progress` is cancelled.
pub fn import_watched(
    path: &Path,
    options: ImportOptions,
    progress: &ImportProgress,
) -> Result<JourneyMap, LoadError> {
    let source = path.display().to_string();
    let fail = |diagnostics: Vec<Diagnostic>| LoadError {
        source: source.clone(),
        diagnostics: sheet::listed(diagnostics),
    };
    let unplaced = |message: String| {
        vec![Diagnostic {
            position: None,
            message,
        }]
    };
    let format = Format::of_path(path).ok_or_else(|| {
        fail(unplaced(format!(
            "only {} files can be imported",
            crate::formats::importable_extensions_in_words()
        )))
    })?;
    let bytes = crate::file::read_limited(path, crate::file::MAX_FILE_BYTES)
        .map_err(|err| fail(unplaced(err.to_string())))?;
    let markdown = path.extension().is_some_and(|e| e == "md");
    let title = title_from(path);
    let map = import_bytes(format, bytes, &title, markdown, options, progress).map_err(fail)?;
    progress.start_checking();
    whole(map, progress).map_err(|message| fail(unplaced(message)))
}

/// The imported map, unless it is not whole or larger than Parcours opens,
/// or the import is cancelled before it is measured.
fn whole(map: JourneyMap, progress: &ImportProgress) -> Result<JourneyMap, String> {
    if let Some(problem) = map.validate().first() {
        return Err(format!(
            "the imported map is not whole: {}: {}",
            problem.path, problem.message
        ));
    }
    progress.go_on().map_err(|cancelled| cancelled.message)?;
    let size = crate::file::to_ron(&map).len() as u64;
    let limit = crate::file::MAX_FILE_BYTES;
    if size > limit {
        return Err(format!(
            "the imported map would take {} MiB, over the {} MiB a map Parcours opens may take",
            size.div_ceil(1024 * 1024),
            limit / (1024 * 1024)
        ));
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
    let options = ImportOptions::default();
    let progress = ImportProgress::default();
    import_bytes(
        format,
        text.as_bytes().to_vec(),
        title,
        markdown,
        options,
        &progress,
    )
}

/// Reads a file's bytes in a format into a new map titled `title` unless the
/// file names one; `markdown` finds the Mermaid block in a Markdown file.
/// `progress` is told how far it got, and stops it when cancelled.
pub fn import_bytes(
    format: Format,
    bytes: Vec<u8>,
    title: &str,
    markdown: bool,
    options: ImportOptions,
    progress: &ImportProgress,
) -> Result<JourneyMap, Vec<Diagnostic>> {
    match format {
        Format::Xlsx => xlsx::import(bytes, title, options.shape, progress),
        Format::Csv => csv::import(&text::decode(&bytes), title, options.shape, progress),
        Format::Mermaid => import_mermaid(&text::decode(&bytes), title, markdown, progress),
    }
}

/// A Mermaid diagram, alone or in the first block of a Markdown file that holds one.
fn import_mermaid(
    text: &str,
    title: &str,
    markdown: bool,
    progress: &ImportProgress,
) -> Result<JourneyMap, Vec<Diagnostic>> {
    if !markdown {
        return mermaid::import(text, 1, title, progress);
    }
    let (diagram, first_line) = mermaid::diagram_in_markdown(text).ok_or_else(|| {
        vec![Diagnostic {
            position: None,
            message: "no ```mermaid block with a journey diagram in this file".to_owned(),
        }]
    })?;
    mermaid::import(&diagram, first_line, title, progress)
}

/// The map as a file of a format, with the default options; what the format
/// cannot hold is left out, as docs/user-guide.md lists.
pub fn export(map: &JourneyMap, format: Format) -> Result<Vec<u8>, String> {
    export_with(map, format, ExportOptions::default())
}

/// [`export`], with options.
pub fn export_with(
    map: &JourneyMap,
    format: Format,
    options: ExportOptions,
) -> Result<Vec<u8>, String> {
    match format {
        Format::Csv => csv::export(map, options.byte_order_mark),
        Format::Xlsx => xlsx_out::export(map),
        Format::Mermaid => Ok(mermaid::export(map).into_bytes()),
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
