//! Spreadsheets as consultants keep them: grid sheets, French Excel, workbooks,
//! formula injection, and round trips that keep what the docs say they keep.

use std::path::Path;

use parcours::interchange::{self, ExportOptions, Format, ImportOptions, Shape};
use parcours::model::*;

#[path = "interchange_sheets/insights.rs"]
mod insights;
#[path = "interchange_sheets/kept.rs"]
mod kept;
#[path = "interchange_sheets/limits.rs"]
mod limits;
#[path = "interchange_sheets/words.rs"]
mod words;

fn import(file: &str) -> JourneyMap {
    interchange::import(Path::new(&format!("tests/interchange/{file}")))
        .unwrap_or_else(|error| panic!("{file}: {error}"))
}

fn import_error(file: &str) -> String {
    interchange::import(Path::new(&format!("tests/interchange/{file}")))
        .expect_err(file)
        .to_string()
}

/// Each lane's title and its cards' texts, stage by stage.
fn cells(map: &JourneyMap) -> Vec<(String, Vec<Vec<String>>)> {
    map.lanes
        .iter()
        .filter(|lane| lane.kind != LaneKind::Emotion)
        .map(|lane| {
            let by_stage = map
                .stages
                .iter()
                .map(|stage| {
                    map.cards
                        .iter()
                        .filter(|c| c.lane == lane.id && c.stage == stage.id)
                        .map(|c| c.text.clone())
                        .collect()
                })
                .collect();
            (lane.title.clone(), by_stage)
        })
        .collect()
}

/// Each persona's name and scores, in the order of the stages they sit at.
fn scores(map: &JourneyMap) -> Vec<(String, Vec<i32>)> {
    map.curves
        .iter()
        .map(|curve| {
            let name = map
                .persona(curve.persona)
                .map_or(String::new(), |p| p.name.clone());
            (name, curve.points.iter().map(|p| p.score).collect())
        })
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn a_grid_sheet_imports_with_stages_across_lanes_down_and_items_on_lines() {
    let map = import("grid-workshop.csv");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Discover", "Compare", "Buy"]);
    assert_eq!(map.meta.language, "en");
    assert_eq!(
        cells(&map),
        [
            (
                "Touchpoints".to_owned(),
                vec![
                    strings(&["Instagram ad", "Friend's advice"]),
                    strings(&["Price-check site"]),
                    strings(&["Quote form", "Phone call"]),
                ]
            ),
            (
                "Pain points".to_owned(),
                vec![
                    vec![],
                    strings(&["Too many options"]),
                    strings(&["Form asks 12 fields"])
                ]
            ),
        ]
    );
    assert_eq!(scores(&map), [("Persona".to_owned(), vec![1, 0, -2])]);
}

#[test]
fn a_french_grid_from_excel_in_windows_1252_makes_a_french_map() {
    let map = import("grille-atelier.csv");
    assert_eq!(map.meta.language, "fr");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Découverte", "Devis", "Relance"]);
    let kinds: Vec<LaneKind> = map.lanes.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            LaneKind::Touchpoints,
            LaneKind::Emotion,
            LaneKind::PainPoints
        ]
    );
    assert_eq!(
        cells(&map)[1].1[1],
        strings(&["Devis envoyé après 26 h", "Prix peu clair"])
    );
    assert_eq!(scores(&map)[0].1, [2, 0, -1]);
}

#[test]
fn a_turned_grid_with_one_row_per_stage_imports_as_columns() {
    let map = import("columns-steps.csv");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Discover", "Compare", "Buy"]);
    let lanes: Vec<(LaneKind, &str)> = map
        .lanes
        .iter()
        .map(|l| (l.kind, l.title.as_str()))
        .collect();
    assert_eq!(
        lanes,
        [
            (LaneKind::Does, "Customer does"),
            (LaneKind::Touchpoints, "Touchpoints"),
            (LaneKind::Emotion, "Emotion"),
        ]
    );
    assert_eq!(cells(&map)[1].1[2], strings(&["Quote form"]));
    assert_eq!(scores(&map)[0].1, [1, 0, -2]);
}

#[test]
fn a_shape_can_be_forced() {
    let path = Path::new("tests/interchange/columns-steps.csv");
    let forced = ImportOptions {
        shape: Some(Shape::Grid),
    };
    let map = interchange::import_with(path, forced).expect("a grid too");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Customer does", "Touchpoints", "Score"]);
}

