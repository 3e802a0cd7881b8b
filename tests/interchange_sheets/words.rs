//! Dot votes as a column of both spreadsheet formats, and a French map's
//! exports in French down to its lane kinds and its type.

use std::io::Cursor;

use calamine::{Data, Reader};
use parcours::interchange::{self, Format};
use parcours::model::*;

use super::{example, kept};

/// The rows of a workbook's sheet, as calamine reads them.
pub fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
    let mut workbook =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).expect("a workbook");
    let range = workbook.worksheet_range(name).expect("the sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

/// A cell's text, numbers as a spreadsheet shows them.
pub fn text(cell: &Data) -> String {
    cell.to_string()
}

#[test]
fn votes_are_a_column_of_the_csv_and_a_number_column_of_the_cards_sheet() {
    let mut map = example("home-insurance-renewal");
    map.cards[0].votes = 3;
    map.cards[1].votes = 12;
    let first = map.cards[0].text.clone();

    let csv =
        String::from_utf8(interchange::export(&map, Format::Csv).expect("csv")).expect("text");
    let header = csv
        .lines()
        .find(|line| line.starts_with("stage,"))
        .expect("the cards' header");
    assert!(header.contains(",effort,votes,manual work,"), "{header}");

    let workbook = interchange::export(&map, Format::Xlsx).expect("xlsx");
    let rows = sheet(&workbook, "Cards");
    let column = |name: &str| {
        rows[0]
            .iter()
            .position(|cell| text(cell) == name)
            .unwrap_or_else(|| panic!("no {name} column"))
    };
    let (text_column, votes_column) = (column("text"), column("votes"));
    let row = rows
        .iter()
        .find(|row| text(&row[text_column]) == first)
        .expect("the first card's row");
    assert_eq!(
        row[votes_column],
        Data::Float(3.0),
        "a number Excel can sum"
    );

    for format in [Format::Csv, Format::Xlsx] {
        let back = kept::through(&map, format);
        let votes: Vec<u32> = back.cards.iter().map(|c| c.votes).collect();
        let original: Vec<u32> = map.cards.iter().map(|c| c.votes).collect();
        assert_eq!(votes, original, "{format:?}");
    }
}

#[test]
fn a_vote_count_that_is_not_a_whole_number_is_refused_where_it_is() {
    for (sheet, value) in [
        ("stage,text,votes\nAwareness,Sees an ad,many\n", "many"),
        ("étape;texte;votes\nDécouverte;Voit une pub;-2\n", "-2"),
    ] {
        let problems =
            interchange::import_text(Format::Csv, sheet, "x", false).expect_err("a bad count");
        let problem = &problems[0];
        assert_eq!(
            problem.position.map(|p| (p.line, p.column)),
            Some((2, 3)),
            "{sheet}"
        );
        assert_eq!(
            problem.message,
            format!("\"{value}\" is not a number of votes: write a whole number from 0")
        );
    }
}

/// The French example as a service blueprint with a lane whose title does not
/// say its kind, so that the export must name the kind.
fn french_blueprint() -> JourneyMap {
    let mut map = example("relance-prospects-photographe");
    map.meta.map_type = MapType::ServiceBlueprint;
    let id = LaneId(map.next_free_id());
    map.lanes.push(Lane {
        title: "Notes de l'atelier".to_owned(),
        ..Lane::new(id, LaneKind::Support)
    });
    map
}

#[test]
fn a_french_maps_csv_names_lane_kinds_and_its_type_in_french_and_reads_back() {
    let map = french_blueprint();
    let csv =
        String::from_utf8(interchange::export(&map, Format::Csv).expect("csv")).expect("text");
    assert!(
        csv.contains("\r\ntype de carte;Plan de service\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains(";Notes de l'atelier;") && csv.contains(";Support et systèmes"),
        "{csv}"
    );
    assert!(
        csv.contains(";valeur;effort;travail manuel;heures par semaine;"),
        "{csv}"
    );
    for english in ["Service blueprint", "Support & systems", "Current state"] {
        assert!(!csv.contains(english), "{english} in {csv}");
    }
    for format in [Format::Csv, Format::Xlsx] {
        let back = kept::through(&map, format);
        assert_eq!(back.meta.map_type, MapType::ServiceBlueprint, "{format:?}");
        let lane = back.lanes.last().expect("the lane");
        assert_eq!(
            (lane.title.as_str(), lane.kind),
            ("Notes de l'atelier", LaneKind::Support),
            "{format:?}"
        );
    }
}

#[test]
fn a_french_maps_workbook_has_its_type_in_french() {
    let workbook = interchange::export(&french_blueprint(), Format::Xlsx).expect("xlsx");
    let about = sheet(&workbook, "À propos");
    let map_type = about
        .iter()
        .find(|row| text(&row[0]) == "type de carte")
        .map(|row| text(&row[1]));
    assert_eq!(map_type.as_deref(), Some("Plan de service"));
    let cards = sheet(&workbook, "Cartes");
    let kinds: Vec<String> = cards
        .iter()
        .flat_map(|row| row.iter().map(text))
        .filter(|cell| cell.starts_with("Support"))
        .collect();
    assert_eq!(kinds, ["Support et systèmes"]);
}

#[test]
fn opportunity_ratings_and_manual_work_read_in_both_languages_and_bad_hours_are_refused() {
    let english = "stage,text,value,effort,manual work,hours a week\nBuy,Pre-fill the form,High,Low,yes,2.5\n";
    let french = "étape;texte;valeur;effort;travail manuel;heures par semaine\nAchat;Préremplir;Élevé;Faible;oui;2,5\n";
    for sheet in [english, french] {
        let map = interchange::import_text(Format::Csv, sheet, "x", false).expect("a map");
        let card = &map.cards[0];
        assert_eq!(
            (card.value, card.effort),
            (Some(Level::High), Some(Level::Low))
        );
        assert!(card.manual_work);
        assert_eq!(card.hours_per_week, Some(2.5));
    }
    let problems = interchange::import_text(
        Format::Csv,
        "stage,text,manual work,hours a week\nBuy,Calls back,yes,200\n",
        "x",
        false,
    )
    .expect_err("a week has 168 hours");
    assert_eq!(
        problems[0].position.map(|p| (p.line, p.column)),
        Some((2, 4))
    );
    assert_eq!(
        problems[0].message,
        "\"200\" is not a number of hours a week: write one from 0 to 168"
    );
}
