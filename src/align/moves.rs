//! Moved sentences: a dropped sentence and an added one elsewhere that say the same thing.
//!
//! Candidates come from an index of content terms, so the pass stays near-linear on books.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::features::Features;
use super::group::Group;
use super::similarity::similarity;

/// Pairs weaker than this stay a drop and an add.
const MOVE_THRESHOLD: f32 = 0.55;
/// A sentence needs this many content words before a move is believable.
const MIN_CONTENT_TERMS: usize = 3;
/// Terms found in more added sentences than this are too common to suggest a candidate.
const MAX_POSTINGS: usize = 64;
/// Best-sharing candidates scored in full per dropped sentence.
const CANDIDATES: usize = 8;

/// A move: the group index of the dropped sentence, of the added one, and their similarity.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// The group of the dropped sentence.
    pub from: usize,
    /// The group of the added sentence.
    pub to: usize,
    /// How alike the two sentences are.
    pub similarity: f32,
}

/// Finds moves among the one-sided, one-sentence groups; each group takes part in at most one.
/// `features[k]` holds the sentence of group `k` when it is such a group.
pub(crate) fn find_moves(groups: &[Group], features: &[Option<Features>]) -> Vec<Move> {
    let of = |k: usize| {
        features[k]
            .as_ref()
            .expect("a one-sided group has its features")
    };
    let dropped = single_sentence_groups(groups, |g| (&g.old, &g.new));
    let added = single_sentence_groups(groups, |g| (&g.new, &g.old));
    let postings = index_terms(&added, of);
    let mut scored: Vec<Move> = Vec::new();
    for &from in &dropped {
        let features = of(from);
        if features.content_terms() < MIN_CONTENT_TERMS {
            continue;
        }
        for to in candidates(features, &postings) {
            let s = similarity(features, of(to));
            if s >= MOVE_THRESHOLD {
                scored.push(Move {
                    from,
                    to,
                    similarity: s,
                });
            }
        }
    }
    strongest_disjoint(scored, groups.len())
}

/// The groups with one sentence on the side `sides` names first and none on the other.
fn single_sentence_groups(
    groups: &[Group],
    sides: impl Fn(&Group) -> (&Range<usize>, &Range<usize>),
) -> Vec<usize> {
    (0..groups.len())
        .filter(|&k| {
            let (this, other) = sides(&groups[k]);
            this.len() == 1 && other.is_empty()
        })
        .collect()
}

/// For each content term, the added groups whose sentence holds it.
fn index_terms<'a>(
    added: &[usize],
    features: impl Fn(usize) -> &'a Features,
) -> FxHashMap<u64, Vec<usize>> {
    let mut postings: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for &k in added {
        for term in features(k).content_ids() {
            postings.entry(term).or_default().push(k);
        }
    }
    postings
}

/// The added groups sharing the most uncommon content terms with a dropped sentence, best
/// first (ties by position), at most [`CANDIDATES`].
fn candidates(features: &Features, postings: &FxHashMap<u64, Vec<usize>>) -> Vec<usize> {
    let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
    for term in features.content_ids() {
        match postings.get(&term) {
            Some(list) if list.len() <= MAX_POSTINGS => {
                for &k in list {
                    *shared.entry(k).or_default() += 1;
                }
            }
            _ => {}
        }
    }
    let mut ranked: Vec<(usize, usize)> = shared.into_iter().collect();
    ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
        .into_iter()
        .take(CANDIDATES)
        .map(|(k, _)| k)
        .collect()
}

/// The strongest moves first, each group used once; returned in the order of their old side.
fn strongest_disjoint(mut scored: Vec<Move>, groups: usize) -> Vec<Move> {
    scored.sort_by(|a, b| {
        b.similarity
            .total_cmp(&a.similarity)
            .then(a.from.cmp(&b.from))
    });
    let (mut used_from, mut used_to) = (vec![false; groups], vec![false; groups]);
    let mut moves: Vec<Move> = scored
        .into_iter()
        .filter(|m| {
            let free = !used_from[m.from] && !used_to[m.to];
            if free {
                used_from[m.from] = true;
                used_to[m.to] = true;
            }
            free
        })
        .collect();
    moves.sort_by_key(|m| m.from);
    moves
}
