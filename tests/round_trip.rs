//! Random valid maps save and reload equal, and saving twice gives the same bytes.

use parcours::file;
use parcours::model::*;
use proptest::prelude::*;
use proptest::sample::Index;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-zéèàçÉ0-9 ,.:;!?'\"\\\\()\\[\\]{}#/-]{0,24}",
        // Any text a map can hold: exports cannot carry XML's forbidden characters.
        any::<String>().prop_map(|text| text.replace(is_forbidden_in_xml, "")),
    ]
}

fn channel() -> impl Strategy<Value = Channel> {
    prop_oneof![
        proptest::sample::select(Channel::BUILT_IN.to_vec()),
        text().prop_map(Channel::Custom),
    ]
}

fn level() -> impl Strategy<Value = Option<Level>> {
    proptest::option::of(proptest::sample::select(Level::ALL.to_vec()))
}

fn metric() -> impl Strategy<Value = Metric> {
    (
        text(),
        -1e12..1e12f64,
        text(),
        proptest::option::of(-1e6..1e6f64),
        text(),
    )
        .prop_map(|(name, value, unit, target, source)| Metric {
            name,
            value,
            unit,
            target,
            source,
        })
}

type RawInsightFields = (Option<Level>, Option<Level>, u32, bool, Option<f32>);

fn insight_fields() -> impl Strategy<Value = RawInsightFields> {
    (
        level(),
        level(),
        prop_oneof![Just(0u32), any::<u32>()],
        any::<bool>(),
        proptest::option::of(0.0..=168.0f32),
    )
}

/// A card before its references are resolved: indices into stages and lanes.
#[derive(Debug, Clone)]
struct RawCard {
    stage: Index,
    lane: Index,
    step: Option<Index>,
    text: String,
    description: String,
    channel: Option<Channel>,
    owner: String,
    brand_controlled: bool,
    severity: Option<Level>,
    priority: Option<Level>,
    /// Value, effort, votes, manual work and its hours a week.
    insight: RawInsightFields,
    tags: Vec<String>,
    comments: Vec<(String, String)>,
    metrics: Vec<Metric>,
}

fn raw_card() -> impl Strategy<Value = RawCard> {
    (
        (
            any::<Index>(),
            any::<Index>(),
            proptest::option::of(any::<Index>()),
        ),
        (
            text(),
            text(),
            proptest::option::of(channel()),
            text(),
            any::<bool>(),
        ),
        (level(), level(), insight_fields()),
        proptest::collection::vec(text(), 0..3),
        proptest::collection::vec((text(), text()), 0..2),
        proptest::collection::vec(metric(), 0..2),
    )
        .prop_map(
            |(
                (stage, lane, step),
                (text, description, channel, owner, brand_controlled),
                (severity, priority, insight),
                tags,
                comments,
                metrics,
            )| RawCard {
                stage,
                lane,
                step,
                text,
                description,
                channel,
                owner,
                brand_controlled,
                severity,
                priority,
                insight,
                tags,
                comments,
                metrics,
            },
        )
}

/// Name, colour, backstory and goals.
type RawPersona = (String, (u8, u8, u8), String, Vec<String>);
/// From, to, kind, label and share.
type RawLink = (Index, Option<Index>, LinkKind, String, Option<f32>);

#[derive(Debug, Clone)]
struct RawMap {
    title: String,
    scenario: String,
    goals: Vec<String>,
    map_type: MapType,
    scale: (i32, i32),
    personas: Vec<RawPersona>,
    stages: Vec<(String, String, Option<f32>, Vec<String>)>,
    lanes: Vec<(LaneKind, String, bool, Option<f32>)>,
    cards: Vec<RawCard>,
    points: Vec<(Index, u8, Index, i32, String)>,
    moments: Vec<(Index, MomentKind, String)>,
    links: Vec<RawLink>,
}

