//! Checks that a map is whole: every reference resolves, every id is unique, every
//! value is in range. A loaded file is always validated.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::{Anchor, CardId, EmbeddedImage, JourneyMap, LinkKind, StageId, StepId};

/// One step of a path from the map's root to a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A named field of a struct, such as `stage`.
    Field(&'static str),
    /// A position in a list, counting from 0.
    Index(usize),
}

/// Where a value sits in the document, e.g. `cards[3].stage`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(pub Vec<Segment>);

impl FieldPath {
    /// This path followed by a named field.
    pub fn field(&self, name: &'static str) -> Self {
        self.with(Segment::Field(name))
    }

    /// This path followed by a position in a list.
    pub fn index(&self, index: usize) -> Self {
        self.with(Segment::Index(index))
    }

    fn with(&self, segment: Segment) -> Self {
        let mut segments = self.0.clone();
        segments.push(segment);
        Self(segments)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => write!(f, "{name}")?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Something wrong with a map, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The value at fault.
    pub path: FieldPath,
    /// What is wrong, in a sentence for the user.
    pub message: String,
}

/// The longest text a single field may hold; more is not a journey map.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// At most this many cards in a map: the largest real maps have a few thousand.
pub const MAX_CARDS: usize = 20_000;
/// At most this many stages, lanes or personas each.
pub const MAX_COLUMNS_ROWS_PERSONAS: usize = 1_000;
/// At most this many links in a map, and touching one card.
pub const MAX_LINKS: usize = 20_000;
/// At most this many links start or end at one card.
pub const MAX_LINKS_PER_CARD: usize = 100;
/// Stage widths and lane heights, in map units.
const SIZE_RANGE: std::ops::RangeInclusive<f32> = 20.0..=5000.0;

impl JourneyMap {
    /// Every problem of the map, in document order. Empty when the map is whole.
    pub fn validate(&self) -> Vec<Problem> {
        let mut check = Checker::default();
        check.map(self);
        check.problems
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    ids: HashMap<u32, FieldPath>,
    /// The pixels of the images checked so far.
    image_pixels: u64,
}

impl Checker {
    fn report(&mut self, path: FieldPath, message: impl Into<String>) {
        self.problems.push(Problem {
            path,
            message: message.into(),
        });
    }

    fn unique_id(&mut self, path: FieldPath, id: u32) {
        if let Some(first) = self.ids.get(&id) {
            let message = format!("id {id} is already used by {first}");
            self.report(path, message);
        } else {
            self.ids.insert(id, path);
        }
    }

    fn text(&mut self, path: FieldPath, text: &str) {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            self.report(
                path,
                format!(
                    "this text has {chars} characters, {} over the {MAX_TEXT_CHARS} allowed",
                    chars - MAX_TEXT_CHARS
                ),
            );
        } else if let Some(message) = unwritable_character(text) {
            self.report(path, message);
        }
    }

    fn texts(&mut self, path: FieldPath, texts: &[String]) {
        for (i, text) in texts.iter().enumerate() {
            self.text(path.index(i), text);
        }
    }

    fn image(&mut self, path: FieldPath, image: &EmbeddedImage) {
        match image.checked_whole() {
            Err(message) => self.report(path, message),
            Ok((width, height)) => {
                let before = self.image_pixels;
                self.image_pixels += u64::from(width) * u64::from(height);
                let limit = EmbeddedImage::MAX_TOTAL_PIXELS;
                if self.image_pixels > limit && before <= limit {
                    self.report(
                        path,
                        format!(
                            "with this image, the map's images hold {:.1} megapixels together, over the {} allowed",
                            self.image_pixels as f64 / (1024.0 * 1024.0),
                            limit / (1024 * 1024)
                        ),
                    );
                }
            }
        }
    }

    fn size(&mut self, path: FieldPath, size: Option<f32>) {
        if let Some(size) = size
            && !SIZE_RANGE.contains(&size)
        {
            self.report(
                path,
                format!(
                    "{size} is out of range: sizes go from {} to {}",
                    SIZE_RANGE.start(),
                    SIZE_RANGE.end()
                ),
            );
        }
    }

