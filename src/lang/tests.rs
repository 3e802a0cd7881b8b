use super::{Language, decimal, fill, from_environment, from_locale_name, grouped, parse_decimal};

/// Fields whose French is rightly the English word.
const SAME_IN_BOTH: &[&str] = &[
    "palette",
    "heading_persona",
    "personas",
    "new_persona",
    "channels[5]",
    "channels[10]",
    "vote_one",
    "vote_many",
    "element_kinds[3]",
    "field_names[1]",
    "field_names[7]",
    "field_names[11]",
    "field_names[17]",
    "field_names[18]",
    "field_names[24]",
    "field_names[32]",
    "field_names[42]",
    "field_names[45]",
    "field_names[46]",
    "field_names[51]",
    "field_names[53]",
    "field_names[59]",
    "field_names[64]",
];

fn pairs() -> Vec<(String, &'static str, &'static str)> {
    let english = Language::English.words().entries();
    let french = Language::French.words().entries();
    assert_eq!(english.len(), french.len());
    english
        .into_iter()
        .zip(french)
        .map(|((name, en), (_, fr))| (name, en, fr))
        .collect()
}

#[test]
fn every_string_is_in_french_unless_listed_as_the_same_word() {
    for (name, english, french) in pairs() {
        assert!(!english.trim().is_empty(), "{name} is empty in English");
        assert!(!french.trim().is_empty(), "{name} is empty in French");
        let same = english == french;
        assert_eq!(
            same,
            SAME_IN_BOTH.contains(&name.as_str()),
            "{name}: {english:?} / {french:?}"
        );
    }
}

#[test]
fn both_languages_take_the_same_arguments() {
    for (name, english, french) in pairs() {
        assert_eq!(
            english.matches("{}").count(),
            french.matches("{}").count(),
            "{name}"
        );
    }
}

/// Where French typography is broken in `text`, if it is.
fn typography_fault(text: &str) -> Option<usize> {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i + 1).copied();
        let fault = match c {
            // A ratio such as 16:9 keeps its colon tight.
            ':' if before.is_some_and(|b| b.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit()) =>
            {
                false
            }
            ':' | ';' | '!' | '?' | '»' => before != Some('\u{a0}'),
            '«' => after != Some('\u{a0}'),
            _ => false,
        };
        if fault {
            return Some(i);
        }
    }
    None
}

#[test]
fn french_strings_keep_french_typography() {
    for (name, _, french) in pairs() {
        assert_eq!(typography_fault(french), None, "{name}: {french:?}");
    }
    assert_eq!(typography_fault("Annuler : x"), Some(8));
    assert_eq!(typography_fault("«\u{a0}x»"), Some(3));
    assert_eq!(typography_fault("« x\u{a0}»"), Some(0));
    assert_eq!(typography_fault("16:9"), None);
}

/// `text` without what stands between backticks: code keeps its own colons.
fn without_code(text: &str) -> String {
    text.split('`').step_by(2).collect::<Vec<_>>().join("")
}

#[test]
fn french_messages_keep_french_typography_outside_code() {
    for (english, french) in super::french_messages::FRENCH {
        let prose = without_code(french);
        assert_eq!(typography_fault(&prose), None, "{english}: {french:?}");
    }
}

#[test]
fn english_strings_have_no_french_spacing() {
    for (name, english, _) in pairs() {
        assert!(!english.contains('\u{a0}'), "{name}");
        assert!(!english.contains('«'), "{name}");
    }
}

#[test]
fn counts_take_each_language_s_plural() {
    let en = Language::English;
    let fr = Language::French;
    assert_eq!(en.counted(1, "card", "cards"), "1 card");
    assert_eq!(en.counted(0, "card", "cards"), "0 cards");
    assert_eq!(en.counted(2, "card", "cards"), "2 cards");
    assert_eq!(fr.counted(0, "carte", "cartes"), "0 carte");
    assert_eq!(fr.counted(1, "carte", "cartes"), "1 carte");
    assert_eq!(fr.counted(2, "carte", "cartes"), "2 cartes");
    assert_eq!(en.counted(19_500, "card", "cards"), "19,500 cards");
    assert_eq!(
        fr.counted(19_500, "carte", "cartes"),
        "19\u{202f}500 cartes"
    );
}

