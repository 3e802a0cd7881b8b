//! The words people use in spreadsheets for lanes, channels and moments, in
//! English and French, and the words Parcours writes back.

use super::text::fold;
use crate::model::{Channel, LaneKind, Level, MapType, MomentKind};

/// Words that name a lane kind when a lane's name contains them, most specific first.
const LANE_WORDS: &[(&str, LaneKind)] = &[
    ("touchpoint", LaneKind::Touchpoints),
    ("points de contact", LaneKind::Touchpoints),
    ("point de contact", LaneKind::Touchpoints),
    ("pain", LaneKind::PainPoints),
    ("irritant", LaneKind::PainPoints),
    ("opportunit", LaneKind::Opportunities),
    ("success", LaneKind::Successes),
    ("reussite", LaneKind::Successes),
    ("goal", LaneKind::CustomerGoals),
    ("objectif", LaneKind::CustomerGoals),
    ("metric", LaneKind::Metrics),
    ("indicateur", LaneKind::Metrics),
    ("frontstage", LaneKind::Frontstage),
    ("front-office", LaneKind::Frontstage),
    ("backstage", LaneKind::Backstage),
    ("back-office", LaneKind::Backstage),
    ("support", LaneKind::Support),
    ("system", LaneKind::Support),
    ("systeme", LaneKind::Support),
    ("emotion", LaneKind::Emotion),
    ("image", LaneKind::Images),
    ("think", LaneKind::Thinks),
    ("pense", LaneKind::Thinks),
    ("feel", LaneKind::Feels),
    ("ressent", LaneKind::Feels),
    ("sees", LaneKind::Sees),
    ("voit", LaneKind::Sees),
    ("does", LaneKind::Does),
    ("fait", LaneKind::Does),
    ("action", LaneKind::Actions),
    ("note", LaneKind::FreeText),
];

/// The kind of lane a name stands for, FreeText when it names none.
pub fn lane_kind(name: &str) -> LaneKind {
    let folded = fold(name);
    LANE_WORDS
        .iter()
        .find(|(word, _)| folded.contains(word))
        .map_or(LaneKind::FreeText, |(_, kind)| *kind)
}

/// Whether a name says what a lane holds: it has a lane word, or it is an
/// emotion row's `score`.
pub fn names_a_lane(name: &str) -> bool {
    let folded = fold(name);
    is_score_row(name) || LANE_WORDS.iter().any(|(word, _)| folded.contains(word))
}

/// Whether a grid's row (or column) of this name holds emotion scores.
pub fn is_score_row(name: &str) -> bool {
    let folded = fold(name);
    let word = folded.split([' ', '(', ':']).next().unwrap_or_default();
    matches!(
        word,
        "emotion" | "emotions" | "score" | "scores" | "ressenti"
    )
}

/// Lane words only French sheets use.
const FRENCH_LANE_WORDS: [&str; 11] = [
    "point de contact",
    "points de contact",
    "irritant",
    "reussite",
    "objectif",
    "indicateur",
    "systeme",
    "pense",
    "ressent",
    "voit",
    "fait",
];

/// Whether a lane's name is French rather than English.
pub fn is_french_lane_name(name: &str) -> bool {
    let folded = fold(name);
    FRENCH_LANE_WORDS.iter().any(|word| folded.contains(word)) || name.contains(['é', 'É', 'è'])
}

/// A bare kind word ("touchpoints", "irritants") as opposed to a lane's own title.
pub fn is_bare_kind_word(name: &str) -> bool {
    let folded = fold(name);
    let kind = lane_kind(name);
    LANE_WORDS
        .iter()
        .any(|(word, k)| *k == kind && (folded == *word || folded == format!("{word}s")))
}

