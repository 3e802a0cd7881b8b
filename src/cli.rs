//! The command line: `parcours [FILE]` opens the editor; every subcommand works
//! headless (no window, no GPU).
//!
//! Exit codes: 0 on success, 1 when a file is invalid or cannot be written,
//! 2 for a usage mistake (clap uses 2 for its own).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use parcours::export::{self, ExportRequest};
use parcours::model::JourneyMap;
use parcours::{file, interchange, templates};

/// Prints a message on standard error in the language of the user's locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`): French under a French one.
macro_rules! say {
    ($($arg:tt)*) => {
        eprintln!("{}", parcours::lang::translate(&format!($($arg)*), crate::cli::language()))
    };
}

mod export_options;
mod versions;

use export_options::{ExportFormat, GraphicOptions, Target};

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
        /// Replace the output file if it exists, even a read-only one
        #[arg(long)]
        force: bool,
    },
    /// List the templates and examples, one a line: name, then description
    Templates,
    /// Check maps: exit 0 when all are valid, 1 with `path:line:column: message` lines when not
    /// (unresolved merge conflicts included)
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Make a map from a spreadsheet (.csv), a workbook (.xlsx, .xls, .ods) or a
    /// Mermaid journey (.mmd, or the first ```mermaid journey block of a .md file)
    Import {
        file: PathBuf,
        /// The shape of the sheet, when Parcours should not tell it: one row per
        /// card (long), stages across and lanes down (grid), or one row per stage
        /// (columns)
        #[arg(long, value_enum)]
        shape: Option<ShapeArg>,
        /// Where to write the map (a `.journey.ron` file)
        #[arg(long, short)]
        output: PathBuf,
        /// Replace the output file if it exists, even a read-only one
        #[arg(long)]
        force: bool,
    },
    /// Write a map as a PDF, image or SVG (the whole map, or a slide deck with
    /// --slides), or as a spreadsheet or Mermaid diagram
    Export {
        /// The map to export (`*.journey.ron`)
        file: PathBuf,
        /// The format; by default, the output file's extension decides
        #[arg(long, short, value_enum)]
        format: Option<ExportFormat>,
        /// Where to write the export; with --slides as images, `deck.png` becomes
        /// `deck-01.png`, `deck-02.png`, …
        #[arg(long, short)]
        output: PathBuf,
        #[command(flatten)]
        graphic: GraphicOptions,
        /// Leave out the byte-order mark that tells Excel a CSV file is UTF-8
        #[arg(long)]
        no_bom: bool,
        /// Replace read-only outputs, and outputs whose owner cannot be kept
        #[arg(long)]
        force: bool,
    },
    /// Rewrite maps in canonical form, for clean diffs and merges
    Fmt {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Only report files that are not canonical (exit 1), without changing them
        #[arg(long)]
        check: bool,
        /// Rewrite read-only maps, and maps whose owner cannot be kept
        #[arg(long)]
        force: bool,
    },
    /// Show what changed from one map to another: exit 0 when they are the same,
    /// 1 when they differ, 2 when one cannot be read
    Diff {
        /// The map before (the current state, or the older version)
        old: PathBuf,
        /// The map after (the future state, or the newer version)
        new: PathBuf,
        /// Readable lines, or JSON for scripts
        #[arg(long, value_enum, default_value = "text")]
        format: versions::DiffFormat,
    },
    /// Merge two maps made from one base, as a git merge driver: exit 0 when
    /// clean, 1 when conflicts are recorded in the map, 2 when a map cannot be read
    Merge {
        /// The map both sides started from (git's %O)
        base: PathBuf,
        /// Our version (git's %A), which the result replaces unless -o is given
        ours: PathBuf,
        /// Their version (git's %B)
        theirs: PathBuf,
        /// Where to write the merged map instead of over OURS
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Time the editor on synthetic maps of four sizes and print the medians
    /// (use a release build)
    Bench,
    /// Open a map straight in present mode, full screen: → and ← step through
    /// the title, the overview, each stage and the insights; Escape leaves
    Present {
        /// The map to present (`*.journey.ron`)
        file: PathBuf,
        /// Start at this stage (1 is the first) rather than at the title
        #[arg(long)]
        stage: Option<usize>,
    },
    /// Analyse a map: weakest and strongest stages, pain points, opportunities,
    /// channels, automation candidates, drop-outs and metrics
    Insights {
        /// The map to analyse (`*.journey.ron`)
        file: PathBuf,
        /// Markdown tables, JSON for scripts, or CSV for spreadsheets
        #[arg(long, short, value_enum, default_value = "md")]
        format: InsightsFormat,
    },
}

