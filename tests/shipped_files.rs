//! Every template and example shipped, as files and inside the binary, is a
//! valid, canonical map.

use std::path::{Path, PathBuf};

use parcours::file;
use parcours::templates::{CATALOGUE, Kind};

fn shipped_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for folder in [
        "assets/templates/en",
        "assets/templates/fr",
        "assets/examples",
    ] {
        for entry in std::fs::read_dir(folder).expect("the assets folder") {
            files.push(entry.expect("an entry").path());
        }
    }
    files.sort();
    files
}

#[test]
fn every_shipped_file_loads_is_canonical_and_round_trips() {
    let files = shipped_files();
    assert!(files.len() >= 14, "{files:?}");
    for path in files {
        let map = file::load(&path).unwrap_or_else(|err| panic!("{err}"));
        let text = std::fs::read_to_string(&path).expect("readable");
        assert_eq!(
            file::to_ron(&map),
            text,
            "{} is not canonical: run parcours fmt",
            path.display()
        );
        assert_eq!(file::parse(text.as_bytes(), "again").expect("reloads"), map);
    }
}

#[test]
fn every_catalogue_entry_is_embedded_as_its_shipped_file() {
    for template in CATALOGUE {
        for (language, embedded) in template.sources {
            let path = match template.kind {
                Kind::Template => {
                    format!("assets/templates/{language}/{}.journey.ron", template.name)
                }
                Kind::Example => format!("assets/examples/{}.journey.ron", template.name),
            };
            let on_disk = std::fs::read_to_string(Path::new(&path)).expect("the shipped file");
            assert_eq!(*embedded, on_disk, "{path}");
            let map = template
                .load(language)
                .unwrap_or_else(|err| panic!("{err}"));
            assert_eq!(&map.meta.language, language, "{path}");
        }
    }
}

#[test]
fn every_template_exists_in_english_and_french() {
    for template in CATALOGUE.iter().filter(|t| t.kind == Kind::Template) {
        assert_eq!(template.languages(), ["en", "fr"], "{}", template.name);
    }
}

#[test]
fn a_new_map_from_a_template_gets_its_own_id_and_today() {
    let template = parcours::templates::find("service-blueprint").expect("the blueprint template");
    let map = template.instantiate("en").expect("a new map");
    assert_ne!(
        map.meta.id,
        template.load("en").expect("the template").meta.id
    );
    assert!(
        map.meta.id.starts_with("service-blueprint-"),
        "{}",
        map.meta.id
    );
    assert_eq!(map.validate(), Vec::new());
    let kinds: Vec<_> = map.lanes.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        parcours::model::JourneyMap::expected_lanes(map.meta.map_type)
    );
}

#[test]
fn every_example_is_a_whole_workshop_map() {
    use parcours::model::{LaneKind, LinkKind, MomentKind};
    use std::collections::HashSet;

    let examples: Vec<_> = CATALOGUE
        .iter()
        .filter(|t| t.kind == Kind::Example)
        .collect();
    assert!(examples.len() >= 2);
    let languages: HashSet<&str> = examples.iter().flat_map(|t| t.languages()).collect();
    assert!(
        languages.contains("fr") && languages.contains("en"),
        "{languages:?}"
    );
    for example in examples {
        let language = example.languages()[0];
        let map = example.load(language).unwrap_or_else(|err| panic!("{err}"));
        let name = example.name;
        let in_lane = |kind: LaneKind| map.cards_of_kind(kind).collect::<Vec<_>>();
        assert!(!map.personas.is_empty(), "{name}: a persona");
        assert!(map.stages.len() >= 5, "{name}: 5+ stages");
        let touchpoints = in_lane(LaneKind::Touchpoints);
        assert!(touchpoints.len() >= 20, "{name}: 20+ touchpoints");
        let channels: HashSet<_> = touchpoints
            .iter()
            .filter_map(|c| c.channel.clone())
            .collect();
        assert!(
            channels.len() >= 8,
            "{name}: 8+ channels, got {}",
            channels.len()
        );
        assert!(
            map.curves.iter().any(|c| c.points.len() >= 5),
            "{name}: an emotion curve"
        );
        let kinds: HashSet<MomentKind> = map.moments.iter().map(|m| m.kind).collect();
        assert!(
            map.moments.len() >= 3 && kinds.len() == 3,
            "{name}: 3+ moments of every kind"
        );
        assert!(
            !in_lane(LaneKind::PainPoints).is_empty(),
            "{name}: pain points"
        );
        assert!(
            !in_lane(LaneKind::Opportunities).is_empty(),
            "{name}: opportunities"
        );
        assert!(
            map.cards.iter().any(|c| !c.metrics.is_empty()),
            "{name}: metrics"
        );
        assert!(
            map.links.iter().any(|l| l.kind == LinkKind::LoopBack),
            "{name}: a loop back"
        );
    }
}
