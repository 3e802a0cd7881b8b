//! The real window: the binary under Xvfb (with Mesa's software OpenGL) opens a map,
//! and a screenshot of the screen shows the map, not a blank window.
//!
//! Needs `Xvfb`, ImageMagick's `import` and `xdotool`; `bash .ci/run` installs them.
//! The binary is `$PARCOURS_SMOKE_BIN` when set, else the dev build `cargo test` makes (as CI runs it).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The window without dialog helpers, and what it remembers between runs.
#[path = "window_smoke/install.rs"]
mod install;
/// Present mode started from the command line.
#[path = "window_smoke/present.rs"]
mod present;

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

/// Starts the editor on `map` (or a new map) in `display`, with its data folder
/// in `data`, under an English locale.
fn start_app(map: Option<&Path>, display: &str, data: &Path) -> KillOnDrop {
    start_in_locale(map, display, data, "en_US.UTF-8")
}

/// Starts the editor as [`start_app`] does, with `LANG` set to `locale` and no
/// other locale variable to override it.
fn start_in_locale(map: Option<&Path>, display: &str, data: &Path, locale: &str) -> KillOnDrop {
    KillOnDrop(
        Command::new(binary())
            .args(map)
            .env("DISPLAY", display)
            .env("XDG_CONFIG_HOME", data)
            .env("XDG_DATA_HOME", data)
            .env("LANG", locale)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("WAYLAND_DISPLAY")
            .stderr(Stdio::null())
            .spawn()
            .expect("the parcours binary starts"),
    )
}

/// A new map from the lifecycle template, saved in `folder`.
fn lifecycle_map(folder: &Path) -> PathBuf {
    let map = folder.join("smoke.journey.ron");
    let template = parcours::templates::find("lifecycle").expect("a template");
    parcours::file::save(&map, &template.instantiate("en").expect("a map"))
        .expect("the map is written");
    map
}

/// Screenshots until every stage header's colour shows, then returns the screen.
fn wait_for_map(display: &str, shot: &Path) -> image::RgbImage {
    let palette = parcours::model::Theme::default().palette;
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last_counts = Vec::new();
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(500));
        let Some(image) = screenshot(display, shot) else {
            continue;
        };
        last_counts = palette
            .iter()
            .map(|c| pixels_near(&image, [c.r, c.g, c.b]))
            .collect();
        // Each of the six stage headers is a filled pill of its stage's colour.
        if last_counts.iter().all(|count| *count > 300) {
            return image;
        }
    }
    panic!("no map on screen after 60 s: stage colour pixel counts {last_counts:?}");
}

/// The centre of the pixels of one colour in the top fifth of the screen, where
/// the stage headers are (the inspector below shows the same colours as swatches).
fn header_center(image: &image::RgbImage, color: [u8; 3]) -> (u32, u32) {
    let (mut x, mut y, mut n) = (0u64, 0u64, 0u64);
    for (px, py, pixel) in image.enumerate_pixels() {
        if py < image.height() / 5 && pixel.0.iter().zip(color).all(|(a, b)| a.abs_diff(b) <= 6) {
            x += u64::from(px);
            y += u64::from(py);
            n += 1;
        }
    }
    assert!(n > 0, "the colour {color:?} is on screen");
    ((x / n) as u32, (y / n) as u32)
}

/// Where to click the first button of the dialog on screen: the dialog is the
/// only place of egui's light window colour (the window behind it is dimmed), and
/// its first button the first row there with a run of button colour.
fn first_dialog_button(image: &image::RgbImage) -> Option<(u32, u32)> {
    const WINDOW_FILL: [u8; 3] = [248, 248, 248];
    const BUTTON_FILL: [u8; 3] = [230, 230, 230];
    let dialog: Vec<(u32, u32)> = image
        .enumerate_pixels()
        .filter(|(_, _, p)| p.0 == WINDOW_FILL)
        .map(|(x, y, _)| (x, y))
        .collect();
    let (left, top) = dialog
        .iter()
        .fold((u32::MAX, u32::MAX), |(l, t), &(x, y)| (l.min(x), t.min(y)));
    let (right, bottom) = dialog
        .iter()
        .fold((0, 0), |(r, b), &(x, y)| (r.max(x), b.max(y)));
    (top..bottom).find_map(|y| {
        (left..right.saturating_sub(6)).find_map(|x| {
            (0..6)
                .all(|dx| image.get_pixel(x + dx, y).0 == BUTTON_FILL)
                .then_some((x + 4, y + 6))
        })
    })
}

