//! Verdicts attached to the findings of a comparison: each entry goes to the finding with the
//! same anchor; failing that, to the one finding of the same kind and evidence whose row kept
//! one side's text (an edit on the other side, or a neighbouring sentence joined to the row).
//! Entries that find no finding are orphaned: shown in a list, never dropped.

use std::collections::HashMap;

use super::record::{Anchor, Review};
use crate::comparison::Comparison;

/// Which entry of a review each finding has, and the entries no finding took.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attached {
    /// For finding `k`, the index of its entry in the review.
    pub entries: Vec<Option<usize>>,
    /// Entries attached to no finding, in the review's order.
    pub orphaned: Vec<usize>,
}

impl Attached {
    /// How many findings have a verdict.
    pub fn reviewed(&self, review: &Review) -> usize {
        self.entries
            .iter()
            .flatten()
            .filter(|&&e| review.entries[e].verdict.is_some())
            .count()
    }
}

/// Attaches a review's entries to a comparison's findings.
pub fn attach(review: &Review, cmp: &Comparison) -> Attached {
    let anchors: Vec<Anchor> = cmp.findings.iter().map(|f| Anchor::of(cmp, f)).collect();
    let mut entries = vec![None; anchors.len()];
    let mut taken = vec![false; review.entries.len()];
    let exact: HashMap<&Anchor, usize> = review
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (&e.anchor, i))
        .collect();
    for (k, a) in anchors.iter().enumerate() {
        if let Some(&i) = exact.get(a).filter(|&&i| !taken[i]) {
            entries[k] = Some(i);
            taken[i] = true;
        }
    }
    // Second pass: same kind and evidence, one side's text unchanged, and only one such
    // finding left (two alike would be a guess).
    for (i, e) in review.entries.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let a = &e.anchor;
        let mut candidates = anchors.iter().enumerate().filter(|(k, b)| {
            entries[*k].is_none()
                && b.kind == a.kind
                && b.left == a.left
                && b.right == a.right
                && (b.old_text == a.old_text || b.new_text == a.new_text)
        });
        if let (Some((k, _)), None) = (candidates.next(), candidates.next()) {
            entries[k] = Some(i);
            taken[i] = true;
        }
    }
    let orphaned = (0..review.entries.len()).filter(|&i| !taken[i]).collect();
    Attached { entries, orphaned }
}
