//! The command line: the arguments (clap) and the commands that print reports.

pub(crate) mod args;
pub(crate) mod commands;

pub(crate) use args::Cli;
