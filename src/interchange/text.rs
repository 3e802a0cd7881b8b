//! Turning the bytes of a file another program wrote into text.

/// UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else
/// Windows-1252, which is what Excel writes on Windows in Western Europe.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// Lower case, trimmed, without accents: for matching names people type.
pub fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '’' => '\'',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_text_decodes_with_its_accents_and_marks() {
        assert_eq!(decode(b"\xC9tape \x96 \x80 \x93ok\x94"), "Étape – € “ok”");
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode("\u{feff}stage".as_bytes()), "stage");
    }

    #[test]
    fn folding_ignores_case_accents_and_spaces() {
        assert_eq!(fold("  Étape "), "etape");
        assert_eq!(fold("Sous-Étape"), "sous-etape");
    }
}
