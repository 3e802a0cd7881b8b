//! The insights slides' words, in the map's language.

use crate::model::{Level, is_french};

/// What the insights slides write, in English or French.
pub struct Words {
    pub french: bool,
    pub title: &'static str,
    pub pain_points: &'static str,
    pub matrix: &'static str,
    pub channels: &'static str,
    pub automation: &'static str,
    pub weakest: &'static str,
    pub strongest: &'static str,
    pub owners: &'static str,
    pub brand_controlled: &'static str,
    pub total: &'static str,
    pub low_effort: &'static str,
    pub high_effort: &'static str,
    pub hours_unknown: &'static str,
}

impl Words {
    pub fn of(language: &str) -> Self {
        if is_french(language) {
            Self {
                french: true,
                title: "Enseignements",
                pain_points: "Les irritants à traiter d’abord",
                matrix: "Matrice de priorités : valeur et effort",
                channels: "Points de contact par canal et par étape",
                automation: "Tâches manuelles à automatiser",
                weakest: "Étape la plus faible",
                strongest: "Étape la plus forte",
                owners: "Responsables",
                brand_controlled: "Maîtrisés",
                total: "Total",
                low_effort: "Effort faible",
                high_effort: "Effort élevé",
                hours_unknown: "durée inconnue",
            }
        } else {
            Self {
                french: false,
                title: "Insights",
                pain_points: "Pain points to deal with first",
                matrix: "Priority matrix: value and effort",
                channels: "Touchpoints by channel and stage",
                automation: "Manual work to automate",
                weakest: "Weakest stage",
                strongest: "Strongest stage",
                owners: "Owners",
                brand_controlled: "Brand-controlled",
                total: "Total",
                low_effort: "Low effort",
                high_effort: "High effort",
                hours_unknown: "hours unknown",
            }
        }
    }

    /// The subtitle of a persona's stages slide.
    pub fn stages_of(&self, persona: &str) -> String {
        if self.french {
            format!("Étapes la plus faible et la plus forte pour {persona}")
        } else {
            format!("Weakest and strongest stages for {persona}")
        }
    }

    /// "mean -0.67 over 3 points".
    pub fn mean(&self, mean: f32, points: usize) -> String {
        let mean = self.number(f64::from(mean));
        match (self.french, points) {
            (false, 1) => format!("mean {mean}, one point"),
            (false, _) => format!("mean {mean} over {points} points"),
            (true, 1) => format!("moyenne {mean}, un point"),
            (true, _) => format!("moyenne {mean} sur {points} points"),
        }
    }

    /// A number with at most two decimals, and a decimal comma in French.
    pub fn number(&self, value: f64) -> String {
        let text = crate::insights::number(value);
        if self.french {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// "Critical · 3 votes" under a pain point, in the map's language.
    pub fn severity_and_votes(
        &self,
        severity: Option<Level>,
        votes: u32,
        language: &str,
    ) -> String {
        let votes = match (votes, self.french) {
            (0, _) => String::new(),
            (1, false) => "1 vote".to_owned(),
            (1, true) => "1 voix".to_owned(),
            (n, false) => format!("{n} votes"),
            (n, true) => format!("{n} voix"),
        };
        let severity = severity.map(|s| s.label_in(language)).unwrap_or_default();
        [severity, votes.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// "35 h a week", or that the hours are not known.
    pub fn hours(&self, hours: Option<f32>) -> String {
        match hours {
            None => self.hours_unknown.to_owned(),
            Some(h) if self.french => format!("{} h par semaine", self.number(f64::from(h))),
            Some(h) => format!("{} h a week", self.number(f64::from(h))),
        }
    }

    /// "In all: 53 hours a week".
    pub fn hours_in_all(&self, hours: f32) -> String {
        let hours = self.number(f64::from(hours));
        if self.french {
            format!("Au total : {hours} heures par semaine")
        } else {
            format!("In all: {hours} hours a week")
        }
    }

    /// "and 3 more".
    pub fn more(&self, count: usize) -> String {
        if self.french {
            format!("et {count} de plus")
        } else {
            format!("and {count} more")
        }
    }

    /// "3 of 4".
    pub fn of_total(&self, part: usize, total: usize) -> String {
        if self.french {
            format!("{part} sur {total}")
        } else {
            format!("{part} of {total}")
        }
    }
}
