//! The reviewer's record: a verdict and a note per finding, kept in a review file that
//! driftview owns (never in the documents). A verdict is anchored to what it is about (the
//! finding's kind and evidence and the two sides' text), not to a row number, so it stays
//! attached when the documents are edited and compared again (`anchor`); the file is written
//! atomically and merged with what another reader saved meanwhile (`store`); the reviewed
//! findings export as markdown, CSV or JSON (`export`).

pub mod alignment_fixes;
pub mod anchor;
pub mod export;
pub mod issues;
pub mod record;
pub mod scoring;
pub mod store;
pub mod write_back;

pub use anchor::{Attached, attach};
pub use record::{Anchor, Entry, Review, Verdict};
pub use scoring::{ErrorSeverity, Score, ScoringModel};
pub use store::{Changes, ReviewError, default_path, load, save};

/// A comparison as its review has it: the reviewer's alignment fixes laid on its rows, then
/// the errors marked on rows among its findings.
pub struct AsReviewed {
    /// The comparison changed by the review; `None` when the review changes nothing.
    pub comparison: Option<crate::comparison::Comparison>,
    /// For each of the review's fixes, whether it was applied (false: its sentences are gone).
    pub applied: Vec<bool>,
}

impl AsReviewed {
    /// The fixes not applied, by their place in the review.
    pub fn stale(&self) -> Vec<usize> {
        (0..self.applied.len())
            .filter(|&k| !self.applied[k])
            .collect()
    }
}

/// [`AsReviewed`] of `cmp` under `review`.
pub fn as_reviewed(
    cmp: &crate::comparison::Comparison,
    review: &Review,
    knowledge: &crate::knowledge::Knowledge,
) -> AsReviewed {
    let fixed = alignment_fixes::with_fixes(cmp, &review.fixes, knowledge);
    let (base, applied) = match &fixed {
        Some((c, applied)) => (c, applied.clone()),
        None => (cmp, Vec::new()),
    };
    let comparison = issues::with_issues(base, review).or(fixed.map(|(c, _)| c));
    AsReviewed {
        comparison,
        applied,
    }
}
