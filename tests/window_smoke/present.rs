//! Present mode on the real window: full screen, the first stage large, the
//! right arrow moving on.

use super::*;

/// How many pixels of the top fifth of the screen, where a spotlighted stage's
/// header sits, are within a small distance of `color`.
fn header_pixels(image: &image::RgbImage, color: [u8; 3]) -> usize {
    image
        .enumerate_pixels()
        .filter(|(_, y, p)| {
            *y < image.height() / 5 && p.0.iter().zip(color).all(|(a, b)| a.abs_diff(b) <= 6)
        })
        .count()
}

/// A stage header as large as a spotlighted stage's: its name reads from the
/// back of the room. The editor's fitted map draws it under 10,000 pixels.
const SPOTLIGHT_HEADER_PIXELS: usize = 20_000;

/// Screenshots until `shown` holds for the screen, then returns it.
fn wait_until(
    display: &str,
    shot: &Path,
    what: &str,
    shown: impl Fn(&image::RgbImage) -> bool,
) -> image::RgbImage {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(500));
        if let Some(image) = screenshot(display, shot)
            && shown(&image)
        {
            return image;
        }
    }
    panic!("{what}: not on screen after 60 s");
}

/// `parcours present --stage 1` on an example fills the screen (no corner is
/// the bare X server's black) with the first stage spotlighted, its header
/// with its name large; the right arrow moves on until the second stage's
/// header is the large one.
#[test]
fn parcours_present_fills_the_screen_and_the_right_arrow_moves_on() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let map = folder.path().join("example.journey.ron");
    let example = parcours::templates::find("home-insurance-renewal").expect("an example");
    let example = example.load("en").expect("the example loads");
    parcours::file::save(&map, &example).expect("the map is written");
    let (_xvfb, display) = start_xvfb();
    let _app = KillOnDrop(
        Command::new(binary())
            .args([
                "present",
                map.to_str().expect("a UTF-8 path"),
                "--stage",
                "1",
            ])
            .env("DISPLAY", &display)
            .env("XDG_CONFIG_HOME", folder.path())
            .env("XDG_DATA_HOME", folder.path())
            .env("LANG", "en_US.UTF-8")
            .env_remove("WAYLAND_DISPLAY")
            .stderr(Stdio::null())
            .spawn()
            .expect("the parcours binary starts"),
    );
    let color = |i: usize| {
        let c = example.stage_color(example.stages[i].id);
        [c.r, c.g, c.b]
    };
    let shot = folder.path().join("present.png");
    let fills = |image: &image::RgbImage| {
        let (w, h) = (image.width() - 1, image.height() - 1);
        [(0, 0), (w, 0), (0, h), (w, h)]
            .iter()
            .all(|(x, y)| image.get_pixel(*x, *y).0 != [0, 0, 0])
    };
    wait_until(
        &display,
        &shot,
        "the first stage spotlighted full screen",
        |image| fills(image) && header_pixels(image, color(0)) > SPOTLIGHT_HEADER_PIXELS,
    );
    let mut second = false;
    for _ in 0..3 {
        xdotool(&display, &["key".into(), "Right".into()]);
        std::thread::sleep(Duration::from_millis(800));
        let image = screenshot(&display, &shot).expect("a screenshot");
        assert!(
            header_pixels(&image, color(0)) < SPOTLIGHT_HEADER_PIXELS,
            "the first stage is no longer spotlighted"
        );
        if header_pixels(&image, color(1)) > SPOTLIGHT_HEADER_PIXELS {
            assert!(fills(&image), "still full screen");
            second = true;
            break;
        }
    }
    assert!(second, "the right arrow reaches the second stage");
}
