//! The command line: the reader by default, `report`, `diff` and `matrix` subcommands.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use driftview::report::theme::Theme;
use driftview::review::Verdict;
use driftview::{DiffOptions, FindingKind, Severity};

const EXAMPLES: &str = "\
Examples:
  driftview                                  open the reader on the bundled samples
  driftview articles/                        open every text file under a folder
  driftview old.txt new.txt                  open the reader on two versions
  driftview left/ right/                     two folders: the files of each side paired by path
  driftview --roundtrip en.txt es.txt back.txt   original | translation | back-translation
  driftview en.txt es.txt --back-translate 'apertium spa-eng'   the same, back-translated now
  driftview diff old.txt new.txt             side-by-side view, paged by less -R on a terminal
  driftview report old.txt new.txt --format json > drift.json
  driftview matrix articles/                 similarity of every pair
  driftview batch pairs.tsv > reports.jsonl  many pairs, one JSON line each, on every core
  driftview config > ~/.config/driftview/config.toml
  driftview reviews                          the review files the reader keeps, newest first
  git -c diff.external=driftview diff        git's changes, side by side
  driftview -- report                        open a file named `report` (or `diff`, …)
  driftview report <(curl -s URL) new.txt    a pipe or `-` (stdin) for either document

Exit status (report, diff): 0 no differences, 1 differences, 2 trouble.";

const REPORT_EXAMPLES: &str = "\
Examples:
  driftview report old.txt new.txt                    summary, findings, side by side
  driftview report old.txt new.txt --format json > drift.json
  driftview report old.txt new.txt --format markdown --findings-only
  driftview report source.txt translation.txt --lang en,es
  driftview report de.po                              a PO (or XLIFF) file's messages checked
  driftview report original.txt translation.txt back.txt    a round trip: where drift entered
  driftview report v1.txt v2.txt v3.txt --history --format json";

const DIFF_EXAMPLES: &str = "\
Examples:
  driftview diff old.txt new.txt                side by side, paged on a terminal
  driftview diff old.txt new.txt -U 1           only the rows that differ, one row around
  driftview diff old.txt new.txt --inline -i    one column, case ignored
  driftview diff a.txt b.txt --theme colour-blind --color always | less -R";

const MATRIX_EXAMPLES: &str = "\
Examples:
  driftview matrix articles/                    a table of similarities
  driftview matrix articles/ --format csv > similarity.csv
  driftview matrix a.txt b.txt c.txt --format json";

