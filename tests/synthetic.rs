//! The synthetic maps the benchmarks time: the stated sizes, valid, and saved
//! and opened again unchanged.

use parcours::file;
use parcours::model::LaneKind;
use parcours::model::synthetic::{MapSize, generate};
use parcours::perf::{Measure, Workload};

#[test]
fn each_size_has_its_stated_counts() {
    for size in MapSize::ALL {
        let map = generate(size);
        let counts = size.counts();
        assert_eq!(map.stages.len(), counts.stages, "{size}: stages");
        assert_eq!(map.cards.len(), counts.cards, "{size}: cards");
        assert_eq!(map.personas.len(), counts.personas, "{size}: personas");
        assert_eq!(map.curves.len(), counts.personas, "{size}: one curve each");
        assert_eq!(map.links.len(), counts.links, "{size}: links");
    }
    assert_eq!(MapSize::Workshop.counts().personas, 3);
    assert_eq!(MapSize::Huge.counts().links, 500);
}

#[test]
fn every_size_validates() {
    for size in MapSize::ALL {
        let problems = generate(size).validate();
        assert!(problems.is_empty(), "{size}: {problems:?}");
    }
}

#[test]
fn every_size_round_trips_through_the_file_format() {
    for size in MapSize::ALL {
        let map = generate(size);
        let text = file::to_ron(&map);
        let opened = file::parse(text.as_bytes(), size.name()).expect("it opens");
        assert_eq!(opened, map, "{size}");
    }
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generate(MapSize::Large), generate(MapSize::Large));
}

#[test]
fn cards_fill_the_usual_lanes_with_their_details() {
    let map = generate(MapSize::Workshop);
    let lane_kind = |card: &parcours::model::Card| map.lane(card.lane).map(|l| l.kind);
    for kind in [
        LaneKind::Touchpoints,
        LaneKind::Does,
        LaneKind::Thinks,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
    ] {
        assert!(
            map.cards.iter().any(|c| lane_kind(c) == Some(kind)),
            "no card in {kind:?}"
        );
    }
    assert!(
        map.cards_of_kind(LaneKind::Touchpoints)
            .all(|c| c.channel.is_some())
    );
    assert!(
        map.cards_of_kind(LaneKind::PainPoints)
            .all(|c| c.severity.is_some())
    );
    let longest = map.cards.iter().map(|c| c.text.chars().count()).max();
    assert!(longest > Some(60), "some texts wrap over several lines");
    assert!(map.cards.iter().any(|c| c.step.is_some()));
    assert!(!map.moments.is_empty());
}

/// `parcours bench` and `cargo bench` stop at the first measure that cannot run.
#[test]
fn every_benchmark_measure_runs_on_the_small_map() {
    for measure in Measure::ALL {
        let label = measure.label();
        let mut workload = Workload::new(MapSize::Small, measure)
            .unwrap_or_else(|err| panic!("{label}: cannot prepare: {err}"));
        let count = workload
            .run()
            .unwrap_or_else(|err| panic!("{label}: cannot run: {err}"));
        assert!(count > 0, "{label}: produced nothing");
    }
}
