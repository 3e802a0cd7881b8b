//! The analysis as one CSV table, a row per figure, for spreadsheets:
//! `parcours insights --format csv`.
//!
//! Columns: `section`, `id` (of the element the row is about), `stage`,
//! `subject` (a persona, card, channel, link or metric), `measure`, `value`, `detail`.

use super::names::{Names, number};
use super::{Insights, PersonaInsights};
use crate::model::{JourneyMap, Level};

/// The table's columns, in English and in French.
const COLUMNS: [(&str, &str); 7] = [
    ("section", "rubrique"),
    ("id", "id"),
    ("stage", "étape"),
    ("subject", "sujet"),
    ("measure", "mesure"),
    ("value", "valeur"),
    ("detail", "détail"),
];

/// The sections' and measures' names in French.
const FRENCH: [(&str, &str); 27] = [
    ("persona", "persona"),
    ("moment of truth", "moment de vérité"),
    ("pain point", "irritant"),
    ("opportunity", "opportunité"),
    ("automation candidate", "tâche à automatiser"),
    ("channel", "canal"),
    ("drop-out", "abandon"),
    ("bottleneck", "goulet d'étranglement"),
    ("stage metric", "indicateur d'étape"),
    ("lowest point", "point le plus bas"),
    ("highest point", "point le plus haut"),
    ("weakest stage", "étape la plus faible"),
    ("strongest stage", "étape la plus forte"),
    ("stage mean", "moyenne de l'étape"),
    ("rank", "rang"),
    ("hours a week", "heures par semaine"),
    ("touchpoints", "points de contact"),
    ("touchpoints in all", "points de contact en tout"),
    ("share %", "part en %"),
    ("drop-outs", "abandons"),
    ("below target", "sous la cible"),
    ("value", "valeur"),
    ("Moment of influence", "Moment d'influence"),
    ("Moment of impact", "Moment d'impact"),
    ("Moment of decision", "Moment de décision"),
    ("no severity", "sans gravité"),
    ("not rated", "non évaluée"),
];

/// The table's column names, in English or French.
pub fn header(french: bool) -> [&'static str; 7] {
    COLUMNS.map(|(english, french_name)| if french { french_name } else { english })
}

/// A section's or a measure's name in French when `french`; other words as they are.
fn word(english: &str, french: bool) -> &str {
    FRENCH
        .iter()
        .find(|(known, _)| french && *known == english)
        .map_or(english, |(_, word)| word)
}

/// The rows of one section of the table.
struct Section<'a> {
    rows: &'a mut Vec<[String; 7]>,
    name: &'static str,
    french: bool,
}

impl Section<'_> {
    /// A row about the element `id`: its stage, subject and measure, the value
    /// and a detail.
    fn add(
        &mut self,
        id: u32,
        [stage, subject, measure]: [&str; 3],
        value: String,
        detail: String,
    ) {
        let measure = word(measure, self.french);
        let texts = [stage, subject, measure].map(str::to_owned);
        let [stage, subject, measure] = texts;
        self.rows.push([
            word(self.name, self.french).to_owned(),
            id.to_string(),
            stage,
            subject,
            measure,
            value,
            detail,
        ]);
    }
}

