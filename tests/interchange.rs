//! Maps in and out of spreadsheets and Mermaid journeys.

use std::collections::BTreeMap;
use std::path::Path;

use parcours::interchange::{self, Format};
use parcours::model::*;
use proptest::prelude::*;

/// What a spreadsheet holds of a map, independent of ids.
#[derive(Debug, PartialEq)]
struct Content {
    stages: Vec<(String, Vec<String>)>,
    lanes: Vec<(LaneKind, String)>,
    /// The cards of each cell, in order, keyed by (stage, lane) position.
    cells: BTreeMap<(usize, usize), Vec<String>>,
    moments: Vec<String>,
    points: Vec<String>,
}

fn content(map: &JourneyMap) -> Content {
    let mut cells: BTreeMap<(usize, usize), Vec<String>> = BTreeMap::new();
    for card in &map.cards {
        let stage = map.stage_index(card.stage).expect("stage");
        let lane = map
            .lanes
            .iter()
            .position(|l| l.id == card.lane)
            .expect("lane");
        let step = card
            .step
            .and_then(|id| map.stage(card.stage)?.steps.iter().find(|s| s.id == id))
            .map(|s| s.name.clone());
        // A spreadsheet's metric columns have one order for all cards.
        let mut metrics: Vec<String> = card
            .metrics
            .iter()
            .map(|m| format!("{}={}{}", m.name, m.value, m.unit))
            .collect();
        metrics.sort();
        cells.entry((stage, lane)).or_default().push(format!(
            "{:?} | {} | {:?} | {} | {} | {:?}",
            step, card.text, card.channel, card.owner, card.description, metrics
        ));
    }
    let card_text = |id: CardId| map.card(id).map_or(String::new(), |c| c.text.clone());
    let mut moments: Vec<String> = map
        .moments
        .iter()
        .map(|m| format!("{} {:?}", card_text(m.card), m.kind))
        .collect();
    moments.sort();
    let mut points = Vec::new();
    for curve in &map.curves {
        let persona = map
            .persona(curve.persona)
            .map_or(String::new(), |p| p.name.clone());
        for point in &curve.points {
            let anchor = match point.anchor {
                Anchor::Card(id) => card_text(id),
                Anchor::Stage(id) => map.stage(id).map_or(String::new(), |s| s.name.clone()),
                Anchor::Step(id) => map
                    .stage_of_step(id)
                    .map_or(String::new(), |s| s.name.clone()),
            };
            points.push(format!("{persona} {} at {anchor}", point.score));
        }
    }
    points.sort();
    Content {
        stages: map
            .stages
            .iter()
            .map(|s| {
                (
                    s.name.clone(),
                    s.steps.iter().map(|st| st.name.clone()).collect(),
                )
            })
            .collect(),
        lanes: map
            .lanes
            .iter()
            .map(|l| (l.kind, l.title.clone()))
            .collect(),
        cells,
        moments,
        points,
    }
}

/// The text of an export to a text format.
fn exported(map: &JourneyMap, format: Format) -> String {
    let bytes = interchange::export(map, format).expect("the export is made");
    String::from_utf8(bytes).expect("a text export is UTF-8")
}

fn through_csv(map: &JourneyMap) -> JourneyMap {
    let text = exported(map, Format::Csv);
    interchange::import_text(Format::Csv, &text, "round trip", false)
        .unwrap_or_else(|errors| panic!("{errors:?}\n{text}"))
}

#[test]
fn every_example_survives_a_trip_through_a_spreadsheet() {
    for example in ["home-insurance-renewal", "relance-prospects-photographe"] {
        let path = format!("assets/examples/{example}.journey.ron");
        let map = parcours::file::load(Path::new(&path)).expect("the example");
        assert_eq!(content(&through_csv(&map)), content(&map), "{example}");
    }
}

