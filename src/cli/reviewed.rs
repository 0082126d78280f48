//! `report --review FILE`: the reviewed discrepancies exported (markdown, CSV or JSON), and the
//! finding filters every report takes (`--min-severity`, `--kind`, `--verdict`).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use driftview::review::{self, Attached, Review, Verdict, export};
use driftview::{Comparison, Finding, FindingKind, Severity};

use super::Settings;
use super::args::{FormatArg, KindArg, SeverityArg, VerdictArg, ViewFlags};
use super::output::emit;

/// Which findings a report keeps.
pub(super) struct Filter {
    pub min_severity: Option<SeverityArg>,
    pub kinds: Vec<KindArg>,
    pub verdicts: Vec<VerdictArg>,
}

fn severity(s: SeverityArg) -> Severity {
    match s {
        SeverityArg::Low => Severity::Low,
        SeverityArg::Medium => Severity::Medium,
        SeverityArg::High => Severity::High,
    }
}

fn kind(k: KindArg) -> FindingKind {
    match k {
        KindArg::Negation => FindingKind::Negation,
        KindArg::Number => FindingKind::Number,
        KindArg::Quote => FindingKind::Quote,
        KindArg::Name => FindingKind::Name,
        KindArg::Dropped => FindingKind::Dropped,
        KindArg::Added => FindingKind::Added,
        KindArg::Split => FindingKind::Split,
        KindArg::Merged => FindingKind::Merged,
        KindArg::Moved => FindingKind::Moved,
        KindArg::Untranslated => FindingKind::Untranslated,
        KindArg::Question => FindingKind::Question,
        KindArg::Glossary => FindingKind::Glossary,
        KindArg::Length => FindingKind::Length,
    }
}

fn verdict(v: VerdictArg) -> Option<Verdict> {
    match v {
        VerdictArg::Error => Some(Verdict::Error),
        VerdictArg::Acceptable => Some(Verdict::Acceptable),
        VerdictArg::Verified => Some(Verdict::Verified),
        VerdictArg::Unreviewed => None,
    }
}

/// What the reports people read show when no `--min-severity` is given: the low-severity
/// structure notes (a sentence split or merged) stay out of the way.
const DEFAULT_MIN_SEVERITY: Severity = Severity::Medium;

impl Filter {
    /// Whether a finding passes the severity and kind filters; `by_default` applies the
    /// default severity when none is asked for.
    pub(super) fn keeps(&self, f: &Finding, by_default: bool) -> bool {
        let least = match self.min_severity {
            Some(s) => Some(severity(s)),
            None if by_default => Some(DEFAULT_MIN_SEVERITY),
            None => None,
        };
        least.is_none_or(|s| f.severity >= s)
            && (self.kinds.is_empty() || self.kinds.iter().any(|&k| kind(k) == f.kind))
    }

    fn keeps_verdict(&self, v: Option<Verdict>) -> bool {
        self.verdicts.is_empty() || self.verdicts.iter().any(|&a| verdict(a) == v)
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
    settings: &Settings,
) -> Result<ExitCode> {
    let review = match review_file {
        Some(path) => {
            review::load(path)?.ok_or_else(|| anyhow!("{}: no such review file", path.display()))?
        }
        None => Review::default(),
    };
    let attached: Attached = review::attach(&review, cmp);
    // A finding the reviewer judged is part of the record whatever its severity; the
    // others follow the severity filter (low-severity notes out unless asked for).
    let items = export::items(cmp, &review, &attached, |f, v| {
        filter.keeps_verdict(v) && filter.keeps(f, v.is_none())
    });
    emit(view, settings, |out| match format {
        FormatArg::Json => export::write_json(out, cmp, &items),
        FormatArg::Csv => export::write_csv(out, &items),
        FormatArg::Markdown | FormatArg::Text => export::write_markdown(out, cmp, &items),
    })?;
    if !attached.orphaned.is_empty() {
        eprintln!(
            "driftview: {} verdicts of the review are about sentences no longer found",
            attached.orphaned.len()
        );
    }
    Ok(ExitCode::from(u8::from(!cmp.findings.is_empty())))
}
