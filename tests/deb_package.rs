//! The Debian package, built by cargo-packager from the configuration in
//! `Cargo.toml` and read back with `dpkg-deb -c`, without installing it.
//!
//! The package is made from the binary this test run built (the dev profile),
//! not from a release build: the configuration is read as cargo-packager reads
//! it (`cargo metadata`), minus its hook that runs `cargo build --release`.
//! `bash .ci/run` installs the pinned cargo-packager into `target/tools/`;
//! `PARCOURS_PACKAGER` names another copy.

use std::path::{Path, PathBuf};
use std::process::Command;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// The cargo-packager to run, or a failure saying how to get one.
fn packager() -> PathBuf {
    let path = std::env::var_os("PARCOURS_PACKAGER")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(MANIFEST_DIR).join("target/tools/bin/cargo-packager"));
    assert!(
        path.is_file(),
        "cargo-packager is missing at {}: run `bash .ci/run`, or \
         `cargo install --locked cargo-packager@0.11.8 --root target/tools`, \
         or set PARCOURS_PACKAGER to its path",
        path.display()
    );
    path
}

/// The `[package.metadata.packager]` configuration of Cargo.toml as JSON,
/// set to package the binary of this test run into `out_dir` as a `.deb`.
fn deb_configuration(out_dir: &Path) -> serde_json::Value {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(MANIFEST_DIR)
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "{output:?}");
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let package = &metadata["packages"][0];
    let mut configuration = package["metadata"]["packager"].clone();
    let settings = configuration
        .as_object_mut()
        .expect("Cargo.toml configures cargo-packager");
    settings.remove("before-packaging-command");
    let binary = Path::new(env!("CARGO_BIN_EXE_parcours"));
    let binaries_dir = binary.parent().expect("the binary is in a folder");
    settings.insert("name".into(), package["name"].clone());
    settings.insert("version".into(), package["version"].clone());
    settings.insert(
        "binaries-dir".into(),
        binaries_dir.display().to_string().into(),
    );
    settings.insert("out-dir".into(), out_dir.display().to_string().into());
    settings.insert("formats".into(), serde_json::json!(["deb"]));
    configuration
}

/// Builds the `.deb` into `out_dir` and returns its path.
fn build_deb(out_dir: &Path) -> PathBuf {
    let configuration = deb_configuration(out_dir).to_string();
    let output = Command::new(packager())
        .args(["--quite", "--config", &configuration])
        .current_dir(MANIFEST_DIR)
        .output()
        .expect("cargo-packager runs");
    assert!(output.status.success(), "{output:?}");
    let version = env!("CARGO_PKG_VERSION");
    let made: Vec<PathBuf> = std::fs::read_dir(out_dir)
        .expect("the packages folder")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "deb"))
        .collect();
    let [deb] = made.as_slice() else {
        panic!("cargo-packager made {made:?}, not one .deb");
    };
    let name = deb.file_name().map(|n| n.to_string_lossy().into_owned());
    assert!(
        name.as_deref()
            .is_some_and(|n| n.starts_with(&format!("parcours_{version}_"))),
        "{name:?}"
    );
    deb.clone()
}

/// The paths `dpkg-deb -c` lists in `deb`, without their leading `./`.
fn listed_paths(deb: &Path) -> Vec<String> {
    let output = Command::new("dpkg-deb")
        .arg("-c")
        .arg(deb)
        .output()
        .expect("dpkg-deb runs");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().last())
        .map(|path| path.trim_start_matches("./").to_owned())
        .collect()
}

/// The text of `path` inside `deb`, unpacked with `dpkg-deb -x` into a temporary folder.
fn file_in_deb(deb: &Path, path: &str) -> String {
    let unpacked = tempfile::tempdir().expect("a temporary folder");
    let status = Command::new("dpkg-deb")
        .arg("-x")
        .arg(deb)
        .arg(unpacked.path())
        .status()
        .expect("dpkg-deb runs");
    assert!(status.success());
    std::fs::read_to_string(unpacked.path().join(path)).expect(path)
}

#[test]
fn the_deb_installs_the_binary_the_desktop_entry_the_file_type_and_the_icons() {
    let out_dir = tempfile::tempdir().expect("a temporary folder");
    let deb = build_deb(out_dir.path());
    let paths = listed_paths(&deb);
    let mut expected = vec![
        "usr/bin/parcours".to_owned(),
        "usr/share/applications/parcours.desktop".to_owned(),
        "usr/share/mime/packages/parcours.xml".to_owned(),
        "usr/share/doc/parcours/fonts-OFL.txt".to_owned(),
    ];
    for size in [16, 32, 48, 64, 128, 256, 512] {
        expected.push(format!(
            "usr/share/icons/hicolor/{size}x{size}/apps/parcours.png"
        ));
    }
    for path in &expected {
        assert!(paths.contains(path), "{path} is not in the .deb: {paths:?}");
    }
    let entry = file_in_deb(&deb, "usr/share/applications/parcours.desktop");
    assert!(
        entry.lines().any(|line| line == "Exec=parcours %F"),
        "{entry}"
    );
    assert!(
        entry
            .lines()
            .any(|line| line == "MimeType=application/x-parcours-journey;"),
        "{entry}"
    );
}
