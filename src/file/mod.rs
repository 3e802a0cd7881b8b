//! Maps on disk: `*.journey.ron` files, their format versions, positioned errors
//! and atomic saves.

mod atomic;
mod clipboard;
mod lexer;
mod liveness;
mod open_maps;
mod picture;
mod positions;
mod read;
mod recovery;
mod stamp;
mod v0;

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::{JourneyMap, Problem};
pub use atomic::{Prepared, Refusal, Replace, prepare, write_atomically, write_atomically_with};
pub use clipboard::CopiedCards;
pub use lexer::Position;
use lexer::{Lexer, Token};
pub use liveness::RunningMark;
pub use open_maps::OpenMaps;
pub use picture::read_picture;
use positions::PositionIndex;
use read::read_small_text;
pub use read::{ReadError, bytes_in_words, read_limited};
pub use recovery::{Recovered, RecoveryInfo, RecoveryStore};
pub use stamp::DiskStamp;
pub use v0::slug;

/// The format this version of Parcours writes.
pub const CURRENT_VERSION: u32 = 1;
/// Files above this size are refused before parsing: the largest real maps, photos
/// included, are a few MiB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// The extension of map files.
pub const EXTENSION: &str = "journey.ron";

/// The path of a file with links and `..` resolved, so that two names of one file
/// compare equal; a file not yet made is named by its folder's real path.
pub fn real_path(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(folder), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// Whether `path` names a map file (`*.journey.ron`, in any case).
pub fn is_map_path(path: &Path) -> bool {
    path.file_name().is_some_and(|name| {
        name.to_string_lossy()
            .to_lowercase()
            .ends_with(&format!(".{EXTENSION}"))
    })
}

/// One thing wrong with a file, and where, when it has a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the text, or None when the problem is the whole file's.
    pub position: Option<Position>,
    /// What is wrong, in words.
    pub message: String,
}

impl Diagnostic {
    fn at(position: Position, message: impl Into<String>) -> Self {
        Self {
            position: Some(position),
            message: message.into(),
        }
    }

    fn whole_file(message: impl Into<String>) -> Self {
        Self {
            position: None,
            message: message.into(),
        }
    }
}

/// Why a map could not be loaded: every problem found, each with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file as the user named it.
    pub source: String,
    /// Every problem found, in the order of the text.
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, diagnostic) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match diagnostic.position {
                Some(Position { line, column }) => {
                    write!(f, "{}:{line}:{column}: {}", self.source, diagnostic.message)?
                }
                None => write!(f, "{}: {}", self.source, diagnostic.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Why a map could not be saved. The previous file, if any, is untouched.
#[derive(Debug)]
pub struct SaveError {
    /// The file as the user named it, not the hidden temporary.
    pub target: String,
    /// What the system or the save's own checks said.
    pub error: std::io::Error,
}

impl SaveError {
    /// Whether the save refused a file that `--force` would let it replace.
    pub fn needs_force(&self) -> bool {
        self.error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<Refusal>())
            .is_some_and(Refusal::needs_force)
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use std::io::ErrorKind;
        let reason = match (self.error.get_ref(), self.error.kind()) {
            (Some(inner), _) => inner.to_string(),
            (None, ErrorKind::NotFound) => "the folder does not exist".to_owned(),
            (None, ErrorKind::PermissionDenied) => {
                "the folder or the file is not writable".to_owned()
            }
            (None, ErrorKind::ReadOnlyFilesystem) => "the disk is read-only".to_owned(),
            (None, ErrorKind::StorageFull) => "the disk is full".to_owned(),
            (None, ErrorKind::IsADirectory) => "a folder has that name".to_owned(),
            (None, ErrorKind::NotADirectory) => "a file stands where a folder should be".to_owned(),
            _ => self.error.to_string(),
        };
        write!(
            f,
            "{}: could not save: {reason}; the previous file is unchanged",
            self.target
        )
    }
}

impl std::error::Error for SaveError {}

/// Reads, migrates and validates the map at `path`.
pub fn load(path: &Path) -> Result<JourneyMap, LoadError> {
    load_stamped(path).map(|(map, _)| map)
}

/// Loads the map at `path`, with the stamp of the bytes it was read from.
pub fn load_stamped(path: &Path) -> Result<(JourneyMap, DiskStamp), LoadError> {
    let bytes = read_map(path)?;
    let map = parse(&bytes, &path.display().to_string())?;
    Ok((map, DiskStamp::of_bytes(&bytes)))
}

/// The bytes of the map file at `path`, read only if it is a plain file of at
/// most [`MAX_FILE_BYTES`].
pub fn read_map(path: &Path) -> Result<Vec<u8>, LoadError> {
    read_limited(path, MAX_FILE_BYTES).map_err(|err| LoadError {
        source: path.display().to_string(),
        diagnostics: vec![Diagnostic::whole_file(err.to_string())],
    })
}

/// Parses, migrates and validates a map from the bytes of a file named `source`.
pub fn parse(bytes: &[u8], source: &str) -> Result<JourneyMap, LoadError> {
    parse_diagnosed(bytes).map_err(|diagnostics| LoadError {
        source: source.to_owned(),
        diagnostics,
    })
}

fn parse_diagnosed(bytes: &[u8]) -> Result<JourneyMap, Vec<Diagnostic>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let too_large = ReadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        };
        return Err(vec![Diagnostic::whole_file(too_large.to_string())]);
    }
    let text = std::str::from_utf8(bytes).map_err(|err| {
        vec![Diagnostic::at(
            Position::of_offset(bytes, err.valid_up_to()),
            "the file is not UTF-8 text; was it saved by another program?",
        )]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron::Options::default();
    let (map, path_prefix) = match read_format(text)? {
        Format::V0 => {
            let old: v0::MapFileV0 = options.from_str(text).map_err(ron_diagnostic)?;
            let map = old
                .migrate()
                .map_err(|problems| positioned(text, "", problems))?;
            (map, "")
        }
        Format::V1 => {
            let file: MapFile = options.from_str(text).map_err(ron_diagnostic)?;
            (file.map, "map.")
        }
    };
    let problems = map.validate();
    if !problems.is_empty() {
        return Err(positioned(text, path_prefix, problems));
    }
    Ok(map)
}

/// The map as the current format stores it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    #[allow(
        dead_code,
        reason = "read by the version probe; kept so the field is allowed"
    )]
    format_version: u32,
    map: JourneyMap,
}

