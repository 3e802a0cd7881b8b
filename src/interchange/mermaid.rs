//! Mermaid's user-journey diagrams: `journey`, `title`, `section`, and tasks
//! `Task name: score: Actor, Actor` with scores from 1 to 5.

use std::collections::HashMap;

use super::progress::{ImportProgress, lines_in};
use super::size::SizeEstimate;
use super::{Ids, at, empty_map};
use crate::file::Diagnostic;
use crate::model::*;

/// The text of a Mermaid journey: a bare `.mmd` file, or the first
/// ```` ```mermaid ```` block of a Markdown file whose diagram is a journey.
/// Returns the diagram's text and the line it starts on in the file.
pub fn diagram_in_markdown(text: &str) -> Option<(String, usize)> {
    let mut lines = text.lines().enumerate();
    while let Some((_, line)) = lines.next() {
        let opening = line.trim_start();
        let Some(fence) = ["```", "~~~"].into_iter().find(|f| opening.starts_with(f)) else {
            continue;
        };
        if opening[fence.len()..].trim() != "mermaid" {
            continue;
        }
        let block: Vec<(usize, &str)> = lines
            .by_ref()
            .take_while(|(_, l)| !l.trim_start().starts_with(fence))
            .collect();
        let body = block.iter().map(|(_, l)| *l).collect::<Vec<_>>().join("\n");
        if diagram_kind(&body) == Some("journey") {
            let start = block.first().map_or(1, |(i, _)| i + 1);
            return Some((body, start));
        }
    }
    None
}

/// The first word of a diagram after its front matter and comments: its kind.
fn diagram_kind(text: &str) -> Option<&str> {
    let mut in_front_matter = false;
    let mut first = true;
    for line in text.lines().map(str::trim) {
        if line == "---" && (first || in_front_matter) {
            in_front_matter = !in_front_matter;
        } else if !in_front_matter && !line.is_empty() && !line.starts_with("%%") {
            return line.split_whitespace().next();
        }
        first = first && line.is_empty();
    }
    None
}

/// A score of 1..5 on the map's scale.
fn to_scale(score: i32, scale: EmotionScale) -> i32 {
    let t = (score - 1) as f32 / 4.0;
    scale.min + (t * (scale.max - scale.min) as f32).round() as i32
}

/// A score of the map's scale on 1..5.
fn from_scale(score: i32, scale: EmotionScale) -> i32 {
    let t = (score - scale.min) as f32 / (scale.max - scale.min).max(1) as f32;
    (1.0 + t * 4.0).round().clamp(1.0, 5.0) as i32
}

/// Why the map is already more than Parcours opens, if it is: more cards than a
/// map may have, or cards whose texts would take its file over the budget.
fn over_limits(map: &JourneyMap, size: &mut SizeEstimate) -> Option<String> {
    if map.cards.len() > MAX_CARDS {
        return Some(format!(
            "the map would have more than {MAX_CARDS} cards, the most a map Parcours opens may have; the import stopped here"
        ));
    }
    size.over_budget(map)
}

