//! The command line: the reader by default, `report`, `diff` and `matrix` subcommands.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use driftview::DiffOptions;

const EXAMPLES: &str = "\
Examples:
  driftview                                  open the reader on the bundled samples
  driftview articles/                        open every text file under a folder
  driftview old.txt new.txt                  open the reader on two versions
  driftview diff old.txt new.txt             side-by-side view, paged by less -R on a terminal
  driftview report old.txt new.txt --format json > drift.json
  driftview matrix articles/                 similarity of every pair
  driftview -- report                        open a file named `report` (or `diff`, `matrix`)
  driftview report <(curl -s URL) new.txt    a pipe or `-` (stdin) for either document

Exit status (report, diff): 0 no differences, 1 differences, 2 trouble.";

/// Compare versions of an article sentence by sentence and see what drifted.
#[derive(Debug, Parser)]
#[command(name = "driftview", version, after_help = EXAMPLES)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders to open in the reader (none: the bundled samples); `-` reads stdin.
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub diff: DiffFlags,
    /// Decode every file with this encoding instead of detecting it (e.g. windows-1251,
    /// koi8-r, latin1, shift_jis, gbk, utf-16le).
    #[arg(long, global = true, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Refuse documents larger than this many mebibytes (MiB, 1,048,576 bytes: a guard
    /// against endless streams and files too big to compare in memory).
    #[arg(
        long,
        global = true,
        value_name = "MiB",
        default_value_t = driftview::load::DEFAULT_MAX_BYTES / driftview::load::MEGABYTE,
        value_parser = clap::value_parser!(u64).range(1..=1_000_000)
    )]
    pub max_size: u64,
    /// The documents' languages instead of detecting them: one code for all (`es`), or one per
    /// document in the order given (`en,es`, also written `old=en,new=es`). Two languages
    /// that differ align a source with its translation. ISO 639-1 or 639-3 codes, or names.
    #[arg(long, global = true, value_name = "CODES", value_parser = parse_languages)]
    pub lang: Option<Languages>,
}

/// The languages `--lang` names, in order (one value to clap, not a list of values).
#[derive(Debug, Clone)]
pub(crate) struct Languages(pub Vec<driftview::segment::Language>);

/// `en`, `en,es` or `old=en,new=es` as languages in order.
fn parse_languages(text: &str) -> Result<Languages, String> {
    text.split(',')
        .map(|part| {
            let code = part
                .trim()
                .strip_prefix("old=")
                .or_else(|| part.trim().strip_prefix("new="))
                .unwrap_or(part.trim());
            driftview::segment::Language::from_code(code).ok_or_else(|| {
                format!("unknown language '{code}' (use a code such as en, es or de, or a name)")
            })
        })
        .collect::<Result<_, _>>()
        .map(Languages)
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Write the aligned comparison and findings of two documents.
    Report {
        /// The reference version (an original, or the earlier version); `-` reads stdin.
        old: PathBuf,
        /// The version compared against it (a translation, a later version); `-` reads stdin.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Print only the drift findings.
        #[arg(long)]
        findings_only: bool,
        #[command(flatten)]
        view: ViewFlags,
    },
    /// Print a coloured side-by-side (or inline) view of two documents.
    Diff {
        /// The reference version, shown on the left; `-` reads stdin.
        old: PathBuf,
        /// The version compared against it, shown on the right; `-` reads stdin.
        new: PathBuf,
        /// One column with changes marked inline, instead of two.
        #[arg(long)]
        inline: bool,
        #[command(flatten)]
        view: ViewFlags,
    },
    /// Print the similarity of every pair of documents.
    Matrix {
        /// Files or folders (none: the bundled samples).
        paths: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum FormatArg {
    Json,
    Markdown,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Narrower than this, two columns with a gutter and a separator hold a word or two a line.
pub(crate) const MIN_WIDTH: u64 = 20;
/// Wider than any terminal; a larger number is a typo.
const MAX_WIDTH: u64 = 100_000;

#[derive(Debug, Args)]
pub(crate) struct ViewFlags {
    /// Total width in columns, at least 20 (default: the terminal's; in a pipe $COLUMNS, else
    /// 120).
    #[arg(long, value_parser = clap::value_parser!(u64).range(MIN_WIDTH..=MAX_WIDTH))]
    pub width: Option<u64>,
    /// When to colour the output; `auto` honours NO_COLOR and whether stdout is a terminal.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Write to stdout even on a terminal, instead of through $DRIFTVIEW_PAGER, $PAGER or
    /// `less -R`.
    #[arg(long)]
    pub no_pager: bool,
    /// Show only the rows that differ, with N unchanged rows around them; the rest fold into
    /// one line each.
    #[arg(long, short = 'U', value_name = "N")]
    pub context: Option<usize>,
}

#[derive(Debug, Args, Clone, Copy)]
pub(crate) struct DiffFlags {
    /// Treat upper and lower case as equal.
    #[arg(long, short = 'i', global = true)]
    pub ignore_case: bool,
    /// Leave punctuation out of the word comparison.
    #[arg(long, short = 'p', global = true)]
    pub ignore_punctuation: bool,
    /// Count differences in spacing between words as changes.
    #[arg(long, global = true)]
    pub exact_whitespace: bool,
}

impl DiffFlags {
    pub(crate) fn options(&self) -> DiffOptions {
        DiffOptions {
            ignore_case: self.ignore_case,
            ignore_punctuation: self.ignore_punctuation,
            ignore_whitespace: !self.exact_whitespace,
        }
    }
}
