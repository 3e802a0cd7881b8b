//! Every message the command line can print on a mistake is French under a
//! French locale: each broken and hostile file of the corpora, each usage
//! mistake of `tests/cli.rs`, and the errors of the newer commands (export,
//! insights, diff, merge). A line fails when it is the same as its English or
//! holds a tell-tale English word outside the quotes that carry user values.

use std::path::Path;
use std::process::{Command, Output};

const EXAMPLE: &str = "assets/examples/home-insurance-renewal.journey.ron";
const BROKEN: &str = "tests/broken/bad-color.journey.ron";

/// Words that betray an English sentence; none is a French word.
const ENGLISH_TELLS: &[&str] = &[
    "the", "is", "cannot", "would", "must", "over", "not", "and", "of", "with", "error", "found",
    "was", "could", "only", "give", "no", "has", "are",
];

/// Runs `parcours` from the crate's folder with `lang` as the only locale variable.
fn parcours(args: &[String], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .expect("the parcours binary runs")
}

/// The files of a corpus folder, sorted, as paths from the crate's folder.
fn corpus(folder: &str) -> Vec<String> {
    let mut files: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
            .expect("the corpus")
            .filter_map(Result::ok)
            .map(|entry| format!("{folder}/{}", entry.file_name().to_string_lossy()))
            .collect();
    files.sort();
    files
}

/// Every command line whose messages are checked; `out` is an empty folder.
fn mistakes(out: &Path) -> Vec<Vec<String>> {
    let out = |name: &str| out.join(name).to_string_lossy().into_owned();
    let mut all: Vec<Vec<&str>> = vec![
        vec!["check"],
        vec!["frobnicate"],
        vec!["chekc", "x.journey.ron"],
        vec!["check", "--strict", EXAMPLE],
        vec![
            "new",
            "--template",
            "seven-stages",
            "-o",
            "unused.journey.ron",
        ],
        vec![
            "new",
            "--template",
            "lifecycle",
            "--lang",
            "de",
            "-o",
            "unused.journey.ron",
        ],
        vec!["new", "--template", "lifecycle", "-o", EXAMPLE],
        vec!["new", "--template"],
        vec!["check", "no-such-file.journey.ron"],
        vec!["check", "tests"],
        vec![
            "fmt",
            "--check",
            "tests/fixtures/../broken/empty.journey.ron",
        ],
        vec!["export", EXAMPLE, "-o", "map.unknown"],
        vec!["export", EXAMPLE, "-o", "map.csv", "--slides"],
        vec!["export", BROKEN, "-o", "map.png"],
        vec!["export", EXAMPLE, "-o", EXAMPLE],
        vec!["export", EXAMPLE, "-o", "no-folder/map.csv"],
        vec!["export", EXAMPLE, "--format", "docx", "-o", "map.docx"],
        vec!["export", EXAMPLE, "-o", "map.png", "--scale", "zero"],
        vec!["import", "README.md", "-o", "unused.journey.ron"],
        vec![
            "import",
            "tests/hostile/nul-byte.csv",
            "-o",
            "unused.journey.ron",
        ],
        vec!["insights", BROKEN],
        vec!["insights", EXAMPLE, "--format", "xml"],
        vec!["diff", BROKEN, EXAMPLE],
        vec!["diff", EXAMPLE, "no-such-file.journey.ron"],
        vec!["merge", EXAMPLE, BROKEN, EXAMPLE],
    ];
    let png = out("m.png");
    for (option, value) in [
        ("--lanes", "Feelings of the moon"),
        ("--scale", "500"),
        ("--scale", "1000"),
        ("--width", "0"),
        ("--height", "0"),
        ("--width", "99999"),
    ] {
        all.push(vec!["export", EXAMPLE, "-o", &png, option, value]);
    }
    let owned: Vec<Vec<String>> = all
        .into_iter()
        .map(|args| args.into_iter().map(str::to_owned).collect())
        .collect();
    let ignored: [Vec<String>; 7] = [
        vec!["-o".into(), out("m.svg"), "--width".into(), "800".into()],
        vec![
            "-o".into(),
            out("m.pdf"),
            "--scale".into(),
            "2".into(),
            "--transparent".into(),
        ],
        vec!["-o".into(), out("m.jpg"), "--transparent".into()],
        vec![
            "-o".into(),
            out("m.png"),
            "--width".into(),
            "800".into(),
            "--scale".into(),
            "2".into(),
        ],
        vec!["-o".into(), out("m.csv"), "--theme".into(), "print".into()],
        vec!["-o".into(), out("m.pdf"), "--no-insights".into()],
        vec![
            "-o".into(),
            out("m.pdf"),
            "--slides".into(),
            "--compare".into(),
            BROKEN.into(),
        ],
    ];
    let exports = ignored
        .into_iter()
        .map(|options| [vec!["export".to_owned(), EXAMPLE.to_owned()], options].concat());
    owned.into_iter().chain(exports).collect()
}

