//! The `driftview` binary: parse the command line, then run a report or open the reader.

mod cli;
mod tui;

use std::process::ExitCode;

use clap::Parser;
use driftview::load::LoadOptions;

/// A comparison makes millions of small allocations (tokens, ops, findings) from two threads;
/// mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn load_options(cli: &cli::Cli) -> anyhow::Result<LoadOptions> {
    let encoding = cli
        .encoding
        .as_deref()
        .map(driftview::load::encoding_for)
        .transpose()?;
    let max_bytes = cli.max_size.saturating_mul(driftview::load::MEGABYTE);
    Ok(LoadOptions {
        encoding,
        max_bytes,
        languages: cli.lang.clone().map(|l| l.0).unwrap_or_default(),
    })
}

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let options = cli.diff.options();
    let result = load_options(&cli).and_then(|load| match cli.command {
        Some(command) => cli::commands::run(command, options, &load),
        None => tui::run(&cli.paths, options, &load),
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("driftview: {e:#}");
            ExitCode::from(2)
        }
    }
}
