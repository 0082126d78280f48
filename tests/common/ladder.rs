//! Strict and lax precision, recall and F1 of sentence alignments against gold ones, as the
//! sentence-alignment literature reports them (Sennrich and Volk 2011's definitions, computed
//! the way Vecalign's `score.py` does, so that figures compare with the published ones):
//!
//! - precision: each test link that is not empty on both sides is strict-right when the gold
//!   has the very same link, lax-right when its source sentences' gold counterparts overlap
//!   its target sentences;
//! - recall: the same with gold and test swapped, insertions and deletions (links with an
//!   empty side) left out of both;
//! - counts are summed over all files before dividing.
//!
//! Written here from that description (Vecalign is Apache-2.0; no code taken). Used by
//! `examples/ladder_score.rs` (`bench/textberg.sh`) and `tests/alignment_benchmark.rs`.

use std::collections::{HashMap, HashSet};

pub(crate) type Link = (Vec<usize>, Vec<usize>);

/// A ladder file: `[1, 2]:[3]` per line (anything after a second `:` is a score, ignored).
pub(crate) fn read(path: &str) -> Vec<Link> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let list = |field: &str| -> Vec<usize> {
        field
            .trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .split(',')
            .filter(|n| !n.trim().is_empty())
            .map(|n| {
                n.trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("{path}: bad number {n:?}"))
            })
            .collect()
    };
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut fields = line.split(':');
            let (src, tgt) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
            (list(src), list(tgt))
        })
        .collect()
}

/// Strict right, strict wrong, lax right, lax wrong, of `test` judged against `gold`.
fn judge(gold: &[Link], test: &[Link]) -> [u64; 4] {
    let gold: HashSet<&Link> = gold
        .iter()
        .filter(|(s, t)| !s.is_empty() || !t.is_empty())
        .collect();
    let test: HashSet<&Link> = test
        .iter()
        .filter(|(s, t)| !s.is_empty() || !t.is_empty())
        .collect();
    let mut counterparts: HashMap<usize, HashSet<usize>> = HashMap::new();
    for (src, tgt) in &gold {
        for s in src {
            counterparts
                .entry(*s)
                .or_default()
                .extend(tgt.iter().copied());
        }
    }
    let mut counts = [0u64; 4];
    for link in test {
        if gold.contains(link) {
            counts[0] += 1;
            counts[2] += 1;
            continue;
        }
        counts[1] += 1;
        let overlaps = link.0.iter().any(|s| {
            counterparts
                .get(s)
                .is_some_and(|c| link.1.iter().any(|t| c.contains(t)))
        });
        counts[if overlaps { 2 } else { 3 }] += 1;
    }
    counts
}

fn ratio(right: u64, wrong: u64) -> f64 {
    if right + wrong == 0 {
        0.0
    } else {
        right as f64 / (right + wrong) as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Strict and lax F1 (with their precision and recall) over pairs of (gold, test) ladders.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scores {
    pub strict: [f64; 3],
    pub lax: [f64; 3],
}

/// Scores test ladders against gold ones, the counts summed over all pairs.
pub(crate) fn score(pairs: &[(Vec<Link>, Vec<Link>)]) -> Scores {
    let (mut precision, mut recall) = ([0u64; 4], [0u64; 4]);
    let both = |links: &[Link]| -> Vec<Link> {
        links
            .iter()
            .filter(|(s, t)| !s.is_empty() && !t.is_empty())
            .cloned()
            .collect()
    };
    for (gold, test) in pairs {
        let p = judge(gold, test);
        let r = judge(&both(test), &both(gold));
        for k in 0..4 {
            precision[k] += p[k];
            recall[k] += r[k];
        }
    }
    let (ps, rs) = (
        ratio(precision[0], precision[1]),
        ratio(recall[0], recall[1]),
    );
    let (pl, rl) = (
        ratio(precision[2], precision[3]),
        ratio(recall[2], recall[3]),
    );
    Scores {
        strict: [ps, rs, f1(ps, rs)],
        lax: [pl, rl, f1(pl, rl)],
    }
}
