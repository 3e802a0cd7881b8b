//! What a file's extension says it holds: one table for the command line and the
//! app, so that a file Parcours reads as Mermaid is also written as Mermaid.

use std::path::Path;

use crate::export::Format::{Gif, Jpeg, Pdf, Png, Pptx, Svg};
use crate::interchange::Format::{Csv, Mermaid, Xlsx};
use crate::{export, interchange};

/// A format a map can be exported in, by a file's extension. The exchange
/// formats are also the ones a map can be imported from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFormat {
    /// A document or a picture of the map.
    Graphic(export::Format),
    /// Another tool's format, which reads back into a map.
    Exchange(interchange::Format),
    /// A format Parcours reads a map from but does not write (`.xls`, `.ods`).
    ImportOnly(interchange::Format),
}

/// Every extension Parcours knows, in lower case, with the format it stands for.
const EXTENSIONS: [(&str, FileFormat); 14] = [
    ("pdf", FileFormat::Graphic(Pdf)),
    ("pptx", FileFormat::Graphic(Pptx)),
    ("png", FileFormat::Graphic(Png)),
    ("jpg", FileFormat::Graphic(Jpeg)),
    ("jpeg", FileFormat::Graphic(Jpeg)),
    ("svg", FileFormat::Graphic(Svg)),
    ("gif", FileFormat::Graphic(Gif)),
    ("csv", FileFormat::Exchange(Csv)),
    ("xlsx", FileFormat::Exchange(Xlsx)),
    ("xls", FileFormat::ImportOnly(Xlsx)),
    ("ods", FileFormat::ImportOnly(Xlsx)),
    ("mmd", FileFormat::Exchange(Mermaid)),
    ("md", FileFormat::Exchange(Mermaid)),
    ("mermaid", FileFormat::Exchange(Mermaid)),
];

impl FileFormat {
    /// The format a file's extension stands for, in any case: `Deck.PDF` is a PDF.
    pub fn of_path(path: &Path) -> Option<FileFormat> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        EXTENSIONS
            .iter()
            .find(|(known, _)| *known == extension)
            .map(|(_, format)| *format)
    }
}

/// The extensions a map can be imported from, as file dialogs filter them.
pub fn importable_extensions() -> Vec<&'static str> {
    EXTENSIONS
        .iter()
        .filter(|(_, format)| matches!(format, FileFormat::Exchange(_) | FileFormat::ImportOnly(_)))
        .map(|(extension, _)| *extension)
        .collect()
}

/// The importable extensions as a sentence says them: `.csv, .xlsx, …, .md or .mermaid`.
pub fn importable_extensions_in_words() -> String {
    let dotted: Vec<String> = importable_extensions()
        .iter()
        .map(|extension| format!(".{extension}"))
        .collect();
    match dotted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, others)) => format!("{} or {last}", others.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_name_their_format_in_any_case() {
        let of = |name: &str| FileFormat::of_path(Path::new(name));
        assert_eq!(of("deck.PDF"), Some(FileFormat::Graphic(Pdf)));
        assert_eq!(of("map.jpeg"), Some(FileFormat::Graphic(Jpeg)));
        assert_eq!(of("day.mermaid"), Some(FileFormat::Exchange(Mermaid)));
        assert_eq!(of("atelier.XLSX"), Some(FileFormat::Exchange(Xlsx)));
        assert_eq!(of("old.xls"), Some(FileFormat::ImportOnly(Xlsx)));
        assert_eq!(of("notes.txt"), None);
        assert_eq!(of("no-extension"), None);
    }

    #[test]
    fn imports_are_offered_for_every_exchange_extension() {
        assert_eq!(
            importable_extensions(),
            ["csv", "xlsx", "xls", "ods", "mmd", "md", "mermaid"]
        );
        assert_eq!(
            importable_extensions_in_words(),
            ".csv, .xlsx, .xls, .ods, .mmd, .md or .mermaid"
        );
    }
}
