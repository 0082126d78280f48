//! What alignment takes and gives: each side's sentence features and keys in, groups out. A
//! leaf of `align/`, read by the entry point and the gap solver alike.

use std::ops::Range;

use super::features::Features;

/// One aligned group: a run of old sentences against a run of new ones (1-1, 1-0, 0-1, 2-1,
/// 1-2, 2-2).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Old sentence indices.
    pub old: Range<usize>,
    /// New sentence indices.
    pub new: Range<usize>,
    /// Sentence similarity of the two sides (0 for a one-sided group).
    pub similarity: f32,
}

/// A group of these sentences, for the tests of the passes that make and mend groups.
#[cfg(test)]
pub(super) fn group(old: Range<usize>, new: Range<usize>) -> Group {
    Group {
        old,
        new,
        similarity: 0.0,
    }
}

/// Each group's two ranges, for comparing groups in tests.
#[cfg(test)]
pub(super) fn ranges(groups: &[Group]) -> Vec<(Range<usize>, Range<usize>)> {
    groups
        .iter()
        .map(|g| (g.old.clone(), g.new.clone()))
        .collect()
}

/// What the aligner needs to know of one side.
pub(super) struct SideInput<'a> {
    /// Each sentence's features, reweighted by rarity.
    pub features: &'a [Features],
    /// Hash of each sentence's normalised text; equal hashes mean identical sentences.
    pub keys: &'a [u64],
}