#[test]
fn a_spreadsheet_from_french_excel_imports_with_its_accents_rows_and_line_breaks() {
    let map = interchange::import(Path::new("tests/interchange/french-excel.csv"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(map.meta.language, "fr");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        stages,
        ["Découverte", "Prise de contact", "Devis", "Relance"]
    );
    let lanes: Vec<(LaneKind, &str)> = map
        .lanes
        .iter()
        .map(|l| (l.kind, l.title.as_str()))
        .collect();
    assert_eq!(
        lanes,
        [
            (LaneKind::Touchpoints, "Points de contact"),
            (LaneKind::Emotion, "Émotion"),
            (LaneKind::PainPoints, "Irritants"),
            (LaneKind::Opportunities, "Opportunités"),
        ]
    );
    let form = map
        .cards
        .iter()
        .find(|c| c.text == "Formulaire de contact")
        .expect("the form card");
    assert_eq!(form.description, "14 champs :\ndate, lieu, budget");
    assert_eq!(form.channel, Some(Channel::Website));
    assert_eq!(
        map.stage(form.stage).map(|s| s.steps[0].name.as_str()),
        Some("Formulaire")
    );
    let quote = map
        .cards
        .iter()
        .find(|c| c.text == "Devis PDF par e-mail")
        .expect("the quote card");
    assert_eq!(
        (
            quote.metrics[0].name.as_str(),
            quote.metrics[0].value,
            quote.metrics[0].unit.as_str()
        ),
        ("Taux de réponse", 55.0, "%")
    );
    let kinds: Vec<MomentKind> = map.moments.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MomentKind::Influence,
            MomentKind::Impact,
            MomentKind::Decision
        ]
    );
    let scores: Vec<i32> = map.curves[0].points.iter().map(|p| p.score).collect();
    assert_eq!(scores, [2, -1, 0, -2]);
    assert_eq!(
        map.curves[0].points[3].anchor,
        Anchor::Stage(map.stages[3].id),
        "a row in the emotion lane is a point at its stage"
    );
}

