//! The command line: the arguments (clap) and the commands that print reports.

pub(crate) mod args;
mod batch;
pub(crate) mod commands;
pub(crate) mod git;
mod loading;
mod output;
mod pager;
mod progress;
mod reviewed;
pub(crate) mod versions;

pub(crate) use args::Cli;

/// What the configuration and the command line set for the printing commands.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    /// The colours of `diff` and the text report.
    pub theme: driftview::report::theme::Theme,
    /// The configuration's pager, if it names one.
    pub pager: Option<String>,
    /// `--review FILE`: the review whose verdicts `report` exports.
    pub review: Option<std::path::PathBuf>,
    /// The dictionaries (`--dictionary`, else FreeDict's by language pair) and the glossary
    /// (`--glossary`) every comparison is given.
    pub knowledge: driftview::Knowledge,
}
