//! Hostile files made from the shipped maps: cut short, bytes flipped, lines or
//! field values swapped. Parsing never panics and every problem points inside
//! the text; the editor shows the error instead of a map.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::file::{self, LoadError};
use parcours::templates::CATALOGUE;
use parcours::ui::{DialogRequest, FileDialogs, ParcoursApp};
use proptest::prelude::*;
use proptest::sample::Index;

/// Every shipped map's text, templates in each language and examples.
fn shipped() -> Vec<(String, &'static str)> {
    CATALOGUE
        .iter()
        .flat_map(|template| {
            template
                .sources
                .iter()
                .map(|(language, text)| (format!("{}/{language}", template.name), *text))
        })
        .collect()
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Cut the file at a byte.
    Truncate(Index),
    /// XOR bytes with non-zero masks.
    Flip(Vec<(Index, u8)>),
    SwapLines(Index, Index),
    /// Swap what follows `name:` on two lines.
    SwapValues(Index, Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::Truncate),
        prop::collection::vec((any::<Index>(), 1..=u8::MAX), 1..=8).prop_map(Mutation::Flip),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapValues(a, b)),
    ]
}

/// A shipped map and a mutation of it.
fn hostile_file() -> impl Strategy<Value = (String, Vec<u8>)> {
    let sources = shipped();
    (0..sources.len(), mutation()).prop_map(move |(i, mutation)| {
        let (name, text) = &sources[i];
        (format!("{name} {mutation:?}"), mutate(text, &mutation))
    })
}

fn mutate(text: &str, mutation: &Mutation) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    match mutation {
        Mutation::Truncate(at) => bytes.truncate(at.index(bytes.len())),
        Mutation::Flip(flips) => {
            for (at, mask) in flips {
                let at = at.index(bytes.len());
                bytes[at] ^= mask;
            }
        }
        Mutation::SwapLines(a, b) => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let count = lines.len();
            lines.swap(a.index(count), b.index(count));
            bytes = lines.join("\n").into_bytes();
        }
        Mutation::SwapValues(a, b) => {
            let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
            let fields: Vec<(usize, usize)> = lines
                .iter()
                .enumerate()
                .filter_map(|(i, line)| field_value_start(line).map(|start| (i, start)))
                .collect();
            if fields.len() >= 2 {
                let (line_a, start_a) = fields[a.index(fields.len())];
                let (line_b, start_b) = fields[b.index(fields.len())];
                let value_a = lines[line_a][start_a..].to_owned();
                let value_b = lines[line_b][start_b..].to_owned();
                lines[line_a].replace_range(start_a.., &value_b);
                lines[line_b].replace_range(start_b.., &value_a);
            }
            bytes = lines.join("\n").into_bytes();
        }
    }
    bytes
}

/// Where the value starts on a `name: value` line.
fn field_value_start(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let colon = line.find(": ")?;
    let name = &line[indent..colon];
    let is_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    is_name.then_some(colon + 2)
}

/// Every problem has a position, and it lies inside the text.
fn check_positions(bytes: &[u8], error: &LoadError) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.split('\n').collect();
    prop_assert!(!error.diagnostics.is_empty());
    for diagnostic in &error.diagnostics {
        let Some(position) = diagnostic.position else {
            return Err(TestCaseError::fail(format!("no position: {error}")));
        };
        prop_assert!(
            (1..=lines.len() + 1).contains(&position.line),
            "line {} of {}: {error}",
            position.line,
            lines.len()
        );
        let width = lines
            .get(position.line - 1)
            .map_or(0, |line| line.chars().count());
        prop_assert!(
            (1..=width + 1).contains(&position.column),
            "column {} of a line of {width} characters: {error}",
            position.column
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn a_mutated_shipped_map_parses_or_says_where_it_is_broken(
        (what, bytes) in hostile_file()
    ) {
        if let Err(error) = file::parse(&bytes, "mutated.journey.ron") {
            check_positions(&bytes, &error).map_err(|failure| {
                TestCaseError::fail(format!("{what}: {failure}"))
            })?;
        }
    }
}

/// Answers no dialog: the files are opened directly, as from the command line.
struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn ask(
        &self,
        _request: DialogRequest,
        _repaint: egui::Context,
    ) -> std::sync::mpsc::Receiver<Option<std::path::PathBuf>> {
        std::sync::mpsc::channel().1
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn the_editor_shows_the_error_of_a_broken_file_instead_of_a_map(
        (what, bytes) in hostile_file()
    ) {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("mutated.journey.ron");
        std::fs::write(&path, &bytes).expect("written");
        let app = ParcoursApp::new(parcours::ui::new_document("en"), Box::new(NoDialogs), Vec::new());
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1600.0, 1000.0))
            .build_ui_state(|ui, app: &mut ParcoursApp| app.root_ui(ui), app);
        harness.run_steps(2);
        let before = harness.state().document().map.clone();

        harness.state_mut().open(&path);
        harness.run_steps(2);

        match file::parse(&bytes, "mutated.journey.ron") {
            Ok(map) => {
                prop_assert_eq!(&harness.state().document().map, &map, "{}", what);
                prop_assert!(harness.state().message().is_none(), "{}", what);
            }
            Err(_) => {
                prop_assert_eq!(&harness.state().document().map, &before, "{}", what);
                prop_assert!(harness.state().document().path.is_none(), "{}", what);
                let message = harness.state().message().unwrap_or_default().to_owned();
                prop_assert!(message.contains("mutated.journey.ron"), "{}: {}", what, message);
                prop_assert!(
                    harness.query_by_label_contains("mutated.journey.ron").is_some(),
                    "{}: the error is on screen", what
                );
            }
        }
    }
}