const CHANNEL_WORDS: &[(&str, Channel)] = &[
    ("website", Channel::Website),
    ("web", Channel::Website),
    ("site web", Channel::Website),
    ("site internet", Channel::Website),
    ("site", Channel::Website),
    ("store", Channel::Store),
    ("on site", Channel::Store),
    ("magasin", Channel::Store),
    ("boutique", Channel::Store),
    ("agence", Channel::Store),
    ("phone", Channel::Phone),
    ("call centre", Channel::Phone),
    ("telephone", Channel::Phone),
    ("email", Channel::Email),
    ("e-mail", Channel::Email),
    ("mail", Channel::Email),
    ("courriel", Channel::Email),
    ("newsletter", Channel::Newsletter),
    ("sms", Channel::Sms),
    ("live chat", Channel::LiveChat),
    ("chat", Channel::LiveChat),
    ("chatbot", Channel::Chatbot),
    ("mobile app", Channel::MobileApp),
    ("app", Channel::MobileApp),
    ("application", Channel::MobileApp),
    ("social networks", Channel::SocialNetwork),
    ("social", Channel::SocialNetwork),
    ("reseaux sociaux", Channel::SocialNetwork),
    ("forum", Channel::Forum),
    ("faq / self-care", Channel::SelfCare),
    ("faq", Channel::SelfCare),
    ("self-care", Channel::SelfCare),
    ("selfcare", Channel::SelfCare),
    ("review sites", Channel::ReviewSite),
    ("reviews", Channel::ReviewSite),
    ("avis", Channel::ReviewSite),
    ("word of mouth", Channel::WordOfMouth),
    ("bouche-a-oreille", Channel::WordOfMouth),
    ("ads", Channel::Ads),
    ("publicite", Channel::Ads),
    ("direct mail", Channel::DirectMail),
    ("courrier", Channel::DirectMail),
    ("events", Channel::Event),
    ("event", Channel::Event),
    ("evenement", Channel::Event),
];

/// The built-in channels' names in French, as French spreadsheets write them.
const FRENCH_CHANNELS: [(Channel, &str); 17] = [
    (Channel::Website, "Site web"),
    (Channel::Store, "Magasin / agence"),
    (Channel::Phone, "Téléphone"),
    (Channel::Email, "E-mail"),
    (Channel::Newsletter, "Newsletter"),
    (Channel::Sms, "SMS"),
    (Channel::LiveChat, "Chat en direct"),
    (Channel::Chatbot, "Chatbot"),
    (Channel::MobileApp, "Application mobile"),
    (Channel::SocialNetwork, "Réseaux sociaux"),
    (Channel::Forum, "Forum"),
    (Channel::SelfCare, "FAQ / selfcare"),
    (Channel::ReviewSite, "Sites d'avis"),
    (Channel::WordOfMouth, "Bouche-à-oreille"),
    (Channel::Ads, "Publicité"),
    (Channel::DirectMail, "Courrier"),
    (Channel::Event, "Événements"),
];

/// A channel by its name; a name Parcours does not know becomes a custom channel.
pub fn channel(name: &str) -> Channel {
    let folded = fold(name);
    let built_in = Channel::BUILT_IN
        .iter()
        .find(|c| fold(c.label()) == folded)
        .cloned();
    built_in
        .or_else(|| {
            FRENCH_CHANNELS
                .iter()
                .find(|(_, french)| fold(french) == folded)
                .map(|(c, _)| c.clone())
        })
        .or_else(|| {
            CHANNEL_WORDS
                .iter()
                .find(|(word, _)| folded == *word)
                .map(|(_, c)| c.clone())
        })
        .unwrap_or_else(|| Channel::Custom(name.trim().to_owned()))
}

/// A channel's name as a spreadsheet in English or French writes it.
pub fn channel_word(channel: &Channel, french: bool) -> String {
    let in_french = FRENCH_CHANNELS
        .iter()
        .find(|(c, _)| french && c == channel)
        .map(|(_, word)| (*word).to_owned());
    in_french.unwrap_or_else(|| channel.label().to_owned())
}

/// A moment of truth by its word, in English or French.
pub fn moment(name: &str) -> Option<MomentKind> {
    match fold(name).as_str() {
        "influence" => Some(MomentKind::Influence),
        "impact" => Some(MomentKind::Impact),
        "decision" => Some(MomentKind::Decision),
        _ => None,
    }
}

/// The word a spreadsheet in English or French writes for a moment of truth.
pub fn moment_word(kind: MomentKind, french: bool) -> &'static str {
    match kind {
        MomentKind::Influence => "influence",
        MomentKind::Impact => "impact",
        MomentKind::Decision if french => "décision",
        MomentKind::Decision => "decision",
    }
}

/// The lane kinds' names in French, as the French interface names them.
const FRENCH_LANE_KINDS: [(LaneKind, &str); 17] = [
    (LaneKind::Touchpoints, "Points de contact"),
    (LaneKind::CustomerGoals, "Objectifs du client"),
    (LaneKind::Does, "Ce que fait le client"),
    (LaneKind::Thinks, "Pense"),
    (LaneKind::Feels, "Ressent"),
    (LaneKind::Sees, "Voit"),
    (LaneKind::Emotion, "Émotion"),
    (LaneKind::PainPoints, "Irritants"),
    (LaneKind::Successes, "Réussites"),
    (LaneKind::Opportunities, "Opportunités"),
    (LaneKind::Actions, "Plans d'action"),
    (LaneKind::Metrics, "Indicateurs"),
    (LaneKind::Frontstage, "Front-office"),
    (LaneKind::Backstage, "Back-office"),
    (LaneKind::Support, "Support et systèmes"),
    (LaneKind::FreeText, "Remarques"),
    (LaneKind::Images, "Illustrations"),
];