fn raw_map() -> impl Strategy<Value = RawMap> {
    let size = || proptest::option::of(20.0..5000.0f32);
    (
        (text(), text(), proptest::collection::vec(text(), 0..3)),
        proptest::sample::select(MapType::ALL.to_vec()),
        (-10..0i32, 1..=10i32),
        proptest::collection::vec(
            (
                text(),
                any::<(u8, u8, u8)>(),
                text(),
                proptest::collection::vec(text(), 0..3),
            ),
            0..3,
        ),
        proptest::collection::vec(
            (
                text(),
                text(),
                size(),
                proptest::collection::vec(text(), 0..3),
            ),
            0..5,
        ),
        proptest::collection::vec(
            (
                proptest::sample::select(LaneKind::ALL.to_vec()),
                text(),
                any::<bool>(),
                size(),
            ),
            0..6,
        ),
        proptest::collection::vec(raw_card(), 0..12),
        proptest::collection::vec(
            (any::<Index>(), 0..3u8, any::<Index>(), -10..=10i32, text()),
            0..8,
        ),
        proptest::collection::vec(
            (
                any::<Index>(),
                proptest::sample::select(MomentKind::ALL.to_vec()),
                text(),
            ),
            0..4,
        ),
        proptest::collection::vec(
            (
                any::<Index>(),
                proptest::option::of(any::<Index>()),
                proptest::sample::select(LinkKind::ALL.to_vec()),
                text(),
                proptest::option::of(0.0..=100.0f32),
            ),
            0..4,
        ),
    )
        .prop_map(
            |(
                (title, scenario, goals),
                map_type,
                scale,
                personas,
                stages,
                lanes,
                cards,
                points,
                moments,
                links,
            )| RawMap {
                title,
                scenario,
                goals,
                map_type,
                scale,
                personas,
                stages,
                lanes,
                cards,
                points,
                moments,
                links,
            },
        )
}

/// Resolves indices into ids, dropping what would refer to nothing, so that the
/// map is always valid.
fn build(raw: RawMap) -> JourneyMap {
    let mut next = 0u32;
    let mut id = || {
        next += 1;
        next
    };
    let mut map = JourneyMap {
        meta: MapMeta {
            id: "generated".to_owned(),
            title: raw.title,
            scenario: raw.scenario,
            goals: raw.goals,
            language: "fr".to_owned(),
            map_type: raw.map_type,
            date: "2026-11-22".to_owned(),
            ..MapMeta::default()
        },
        scale: EmotionScale {
            min: raw.scale.0,
            max: raw.scale.1,
        },
        ..JourneyMap::default()
    };
    for (name, (r, g, b), backstory, goals) in raw.personas {
        let mut persona = Persona::new(PersonaId(id()), name, Color::rgb(r, g, b));
        persona.backstory = backstory;
        persona.goals = goals;
        map.personas.push(persona);
    }
    for (name, duration, width, steps) in raw.stages {
        let mut stage = Stage::new(StageId(id()), name);
        stage.duration = duration;
        stage.width = width;
        stage.steps = steps
            .into_iter()
            .map(|name| Step {
                id: StepId(id()),
                name,
            })
            .collect();
        map.stages.push(stage);
    }
    for (kind, title, hidden, height) in raw.lanes {
        map.lanes.push(Lane {
            title,
            hidden,
            height,
            ..Lane::new(LaneId(id()), kind)
        });
    }
    let card_lanes: Vec<LaneId> = map
        .lanes
        .iter()
        .filter(|lane| lane.kind.holds_cards())
        .map(|lane| lane.id)
        .collect();
    if !map.stages.is_empty() && !card_lanes.is_empty() {
        for raw_card in raw.cards {
            let stage = raw_card.stage.get(&map.stages);
            let mut card = Card::new(
                CardId(id()),
                *raw_card.lane.get(&card_lanes),
                stage.id,
                raw_card.text,
            );
            card.step = raw_card
                .step
                .filter(|_| !stage.steps.is_empty())
                .map(|index| index.get(&stage.steps).id);
            card.description = raw_card.description;
            card.channel = raw_card.channel;
            card.owner = raw_card.owner;
            card.brand_controlled = raw_card.brand_controlled;
            card.severity = raw_card.severity;
            card.priority = raw_card.priority;
            (
                card.value,
                card.effort,
                card.votes,
                card.manual_work,
                card.hours_per_week,
            ) = raw_card.insight;
            card.tags = raw_card.tags;
            card.comments = raw_card
                .comments
                .into_iter()
                .map(|(author, text)| Comment {
                    author,
                    date: "2026-11-22T10:30".to_owned(),
                    text,
                })
                .collect();
            card.metrics = raw_card.metrics;
            map.cards.push(card);
        }
    }
    let scale = map.scale;
    for (i, persona) in map.personas.iter().enumerate() {
        let mut curve = EmotionCurve {
            id: CurveId(id()),
            persona: persona.id,
            hidden: i == 1,
            points: Vec::new(),
        };
        for (which, anchor_kind, anchor_index, score, reason) in &raw.points {
            if which.index(map.personas.len()) != i {
                continue;
            }
            let all_steps: Vec<StepId> = map
                .stages
                .iter()
                .flat_map(|s| s.steps.iter().map(|st| st.id))
                .collect();
            let anchor = match anchor_kind {
                0 if !map.stages.is_empty() => Anchor::Stage(anchor_index.get(&map.stages).id),
                1 if !all_steps.is_empty() => Anchor::Step(*anchor_index.get(&all_steps)),
                2 if !map.cards.is_empty() => Anchor::Card(anchor_index.get(&map.cards).id),
                _ => continue,
            };
            curve.points.push(EmotionPoint {
                id: PointId(id()),
                anchor,
                score: scale.clamp(*score),
                reason: reason.clone(),
            });
        }
        map.curves.push(curve);
    }
    if !map.cards.is_empty() {
        for (card, kind, note) in raw.moments {
            let card = card.get(&map.cards).id;
            map.moments.push(MomentOfTruth {
                id: MomentId(id()),
                card,
                kind,
                note,
            });
        }
        for (from, to, kind, label, share) in raw.links {
            let from = from.get(&map.cards).id;
            let to = to.map(|to| to.get(&map.cards).id).filter(|to| *to != from);
            let kind = if to.is_none() {
                LinkKind::DropOut
            } else {
                kind
            };
            map.links.push(Link {
                id: LinkId(id()),
                from,
                to,
                kind,
                label,
                share,
            });
        }
    }
    map
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_saved_map_reloads_equal_and_saves_to_the_same_bytes(raw in raw_map()) {
        let map = build(raw);
        prop_assert_eq!(map.validate(), Vec::new());
        let text = file::to_ron(&map);
        let reloaded = file::parse(text.as_bytes(), "generated.journey.ron")
            .map_err(|err| TestCaseError::fail(format!("{err}\n{text}")))?;
        prop_assert_eq!(&reloaded, &map);
        prop_assert_eq!(file::to_ron(&reloaded), text);
    }
}

