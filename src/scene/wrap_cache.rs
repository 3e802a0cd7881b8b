//! Text broken into lines once per process: a map laid out again after an edit
//! finds every unchanged label's lines here instead of wrapping them again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use super::text::{Broken, Label};

/// What decides how a label breaks: its words, width, size, weight and line limit.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    text: String,
    wrap_width: Option<u32>,
    size: u32,
    strong: bool,
    max_lines: Option<usize>,
}

impl Key {
    fn of(label: &Label) -> Self {
        Self {
            text: label.text.clone(),
            wrap_width: label.wrap_width.map(f32::to_bits),
            size: label.size.to_bits(),
            strong: label.strong,
            max_lines: label.max_lines,
        }
    }
}

/// At most this many broken texts are kept; then the cache starts again, so
/// memory stays bounded whatever a session types.
const MAX_ENTRIES: usize = 100_000;

type Cache = Mutex<HashMap<Key, Option<Arc<Broken>>>>;

/// `label` broken into lines: from the cache, or by `break_lines` and kept.
pub(super) fn broken(
    label: &Label,
    break_lines: impl FnOnce() -> Option<Broken>,
) -> Option<Arc<Broken>> {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    let key = Key::of(label);
    if let Some(found) = lock(cache).get(&key) {
        return found.clone();
    }
    let made = break_lines().map(Arc::new);
    let mut cache = lock(cache);
    if cache.len() >= MAX_ENTRIES {
        cache.clear();
    }
    cache.insert(key, made.clone());
    made
}

fn lock(cache: &Cache) -> std::sync::MutexGuard<'_, HashMap<Key, Option<Arc<Broken>>>> {
    // Entries go in whole: a panic elsewhere cannot leave one half-made.
    cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