    fn map(&mut self, map: &JourneyMap) {
        let root = FieldPath::default();
        self.counts(map, &root);
        self.meta(map, &root.field("meta"));
        self.scale_and_theme(map, &root);

        for (i, persona) in map.personas.iter().enumerate() {
            let path = root.field("personas").index(i);
            self.unique_id(path.field("id"), persona.id.0);
            self.text(path.field("name"), &persona.name);
            self.text(path.field("backstory"), &persona.backstory);
            self.text(path.field("quote"), &persona.quote);
            for (field, list) in [
                ("goals", &persona.goals),
                ("needs", &persona.needs),
                ("expectations", &persona.expectations),
                ("motivations", &persona.motivations),
                ("interests", &persona.interests),
                ("desires", &persona.desires),
                ("frustrations", &persona.frustrations),
                ("influences", &persona.influences),
            ] {
                self.texts(path.field(field), list);
            }
            if let Some(photo) = &persona.photo {
                self.image(path.field("photo"), photo);
            }
        }

        for (i, stage) in map.stages.iter().enumerate() {
            let path = root.field("stages").index(i);
            self.unique_id(path.field("id"), stage.id.0);
            self.text(path.field("name"), &stage.name);
            self.text(path.field("description"), &stage.description);
            self.size(path.field("width"), stage.width);
            for (j, step) in stage.steps.iter().enumerate() {
                let step_path = path.field("steps").index(j);
                self.unique_id(step_path.field("id"), step.id.0);
                self.text(step_path.field("name"), &step.name);
            }
        }

        for (i, lane) in map.lanes.iter().enumerate() {
            let path = root.field("lanes").index(i);
            self.unique_id(path.field("id"), lane.id.0);
            self.text(path.field("title"), &lane.title);
            self.size(path.field("height"), lane.height);
        }

        self.cards(map, &root);
        self.curves(map, &root);
        self.moments_and_links(map, &root);
    }

    /// How many of each element the map has, against the limits that keep
    /// layout and export work bounded.
    fn counts(&mut self, map: &JourneyMap, root: &FieldPath) {
        for (field, count, limit) in [
            ("stages", map.stages.len(), MAX_COLUMNS_ROWS_PERSONAS),
            ("lanes", map.lanes.len(), MAX_COLUMNS_ROWS_PERSONAS),
            ("personas", map.personas.len(), MAX_COLUMNS_ROWS_PERSONAS),
            ("cards", map.cards.len(), MAX_CARDS),
            ("links", map.links.len(), MAX_LINKS),
        ] {
            if count > limit {
                self.report(
                    root.field(field),
                    format!(
                        "the map has {count} {field}, {} over the {limit} allowed",
                        count - limit
                    ),
                );
            }
        }
        let mut links_of: HashMap<CardId, usize> = HashMap::new();
        for (i, link) in map.links.iter().enumerate() {
            for card in std::iter::once(link.from).chain(link.to) {
                let count = links_of.entry(card).or_default();
                *count += 1;
                if *count == MAX_LINKS_PER_CARD + 1 {
                    self.report(
                        root.field("links").index(i),
                        format!(
                            "card {card} has more than the {MAX_LINKS_PER_CARD} links a card may have"
                        ),
                    );
                }
            }
        }
    }

    fn meta(&mut self, map: &JourneyMap, path: &FieldPath) {
        let meta = &map.meta;
        self.text(path.field("id"), &meta.id);
        self.text(path.field("title"), &meta.title);
        self.text(path.field("scenario"), &meta.scenario);
        self.texts(path.field("goals"), &meta.goals);
        self.text(path.field("owner"), &meta.owner);
        if !meta.date.is_empty() && !is_iso_date(&meta.date) {
            self.report(
                path.field("date"),
                format!("\"{}\" is not a date: write it as YYYY-MM-DD", meta.date),
            );
        }
        let language_ok = (2..=16).contains(&meta.language.len())
            && meta
                .language
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !language_ok {
            self.report(
                path.field("language"),
                format!(
                    "\"{}\" is not a language tag such as \"en\" or \"fr\"",
                    meta.language
                ),
            );
        }
    }

