//! The `driftview` binary: parse the command line, read the configuration, then run a
//! command, git's external diff, or the reader.

mod cli;
mod config;
mod environment;
mod tui;

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use driftview::Knowledge;
use driftview::knowledge::{Chosen, Dictionary, Glossary, Shelf};
use driftview::load::LoadOptions;
use driftview::report::theme::Theme;
use driftview::text::visible;
use environment::{Environment, ReviewPlaces};

/// A comparison makes millions of small allocations (tokens, ops, findings) from two threads;
/// mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn load_options(cli: &cli::Cli) -> anyhow::Result<LoadOptions> {
    let (encoding, encodings) = match cli.encoding.as_deref() {
        Some(named) => driftview::load::encodings_named(named)?,
        None => (None, Vec::new()),
    };
    let max_bytes = cli.max_size.saturating_mul(driftview::load::MEGABYTE);
    Ok(LoadOptions {
        encoding,
        encodings,
        max_bytes,
        languages: cli.lang.clone().map(|l| l.0).unwrap_or_default(),
        segmented: cli.segmented,
    })
}

/// The theme in force: `--theme`, else the configuration's, else none under `NO_COLOR`
/// (a user's own setting overrides NO_COLOR, as no-color.org asks), else colour.
fn theme(cli: &cli::Cli, loaded: &config::Loaded, no_color: bool) -> Theme {
    cli.theme
        .or(loaded.config.chosen_theme())
        .unwrap_or(if no_color { Theme::NONE } else { Theme::COLOUR })
}

/// Where the reader keeps reviews: `--review FILE` for the two documents named, every other
/// pair in driftview's data folder (`$XDG_DATA_HOME/driftview`, by default
/// `~/.local/share/driftview`).
fn review_places(cli: &cli::Cli) -> ReviewPlaces {
    use etcetera::BaseStrategy;
    let explicit = match (&cli.review, cli.paths.as_slice()) {
        (Some(file), [old, new]) => Some((old.clone(), new.clone(), file.clone())),
        _ => None,
    };
    let data_dir = etcetera::choose_base_strategy()
        .ok()
        .map(|b| b.data_dir().join("driftview"));
    ReviewPlaces {
        explicit,
        data_dir,
        fallback_dir: std::env::temp_dir(),
    }
}

/// Where Debian installs FreeDict's dictd databases (`dict-freedict-eng-spa`), searched by
/// language pair unless `--dictionary` names one file or `none`.
const DICTD_DIR: &str = "/usr/share/dictd";

/// The glossary `--glossary` names; each bad line is one line on stderr naming the file and
/// the line, and is left out (the first few named, the rest counted).
fn read_glossary(path: &Path) -> anyhow::Result<Glossary> {
    const NAMED: usize = 5;
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("{}: cannot read the glossary: {e}", path.display()))?;
    let (glossary, problems) = Glossary::parse(&text);
    // A file name is printed as every error prints it: control characters made visible.
    let name = path.display().to_string();
    let name = visible(&name);
    for problem in problems.iter().take(NAMED) {
        eprintln!("driftview: {name}: {problem}; left out");
    }
    if problems.len() > NAMED {
        eprintln!(
            "driftview: {name}: {} more lines left out",
            problems.len() - NAMED
        );
    }
    Ok(glossary)
}

/// What every comparison of this run knows besides its documents: `--dictionary` (a file, or
/// `none`; by default FreeDict's for each language pair under [`DICTD_DIR`]) and `--glossary`.
fn knowledge(cli: &cli::Cli) -> anyhow::Result<Knowledge> {
    let dictionaries = match &cli.dictionary {
        Some(path) if path.as_os_str() == "none" => Shelf::Empty,
        Some(path) => {
            let dictionary =
                Dictionary::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            Shelf::One(Chosen {
                dictionary: Arc::new(dictionary),
                path: path.clone(),
            })
        }
        None => Shelf::folder(DICTD_DIR),
    };
    let glossary = cli.glossary.as_deref().map(read_glossary).transpose()?;
    Ok(Knowledge {
        dictionaries: Arc::new(dictionaries),
        glossary: glossary.map(Arc::new),
    })
}

