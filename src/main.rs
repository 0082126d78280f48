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

fn load_options(encoding: Option<&str>, max_megabytes: u64) -> anyhow::Result<LoadOptions> {
    let encoding = encoding.map(driftview::load::encoding_for).transpose()?;
    let max_bytes = max_megabytes.saturating_mul(driftview::load::MEGABYTE);
    Ok(LoadOptions {
        encoding,
        max_bytes,
    })
}

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let options = cli.diff.options();
    let result =
        load_options(cli.encoding.as_deref(), cli.max_size).and_then(|load| match cli.command {
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
