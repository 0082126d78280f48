//! Findings the rows themselves make: sentences dropped, added, split, merged or moved, and
//! across languages a sentence left untranslated.

use super::messages::{finding, once};
use super::{names, numbers};
use crate::comparison::{Comparison, Finding, FindingKind, Row, RowKind, Severity};
use crate::side::Side;
use crate::text::tokens::Text;

pub(super) fn structural(cmp: &Comparison, k: usize, row: &Row, kind: RowKind) -> Option<Finding> {
    let (n_old, n_new) = (row.sentences.old.len(), row.sentences.new.len());
    let (left, right) = (cmp.text(row, Side::Old), cmp.text(row, Side::New));
    let facts = match kind {
        RowKind::Deleted => facts(left),
        RowKind::Inserted => facts(right),
        _ => Vec::new(),
    };
    let (kind, message) = match kind {
        RowKind::Deleted => (
            FindingKind::Dropped,
            unmatched_message(n_old, "dropped", &facts),
        ),
        RowKind::Inserted => (
            FindingKind::Added,
            unmatched_message(n_new, "added", &facts),
        ),
        RowKind::Moved if n_old > 0 => (
            FindingKind::Moved,
            format!("sentence moved (to row {})", row.partner? + 1),
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
        FindingKind::Dropped | FindingKind::Added if !facts.is_empty() => Severity::High,
        FindingKind::Dropped | FindingKind::Added => Severity::Medium,
        _ => Severity::Low,
    };
    Some(finding(
        kind,
        severity,
        k,
        left.to_string(),
        right.to_string(),
        message,
    ))
}

/// A translation this many words long or more that equals its source was left untranslated
/// (shorter ones are names, numbers, commands: the same in any language).
pub(super) const UNTRANSLATED_WORDS: usize = 4;

/// Across languages, a row whose two sides are the same words: the translation kept the
/// source's text.
pub(super) fn untranslated(
    cmp: &Comparison,
    k: usize,
    row: &Row,
    kind: RowKind,
) -> Option<Finding> {
    let text = cmp.text(row, Side::Old);
    let words = crate::text::tokens::word_count(text);
    (kind == RowKind::Equal && words >= UNTRANSLATED_WORDS).then(|| {
        finding(
            FindingKind::Untranslated,
            Severity::Medium,
            k,
            text.to_string(),
            cmp.text(row, Side::New).to_string(),
            format!("sentence left untranslated ({words} words)"),
        )
    })
}

/// What a sentence states that can be checked: its names and numbers.
pub(super) fn facts(text: &str) -> Vec<String> {
    let text = Text::new(text);
    let mut facts: Vec<String> = names::names(&text).into_iter().map(|n| n.text).collect();
    facts.extend(numbers::numbers(&text).into_iter().map(|n| n.text));
    once(facts)
}

pub(super) fn unmatched_message(n: usize, verb: &str, facts: &[String]) -> String {
    let what = if n == 1 {
        "sentence".to_string()
    } else {
        format!("{n} sentences")
    };
    if facts.is_empty() {
        format!("{what} {verb}")
    } else {
        format!("{what} {verb}, with {}", facts.join(", "))
    }
}
