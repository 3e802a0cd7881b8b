//! The `parcours` binary: the editor, and headless subcommands for scripts and CI.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