/// How `parcours insights` writes the analysis.
#[derive(Clone, Copy, clap::ValueEnum)]
enum InsightsFormat {
    /// Markdown tables
    Md,
    /// One JSON object
    Json,
    /// One CSV table, a row per figure
    Csv,
}

/// The language of messages: the user's locale's.
fn language() -> parcours::lang::Language {
    parcours::lang::system_language()
}

/// The shapes `--shape` names.
#[derive(Clone, Copy, clap::ValueEnum)]
enum ShapeArg {
    /// A header naming the columns, then one row per card
    Long,
    /// Stages across the first row, one row per lane
    Grid,
    /// One row per stage, lanes across the first row
    Columns,
}

impl ShapeArg {
    fn shape(self) -> interchange::Shape {
        match self {
            Self::Long => interchange::Shape::Long,
            Self::Grid => interchange::Shape::Grid,
            Self::Columns => interchange::Shape::Columns,
        }
    }
}

const FAILURE: u8 = 1;
const USAGE: u8 = 2;

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(mistake) => return command_line_mistake(&mistake),
    };
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
            let language = language();
            for template in templates::CATALOGUE {
                let description = language.template_description(template);
                println!("{:<20} {description}", template.name);
            }
            ExitCode::SUCCESS
        }
        Command::Check { files } => check(&files),
        Command::Fmt {
            files,
            check,
            force,
        } => fmt(&files, check, replacing(force)),
        Command::Import {
            file,
            shape,
            output,
            force,
        } => import(&file, shape.map(ShapeArg::shape), &output, force),
        Command::Export {
            file,
            format,
            output,
            graphic,
            no_bom,
            force,
        } => {
            let Some(format) = format.or_else(|| ExportFormat::of_path(&output)) else {
                say!(
                    "parcours: give --format, or an output ending in .pdf, .png, .jpg, .svg, .csv, .xlsx or .mmd"
                );
                return ExitCode::from(USAGE);
            };
            if no_bom && format != ExportFormat::Csv {
                return usage_mistake("--no-bom applies to csv exports only");
            }
            let text_options = interchange::ExportOptions {
                byte_order_mark: !no_bom,
            };
            export_map(
                &file,
                format,
                &output,
                (graphic, text_options),
                replacing(force),
            )
        }
        Command::Diff { old, new, format } => versions::diff(&old, &new, format),
        Command::Merge {
            base,
            ours,
            theirs,
            output,
        } => versions::merge(&base, &ours, &theirs, output),
        Command::Bench => bench(),
        Command::Present { file, stage } => present(&file, stage),
        Command::Insights { file, format } => insights(&file, format),
    }
}

/// The subcommands' names, as `--help` lists them.
fn subcommand_names() -> String {
    let cli = <Cli as clap::CommandFactory>::command();
    let names: Vec<&str> = cli
        .get_subcommands()
        .map(|command| command.get_name())
        .collect();
    names.join(", ")
}

fn insights(input: &Path, format: InsightsFormat) -> ExitCode {
    let map = match file::load(input) {
        Ok(map) => map,
        Err(err) => {
            say!("{err}");
            return ExitCode::from(FAILURE);
        }
    };
    let analysis = parcours::insights::Insights::of(&map);
    let text = match format {
        InsightsFormat::Md => parcours::insights::markdown::write(&map, &analysis),
        InsightsFormat::Json => parcours::insights::json::write(&map, &analysis),
        InsightsFormat::Csv => parcours::insights::csv::write(&map, &analysis),
    };
    match std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            say!("parcours: the analysis could not be written: {err}");
            ExitCode::from(FAILURE)
        }
    }
}

