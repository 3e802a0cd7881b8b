//! The words people use in spreadsheets for lanes, channels and moments, in
//! English and French, and the words Parcours writes back.

use super::text::fold;
use crate::model::{Channel, LaneKind, MomentKind};

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

/// A channel by its name; a name Parcours does not know becomes a custom channel.
pub fn channel(name: &str) -> Channel {
    let folded = fold(name);
    let built_in = Channel::BUILT_IN
        .iter()
        .find(|c| fold(c.label()) == folded)
        .cloned();
    built_in
        .or_else(|| {
            CHANNEL_WORDS
                .iter()
                .find(|(word, _)| folded == *word)
                .map(|(_, c)| c.clone())
        })
        .unwrap_or_else(|| Channel::Custom(name.trim().to_owned()))
}

pub fn moment(name: &str) -> Option<MomentKind> {
    match fold(name).as_str() {
        "influence" => Some(MomentKind::Influence),
        "impact" => Some(MomentKind::Impact),
        "decision" => Some(MomentKind::Decision),
        _ => None,
    }
}

pub fn moment_word(kind: MomentKind) -> &'static str {
    match kind {
        MomentKind::Influence => "influence",
        MomentKind::Impact => "impact",
        MomentKind::Decision => "decision",
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
}
