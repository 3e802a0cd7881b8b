//! The headless command line, run as a user would run it.

use std::path::Path;
use std::process::{Command, Output};

#[path = "cli/exports.rs"]
mod exports;
#[cfg(unix)]
#[path = "cli/files.rs"]
mod files;
#[path = "cli/insights.rs"]
mod insights;

fn parcours(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(args)
        // Messages in English, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("the parcours binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn templates_lists_every_template_with_a_description() {
    let output = parcours(&["templates"]);
    assert!(output.status.success());
    let listing = stdout(&output);
    for template in parcours::templates::CATALOGUE {
        let line = listing
            .lines()
            .find(|line| line.split_whitespace().next() == Some(template.name))
            .unwrap_or_else(|| panic!("{} is listed", template.name));
        assert!(line.contains(template.description), "{line}");
    }
    assert_eq!(
        listing.lines().count(),
        parcours::templates::CATALOGUE.len()
    );
}

#[test]
fn new_writes_a_valid_map_in_the_chosen_language() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("workshop.journey.ron");
    let path_text = path.to_str().expect("a UTF-8 path");

    let output = parcours(&[
        "new",
        "--template",
        "lifecycle",
        "--lang",
        "fr",
        "-o",
        path_text,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));

    let map = parcours::file::load(&path).expect("the new map loads");
    assert_eq!(map.meta.language, "fr");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        stages,
        [
            "Découverte",
            "Considération",
            "Acquisition",
            "Service",
            "Fidélisation",
            "Recommandation"
        ]
    );
    assert_eq!(map.meta.date.len(), "2026-11-22".len());
    assert!(parcours(&["check", path_text]).status.success());
}

#[test]
fn new_refuses_to_overwrite_a_file_without_force() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("kept.journey.ron");
    std::fs::write(&path, "precious").expect("a file to keep");
    let path_text = path.to_str().expect("a UTF-8 path");

    let output = parcours(&["new", "--template", "three-phases", "-o", path_text]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("already exists"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        "precious"
    );

    let output = parcours(&[
        "new",
        "--template",
        "three-phases",
        "-o",
        path_text,
        "--force",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(parcours::file::load(&path).is_ok());
}

#[test]
fn usage_mistakes_exit_with_2_and_say_what_is_wrong() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let out = folder.path().join("x.journey.ron");
    let out = out.to_str().expect("a UTF-8 path");

    let unknown = parcours(&["new", "--template", "seven-stages", "-o", out]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("lifecycle"),
        "lists the real names: {}",
        stderr(&unknown)
    );

    assert_eq!(parcours(&["check"]).status.code(), Some(2));
    let typo = parcours(&["frobnicate"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        stderr(&typo).contains("frobnicate does not exist"),
        "{}",
        stderr(&typo)
    );
    for command in [
        "new", "check", "fmt", "import", "export", "insights", "diff", "merge",
    ] {
        assert!(
            stderr(&typo)
                .split([':', ',', '('])
                .any(|name| name.trim() == command),
            "names {command}: {}",
            stderr(&typo)
        );
    }
    assert_eq!(
        parcours(&["new", "--template", "lifecycle", "--lang", "de", "-o", out])
            .status
            .code(),
        Some(2)
    );
    assert!(!Path::new(out).exists());
}

#[test]
fn every_command_has_help() {
    for command in [
        vec!["--help"],
        vec!["new", "--help"],
        vec!["templates", "--help"],
        vec!["check", "--help"],
        vec!["fmt", "--help"],
    ] {
        let output = parcours(&command);
        assert!(output.status.success(), "{command:?}");
        assert!(stdout(&output).contains("Usage:"), "{command:?}");
    }
}

#[test]
fn check_reports_each_broken_file_and_passes_good_ones() {
    let good = "tests/fixtures/small.journey.ron";
    let broken = "tests/broken/dangling-stage.journey.ron";

    let output = parcours(&["check", good]);
    assert_eq!(output.status.code(), Some(0));

    let output = parcours(&["check", good, broken]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(errors.starts_with(&format!("{broken}:")), "{errors}");
    assert!(errors.contains("no stage has the id 40"), "{errors}");
    assert!(!errors.contains("panicked"), "{errors}");
}

#[test]
fn fmt_rewrites_a_map_in_canonical_form_and_check_mode_reports_it() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("messy.journey.ron");
    let messy = std::fs::read_to_string("tests/fixtures/small.journey.ron")
        .expect("the fixture")
        .replace("    ", "  ")
        .replace(
            "title: \"Renewal, in short\",",
            "/* a comment */ title: \"Renewal, in short\",",
        );
    std::fs::write(&path, &messy).expect("the messy copy");
    let path_text = path.to_str().expect("a UTF-8 path");

    let output = parcours(&["fmt", "--check", path_text]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("not in canonical form"));
    assert_eq!(std::fs::read_to_string(&path).expect("readable"), messy);

    assert!(parcours(&["fmt", path_text]).status.success());
    let formatted = std::fs::read_to_string(&path).expect("readable");
    assert_eq!(
        formatted,
        std::fs::read_to_string("tests/fixtures/small.journey.ron").expect("the fixture")
    );
    assert!(parcours(&["fmt", "--check", path_text]).status.success());
}

#[test]
fn fmt_migrates_an_old_format_to_the_current_one() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("old.journey.ron");
    std::fs::copy("tests/fixtures/v0-prototype.journey.ron", &path).expect("a copy");

    assert!(
        parcours(&["fmt", path.to_str().expect("a UTF-8 path")])
            .status
            .success()
    );
    let text = std::fs::read_to_string(&path).expect("readable");
    assert!(text.contains("format_version: 1,"), "{text}");
    assert_eq!(parcours::file::load(&path).expect("loads").cards.len(), 4);
}

/// Runs the binary as `nobody` when the test runs as root, which ignores
/// permissions, so that a read-only folder is read-only for it.
#[cfg(unix)]
fn parcours_without_root(args: &[&str]) -> Output {
    if !is_root() {
        return parcours(args);
    }
    Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_parcours"),
        ])
        .args(args)
        .output()
        .expect("setpriv runs the binary as nobody")
}

