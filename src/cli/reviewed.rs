//! `report --review FILE`: the reviewed discrepancies exported (markdown, CSV or JSON), and the
//! finding filters every report takes (`--min-severity`, `--kind`, `--verdict`).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use driftview::review::{self, Attached, Review, Verdict, export};
use driftview::{Comparison, Finding, FindingKind, Severity};

use super::args::{FormatArg, ViewFlags};
use super::output::emit;
use crate::environment::Environment;

/// Which findings a report keeps.
pub(super) struct Filter {
    pub min_severity: Option<Severity>,
    pub kinds: Vec<FindingKind>,
    /// `None` stands for a finding without a verdict.
    pub verdicts: Vec<Option<Verdict>>,
}

/// What the reports people read show when no `--min-severity` is given: the low-severity
/// structure notes (a sentence split or merged) stay out of the way.
const DEFAULT_MIN_SEVERITY: Severity = Severity::Medium;

impl Filter {
    /// Whether a finding passes the severity and kind filters; `by_default` applies the
    /// default severity when none is asked for.
    pub(super) fn keeps(&self, f: &Finding, by_default: bool) -> bool {
        let least = match self.min_severity {
            Some(s) => Some(s),
            None if by_default => Some(DEFAULT_MIN_SEVERITY),
            None => None,
        };
        least.is_none_or(|s| f.severity >= s)
            && (self.kinds.is_empty() || self.kinds.contains(&f.kind))
    }

    fn keeps_verdict(&self, v: Option<Verdict>) -> bool {
        self.verdicts.is_empty() || self.verdicts.contains(&v)
    }
}

/// Writes the findings of `cmp` with the verdicts and notes of `review_file` (none: every
/// finding unreviewed, as a CSV of findings).
pub(super) fn export(
    cmp: &Comparison,
    review_file: Option<&Path>,
    format: FormatArg,
    filter: &Filter,
    view: &ViewFlags,
    bom: bool,
    env: &Environment,
) -> Result<ExitCode> {
    let review = match review_file {
        Some(path) => {
            review::load(path)?.ok_or_else(|| anyhow!("{}: no such review file", path.display()))?
        }
        None => Review::default(),
    };
    // The reviewer's alignment fixes laid, and their own errors (marked on rows the checks
    // left alone) among the findings.
    let reviewed = review::as_reviewed(cmp, &review, &env.knowledge);
    warn_stale(review_file, &reviewed);
    let cmp = reviewed.comparison.as_ref().unwrap_or(cmp);
    let attached: Attached = review::attach(&review, cmp);
    let appendix = export::Appendix::of(&review, &reviewed.applied, &attached);
    // A finding the reviewer judged is part of the record whatever its severity; the
    // others follow the severity filter (low-severity notes out unless asked for).
    let items = export::items(cmp, &review, &attached, &env.scoring, |f, v| {
        filter.keeps_verdict(v) && filter.keeps(f, v.is_none())
    });
    // The score weighs every error of the review, whatever the filters list.
    let score = review::scoring::score(&env.scoring, &review, &attached, cmp);
    emit(view, env, |out| match format {
        FormatArg::Json => export::write_json(out, cmp, &items, &score, appendix),
        FormatArg::Csv => {
            if bom {
                out.write_all(driftview::report::BOM.as_bytes())?;
            }
            export::write_csv(out, &items)
        }
        // The alignment formats are written before a review is looked at (cli/report.rs).
        FormatArg::Markdown
        | FormatArg::Text
        | FormatArg::Ladder
        | FormatArg::Bitext
        | FormatArg::Tmx => export::write_markdown(out, cmp, &items, &score, appendix),
    })?;
    if !attached.orphaned.is_empty() {
        eprintln!(
            "driftview: {} of the review {} about sentences no longer found",
            driftview::text::counted::counted(attached.orphaned.len(), "verdict"),
            if attached.orphaned.len() == 1 {
                "is"
            } else {
                "are"
            }
        );
    }
    Ok(ExitCode::from(u8::from(!cmp.findings.is_empty())))
}

/// Names on stderr the review's alignment fixes whose sentences are gone (kept in the file,
/// listed in the export as not applied).
fn warn_stale(review_file: Option<&Path>, reviewed: &review::AsReviewed) {
    let stale = reviewed.stale();
    if let (Some(file), false) = (review_file, stale.is_empty()) {
        // A path is shown as the other messages show it: its control characters made visible.
        eprintln!(
            "driftview: {}: {} not applied: {} sentences are no longer in the documents",
            driftview::text::visible(&file.display().to_string()),
            driftview::text::counted::counted(stale.len(), "alignment fix"),
            if stale.len() == 1 { "its" } else { "their" }
        );
    }
}
