//! The costliest maps the limits let through (issue 21), built here rather than
//! stored, and the export each makes worst: `parcours bench` times them against
//! the promise that no export of a map that passes `check` takes over 10 s.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use crate::export::{self, ExportRequest, Format, Pages, Progress};
use crate::file;

/// The time no export of a map that passes `check` may take.
pub const EXPORT_BUDGET: Duration = Duration::from_secs(10);

/// A map at the edge of the limits, and the export timed on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostileMap {
    /// 250 cards of 20,000 characters, each letter under 16 combining marks: PDF.
    StackedMarks,
    /// 50 cards of 20,000 characters, runs of 16 direction controls between
    /// letters: PDF.
    DirectionControls,
    /// 50 cards of 20,000 zero-width spaces, a run no limit refuses: PDF.
    ZeroWidthSpaces,
    /// 400 cards with 100 links each, 20,000 in all, across 20 stages, solid
    /// (dashed, they make more dashes than an image may have): PNG.
    MostLinks,
    /// A thousand stages and lanes, each 5,000 units wide or high: a PDF deck,
    /// refused at its 301st slide.
    HugeGrid,
}

impl HostileMap {
    /// Every hostile map, in the order the bench lists them.
    pub const ALL: [HostileMap; 5] = [
        HostileMap::StackedMarks,
        HostileMap::DirectionControls,
        HostileMap::ZeroWidthSpaces,
        HostileMap::MostLinks,
        HostileMap::HugeGrid,
    ];

    /// The map and its export, as the bench's rows name them.
    pub fn label(self) -> &'static str {
        match self {
            HostileMap::StackedMarks => "stacked marks, PDF",
            HostileMap::DirectionControls => "direction controls, PDF",
            HostileMap::ZeroWidthSpaces => "zero-width spaces, PDF",
            HostileMap::MostLinks => "20,000 links, PNG",
            HostileMap::HugeGrid => "1000 x 1000 grid, deck",
        }
    }

    /// The map as file text.
    fn text(self) -> String {
        match self {
            HostileMap::StackedMarks => {
                let text = format!("a{}", "\\u{301}".repeat(16)).repeat(20_000 / 17);
                map_text(
                    &stages(1, None),
                    &lanes(1, None),
                    &same_cards(250, &text),
                    "",
                )
            }
            HostileMap::DirectionControls => {
                let text = format!("{}a", "\\u{202E}".repeat(16)).repeat(20_000 / 17);
                map_text(
                    &stages(1, None),
                    &lanes(1, None),
                    &same_cards(50, &text),
                    "",
                )
            }
            HostileMap::ZeroWidthSpaces => {
                let text = "\\u{200B}".repeat(20_000);
                map_text(
                    &stages(1, None),
                    &lanes(1, None),
                    &same_cards(50, &text),
                    "",
                )
            }
            HostileMap::MostLinks => {
                let cards: String = (0..400)
                    .map(|i| card(i, i % 4, i % 20, &format!("Card {i}")))
                    .collect();
                let links: String = (0..20_000)
                    .map(|n| {
                        let from = n % 400;
                        let to = (from + 1 + (n / 400) * 7) % 400;
                        format!(
                            "(id: {}, from: {}, to: Some({}), kind: MainPath),",
                            100_000 + n,
                            10_000 + from,
                            10_000 + to
                        )
                    })
                    .collect();
                map_text(&stages(20, None), &lanes(4, None), &cards, &links)
            }
            HostileMap::HugeGrid => map_text(
                &stages(1000, Some(5000)),
                &lanes(1000, Some(5000)),
                &card(0, 0, 0, "A"),
                "",
            ),
        }
    }

    fn request(self) -> ExportRequest {
        match self {
            HostileMap::MostLinks => ExportRequest::new(Format::Png, Pages::WholeMap),
            HostileMap::HugeGrid => ExportRequest::new(Format::Pdf, Pages::Slides),
            _ => ExportRequest::new(Format::Pdf, Pages::WholeMap),
        }
    }

    /// Builds and checks the map, then times its export once, refusals included:
    /// what is refused must be refused fast.
    pub fn time_export(self) -> Result<Duration, String> {
        let map =
            file::parse(self.text().as_bytes(), self.label()).map_err(|err| err.to_string())?;
        let folder = tempfile::tempdir()
            .map_err(|err| format!("no temporary folder to write into: {err}"))?;
        let request = self.request();
        let path = folder
            .path()
            .join(format!("hostile.{}", request.format.extension()));
        let start = Instant::now();
        let _written_or_refused = export::write(&map, &request, &path, &Progress::default());
        Ok(start.elapsed())
    }
}