#[test]
fn a_sheet_of_no_known_shape_gets_one_message_with_an_example_of_each() {
    let error = import_error("no-shape.csv");
    assert!(
        error.starts_with(
            "tests/interchange/no-shape.csv:1:1: this sheet's shape is not one Parcours knows"
        ),
        "{error}"
    );
    for shape in ["- long:", "- grid:", "- columns:", "--shape"] {
        assert!(error.contains(shape), "{shape} in {error}");
    }
    assert!(error.contains(
        "    ,Awareness,Purchase\n    Touchpoints,Sees an ad,Quote form\n    Emotion,1,-2"
    ));
    assert!(!error.contains("unknown column"), "{error}");
}

#[test]
fn a_header_without_a_text_column_is_an_error_not_blank_cards() {
    let error = import_error("no-text-column.csv");
    assert!(
        error.starts_with("tests/interchange/no-text-column.csv:1:1: there is no text column (\"text\" or \"texte\")"),
        "{error}"
    );
}

#[test]
fn ten_thousand_unknown_columns_give_twenty_lines_and_a_count() {
    let header: Vec<String> = (0..10_000).map(|i| format!("col{i}")).collect();
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("wide.csv");
    std::fs::write(
        &path,
        format!("stage,text,{}\nAwareness,Ad\n", header.join(",")),
    )
    .expect("written");
    let message = interchange::import(&path).expect_err("refused").to_string();
    assert_eq!(message.lines().count(), 21, "{message}");
    assert!(
        message
            .lines()
            .next()
            .is_some_and(|l| l.ends_with(":1:3: unknown column \"col0\"; the columns are: stage, step, lane, text, channel, score, persona, moment, owner, description, severity, priority, value, effort, votes, manual work, hours a week, brand controlled, tags, reason, moment note, duration, colour, lane kind, metric:NAME (in French: étape, sous-étape, ligne, texte, canal, émotion, responsable, gravité, priorité, valeur, travail manuel, heures par semaine, maîtrisé par la marque, étiquettes, raison, note du moment, durée, couleur, type de ligne, indicateur:NAME)")),
        "{message}"
    );
    assert!(message.ends_with("and 9980 more"), "{message}");
    assert!(
        message
            .lines()
            .nth(1)
            .is_some_and(|l| l.ends_with(":1:4: unknown column \"col1\"")),
        "{message}"
    );
}

#[test]
fn an_english_sheet_with_an_emotion_column_stays_english() {
    let text = "Stage,Text,Emotion\nAwareness,Sees an ad,1\n";
    let map = interchange::import_text(Format::Csv, text, "x", false).expect("imports");
    assert_eq!(map.meta.language, "en");
    let french = "Étape;Texte;Emotion\nDécouverte;Voit une pub;1\n";
    let map = interchange::import_text(Format::Csv, french, "x", false).expect("imports");
    assert_eq!(map.meta.language, "fr");
}

fn example(name: &str) -> JourneyMap {
    parcours::file::load(Path::new(&format!("assets/examples/{name}.journey.ron")))
        .expect("example")
}

#[test]
fn a_french_map_is_written_as_french_excel_reads_it() {
    let map = example("relance-prospects-photographe");
    assert_eq!(map.meta.language, "fr");
    let bytes = interchange::export(&map, Format::Csv).expect("written");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    assert!(
        text.starts_with(&format!("titre;{}\r\n", map.meta.title)),
        "{text}"
    );
    assert!(
        text.contains(
            "\r\nétape;sous-étape;ligne;texte;canal;émotion;persona;moment;responsable;description"
        ),
        "{text}"
    );
    assert!(
        text.contains(";Réseaux sociaux;") || text.contains(";E-mail;"),
        "{text}"
    );
    assert!(
        !text.contains(";Social networks;") && !text.contains(";Email;"),
        "{text}"
    );
    let has_decimals = map
        .cards
        .iter()
        .flat_map(|c| &c.metrics)
        .any(|m| m.value.fract() != 0.0);
    if has_decimals {
        assert!(
            !text
                .lines()
                .any(|l| l.split(';').any(|cell| cell.contains('.')
                    && cell.trim_end_matches(['%', ' ']).parse::<f64>().is_ok())),
            "{text}"
        );
    }
    let english = example("home-insurance-renewal");
    let plain = interchange::export_with(
        &english,
        Format::Csv,
        ExportOptions {
            byte_order_mark: false,
        },
    )
    .expect("written");
    let text = String::from_utf8(plain).expect("UTF-8");
    assert!(text.starts_with("title,Home"), "{text}");
    assert!(
        text.contains("\r\nstage,step,lane,text,channel,score,persona,moment,owner,description"),
        "{text}"
    );
}

