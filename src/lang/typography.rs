//! Numbers as each language writes them: a decimal point in English, a
//! decimal comma in French.

use super::Language;

/// `value` with `decimals` digits after the decimal mark of `language`.
pub fn decimal(language: Language, value: f64, decimals: usize) -> String {
    with_decimal_mark(language, format!("{value:.decimals$}"))
}

/// A number written with a decimal point, `number`, with the decimal mark of
/// `language` instead.
pub fn with_decimal_mark(language: Language, number: String) -> String {
    match language {
        Language::English => number,
        Language::French => number.replace('.', ","),
    }
}

/// A number typed with a decimal point or a decimal comma, spaces allowed
/// around it; None when it is not a number.
pub fn parse_decimal(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
}

/// A count with its thousands grouped as `language` writes them: "12,400" in
/// English, "12 400" in French with a narrow non-breaking space.
pub fn grouped(language: Language, count: usize) -> String {
    let separator = match language {
        Language::English => ",",
        Language::French => "\u{202f}",
    };
    let digits = count.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}
