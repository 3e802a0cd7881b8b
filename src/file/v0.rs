//! Format 0: the prototype's files, where stages and lanes were bare lists and
//! cards pointed at them by position. Kept so those maps still open.

use serde::Deserialize;

use crate::model::{
    Card, CardId, FieldPath, JourneyMap, Lane, LaneId, LaneKind, MapMeta, MapType, Problem, Stage,
    StageId,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapFileV0 {
    #[allow(
        dead_code,
        reason = "read by the version probe; kept so the field is allowed"
    )]
    format_version: u32,
    title: String,
    #[serde(default)]
    stages: Vec<String>,
    #[serde(default)]
    lanes: Vec<LaneV0>,
    #[serde(default)]
    cards: Vec<CardV0>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LaneV0 {
    kind: LaneKind,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CardV0 {
    stage: usize,
    lane: usize,
    text: String,
}

impl MapFileV0 {
    /// Gives stages, lanes and cards ids, in file order, and turns positions into ids.
    /// Problems carry paths from the file's root.
    pub fn migrate(self) -> Result<JourneyMap, Vec<Problem>> {
        let mut next_id = 1..;
        let mut fresh_id = || next_id.next().unwrap_or(u32::MAX);
        let stages: Vec<Stage> = self
            .stages
            .into_iter()
            .map(|name| Stage::new(StageId(fresh_id()), name))
            .collect();
        let lanes: Vec<Lane> = self
            .lanes
            .into_iter()
            .map(|lane| Lane {
                title: lane.title,
                ..Lane::new(LaneId(fresh_id()), lane.kind)
            })
            .collect();

        let mut problems = Vec::new();
        let mut cards = Vec::new();
        for (i, card) in self.cards.into_iter().enumerate() {
            let path = FieldPath::default().field("cards").index(i);
            let stage = stages.get(card.stage);
            let lane = lanes.get(card.lane);
            if stage.is_none() {
                problems.push(Problem {
                    path: path.field("stage"),
                    message: format!(
                        "there is no stage number {} (stages count from 0)",
                        card.stage
                    ),
                });
            }
            if lane.is_none() {
                problems.push(Problem {
                    path: path.field("lane"),
                    message: format!("there is no lane number {} (lanes count from 0)", card.lane),
                });
            }
            if let (Some(stage), Some(lane)) = (stage, lane) {
                cards.push(Card::new(CardId(fresh_id()), lane.id, stage.id, card.text));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(JourneyMap {
            meta: MapMeta {
                id: slug(&self.title),
                title: self.title,
                language: "en".to_owned(),
                map_type: MapType::CurrentState,
                ..MapMeta::default()
            },
            stages,
            lanes,
            cards,
            ..JourneyMap::default()
        })
    }
}

/// A readable id made from a title: "Home renewal" gives "home-renewal".
pub fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "map".to_owned()
    } else {
        words.join("-")
    }
}