#[derive(Serialize)]
struct MapFileRef<'a> {
    format_version: u32,
    map: &'a JourneyMap,
}

/// The formats this version reads.
enum Format {
    V0,
    V1,
}

/// Reads `format_version`, which must be the first field, before parsing the rest,
/// so that a file from a newer Parcours is named as such instead of failing on
/// its first new field.
fn read_format(text: &str) -> Result<Format, Vec<Diagnostic>> {
    let mut tokens = Lexer::new(text).peekable();
    if let Some((Token::Ident(_), _)) = tokens.peek() {
        tokens.next(); // an optional struct name
    }
    let not_a_map = |position: Position| {
        vec![Diagnostic::at(
            position,
            "this is not a Parcours map: a map file starts with `(` and `format_version: N`",
        )]
    };
    let start = match tokens.next() {
        Some((Token::Open('('), position)) => position,
        Some((_, position)) => return Err(not_a_map(position)),
        None => return Err(not_a_map(Position::START)),
    };
    match (tokens.next(), tokens.next(), tokens.next()) {
        (Some((Token::Ident(field), _)), Some((Token::Colon, _)), Some((value, position)))
            if field == "format_version" =>
        {
            let version = match value {
                Token::Number(digits) => digits.parse::<u32>().ok(),
                _ => None,
            };
            match version {
                Some(0) => Ok(Format::V0),
                Some(CURRENT_VERSION) => Ok(Format::V1),
                Some(newer) => Err(vec![Diagnostic::at(
                    position,
                    format!(
                        "this map uses format {newer}, written by a newer Parcours; this version reads formats 0 to {CURRENT_VERSION}: please update Parcours"
                    ),
                )]),
                None => Err(vec![Diagnostic::at(
                    position,
                    "format_version must be a whole number, such as 1",
                )]),
            }
        }
        (Some((_, position)), _, _) => Err(vec![Diagnostic::at(
            position,
            "the first field of a map must be `format_version`",
        )]),
        _ => Err(not_a_map(start)),
    }
}

fn ron_diagnostic(error: ron::error::SpannedError) -> Vec<Diagnostic> {
    use ron::Error;
    let position = Position {
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
    };
    let message = match &error.code {
        Error::Eof => "the file ends too early: a value or a closing bracket is missing (is the file cut short?)".to_owned(),
        Error::ExceededRecursionLimit => "the file nests brackets too deeply to be a map".to_owned(),
        Error::TrailingCharacters => "unexpected text after the end of the map".to_owned(),
        Error::MissingStructField { field, .. } => format!("the field `{field}` is missing here"),
        Error::NoSuchStructField { expected, found, .. } => format!(
            "unknown field `{found}`; the fields here are: {}",
            expected.join(", ")
        ),
        Error::NoSuchEnumVariant { expected, found, .. } => format!(
            "unknown value `{found}`; expected one of: {}",
            expected.join(", ")
        ),
        Error::DuplicateStructField { field, .. } => format!("the field `{field}` appears twice"),
        Error::ExpectedInteger => "expected a whole number here".to_owned(),
        Error::ExpectedFloat => "expected a number here".to_owned(),
        Error::ExpectedString => "expected text in double quotes here".to_owned(),
        Error::ExpectedBoolean => "expected `true` or `false` here".to_owned(),
        other => other.to_string(),
    };
    vec![Diagnostic::at(position, message)]
}

