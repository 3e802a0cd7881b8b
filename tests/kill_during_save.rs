//! A save killed at any moment leaves either the old file or the new one, whole.

use std::process::{Command, Stdio};
use std::time::Duration;

/// Rewrites a map with `parcours fmt` hundreds of times, killing the process
/// with SIGKILL after a varying delay, and reads the file after each kill.
#[test]
fn a_map_killed_mid_save_is_always_the_old_or_the_new_one() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("renewal.journey.ron");
    let canonical = std::fs::read_to_string("assets/examples/home-insurance-renewal.journey.ron")
        .expect("the example");
    // The same map with other indentation: fmt has to save it again.
    let untidy = canonical.replace("    ", "  ");
    let map = parcours::file::parse(canonical.as_bytes(), "example").expect("the example loads");
    let (mut killed_before_the_end, mut rewritten) = (0, 0);

    for round in 0..300u64 {
        std::fs::write(&path, &untidy).expect("the untidy copy is written");
        let mut child = Command::new(env!("CARGO_BIN_EXE_parcours"))
            .arg("fmt")
            .arg(&path)
            .stderr(Stdio::null())
            .spawn()
            .expect("parcours fmt starts");
        // A spread of delays from 0 to about 12 ms, over and over.
        std::thread::sleep(Duration::from_micros((round * 7919) % 12_000));
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
            let name = entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            let hidden_temporary =
                name.starts_with(".renewal.journey.ron.") && name.ends_with(".tmp");
            assert!(
                name == "renewal.journey.ron" || hidden_temporary,
                "round {round}: {name}"
            );
        }
    }
    assert!(
        killed_before_the_end > 0 && rewritten > 0,
        "the kills land both before and after the save: {killed_before_the_end} killed, {rewritten} finished"
    );
}