/// A lane kind's name as a spreadsheet in English or French writes it.
pub fn lane_kind_word(kind: LaneKind, french: bool) -> &'static str {
    FRENCH_LANE_KINDS
        .iter()
        .find(|(k, _)| french && *k == kind)
        .map_or(kind.label(), |(_, word)| word)
}

/// A lane kind by its English or French name.
pub fn lane_kind_named(name: &str) -> Option<LaneKind> {
    let folded = fold(name);
    LaneKind::ALL
        .into_iter()
        .find(|kind| fold(kind.label()) == folded || fold(lane_kind_word(*kind, true)) == folded)
}

/// The map types' names in French, as the French interface names them.
const FRENCH_MAP_TYPES: [(MapType, &str); 4] = [
    (MapType::CurrentState, "État actuel"),
    (MapType::FutureState, "État futur"),
    (MapType::DayInTheLife, "Une journée type"),
    (MapType::ServiceBlueprint, "Plan de service"),
];

/// A map type's name as a spreadsheet in English or French writes it.
pub fn map_type_word(map_type: MapType, french: bool) -> &'static str {
    FRENCH_MAP_TYPES
        .iter()
        .find(|(t, _)| french && *t == map_type)
        .map_or(map_type.label(), |(_, word)| word)
}

/// A map type by its English or French name.
pub fn map_type_named(name: &str) -> Option<MapType> {
    let folded = fold(name);
    MapType::ALL.into_iter().find(|map_type| {
        fold(map_type.label()) == folded || fold(map_type_word(*map_type, true)) == folded
    })
}

/// A severity or a priority by its name, in English or French.
pub fn level(name: &str) -> Option<Level> {
    let folded = fold(name);
    Level::ALL
        .into_iter()
        .find(|level| fold(level.label()) == folded || fold(level.label_in("fr")) == folded)
}

/// Whether a cell says yes (`yes`, `oui`, `true`, `1`), no (`no`, `non`,
/// `false`, `0`), or neither.
pub fn yes_or_no(value: &str) -> Option<bool> {
    match fold(value).as_str() {
        "yes" | "oui" | "true" | "vrai" | "1" | "y" | "o" => Some(true),
        "no" | "non" | "false" | "faux" | "0" | "n" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_names_in_english_and_french_find_their_kind() {
        for (name, kind) in [
            ("Touchpoints", LaneKind::Touchpoints),
            ("Points de contact", LaneKind::Touchpoints),
            ("Customer does", LaneKind::Does),
            ("Ce que fait la cliente", LaneKind::Does),
            ("Thinks & feels", LaneKind::Thinks),
            ("Irritants", LaneKind::PainPoints),
            ("Opportunités", LaneKind::Opportunities),
            ("Indicateurs", LaneKind::Metrics),
            ("Whatever else", LaneKind::FreeText),
        ] {
            assert_eq!(lane_kind(name), kind, "{name}");
        }
    }

    #[test]
    fn channels_are_found_by_label_or_word_and_others_are_custom() {
        assert_eq!(channel("Phone / call centre"), Channel::Phone);
        assert_eq!(channel("Téléphone"), Channel::Phone);
        assert_eq!(channel("e-mail"), Channel::Email);
        assert_eq!(channel("Kiosk"), Channel::Custom("Kiosk".to_owned()));
    }

    #[test]
    fn every_built_in_channel_reads_back_from_its_english_and_french_word() {
        for built_in in Channel::BUILT_IN {
            for french in [false, true] {
                assert_eq!(channel(&channel_word(&built_in, french)), built_in);
            }
        }
        assert_eq!(channel_word(&Channel::Phone, true), "Téléphone");
    }

    #[test]
    fn every_lane_kind_and_map_type_reads_back_from_its_english_and_french_word() {
        for french in [false, true] {
            for kind in LaneKind::ALL {
                assert_eq!(lane_kind_named(lane_kind_word(kind, french)), Some(kind));
            }
            for map_type in MapType::ALL {
                let word = map_type_word(map_type, french);
                assert_eq!(map_type_named(word), Some(map_type));
            }
        }
        assert_eq!(
            lane_kind_word(LaneKind::Support, true),
            "Support et systèmes"
        );
        assert_eq!(map_type_named("etat actuel"), Some(MapType::CurrentState));
    }
}