#[test]
fn cells_a_spreadsheet_would_run_as_formulas_are_written_as_text_and_read_back() {
    let mut map = example("home-insurance-renewal");
    let hostile = [
        "=HYPERLINK(\"http://evil\")",
        "+33 6 12 34 56",
        "-rate",
        "@SUM(A1)",
        "\tindented",
        "'=quoted",
    ];
    for (card, text) in map.cards.iter_mut().zip(hostile) {
        card.text = text.to_owned();
    }
    let text =
        String::from_utf8(interchange::export(&map, Format::Csv).expect("csv")).expect("UTF-8");
    for line in text.lines() {
        for cell in line.split(',') {
            let bare = cell.trim_start_matches('"');
            assert!(
                !bare.starts_with(['=', '+', '@', '\t']) || bare.parse::<f64>().is_ok(),
                "{cell} in {line}"
            );
        }
    }
    for format in [Format::Csv, Format::Xlsx] {
        let back = kept::through(&map, format);
        for text in hostile {
            assert!(
                back.cards.iter().any(|c| c.text == text),
                "{text:?} through {format:?}"
            );
        }
    }
}

#[test]
fn both_examples_keep_every_field_the_docs_list_through_csv_and_a_workbook() {
    for name in ["home-insurance-renewal", "relance-prospects-photographe"] {
        let mut map = example(name);
        for (i, card) in map.cards.iter_mut().enumerate().filter(|(i, _)| i % 3 == 0) {
            card.votes = u32::try_from(i % 7).expect("small");
        }
        for format in [Format::Csv, Format::Xlsx] {
            let back = kept::through(&map, format);
            kept::assert_same(
                &kept::kept(&back),
                &kept::kept(&map),
                &format!("{name} {format:?}"),
            );
        }
    }
}

#[test]
fn a_workbook_written_by_openpyxl_imports_from_its_grid_sheet() {
    let map = import("workshop-openpyxl.xlsx");
    assert_eq!(map.meta.title, "Workshop openpyxl");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Discover", "Compare", "Buy"]);
    let cells = cells(&map);
    assert_eq!(cells[0].1[0], strings(&["Instagram ad", "Friend's advice"]));
    assert_eq!(cells[2].1[1], strings(&["=not a formula"]));
    assert_eq!(scores(&map), [("Claire".to_owned(), vec![1, 0, -2])]);
}

#[test]
fn mermaid_front_matter_tilde_fences_breaks_and_actorless_tasks_are_read() {
    let map = import("front-matter.md");
    assert_eq!(map.meta.title, "Buying a bike");
    assert_eq!(
        map.meta.scenario,
        "How Ana buys a bike\nFrom the first review\nto the shop's door."
    );
    let tasks: Vec<&str> = map.cards.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        tasks,
        [
            "Read reviews",
            "Save a list",
            "Visit\nthe shop",
            "Ask\na friend"
        ]
    );
    assert_eq!(
        scores(&map),
        [
            ("Customer".to_owned(), vec![2, 1]),
            ("Ana".to_owned(), vec![0, -1])
        ]
    );
    let exported =
        String::from_utf8(interchange::export(&map, Format::Mermaid).expect("mmd")).expect("UTF-8");
    assert!(
        exported.contains(
            "    accDescr {\n        How Ana buys a bike\n        From the first review\n"
        ),
        "{exported}"
    );
    assert!(
        exported.contains("      Read reviews: 5: Customer\n"),
        "{exported}"
    );
}

#[test]
fn imports_larger_than_a_map_may_be_stop_at_the_limit() {
    let tasks: String = (0..25_000).map(|i| format!("  Task {i}: 3\n")).collect();
    let text = format!("journey\n  section One\n{tasks}");
    let problems =
        interchange::import_text(Format::Mermaid, &text, "huge", false).expect_err("refused");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.contains("more than 20000 cards"),
        "{}",
        problems[0].message
    );
    let rows: String = (0..25_000).map(|i| format!("Stage,Card {i}\n")).collect();
    let problems =
        interchange::import_text(Format::Csv, &format!("stage,text\n{rows}"), "huge", false)
            .expect_err("refused");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.contains("more than 20000 cards"),
        "{}",
        problems[0].message
    );
}
