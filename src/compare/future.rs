//! The future-state map made from a current-state one.

use std::path::Path;

use crate::model::{JourneyMap, MAX_TEXT_CHARS, MapRef, MapType, is_french};

/// A copy of `current` to plan the future state on: the same elements with the
/// same ids (so that comparing the two pairs every element with itself), the
/// type "future state", its own map id and "(future state)" after its title
/// (when the title has room), and `improves_on` naming the current
/// map: by its file name when it has a file (the future map is meant to sit
/// beside it), by its map id otherwise. Conflicts are not copied.
pub fn future_state_from(current: &JourneyMap, path: Option<&Path>) -> JourneyMap {
    let mut future = current.clone();
    future.conflicts.clear();
    let meta = &mut future.meta;
    meta.improves_on = Some(match path.and_then(Path::file_name) {
        Some(name) => MapRef::File(name.to_string_lossy().into_owned()),
        None => MapRef::Id(current.meta.id.clone()),
    });
    meta.map_type = MapType::FutureState;
    meta.id = format!("{}-future", current.meta.id);
    let suffix = if is_french(&meta.language) {
        " (état futur)"
    } else {
        " (future state)"
    };
    if meta.title.chars().count() + suffix.chars().count() <= MAX_TEXT_CHARS {
        meta.title.push_str(suffix);
    }
    future
}