#[test]
fn numbers_take_each_language_s_marks() {
    assert_eq!(decimal(Language::English, 12.5, 1), "12.5");
    assert_eq!(decimal(Language::French, 12.5, 1), "12,5");
    assert_eq!(Language::French.percent(40.0), "40\u{a0}%");
    assert_eq!(Language::English.percent(40.0), "40%");
    assert_eq!(parse_decimal(" 3,25 "), Some(3.25));
    assert_eq!(parse_decimal("3.25"), Some(3.25));
    assert_eq!(parse_decimal("trois"), None);
    assert_eq!(parse_decimal("inf"), None);
}

#[test]
fn quotes_follow_the_language() {
    assert_eq!(Language::English.quoted("a.ron"), "“a.ron”");
    assert_eq!(Language::French.quoted("a.ron"), "«\u{a0}a.ron\u{a0}»");
}

#[test]
fn arguments_fill_the_places_in_order_and_are_left_as_they_are() {
    assert_eq!(fill("From {} to {}", &[&"a", &2]), "From a to 2");
    assert_eq!(fill("Undo {}", &[&"{}"]), "Undo {}");
    assert_eq!(fill("no place", &[&"a"]), "no place");
    assert_eq!(fill("{} and {}", &[&"one"]), "one and ");
}

#[test]
fn locale_names_give_the_language() {
    assert_eq!(from_locale_name("fr_FR.UTF-8"), Some(Language::French));
    assert_eq!(from_locale_name("fr-CA"), Some(Language::French));
    assert_eq!(from_locale_name("en_GB.UTF-8"), Some(Language::English));
    assert_eq!(from_locale_name("de_DE"), None);
    assert_eq!(from_locale_name("C"), None);
    assert_eq!(from_locale_name("free"), None);
}

#[test]
fn lc_all_then_lc_messages_then_lang_decide() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        from_environment(env(&[("LANG", "fr_FR.UTF-8")])),
        Language::French
    );
    let messages_first = &[("LC_MESSAGES", "en_US.UTF-8"), ("LANG", "fr_FR.UTF-8")];
    assert_eq!(from_environment(env(messages_first)), Language::English);
    let all_first = &[("LC_ALL", "fr_FR"), ("LC_MESSAGES", "en_US")];
    assert_eq!(from_environment(env(all_first)), Language::French);
    let empty_skipped = &[("LC_ALL", ""), ("LANG", "fr_BE.UTF-8")];
    assert_eq!(from_environment(env(empty_skipped)), Language::French);
    assert_eq!(from_environment(env(&[("LANG", "C")])), Language::English);
    assert_eq!(from_environment(env(&[])), Language::English);
}

#[test]
fn every_choice_has_a_name_in_both_languages() {
    use crate::model::{Channel, LaneKind, Level};
    for language in Language::ALL {
        for kind in LaneKind::ALL {
            assert!(!language.lane_kind(kind).is_empty(), "{kind:?}");
        }
        for channel in Channel::BUILT_IN {
            assert!(!language.channel(&channel).is_empty(), "{channel:?}");
        }
    }
    assert_eq!(Language::French.level(Level::High), "Élevé");
    assert_eq!(
        Language::French.lane_kind(LaneKind::PainPoints),
        "Irritants"
    );
    let kiosk = Channel::Custom("Borne".to_owned());
    assert_eq!(Language::English.channel(&kiosk), "Borne");
}

#[test]
fn counts_group_their_thousands_as_each_language_does() {
    assert_eq!(grouped(Language::English, 12_400), "12,400");
    assert_eq!(grouped(Language::English, 1_234_567), "1,234,567");
    assert_eq!(grouped(Language::English, 999), "999");
    assert_eq!(grouped(Language::French, 20_000), "20\u{202f}000");
    assert_eq!(grouped(Language::French, 0), "0");
}
