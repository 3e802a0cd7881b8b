//! The insights slides of a deck: after the overview, titled in the map's
//! language, only those with something to show, and left out on request.

use parcours::export::{self, ExportRequest, Format, Page, Pages};
use parcours::model::JourneyMap;
use parcours::scene::Shape;
use parcours::templates;

fn example(name: &str) -> JourneyMap {
    let template = templates::find(name).expect("the example is shipped");
    template
        .load(template.languages()[0])
        .expect("the example loads")
}

fn deck(map: &JourneyMap, format: Format) -> Vec<Page> {
    export::pages(map, &ExportRequest::new(format, Pages::Slides))
}

/// Every line of text on a page, in drawing order.
fn lines(page: &Page) -> Vec<String> {
    page.scene
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text(text) => Some(text.lines.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

fn assert_shows(page: &Page, expected: &[&str]) {
    let lines = lines(page);
    for line in expected {
        assert!(
            lines.iter().any(|l| l == line),
            "{}: no \"{line}\" in {lines:?}",
            page.title
        );
    }
}

#[test]
fn an_english_deck_has_five_insights_slides_after_the_overview() {
    let map = example("home-insurance-renewal");
    let pages = deck(&map, Format::Png);
    // Title, one slide for Claire, the overview: the insights start at the fourth.
    let titles: Vec<&str> = pages[3..8].iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Insights: Weakest and strongest stages for Claire",
            "Insights: Pain points to deal with first",
            "Insights: Priority matrix: value and effort",
            "Insights: Touchpoints by channel and stage",
            "Insights: Manual work to automate",
        ]
    );
    assert_shows(
        &pages[3],
        &[
            "Insights",
            "Weakest stage",
            "Awareness",
            "mean -1 over 2 points",
            "Advocacy",
        ],
    );
    assert_shows(
        &pages[4],
        &[
            "25 min on hold",
            "Service · Critical",
            "12-field form drops 40%",
        ],
    );
    assert_shows(
        &pages[5],
        &[
            "Quick wins",
            "• Pre-fill from contract (Purchase)",
            "Money pits",
        ],
    );
    assert_shows(
        &pages[6],
        &["Email", "CRM marketing, Renewals operations", "0 of 2"],
    );
    assert_shows(
        &pages[7],
        &[
            "Claim by phone, 25 min",
            "35 h a week",
            "hours unknown",
            "In all: 53 hours a week",
        ],
    );
    assert_eq!(
        pages.len(),
        export::slide_count(&map, &ExportRequest::new(Format::Png, Pages::Slides))
    );
}

#[test]
fn a_french_deck_titles_its_insights_enseignements() {
    let map = example("relance-prospects-photographe");
    let pages = deck(&map, Format::Pdf);
    let insights: Vec<&Page> = pages
        .iter()
        .filter(|p| p.title.starts_with("Enseignements: "))
        .collect();
    assert_eq!(insights.len(), 5);
    assert_eq!(
        pages[3].title,
        "Enseignements: Étapes la plus faible et la plus forte pour Camille"
    );
    assert_shows(
        insights[0],
        &[
            "Étape la plus faible",
            "Demande et devis",
            "moyenne -1 sur 3 points",
        ],
    );
    assert_shows(
        insights[1],
        &["Devis envoyé en 4 jours", "Demande et devis · Critique"],
    );
    assert_shows(
        insights[2],
        &[
            "Gains rapides",
            "Grands projets",
            "• Devis en moins de 24 h (Demande et devis)",
        ],
    );
    // Channels in French; email: six touchpoints, all the studio's own.
    assert_shows(
        insights[3],
        &[
            "Réseaux sociaux",
            "Bouche-à-oreille",
            "Maîtrisés",
            "6 sur 6",
        ],
    );
    assert_shows(
        insights[4],
        &["Au total : 7 heures par semaine", "2,5 h par semaine"],
    );
}

#[test]
fn only_insights_with_content_get_a_slide() {
    let mut map = example("home-insurance-renewal");
    for card in &mut map.cards {
        card.value = None;
        card.manual_work = false;
    }
    let titles: Vec<String> = deck(&map, Format::Svg)
        .into_iter()
        .map(|p| p.title)
        .filter(|t| t.starts_with("Insights: "))
        .collect();
    // No opportunity is rated on both axes and no card is manual work.
    assert_eq!(
        titles,
        [
            "Insights: Weakest and strongest stages for Claire",
            "Insights: Pain points to deal with first",
            "Insights: Touchpoints by channel and stage",
        ]
    );
}

#[test]
fn the_option_leaves_the_insights_out_and_the_rest_of_the_deck_as_it_was() {
    let map = example("relance-prospects-photographe");
    let mut request = ExportRequest::new(Format::Png, Pages::Slides);
    let with = export::pages(&map, &request);
    request.choices.leave_out_insights = true;
    let without = export::pages(&map, &request);
    assert_eq!(without.len() + 5, with.len());
    assert_eq!(export::slide_count(&map, &request), without.len());
    assert!(
        without
            .iter()
            .all(|p| !p.title.starts_with("Enseignements"))
    );
    assert_eq!(
        without[3].title, with[8].title,
        "the stage slides follow the overview"
    );
}

#[test]
fn a_persona_whose_curve_is_left_out_gets_no_stages_slide() {
    let map = example("home-insurance-renewal");
    let mut request = ExportRequest::new(Format::Svg, Pages::Slides);
    request.choices.hidden_personas.insert(map.personas[0].id);
    let titles: Vec<String> = export::pages(&map, &request)
        .into_iter()
        .map(|p| p.title)
        .filter(|t| t.starts_with("Insights: "))
        .collect();
    assert_eq!(titles.len(), 4);
    assert!(!titles.iter().any(|t| t.contains("Claire")), "{titles:?}");
}
