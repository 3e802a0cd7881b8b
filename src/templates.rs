//! The templates and example maps shipped inside the binary (and as files in
//! `assets/`), from which new maps start.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::file::{self, LoadError};
use crate::model::JourneyMap;

/// Whether a catalogue entry is a frame to fill in or a finished map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Stages and lanes to fill in.
    Template,
    /// A complete map to learn from or start from.
    Example,
}

/// One entry of the catalogue.
pub struct Template {
    /// What `parcours new --template NAME` takes.
    pub name: &'static str,
    /// One line saying what the template holds, for lists of templates.
    pub description: &'static str,
    /// A template to fill in or an example to learn from.
    pub kind: Kind,
    /// The map's text in each language it exists in, as `(language, text)`.
    pub sources: &'static [(&'static str, &'static str)],
}

macro_rules! template_sources {
    ($name:literal) => {
        &[
            (
                "en",
                include_str!(concat!("../assets/templates/en/", $name, ".journey.ron")),
            ),
            (
                "fr",
                include_str!(concat!("../assets/templates/fr/", $name, ".journey.ron")),
            ),
        ]
    };
}

/// Every template and example shipped, templates first.
pub const CATALOGUE: &[Template] = &[
    Template {
        name: "four-stages",
        description: "Four stages: reach & engage, nurture & educate, convert & close, support & grow",
        kind: Kind::Template,
        sources: template_sources!("four-stages"),
    },
    Template {
        name: "lifecycle",
        description: "The six stages of the customer lifecycle, from awareness to advocacy",
        kind: Kind::Template,
        sources: template_sources!("lifecycle"),
    },
    Template {
        name: "three-phases",
        description: "Three phases: pre-purchase, purchase, post-purchase",
        kind: Kind::Template,
        sources: template_sources!("three-phases"),
    },
    Template {
        name: "experience",
        description: "A four-step experience map: research, comparison, purchase, after-sales",
        kind: Kind::Template,
        sources: template_sources!("experience"),
    },
    Template {
        name: "service-blueprint",
        description: "A service blueprint with frontstage, backstage and support lanes",
        kind: Kind::Template,
        sources: template_sources!("service-blueprint"),
    },
    Template {
        name: "day-in-the-life",
        description: "A customer's whole day, from morning to evening, moods included",
        kind: Kind::Template,
        sources: template_sources!("day-in-the-life"),
    },
    Template {
        name: "home-insurance-renewal",
        description: "Example: renewing a home insurance contract, with a claim on the way (English)",
        kind: Kind::Example,
        sources: &[(
            "en",
            include_str!("../assets/examples/home-insurance-renewal.journey.ron"),
        )],
    },
    Template {
        name: "relance-prospects-photographe",
        description: "Example: a wedding photographer's lead follow-up, zombie leads included (French)",
        kind: Kind::Example,
        sources: &[(
            "fr",
            include_str!("../assets/examples/relance-prospects-photographe.journey.ron"),
        )],
    },
];

/// Why a template could not give a map.
#[derive(Debug)]
pub enum TemplateError {
    /// No template has this name.
    UnknownName(String),
    /// The template exists, but not in the language asked for.
    NoSuchLanguage {
        /// The template's name.
        name: &'static str,
        /// The language asked for.
        language: String,
        /// The languages the template exists in.
        available: Vec<&'static str>,
    },
    /// The shipped text does not load: a bug in the build, which the tests catch.
    Broken(LoadError),
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TemplateError::UnknownName(name) => {
                let names: Vec<&str> = CATALOGUE.iter().map(|t| t.name).collect();
                write!(
                    f,
                    "there is no template named \"{name}\"; the templates are: {}",
                    names.join(", ")
                )
            }
            TemplateError::NoSuchLanguage {
                name,
                language,
                available,
            } => write!(
                f,
                "the template \"{name}\" is not available in \"{language}\"; it is in: {}",
                available.join(", ")
            ),
            TemplateError::Broken(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for TemplateError {}

/// The catalogue entry with this name.
pub fn find(name: &str) -> Option<&'static Template> {
    CATALOGUE.iter().find(|t| t.name == name)
}

impl Template {
    /// The languages the template exists in, as tags such as `en`.
    pub fn languages(&self) -> Vec<&'static str> {
        self.sources.iter().map(|(language, _)| *language).collect()
    }

    /// The shipped map as it is, for checks and previews.
    pub fn load(&self, language: &str) -> Result<JourneyMap, TemplateError> {
        let (_, text) = self
            .sources
            .iter()
            .find(|(lang, _)| *lang == language)
            .ok_or_else(|| TemplateError::NoSuchLanguage {
                name: self.name,
                language: language.to_owned(),
                available: self.languages(),
            })?;
        let source = format!("template {}/{language}", self.name);
        file::parse(text.as_bytes(), &source).map_err(TemplateError::Broken)
    }

    /// A new map from this template: its own id, dated today.
    pub fn instantiate(&self, language: &str) -> Result<JourneyMap, TemplateError> {
        let mut map = self.load(language)?;
        let seconds = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs());
        map.meta.id = format!("{}-{seconds:x}", file::slug(&map.meta.title));
        map.meta.date = iso_date(seconds / 86_400);
        Ok(map)
    }
}

/// `YYYY-MM-DD` for a count of days since 1970-01-01 (Howard Hinnant's civil_from_days).
pub(crate) fn iso_date(days_since_epoch: u64) -> String {
    let z = days_since_epoch as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_date_counts_days_from_the_epoch() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(59), "1970-03-01");
        assert_eq!(iso_date(11_016), "2000-02-29");
        assert_eq!(iso_date(20_414), "2025-11-22");
    }
}
