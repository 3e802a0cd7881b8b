//! Limits before work: a spreadsheet whose map would be larger than Parcours
//! opens is refused at the row that takes it over, not after the whole file.

use parcours::interchange;

#[test]
fn a_31_mb_sheet_that_would_write_a_91_mb_map_is_refused_at_the_row_that_takes_it_over() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("hostile.csv");
    let csv = parcours::perf::hostile_csv();
    assert!(csv.len() > 30_000_000, "{} bytes", csv.len());
    std::fs::write(&path, csv).expect("written");

    let refusal = interchange::import(&path).expect_err("refused").to_string();

    let place = format!("{}:", path.display());
    let (line, message) = refusal
        .strip_prefix(&place)
        .and_then(|rest| rest.split_once(":1: "))
        .unwrap_or_else(|| panic!("{refusal}"));
    assert_eq!(
        message,
        "the map would take more than 32 MiB, the most a map Parcours opens may take; the import stopped here"
    );
    let line: usize = line.parse().expect("a line number");
    assert!(
        (7_000..8_000).contains(&line),
        "stopped at line {line} of 20,001, once 32 MiB of cards were read"
    );
}

#[test]
fn a_mermaid_journey_whose_map_would_be_too_large_stops_at_the_task_that_takes_it_over() {
    let name = "\u{ad}".repeat(760);
    let tasks: String = (0..20_000).map(|i| format!("  {name} {i}: 3\n")).collect();
    let text = format!("journey\n  section One\n{tasks}");

    let problems = interchange::import_text(interchange::Format::Mermaid, &text, "huge", false)
        .expect_err("refused");

    assert_eq!(problems.len(), 1);
    let line = problems[0].position.map_or(0, |p| p.line);
    assert!((7_000..8_000).contains(&line), "stopped at line {line}");
    assert_eq!(
        problems[0].message,
        "the map would take more than 32 MiB, the most a map Parcours opens may take; the import stopped here"
    );
}