/// The run's environment, from the command line, the configuration and the variables.
fn environment(cli: &cli::Cli, loaded: &config::Loaded) -> anyhow::Result<Environment> {
    let mut options = cli.diff.options();
    let defaults = loaded.config.diff;
    options.ignore_case |= defaults.ignore_case;
    options.ignore_punctuation |= defaults.ignore_punctuation;
    options.ignore_whitespace &= !defaults.exact_whitespace;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    Ok(Environment {
        options,
        load: load_options(cli)?,
        knowledge: knowledge(cli)?,
        theme: theme(cli, loaded, no_color),
        no_color,
        pager: loaded.config.pager.clone(),
        review: cli.review.clone(),
        review_places: review_places(cli),
        scoring: loaded.config.scoring.clone(),
        advance: loaded.config.advance,
        keys: loaded.config.keys.clone(),
        list_width: loaded.config.list_width,
        notice: loaded.warnings.first().map(|w| format!("config: {w}")),
    })
}

/// `--back-translate COMMAND`: the original and translation named become a round trip whose
/// third document the command makes (in the reader, or `report`).
fn with_back_translation(
    mut cli: cli::Cli,
    command: &str,
    env: &Environment,
) -> anyhow::Result<cli::Cli> {
    let places = &env.review_places;
    let cache_dir = match (&places.explicit, &places.data_dir) {
        (Some((_, _, file)), _) => file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."))
            .to_path_buf(),
        (None, Some(data)) => data.join("back-translations"),
        (None, None) => places.fallback_dir.join("driftview-back-translations"),
    };
    let how = cli::back_translate::BackTranslation {
        command: command.to_string(),
        timeout: std::time::Duration::from_secs(cli.back_translate_timeout),
        cache_dir,
    };
    let refused = || {
        anyhow::anyhow!(
            "--back-translate makes a round trip of an original and its translation: name those two files (and no --roundtrip or --history)"
        )
    };
    match &mut cli.command {
        None if cli.paths.len() == 2 && !cli.roundtrip => {
            let back = cli::back_translate::back_translate(&cli.paths[1], &how, &env.load)?;
            cli.paths.push(back);
            cli.roundtrip = true;
        }
        Some(cli::args::Command::Report(args))
            if args.more.is_empty() && !args.history && !args.roundtrip =>
        {
            let translation = args.new.as_ref().ok_or_else(refused)?;
            let back = cli::back_translate::back_translate(translation, &how, &env.load)?;
            args.more.push(back);
            args.roundtrip = true;
        }
        _ => return Err(refused()),
    }
    Ok(cli)
}

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let loaded = config::load(cli.config.as_deref());
    for warning in &loaded.warnings {
        eprintln!("driftview: warning: {}", visible(warning));
    }
    let result = environment(&cli, &loaded).and_then(|env| run(cli, &env, &loaded));
    match result {
        Ok(code) => code,
        Err(e) => {
            // Errors name files: a name's control characters are shown, not sent.
            eprintln!("driftview: {}", visible(&format!("{e:#}")));
            ExitCode::from(2)
        }
    }
}

/// Runs what the command line asks: a command, git's external diff, or the reader.
/// `loaded`: the configuration as read, which `driftview config` prints.
fn run(cli: cli::Cli, env: &Environment, loaded: &config::Loaded) -> anyhow::Result<ExitCode> {
    // `--review` is one pair's record: anywhere else it would be silently ignored.
    let review_applies = match &cli.command {
        Some(cli::args::Command::Report(_) | cli::args::Command::Annotate(_)) => true,
        Some(_) => false,
        None => cli.paths.len() == 2,
    };
    if cli.review.is_some() && !review_applies {
        anyhow::bail!(
            "--review FILE is the review of two documents: use it with `report`, or with the reader on exactly two files"
        );
    }
    let cli = match cli.back_translate.clone() {
        Some(command) => with_back_translation(cli, &command, env)?,
        None => cli,
    };
    match cli.command {
        // Versions without a report format open in the reader.
        Some(cli::args::Command::History(args)) if args.format.is_none() => {
            let (docs, labels) =
                cli::versions::history_documents(&args.paths, args.by_time, &env.load)?;
            tui::run_history(docs, labels, env)
        }
        Some(command) => cli::run(command, env, loaded),
        None if cli::git::is_external_diff(&cli.paths) => cli::git::external_diff(&cli.paths, env),
        None => tui::run(&cli.paths, cli.roundtrip, env),
    }
}
