//! A save killed at any moment leaves either the old file or the new one, whole.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn start_fmt(path: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .arg("fmt")
        .arg(path)
        .stderr(Stdio::null())
        .spawn()
        .expect("parcours fmt starts")
}

/// How long an unhindered `parcours fmt` of `untidy` takes here: the slowest of
/// three, so that kills spread over the whole save even on a busy machine.
fn fmt_duration(path: &Path, untidy: &str) -> Duration {
    (0..3)
        .map(|_| {
            std::fs::write(path, untidy).expect("the untidy copy is written");
            let started = Instant::now();
            let status = start_fmt(path).wait().expect("fmt ends");
            assert!(status.success(), "parcours fmt works");
            started.elapsed()
        })
        .max()
        .unwrap_or_default()
}

/// Rewrites a map with `parcours fmt` hundreds of times, killing the process
/// with SIGKILL after a delay spread over the length of a save, and reads the
/// file after each kill.
#[test]
fn a_map_killed_mid_save_is_always_the_old_or_the_new_one() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("renewal.journey.ron");
    let canonical = std::fs::read_to_string("assets/examples/home-insurance-renewal.journey.ron")
        .expect("the example");
    // The same map with other indentation: fmt has to save it again.
    let untidy = canonical.replace("    ", "  ");
    let map = parcours::file::parse(canonical.as_bytes(), "example").expect("the example loads");
    let (mut killed_before_the_end, mut rewritten, mut killed_mid_write) = (0, 0, 0);
    let spread = fmt_duration(&path, &untidy).mul_f64(1.2).as_micros().max(1) as u64;

    for round in 0..300u64 {
        std::fs::write(&path, &untidy).expect("the untidy copy is written");
        let mut child = start_fmt(&path);
        // Delays spread over a save and a little beyond, in a scrambled order.
        std::thread::sleep(Duration::from_micros((round * 7919) % spread));
        let _ = child.kill();
        let status = child.wait().expect("the child ends");
        if status.success() {
            rewritten += 1;
        } else {
            killed_before_the_end += 1;
        }

        let text = std::fs::read_to_string(&path).expect("the file is still there");
        assert!(
            text == untidy || text == canonical,
            "round {round}: the file is neither the old nor the new text"
        );
        let reloaded =
            parcours::file::parse(text.as_bytes(), "after the kill").expect("the file loads");
        assert_eq!(reloaded, map, "round {round}");
        // A killed save may leave its hidden temporary file; nothing else.
        for entry in std::fs::read_dir(folder.path()).expect("listable") {
            let entry = entry.expect("an entry");
            let name = entry.file_name().to_string_lossy().into_owned();
            let hidden_temporary =
                name.starts_with(".renewal.journey.ron.") && name.ends_with(".tmp");
            assert!(
                name == "renewal.journey.ron" || hidden_temporary,
                "round {round}: {name}"
            );
            if hidden_temporary {
                killed_mid_write += 1;
                std::fs::remove_file(entry.path()).expect("the temporary is removed");
            }
        }
    }
    assert!(
        killed_before_the_end > 0 && rewritten > 0 && killed_mid_write > 0,
        "the kills land before, during and after the save: {killed_before_the_end} killed, \
         {killed_mid_write} of them while the new text was being written, {rewritten} finished"
    );
}
