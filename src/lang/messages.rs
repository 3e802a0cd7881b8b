//! The messages of files that cannot be read, checked or written, in the
//! interface's language. `file` and `model::validate` word their problems in
//! English, with the values that vary inside; each message's French is found
//! in `french_messages` by its English pattern, `{}` standing for what varies,
//! and gets the same values in the same order. A message with no pattern stays
//! as it is.

use super::french_messages::FRENCH;
use super::{Language, fill};

/// `message` in `language`, line by line: the French of each line whose
/// English has a pattern here, its values said in `language` too. A line that
/// starts with where it applies ("map.cards[1].stage: …", "file:3:5: …",
/// "parcours: …") keeps that place as it is and has the rest translated.
pub fn translate(message: &str, language: Language) -> String {
    if language == Language::English {
        return message.to_owned();
    }
    message
        .split('\n')
        .map(translate_line)
        .collect::<Vec<_>>()
        .join("\n")
}

fn translate_line(line: &str) -> String {
    if let Some(french) = translated(line).or_else(|| from_catalogue(line)) {
        return french;
    }
    match line.split_once(": ") {
        Some((place, rest)) if !place.contains(' ') => format!("{place}: {}", translate_line(rest)),
        _ => line.to_owned(),
    }
}

/// The French of `line` by the first pattern it matches.
fn translated(line: &str) -> Option<String> {
    FRENCH.iter().find_map(|(english, french)| {
        let values: Vec<String> = matches(english, line)?
            .into_iter()
            .map(translate_line)
            .collect();
        let values: Vec<&dyn std::fmt::Display> =
            values.iter().map(|v| v as &dyn std::fmt::Display).collect();
        Some(fill(french, &values))
    })
}

/// The French of `line` when it is a sentence of the interface's catalogue,
/// with its values as they are (a message the window told in English). Only
/// entries that start with a word and hold more than one are taken: "{} to {}"
/// would match too much.
fn from_catalogue(line: &str) -> Option<String> {
    let english = Language::English.words().entries();
    let french = Language::French.words().entries();
    let sentences = english
        .iter()
        .zip(&french)
        .filter(|((_, english), _)| !english.starts_with("{}") && english.trim().contains(' '));
    sentences
        .into_iter()
        .find_map(|((_, english), (_, french))| {
            let values = matches(english, line)?;
            let values: Vec<&dyn std::fmt::Display> =
                values.iter().map(|v| v as &dyn std::fmt::Display).collect();
            Some(fill(french, &values))
        })
}

/// The values `message` puts in the places of `pattern`, if it is worded so.
fn matches<'a>(pattern: &str, message: &'a str) -> Option<Vec<&'a str>> {
    let mut pieces = pattern.split("{}");
    let first = pieces.next().unwrap_or_default();
    let mut rest = message.strip_prefix(first)?;
    let mut values = Vec::new();
    let pieces: Vec<&str> = pieces.collect();
    for (i, piece) in pieces.iter().enumerate() {
        let last = i + 1 == pieces.len();
        let at = if last && !piece.is_empty() {
            rest.strip_suffix(piece).map(str::len)?
        } else if last {
            rest.len()
        } else {
            rest.find(piece)?
        };
        values.push(&rest[..at]);
        rest = &rest[at + piece.len()..];
    }
    rest.is_empty().then_some(values)
}

#[cfg(test)]
mod tests {
    use super::{FRENCH, Language, translate};

    #[test]
    fn a_message_with_its_place_is_said_in_french_with_its_values() {
        let french = translate(
            "map.cards[1].stage: no stage has the id 40",
            Language::French,
        );
        assert_eq!(
            french,
            "map.cards[1].stage: aucune étape n'a l'identifiant 40"
        );
        let english = "map.cards[1].stage: no stage has the id 40";
        assert_eq!(translate(english, Language::English), english);
    }

    #[test]
    fn values_between_words_are_kept_in_order() {
        let message = "this text has 25000 characters, 5000 over the 20000 allowed";
        assert_eq!(
            translate(message, Language::French),
            "ce texte a 25000 caractères, 5000 de plus que les 20000 permis"
        );
    }

    #[test]
    fn each_line_and_each_value_is_said_in_french() {
        let message = "a.ron:3:5: the field `lane` is missing here\n\
                       b.ron: could not save: the disk is full; the previous file is unchanged";
        assert_eq!(
            translate(message, Language::French),
            "a.ron:3:5: le champ `lane` manque ici\n\
             b.ron: enregistrement impossible\u{a0}: le disque est plein\u{a0}; \
             le fichier précédent n'a pas changé"
        );
    }

    #[test]
    fn a_sentence_of_the_catalogue_told_in_english_is_shown_in_french() {
        let told = "Exported to /tmp/relance.png";
        assert_eq!(
            translate(told, Language::French),
            "Exporté dans /tmp/relance.png"
        );
        let loose = "roads to nowhere";
        assert_eq!(translate(loose, Language::French), loose, "no {{}} to {{}}");
    }

    #[test]
    fn a_message_without_a_pattern_stays_as_it_is() {
        assert_eq!(translate("odd: words", Language::French), "odd: words");
        assert_eq!(
            translate("something else", Language::French),
            "something else"
        );
    }

    #[test]
    fn each_pattern_has_as_many_places_in_french() {
        for (english, french) in FRENCH {
            assert_eq!(
                english.matches("{}").count(),
                french.matches("{}").count(),
                "{english}"
            );
        }
    }
}
