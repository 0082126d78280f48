//! The command line: the arguments (clap, `args.rs`) and one function per command, each in its
//! own file over its own arguments (ripgrep's dispatch): `report.rs`, `diff.rs`, `matrix.rs`,
//! `batch.rs`, the versions' reports (`versions.rs`), `meta.rs` (config, completions, man), and
//! git's external diff (`git.rs`).

mod annotate;
pub(crate) mod args;
mod atomic;
pub(crate) mod back_translate;
mod batch;
mod bounded_lines;
mod diff;
pub(crate) mod git;
mod loading;
mod matrix;
mod meta;
mod output;
mod pager;
mod progress;
mod report;
mod reviewed;
mod reviews;
pub(crate) mod versions;

use std::process::ExitCode;

use anyhow::Result;

pub(crate) use args::Cli;
use args::Command;

use crate::config::Loaded;
use crate::environment::Environment;

/// Runs one command; the exit code follows diff(1) where it compares: 0 same, 1 different.
/// `loaded`: the configuration file as read (`config` prints it merged with the defaults).
pub(crate) fn run(command: Command, env: &Environment, loaded: &Loaded) -> Result<ExitCode> {
    match command {
        Command::Report(args) => report::run(args, env),
        Command::Diff(args) => diff::run(args, env),
        Command::Matrix(args) => matrix::run(args, env),
        Command::Batch(args) => batch::run(&args, env),
        Command::History(args) => versions::history_report(args, env),
        Command::Annotate(args) => annotate::run(&args, env),
        Command::Config => meta::config(loaded, env),
        Command::Reviews => reviews::run(env),
        Command::Completions(args) => meta::completions(args, env),
        Command::Man(args) => meta::man(args, env),
    }
}
