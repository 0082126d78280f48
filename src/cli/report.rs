//! `driftview report`: two documents' aligned comparison and findings (text, JSON, markdown,
//! CSV), a PO or XLIFF file's sources against their translations, or three and more versions.

use std::process::ExitCode;

use anyhow::Result;

use driftview::Comparison;
use driftview::report::{self, Format};

use super::args::{FormatArg, ReportArgs};
use super::loading::{load_bilingual_pair, load_pair};
use super::output::{emit, text_options};
use super::reviewed::Filter;
use crate::environment::Environment;

/// The review a pair's report reads: `--review FILE`, or for the markdown and CSV of a pair
/// the file the reader saves that pair's verdicts in, when it has saved one: the verdicts made
/// in the reader are in the report with no flag to find. (The JSON keeps its contract's shape
/// whatever the reader saved; `--review` asks for the review's JSON.)
fn review_file(args: &ReportArgs, env: &Environment) -> Option<std::path::PathBuf> {
    if env.review.is_some() {
        return env.review.clone();
    }
    let new = args.new.as_ref()?;
    let exported = matches!(args.format, FormatArg::Markdown | FormatArg::Csv);
    let single_pair = args.more.is_empty() && !args.history && !args.roundtrip;
    (exported && single_pair)
        .then(|| env.review_places.file_for(&args.old, new))
        .flatten()
        .filter(|p| p.is_file())
}

/// Runs `report`; the exit code follows diff(1): 0 same, 1 different.
pub(super) fn run(args: ReportArgs, env: &Environment) -> Result<ExitCode> {
    let review_file = review_file(&args, env);
    if !args.verdict.is_empty() && review_file.is_none() {
        let place = args
            .new
            .as_ref()
            .and_then(|new| env.review_places.file_for(&args.old, new))
            .map_or(String::new(), |p| {
                format!(
                    " (the reader keeps this pair's at {}, none yet)",
                    p.display()
                )
            });
        anyhow::bail!(
            "--verdict keeps findings by their verdicts, which live in a review{place}: mark findings in the reader, or name a review with --review FILE"
        );
    }
    if args.bom && args.format != FormatArg::Csv {
        anyhow::bail!("--bom is for --format csv");
    }
    let filter = Filter {
        min_severity: args.min_severity,
        kinds: args.kind,
        verdicts: args.verdict,
    };
    if !args.more.is_empty() || args.history || args.roundtrip {
        let paths: Vec<_> = std::iter::once(args.old)
            .chain(args.new)
            .chain(args.more)
            .collect();
        let plan = match (args.history, args.roundtrip) {
            (true, _) => Some(driftview::versions::Plan::History),
            (_, true) => Some(driftview::versions::Plan::RoundTrip),
            _ => None,
        };
        let request = super::versions::Request {
            format: args.format,
            findings_only: args.findings_only,
            filter: &filter,
            view: &args.view,
            bom: args.bom,
        };
        return super::versions::report(&paths, plan, env, &request);
    }
    let mut cmp = match &args.new {
        Some(new) => load_pair(&args.old, new, env)?,
        None => load_bilingual_pair(&args.old, env)?,
    };
    let format = args.format;
    if matches!(
        format,
        FormatArg::Ladder | FormatArg::Bitext | FormatArg::Tmx
    ) {
        // The alignment alone, for aligners' and translation-memory tools.
        emit(&args.view, env, |out| match format {
            FormatArg::Ladder => report::ladder::write_ladder(out, &cmp),
            FormatArg::Tmx => report::ladder::write_tmx(out, &cmp),
            _ => report::ladder::write_bitext(out, &cmp),
        })?;
        return Ok(status(cmp));
    }
    if review_file.is_some() || format == FormatArg::Csv {
        let file = review_file.as_deref();
        return super::reviewed::export(&cmp, file, format, &filter, &args.view, args.bom, env);
    }
    // The JSON is a contract for tools: every finding, unless a filter is asked for.
    // The reports people read leave the low-severity notes out by default.
    let json = format == FormatArg::Json;
    cmp.findings.retain(|f| filter.keeps(f, !json));
    let format = match format {
        FormatArg::Json => Format::Json,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Text
        | FormatArg::Csv
        | FormatArg::Ladder
        | FormatArg::Bitext
        | FormatArg::Tmx => Format::Text,
    };
    // The report's view numbers its rows, as its findings name them.
    let text = text_options(&args.view, false, true, env);
    emit(&args.view, env, |out| match (format, args.findings_only) {
        (Format::Json, false) => report::json::write(out, &cmp),
        (Format::Json, true) => report::json::write_findings(out, &cmp),
        (Format::Markdown, false) => report::markdown::write(out, &cmp),
        (Format::Markdown, true) => report::markdown::write_findings(out, &cmp),
        (Format::Text, false) => report::side_by_side::write_report(out, &cmp, &text),
        (Format::Text, true) => report::side_by_side::write_findings(out, &cmp),
    })?;
    Ok(status(cmp))
}

/// The exit status for a finished comparison, which is then left to the operating system:
/// freeing a whole book's rows one allocation at a time only delays the exit.
pub(super) fn status(cmp: Comparison) -> ExitCode {
    let code = ExitCode::from(u8::from(cmp.stats.has_differences()));
    std::mem::forget(cmp);
    code
}