fn xdotool(display: &str, args: &[String]) {
    let status = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .status()
        .expect("xdotool runs (apt-get install xdotool, or run bash .ci/run)");
    assert!(status.success(), "xdotool {args:?}");
}

/// Whether a window whose title holds `words` is on `display`.
fn window_titled(display: &str, words: &str) -> bool {
    Command::new("xdotool")
        .args(["search", "--name", words])
        .env("DISPLAY", display)
        .stdout(Stdio::null())
        .status()
        .expect("xdotool runs (apt-get install xdotool, or run bash .ci/run)")
        .success()
}

/// The right end of the menu titles: the rightmost dark pixel in the menu bar,
/// the top 20 pixels of the left half of the screen.
fn menu_titles_end(image: &image::RgbImage) -> u32 {
    image
        .enumerate_pixels()
        .filter(|(x, y, p)| *y < 20 && *x < image.width() / 2 && p.0.iter().all(|c| *c < 110))
        .map(|(x, _, _)| x)
        .max()
        .unwrap_or(0)
}

/// A window started without a file under `locale`: the screen once its start
/// screen and menus are shown, and whether the window's title holds `untitled`.
fn first_start(display: &str, locale: &str, untitled: &str) -> (image::RgbImage, bool) {
    let data = tempfile::tempdir().expect("a data folder");
    let _app = start_in_locale(None, display, data.path(), locale);
    let shot = data.path().join("screen.png");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        std::thread::sleep(Duration::from_millis(500));
        // The menu titles and the start screen's heading below them.
        if let Some(screen) = screenshot(display, &shot)
            && menu_titles_end(&screen) > 0
            && dark_pixels_below_menus(&screen) > 500
        {
            return (screen, window_titled(display, untitled));
        }
        assert!(Instant::now() < deadline, "no start screen after 60 s");
    }
}

/// How many dark pixels (text) the screen shows under the menu bar.
fn dark_pixels_below_menus(image: &image::RgbImage) -> usize {
    image
        .enumerate_pixels()
        .filter(|(_, y, p)| *y > 30 && p.0.iter().all(|c| *c < 110))
        .count()
}

/// Under `LANG=fr_FR.UTF-8` the first start speaks French: the window (its
/// start screen over a new map) is titled "Carte sans titre", and the menu bar holds the French titles
/// (Fichier, Édition, Affichage, Aide), which run well past the English ones.
#[test]
fn under_a_french_locale_the_first_start_shows_french_menus() {
    let (_xvfb, display) = start_xvfb();
    let (english, untitled) = first_start(&display, "en_US.UTF-8", "Untitled map");
    assert!(untitled, "the English window is titled Untitled map");
    let (french, sans_titre) = first_start(&display, "fr_FR.UTF-8", "Carte sans titre");
    assert!(sans_titre, "the French window is titled Carte sans titre");
    let (english_end, french_end) = (menu_titles_end(&english), menu_titles_end(&french));
    assert!(
        french_end > english_end + 40,
        "the French menu titles end at {french_end}, the English ones at {english_end}"
    );
}

#[test]
fn the_window_opens_a_map_and_shows_it() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = lifecycle_map(folder.path());
    let (_xvfb, display) = start_xvfb();
    let _app = start_app(Some(&map), &display, folder.path());
    wait_for_map(&display, &folder.path().join("screen.png"));
}

