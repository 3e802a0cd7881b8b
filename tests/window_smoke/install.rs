//! The real window as an installed app meets it: no file dialog helpers on the
//! system, and a window and panels resized by the user, then started again.

use super::*;

/// Whether a dialog is shown: egui dims the window behind it, and its light
/// panels turn grey.
fn dialog_shown(image: &image::RgbImage) -> bool {
    pixels_near(image, [151, 151, 151]) > 100_000
}

/// With no zenity on the search path and no session bus, File › Open shows the
/// window's own chooser; a path typed into it opens that map.
#[test]
fn without_dialog_helpers_open_shows_the_built_in_chooser() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = lifecycle_map(folder.path());
    let other = folder.path().join("other.journey.ron");
    std::fs::copy(&map, &other).expect("a second map");
    let (_xvfb, display) = start_xvfb();
    let _app = KillOnDrop(
        Command::new(binary())
            .arg(&map)
            .env("DISPLAY", &display)
            .env("XDG_CONFIG_HOME", folder.path())
            .env("XDG_DATA_HOME", folder.path())
            .env("LANG", "en_US.UTF-8")
            .env("PATH", "")
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env_remove("XDG_RUNTIME_DIR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("WAYLAND_DISPLAY")
            .stderr(Stdio::null())
            .spawn()
            .expect("the parcours binary starts"),
    );
    let shot = folder.path().join("screen.png");
    assert!(!dialog_shown(&wait_for_map(&display, &shot)));
    let press = |keys: &[&str]| {
        xdotool(
            &display,
            &keys.iter().map(|k| k.to_string()).collect::<Vec<_>>(),
        )
    };
    // Under Xvfb no window manager gives the window the keyboard: xdotool does.
    let focused = ["search", "--name", "Parcours", "windowfocus", "--sync"];
    press(&[&focused[..], &["key", "ctrl+o"]].concat());
    let deadline = Instant::now() + Duration::from_secs(30);
    while !screenshot(&display, &shot).is_some_and(|s| dialog_shown(&s)) {
        assert!(Instant::now() < deadline, "no chooser 30 s after Ctrl+O");
        std::thread::sleep(Duration::from_millis(250));
    }
    let typed = other.display().to_string();
    press(&[&focused[..], &["type", "--delay", "20", &typed]].concat());
    press(&[&focused[..], &["key", "Return"]].concat());
    let deadline = Instant::now() + Duration::from_secs(30);
    while !window_titled(&display, "other.journey.ron") {
        assert!(
            Instant::now() < deadline,
            "the typed map did not open in 30 s"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// The colour of the canvas around the map.
const CANVAS: [u8; 3] = [247, 248, 250];

/// Where the inspector starts and the window ends, on a row across the lower
/// panels: the last pixel of the canvas's colour (the border follows) and the
/// black of the screen right of the window.
fn inspector_span(image: &image::RgbImage, y: u32) -> (u32, u32) {
    let row: Vec<[u8; 3]> = (0..image.width())
        .map(|x| image.get_pixel(x, y).0)
        .collect();
    let window_end = row
        .iter()
        .rposition(|p| *p != [0, 0, 0])
        .map_or(0, |last| last + 1) as u32;
    let border = (0..window_end)
        .rev()
        .find(|&x| row[x as usize] == CANVAS)
        .expect("the canvas's colour on the row");
    (border + 1, window_end)
}

/// Quits the window with Ctrl+Q and waits until its process has ended.
fn quit(display: &str, app: &mut KillOnDrop) {
    xdotool(
        display,
        &[
            "search",
            "--name",
            "Parcours",
            "windowfocus",
            "--sync",
            "key",
            "ctrl+q",
        ]
        .map(String::from),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.0.try_wait().expect("the process").is_none() {
        assert!(Instant::now() < deadline, "Ctrl+Q did not quit in 30 s");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Drags the resize handle at `x`, `y` 150 pixels to the left, in steps.
fn drag_left(display: &str, x: u32, y: u32) {
    // The pointer comes to the handle from inside the inspector, rests there
    // until the window shows the handle under it, then presses.
    let inside = (x + 20).to_string();
    let (x, y) = (x.to_string(), y.to_string());
    let mut drag: Vec<String> = [
        "mousemove",
        &inside,
        &y,
        "sleep",
        "0.3",
        "mousemove",
        &x,
        &y,
        "sleep",
        "0.5",
        "mousedown",
        "1",
        "sleep",
        "0.3",
    ]
    .map(String::from)
    .to_vec();
    for step in 1..=10 {
        let to = (x.parse::<u32>().expect("a number") - 15 * step).to_string();
        drag.extend(["mousemove", &to, &y, "sleep", "0.05"].map(String::from));
    }
    // The pointer leaves the handle, which is drawn in another colour under it,
    // once the window has seen the release: a frame that held both would move
    // the edge along.
    drag.extend(["mouseup", "1", "sleep", "0.5", "mousemove", "600", "450"].map(String::from));
    xdotool(display, &drag);
}

/// Screenshots until the window ends at `window_end` (any end when None) with
/// an inspector `accepts` takes; returns the inspector's width.
fn wait_for_inspector(
    display: &str,
    shot: &Path,
    window_end: Option<u32>,
    accepts: impl Fn(u32) -> bool,
) -> Option<u32> {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Some(screen) = screenshot(display, shot) {
            let (edge, end) = inspector_span(&screen, INSPECTOR_ROW);
            if window_end.is_none_or(|wanted| wanted == end) && accepts(end - edge) {
                return Some(end - edge);
            }
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    None
}

/// A row of the screen across the lower side panels, below the map.
const INSPECTOR_ROW: u32 = 800;

/// Where the window is on the screen, as `xdotool getwindowgeometry` says.
fn window_position(display: &str) -> Option<String> {
    let output = Command::new("xdotool")
        .args(["search", "--name", "Parcours", "getwindowgeometry"])
        .env("DISPLAY", display)
        .output()
        .expect("xdotool runs (apt-get install xdotool, or run bash .ci/run)");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.lines()
        .find_map(|line| line.trim().strip_prefix("Position: "))
        .and_then(|position| position.split_whitespace().next())
        .map(str::to_owned)
}

/// The window's size and place and the inspector's width, changed by the
/// user, come back at the next start.
#[test]
fn the_window_size_and_the_inspector_width_are_remembered() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = lifecycle_map(folder.path());
    let (_xvfb, display) = start_xvfb();
    let mut app = start_app(Some(&map), &display, folder.path());
    let shot = folder.path().join("screen.png");
    let screen = wait_for_map(&display, &shot);
    let (edge, _) = inspector_span(&screen, INSPECTOR_ROW);
    // The resize handle lies just inside the inspector, by the map's rows.
    drag_left(&display, edge + 1, 600);
    let widened = wait_for_inspector(&display, &shot, None, |width| width > 400);
    assert!(
        widened.is_some(),
        "the drag widened the inspector past 400 pixels"
    );
    let resize = ["search", "--name", "Parcours", "windowsize", "1300", "860"];
    xdotool(&display, &resize.map(String::from));
    // The inspector keeps its width, within what the narrower window allows.
    let width = wait_for_inspector(&display, &shot, Some(1300), |width| width > 400)
        .expect("the window was resized to 1300 pixels");
    let same = |now: u32| now.abs_diff(width) <= 2;
    let moved = ["search", "--name", "Parcours", "windowmove", "60", "40"];
    xdotool(&display, &moved.map(String::from));
    let deadline = Instant::now() + Duration::from_secs(20);
    while window_position(&display).as_deref() != Some("60,40") {
        assert!(Instant::now() < deadline, "the window did not move");
        std::thread::sleep(Duration::from_millis(250));
    }
    quit(&display, &mut app);

    let _again = start_app(Some(&map), &display, folder.path());
    wait_for_map(&display, &shot);
    assert_eq!(window_position(&display).as_deref(), Some("60,40"));
    // Moved right by 60 pixels, the window now ends at 1360.
    let again = wait_for_inspector(&display, &shot, Some(1360), same);
    assert!(
        again.is_some(),
        "the window is 1300 pixels wide again and the inspector {width}"
    );
}