/// The analysis of `map` as CSV text, with a header row, in English.
pub fn write(map: &JourneyMap, insights: &Insights) -> String {
    let mut out = header(false).join(",");
    out.push('\n');
    for row in rows(map, insights, false) {
        let fields: Vec<String> = row.iter().map(|f| quoted(f)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// The analysis's rows under [`header`], sections and measures named in
/// English or French; the rest is the map's own words, numbers and details.
pub fn rows(map: &JourneyMap, insights: &Insights, french: bool) -> Vec<[String; 7]> {
    let names = Names::of(map);
    let mut rows = Vec::new();
    for persona in &insights.personas {
        persona_rows(&mut rows, &names, persona, french);
    }
    card_rows(&mut rows, &names, insights, (&map.meta.language, french));
    channel_rows(&mut rows, &names, insights, french);
    flow_rows(&mut rows, &names, insights, french);
    rows
}

/// A field quoted when it holds a comma, a quote or a line break; text starting
/// with `=`, `+`, `-` or `@` gets a `'` first, so no spreadsheet runs it as a formula.
fn quoted(field: &str) -> String {
    let is_number = field.parse::<f64>().is_ok();
    let field = if !is_number && field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

fn persona_rows(
    rows: &mut Vec<[String; 7]>,
    names: &Names,
    persona: &PersonaInsights,
    french: bool,
) {
    let mut section = Section {
        rows,
        name: "persona",
        french,
    };
    let name = names.persona(persona.persona);
    let id = persona.persona.0;
    for (measure, point) in [
        ("lowest point", &persona.lowest),
        ("highest point", &persona.highest),
    ] {
        if let Some(p) = point {
            let detail = match p.card {
                Some(card) => format!("{}: {}", names.card(card), p.reason),
                None => p.reason.clone(),
            };
            section.add(
                id,
                [names.stage(p.stage), name, measure],
                p.score.to_string(),
                detail,
            );
        }
    }
    for (measure, stage) in [
        ("weakest stage", persona.weakest),
        ("strongest stage", persona.strongest),
    ] {
        if let Some(mean) = stage.and_then(|stage| persona.mean_at(stage)) {
            let value = number(f64::from(mean.mean));
            section.add(
                id,
                [names.stage(mean.stage), name, measure],
                value,
                String::new(),
            );
        }
    }
    for m in &persona.stage_means {
        let detail = if section.french {
            format!("{} points, le plus bas {}", m.points, m.lowest)
        } else {
            format!("{} points, lowest {}", m.points, m.lowest)
        };
        let value = number(f64::from(m.mean));
        section.add(
            id,
            [names.stage(m.stage), name, "stage mean"],
            value,
            detail,
        );
    }
}

fn card_rows(
    rows: &mut Vec<[String; 7]>,
    names: &Names,
    insights: &Insights,
    (language, french): (&str, bool),
) {
    let mut section = Section {
        rows,
        name: "moment of truth",
        french,
    };
    let words_language = if french { "fr" } else { "en" };
    for m in &insights.moments {
        let score = |score: f32| number(f64::from(score));
        let emotions: Vec<String> = m
            .emotions
            .iter()
            .map(|e| format!("{} {}", names.persona(e.persona), score(e.score)))
            .collect();
        let value = m
            .emotions
            .first()
            .map(|e| score(e.score))
            .unwrap_or_default();
        let place = [names.stage(m.stage), names.card(m.card), m.kind.label()];
        section.add(m.card.0, place, value, emotions.join("; "));
    }
    section.name = "pain point";
    for (rank, p) in insights.pain_points.iter().enumerate() {
        let severity = p
            .severity
            .map_or(word("no severity", french), |s| s.label_in(words_language));
        let detail = format!("{severity}; {} votes", p.votes);
        let place = [names.stage(p.stage), names.card(p.card), "rank"];
        section.add(p.card.0, place, (rank + 1).to_string(), detail);
    }
    section.name = "opportunity";
    let level = |l: Option<Level>| l.map_or("-", |l| l.label_in(words_language));
    for (rank, o) in insights.opportunities.iter().enumerate() {
        let quadrant = o
            .quadrant
            .map_or(word("not rated", french), |q| q.label_in(language));
        let levels = [o.value, o.effort, o.priority].map(level);
        let [value, effort, priority] = levels;
        let detail = if french {
            format!("valeur {value}\u{a0}; effort {effort}\u{a0}; priorité {priority}")
        } else {
            format!("value {value}; effort {effort}; priority {priority}")
        };
        let place = [names.stage(o.stage), names.card(o.card), quadrant];
        section.add(o.card.0, place, (rank + 1).to_string(), detail);
    }
    section.name = "automation candidate";
    for c in &insights.automation.candidates {
        let hours = c
            .hours_per_week
            .map(|h| number(f64::from(h)))
            .unwrap_or_default();
        let place = [names.stage(c.stage), names.card(c.card), "hours a week"];
        section.add(c.card.0, place, hours, names.owner(c.card).to_owned());
    }
}

fn channel_rows(rows: &mut Vec<[String; 7]>, names: &Names, insights: &Insights, french: bool) {
    let mut section = Section {
        rows,
        name: "channel",
        french,
    };
    let stages = &insights.channels.stages;
    for channel in &insights.channels.rows {
        let label = channel.channel.label_in(if french { "fr" } else { "en" });
        for (stage, count) in stages.iter().zip(&channel.counts).filter(|(_, n)| **n > 0) {
            let place = [names.stage(*stage), label, "touchpoints"];
            section.add(stage.0, place, count.to_string(), String::new());
        }
        let (owners, total) = (channel.owners.join(", "), channel.total());
        let controlled = channel.brand_controlled;
        let detail = if french {
            format!("responsables\u{a0}: {owners}\u{a0}; maîtrisés\u{a0}: {controlled} sur {total}")
        } else {
            format!("owners: {owners}; brand-controlled: {controlled} of {total}")
        };
        section.add(
            0,
            ["", label, "touchpoints in all"],
            channel.total().to_string(),
            detail,
        );
    }
}

fn flow_rows(rows: &mut Vec<[String; 7]>, names: &Names, insights: &Insights, french: bool) {
    let mut section = Section {
        rows,
        name: "drop-out",
        french,
    };
    for d in &insights.drop_outs {
        let share = d.share.map(|s| number(f64::from(s))).unwrap_or_default();
        let place = [names.stage(d.stage), names.link(d.link), "share %"];
        section.add(d.link.0, place, share, names.card(d.from).to_owned());
    }
    section.name = "bottleneck";
    for b in &insights.bottlenecks {
        let share = number(f64::from(b.share));
        let detail = if french {
            format!("{share}\u{a0}% des clients")
        } else {
            format!("{share}% of customers")
        };
        let stage = names.stage(b.stage);
        section.add(
            b.stage.0,
            [stage, stage, "drop-outs"],
            b.drop_outs.to_string(),
            detail,
        );
    }
    section.name = "stage metric";
    for stage in &insights.stage_metrics {
        for m in &stage.metrics {
            let measure = if m.below_target() {
                "below target"
            } else {
                "value"
            };
            let target = if french { "cible" } else { "target" };
            let detail = m
                .target
                .map(|t| format!("{target} {} {}", number(t), m.unit));
            let place = [names.stage(stage.stage), m.name.as_str(), measure];
            section.add(
                m.card.0,
                place,
                number(m.value),
                detail.unwrap_or_default().trim().to_owned(),
            );
        }
    }
}