    fn scale_and_theme(&mut self, map: &JourneyMap, root: &FieldPath) {
        let scale = map.scale;
        let limit = super::EmotionScale::LIMIT;
        if scale.min >= scale.max || scale.min < -limit || scale.max > limit {
            self.report(
                root.field("scale"),
                format!(
                    "the emotion scale {}..{} is not usable: min must be below max, both within -{limit}..{limit}",
                    scale.min, scale.max
                ),
            );
        }
        let theme = &map.theme;
        let font_range = super::Theme::MIN_FONT_SIZE..=super::Theme::MAX_FONT_SIZE;
        if !font_range.contains(&theme.font_size) {
            self.report(
                root.field("theme").field("font_size"),
                format!(
                    "font size {} is out of range: it goes from {} to {}",
                    theme.font_size,
                    font_range.start(),
                    font_range.end()
                ),
            );
        }
        if theme.palette.is_empty() {
            self.report(
                root.field("theme").field("palette"),
                "the palette needs at least one colour",
            );
        }
    }

    fn cards(&mut self, map: &JourneyMap, root: &FieldPath) {
        let steps_of: HashMap<StageId, HashSet<StepId>> = map
            .stages
            .iter()
            .map(|s| (s.id, s.steps.iter().map(|step| step.id).collect()))
            .collect();
        for (i, card) in map.cards.iter().enumerate() {
            let path = root.field("cards").index(i);
            self.unique_id(path.field("id"), card.id.0);
            match map.lane(card.lane) {
                None => self.report(
                    path.field("lane"),
                    format!("no lane has the id {}", card.lane),
                ),
                Some(lane) if !lane.kind.holds_cards() => self.report(
                    path.field("lane"),
                    format!(
                        "lane {} is the emotion lane, which holds no cards",
                        card.lane
                    ),
                ),
                Some(_) => {}
            }
            match steps_of.get(&card.stage) {
                None => self.report(
                    path.field("stage"),
                    format!("no stage has the id {}", card.stage),
                ),
                Some(steps) => {
                    if let Some(step) = card.step
                        && !steps.contains(&step)
                    {
                        self.report(
                            path.field("step"),
                            format!("stage {} has no step with the id {step}", card.stage),
                        );
                    }
                }
            }
            self.text(path.field("text"), &card.text);
            self.text(path.field("description"), &card.description);
            self.text(path.field("owner"), &card.owner);
            self.texts(path.field("tags"), &card.tags);
            for (j, comment) in card.comments.iter().enumerate() {
                let comment_path = path.field("comments").index(j);
                self.text(comment_path.field("author"), &comment.author);
                self.text(comment_path.field("text"), &comment.text);
                if !comment.date.is_empty() && !is_iso_date_time(&comment.date) {
                    self.report(
                        comment_path.field("date"),
                        format!(
                            "\"{}\" is not a date: write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                            comment.date
                        ),
                    );
                }
            }
            for (j, metric) in card.metrics.iter().enumerate() {
                let metric_path = path.field("metrics").index(j);
                if !metric.value.is_finite() {
                    self.report(
                        metric_path.field("value"),
                        "a metric's value must be a number",
                    );
                }
                if metric.target.is_some_and(|t| !t.is_finite()) {
                    self.report(
                        metric_path.field("target"),
                        "a metric's target must be a number",
                    );
                }
            }
            if let Some(image) = &card.image {
                self.image(path.field("image"), image);
            }
            self.hours_per_week(path.field("hours_per_week"), card.hours_per_week);
        }
    }

    /// A week holds 168 hours; fewer than none is no time at all.
    fn hours_per_week(&mut self, path: FieldPath, hours: Option<f32>) {
        if let Some(hours) = hours
            && !(0.0..=168.0).contains(&hours)
        {
            self.report(
                path,
                format!("{hours} hours a week is impossible: a week has 0 to 168 hours"),
            );
        }
    }