/// Every checked command line: the mistakes, and a check and an export of
/// each broken and hostile file.
fn command_lines(out: &Path) -> Vec<Vec<String>> {
    let mut all = mistakes(out);
    let png = out.join("hostile.png").to_string_lossy().into_owned();
    for file in corpus("tests/broken") {
        all.push(vec!["check".into(), file]);
    }
    for file in corpus("tests/hostile") {
        all.push(vec!["check".into(), file.clone()]);
        all.push(vec![
            "export".into(),
            file,
            "-o".into(),
            png.clone(),
            "--force".into(),
        ]);
    }
    all
}

/// `line` without what it quotes: user values, names and file contents.
fn without_quotes(line: &str) -> String {
    let mut kept = String::new();
    let mut closing: Option<char> = None;
    for c in line.chars() {
        match (closing, c) {
            (Some(end), c) if c == end => closing = None,
            (Some(_), _) => {}
            (None, '`' | '"') => closing = Some(c),
            (None, '«') => closing = Some('»'),
            (None, '<') => closing = Some('>'),
            (None, c) => kept.push(c),
        }
    }
    kept
}

/// The English words of `line` outside its quotes, options and paths.
fn english_words(line: &str) -> Vec<String> {
    without_quotes(line)
        .split_whitespace()
        .filter(|word| !word.contains(['-', '/', '.']))
        .flat_map(|word| word.split(|c: char| !c.is_alphabetic()))
        .filter(|word| ENGLISH_TELLS.contains(&word.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

/// The lines of an output that a user reads as sentences.
fn lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|line| {
            let words = without_quotes(line);
            words.chars().filter(|c| c.is_alphabetic()).count() > 3
        })
        .map(str::to_owned)
        .collect()
}

/// The lines of `french` that are still English, next to their command line.
fn still_english(args: &[String], english: &Output, french: &Output) -> Vec<String> {
    let english = lines(english);
    lines(french)
        .into_iter()
        .filter(|line| english.contains(line) || !english_words(line).is_empty())
        .map(|line| format!("parcours {}\n    {line}", args.join(" ")))
        .collect()
}

#[test]
fn every_message_of_the_command_line_is_french_under_a_french_locale() {
    let folder = tempfile::tempdir().expect("a folder");
    let mut left = Vec::new();
    let mut said = 0;
    for args in command_lines(folder.path()) {
        let english = parcours(&args, "en_GB.UTF-8");
        let french = parcours(&args, "fr_FR.UTF-8");
        assert_eq!(english.status.code(), french.status.code(), "{args:?}");
        said += lines(&french).len();
        left.extend(still_english(&args, &english, &french));
    }
    assert!(said > 60, "the command lines say something: {said} lines");
    assert!(left.is_empty(), "not in French:\n{}", left.join("\n"));
}

#[test]
fn the_tell_tale_words_are_found_outside_quotes_only() {
    assert_eq!(
        english_words("parcours: the map is over the \"limit of the file\""),
        ["the", "is", "over", "the"]
    );
    assert!(english_words("parcours\u{a0}: la carte « the end » est `is`").is_empty());
}