#[test]
fn saving_to_disk_and_loading_gives_the_same_map() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("small.journey.ron");
    let map = file::load(std::path::Path::new("tests/fixtures/small.journey.ron"))
        .expect("the fixture loads");
    file::save(&path, &map).expect("the map saves");
    assert_eq!(file::load(&path).expect("the saved map loads"), map);
}

#[test]
fn an_embedded_photo_survives_a_round_trip() {
    let mut png = Vec::new();
    image::RgbImage::from_pixel(3, 2, image::Rgb([200, 40, 90]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("a tiny PNG encodes");
    let mut map = file::load(std::path::Path::new("tests/fixtures/small.journey.ron"))
        .expect("the fixture loads");
    map.personas[0].photo = Some(EmbeddedImage {
        format: ImageFormat::Png,
        data: png.clone(),
    });
    let reloaded =
        file::parse(file::to_ron(&map).as_bytes(), "photo.journey.ron").expect("the map reloads");
    let photo = reloaded.personas[0]
        .photo
        .as_ref()
        .expect("the photo is kept");
    assert_eq!(photo.data, png);
    assert_eq!(photo.checked_dimensions(), Ok((3, 2)));
}

#[test]
fn editing_one_card_changes_one_line_of_the_file() {
    let path = std::path::Path::new("assets/examples/home-insurance-renewal.journey.ron");
    let before_text = std::fs::read_to_string(path).expect("the example");
    let mut map = file::load(path).expect("the example loads");
    let card = map
        .cards
        .iter_mut()
        .find(|c| c.text == "Advisor call")
        .expect("the card");
    card.text = "Advisor call back".to_owned();
    let after_text = file::to_ron(&map);

    let before: Vec<&str> = before_text.lines().collect();
    let after: Vec<&str> = after_text.lines().collect();
    assert_eq!(before.len(), after.len());
    let changed: Vec<(&str, &str)> = before
        .iter()
        .zip(&after)
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (*a, *b))
        .collect();
    assert_eq!(
        changed,
        [(
            "                text: \"Advisor call\",",
            "                text: \"Advisor call back\","
        )]
    );
}

#[test]
fn opportunity_ratings_votes_and_manual_work_round_trip_and_stay_out_when_unset() {
    let path = std::path::Path::new("tests/fixtures/small.journey.ron");
    let plain = file::load(path).expect("the fixture loads");
    assert!(
        !file::to_ron(&plain).contains("votes"),
        "a map without votes writes no votes field"
    );
    let mut map = plain.clone();
    let card = &mut map.cards[0];
    card.value = Some(Level::High);
    card.effort = Some(Level::Low);
    card.votes = 4;
    card.manual_work = true;
    card.hours_per_week = Some(2.5);
    let text = file::to_ron(&map);
    for line in [
        "value: Some(High),",
        "effort: Some(Low),",
        "votes: 4,",
        "manual_work: true,",
        "hours_per_week: Some(2.5),",
    ] {
        assert!(text.contains(line), "{line} is written");
    }
    let reloaded = file::parse(text.as_bytes(), "rated.journey.ron").expect("the map reloads");
    assert_eq!(reloaded, map);
}
