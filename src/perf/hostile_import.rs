//! The costliest spreadsheet the size limit lets in: 31 MB of cards whose texts
//! take three times their size once written as a map, so that the import must
//! be refused. `parcours bench` times how soon it is; tests check the refusal.

use std::time::{Duration, Instant};

/// The time by which an import bound to be refused must have been refused.
pub const IMPORT_REFUSAL_BUDGET: Duration = Duration::from_secs(2);

/// How the bench's row names the hostile spreadsheet.
pub const HOSTILE_CSV_LABEL: &str = "31 MB CSV, import refused";

/// A CSV file of 20,000 cards of 760 soft hyphens each (1,520 bytes, written
/// `\u{ad}` in a map: 4,560 bytes): 31 MB read, 91 MB once written.
pub fn hostile_csv() -> String {
    let text = "\u{ad}".repeat(760);
    let mut csv = String::from("stage,lane,text\n");
    for i in 0..20_000 {
        csv.push_str(&format!("Stage {},Touchpoints,{text} {i}\n", i % 10));
    }
    csv
}

/// Writes the hostile spreadsheet, then times its import from the file to the
/// refusal.
pub fn time_hostile_import() -> Result<Duration, String> {
    let folder =
        tempfile::tempdir().map_err(|err| format!("no temporary folder to write into: {err}"))?;
    let path = folder.path().join("hostile.csv");
    std::fs::write(&path, hostile_csv())
        .map_err(|err| format!("{}: cannot be written: {err}", path.display()))?;
    let start = Instant::now();
    let outcome = crate::interchange::import(&path);
    let time = start.elapsed();
    match outcome {
        Ok(_) => Err(format!("{HOSTILE_CSV_LABEL}: the import was not refused")),
        Err(_refused) => Ok(time),
    }
}
