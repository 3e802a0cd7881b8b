//! The workbook's Insights sheet: the map's analysis a row per figure, in the
//! map's language, there only when the map gives something to analyse.

use calamine::Data;
use parcours::insights::Insights;
use parcours::interchange::{self, Format};
use parcours::model::*;

use super::example;
use super::words::{sheet, text};

/// The sheets of a workbook, by name, in order.
fn sheet_names(bytes: &[u8]) -> Vec<String> {
    use calamine::Reader;
    let workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.to_vec()))
        .expect("a workbook");
    workbook.sheet_names()
}

#[test]
fn the_workbook_has_an_insights_sheet_with_the_analysis_a_row_per_figure() {
    let map = example("home-insurance-renewal");
    let insights = Insights::of(&map);
    let first_pain = insights.pain_points.first().expect("a pain point");
    let card = map.card(first_pain.card).expect("its card");

    let workbook = interchange::export(&map, Format::Xlsx).expect("xlsx");
    assert_eq!(
        sheet_names(&workbook),
        ["Map", "Cards", "Personas", "Insights", "About"]
    );
    let rows = sheet(&workbook, "Insights");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(
        header,
        [
            "section", "id", "stage", "subject", "measure", "value", "detail"
        ]
    );
    let pain = rows
        .iter()
        .find(|row| text(&row[0]) == "pain point")
        .expect("a pain point row");
    assert_eq!(text(&pain[3]), card.text);
    assert_eq!(text(&pain[4]), "rank");
    assert_eq!(pain[5], Data::Float(1.0), "ranks are numbers");
    let sections: Vec<String> = rows.iter().skip(1).map(|row| text(&row[0])).collect();
    for section in ["persona", "pain point", "opportunity", "channel"] {
        assert!(
            sections.iter().any(|s| s == section),
            "{section}: {sections:?}"
        );
    }
}

#[test]
fn a_french_maps_insights_sheet_is_in_french() {
    let map = example("relance-prospects-photographe");
    let workbook = interchange::export(&map, Format::Xlsx).expect("xlsx");
    let rows = sheet(&workbook, "Enseignements");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(
        header,
        [
            "rubrique", "id", "étape", "sujet", "mesure", "valeur", "détail"
        ]
    );
    let words: Vec<String> = rows
        .iter()
        .skip(1)
        .flat_map(|row| [text(&row[0]), text(&row[4])])
        .collect();
    for french in [
        "irritant",
        "rang",
        "moyenne de l'étape",
        "points de contact",
    ] {
        assert!(words.iter().any(|w| w == french), "{french}: {words:?}");
    }
    for english in ["pain point", "rank", "stage mean", "touchpoints"] {
        assert!(!words.iter().any(|w| w == english), "{english}");
    }
    let details: Vec<String> = rows.iter().skip(1).map(|row| text(&row[6])).collect();
    let subjects: Vec<String> = rows.iter().skip(1).map(|row| text(&row[3])).collect();
    assert!(
        details
            .iter()
            .any(|d| d.starts_with("responsables\u{a0}: ")),
        "{details:?}"
    );
    assert!(
        subjects.iter().any(|s| s == "Réseaux sociaux"),
        "{subjects:?}"
    );
    for english in [
        "owners:",
        "points, lowest",
        "no severity",
        "value ",
        "of customers",
    ] {
        assert!(
            !details.iter().any(|d| d.contains(english)),
            "{english}: {details:?}"
        );
    }
}

#[test]
fn a_map_with_nothing_to_analyse_has_no_insights_sheet_and_still_reads_back() {
    let map = interchange::import_text(
        Format::Csv,
        "stage,text\nAwareness,Sees an ad\n",
        "x",
        false,
    )
    .expect("a map");
    assert!(Insights::of(&map).is_empty());
    let workbook = interchange::export(&map, Format::Xlsx).expect("xlsx");
    assert_eq!(sheet_names(&workbook), ["Map", "Cards", "About"]);
    let example = example("home-insurance-renewal");
    let back = super::kept::through(&example, Format::Xlsx);
    let texts = |map: &JourneyMap| {
        let mut texts: Vec<String> = map.cards.iter().map(|c| c.text.clone()).collect();
        texts.sort();
        texts
    };
    assert_eq!(
        texts(&back),
        texts(&example),
        "the Insights sheet is not read as cards"
    );
}
