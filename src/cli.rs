//! The command line: `parcours [FILE]` opens the editor; every subcommand works
//! headless (no window, no GPU).
//!
//! Exit codes: 0 on success, 1 when a file is invalid or cannot be written,
//! 2 for a usage mistake (clap uses 2 for its own).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use parcours::{file, interchange, templates};

#[derive(Parser)]
#[command(name = "parcours", version, about = "Design customer journey maps", long_about = None)]
struct Cli {
    /// A map to open in the editor (`*.journey.ron`)
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Write a new map from a template or an example
    New {
        /// The template's name, as `parcours templates` lists it
        #[arg(long, short)]
        template: String,
        /// The language of the map's text
        #[arg(long, default_value = "en", value_parser = ["en", "fr"])]
        lang: String,
        /// Where to write the map (a `.journey.ron` file)
        #[arg(long, short)]
        output: PathBuf,
        /// Replace the output file if it exists
        #[arg(long)]
        force: bool,
    },
    /// List the templates and examples, one a line: name, then description
    Templates,
    /// Check maps: exit 0 when all are valid, 1 with `path:line:column: message` lines when not
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Make a map from a spreadsheet (.csv) or a Mermaid journey (.mmd, or the first
    /// ```mermaid journey block of a .md file)
    Import {
        file: PathBuf,
        /// Where to write the map (a `.journey.ron` file)
        #[arg(long, short)]
        output: PathBuf,
        /// Replace the output file if it exists
        #[arg(long)]
        force: bool,
    },
    /// Write a map in another format
    Export {
        file: PathBuf,
        #[arg(long, short, value_enum)]
        format: ExportFormat,
        /// Where to write the export
        #[arg(long, short)]
        output: PathBuf,
    },
    /// Rewrite maps in canonical form, for clean diffs and merges
    Fmt {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Only report files that are not canonical (exit 1), without changing them
        #[arg(long)]
        check: bool,
    },
    /// Time the editor on synthetic maps of four sizes and print the medians
    /// (use a release build)
    Bench,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    /// A spreadsheet, one row per card
    Csv,
    /// A Mermaid `journey` diagram
    Mermaid,
}

const FAILURE: u8 = 1;
const USAGE: u8 = 2;

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return editor(cli.file.as_deref());
    };
    match command {
        Command::New {
            template,
            lang,
            output,
            force,
        } => new(&template, &lang, &output, force),
        Command::Templates => {
            for template in templates::CATALOGUE {
                println!("{:<20} {}", template.name, template.description);
            }
            ExitCode::SUCCESS
        }
        Command::Check { files } => check(&files),
        Command::Fmt { files, check } => fmt(&files, check),
        Command::Import {
            file,
            output,
            force,
        } => import(&file, &output, force),
        Command::Export {
            file,
            format,
            output,
        } => export(&file, format, &output),
        Command::Bench => bench(),
    }
}

fn bench() -> ExitCode {
    match parcours::perf::measure_all(std::time::Duration::from_millis(150)) {
        Ok(table) => {
            print!("{table}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("parcours: bench: {err}");
            ExitCode::from(FAILURE)
        }
    }
}

fn editor(file: Option<&Path>) -> ExitCode {
    if let Some(path) = file
        && !path.exists()
    {
        eprintln!(
            "parcours: {} does not exist; to run a command, use one of: new, templates, check, fmt, import, export (see parcours --help)",
            path.display()
        );
        return ExitCode::from(USAGE);
    }
    match parcours::ui::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("parcours: the editor window could not open: {err}");
            ExitCode::from(FAILURE)
        }
    }
}

fn new(name: &str, language: &str, output: &Path, force: bool) -> ExitCode {
    let Some(template) = templates::find(name) else {
        eprintln!(
            "parcours: {}",
            templates::TemplateError::UnknownName(name.to_owned())
        );
        return ExitCode::from(USAGE);
    };
    let map = match template.instantiate(language) {
        Ok(map) => map,
        Err(err @ templates::TemplateError::NoSuchLanguage { .. }) => {
            eprintln!("parcours: {err}");
            return ExitCode::from(USAGE);
        }
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(FAILURE);
        }
    };
    write_new_map(&map, output, force)
}

/// Writes a new map, refusing to replace a file unless asked to.
fn write_new_map(map: &parcours::model::JourneyMap, output: &Path, force: bool) -> ExitCode {
    if output.exists() && !force {
        eprintln!(
            "parcours: {} already exists; pass --force to replace it",
            output.display()
        );
        return ExitCode::from(FAILURE);
    }
    match file::save(output, map) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(FAILURE)
        }
    }
}

fn import(input: &Path, output: &Path, force: bool) -> ExitCode {
    if interchange::Format::of_path(input).is_none() {
        eprintln!(
            "parcours: {} is not a .csv, .mmd or .md file",
            input.display()
        );
        return ExitCode::from(USAGE);
    }
    match interchange::import(input) {
        Ok(map) => write_new_map(&map, output, force),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(FAILURE)
        }
    }
}

fn export(input: &Path, format: ExportFormat, output: &Path) -> ExitCode {
    let map = match file::load(input) {
        Ok(map) => map,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(FAILURE);
        }
    };
    let format = match format {
        ExportFormat::Csv => interchange::Format::Csv,
        ExportFormat::Mermaid => interchange::Format::Mermaid,
    };
    let text = interchange::export(&map, format);
    match file::write_atomically(output, |out| {
        std::io::Write::write_all(out, text.as_bytes())
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let target = output.display().to_string();
            eprintln!("{}", file::SaveError { target, error });
            ExitCode::from(FAILURE)
        }
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut all_valid = true;
    for path in files {
        match file::load(path) {
            Ok(map) => println!(
                "{}: ok ({} stages, {} cards)",
                path.display(),
                map.stages.len(),
                map.cards.len()
            ),
            Err(err) => {
                eprintln!("{err}");
                all_valid = false;
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(FAILURE)
    }
}

fn fmt(files: &[PathBuf], check_only: bool) -> ExitCode {
    let mut all_fine = true;
    for path in files {
        let map = match file::load(path) {
            Ok(map) => map,
            Err(err) => {
                eprintln!("{err}");
                all_fine = false;
                continue;
            }
        };
        let canonical = file::to_ron(&map);
        let current = std::fs::read(path).unwrap_or_default();
        if current == canonical.as_bytes() {
            continue;
        }
        if check_only {
            eprintln!(
                "{}: not in canonical form; run `parcours fmt` on it",
                path.display()
            );
            all_fine = false;
        } else if let Err(err) = file::save_text(path, &canonical) {
            eprintln!("{err}");
            all_fine = false;
        }
    }
    if all_fine {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(FAILURE)
    }
}