const BATCH_EXAMPLES: &str = "\
Examples:
  driftview batch pairs.tsv > reports.jsonl           old<TAB>new per line
  driftview batch pairs.jsonl --summary               {\"old\": …, \"new\": …} per line
  find v1 -name '*.txt' | sed 's|^v1/\\(.*\\)|v1/\\1\\tv2/\\1|' | driftview batch -
  parallel --pipe -N1000 driftview batch - < pairs.tsv   spread over processes (GNU parallel)

Exit status: 0 every pair compared, 2 some pair failed (its line says why).";

const HISTORY_EXAMPLES: &str = "\
Examples:
  driftview history story.txt                   every commit of a file in git, in the reader
  driftview history v1.txt v2.txt v3.txt        versions in order
  driftview history drafts/ --by-time           a folder's files, oldest first
  driftview history story.txt --format json > history.json

Keys in the reader: < and > the previous and next pair of versions.";

const ANNOTATE_EXAMPLES: &str = "\
Examples:
  driftview de.po                        review it in the reader (x, a, v, c)
  driftview annotate de.po               then: de.reviewed.po, each verdict a `# driftview:` comment
  driftview annotate de.po --in-place    into de.po itself
  driftview annotate app.xlf -o out.xlf  XLIFF: a <note> per verdict
  driftview annotate de.po --unreviewed  every finding, reviewed or not";

const CONFIG_EXAMPLES: &str = "\
Examples:
  driftview config                              the settings in force, as TOML
  driftview config > ~/.config/driftview/config.toml
  driftview --config my.toml config             what a given file sets";

/// Compare versions of an article sentence by sentence and see what drifted.
#[derive(Debug, Parser)]
#[command(name = "driftview", version, after_help = EXAMPLES)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders to open in the reader (none: the bundled samples); `-` reads stdin.
    pub paths: Vec<PathBuf>,
    /// Open three documents as a round trip in three panes: original | translation |
    /// back-translation, with each finding saying where its drift entered.
    #[arg(long)]
    pub roundtrip: bool,
    /// Make the back-translation with this command (e.g. "apertium spa-eng"), which reads the
    /// translation on stdin and writes the back-translation on stdout: an original and its
    /// translation open (or `report`) as a round trip. The output is kept beside the reviews
    /// and made again when the translation or the command changes.
    #[arg(long, global = true, value_name = "COMMAND")]
    pub back_translate: Option<String>,
    /// How long the --back-translate command may run before it is stopped.
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 300,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub back_translate_timeout: u64,
    #[command(flatten)]
    pub diff: DiffFlags,
    /// Decode every file with this encoding instead of detecting it (e.g. windows-1251,
    /// koi8-r, latin1, shift_jis, gbk, utf-16le), or one per document in the order given
    /// (`utf-16le,latin1`, also written `old=utf-16le,new=latin1`; `auto` detects).
    #[arg(long, global = true, value_name = "NAMES")]
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
    /// The documents' languages instead of detecting them: one code for all (`es`), one per
    /// document in the order given (`en,es`), or by side (`new=es,old=en`; `new=es` alone
    /// names one side, the other is detected). Two languages
    /// that differ align a source with its translation. ISO 639-1 or 639-3 codes, or names.
    #[arg(long, global = true, value_name = "CODES", value_parser = parse_languages)]
    pub lang: Option<Languages>,
    /// Colours of the reader, `diff` and the text report: colour, colour-blind or none
    /// (default: the configuration's, else colour; none under NO_COLOR).
    #[arg(long, global = true, value_name = "NAME", value_parser = parse_theme)]
    pub theme: Option<Theme>,
    /// The review file of the two documents (the reader saves verdicts and notes in it;
    /// `report` exports them). Default in the reader: one per pair in driftview's data folder
    /// ($XDG_DATA_HOME/driftview/reviews/).
    #[arg(long, global = true, value_name = "FILE")]
    pub review: Option<PathBuf>,
    /// The documents are already one sentence per line, as sentence aligners (hunalign,
    /// Vecalign, Bertalign) take them: each non-blank line is one sentence, never split or
    /// joined, and no line break is reflowed.
    #[arg(long, global = true)]
    pub segmented: bool,
    /// A bilingual dictionary for aligning a source with its translation: TSV (a word, a tab,
    /// its translations) or a dictd database (.index); `none` turns off the FreeDict
    /// dictionaries found under /usr/share/dictd by language pair.
    #[arg(long, global = true, value_name = "FILE")]
    pub dictionary: Option<PathBuf>,
    /// A glossary (TSV: a source term, a tab, its required translation; `a|b` for either):
    /// each term whose translation is missing from its row is a finding.
    #[arg(long, global = true, value_name = "FILE")]
    pub glossary: Option<PathBuf>,
    /// Read the configuration from this file (default: $DRIFTVIEW_CONFIG, else
    /// $XDG_CONFIG_HOME/driftview/config.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

fn parse_theme(name: &str) -> Result<Theme, String> {
    Theme::named(name)
        .ok_or_else(|| format!("unknown theme '{name}' (colour, colour-blind or none)"))
}

/// The languages `--lang` names, one per document in order (`None`: detected); one code
/// alone is every document's (one value to clap, not a list of values).
#[derive(Debug, Clone)]
pub(crate) struct Languages(pub Vec<Option<driftview::text::Language>>);

/// `en`, `en,es`, or `old=en,new=es` in either order (`new=es` alone names only the new
/// side), as languages by document.
fn parse_languages(text: &str) -> Result<Languages, String> {
    let mut by_document: Vec<Option<driftview::text::Language>> = Vec::new();
    for (k, part) in text.split(',').enumerate() {
        let part = part.trim();
        let (index, code) = match part.split_once('=') {
            Some(("old", code)) => (0, code),
            Some(("new", code)) => (1, code),
            Some((side, _)) => {
                return Err(format!(
                    "'{side}=' names no document (use old= and new=, or codes in order)"
                ));
            }
            None => (k, part),
        };
        let language = driftview::text::Language::from_code(code.trim()).ok_or_else(|| {
            format!("unknown language '{code}' (use a code such as en, es or de, or a name)")
        })?;
        // A named side is that side's alone: `old=en` does not name the new one too.
        let len = if part.contains('=') { 2 } else { index + 1 };
        if by_document.len() < len {
            by_document.resize(len, None);
        }
        by_document[index] = Some(language);
    }
    Ok(Languages(by_document))
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Write the aligned comparison and findings of two documents.
    #[command(after_help = REPORT_EXAMPLES)]
    Report(ReportArgs),
    /// Print a coloured side-by-side (or inline) view of two documents.
    #[command(after_help = DIFF_EXAMPLES)]
    Diff(DiffArgs),
    /// Print the similarity of every pair of documents.
    #[command(after_help = MATRIX_EXAMPLES)]
    Matrix(MatrixArgs),
    /// Compare many pairs listed in a file, one JSON line per pair, in the list's order.
    #[command(after_help = BATCH_EXAMPLES)]
    Batch(BatchArgs),
    /// Read versions of one text in order: each compared with the one before, a sentence's
    /// history under the cursor. One file: its versions in git.
    #[command(after_help = HISTORY_EXAMPLES)]
    History(HistoryArgs),
    /// Write the review of a PO or XLIFF file into a copy of it: each verdict and note as a
    /// comment on its message (`# driftview: …`) or an XLIFF note, for the translator's editor.
    #[command(after_help = ANNOTATE_EXAMPLES)]
    Annotate(AnnotateArgs),
    /// List the review files the reader keeps: each one's pair, verdicts and notes.
    Reviews,
    /// Print the configuration in force (defaults merged with the file) as TOML.
    #[command(after_help = CONFIG_EXAMPLES)]
    Config,
    /// Print a shell's completion script.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff) of driftview, or of one of its commands.
    #[command(after_help = MAN_EXAMPLES)]
    Man(ManArgs),
}

/// `driftview annotate`.
#[derive(Debug, Args)]
pub(crate) struct AnnotateArgs {
    /// The PO or XLIFF file reviewed (in the reader, or with `--review FILE`).
    pub file: PathBuf,
    /// Where to write the copy (default: beside the file, `.reviewed` before its extension:
    /// de.po gives de.reviewed.po).
    #[arg(short, long, value_name = "FILE", conflicts_with = "in_place")]
    pub output: Option<PathBuf>,
    /// Write the remarks into the file itself (atomically; an earlier run's remarks replaced).
    #[arg(long)]
    pub in_place: bool,
    /// Also write the findings nobody has given a verdict yet, as a QA tool's remarks.
    #[arg(long)]
    pub unreviewed: bool,
}

/// `driftview report`.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// The reference version (an original, or the earlier version); `-` reads stdin. Alone,
    /// a PO or XLIFF file: its sources against their translations, entry by entry.
    pub old: PathBuf,
    /// The version compared against it (a translation, a later version); `-` reads stdin.
    pub new: Option<PathBuf>,
    /// More versions: three whose middle one is in another language are a round trip
    /// (original, translation, back-translation), others versions in order.
    pub more: Vec<PathBuf>,
    /// The documents are versions in order, each compared with the one before.
    #[arg(long, conflicts_with = "roundtrip")]
    pub history: bool,
    /// The three documents are a round trip: original, translation, back-translation.
    #[arg(long)]
    pub roundtrip: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Print only the drift findings.
    #[arg(long)]
    pub findings_only: bool,
    /// Only findings of this severity or graver (low, medium, high).
    #[arg(long, value_name = "SEVERITY", value_parser = severities())]
    pub min_severity: Option<Severity>,
    /// Only findings of these kinds (e.g. `number,name`).
    #[arg(long, value_delimiter = ',', value_name = "KINDS", value_parser = kinds())]
    pub kind: Vec<FindingKind>,
    /// With --review: only findings with these verdicts (error, acceptable, verified,
    /// unreviewed).
    #[arg(long, value_delimiter = ',', value_name = "VERDICTS", value_parser = verdicts())]
    pub verdict: Vec<Option<Verdict>>,
    /// With --format csv: begin with a UTF-8 byte order mark, so that spreadsheet programs
    /// (Excel) read accented text right.
    #[arg(long)]
    pub bom: bool,
    #[command(flatten)]
    pub view: ViewFlags,
}