/// An edit made in the real window survives `kill -9`: the recovery copy in the
/// data folder holds it, the user's own file is untouched, and the next start of
/// the binary restores it.
#[test]
fn an_edit_survives_kill_9_in_the_recovery_copy() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = lifecycle_map(folder.path());
    let original = std::fs::read_to_string(&map).expect("the map");
    let (_xvfb, display) = start_xvfb();
    let mut app = start_app(Some(&map), &display, folder.path());
    let screen = wait_for_map(&display, &folder.path().join("screen.png"));

    // Drag the first stage's header past the third one.
    let palette = parcours::model::Theme::default().palette;
    let color = |i: usize| [palette[i].r, palette[i].g, palette[i].b];
    let (x1, y) = header_center(&screen, color(0));
    let (x3, _) = header_center(&screen, color(2));
    let target = x3 + (x3 - x1) / 4;
    let mut drag: Vec<String> = [
        "mousemove",
        &x1.to_string(),
        &y.to_string(),
        "mousedown",
        "1",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for step in 1..=10 {
        let x = x1 + (target - x1) * step / 10;
        drag.extend([
            "mousemove".to_owned(),
            x.to_string(),
            y.to_string(),
            "sleep".to_owned(),
            "0.05".to_owned(),
        ]);
    }
    drag.extend(["mouseup".to_owned(), "1".to_owned()]);
    xdotool(&display, &drag);

    let recovery = folder.path().join("parcours").join("recovery");
    let deadline = Instant::now() + Duration::from_secs(30);
    let copy = loop {
        let found = recovery_maps(&recovery)
            .first()
            .and_then(|path| parcours::file::load(path).ok());
        if let Some(copy) = found {
            break copy;
        }
        assert!(
            Instant::now() < deadline,
            "no recovery copy in {} after 30 s",
            recovery.display()
        );
        std::thread::sleep(Duration::from_millis(250));
    };
    app.0.kill().expect("kill -9");
    let _ = app.0.wait();

    let stages: Vec<&str> = copy.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        stages[..3],
        ["Consideration", "Acquisition", "Awareness"],
        "the copy holds the drag"
    );
    assert_eq!(
        std::fs::read_to_string(&map).expect("the map"),
        original,
        "the user's file is untouched"
    );
    // The next start of the binary offers the copy; its first button, Restore,
    // opens the map, and the new process's own recovery copy soon holds it.
    let store = parcours::file::RecoveryStore::new(recovery.clone());
    assert_eq!(store.left_behind().len(), 1, "one copy is offered");
    let mut next_start = start_app(None, &display, folder.path());
    let shot = folder.path().join("next-start.png");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut exits = Vec::new();
    let restore = loop {
        if let Some(button) = screenshot(&display, &shot).and_then(|s| first_dialog_button(&s)) {
            break button;
        }
        // On a loaded machine Xvfb's software GL has been seen to fail a
        // start (no window, the process gone): start once more, and say so
        // if it fails again.
        if let Ok(Some(status)) = next_start.0.try_wait() {
            exits.push(status);
            assert!(exits.len() < 2, "the next start exited twice: {exits:?}");
            next_start = start_app(None, &display, folder.path());
        }
        assert!(
            Instant::now() < deadline,
            "no recovery dialog after 60 s (earlier starts exited: {exits:?})"
        );
        std::thread::sleep(Duration::from_millis(500));
    };
    let (x, y) = (restore.0.to_string(), restore.1.to_string());
    xdotool(
        &display,
        &["mousemove".into(), x, y, "click".into(), "1".into()],
    );

    let new_process = next_start.0.id();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let infos: Vec<parcours::file::RecoveryInfo> = std::fs::read_dir(&recovery)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| p.to_string_lossy().ends_with(".info.ron"))
            .filter_map(|p| ron::from_str(&std::fs::read_to_string(p).ok()?).ok())
            .collect();
        let restored_here = infos.len() == 1 && infos[0].process == new_process;
        if restored_here {
            assert_eq!(
                infos[0].original.as_deref(),
                Some(map.as_path()),
                "tied to its file"
            );
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the next start did not restore the copy: {infos:?}"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    let restored = recovery_maps(&recovery);
    let stages: Vec<String> = parcours::file::load(&restored[0])
        .expect("the new copy is a map")
        .stages
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(stages[..3], ["Consideration", "Acquisition", "Awareness"]);
}

fn recovery_maps(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(".journey.ron"))
                .collect()
        })
        .unwrap_or_default()
}
