//! What the packages install: the icon in every size, the desktop entry, the file
//! type of journey maps, and the packager configuration that puts them there.
//!
//! `desktop-file-validate` (desktop-file-utils) and `update-mime-database`
//! (shared-mime-info) judge the files as a Linux desktop would; `bash .ci/run`
//! installs them.

use std::path::{Path, PathBuf};
use std::process::Command;

const MIME_TYPE: &str = "application/x-parcours-journey";

fn asset(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(path)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn desktop_entry_value(entry: &str, key: &str) -> Option<String> {
    entry
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
        .map(str::to_owned)
}

#[test]
fn version_is_printed() {
    let output = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .arg("--version")
        .output()
        .expect("the parcours binary runs");
    assert!(output.status.success());
    let printed = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        printed.trim(),
        format!("parcours {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn every_icon_size_is_a_square_picture_of_that_size() {
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let path = asset(&format!("icons/parcours-{size}.png"));
        let picture = image::open(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
            .to_rgba8();
        assert_eq!(picture.dimensions(), (size, size), "{}", path.display());
        let corner = picture.get_pixel(0, 0)[3];
        let middle = picture.get_pixel(size / 2, size / 2)[3];
        assert!(corner < middle, "{size}px: rounded corners are transparent");
    }
    assert!(read(&asset("icons/parcours.svg")).contains("<svg"));
}

#[test]
fn the_desktop_entry_opens_journey_maps_with_parcours() {
    let path = asset("linux/parcours.desktop");
    let entry = read(&path);
    assert_eq!(
        desktop_entry_value(&entry, "Exec").as_deref(),
        Some("parcours %F")
    );
    assert_eq!(
        desktop_entry_value(&entry, "Icon").as_deref(),
        Some("parcours")
    );
    assert_eq!(
        desktop_entry_value(&entry, "MimeType").as_deref(),
        Some(format!("{MIME_TYPE};").as_str())
    );
    assert!(desktop_entry_value(&entry, "Comment[fr]").is_some());
    let validation = Command::new("desktop-file-validate")
        .arg(&path)
        .output()
        .expect("desktop-file-validate runs (bash .ci/run installs desktop-file-utils)");
    let complaints = String::from_utf8_lossy(&validation.stdout);
    assert!(
        validation.status.success() && complaints.trim().is_empty(),
        "{complaints}"
    );
}

#[test]
fn the_mime_database_knows_journey_maps_by_their_double_extension() {
    let definition = asset("linux/parcours.xml");
    let text = read(&definition);
    assert!(text.contains(&format!("type=\"{MIME_TYPE}\"")));
    assert!(text.contains("<comment xml:lang=\"fr\">"));
    let database = tempfile::tempdir().expect("a temporary folder");
    let packages = database.path().join("packages");
    std::fs::create_dir(&packages).expect("a packages folder");
    std::fs::copy(&definition, packages.join("parcours.xml")).expect("copied");
    let update = Command::new("update-mime-database")
        .arg(database.path())
        .output()
        .expect("update-mime-database runs (bash .ci/run installs shared-mime-info)");
    assert!(update.status.success(), "{update:?}");
    let globs = read(&database.path().join("globs2"));
    assert!(
        globs
            .lines()
            .any(|line| line.ends_with(&format!(":{MIME_TYPE}:*.journey.ron"))),
        "{globs}"
    );
}

#[test]
fn the_packager_configuration_names_files_that_exist() {
    let manifest = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"));
    let packager = manifest
        .split("[package.metadata.packager]")
        .nth(1)
        .expect("Cargo.toml configures cargo-packager");
    let named: Vec<&str> = packager
        .split('"')
        .filter(|text| text.starts_with("assets/"))
        .collect();
    assert!(named.len() >= 10, "{named:?}");
    for path in named {
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(path).is_file(),
            "Cargo.toml names {path}, which is missing"
        );
    }
    assert!(packager.contains(&format!("mime-type = \"{MIME_TYPE}\"")));
    assert!(packager.contains("\"usr/share/mime/packages/parcours.xml\""));
}