/// Times every hostile map's export once, then the hostile spreadsheet's
/// import, one line each, with the budget checked.
pub fn hostile_rows() -> Result<String, String> {
    let mut rows = String::new();
    for hostile in HostileMap::ALL {
        let time = hostile.time_export()?;
        let verdict = if time < EXPORT_BUDGET {
            "met"
        } else {
            "MISSED"
        };
        let _ = writeln!(
            rows,
            "hostile {:<26} {:>8.2} s  under {} s: {verdict}",
            hostile.label(),
            time.as_secs_f64(),
            EXPORT_BUDGET.as_secs()
        );
    }
    rows.push_str(&hostile_import_row()?);
    Ok(rows)
}

/// The row of the hostile spreadsheet: how soon its import was refused.
fn hostile_import_row() -> Result<String, String> {
    use super::hostile_import::{HOSTILE_CSV_LABEL, IMPORT_REFUSAL_BUDGET, time_hostile_import};
    let time = time_hostile_import()?;
    let verdict = if time < IMPORT_REFUSAL_BUDGET {
        "met"
    } else {
        "MISSED"
    };
    Ok(format!(
        "hostile {HOSTILE_CSV_LABEL:<26} {:>8.2} s  under {} s: {verdict}\n",
        time.as_secs_f64(),
        IMPORT_REFUSAL_BUDGET.as_secs()
    ))
}

fn map_text(stages: &str, lanes: &str, cards: &str, links: &str) -> String {
    format!(
        "(format_version: 1, map: (meta: (id: \"hostile\", title: \"Hostile\", language: \"en\", map_type: CurrentState), stages: [{stages}], lanes: [{lanes}], cards: [{cards}], links: [{links}]))"
    )
}

/// `count` stages with ids from 1, `width` units wide when given.
fn stages(count: usize, width: Option<u32>) -> String {
    let width = width.map_or(String::new(), |w| format!(", width: Some({w})"));
    (0..count)
        .map(|i| format!("(id: {}, name: \"Stage {i}\"{width}),", 1 + i))
        .collect()
}

/// `count` lanes with ids from 5,000, `height` units high when given.
fn lanes(count: usize, height: Option<u32>) -> String {
    let height = height.map_or(String::new(), |h| format!(", height: Some({h})"));
    (0..count)
        .map(|i| {
            format!(
                "(id: {}, kind: Does, title: \"Lane {i}\"{height}),",
                5_000 + i
            )
        })
        .collect()
}

/// Card `index` in the lane and stage of those indices; `text` is already escaped.
fn card(index: usize, lane: usize, stage: usize, text: &str) -> String {
    format!(
        "(id: {}, lane: {}, stage: {}, text: \"{text}\"),",
        10_000 + index,
        5_000 + lane,
        1 + stage
    )
}

/// `count` cards in the first cell, each of `text`.
fn same_cards(count: usize, text: &str) -> String {
    (0..count).map(|i| card(i, 0, 0, text)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hostile_map_passes_check_so_its_export_is_what_is_timed() {
        for hostile in HostileMap::ALL {
            let parsed = file::parse(hostile.text().as_bytes(), hostile.label());

            assert!(parsed.is_ok(), "{}: {:?}", hostile.label(), parsed.err());
        }
    }
}
