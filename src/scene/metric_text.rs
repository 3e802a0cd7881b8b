//! How a metric card states its number: once, in the map's language, with its
//! target when it has one.

use crate::model::{Metric, is_french};

/// The line a metric card shows under its text, or `None` when the text already
/// says all the metric would: "Renewal email opened: 38%" gets "Target: 50%",
/// not a second "Renewal email open rate 38%".
pub fn metric_line(metric: &Metric, card_text: &str, language: &str) -> Option<String> {
    let french = is_french(language);
    let number = format_number(metric.value, french);
    let target = metric.target.map(|target| {
        let target = with_unit(&format_number(target, french), &metric.unit, french);
        if french {
            format!("Objectif : {target}")
        } else {
            format!("Target: {target}")
        }
    });
    if mentions_number(card_text, &number) {
        return target;
    }
    let value = with_unit(&number, &metric.unit, french);
    let stated = if metric.name.trim().is_empty() {
        value
    } else if french {
        format!("{} : {value}", metric.name.trim())
    } else {
        format!("{}: {value}", metric.name.trim())
    };
    Some(match target {
        Some(target) => format!("{stated} · {}", target.to_lowercase()),
        None => stated,
    })
}

/// At most two decimals, none when the number is whole; a decimal comma in French.
fn format_number(value: f64, french: bool) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if french {
        text.replace('.', ",")
    } else {
        text.to_owned()
    }
}

/// "38%", "3.1/5", "25 min"; French puts a space before "%" too ("38 %").
fn with_unit(number: &str, unit: &str, french: bool) -> String {
    let unit = unit.trim();
    let spaced = unit.starts_with(char::is_alphabetic) || (french && unit.starts_with('%'));
    if unit.is_empty() {
        number.to_owned()
    } else if spaced {
        format!("{number}\u{a0}{unit}")
    } else {
        format!("{number}{unit}")
    }
}

/// Whether `number` appears in `text` as a whole number, not inside a longer one.
fn mentions_number(text: &str, number: &str) -> bool {
    let is_numeric = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    text.match_indices(number).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + number.len()..].chars().next();
        let ends_number = |c: Option<char>, trailing: bool| match c {
            None => true,
            // "38." ends a sentence; "38.5" goes on.
            Some(c) if trailing && (c == '.' || c == ',') => {
                !text[start + number.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
            }
            Some(c) => !is_numeric(c),
        };
        ends_number(before, false) && ends_number(after, true)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metric(name: &str, value: f64, unit: &str, target: Option<f64>) -> Metric {
        Metric {
            name: name.to_owned(),
            value,
            unit: unit.to_owned(),
            target,
            source: String::new(),
        }
    }

    #[test]
    fn a_card_that_already_states_the_number_shows_only_the_target() {
        let open_rate = metric("Renewal email open rate", 38.0, "%", Some(50.0));
        assert_eq!(
            metric_line(&open_rate, "Renewal email opened: 38%", "en").as_deref(),
            Some("Target: 50%")
        );
        let nps = metric("NPS", 18.0, "pts", None);
        assert_eq!(metric_line(&nps, "NPS 18", "en"), None);
    }

    #[test]
    fn a_card_silent_about_the_number_states_the_metric_and_its_target() {
        let csat = metric("Claim CSAT", 3.1, "/5", Some(4.0));
        assert_eq!(
            metric_line(&csat, "Claims handled by phone", "en").as_deref(),
            Some("Claim CSAT: 3.1/5 · target: 4/5")
        );
        let wait = metric("Wait", 25.0, "min", None);
        assert_eq!(
            metric_line(&wait, "", "en").as_deref(),
            Some("Wait: 25\u{a0}min")
        );
    }

    #[test]
    fn french_maps_get_a_decimal_comma_and_a_space_before_percent() {
        let conversion = metric("Devis transformés", 22.5, "%", Some(30.0));
        assert_eq!(
            metric_line(&conversion, "Un devis sur cinq signé", "fr").as_deref(),
            Some("Devis transformés : 22,5\u{a0}% · objectif : 30\u{a0}%")
        );
    }

    #[test]
    fn a_number_inside_a_longer_one_is_not_a_mention() {
        assert!(!mentions_number("2038 renewals", "38"));
        assert!(!mentions_number("38.5% opened", "38"));
        assert!(mentions_number("Opened: 38.", "38"));
        assert!(mentions_number("212 demandes", "212"));
    }
}
