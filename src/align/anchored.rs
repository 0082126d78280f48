//! Alignment of two unit sequences: anchors first (units identical and unique on both
//! sides), then the gaps between them, solved in parallel.

use std::ops::Range;

use rayon::prelude::*;

use super::gaps::align_gap;
use super::group::{Group, SideInput};
use super::unique::anchors;

/// Aligns two sentence sequences; groups come in document order on both sides and cover every
/// sentence exactly once.
pub(super) fn align(old: &SideInput, new: &SideInput) -> Vec<Group> {
    between_anchors(old.keys, new.keys, |olds, news| {
        let mut out = Vec::new();
        align_gap(old, new, olds, news, &mut out);
        out
    })
}

/// The anchors of two key sequences as one-to-one groups, and between them the groups
/// `solve_gap` finds for each gap (old units, new units): the gaps are independent, so they
/// are solved in parallel, and their groups kept in order. Both aligners (same language and
/// across languages) are built on this.
pub(super) fn between_anchors(
    old: &[u64],
    new: &[u64],
    solve_gap: impl Fn(Range<usize>, Range<usize>) -> Vec<Group> + Sync,
) -> Vec<Group> {
    let anchors = anchors(old, new);
    let mut gaps = Vec::with_capacity(anchors.len() + 1);
    let (mut i, mut j) = (0, 0);
    for &(ai, aj) in &anchors {
        gaps.push((i..ai, j..aj));
        (i, j) = (ai + 1, aj + 1);
    }
    gaps.push((i..old.len(), j..new.len()));
    let solved: Vec<Vec<Group>> = gaps
        .into_par_iter()
        .map(|(olds, news)| solve_gap(olds, news))
        .collect();
    let mut groups = Vec::with_capacity(old.len().max(new.len()));
    for (k, gap) in solved.into_iter().enumerate() {
        groups.extend(gap);
        if let Some(&(ai, aj)) = anchors.get(k) {
            groups.push(Group {
                old: ai..ai + 1,
                new: aj..aj + 1,
                similarity: 1.0,
            });
        }
    }
    groups
}