/// Reads a journey diagram into a new map. `first_line` is the line of the
/// diagram's first line in its file, for positions.
pub fn import(
    text: &str,
    first_line: usize,
    fallback_title: &str,
    progress: &ImportProgress,
) -> Result<JourneyMap, Vec<Diagnostic>> {
    progress.start_reading_only(lines_in(text));
    let mut diagram = Diagram::new(fallback_title);
    let mut size = SizeEstimate::default();
    let mut problems = Vec::new();
    let mut seen_journey = false;
    for (i, raw) in text.lines().enumerate() {
        progress.row_read().map_err(|cancelled| vec![cancelled])?;
        let line_number = first_line + i;
        let line = raw.trim();
        let indent = raw.len() - raw.trim_start().len();
        if diagram.continues_description(line) || line.is_empty() || line.starts_with("%%") {
            continue;
        }
        if diagram.in_front_matter(line) {
            continue;
        }
        if !seen_journey {
            if line == "journey" {
                seen_journey = true;
                continue;
            }
            problems.push(at(
                line_number,
                indent,
                "a Mermaid journey starts with the line `journey`",
            ));
            break;
        }
        if let Err((column, message)) = diagram.statement(line, indent) {
            problems.push(at(line_number, column, message));
        }
        if let Some(reason) = over_limits(&diagram.map, &mut size) {
            problems.push(at(line_number, indent, reason));
            break;
        }
    }
    if !seen_journey && problems.is_empty() {
        problems.push(at(
            first_line,
            0,
            "there is no Mermaid journey here: it starts with the line `journey`",
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(diagram.finish())
}

/// The map a diagram makes, statement by statement.
struct Diagram {
    map: JourneyMap,
    ids: Ids,
    fallback_title: String,
    /// Every task is a card in this lane.
    touchpoints: LaneId,
    /// Each actor's curve, by the actor's name.
    curves: HashMap<String, CurveId>,
    /// The lines of the accessible description, which becomes the scenario.
    description: Vec<String>,
    /// Inside an `accDescr { … }` block.
    in_description: bool,
    /// The accessible title, kept in the scenario when the diagram has a title too.
    accessible_title: String,
    /// Inside the `---` block of settings before `journey`.
    front_matter: FrontMatter,
    /// The persona of the tasks that name no actor, once one does.
    anyone: Option<CurveId>,
}

/// Where the reading is in the front matter, the `---` block before `journey`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FrontMatter {
    /// Not read yet: the diagram's first statement may open it.
    Possible,
    /// Inside it.
    Inside,
    /// Read, or the diagram has none.
    Done,
}

impl Diagram {
    /// A map with a touchpoints lane for the tasks and an emotion lane for the
    /// scores, titled `fallback_title` until the diagram names a title.
    fn new(fallback_title: &str) -> Self {
        let mut map = empty_map(fallback_title, "en");
        let mut ids = Ids::new();
        let touchpoints = LaneId(ids.fresh());
        map.lanes
            .push(Lane::new(touchpoints, LaneKind::Touchpoints));
        map.lanes
            .push(Lane::new(LaneId(ids.fresh()), LaneKind::Emotion));
        Self {
            map,
            ids,
            fallback_title: fallback_title.to_owned(),
            touchpoints,
            curves: HashMap::new(),
            description: Vec::new(),
            in_description: false,
            accessible_title: String::new(),
            front_matter: FrontMatter::Possible,
            anyone: None,
        }
    }

    /// Takes a line of the front matter (`---`, `title: …`, `---`) before
    /// `journey`; false for any other line.
    fn in_front_matter(&mut self, line: &str) -> bool {
        match self.front_matter {
            FrontMatter::Possible if line == "---" => {
                self.front_matter = FrontMatter::Inside;
                true
            }
            FrontMatter::Inside => {
                if line == "---" {
                    self.front_matter = FrontMatter::Done;
                } else if let Some(title) = line.strip_prefix("title:") {
                    self.map.meta.title = unquoted(title.trim()).to_owned();
                }
                true
            }
            _ => {
                self.front_matter = FrontMatter::Done;
                false
            }
        }
    }

    /// Takes a line of an `accDescr { … }` block; false outside one.
    fn continues_description(&mut self, line: &str) -> bool {
        if !self.in_description {
            return false;
        }
        match line.strip_suffix('}') {
            Some(last) => {
                self.description.push(names_with_breaks(last.trim()));
                self.in_description = false;
            }
            None => self.description.push(names_with_breaks(line)),
        }
        true
    }

    /// Reads one statement after `journey`; a mistake comes with its column.
    fn statement(&mut self, line: &str, indent: usize) -> Result<(), (usize, String)> {
        let (keyword, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        match keyword {
            "title" => self.map.meta.title = names_with_breaks(rest.trim()),
            "section" => {
                let stage = StageId(self.ids.fresh());
                self.map
                    .stages
                    .push(Stage::new(stage, names_with_breaks(rest.trim())));
            }
            _ if line.starts_with("accTitle") => {
                self.accessible_title = names_with_breaks(after_colon(line));
            }
            _ if line.starts_with("accDescr") => match line.split_once('{') {
                Some((_, inline)) => match inline.strip_suffix('}') {
                    Some(all) => self.description.push(names_with_breaks(all.trim())),
                    None => {
                        self.description.push(names_with_breaks(inline.trim()));
                        self.in_description = true;
                    }
                },
                None => self.description.push(names_with_breaks(after_colon(line))),
            },
            _ => return self.task(line, indent),
        }
        Ok(())
    }

    /// `Task name: score: Actor, Actor`: a card in the last section, and a point
    /// on each actor's curve.
    fn task(&mut self, line: &str, indent: usize) -> Result<(), (usize, String)> {
        let parts: Vec<&str> = line.splitn(3, ':').collect();
        let [name, score_text, ..] = parts.as_slice() else {
            return Err((
                indent,
                format!("\"{line}\" is not a task: write `Task name: score: Actor, Actor`"),
            ));
        };
        let score_text = score_text.trim();
        let score = match score_text.parse::<i32>() {
            Ok(score) if (1..=5).contains(&score) => score,
            _ => {
                return Err((
                    indent + name.len() + 1,
                    format!("\"{score_text}\" is not a score: Mermaid scores go from 1 to 5"),
                ));
            }
        };
        if self.map.stages.is_empty() {
            let stage = StageId(self.ids.fresh());
            self.map.stages.push(Stage::new(stage, "Journey"));
        }
        let stage = self.map.stages.last().map(|s| s.id).unwrap_or(StageId(0));
        let card = CardId(self.ids.fresh());
        self.map.cards.push(Card::new(
            card,
            self.touchpoints,
            stage,
            names_with_breaks(name.trim()),
        ));
        let actors = parts.get(2).map_or("", |a| a.trim());
        let mut any_actor = false;
        for actor in actors.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            self.add_point(actor, card, score);
            any_actor = true;
        }
        if !any_actor {
            let curve = self.anyones_curve();
            self.push_point(curve, card, score);
        }
        Ok(())
    }

    /// A point of the actor's curve on a card, the actor becoming a persona the
    /// first time.
    fn add_point(&mut self, actor: &str, card: CardId, score: i32) {
        let curve = match self.curves.get(actor) {
            Some(curve) => *curve,
            None => {
                let curve = self.new_persona(names_with_breaks(actor));
                self.curves.insert(actor.to_owned(), curve);
                curve
            }
        };
        self.push_point(curve, card, score);
    }

    /// The curve of the tasks that name no actor: Mermaid still shows their
    /// score, so they go to a persona named "Customer" ("Client" in French).
    fn anyones_curve(&mut self) -> CurveId {
        if let Some(curve) = self.anyone {
            return curve;
        }
        let name = if is_french(&self.map.meta.language) {
            "Client"
        } else {
            "Customer"
        };
        let curve = self.new_persona(name.to_owned());
        self.anyone = Some(curve);
        curve
    }

    /// A new persona with its curve.
    fn new_persona(&mut self, name: String) -> CurveId {
        let persona = PersonaId(self.ids.fresh());
        let persona = Persona::new(persona, name, self.map.next_persona_color());
        let curve = CurveId(self.ids.fresh());
        self.map.add_persona(persona, curve);
        curve
    }

    /// A point on a curve at a card, its score brought onto the map's scale.
    fn push_point(&mut self, curve: CurveId, card: CardId, score: i32) {
        let point = EmotionPoint {
            id: PointId(self.ids.fresh()),
            anchor: Anchor::Card(card),
            score: to_scale(score, self.map.scale),
            reason: String::new(),
        };
        if let Some(curve) = self.map.curves.iter_mut().find(|c| c.id == curve) {
            curve.points.push(point);
        }
    }

    /// The map, its scenario the description (after the accessible title, when
    /// the diagram has a title of its own) and its id made from its title.
    fn finish(mut self) -> JourneyMap {
        let mut scenario = Vec::new();
        let titled = !self.map.meta.title.is_empty() && self.map.meta.title != self.fallback_title;
        if !self.accessible_title.is_empty() {
            if titled && self.accessible_title != self.map.meta.title {
                scenario.push(self.accessible_title.clone());
            } else {
                self.map.meta.title = self.accessible_title.clone();
            }
        }
        scenario.extend(self.description.iter().filter(|l| !l.is_empty()).cloned());
        self.map.meta.scenario = scenario.join("\n").trim().to_owned();
        self.map.meta.id = crate::file::slug(&self.map.meta.title);
        self.map
    }
}

fn after_colon(line: &str) -> &str {
    line.split_once(':').map_or("", |(_, rest)| rest.trim())
}

/// Mermaid writes line breaks in names as `<br>` (or `<br/>`, `<BR >`…), and
/// characters its syntax uses as entity codes such as `#35;`, or as the
/// full-width forms Parcours writes for them.
fn names_with_breaks(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        match line_break_length(after) {
            Some(length) => {
                out.push('\n');
                rest = &after[length..];
            }
            None => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    decode_entities(&out).chars().map(from_full_width).collect()
}

/// The length of the `<br>` tag `text` starts with, in any case, with spaces or
/// tabs and a slash before its end: `<br>`, `<BR/>`, `<br\t/>`.
fn line_break_length(text: &str) -> Option<usize> {
    let tag = text.get(..3)?;
    if !tag.eq_ignore_ascii_case("<br") {
        return None;
    }
    let after = &text[3..];
    let inner = after.trim_start_matches([' ', '\t']);
    let inner = inner
        .strip_prefix('/')
        .unwrap_or(inner)
        .trim_start_matches([' ', '\t']);
    inner.starts_with('>').then(|| text.len() - inner.len() + 1)
}

/// The characters Mermaid's syntax uses, in the full-width forms Parcours
/// writes them in, so that a diagram's names hold none of them.
const FULL_WIDTH: [(char, char); 7] = [
    ('#', '＃'),
    (';', '；'),
    (':', '：'),
    ('<', '＜'),
    ('>', '＞'),
    ('{', '｛'),
    ('}', '｝'),
];

/// A character from its full-width form, as Parcours writes it (`％` is the
/// second `%` of `%%`).
fn from_full_width(c: char) -> char {
    if c == '％' {
        return '%';
    }
    FULL_WIDTH
        .iter()
        .find(|(_, wide)| *wide == c)
        .map_or(c, |(ascii, _)| *ascii)
}

/// A quoted YAML value without its quotes.
fn unquoted(value: &str) -> &str {
    ['"', '\'']
        .iter()
        .find_map(|q| value.strip_prefix(*q).and_then(|v| v.strip_suffix(*q)))
        .unwrap_or(value)
}

/// `#35;` → `#`: Mermaid's decimal entity codes, for the characters a name
/// cannot hold as they are. Anything else that starts with `#` stays as it is.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('#') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let is_entity = (1..=7).contains(&digits) && after[digits..].starts_with(';');
        let decoded = is_entity
            .then(|| after[..digits].parse::<u32>().ok())
            .flatten()
            .and_then(char::from_u32)
            .filter(|c| !c.is_control() || *c == '\n');
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[digits + 1..];
            }
            None => {
                out.push('#');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text Mermaid reads back as it was: line breaks (`\n`, `\r\n` or a lone `\r`)
/// as `<br>`, and the characters Mermaid's syntax uses (`#` starts a comment,
/// `;` ends a statement, `:` ends a name, `<` and `>` are markup, `%%` a
/// comment, `{` and `}` a description) in their full-width forms, which the
/// import turns back.
fn mermaid_text(text: &str) -> String {
    let text = text.trim().replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let mut previous = None;
    for c in text.chars() {
        match FULL_WIDTH.iter().find(|(ascii, _)| *ascii == c) {
            Some((_, wide)) => out.push(*wide),
            None if c == '\n' => out.push_str("<br>"),
            None if c == '%' && previous == Some('%') => out.push('％'),
            None => out.push(c),
        }
        previous = Some(c);
    }
    out
}

/// Writes a map as a Mermaid journey: stages as sections, touchpoints as tasks,
/// each persona that has a point on a touchpoint as one of its actors. Mermaid
/// gives a task one score: where personas differ, it takes their average.
pub fn export(map: &JourneyMap) -> String {
    let mut out = String::from("journey\n");
    out.push_str(&format!("    title {}\n", mermaid_text(&map.meta.title)));
    if !map.meta.scenario.is_empty() {
        out.push_str("    accDescr {\n");
        for line in map.meta.scenario.lines() {
            let line = mermaid_text(line);
            out.push_str(&format!("        {line}\n"));
        }
        out.push_str("    }\n");
    }
    let touchpoint_lanes: Vec<LaneId> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Touchpoints)
        .map(|l| l.id)
        .collect();
    let neutral = from_scale(0.clamp(map.scale.min, map.scale.max), map.scale);
    for stage in &map.stages {
        out.push_str(&format!("    section {}\n", mermaid_text(&stage.name)));
        for lane in &touchpoint_lanes {
            for card in map
                .cards
                .iter()
                .filter(|c| c.stage == stage.id && c.lane == *lane)
            {
                let mut actors = Vec::new();
                let mut scores = Vec::new();
                for curve in &map.curves {
                    let point = curve
                        .points
                        .iter()
                        .find(|p| p.anchor == Anchor::Card(card.id));
                    if let (Some(point), Some(persona)) = (point, map.persona(curve.persona)) {
                        actors.push(mermaid_text(&persona.name).replace(',', " "));
                        scores.push(from_scale(point.score, map.scale));
                    }
                }
                let score = if scores.is_empty() {
                    neutral
                } else {
                    (scores.iter().sum::<i32>() as f32 / scores.len() as f32).round() as i32
                };
                let name = match mermaid_text(&card.text) {
                    name if name.is_empty() => "(untitled)".to_owned(),
                    name => name,
                };
                if actors.is_empty() {
                    out.push_str(&format!("      {name}: {score}\n"));
                } else {
                    out.push_str(&format!("      {name}: {score}: {}\n", actors.join(", ")));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mermaid_scores_map_onto_the_default_scale_and_back() {
        let scale = EmotionScale::default();
        let mapped: Vec<i32> = (1..=5).map(|s| to_scale(s, scale)).collect();
        assert_eq!(mapped, [-2, -1, 0, 1, 2]);
        assert!((1..=5).all(|s| from_scale(to_scale(s, scale), scale) == s));
    }

    #[test]
    fn what_mermaid_syntax_uses_is_written_full_width_and_read_back() {
        let hostile = "Pay 100%%% now; #1 <b>deal</b>: {x}\r\nor\rlater %% not a comment";

        let written = mermaid_text(hostile);

        assert_eq!(
            written,
            "Pay 100%％％ now； ＃1 ＜b＞deal＜/b＞： ｛x｝<br>or<br>later %％ not a comment"
        );
        assert!(!written.contains(['#', ';', ':', '\r', '\n']) && !written.contains("%%"));
        assert_eq!(
            names_with_breaks(&written),
            "Pay 100%%% now; #1 <b>deal</b>: {x}\nor\nlater %% not a comment"
        );
    }

    #[test]
    fn line_breaks_are_read_in_any_case_and_spacing() {
        assert_eq!(
            names_with_breaks("a<br>b<BR>c<br/>d<br\t/>e<Br />f<bra>"),
            "a\nb\nc\nd\ne\nf<bra>"
        );
    }

    #[test]
    fn a_hash_that_is_no_entity_stays_as_it_is() {
        assert_eq!(
            decode_entities("#1 and #; and #12a; and #99999999;"),
            "#1 and #; and #12a; and #99999999;"
        );
        assert_eq!(decode_entities("#35;#35;"), "##");
    }
}
