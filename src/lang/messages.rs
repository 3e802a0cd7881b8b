//! The messages of files that cannot be read, checked or written, in the
//! interface's language. `file` and `model::validate` word their problems in
//! English, with the values that vary inside; each message's French is found
//! in `french_messages` by its English pattern, `{}` standing for what varies,
//! and gets the same values in the same order. A message with no pattern stays
//! as it is.

use super::french_messages::FRENCH;
use super::french_usage::FRENCH_USAGE;
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
    FRENCH
        .iter()
        .chain(FRENCH_USAGE)
        .find_map(|(english, french)| {
            let values: Vec<String> = matches(english, line)?
                .into_iter()
                .map(translate_value)
                .collect();
            let values: Vec<&dyn std::fmt::Display> =
                values.iter().map(|v| v as &dyn std::fmt::Display).collect();
            Some(fill(french, &values))
        })
}

/// A value of a message in French: a number grouped by thousands with commas
/// gets narrow spaces ("1 241 000"), a list's last "and" becomes "et", and
/// anything else is translated as a line.
fn translate_value(value: &str) -> String {
    if is_grouped_number(value) {
        return value.replace(',', "\u{202f}");
    }
    match value.rsplit_once(" and ") {
        Some((items, last)) if is_list_item(last) && items.split(", ").all(is_list_item) => {
            format!("{items} et {last}")
        }
        _ => translate_line(value),
    }
}

/// "1,241,000": digits grouped by three with commas.
fn is_grouped_number(value: &str) -> bool {
    let mut groups = value.split(',');
    let first = groups.next().unwrap_or_default();
    value.contains(',')
        && (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// One word of a list of names: "png", "service-blueprint".
fn is_list_item(item: &str) -> bool {
    !item.is_empty() && item.chars().all(|c| c.is_alphanumeric() || c == '-')
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
    use super::{FRENCH, FRENCH_USAGE, Language, translate};

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
    fn export_budgets_lists_and_large_numbers_are_said_in_french() {
        let budget = "parcours: the 86 slides would hold 3096 megapixels together, \
                      2048 over the 1024 an export may have; ask for a smaller size";
        assert_eq!(
            translate(budget, Language::French),
            "parcours: les 86\u{a0}diapositives feraient ensemble 3096\u{a0}mégapixels, \
             2048 de plus que les 1024 permis à un export\u{a0}; \
             demandez une taille plus petite"
        );
        let option = "--theme applies to pdf, png, jpeg and svg exports only, not csv";
        assert_eq!(
            translate(option, Language::French),
            "--theme ne vaut que pour les exports pdf, png, jpeg et svg, pas csv"
        );
        let size = "a scale of 500× makes an image of 1,241,000 × 512,000 pixels; \
                    each side must be between 1 and 16,384 pixels";
        assert_eq!(
            translate(size, Language::French),
            "une échelle de 500× donne une image de 1\u{202f}241\u{202f}000 × \
             512\u{202f}000 pixels\u{a0}; chaque côté doit faire entre 1 et 16\u{202f}384 pixels"
        );
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
        for (english, french) in FRENCH.iter().chain(FRENCH_USAGE) {
            assert_eq!(
                english.matches("{}").count(),
                french.matches("{}").count(),
                "{english}"
            );
        }
    }
}
