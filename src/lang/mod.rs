//! The interface's words in English and French. Every user-visible string of
//! the window and of the command line's messages lives in one catalogue,
//! [`Words`], of which each language is one value: a word missing in one
//! language is a missing field, and the build fails. Strings with arguments
//! hold `{}` where [`fill`] puts them; counts go through [`Language::counted`],
//! which knows each language's plural. The map's own language (its lane titles,
//! its deck words) is the map's business, not this module's.

mod english;
mod field_names;
mod french;
mod french_messages;
mod french_usage;
mod locale;
mod messages;
mod names;
mod typography;
mod words;

use std::fmt::Display;

use serde::{Deserialize, Serialize};

pub use english::ENGLISH;
pub(crate) use field_names::FIELD_KEYS;
pub use locale::{from_environment, from_locale_name, system_language};
pub use messages::translate;
pub use typography::{decimal, grouped, parse_decimal, with_decimal_mark};
pub use words::Words;

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English, the language of a system whose locale is neither.
    #[default]
    English,
    /// French, with French typography: a non-breaking space before `: ; ! ?`
    /// and inside « », and decimal commas.
    French,
}

/// One entry of the catalogue, in whatever language it is read: a field of
/// [`Words`] chosen once (for an undo step) and read in the language of the
/// moment it is shown.
pub type Phrase = fn(&Words) -> &'static str;

impl Language {
    /// Both languages, as the View menu offers them.
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    /// The language a map's `language` field names, for the words Parcours
    /// puts in the map itself (a new stage's name, a new lane's title):
    /// French for "fr", "fr-CA"…, English for any other.
    pub fn of_map(map_language: &str) -> Language {
        if crate::model::is_french(map_language) {
            Language::French
        } else {
            Language::English
        }
    }

    /// The catalogue in this language.
    pub fn words(self) -> &'static Words {
        match self {
            Language::English => &english::ENGLISH,
            Language::French => &french::FRENCH,
        }
    }

    /// The language's name in itself, as the View menu shows it whatever the
    /// interface's language: "English", "Français".
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
        }
    }

    /// The language's code as maps and templates give it: "en", "fr".
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }

    /// `phrase` in this language.
    pub fn say(self, phrase: Phrase) -> &'static str {
        phrase(self.words())
    }

    /// A count and its noun, singular or plural as the language wants it:
    /// "1 card", "0 cards" in English; "1 carte", "0 carte", "2 cartes" in
    /// French, where 0 and 1 take the singular; thousands grouped as each
    /// language writes them ("19,500 cards", "19 500 cartes").
    pub fn counted(self, count: usize, one: &str, many: &str) -> String {
        let singular = match self {
            Language::English => count == 1,
            Language::French => count <= 1,
        };
        let count_text = typography::grouped(self, count);
        format!("{count_text} {}", if singular { one } else { many })
    }

    /// A map's size as the command line's check gives it: "6 stages, 1 card";
    /// "6 étapes, 1 carte".
    pub fn map_size(self, stages: usize, cards: usize) -> String {
        let words = self.words();
        format!(
            "{}, {}",
            self.counted(stages, words.stage_one, words.stage_many),
            self.counted(cards, words.card_one, words.card_many)
        )
    }

    /// A number with `decimals` digits after the decimal mark, a comma in French.
    pub fn number(self, value: f64, decimals: usize) -> String {
        decimal(self, value, decimals)
    }

    /// A percentage with no decimals: "40%"; "40 %" in French, with a
    /// non-breaking space.
    pub fn percent(self, value: f64) -> String {
        match self {
            Language::English => format!("{value:.0}%"),
            Language::French => format!("{value:.0}\u{a0}%"),
        }
    }

    /// The names of keys that differ on this language's keyboards, after
    /// egui's (English) names: Shift is "Maj" on a French keyboard.
    pub fn key_names(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Language::English => &[],
            Language::French => &[("Shift", "Maj"), ("Delete", "Suppr"), ("Enter", "Entrée")],
        }
    }

    /// `text` in quotes: “text” in English, « text » in French.
    pub fn quoted(self, text: &str) -> String {
        match self {
            Language::English => format!("“{text}”"),
            Language::French => format!("«\u{a0}{text}\u{a0}»"),
        }
    }
}

/// `template` with each `{}` replaced by the next of `arguments`, in order.
/// Arguments are put in as they are, even when they hold `{}` themselves.
pub fn fill(template: &str, arguments: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut arguments = arguments.iter();
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(argument) = arguments.next() {
            out.push_str(&argument.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