fn bench() -> ExitCode {
    let measured = parcours::perf::measure_all(std::time::Duration::from_millis(150))
        .and_then(|table| Ok((table, parcours::perf::hostile_rows()?)));
    match measured {
        Ok((table, hostile)) => {
            print!("{table}{hostile}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            say!("parcours: bench: {err}");
            ExitCode::from(FAILURE)
        }
    }
}

/// The window straight in present mode, once the map is known to have the
/// stage asked for.
fn present(file: &Path, stage: Option<usize>) -> ExitCode {
    let map = match file::load(file) {
        Ok(map) => map,
        Err(err) => {
            say!("{err}");
            return ExitCode::from(FAILURE);
        }
    };
    if let Some(number) = stage
        && !(1..=map.stages.len()).contains(&number)
    {
        say!(
            "parcours: {} has no stage {number}; its stages are numbered 1 to {}",
            file.display(),
            map.stages.len()
        );
        return ExitCode::from(USAGE);
    }
    match parcours::ui::present(file, stage) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            say!("parcours: the editor window could not open: {err}");
            ExitCode::from(FAILURE)
        }
    }
}

fn editor(file: Option<&Path>) -> ExitCode {
    if let Some(path) = file
        && !path.exists()
    {
        say!(
            "parcours: {} does not exist; to run a command, use one of: {} (see parcours --help)",
            path.display(),
            subcommand_names()
        );
        return ExitCode::from(USAGE);
    }
    match parcours::ui::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            say!("parcours: the editor window could not open: {err}");
            ExitCode::from(FAILURE)
        }
    }
}

fn new(name: &str, language: &str, output: &Path, force: bool) -> ExitCode {
    let Some(template) = templates::find(name) else {
        say!(
            "parcours: {}",
            templates::TemplateError::UnknownName(name.to_owned())
        );
        return ExitCode::from(USAGE);
    };
    let map = match template.instantiate(language) {
        Ok(map) => map,
        Err(err @ templates::TemplateError::NoSuchLanguage { .. }) => {
            say!("parcours: {err}");
            return ExitCode::from(USAGE);
        }
        Err(err) => {
            say!("{err}");
            return ExitCode::from(FAILURE);
        }
    };
    write_new_map(&map, output, force)
}

/// Writes a new map, refusing to replace a file unless asked to.
fn write_new_map(map: &JourneyMap, output: &Path, force: bool) -> ExitCode {
    if output.exists() && !force {
        say!(
            "parcours: {} already exists; pass --force to replace it",
            output.display()
        );
        return ExitCode::from(FAILURE);
    }
    match file::save_text_with(output, &file::to_ron(map), replacing(force)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => save_failed(&err),
    }
}

/// `--force` as the rule for replacing protected files.
fn replacing(force: bool) -> file::Replace {
    if force {
        file::Replace::Forced
    } else {
        file::Replace::Guarded
    }
}

/// Explains a failed save, with the option that would have let it go ahead.
fn save_failed(error: &file::SaveError) -> ExitCode {
    say!("{error}");
    suggest_force(error);
    ExitCode::from(FAILURE)
}

/// Names `--force` when it would have let a refused save go ahead.
fn suggest_force(error: &file::SaveError) {
    if error.needs_force() {
        say!("parcours: pass --force to replace it anyway");
    }
}

fn import(input: &Path, shape: Option<interchange::Shape>, output: &Path, force: bool) -> ExitCode {
    if interchange::Format::of_path(input).is_none() {
        say!(
            "parcours: {} is not a {} file",
            input.display(),
            parcours::formats::importable_extensions_in_words()
        );
        return ExitCode::from(USAGE);
    }
    match interchange::import_with(input, interchange::ImportOptions { shape }) {
        Ok(map) => write_new_map(&map, output, force),
        Err(err) => {
            say!("{err}");
            ExitCode::from(FAILURE)
        }
    }
}

