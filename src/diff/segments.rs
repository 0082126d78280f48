//! Two unit sequences diffed into alternating equal and changed segments (Myers, by
//! `similar`), then cleaned up: slight equalities between two changes are folded into them.

use std::ops::Range;
use std::time::Instant;

use rustc_hash::FxHashSet;
use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

use super::compared::Unit;

/// A run of units: the same on both sides, or changed.
#[derive(Debug, Clone)]
pub(super) struct Segment {
    /// Whether the units differ.
    pub(super) changed: bool,
    /// Old unit indices.
    pub(super) old: Range<usize>,
    /// New unit indices.
    pub(super) new: Range<usize>,
}

/// The diff of two unit sequences as alternating equal and changed segments.
///
/// Units found on one side only can never be matched, so they are set aside before Myers
/// runs on the rest, as GNU diff and git do: the longest common subsequence is the same, and
/// between two translations, which differ in many words, the search is several times smaller.
pub(super) fn diff_segments(old: &[u64], new: &[u64], deadline: Option<Instant>) -> Vec<Segment> {
    let shared = |ids: &[u64], other: &[u64]| -> Vec<usize> {
        let present: FxHashSet<u64> = other.iter().copied().collect();
        (0..ids.len())
            .filter(|&i| present.contains(&ids[i]))
            .collect()
    };
    let (old_kept, new_kept) = (shared(old, new), shared(new, old));
    let pick = |ids: &[u64], kept: &[usize]| kept.iter().map(|&i| ids[i]).collect::<Vec<_>>();
    let (old_ids, new_ids) = (pick(old, &old_kept), pick(new, &new_kept));
    let diff = capture_diff_slices_deadline(Algorithm::Myers, &old_ids, &new_ids, deadline);
    let mut out: Vec<Segment> = Vec::new();
    let (mut o, mut n) = (0, 0);
    let (old_kept, new_kept) = (&old_kept, &new_kept);
    let matched = diff
        .iter()
        .filter_map(|op| match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => Some((old_index, new_index, len)),
            _ => None,
        })
        .flat_map(|(o, n, len)| (0..len).map(move |t| (old_kept[o + t], new_kept[n + t])));
    // The ends of both sequences close the last changed segment.
    for (mo, mn) in matched.chain([(old.len(), new.len())]) {
        if mo > o || mn > n {
            out.push(Segment {
                changed: true,
                old: o..mo,
                new: n..mn,
            });
        }
        if mo == old.len() && mn == new.len() {
            break;
        }
        match out.last_mut() {
            Some(last) if !last.changed => {
                last.old.end = mo + 1;
                last.new.end = mn + 1;
            }
            _ => out.push(Segment {
                changed: false,
                old: mo..mo + 1,
                new: mn..mn + 1,
            }),
        }
        (o, n) = (mo + 1, mn + 1);
    }
    out
}

/// Folds an equal segment into the changes around it when it is too slight to read as an
/// anchor: only punctuation, up to two filler words, or one word no longer than the changes on both sides
/// (the idea of diff-match-patch's semantic cleanup, on words).
pub(super) fn absorb_small_equalities(segments: &mut Vec<Segment>, old: &[Unit], new: &[Unit]) {
    let weight = |units: &[Unit], r: &Range<usize>| {
        units[r.clone()]
            .iter()
            .map(|u| u.chars as usize)
            .sum::<usize>()
    };
    let mut i = 1;
    while i + 1 < segments.len() {
        let (before, eq, after) = (&segments[i - 1], &segments[i], &segments[i + 1]);
        if !before.changed || eq.changed || !after.changed {
            i += 1;
            continue;
        }
        let eq_units = &old[eq.old.clone()];
        let words: usize = eq_units.iter().map(|u| u.words as usize).sum();
        let chars = weight(old, &eq.old);
        let side = |s: &Segment| weight(old, &s.old).max(weight(new, &s.new));
        let slight = words == 0
            || (words <= 2 && eq_units.iter().all(|u| u.words == 0 || u.stop_word))
            || (words == 1 && chars <= side(before) && chars <= side(after));
        if slight {
            let merged = Segment {
                changed: true,
                old: before.old.start..after.old.end,
                new: before.new.start..after.new.end,
            };
            segments.splice(i - 1..i + 2, [merged]);
            i = i.saturating_sub(1).max(1);
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcs(a: &[u64], b: &[u64]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut diagonal = 0;
            for (j, y) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if x == y {
                    diagonal + 1
                } else {
                    row[j + 1].max(row[j])
                };
                diagonal = above;
            }
        }
        row[b.len()]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn segments_tile_both_sides_and_match_a_longest_common_subsequence(
            old in proptest::collection::vec(0u64..6, 0..25),
            new in proptest::collection::vec(0u64..6, 0..25),
        ) {
            let segments = diff_segments(&old, &new, None);
            let (mut o, mut n, mut matched) = (0, 0, 0);
            for s in &segments {
                proptest::prop_assert_eq!((s.old.start, s.new.start), (o, n));
                if !s.changed {
                    proptest::prop_assert_eq!(&old[s.old.clone()], &new[s.new.clone()]);
                    matched += s.old.len();
                }
                (o, n) = (s.old.end, s.new.end);
            }
            proptest::prop_assert_eq!((o, n), (old.len(), new.len()));
            proptest::prop_assert_eq!(matched, lcs(&old, &new));
        }
    }
}
