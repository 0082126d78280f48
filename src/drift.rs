//! Drift findings over an aligned comparison: where a version's meaning may have moved.
//!
//! This first layer reports the structure (dropped, added, split, merged, moved sentences);
//! content checks (numbers, quotes, names, negation) build on the same `Finding`.

use serde::Serialize;

use crate::compare::{Comparison, Row, RowKind};
use crate::side::Side;

/// What kind of drift a finding reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    Dropped,
    Added,
    Split,
    Merged,
    Moved,
}

/// How much a finding may matter to a reviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

/// One finding, pointing at its row, with both sides' text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub row: usize,
    pub left: String,
    pub right: String,
    pub message: String,
}

/// Findings for every row, in row order.
pub fn find_drift(cmp: &Comparison) -> Vec<Finding> {
    cmp.rows
        .iter()
        .enumerate()
        .filter_map(|(k, row)| structural(cmp, k, row))
        .collect()
}

fn structural(cmp: &Comparison, k: usize, row: &Row) -> Option<Finding> {
    let (n_old, n_new) = (row.sentences.old.len(), row.sentences.new.len());
    let (kind, message) = match row.kind {
        RowKind::Deleted => (FindingKind::Dropped, plural(n_old, "sentence dropped")),
        RowKind::Inserted => (FindingKind::Added, plural(n_new, "sentence added")),
        RowKind::Moved if n_old > 0 => (
            FindingKind::Moved,
            format!("sentence moved (see row {})", row.partner? + 1),
        ),
        RowKind::Changed | RowKind::Equal if n_old < n_new => (
            FindingKind::Split,
            format!("{n_old} sentence split into {n_new}"),
        ),
        RowKind::Changed | RowKind::Equal if n_old > n_new => (
            FindingKind::Merged,
            format!("{n_old} sentences merged into {n_new}"),
        ),
        _ => return None,
    };
    let severity = match kind {
        FindingKind::Dropped | FindingKind::Added => Severity::Medium,
        _ => Severity::Low,
    };
    Some(Finding {
        kind,
        severity,
        row: k,
        left: cmp.text(row, Side::Old).to_string(),
        right: cmp.text(row, Side::New).to_string(),
        message,
    })
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {}", what.replacen("sentence", "sentences", 1))
    }
}