    fn curves(&mut self, map: &JourneyMap, root: &FieldPath) {
        let mut personas_with_curve = HashSet::new();
        for (i, curve) in map.curves.iter().enumerate() {
            let path = root.field("curves").index(i);
            self.unique_id(path.field("id"), curve.id.0);
            if map.persona(curve.persona).is_none() {
                self.report(
                    path.field("persona"),
                    format!("no persona has the id {}", curve.persona),
                );
            } else if !personas_with_curve.insert(curve.persona) {
                self.report(
                    path.field("persona"),
                    format!("persona {} already has an emotion curve", curve.persona),
                );
            }
            for (j, point) in curve.points.iter().enumerate() {
                let point_path = path.field("points").index(j);
                self.unique_id(point_path.field("id"), point.id.0);
                let anchored = match point.anchor {
                    Anchor::Stage(id) => map.stage(id).is_some(),
                    Anchor::Step(id) => map.stage_of_step(id).is_some(),
                    Anchor::Card(id) => map.card(id).is_some(),
                };
                if !anchored {
                    self.report(
                        point_path.field("anchor"),
                        format!(
                            "the point is anchored to {:?}, which is not in the map",
                            point.anchor
                        ),
                    );
                }
                if !map.scale.contains(point.score) {
                    self.report(
                        point_path.field("score"),
                        format!(
                            "score {} is off the map's scale ({}..{})",
                            point.score, map.scale.min, map.scale.max
                        ),
                    );
                }
                self.text(point_path.field("reason"), &point.reason);
            }
        }
    }

