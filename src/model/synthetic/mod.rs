//! Synthetic maps of known sizes, for benchmarks and tests: the lanes, channels,
//! texts and curves of real workshop maps, generated from a fixed seed so that
//! every run sees the same map.

mod texts;

use std::fmt;

use super::{
    Anchor, Card, CardId, Channel, Color, Comment, CurveId, EmotionCurve, EmotionPoint, JourneyMap,
    Lane, LaneId, LaneKind, Level, Link, LinkId, LinkKind, MapMeta, MapType, Metric, MomentId,
    MomentKind, MomentOfTruth, Persona, PersonaId, PointId, Stage, StageId, Step, StepId,
};

/// The sizes benchmarks measure, from a first sketch to the largest map we support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MapSize {
    /// A first sketch: 4 stages, 20 cards.
    Small,
    /// What a day-long workshop produces.
    Workshop,
    /// 20 stages, 2,000 cards.
    Large,
    /// The largest map we support: 30 stages, 5,000 cards.
    Huge,
}

/// How many of each element a size has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Stages; every third one is split into two or three steps.
    pub stages: usize,
    /// Cards, shared among the lanes in fixed proportions and among stages at random.
    pub cards: usize,
    /// Personas, each with an emotion curve.
    pub personas: usize,
    /// Links between cards; about one in twenty is a drop-out out of the map.
    pub links: usize,
}

impl MapSize {
    /// Every size, smallest first.
    pub const ALL: [MapSize; 4] = [
        MapSize::Small,
        MapSize::Workshop,
        MapSize::Large,
        MapSize::Huge,
    ];

    /// The size's name in lower case, as benchmark tables and file names show it.
    pub fn name(self) -> &'static str {
        match self {
            MapSize::Small => "small",
            MapSize::Workshop => "workshop",
            MapSize::Large => "large",
            MapSize::Huge => "huge",
        }
    }

    /// How many stages, cards, personas and links a map of this size has.
    pub fn counts(self) -> Counts {
        let (stages, cards, personas, links) = match self {
            MapSize::Small => (4, 20, 1, 4),
            MapSize::Workshop => (8, 300, 3, 40),
            MapSize::Large => (20, 2_000, 3, 200),
            MapSize::Huge => (30, 5_000, 3, 500),
        };
        Counts {
            stages,
            cards,
            personas,
            links,
        }
    }
}

impl fmt::Display for MapSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A small deterministic generator (xorshift64*): same seed, same map.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times out of a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Lanes of a current-state map with a service layer, and the share of cards each
/// holds in percent (the emotion lane holds none).
const LANES: [(LaneKind, usize); 10] = [
    (LaneKind::Touchpoints, 24),
    (LaneKind::Does, 18),
    (LaneKind::Thinks, 12),
    (LaneKind::Feels, 6),
    (LaneKind::Emotion, 0),
    (LaneKind::PainPoints, 16),
    (LaneKind::Opportunities, 10),
    (LaneKind::Actions, 6),
    (LaneKind::Metrics, 4),
    (LaneKind::Backstage, 4),
];

const PERSONA_COLORS: [Color; 4] = [
    Color::rgb(0xD9, 0x4A, 0x64),
    Color::rgb(0x2B, 0x7B, 0xB9),
    Color::rgb(0x2B, 0xB0, 0x8F),
    Color::rgb(0x8E, 0x5C, 0xD9),
];

/// The map of a size. It passes [`JourneyMap::validate`].
pub fn generate(size: MapSize) -> JourneyMap {
    let counts = size.counts();
    let mut builder = Builder {
        rng: Rng(0x9E37_79B9_7F4A_7C15 ^ size as u64),
        next_id: 1,
        map: JourneyMap::default(),
    };
    builder.meta(size, counts);
    builder.grid(counts.stages);
    builder.personas(counts.personas);
    builder.cards(counts.cards);
    builder.curves();
    builder.moments();
    builder.links(counts.links);
    builder.map
}

struct Builder {
    rng: Rng,
    next_id: u32,
    map: JourneyMap,
}

