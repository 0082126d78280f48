//! The command line: the arguments (clap) and the commands that print reports.

pub(crate) mod args;
pub(crate) mod commands;
mod pager;

pub(crate) use args::Cli;
