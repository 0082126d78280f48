//! Anchors: units identical and unique on both sides (patience style), the longest chain
//! of them in order on both sides. The gaps between anchors are aligned independently.

/// Sentences identical and unique on both sides, longest increasing chain of them.
pub(super) fn anchors(old: &[u64], new: &[u64]) -> Vec<(usize, usize)> {
    let mut counts: rustc_hash::FxHashMap<u64, (u32, u32, usize, usize)> = Default::default();
    for (i, k) in old.iter().enumerate() {
        let e = counts.entry(*k).or_default();
        e.0 += 1;
        e.2 = i;
    }
    for (j, k) in new.iter().enumerate() {
        if let Some(e) = counts.get_mut(k) {
            e.1 += 1;
            e.3 = j;
        }
    }
    let mut pairs: Vec<(usize, usize)> = counts
        .values()
        .filter(|e| e.0 == 1 && e.1 == 1)
        .map(|e| (e.2, e.3))
        .collect();
    pairs.sort_unstable();
    longest_increasing(&pairs)
}

/// Longest chain of pairs increasing in both coordinates (pairs sorted by the first).
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (idx, &(_, j)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < j);
        if pos > 0 {
            prev[idx] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(idx);
        } else {
            tails[pos] = idx;
        }
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(idx) = cur {
        chain.push(pairs[idx]);
        cur = prev[idx];
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_an_increasing_chain() {
        let chain = longest_increasing(&[(0, 2), (1, 0), (2, 1), (3, 3)]);
        assert_eq!(chain, [(1, 0), (2, 1), (3, 3)]);
    }
}