impl Builder {
    fn id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id - 1
    }

    fn meta(&mut self, size: MapSize, counts: Counts) {
        self.map.meta = MapMeta {
            id: format!("synthetic-{size}"),
            title: format!(
                "Home insurance, {size} map ({} stages, {} cards)",
                counts.stages, counts.cards
            ),
            scenario: "Renew a home insurance contract after a move".to_owned(),
            goals: vec![
                "Find where customers give up before signing".to_owned(),
                "Agree on three fixes for the next quarter".to_owned(),
            ],
            channels: Channel::BUILT_IN[..8].to_vec(),
            owner: "Customer experience team".to_owned(),
            date: "2026-03-02".to_owned(),
            language: "en".to_owned(),
            map_type: MapType::CurrentState,
            improves_on: None,
        };
    }

    /// Stages (every third one split into steps) and lanes.
    fn grid(&mut self, stages: usize) {
        for i in 0..stages {
            let base = texts::STAGE_NAMES[i % texts::STAGE_NAMES.len()];
            let round = i / texts::STAGE_NAMES.len();
            let name = if round == 0 {
                base.to_owned()
            } else {
                format!("{base} ({})", round + 1)
            };
            let mut stage = Stage::new(StageId(self.id()), name);
            if self.rng.chance(60) {
                stage.duration = self.rng.pick(&texts::DURATIONS).to_string();
            }
            if self.rng.chance(50) {
                stage.description = texts::description(&mut self.rng);
            }
            if i % 3 == 1 {
                for _ in 0..2 + self.rng.below(2) {
                    let name = self.rng.pick(&texts::STEP_NAMES).to_string();
                    stage.steps.push(Step {
                        id: StepId(self.id()),
                        name,
                    });
                }
            }
            self.map.stages.push(stage);
        }
        for (kind, _) in LANES {
            let lane = Lane::new(LaneId(self.id()), kind);
            self.map.lanes.push(lane);
        }
    }

    fn personas(&mut self, count: usize) {
        for i in 0..count {
            let (name, age, job, quote) = texts::PERSONAS[i % texts::PERSONAS.len()];
            let color = PERSONA_COLORS[i % PERSONA_COLORS.len()];
            let mut persona = Persona::new(PersonaId(self.id()), name, color);
            persona.age = age.to_owned();
            persona.job_title = job.to_owned();
            persona.quote = quote.to_owned();
            persona.backstory = texts::description(&mut self.rng);
            persona.goals = vec![
                "Pay a fair price".to_owned(),
                "Be covered at once".to_owned(),
            ];
            persona.frustrations = vec!["Forms that forget what was typed".to_owned()];
            persona.preferred_channels = vec![Channel::MobileApp, Channel::Phone];
            self.map.personas.push(persona);
        }
    }

    fn lane_for_card(&mut self) -> (LaneId, LaneKind) {
        let mut roll = self.rng.below(100);
        for (lane, (kind, share)) in self.map.lanes.iter().zip(LANES) {
            if roll < share {
                return (lane.id, kind);
            }
            roll -= share;
        }
        (self.map.lanes[0].id, LANES[0].0)
    }

    fn cards(&mut self, count: usize) {
        for _ in 0..count {
            let (lane, kind) = self.lane_for_card();
            let stage = self.rng.pick(&self.map.stages).clone();
            let text = texts::card_text(&mut self.rng, kind);
            let mut card = Card::new(CardId(self.id()), lane, stage.id, text);
            if !stage.steps.is_empty() && self.rng.chance(70) {
                card.step = Some(self.rng.pick(&stage.steps).id);
            }
            self.lane_details(&mut card, kind);
            if self.rng.chance(30) {
                card.description = texts::description(&mut self.rng);
            }
            if self.rng.chance(20) {
                card.tags = vec![self.rng.pick(&texts::TAGS).to_string()];
            }
            if self.rng.chance(5) {
                card.comments.push(Comment {
                    author: self.rng.pick(&texts::PERSONAS).0.to_owned(),
                    date: format!("2026-02-{:02}", 1 + self.rng.below(28)),
                    text: self.rng.pick(&texts::COMMENTS).to_string(),
                });
            }
            self.map.cards.push(card);
        }
    }

    /// What only cards of some lanes carry: channels, levels, owners, metrics.
    fn lane_details(&mut self, card: &mut Card, kind: LaneKind) {
        match kind {
            LaneKind::Touchpoints => {
                let channel = if self.rng.chance(5) {
                    Channel::Custom("Partner portal".to_owned())
                } else {
                    self.rng.pick(&Channel::BUILT_IN).clone()
                };
                card.brand_controlled = !matches!(
                    channel,
                    Channel::ReviewSite | Channel::WordOfMouth | Channel::Forum
                );
                card.channel = Some(channel);
            }
            LaneKind::PainPoints => card.severity = Some(*self.rng.pick(&Level::ALL)),
            LaneKind::Opportunities | LaneKind::Actions => {
                card.priority = Some(*self.rng.pick(&Level::ALL));
                card.owner = self.rng.pick(&texts::OWNERS).to_string();
            }
            LaneKind::Backstage => card.owner = self.rng.pick(&texts::OWNERS).to_string(),
            LaneKind::Metrics => {
                let (name, unit, source) = *self.rng.pick(&texts::METRICS);
                let value = self.rng.below(1000) as f64 / 10.0;
                card.metrics.push(Metric {
                    name: name.to_owned(),
                    value,
                    unit: unit.to_owned(),
                    target: Some((value + 10.0).round()),
                    source: source.to_owned(),
                });
                card.text = format!("{name} at this stage");
            }
            _ => {}
        }
    }

    /// One curve per persona, a point per stage, wandering over the scale.
    fn curves(&mut self) {
        let personas: Vec<PersonaId> = self.map.personas.iter().map(|p| p.id).collect();
        let stages: Vec<StageId> = self.map.stages.iter().map(|s| s.id).collect();
        let scale = self.map.scale;
        for persona in personas {
            let mut curve = EmotionCurve {
                id: CurveId(self.id()),
                persona,
                hidden: false,
                points: Vec::new(),
            };
            let mut score = 0;
            for stage in &stages {
                score = scale.clamp(score + self.rng.below(3) as i32 - 1);
                let reason = if self.rng.chance(40) {
                    texts::description(&mut self.rng)
                } else {
                    String::new()
                };
                curve.points.push(EmotionPoint {
                    id: PointId(self.id()),
                    anchor: Anchor::Stage(*stage),
                    score,
                    reason,
                });
            }
            self.map.curves.push(curve);
        }
    }

    /// A moment of truth on one touchpoint in fifty.
    fn moments(&mut self) {
        let touchpoints: Vec<CardId> = self
            .map
            .cards_of_kind(LaneKind::Touchpoints)
            .map(|c| c.id)
            .step_by(12)
            .collect();
        for card in touchpoints {
            let moment = MomentOfTruth {
                id: MomentId(self.id()),
                card,
                kind: *self.rng.pick(&MomentKind::ALL),
                note: String::new(),
            };
            self.map.moments.push(moment);
        }
    }

    /// Mostly links forward to a later stage, some back, a few out of the map.
    fn links(&mut self, count: usize) {
        let cards: Vec<(CardId, usize)> = self
            .map
            .cards
            .iter()
            .map(|c| (c.id, self.map.stage_index(c.stage).unwrap_or(0)))
            .collect();
        if cards.len() < 2 {
            return;
        }
        for _ in 0..count {
            let (from, from_stage) = *self.rng.pick(&cards);
            let kind = match self.rng.below(100) {
                0..70 => LinkKind::MainPath,
                70..85 => LinkKind::Alternative,
                85..95 => LinkKind::LoopBack,
                _ => LinkKind::DropOut,
            };
            let to = match kind {
                LinkKind::DropOut => None,
                _ => Some(self.link_target(&cards, from, from_stage, kind)),
            };
            let label = if self.rng.chance(30) {
                self.rng.pick(&texts::LINK_LABELS).to_string()
            } else {
                String::new()
            };
            let share = self
                .rng
                .chance(40)
                .then(|| self.rng.below(200) as f32 / 2.0);
            let link = Link {
                id: LinkId(self.id()),
                from,
                to,
                kind,
                label,
                share,
            };
            self.map.links.push(link);
        }
    }

    /// A card other than `from`: in a later stage for forward links, an earlier
    /// one for loops back, when there is one.
    fn link_target(
        &mut self,
        cards: &[(CardId, usize)],
        from: CardId,
        from_stage: usize,
        kind: LinkKind,
    ) -> CardId {
        let wanted = |stage: usize| match kind {
            LinkKind::LoopBack => stage < from_stage,
            _ => stage == from_stage + 1,
        };
        let start = self.rng.below(cards.len());
        let candidates = cards[start..].iter().chain(&cards[..start]);
        let fallback = cards.iter().find(|(id, _)| *id != from);
        candidates
            .filter(|(id, _)| *id != from)
            .find(|(_, stage)| wanted(*stage))
            .or(fallback)
            .map_or(from, |(id, _)| *id)
    }
}