/// `driftview diff`.
#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The reference version, shown on the left; `-` reads stdin.
    pub old: PathBuf,
    /// The version compared against it, shown on the right; `-` reads stdin.
    pub new: PathBuf,
    /// One column with changes marked inline, instead of two.
    #[arg(long)]
    pub inline: bool,
    #[command(flatten)]
    pub view: ViewFlags,
}

/// `driftview matrix`.
#[derive(Debug, Args)]
pub(crate) struct MatrixArgs {
    /// Files or folders (none: the bundled samples).
    pub paths: Vec<PathBuf>,
    /// Output format: an aligned table, or data for a spreadsheet or a script.
    #[arg(long, value_enum, default_value_t = MatrixFormatArg::Text)]
    pub format: MatrixFormatArg,
    /// With --format csv or tsv: begin with a UTF-8 byte order mark, so that spreadsheet
    /// programs (Excel) read accented text right.
    #[arg(long)]
    pub bom: bool,
}

/// `driftview batch`.
#[derive(Debug, Args)]
pub(crate) struct BatchArgs {
    /// The pairs: `old<TAB>new` per line, or JSON lines `{"old": "a.txt", "new": "b.txt"}`;
    /// `-` reads stdin. Blank lines and lines starting with `#` are passed over.
    pub pairs: PathBuf,
    /// Each line carries only the pair's findings.
    #[arg(long, conflicts_with = "summary")]
    pub findings_only: bool,
    /// Each line carries only the pair's counts and similarity.
    #[arg(long)]
    pub summary: bool,
}