    fn moments_and_links(&mut self, map: &JourneyMap, root: &FieldPath) {
        let card_exists = |id: CardId| map.card(id).is_some();
        for (i, moment) in map.moments.iter().enumerate() {
            let path = root.field("moments").index(i);
            self.unique_id(path.field("id"), moment.id.0);
            if !card_exists(moment.card) {
                self.report(
                    path.field("card"),
                    format!("no card has the id {}", moment.card),
                );
            }
            self.text(path.field("note"), &moment.note);
        }
        for (i, link) in map.links.iter().enumerate() {
            let path = root.field("links").index(i);
            self.unique_id(path.field("id"), link.id.0);
            if !card_exists(link.from) {
                self.report(
                    path.field("from"),
                    format!("no card has the id {}", link.from),
                );
            }
            match link.to {
                Some(to) if !card_exists(to) => {
                    self.report(path.field("to"), format!("no card has the id {to}"))
                }
                Some(to) if to == link.from => {
                    self.report(path.field("to"), "a link must join two different cards")
                }
                None if link.kind != LinkKind::DropOut => self.report(
                    path.field("to"),
                    "only a drop-out link may lead out of the map; give this link a card to point to",
                ),
                _ => {}
            }
            if let Some(share) = link.share
                && !(0.0..=100.0).contains(&share)
            {
                self.report(
                    path.field("share"),
                    format!("a share of {share}% is impossible: it goes from 0 to 100"),
                );
            }
            self.text(path.field("label"), &link.label);
        }
    }
}

/// At most this many combining marks (accents and the like) on one character:
/// real scripts stack three or four; more is text made to overflow every line.
pub const MAX_COMBINING_MARKS: usize = 16;

/// At most this many direction controls (U+202A to U+202E, U+2066 to U+2069, and
/// the marks U+200E, U+200F, U+061C) may follow each other: real text needs two or
/// three, and the exporters' text shaping takes time growing with the square of
/// such a run (20,000 in a row took a PDF export 30 s).
pub const MAX_DIRECTION_CONTROLS_IN_A_ROW: usize = 16;

/// The first character of `text` that exports cannot carry, in words: a control
/// character XML forbids (all below U+0020 but tab, line feed and carriage
/// return, and U+FFFE, U+FFFF), a character under too many combining marks, or
/// too many direction controls in a row.
fn unwritable_character(text: &str) -> Option<String> {
    let mut marks = 0;
    let mut direction_controls = 0;
    for (index, c) in text.chars().enumerate() {
        let number = index + 1;
        if is_forbidden_in_xml(c) {
            return Some(format!(
                "character {number} of this text is the control character U+{:04X}, which SVG and PDF cannot hold; remove it",
                u32::from(c)
            ));
        }
        marks = if is_combining_mark(c) { marks + 1 } else { 0 };
        if marks > MAX_COMBINING_MARKS {
            return Some(format!(
                "character {number} of this text stacks more than {MAX_COMBINING_MARKS} combining marks on one letter; remove some"
            ));
        }
        direction_controls = if is_direction_control(c) {
            direction_controls + 1
        } else {
            0
        };
        if direction_controls > MAX_DIRECTION_CONTROLS_IN_A_ROW {
            return Some(format!(
                "character {number} of this text is one direction control (such as U+202E) too many: at most {MAX_DIRECTION_CONTROLS_IN_A_ROW} may follow each other; remove some"
            ));
        }
    }
    None
}

/// Whether XML, and so SVG and PDF text, forbids `c`: the control characters
/// below U+0020 but tab, line feed and carriage return, and U+FFFE and U+FFFF.
pub fn is_forbidden_in_xml(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The characters that set the direction of the text after them: embeddings,
/// overrides, isolates, their ends, and the direction marks.
fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// The blocks of combining diacritical marks that stack on a letter.
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// `YYYY-MM-DD`, a day that exists: no 31 April, no 29 February outside leap years.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, as comments are dated.
fn is_iso_date_time(text: &str) -> bool {
    match text.split_once('T') {
        None => is_iso_date(text),
        Some((date, time)) => {
            let hours_minutes = time.split_once(':').and_then(|(h, m)| {
                let two_digits = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit());
                (two_digits(h) && two_digits(m)).then(|| (h.parse::<u32>(), m.parse::<u32>()))
            });
            is_iso_date(date) && matches!(hours_minutes, Some((Ok(h), Ok(m))) if h < 24 && m < 60)
        }
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_stacked_marks_are_found_where_they_are() {
        assert_eq!(
            unwritable_character("Tab\tand\r\nbreaks, accents: é e\u{301}"),
            None
        );
        let control = unwritable_character("Word's break\u{b}here").expect("refused");
        assert!(
            control.starts_with("character 13 of this text is the control character U+000B"),
            "{control}"
        );
        let zalgo = format!("ok Z{}", "\u{336}".repeat(17));
        let marks = unwritable_character(&zalgo).expect("refused");
        assert!(
            marks.starts_with("character 21 of this text stacks more than 16"),
            "{marks}"
        );
        assert_eq!(
            unwritable_character(&format!("Z{}", "\u{336}".repeat(16))),
            None
        );
    }

    #[test]
    fn a_long_run_of_direction_controls_is_refused_where_it_goes_too_far() {
        let nested = format!("a{}b\u{202C}", "\u{202E}\u{2067}".repeat(8));
        assert_eq!(unwritable_character(&nested), None);
        let alternating = "\u{202E}a\u{202D}b".repeat(5_000);
        assert_eq!(unwritable_character(&alternating), None);

        let run = format!("ab{}", "\u{202E}".repeat(17));
        let message = unwritable_character(&run).expect("refused");

        assert!(
            message.starts_with(
                "character 19 of this text is one direction control (such as U+202E) too many: at most 16"
            ),
            "{message}"
        );
    }

    #[test]
    fn only_days_that_exist_are_dates() {
        for date in ["2026-11-14", "2024-02-29", "2000-02-29", "2026-12-31"] {
            assert!(is_iso_date(date), "{date}");
        }
        for date in [
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-1-01",
            "+026-01-01",
        ] {
            assert!(!is_iso_date(date), "{date}");
        }
    }

    #[test]
    fn comment_times_are_hours_and_minutes_of_a_real_day() {
        assert!(is_iso_date_time("2026-11-22T10:30"));
        assert!(is_iso_date_time("2026-11-22"));
        for stamp in [
            "2026-11-22T24:00",
            "2026-11-22T10:60",
            "2026-02-30T10:30",
            "2026-11-22T1:30",
        ] {
            assert!(!is_iso_date_time(stamp), "{stamp}");
        }
    }
}
