//! Many group similarities at once, cell after cell along the aligner's grid, equal to
//! [`similarity`](super::similarity::similarity)'s but without merging term lists per pair.

use rustc_hash::FxHashMap;

use super::features::Features;
use super::similarity::{combine, smaller};

/// Similarities of the groups the aligner weighs (one or two old sentences against one or two
/// new ones), cell after cell along the rows of its grid. Merging two sorted term lists per
/// pair mispredicts a branch at every step and was the aligner's main cost on whole books;
/// here the current old sentence (and the old pair ending at it) is spread once into dense
/// tables over the new side's vocabulary, and each score is one pass over the new side's
/// terms. Scores equal [`similarity`]'s exactly: the same terms are summed in the same order.
pub(crate) struct ManyScorer<'a> {
    old: [&'a [Features]; 2],
    new: [&'a [Features]; 2],
    /// Terms of each new sentence (`[0]`) and each new pair (`[1]`) as (vocabulary index,
    /// weight), sentence after sentence; `starts` bounds each one's slice.
    new_terms: [Vec<(u32, f32)>; 2],
    starts: [Vec<usize>; 2],
    vocabulary: FxHashMap<u64, u32>,
    /// Weight of each vocabulary term in the current old sentence (`[0]`) and old pair (`[1]`).
    tables: [Vec<f32>; 2],
    /// The entries set in each table, to clear it.
    spread: [Vec<u32>; 2],
    /// Which old sentence and which old pair the tables hold.
    current: [Option<usize>; 2],
}

impl<'a> ManyScorer<'a> {
    /// `old_pairs[i]` is old sentences i and i+1 merged (see [`Features::merged`]); the same
    /// for `new_pairs`.
    pub(crate) fn new(
        old: &'a [Features],
        old_pairs: &'a [Features],
        new: &'a [Features],
        new_pairs: &'a [Features],
    ) -> Self {
        let mut vocabulary: FxHashMap<u64, u32> = FxHashMap::default();
        let mut index = |features: &[Features], with_new_terms: bool| {
            let mut terms = Vec::with_capacity(features.iter().map(|f| f.terms.len()).sum());
            let mut starts = Vec::with_capacity(features.len() + 1);
            for f in features {
                starts.push(terms.len());
                for &(term, weight) in &f.terms {
                    let next = vocabulary.len() as u32;
                    let id = if with_new_terms {
                        *vocabulary.entry(term).or_insert(next)
                    } else {
                        vocabulary[&term]
                    };
                    terms.push((id, weight));
                }
            }
            starts.push(terms.len());
            (terms, starts)
        };
        let (singles, single_starts) = index(new, true);
        // A pair's terms are its two sentences' terms: all in the vocabulary already.
        let (pairs, pair_starts) = index(new_pairs, false);
        let size = vocabulary.len();
        ManyScorer {
            old: [old, old_pairs],
            new: [new, new_pairs],
            new_terms: [singles, pairs],
            starts: [single_starts, pair_starts],
            vocabulary,
            tables: [vec![0.0; size], vec![0.0; size]],
            spread: [Vec::new(), Vec::new()],
            current: [None, None],
        }
    }

    /// Makes old sentence `i` the one scored against, and the old pair ending at it.
    pub(crate) fn set_old(&mut self, i: usize) {
        self.spread_into(0, Some(i));
        self.spread_into(1, i.checked_sub(1));
    }

    fn spread_into(&mut self, which: usize, features: Option<usize>) {
        let (table, spread) = (&mut self.tables[which], &mut self.spread[which]);
        for &id in spread.iter() {
            table[id as usize] = 0.0;
        }
        spread.clear();
        self.current[which] = features;
        let Some(k) = features else { return };
        for &(term, weight) in &self.old[which][k].terms {
            // Terms no new sentence has cannot be shared.
            if let Some(&id) = self.vocabulary.get(&term) {
                table[id as usize] = weight;
                spread.push(id);
            }
        }
    }

    /// Similarity of the group of `olds` (1 or 2) old sentences ending at the current one
    /// and `news` (1 or 2) new sentences ending at new sentence `j`.
    #[inline(always)]
    pub(crate) fn score(&self, olds: usize, news: usize, j: usize) -> f32 {
        let (a, b) = (olds - 1, news - 1);
        let k = j + 1 - news;
        let terms = &self.new_terms[b][self.starts[b][k]..self.starts[b][k + 1]];
        let table = &self.tables[a];
        let shared = terms
            .iter()
            .map(|&(id, w)| smaller(table[id as usize], w))
            .sum();
        let current = self.current_old(a);
        combine(&self.old[a][current], &self.new[b][k], shared)
    }

    fn current_old(&self, which: usize) -> usize {
        self.current[which].expect("set_old before score")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::similarity::similarity;

    #[test]
    fn many_scorer_equals_pairwise_similarity() {
        let texts = [
            "Biden and Putin had instructed their teams to follow up.",
            "Biden and Putin had tasked their teams with following up.",
            "Sources",
            "Source:",
            "Cats sleep all afternoon in the sun.",
            "…",
        ];
        let features: Vec<Features> = texts.iter().map(|t| Features::of(t)).collect();
        let pairs: Vec<Features> = features.windows(2).map(|w| w[0].merged(&w[1])).collect();
        let (old, new) = (&features[..], &features[1..]);
        let mut scorer = ManyScorer::new(old, &pairs, new, &pairs[1..]);
        for i in [0, 2, 2, 5, 1, 3] {
            scorer.set_old(i);
            for j in 0..new.len() {
                assert_eq!(scorer.score(1, 1, j), similarity(&old[i], &new[j]));
                if j > 0 {
                    let want = similarity(&old[i], &pairs[j]);
                    assert_eq!(scorer.score(1, 2, j), want, "1-2 at {i} {j}");
                }
                if i > 0 {
                    let want = similarity(&pairs[i - 1], &new[j]);
                    assert_eq!(scorer.score(2, 1, j), want, "2-1 at {i} {j}");
                }
                if i > 0 && j > 0 {
                    let want = similarity(&pairs[i - 1], &pairs[j]);
                    assert_eq!(scorer.score(2, 2, j), want, "2-2 at {i} {j}");
                }
            }
        }
    }
}
