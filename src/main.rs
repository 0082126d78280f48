//! The `driftview` binary: parse the command line, then run a report or open the reader.

mod cli;
mod commands;
mod tui;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let options = cli.diff.options();
    let result = match cli.command {
        Some(command) => commands::run(command, options),
        None => tui::run(&cli.paths, options),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("driftview: {e:#}");
            ExitCode::from(2)
        }
    }
}
