//! The real window: the binary under Xvfb (with Mesa's software OpenGL) opens a map,
//! and a screenshot of the screen shows the map, not a blank window.
//!
//! Needs `Xvfb` and ImageMagick's `import`; `bash .ci/run` installs both. The binary
//! is `$PARCOURS_SMOKE_BIN` when set (CI points it at the release build).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills a child process when the test ends, however it ends.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_xvfb() -> (KillOnDrop, String) {
    let mut xvfb = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1600x1000x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb runs (apt-get install xvfb, or run bash .ci/run)");
    let stdout = xvfb.stdout.take().expect("Xvfb's output");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("Xvfb names its display");
    (KillOnDrop(xvfb), format!(":{}", line.trim()))
}

fn binary() -> PathBuf {
    std::env::var_os("PARCOURS_SMOKE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_parcours")))
}

fn screenshot(display: &str, path: &Path) -> Option<image::RgbImage> {
    let status = Command::new("import")
        .args(["-window", "root", path.to_str()?])
        .env("DISPLAY", display)
        .status()
        .expect("ImageMagick's import runs (apt-get install imagemagick, or run bash .ci/run)");
    if !status.success() {
        return None;
    }
    image::open(path).ok().map(|i| i.to_rgb8())
}

/// How many pixels are within a small distance of `color`.
fn pixels_near(image: &image::RgbImage, color: [u8; 3]) -> usize {
    image
        .pixels()
        .filter(|p| p.0.iter().zip(color).all(|(a, b)| a.abs_diff(b) <= 6))
        .count()
}

#[test]
fn the_window_opens_a_map_and_shows_it() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("smoke.journey.ron");
    let template = parcours::templates::find("lifecycle").expect("a template");
    parcours::file::save(&map, &template.instantiate("en").expect("a map"))
        .expect("the map is written");
    let palette = parcours::model::Theme::default().palette;

    let (_xvfb, display) = start_xvfb();
    let _app = KillOnDrop(
        Command::new(binary())
            .arg(&map)
            .env("DISPLAY", &display)
            .env("XDG_CONFIG_HOME", folder.path())
            .env("XDG_DATA_HOME", folder.path())
            .env_remove("WAYLAND_DISPLAY")
            .stderr(Stdio::null())
            .spawn()
            .expect("the parcours binary starts"),
    );

    let shot = folder.path().join("screen.png");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last_counts = Vec::new();
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(500));
        let Some(image) = screenshot(&display, &shot) else {
            continue;
        };
        last_counts = palette
            .iter()
            .map(|c| pixels_near(&image, [c.r, c.g, c.b]))
            .collect();
        // Each of the six stage headers is a filled pill of its stage's colour.
        if last_counts.iter().all(|count| *count > 300) {
            return;
        }
    }
    panic!("no map on screen after 60 s: stage colour pixel counts {last_counts:?}");
}
