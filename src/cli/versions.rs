//! `parcours diff`, `parcours merge` and the conflicts `parcours check` reports:
//! maps as versions of one another.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use parcours::compare::{self, Comparison};
use parcours::model::JourneyMap;
use parcours::{file, merge};

/// The exit code of `diff` when the maps differ and of `merge` when conflicts
/// remain, as `diff` and git's merge drivers use it.
const DIFFERENT: u8 = 1;
/// A map that cannot be read, a result that cannot be written, or a usage mistake.
const TROUBLE: u8 = 2;

/// How `parcours diff` prints the changes.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum DiffFormat {
    /// One readable line per change
    Text,
    /// A JSON array of changes, for scripts
    Json,
}

/// Prints what changed from `old` to `new`: exit 0 when they are the same, 1
/// when they differ, 2 when one cannot be read.
pub(super) fn diff(old_path: &Path, new_path: &Path, format: DiffFormat) -> ExitCode {
    let (old, new) = match (load(old_path), load(new_path)) {
        (Some(old), Some(new)) => (old, new),
        _ => return ExitCode::from(TROUBLE),
    };
    let comparison = compare::compare(&old, &new);
    let text = match format {
        DiffFormat::Text => comparison
            .changes
            .iter()
            .flat_map(|change| compare::describe(change, &old, &new, crate::cli::language()))
            .map(|line| line + "\n")
            .collect(),
        DiffFormat::Json => as_json(&comparison, &old, &new) + "\n",
    };
    // A reader that stops early (`| head`) is no failure of the diff.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
    if comparison.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(DIFFERENT)
    }
}

/// The changes as JSON: each with its elements, what happened, the fields
/// before and after, and the lines `diff` prints for it.
fn as_json(comparison: &Comparison, old: &JourneyMap, new: &JourneyMap) -> String {
    let changes: Vec<serde_json::Value> = comparison
        .changes
        .iter()
        .map(|change| {
            let mut value = serde_json::to_value(change).unwrap_or_default();
            if let serde_json::Value::Object(fields) = &mut value {
                let lines = compare::describe(change, old, new, crate::cli::language());
                fields.insert("lines".to_owned(), lines.into());
            }
            value
        })
        .collect();
    let document = serde_json::json!({
        "matched_by": comparison.matched_by,
        "changes": changes,
        "curves": comparison.curves,
    });
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// Merges `ours` and `theirs`, both made from `base`, into `output` (by default
/// over `ours`, as git's merge driver expects), replacing the file whole or not
/// at all: exit 0 when clean, 1 with conflicts recorded in the map, 2 when a map
/// cannot be read or the result cannot be written.
pub(super) fn merge(base: &Path, ours: &Path, theirs: &Path, output: Option<PathBuf>) -> ExitCode {
    let (Some(base_map), Some(ours_map), Some(theirs_map)) = (load(base), load(ours), load(theirs))
    else {
        return ExitCode::from(TROUBLE);
    };
    let merged = match merge::merge(&base_map, &ours_map, &theirs_map) {
        Ok(merged) => merged,
        Err(problems) => {
            for problem in problems {
                say!(
                    "parcours: the merged map would not be valid: {}: {}",
                    problem.path,
                    problem.message
                );
            }
            return ExitCode::from(TROUBLE);
        }
    };
    let output = output.unwrap_or_else(|| ours.to_path_buf());
    if let Err(error) = file::save_text(&output, &file::to_ron(&merged)) {
        say!("{error}");
        return ExitCode::from(TROUBLE);
    }
    let new_conflicts =
        merged.conflicts.len() - ours_map.conflicts.len().min(merged.conflicts.len());
    if merged.conflicts.is_empty() {
        return ExitCode::SUCCESS;
    }
    let count = match merged.conflicts.len() {
        1 => "1 conflict".to_owned(),
        many => format!("{many} conflicts"),
    };
    say!(
        "parcours: {}: {count} to resolve ({new_conflicts} from this merge); open the map in Parcours, or see `parcours check`",
        output.display(),
    );
    ExitCode::from(DIFFERENT)
}

/// Prints each unresolved conflict of a loaded map as `file:line:column:
/// message`; true when there is none.
pub(super) fn report_conflicts(path: &Path, map: &JourneyMap) -> bool {
    if map.conflicts.is_empty() {
        return true;
    }
    let text = file::read_map(path)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    let language = crate::cli::language();
    for (i, conflict) in map.conflicts.iter().enumerate() {
        let position = file::position_of(&text, &format!("map.conflicts[{i}]"));
        let element = compare::element_in_words(map, conflict.element, language);
        let what = if conflict.is_deletion() {
            match conflict.ours {
                None => "we deleted it, they edited it".to_owned(),
                Some(_) => "they deleted it, we edited it".to_owned(),
            }
        } else {
            let value = |value: Option<&serde_json::Value>| {
                compare::field_value_in_words(&conflict.field, value, language)
            };
            format!(
                "{}: ours {}, theirs {}, was {}",
                compare::field_in_words(&conflict.field, language),
                value(conflict.ours.as_ref()),
                value(conflict.theirs.as_ref()),
                value(conflict.base.as_ref())
            )
        };
        say!(
            "{}:{}:{}: unresolved merge conflict: {element} {what}",
            path.display(),
            position.line,
            position.column
        );
    }
    false
}

fn load(path: &Path) -> Option<JourneyMap> {
    file::load(path).map_err(|err| say!("{err}")).ok()
}
