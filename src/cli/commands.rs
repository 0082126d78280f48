//! The non-interactive subcommands: `report`, `diff` and `matrix`.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Result, anyhow};

use driftview::load::LoadOptions;
use driftview::load::{self as corpus, samples};
use driftview::report::{self, Format, TextOptions};
use driftview::{Comparison, DiffOptions, Document, LoadError, compare};

use super::args::{ColorArg, Command, FormatArg, MIN_WIDTH, ViewFlags};
use super::pager::{Pager, pager_command};

/// Runs one subcommand; the exit code follows diff(1): 0 same, 1 different.
pub(crate) fn run(command: Command, options: DiffOptions, load: &LoadOptions) -> Result<ExitCode> {
    match command {
        Command::Report {
            old,
            new,
            format,
            findings_only,
            view,
        } => {
            let cmp = load_pair(&old, &new, options, load)?;
            let format = match format {
                FormatArg::Json => Format::Json,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Text => Format::Text,
            };
            // The report's view numbers its rows, as its findings name them.
            let text = text_options(&view, false, true);
            emit(&view, |out| match (format, findings_only) {
                (Format::Json, false) => report::json::write(out, &cmp),
                (Format::Json, true) => report::json::write_findings(out, &cmp),
                (Format::Markdown, false) => report::markdown::write(out, &cmp),
                (Format::Markdown, true) => report::markdown::write_findings(out, &cmp),
                (Format::Text, false) => report::side_by_side::write_report(out, &cmp, &text),
                (Format::Text, true) => report::side_by_side::write_findings(out, &cmp),
            })?;
            Ok(status(cmp))
        }
        Command::Diff {
            old,
            new,
            inline,
            view,
        } => {
            let cmp = load_pair(&old, &new, options, load)?;
            let text = text_options(&view, inline, false);
            // Like diff(1): identical documents print nothing.
            if cmp.stats.has_differences() {
                emit(&view, |out| report::side_by_side::write(out, &cmp, &text))?;
            }
            Ok(status(cmp))
        }
        Command::Matrix { paths } => {
            let docs = load_many(&paths, load)?;
            emit(&NO_PAGER, |out| report::matrix::write(out, &docs, options))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The exit status for a finished comparison, which is then left to the operating system:
/// freeing a whole book's rows one allocation at a time only delays the exit.
fn status(cmp: Comparison) -> ExitCode {
    let code = ExitCode::from(u8::from(cmp.stats.has_differences()));
    std::mem::forget(cmp);
    code
}

fn load_pair(
    old: &Path,
    new: &Path,
    options: DiffOptions,
    load: &LoadOptions,
) -> Result<Comparison> {
    if old == Path::new("-") && new == Path::new("-") {
        return Err(anyhow!(
            "only one of the two documents can be read from stdin"
        ));
    }
    let (old, new) = rayon::join(|| load_one(old, load), || load_one(new, load));
    let (mut old, mut new) = (old?, new?);
    load.name_language(0, &mut old);
    load.name_language(1, &mut new);
    Ok(compare(Arc::new(old), Arc::new(new), options))
}

/// One side of a pair. An empty file (or `/dev/null`, as git passes for an added or deleted
/// file) is a document with no sentences, as diff(1) and git read it.
fn load_one(path: &Path, load: &LoadOptions) -> Result<Document, LoadError> {
    let doc = match corpus::load_file_or_stdin(path, load) {
        Err(LoadError::Empty(path)) => Ok(Document::from_text(path, "")),
        other => other,
    }?;
    warn(&doc);
    Ok(doc)
}

/// What reading a document had to mend, on stderr.
fn warn(doc: &Document) {
    if let Some(warning) = &doc.warning {
        eprintln!("driftview: warning: {warning}");
    }
}

fn load_many(paths: &[PathBuf], load: &LoadOptions) -> Result<Vec<Document>> {
    let loaded = samples::or_load(paths, load);
    for e in &loaded.errors {
        eprintln!("driftview: {e}");
    }
    if let Some(line) = loaded.skipped_line() {
        eprintln!("driftview: {line}");
    }
    loaded.documents.iter().for_each(warn);
    if loaded.documents.is_empty() {
        return Err(anyhow!("no documents to compare"));
    }
    Ok(loaded.documents)
}

/// The width of `diff` and the text report when nothing says otherwise.
const DEFAULT_WIDTH: usize = 120;

fn text_options(view: &ViewFlags, inline: bool, numbered: bool) -> TextOptions {
    let stdout = io::stdout();
    // --width, else the terminal's, else $COLUMNS (a pager or a script may set it), else 120.
    let width = view.width.map_or_else(
        || {
            let size = ratatui::crossterm::terminal::size().ok();
            let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
            size.filter(|_| stdout.is_terminal())
                .map(|(w, _)| usize::from(w))
                .or(columns.filter(|&c: &usize| c as u64 >= MIN_WIDTH))
                .unwrap_or(DEFAULT_WIDTH)
        },
        |w| usize::try_from(w).unwrap_or(usize::MAX),
    );
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match view.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => !no_color && stdout.is_terminal(),
    };
    TextOptions {
        width: width.max(MIN_WIDTH as usize),
        color,
        inline,
        context: view.context,
        numbered,
    }
}

/// The matrix is short: never paged.
const NO_PAGER: ViewFlags = ViewFlags {
    width: None,
    color: ColorArg::Auto,
    no_pager: true,
    context: None,
};

/// Writes the output through the pager on a terminal (unless `--no-pager`), else to stdout
/// through a buffer; a closed pipe (`| head`) ends the output quietly.
fn emit(view: &ViewFlags, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    if let Some(pager) = pager_command(view.no_pager).and_then(|words| Pager::start(&words)) {
        return Ok(pager.page(write)?);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