#[test]
fn a_utf8_spreadsheet_with_a_byte_order_mark_and_commas_imports() {
    let map = interchange::import(Path::new("tests/interchange/utf8-bom.csv"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(map.meta.title, "Utf8 bom");
    assert_eq!(map.cards[0].text, "Sees an ad, then waits");
    assert_eq!(map.cards[2].metrics[0].value, 32.0);
    assert_eq!(map.personas[0].name, "Claire");
    assert_eq!(
        map.lanes.iter().map(|l| l.kind).collect::<Vec<_>>(),
        [
            LaneKind::Touchpoints,
            LaneKind::Emotion,
            LaneKind::PainPoints
        ]
    );
}

#[test]
fn broken_files_are_refused_whole_with_positioned_messages() {
    for (file, expected) in [
        (
            "bad-score.csv",
            "tests/interchange/bad-score.csv:3:3: \"loved it\" is not a score",
        ),
        (
            "unknown-column.csv",
            "tests/interchange/unknown-column.csv:1:3: unknown column \"shade\"",
        ),
        (
            "unclosed-quote.csv",
            "tests/interchange/unclosed-quote.csv:2:11: this quoted field never ends",
        ),
        (
            "bad-score.mmd",
            "tests/interchange/bad-score.mmd:4:12: \"9\" is not a score",
        ),
    ] {
        let error =
            interchange::import(Path::new(&format!("tests/interchange/{file}"))).expect_err(file);
        assert!(error.to_string().starts_with(expected), "{file}: {error}");
    }
}

#[test]
fn a_mermaid_journey_imports_with_every_construct() {
    let map = interchange::import(Path::new("tests/interchange/working-day.mmd"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(map.meta.title, "My working day");
    assert_eq!(
        map.meta.scenario, "Working day journey\nHow the team's day goes,\nfrom tea to the sofa.",
        "the accessible title, kept as the diagram has a title, then the description's lines"
    );
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Go to work", "Go home"]);
    let tasks: Vec<&str> = map.cards.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        tasks,
        [
            "Make tea",
            "Go upstairs",
            "Do work",
            "Go downstairs",
            "Sit\ndown"
        ]
    );
    let personas: Vec<&str> = map.personas.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(personas, ["Me", "Cat"]);
    let me: Vec<i32> = map.curves[0].points.iter().map(|p| p.score).collect();
    assert_eq!(me, [2, 0, -2, 2, 2], "1..5 maps onto -2..2");
    assert_eq!(map.curves[1].points.len(), 2);
}

#[test]
fn the_first_mermaid_journey_of_a_markdown_file_is_read() {
    let map = interchange::import(Path::new("tests/interchange/README.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(map.meta.title, "Onboarding");
    assert_eq!(map.cards.len(), 3);
    assert_eq!(map.personas.len(), 2);
}

#[test]
fn mermaid_to_map_to_mermaid_keeps_title_sections_tasks_scores_and_actors() {
    let text = std::fs::read_to_string("tests/interchange/working-day.mmd").expect("the fixture");
    let map = interchange::import_text(Format::Mermaid, &text, "x", false).expect("imports");
    let exported = exported(&map, Format::Mermaid);
    for line in [
        "journey",
        "    title My working day",
        "    section Go to work",
        "      Make tea: 5: Me",
        "      Do work: 1: Me, Cat",
        "    section Go home",
        "      Sit<br>down: 5: Me, Cat",
    ] {
        assert!(
            exported.lines().any(|l| l == line),
            "{line:?} in\n{exported}"
        );
    }
    let again =
        interchange::import_text(Format::Mermaid, &exported, "x", false).expect("reimports");
    assert_eq!(again, map);
}

#[test]
fn every_example_exports_to_mermaid_and_back_with_its_sections_tasks_and_scores() {
    for example in ["home-insurance-renewal", "relance-prospects-photographe"] {
        let map =
            parcours::file::load(Path::new(&format!("assets/examples/{example}.journey.ron")))
                .expect("example");
        let text = exported(&map, Format::Mermaid);
        let back = interchange::import_text(Format::Mermaid, &text, "x", false)
            .unwrap_or_else(|e| panic!("{example}: {e:?}\n{text}"));
        let names = |m: &JourneyMap| m.stages.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&back), names(&map));
        let touchpoints = map.cards_of_kind(LaneKind::Touchpoints).count();
        assert_eq!(back.cards.len(), touchpoints, "{example}");
        // A touchpoint without a score is written with the neutral score and no
        // actor, which comes back on the persona "Customer".
        let scores = |m: &JourneyMap| {
            let mut all: Vec<i32> = m
                .curves
                .iter()
                .filter(|c| m.persona(c.persona).is_some_and(|p| p.name != "Customer"))
                .flat_map(|c| {
                    c.points
                        .iter()
                        .filter(|p| matches!(p.anchor, Anchor::Card(_)))
                        .map(|p| p.score)
                })
                .collect();
            all.sort();
            all
        };
        assert_eq!(scores(&back), scores(&map), "{example}");
    }
}

/// A map a spreadsheet can hold: named stages (with steps), lanes named after
/// their kind, cards with text, one persona with points on cards.
fn spreadsheet_map() -> impl Strategy<Value = JourneyMap> {
    let word = "[A-Za-zéà][A-Za-zéà ,;\"']{0,12}[a-z]";
    let card = (
        0..4usize,
        0..3usize,
        word,
        proptest::option::of(proptest::sample::select(Channel::BUILT_IN.to_vec())),
        word,
        proptest::option::of(-2..=2i32),
        proptest::option::of(0.0..1000.0f64),
    );
    (
        proptest::collection::btree_set("[A-Z][a-z]{2,8}", 1..4),
        proptest::collection::vec(card, 0..10),
        proptest::bool::ANY,
    )
        .prop_map(|(stage_names, cards, with_step)| {
            let mut map = JourneyMap::default();
            let mut next = 0;
            let mut id = || {
                next += 1;
                next
            };
            for name in stage_names {
                let mut stage = Stage::new(StageId(id()), name);
                if with_step {
                    stage.steps.push(Step {
                        id: StepId(id()),
                        name: "First".to_owned(),
                    });
                }
                map.stages.push(stage);
            }
            for kind in [
                LaneKind::Touchpoints,
                LaneKind::Emotion,
                LaneKind::PainPoints,
            ] {
                map.lanes.push(Lane::new(LaneId(id()), kind));
            }
            let persona = PersonaId(id());
            map.personas
                .push(Persona::new(persona, "Claire", Color::rgb(200, 80, 90)));
            let curve = CurveId(id());
            map.curves.push(EmotionCurve {
                id: curve,
                persona,
                hidden: false,
                points: Vec::new(),
            });
            for (stage, lane, text, channel, owner, score, metric) in cards {
                let stage = &map.stages[stage % map.stages.len()];
                let lane = if lane == 1 {
                    map.lanes[2].id
                } else {
                    map.lanes[0].id
                };
                let mut card = Card::new(CardId(id()), lane, stage.id, text.trim());
                card.step = stage.steps.first().map(|s| s.id);
                card.channel = channel;
                card.owner = owner.trim().to_owned();
                card.metrics = metric
                    .map(|value| Metric {
                        name: "NPS".to_owned(),
                        value,
                        unit: String::new(),
                        target: None,
                        source: String::new(),
                    })
                    .into_iter()
                    .collect();
                if let Some(score) = score {
                    let point = EmotionPoint {
                        id: PointId(id()),
                        anchor: Anchor::Card(card.id),
                        score,
                        reason: String::new(),
                    };
                    map.curves[0].points.push(point);
                }
                map.cards.push(card);
            }
            map
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn a_generated_map_survives_a_trip_through_a_spreadsheet(map in spreadsheet_map()) {
        prop_assert_eq!(content(&through_csv(&map)), content(&map));
    }

    #[test]
    fn a_generated_mermaid_journey_survives_a_trip_through_a_map(
        sections in proptest::collection::vec(("[A-Z][a-z]{1,10}( [a-z]{1,6})?", proptest::collection::vec(("[A-Z][a-z]{1,10}( [a-z]{1,6})?", 1..=5i32, 0..3usize), 1..4)), 1..4),
    ) {
        let actors = ["Me", "Me, Cat", "Me, Cat, Dog"];
        let mut text = String::from("journey\n    title Generated\n");
        for (section, tasks) in &sections {
            text.push_str(&format!("    section {section}\n"));
            for (task, score, who) in tasks {
                text.push_str(&format!("      {task}: {score}: {}\n", actors[*who]));
            }
        }
        let map = interchange::import_text(Format::Mermaid, &text, "x", false).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(exported(&map, Format::Mermaid), text);
    }
}

#[test]
fn a_long_mermaid_section_draws_its_curve_left_to_right_in_task_order() {
    let tasks: String = (1..=38)
        .map(|i| format!("    Task {i}: {}: Me\n", 1 + i % 5))
        .collect();
    let text = format!("journey\n  title Long section\n  section Research\n{tasks}");
    let map = interchange::import_text(Format::Mermaid, &text, "Long", false).expect("it imports");
    let layout = parcours::layout::MapLayout::new(&map);
    let curve = map.curves.first().expect("a curve");
    assert_eq!(curve.points.len(), 38);
    let xs: Vec<f32> = curve
        .points
        .iter()
        .map(|p| layout.anchor_x(&map, p.anchor).expect("placed"))
        .collect();
    assert!(
        xs.windows(2).all(|pair| pair[0] < pair[1]),
        "the points follow the tasks' order: {xs:?}"
    );
    let placed = &layout.curves[0].points;
    assert_eq!(placed.len(), 38, "every point is drawn");
    assert!(placed.windows(2).all(|pair| pair[0].pos.x < pair[1].pos.x));
}