fn export_map(
    input: &Path,
    format: ExportFormat,
    output: &Path,
    (options, text_options): (GraphicOptions, interchange::ExportOptions),
    replace: file::Replace,
) -> ExitCode {
    let ignored = options.ignored(format);
    if !ignored.is_empty() {
        for reason in &ignored {
            say!("parcours: {reason}");
        }
        return ExitCode::from(USAGE);
    }
    let map = match file::load(input) {
        Ok(map) => map,
        Err(err) => {
            say!("{err}");
            return ExitCode::from(FAILURE);
        }
    };
    let graphic = match format.target() {
        Target::Graphic(graphic) => graphic,
        Target::Exchange(exchange) => {
            if let Err(mistake) = refuse_replacing_a_map(input, &[output.to_path_buf()]) {
                return usage_mistake(&mistake);
            }
            return export_exchange(&map, exchange, text_options, output, replace);
        }
    };
    let mut request = match options.request(&map, graphic) {
        Ok(request) => request,
        Err(mistake) => return usage_mistake(&mistake),
    };
    request.replace = replace;
    if let Err(mistake) = refuse_replacing_a_map(input, &written_paths(&map, &request, output)) {
        return usage_mistake(&mistake);
    }
    match export::write(&map, &request, output, &export::Progress::default()) {
        Ok(written) => {
            for path in written {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(error @ export::ExportError::ImageSize(_)) => usage_mistake(&error.to_string()),
        Err(error) => {
            say!("parcours: {error}");
            if let export::ExportError::Write(error) = &error {
                suggest_force(error);
            }
            ExitCode::from(FAILURE)
        }
    }
}

/// clap's help and version as they are; its errors in the user's language.
fn command_line_mistake(mistake: &clap::Error) -> ExitCode {
    if !mistake.use_stderr() || language() == parcours::lang::Language::English {
        mistake.exit();
    }
    say!("{}", mistake.render().to_string().trim_end());
    ExitCode::from(USAGE)
}

fn usage_mistake(mistake: &str) -> ExitCode {
    say!("parcours: {mistake}");
    ExitCode::from(USAGE)
}

/// The files a graphic export will write.
fn written_paths(map: &JourneyMap, request: &ExportRequest, output: &Path) -> Vec<PathBuf> {
    let page_count = match (request.format, request.pages) {
        (export::Format::Pdf | export::Format::Pptx | export::Format::Gif, _)
        | (_, export::Pages::WholeMap) => 1,
        (_, export::Pages::Slides) => export::slide_count(map, request),
        (_, export::Pages::Walkthrough) => export::walkthrough_steps(map),
    };
    export::output_paths(output, page_count)
}

/// An export never replaces a map: the one exported, or any other.
fn refuse_replacing_a_map(input: &Path, outputs: &[PathBuf]) -> Result<(), String> {
    let input = file::real_path(input);
    for output in outputs {
        if file::real_path(output) == input {
            return Err(format!(
                "{} is the map being exported; the export would replace it, so give another output",
                output.display()
            ));
        }
        if file::is_map_path(output) && output.exists() {
            return Err(format!(
                "{} is a map; the export would replace it, so give another output",
                output.display()
            ));
        }
    }
    Ok(())
}

fn export_exchange(
    map: &JourneyMap,
    format: interchange::Format,
    options: interchange::ExportOptions,
    output: &Path,
    replace: file::Replace,
) -> ExitCode {
    let bytes = match interchange::export_with(map, format, options) {
        Ok(bytes) => bytes,
        Err(reason) => {
            eprintln!("parcours: {reason}");
            return ExitCode::from(FAILURE);
        }
    };
    let written = match String::from_utf8(bytes) {
        Ok(text) => file::save_text_with(output, &text, replace),
        Err(binary) => {
            let bytes = binary.into_bytes();
            file::write_atomically_with(output, replace, |out| {
                std::io::Write::write_all(out, &bytes)
            })
            .map_err(|error| file::SaveError {
                target: output.display().to_string(),
                error,
            })
        }
    };
    match written {
        Ok(()) => {
            println!("{}", output.display());
            ExitCode::SUCCESS
        }
        Err(error) => save_failed(&error),
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut all_valid = true;
    for path in files {
        match file::load(path) {
            Ok(map) if !versions::report_conflicts(path, &map) => all_valid = false,
            Ok(map) => {
                let language = language();
                let size = language.map_size(map.stages.len(), map.cards.len());
                let line = format!("{}: ok ({size})", path.display());
                println!("{}", parcours::lang::translate(&line, language));
            }
            Err(err) => {
                say!("{err}");
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

fn fmt(files: &[PathBuf], check_only: bool, replace: file::Replace) -> ExitCode {
    let mut all_fine = true;
    for path in files {
        let formatted = file::read_map(path).and_then(|current| {
            let map = file::parse(&current, &path.display().to_string())?;
            Ok((current, file::to_ron(&map)))
        });
        let (current, canonical) = match formatted {
            Ok(texts) => texts,
            Err(err) => {
                say!("{err}");
                all_fine = false;
                continue;
            }
        };
        if current == canonical.as_bytes() {
            continue;
        }
        if check_only {
            say!(
                "{}: not in canonical form; run `parcours fmt` on it",
                path.display()
            );
            all_fine = false;
        } else if let Err(err) = file::save_text_with(path, &canonical, replace) {
            save_failed(&err);
            all_fine = false;
        }
    }
    if all_fine {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(FAILURE)
    }
}
