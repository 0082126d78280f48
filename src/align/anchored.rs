//! Alignment of two unit sequences: anchors first (units identical and unique on both
//! sides), then the gaps between them, solved in parallel.

use rayon::prelude::*;

use super::anchors::anchors;
use super::gaps::align_gap;
use super::group::{Group, SideInput};

/// Aligns two sentence sequences; groups come in document order on both sides and cover every
/// sentence exactly once.
pub fn align(old: &SideInput, new: &SideInput) -> Vec<Group> {
    let anchors = anchors(old.keys, new.keys);
    // The gaps between anchors are independent: solve them in parallel, keep their order.
    let mut gaps = Vec::with_capacity(anchors.len() + 1);
    let (mut i, mut j) = (0, 0);
    for &(ai, aj) in &anchors {
        gaps.push((i..ai, j..aj));
        (i, j) = (ai + 1, aj + 1);
    }
    gaps.push((i..old.keys.len(), j..new.keys.len()));
    let solved: Vec<Vec<Group>> = gaps
        .into_par_iter()
        .map(|(olds, news)| {
            let mut out = Vec::new();
            align_gap(old, new, olds, news, &mut out);
            out
        })
        .collect();
    let mut groups = Vec::with_capacity(old.keys.len().max(new.keys.len()));
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