/// Gives problems found after parsing the place of the value they are about.
fn positioned(text: &str, path_prefix: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let index = PositionIndex::new(text);
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|problem| {
            let path = format!("{path_prefix}{}", problem.path);
            Diagnostic::at(index.locate(&path), format!("{path}: {}", problem.message))
        })
        .collect();
    diagnostics.sort_by_key(|d| d.position);
    diagnostics
}

/// Where the value at `path` (such as `map.conflicts[2]`) starts in a map's text.
pub fn position_of(text: &str, path: &str) -> Position {
    PositionIndex::new(text).locate(path)
}

/// The canonical text of a map: the same map always gives the same bytes.
pub fn to_ron(map: &JourneyMap) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
    let file = MapFileRef {
        format_version: CURRENT_VERSION,
        map,
    };
    let body = ron::ser::to_string_pretty(&file, config)
        .unwrap_or_else(|err| unreachable!("a map always serializes: {err}"));
    let body = without_forbidden_characters(&body)
        // RON escapes apostrophes like Rust chars do; "Friend's" reads better.
        // In the escaped text `\'` only ever stands for an apostrophe, since a
        // backslash of the text is written `\\`.
        .replace("\\'", "'");
    format!("// A Parcours customer journey map. Format: docs/file-format.md\n{body}\n")
}

/// RON's escaped text without the escapes of the characters XML forbids (`\0`,
/// `\u{b}`, `\u{fffe}`…): the editor may hold them (pasted from a word
/// processor), but a file that has them is refused when opened, and Parcours never
/// writes what it would refuse. Every backslash of the escaped text starts an
/// escape, a backslash of the text itself being written `\\`.
fn without_forbidden_characters(escaped: &str) -> String {
    let mut kept = String::with_capacity(escaped.len());
    let mut rest = escaped;
    while let Some(start) = rest.find('\\') {
        kept.push_str(&rest[..start]);
        let escape = &rest[start..];
        let length = match escape.strip_prefix("\\u{") {
            Some(after) => after.find('}').map_or(escape.len(), |end| end + 4),
            None => escape.chars().nth(1).map_or(1, |c| 1 + c.len_utf8()),
        };
        let character = match &escape[..length] {
            "\\0" => Some('\0'),
            unicode => unicode
                .strip_prefix("\\u{")
                .and_then(|hex| u32::from_str_radix(hex.trim_end_matches('}'), 16).ok())
                .and_then(char::from_u32),
        };
        if !character.is_some_and(crate::model::is_forbidden_in_xml) {
            kept.push_str(&escape[..length]);
        }
        rest = &escape[length..];
    }
    kept.push_str(rest);
    kept
}

/// Saves `map` at `path` atomically: on any failure the previous file is unchanged.
pub fn save(path: &Path, map: &JourneyMap) -> Result<(), SaveError> {
    save_text(path, &to_ron(map))
}

/// Saves the text of a map (from [`to_ron`]) atomically.
pub fn save_text(path: &Path, text: &str) -> Result<(), SaveError> {
    save_text_with(path, text, Replace::Guarded)
}

/// Saves text that Parcours reads back (a map, a CSV or Mermaid export) atomically,
/// with `replace` saying whether a read-only file may be replaced. A text over
/// [`MAX_FILE_BYTES`] is refused, since Parcours could not read it again.
pub fn save_text_with(path: &Path, text: &str, replace: Replace) -> Result<(), SaveError> {
    let size = text.len() as u64;
    let written = if size > MAX_FILE_BYTES {
        Err(Refusal::TooLargeToOpen { size }.into_error())
    } else {
        write_atomically_with(path, replace, |file| file.write_all(text.as_bytes()))
    };
    written.map_err(|error| SaveError {
        target: path.display().to_string(),
        error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_a_file_may_not_hold_are_never_written() {
        let fixture = include_str!("../../tests/fixtures/small.journey.ron");
        let mut map = parse(fixture.as_bytes(), "small").expect("the fixture loads");
        map.cards[0].text = "Word's\u{b}break\0, \\u{b} typed, \u{fffe}tab\tend".to_owned();

        let text = to_ron(&map);

        let reloaded = parse(text.as_bytes(), "saved").expect("what is written loads");
        assert_eq!(
            reloaded.cards[0].text,
            "Word'sbreak, \\u{b} typed, tab\tend"
        );
    }
}
