//! The non-interactive subcommands: `report`, `diff`, `matrix`, `batch`, and the ones that
//! print the configuration, completions and the manual page.

use std::process::ExitCode;

use anyhow::Result;

use driftview::load::LoadOptions;
use driftview::report::{self, Format};
use driftview::{Comparison, DiffOptions};

use super::Settings;
use super::args::{Command, FormatArg, MatrixFormatArg};
use super::loading::{load_many, load_pair};
use super::output::{NO_PAGER, emit, text_options};
use crate::config::{Loaded, effective_toml};

/// Runs one subcommand; the exit code follows diff(1): 0 same, 1 different.
pub(crate) fn run(
    command: Command,
    options: DiffOptions,
    load: &LoadOptions,
    settings: &Settings,
    config: &Loaded,
) -> Result<ExitCode> {
    match command {
        Command::Report {
            old,
            new,
            more,
            history,
            roundtrip,
            format,
            findings_only,
            min_severity,
            kind,
            verdict,
            view,
        } => {
            let filter = super::reviewed::Filter {
                min_severity,
                kinds: kind,
                verdicts: verdict,
            };
            if !more.is_empty() || history || roundtrip {
                let paths: Vec<_> = std::iter::once(old).chain(new).chain(more).collect();
                let plan = match (history, roundtrip) {
                    (true, _) => Some(driftview::versions::Plan::History),
                    (_, true) => Some(driftview::versions::Plan::RoundTrip),
                    _ => None,
                };
                let request = super::versions::Request {
                    format,
                    findings_only,
                    filter: &filter,
                    view: &view,
                };
                return super::versions::report(&paths, plan, options, load, settings, &request);
            }
            let knowledge = &settings.knowledge;
            let mut cmp = match &new {
                Some(new) => load_pair(&old, new, options, load, knowledge)?,
                None => super::loading::load_bilingual_pair(&old, options, load, knowledge)?,
            };
            if settings.review.is_some() || format == FormatArg::Csv {
                let file = settings.review.as_deref();
                return super::reviewed::export(&cmp, file, format, &filter, &view, settings);
            }
            // The JSON is a contract for tools: every finding, unless a filter is asked for.
            // The reports people read leave the low-severity notes out by default.
            let json = format == FormatArg::Json;
            cmp.findings.retain(|f| filter.keeps(f, !json));
            let format = match format {
                FormatArg::Json => Format::Json,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Text | FormatArg::Csv => Format::Text,
            };
            // The report's view numbers its rows, as its findings name them.
            let text = text_options(&view, false, true, settings);
            emit(&view, settings, |out| match (format, findings_only) {
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
            let cmp = load_pair(&old, &new, options, load, &settings.knowledge)?;
            let text = text_options(&view, inline, false, settings);
            // Like diff(1): identical documents print nothing.
            if cmp.stats.has_differences() {
                emit(&view, settings, |out| {
                    report::side_by_side::write(out, &cmp, &text)
                })?;
            }
            Ok(status(cmp))
        }
        Command::Matrix { paths, format } => {
            let docs = load_many(&paths, load)?;
            let progress = super::progress::Progress::new("pairs compared");
            let matrix = report::matrix::Matrix::compute(
                docs,
                options,
                &settings.knowledge,
                &|done, total| progress.update(done, total),
            );
            progress.finish();
            let format = match format {
                MatrixFormatArg::Text => report::matrix::MatrixFormat::Text,
                MatrixFormatArg::Json => report::matrix::MatrixFormat::Json,
                MatrixFormatArg::Csv => report::matrix::MatrixFormat::Csv,
                MatrixFormatArg::Tsv => report::matrix::MatrixFormat::Tsv,
            };
            emit(&NO_PAGER, settings, |out| matrix.write(out, format))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Batch {
            pairs,
            findings_only,
            summary,
        } => super::batch::run(
            &pairs,
            findings_only,
            summary,
            options,
            load,
            &settings.knowledge,
        ),
        Command::History {
            paths,
            by_time,
            format,
            findings_only,
            view,
        } => {
            // Without --format the reader opens (main.rs); here only the report.
            let (docs, _) = super::versions::history_documents(&paths, by_time, load)?;
            let filter = super::reviewed::Filter {
                min_severity: None,
                kinds: Vec::new(),
                verdicts: Vec::new(),
            };
            let request = super::versions::Request {
                format: format.unwrap_or(FormatArg::Text),
                findings_only,
                filter: &filter,
                view: &view,
            };
            let versions = driftview::versions::compare_versions(
                docs.into_iter().map(std::sync::Arc::new).collect(),
                driftview::versions::Plan::History,
                options,
                &settings.knowledge,
            );
            super::versions::write(versions, settings, &request)
        }
        Command::Config => {
            let text = effective_toml(&config.config, config.path.as_deref());
            emit(&NO_PAGER, settings, |out| out.write_all(text.as_bytes()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            let mut command = <super::Cli as clap::CommandFactory>::command();
            let mut text = Vec::new();
            clap_complete::generate(shell, &mut command, "driftview", &mut text);
            emit(&NO_PAGER, settings, |out| out.write_all(&text))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man { command } => {
            let text = manual_page(command.as_deref())?;
            emit(&NO_PAGER, settings, |out| out.write_all(&text))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The manual page of driftview, or of one of its commands (as `driftview-report`, the page
/// the main one refers to).
fn manual_page(command: Option<&str>) -> Result<Vec<u8>> {
    let mut root = <super::Cli as clap::CommandFactory>::command();
    root.build();
    let page = match command {
        None => root,
        Some(name) => {
            let names: Vec<String> = root
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .filter(|n| n != "help")
                .collect();
            let sub = root.find_subcommand(name).cloned().ok_or_else(|| {
                anyhow::anyhow!("no command '{name}' (one of: {})", names.join(", "))
            })?;
            let full = format!("driftview-{}", sub.get_name());
            sub.name(full.clone())
                .bin_name(full)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut text = Vec::new();
    clap_mangen::Man::new(page).render(&mut text)?;
    Ok(text)
}

/// The exit status for a finished comparison, which is then left to the operating system:
/// freeing a whole book's rows one allocation at a time only delays the exit.
fn status(cmp: Comparison) -> ExitCode {
    let code = ExitCode::from(u8::from(cmp.stats.has_differences()));
    std::mem::forget(cmp);
    code
}