/// `driftview history`.
#[derive(Debug, Args)]
pub(crate) struct HistoryArgs {
    /// The versions, oldest first; a folder: its files by name (or --by-time); one file:
    /// every commit of it in git (renames followed).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// A folder's files in the order of their modification time instead of their names.
    #[arg(long)]
    pub by_time: bool,
    /// Write a report in this format instead of opening the reader.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// With --format: print only the findings.
    #[arg(long)]
    pub findings_only: bool,
    #[command(flatten)]
    pub view: ViewFlags,
}

/// `driftview completions`.
#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
}

/// `driftview man`.
#[derive(Debug, Args)]
pub(crate) struct ManArgs {
    /// The command whose page to print (`report` prints driftview-report(1)); none: the
    /// page of driftview itself.
    pub command: Option<String>,
}

const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  driftview completions bash > ~/.local/share/bash-completion/completions/driftview
  driftview completions zsh > ~/.zfunc/_driftview      (with fpath+=~/.zfunc in ~/.zshrc)
  driftview completions fish > ~/.config/fish/completions/driftview.fish";

const MAN_EXAMPLES: &str = "\
Examples:
  driftview man > ~/.local/share/man/man1/driftview.1
  for c in report diff matrix batch config completions man; do
    driftview man $c > ~/.local/share/man/man1/driftview-$c.1; done
  driftview man report | man -l -";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MatrixFormatArg {
    Text,
    Json,
    Csv,
    Tsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    Json,
    Markdown,
    Text,
    /// The findings (with their verdicts and notes under --review), one line each.
    Csv,
    /// The alignment as Vecalign's ladder: `[i, j]:[k]` per row, sentences numbered from 0.
    Ladder,
    /// The alignment as a bitext: each row's source and translation, tab-separated.
    Bitext,
    /// The alignment as a TMX 1.4 translation memory: one unit per row with both sides.
    Tmx,
}

/// A value parser over names the library gives its values (`label`), so that a new finding
/// kind, severity or verdict is written once, in the library, and the command line, its help
/// and the reports spell it alike.
fn labelled<T: Copy + Send + Sync + 'static>(
    values: Vec<T>,
    label: fn(T) -> &'static str,
) -> impl TypedValueParser<Value = T> {
    let names: Vec<&'static str> = values.iter().map(|&v| label(v)).collect();
    PossibleValuesParser::new(names).map(move |name| {
        *values
            .iter()
            .find(|&&v| label(v) == name)
            .expect("clap accepts only the names listed")
    })
}

/// `--kind`: the library's finding kinds.
fn kinds() -> impl TypedValueParser<Value = FindingKind> {
    labelled(FindingKind::ALL.to_vec(), FindingKind::label)
}

/// `--min-severity`: the library's severities, the mildest first.
fn severities() -> impl TypedValueParser<Value = Severity> {
    labelled(Severity::ALL.into_iter().rev().collect(), Severity::label)
}

/// The word `--verdict` takes for a finding no one has judged yet.
const UNREVIEWED: &str = "unreviewed";

/// `--verdict`: the library's verdicts, and `unreviewed` for none.
fn verdicts() -> impl TypedValueParser<Value = Option<Verdict>> {
    let values: Vec<Option<Verdict>> = Verdict::ALL.map(Some).into_iter().chain([None]).collect();
    labelled(values, |v| v.map_or(UNREVIEWED, Verdict::label))
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
