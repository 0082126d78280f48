//! Moved sentences: a dropped sentence and an added one elsewhere that say the same thing.
//!
//! Candidates come from an index of content terms, so the pass stays near-linear on books.

use rustc_hash::FxHashMap;

use crate::align::Group;
use crate::align::features::Features;
use crate::align::similarity::similarity;

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
pub(crate) struct Move {
    pub from: usize,
    pub to: usize,
    pub similarity: f32,
}

/// Finds moves among the one-sided, one-sentence groups; each group takes part in at most one.
pub(crate) fn find_moves(groups: &[Group], old: &[Features], new: &[Features]) -> Vec<Move> {
    let single = |g: &Group, side_old: bool| {
        let (this, other) = if side_old {
            (&g.old, &g.new)
        } else {
            (&g.new, &g.old)
        };
        this.len() == 1 && other.is_empty()
    };
    let dropped: Vec<usize> = (0..groups.len())
        .filter(|&k| single(&groups[k], true))
        .collect();
    let added: Vec<usize> = (0..groups.len())
        .filter(|&k| single(&groups[k], false))
        .collect();
    let mut postings: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for &k in &added {
        for term in new[groups[k].new.start].content_ids() {
            postings.entry(term).or_default().push(k);
        }
    }
    let mut scored: Vec<Move> = Vec::new();
    for &from in &dropped {
        let features = &old[groups[from].old.start];
        if features.content_terms() < MIN_CONTENT_TERMS {
            continue;
        }
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
        let mut candidates: Vec<(usize, usize)> = shared.into_iter().collect();
        candidates.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for &(to, _) in candidates.iter().take(CANDIDATES) {
            let s = similarity(features, &new[groups[to].new.start]);
            if s >= MOVE_THRESHOLD {
                scored.push(Move {
                    from,
                    to,
                    similarity: s,
                });
            }
        }
    }
    scored.sort_by(|a, b| {
        b.similarity
            .total_cmp(&a.similarity)
            .then(a.from.cmp(&b.from))
    });
    let (mut used_from, mut used_to) = (vec![false; groups.len()], vec![false; groups.len()]);
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
