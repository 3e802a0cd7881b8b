//! How large the file of a map being imported will be, estimated as its cards
//! come, so that an import bound to be refused for its size stops at the row
//! that takes it over rather than after every row is read and the map written.

use crate::file::MAX_FILE_BYTES;
use crate::model::{Card, JourneyMap};

/// The fewest bytes a card's frame takes in a map's file, its texts aside:
/// `(`, `id: 1,`, `lane: 2,`, `stage: 3,`, `text: "",` and `),` on lines of
/// their own, indented.
const CARD_FRAME_BYTES: u64 = 80;

/// The bytes the cards counted so far take at least, once written.
#[derive(Debug, Default)]
pub struct SizeEstimate {
    counted_cards: usize,
    bytes: u64,
}

impl SizeEstimate {
    /// Counts the cards added to `map` since the last call; the reason to stop
    /// when they already take more than a map Parcours opens may take.
    pub fn over_budget(&mut self, map: &JourneyMap) -> Option<String> {
        for card in map.cards.iter().skip(self.counted_cards) {
            self.bytes += card_bytes(card);
        }
        self.counted_cards = map.cards.len();
        (self.bytes > MAX_FILE_BYTES).then(|| {
            format!(
                "the map would take more than {} MiB, the most a map Parcours opens may take; the import stopped here",
                MAX_FILE_BYTES / (1024 * 1024)
            )
        })
    }
}

/// The fewest bytes a card takes in a map's file: its frame and its texts as
/// the file escapes them.
fn card_bytes(card: &Card) -> u64 {
    let texts = [&card.text, &card.description, &card.owner]
        .into_iter()
        .chain(&card.tags)
        .filter(|text| !text.is_empty())
        .map(|text| written_bytes(text))
        .sum::<u64>();
    CARD_FRAME_BYTES + texts
}

/// The bytes of a text in a map's file, quotes included: each character as
/// RON escapes it (a soft hyphen takes six bytes, `\u{ad}`), apostrophes left
/// as they are. Counted here rather than by RON, which takes seconds to write
/// 30 MB of escapes.
fn written_bytes(text: &str) -> u64 {
    let characters: usize = text
        .chars()
        .map(|c| match c.escape_debug().len() {
            _ if c == '\'' => 1,
            1 => c.len_utf8(),
            escape => escape,
        })
        .sum();
    characters as u64 + 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CardId, LaneId, StageId};

    #[test]
    fn the_estimate_never_exceeds_what_templates_and_examples_take_once_written() {
        let maps = crate::templates::CATALOGUE.iter().flat_map(|template| {
            let languages = template.languages();
            languages
                .into_iter()
                .filter_map(|language| template.load(language).ok())
        });
        for map in maps {
            let mut estimate = SizeEstimate::default();
            assert_eq!(estimate.over_budget(&map), None);
            let written = crate::file::to_ron(&map).len() as u64;
            assert!(estimate.bytes <= written, "{}", map.meta.title);
        }
    }

    #[test]
    fn texts_count_as_the_file_escapes_them() {
        assert_eq!(written_bytes("Friend's"), 10);
        assert_eq!(written_bytes("\u{ad}\u{ad}"), 14);
        for text in [
            "plain",
            "quote \" and \\ backslash",
            "tab\tline\nreturn\r",
            "\u{1}\u{1b}\u{7f}",
            "é, ü, 漢字, emoji 🙂",
            "e\u{301} combining, \u{200b}zero width, \u{202e}override",
        ] {
            let by_ron = ron::to_string(text).expect("written");
            let apostrophes = text.matches('\'').count();
            let written = (by_ron.len() - apostrophes) as u64;
            assert_eq!(written_bytes(text), written, "{text:?}");
        }
        let mut map = JourneyMap::default();
        let text = "\u{ad}".repeat(1_000_000);
        for i in 0..5 {
            map.cards.push(Card::new(
                CardId(i),
                LaneId(100),
                StageId(200),
                text.as_str(),
            ));
        }
        let mut estimate = SizeEstimate::default();
        assert_eq!(estimate.over_budget(&map), None, "30 MB");
        map.cards.push(Card::new(
            CardId(9),
            LaneId(100),
            StageId(200),
            text.as_str(),
        ));
        let refusal = estimate.over_budget(&map).expect("36 MB");
        assert!(refusal.starts_with("the map would take more than 32 MiB"));
    }
}