/// Whether the tests run as root, who may give files away and ignores permissions.
#[cfg(unix)]
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| stdout(&o).trim() == "0")
        .unwrap_or(false)
}

/// A save into a folder the user cannot write to fails and leaves the old file.
#[cfg(unix)]
#[test]
fn fmt_into_a_read_only_folder_fails_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;

    let folder = tempfile::tempdir().expect("a temporary folder");
    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = folder.path().join("locked.journey.ron");
    let messy = std::fs::read_to_string("tests/fixtures/small.journey.ron")
        .expect("the fixture")
        .replace("    ", "  ");
    std::fs::write(&path, &messy).expect("the map");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");

    let output = parcours_without_root(&["fmt", path.to_str().expect("a UTF-8 path")]);

    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o755))
        .expect("chmod back");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("could not save"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("previous file is unchanged"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&path).expect("readable"), messy);
    let leftovers: Vec<_> = std::fs::read_dir(folder.path())
        .expect("listable")
        .collect();
    assert_eq!(leftovers.len(), 1);
}

#[test]
fn import_then_export_round_trips_through_the_command_line() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("day.journey.ron");
    let map_text = map.to_str().expect("a UTF-8 path");
    let output = parcours(&[
        "import",
        "tests/interchange/working-day.mmd",
        "-o",
        map_text,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(parcours(&["check", map_text]).status.success());

    let mermaid = folder.path().join("day.mmd");
    let output = parcours(&[
        "export",
        map_text,
        "--format",
        "mermaid",
        "-o",
        mermaid.to_str().expect("UTF-8"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&mermaid).expect("the export");
    assert!(text.contains("      Do work: 1: Me, Cat"), "{text}");

    let csv = folder.path().join("day.csv");
    let output = parcours(&[
        "export",
        map_text,
        "--format",
        "csv",
        "-o",
        csv.to_str().expect("UTF-8"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        std::fs::read_to_string(&csv)
            .expect("the export")
            .contains("\r\nstage,step,lane,text,")
    );
}

/// A `.mermaid` file imports as Mermaid, so an export to one is Mermaid too, with
/// no `--format`, and it imports again.
#[test]
fn export_to_a_mermaid_file_needs_no_format_and_imports_again() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mermaid = folder.path().join("renewal.mermaid");
    let output = parcours(&[
        "export",
        "assets/examples/home-insurance-renewal.journey.ron",
        "-o",
        mermaid.to_str().expect("UTF-8"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&mermaid).expect("the export");
    assert!(text.starts_with("journey\n"), "{text}");

    let map = folder.path().join("renewal.journey.ron");
    let map_text = map.to_str().expect("UTF-8");
    let output = parcours(&["import", mermaid.to_str().expect("UTF-8"), "-o", map_text]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(parcours(&["check", map_text]).status.success());
}

#[test]
fn import_reports_a_bad_row_and_writes_nothing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("bad.journey.ron");
    let output = parcours(&[
        "import",
        "tests/interchange/bad-score.csv",
        "-o",
        map.to_str().expect("UTF-8"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("tests/interchange/bad-score.csv:3:3:"),
        "{}",
        stderr(&output)
    );
    assert!(!map.exists());

    let output = parcours(&["import", "README.txt", "-o", map.to_str().expect("UTF-8")]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "an unknown kind of file is a usage mistake"
    );
    let output = parcours(&[
        "export",
        "tests/fixtures/small.journey.ron",
        "--format",
        "docx",
        "-o",
        "x",
    ]);
    assert_eq!(output.status.code(), Some(2));
}

const EXAMPLE: &str = "assets/examples/home-insurance-renewal.journey.ron";

#[test]
fn export_makes_a_png_of_the_asked_pixels_and_a_pdf_deck_with_no_window() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let png = folder.path().join("map.png");
    let output = parcours(&[
        "export",
        EXAMPLE,
        "-o",
        png.to_str().expect("UTF-8"),
        "--width",
        "1000",
        "--height",
        "500",
        "--theme",
        "print",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).trim(), png.display().to_string());
    let image = image::open(&png).expect("a PNG");
    assert_eq!((image.width(), image.height()), (1000, 500));

    let pdf = folder.path().join("deck.pdf");
    let output = parcours(&[
        "export",
        EXAMPLE,
        "--format",
        "pdf",
        "--slides",
        "-o",
        pdf.to_str().expect("UTF-8"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&pdf).expect("the deck");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(String::from_utf8_lossy(&bytes).contains("/MediaBox [0 0 960 540]"));
}

#[test]
fn export_of_slides_as_images_writes_one_numbered_file_per_slide() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let output = parcours(&[
        "export",
        EXAMPLE,
        "--slides",
        "--format",
        "jpeg",
        "--lanes",
        "Touchpoints,Pain points",
        "-o",
        folder.path().join("deck.jpg").to_str().expect("UTF-8"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let listing = stdout(&output);
    let written: Vec<&str> = listing.lines().map(str::trim).collect();
    assert!(written.len() >= 4, "{written:?}");
    for (i, path) in written.iter().enumerate() {
        assert!(path.ends_with(&format!("deck-{:02}.jpg", i + 1)), "{path}");
        let image = image::open(path).expect("a JPEG");
        assert_eq!((image.width(), image.height()), (1920, 1080));
    }
}

#[test]
fn export_mistakes_are_explained_with_the_right_exit_code() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let out = folder.path().join("map.png");
    let out = out.to_str().expect("UTF-8");

    let unknown_lane = parcours(&[
        "export",
        EXAMPLE,
        "-o",
        out,
        "--lanes",
        "Feelings of the moon",
    ]);
    assert_eq!(unknown_lane.status.code(), Some(2));
    assert!(
        stderr(&unknown_lane).contains("no lane is called \"Feelings of the moon\""),
        "{}",
        stderr(&unknown_lane)
    );

    let too_big = parcours(&["export", EXAMPLE, "-o", out, "--scale", "500"]);
    assert_eq!(too_big.status.code(), Some(2));
    assert!(stderr(&too_big).contains("16,384"), "{}", stderr(&too_big));

    let no_format = parcours(&["export", EXAMPLE, "-o", "map.unknown"]);
    assert_eq!(no_format.status.code(), Some(2));
    assert!(stderr(&no_format).contains("--format"));

    let csv_with_slides = parcours(&["export", EXAMPLE, "-o", "map.csv", "--slides"]);
    assert_eq!(csv_with_slides.status.code(), Some(2));

    let broken = parcours(&["export", "tests/broken/bad-color.journey.ron", "-o", out]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(!Path::new(out).exists());
}

/// An export into a folder the user cannot write to names the file the user asked
/// for, not the hidden temporary one, and leaves the old export as it was.
#[cfg(unix)]
#[test]
fn export_into_a_read_only_folder_names_the_output_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;

    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("map.journey.ron");
    std::fs::copy(EXAMPLE, &map).expect("a copy of the example");
    let png = folder.path().join("map.png");
    std::fs::write(&png, "old picture").expect("an old export");
    for file in [&map, &png] {
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");

    let output = parcours_without_root(&[
        "export",
        map.to_str().expect("UTF-8"),
        "-o",
        png.to_str().expect("UTF-8"),
    ]);

    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o755))
        .expect("chmod back");
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.starts_with(&format!("parcours: {}: could not save", png.display())),
        "{errors}"
    );
    assert!(!errors.contains(".map.png."), "no hidden file: {errors}");
    assert_eq!(
        std::fs::read_to_string(&png).expect("readable"),
        "old picture"
    );
}

#[test]
fn export_under_a_file_instead_of_a_folder_names_the_output() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let not_a_folder = folder.path().join("notes.txt");
    std::fs::write(&not_a_folder, "in the way").expect("a file");
    let png = not_a_folder.join("map.png");

    let output = parcours(&["export", EXAMPLE, "-o", png.to_str().expect("UTF-8")]);

    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(errors.contains(&png.display().to_string()), "{errors}");
    assert!(!errors.contains(".map.png."), "no hidden file: {errors}");
}

#[test]
fn impossible_image_sizes_are_usage_mistakes_that_name_the_option() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let out = folder.path().join("map.png");
    let out = out.to_str().expect("UTF-8");

    for (option, value) in [("--width", "0"), ("--height", "0"), ("--width", "99999")] {
        let output = parcours(&["export", EXAMPLE, "-o", out, option, value]);
        assert_eq!(output.status.code(), Some(2), "{option} {value}");
        assert!(
            stderr(&output).contains(&format!(
                "{option} must be between 1 and 16384 pixels, not {value}"
            )),
            "{}",
            stderr(&output)
        );
    }

    let huge = parcours(&["export", EXAMPLE, "-o", out, "--scale", "1000"]);
    assert_eq!(huge.status.code(), Some(2));
    let message = stderr(&huge);
    assert!(
        message.contains("a scale of 1000× makes an image of "),
        "{message}"
    );
    assert!(
        message.contains("each side must be between 1 and 16,384 pixels"),
        "{message}"
    );
    let longest_number = message
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    assert!(longest_number <= 4, "numbers are grouped: {message}");
    assert!(!Path::new(out).exists());
}

#[test]
fn export_refuses_to_replace_the_map_or_any_other_map() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("m.journey.ron");
    std::fs::copy(EXAMPLE, &map).expect("a copy of the example");
    let other = folder.path().join("other.journey.ron");
    std::fs::write(&other, "another map").expect("another map");
    let original = std::fs::read(&map).expect("readable");
    let map_text = map.to_str().expect("UTF-8");
    let same_map_spelt_otherwise = folder.path().join(".").join("m.journey.ron");

    for (format, output, says) in [
        ("svg", map.clone(), "is the map being exported"),
        ("csv", map.clone(), "is the map being exported"),
        ("png", same_map_spelt_otherwise, "is the map being exported"),
        ("svg", other.clone(), "is a map"),
    ] {
        let refused = parcours(&[
            "export",
            map_text,
            "--format",
            format,
            "-o",
            output.to_str().expect("UTF-8"),
        ]);
        assert_eq!(
            refused.status.code(),
            Some(2),
            "{format} {}",
            output.display()
        );
        assert!(stderr(&refused).contains(says), "{}", stderr(&refused));
    }
    assert_eq!(std::fs::read(&map).expect("readable"), original);
    assert_eq!(
        std::fs::read_to_string(&other).expect("readable"),
        "another map"
    );

    let svg = folder.path().join("m.svg");
    std::fs::write(&svg, "an old export").expect("an old export");
    let replaced = parcours(&["export", map_text, "-o", svg.to_str().expect("UTF-8")]);
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    assert_ne!(
        std::fs::read_to_string(&svg).expect("readable"),
        "an old export"
    );
}

#[test]
fn a_slide_deck_refuses_to_replace_its_map_with_a_numbered_slide() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("deck-02.png");
    std::fs::copy(EXAMPLE, &map).expect("a map with an unlucky name");
    let original = std::fs::read(&map).expect("readable");

    let refused = parcours(&[
        "export",
        map.to_str().expect("UTF-8"),
        "--slides",
        "-o",
        folder.path().join("deck.png").to_str().expect("UTF-8"),
    ]);

    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("deck-02.png is the map being exported"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(std::fs::read(&map).expect("readable"), original);
    assert!(!folder.path().join("deck-01.png").exists());
}

#[test]
fn options_the_format_would_ignore_are_refused_one_line_each() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let out = |name: &str| folder.path().join(name).to_str().expect("UTF-8").to_owned();

    let svg = parcours(&["export", EXAMPLE, "-o", &out("m.svg"), "--width", "800"]);
    assert_eq!(svg.status.code(), Some(2));
    assert_eq!(
        stderr(&svg),
        "parcours: --width applies to png, jpeg and gif exports only, not svg\n"
    );

    let pdf = parcours(&[
        "export",
        EXAMPLE,
        "-o",
        &out("m.pdf"),
        "--scale",
        "2",
        "--transparent",
    ]);
    assert_eq!(pdf.status.code(), Some(2));
    assert_eq!(
        stderr(&pdf),
        "parcours: --scale applies to png, jpeg and gif exports only, not pdf\n\
         parcours: --transparent applies to png exports only, not pdf\n"
    );

    let jpeg = parcours(&["export", EXAMPLE, "-o", &out("m.jpg"), "--transparent"]);
    assert_eq!(jpeg.status.code(), Some(2));
    assert!(stderr(&jpeg).contains("not jpeg"), "{}", stderr(&jpeg));

    let both = parcours(&[
        "export",
        EXAMPLE,
        "-o",
        &out("m.png"),
        "--width",
        "800",
        "--scale",
        "2",
    ]);
    assert_eq!(both.status.code(), Some(2));
    assert!(
        stderr(&both).contains("--scale has no effect with --width or --height"),
        "{}",
        stderr(&both)
    );

    let csv = parcours(&["export", EXAMPLE, "-o", &out("m.csv"), "--theme", "print"]);
    assert_eq!(csv.status.code(), Some(2));
    assert!(
        stderr(&csv)
            .contains("--theme applies to pdf, pptx, png, jpeg, svg and gif exports only, not csv"),
        "{}",
        stderr(&csv)
    );
    assert_eq!(
        std::fs::read_dir(folder.path()).expect("listable").count(),
        0
    );
}

#[test]
fn an_unknown_lane_is_answered_with_the_titles_and_the_kinds_that_work() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("renamed.journey.ron");
    let text = std::fs::read_to_string(EXAMPLE)
        .expect("the example")
        .replace("title: \"Thinks\",", "title: \"Inner voice\",");
    std::fs::write(&map, text).expect("a map with a renamed lane");

    let output = parcours(&[
        "export",
        map.to_str().expect("UTF-8"),
        "-o",
        folder.path().join("m.svg").to_str().expect("UTF-8"),
        "--lanes",
        "Moods",
    ]);

    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "parcours: no lane is called \"Moods\"; give a lane's title (Touchpoints, \
         Customer does, Inner voice, Emotion, Pain points, Opportunities, Metrics) \
         or kind (Thinks)\n"
    );
}
