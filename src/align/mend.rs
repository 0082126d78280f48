//! Across languages a sentence left out can stand in several places: the grid and the
//! sentence model weigh lengths, marks and rare words, and two neighbouring verses often
//! differ in none of them, so the gap (a lone sentence, or one folded into a 2-1 row) lands a
//! verse or more off and the rows between pair each verse with its neighbour's translation.
//! Here, around each row whose sides hold different numbers of sentences, a few rows each
//! way are aligned again by a score that also reads the common words (`translation_table`),
//! and the new rows are taken where they score higher.

use std::ops::Range;

use rayon::prelude::*;

use super::group::Group;
use super::sentence_rows::SentenceModel;
use super::translation_table::TranslationTable;

/// How much the translation table's score weighs beside the sentence model's, and how much
/// more probable (nats) new rows must be. Chosen on the error-injection benchmark's tuning
/// books (Exodus to Deuteronomy, KJV against RV1909, seed 1, 40 errors a kind; errors found
/// of 320 and the clean pair's findings; 255 and 173 without mending): weight 0 (the sentence
/// model alone) 253 and 172; 0.5 258 and 168; 2 251 and 258; 4 246 and 380; margin 0 and 3
/// at 0.5, 257 and 256.
const LEXICAL_WEIGHT: f64 = 0.5;
const MARGIN: f64 = 1.0;

/// [`mend`] across languages: the translation table learned from `rows` (each side's
/// sentences' `words`, `CrossPair::sentence_words`) beside the sentence model.
pub(super) fn mend_across(
    rows: Vec<Group>,
    model: &SentenceModel,
    words: &[Vec<Vec<u64>>; 2],
) -> Vec<Group> {
    let union = |side: usize, r: &Range<usize>| -> Vec<u64> {
        let mut ids: Vec<u64> = words[side][r.clone()].iter().flatten().copied().collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    // Learned from the 1-1 rows: a 2-1 row's grid of word pairs is twice as large and teaches
    // less (trained on every row, the tuning books found as many, the whole Bible's table cost
    // half as much again).
    let corpus: Vec<(Vec<u64>, Vec<u64>)> = rows
        .iter()
        .filter(|g| g.old.len() == 1 && g.new.len() == 1)
        .map(|g| (words[0][g.old.start].clone(), words[1][g.new.start].clone()))
        .collect();
    let Some(table) = TranslationTable::train(&corpus) else {
        return rows;
    };
    mend(rows, MARGIN, |o: Range<usize>, n: Range<usize>| {
        let words_of = |side: usize, r: &Range<usize>| match r.len() {
            1 => std::borrow::Cow::Borrowed(&words[side][r.start][..]),
            _ => std::borrow::Cow::Owned(union(side, r)),
        };
        model.gain(o.clone(), n.clone())
            + LEXICAL_WEIGHT * table.row_score(&words_of(0, &o), &words_of(1, &n))
    })
}

/// Rows each way around an unbalanced row that may be aligned again.
const REACH: usize = 4;
/// Rows of more sentences a side than this bound the stretch (and are never made).
const MAX_SIDE: usize = 2;

/// The rows, each stretch around an unbalanced row aligned again where `score` (a row's
/// log-probability by its sentences) finds the new rows more probable by over `margin`.
/// Rows that cannot move (marked identical, `similarity` 1, as the anchored headings are, or
/// of more than [`MAX_SIDE`] sentences a side) bound the stretches: the runs of movable rows
/// between them are mended apart, in parallel (a book's chapters), with the same rows as one
/// after the other.
pub(super) fn mend(
    groups: Vec<Group>,
    margin: f64,
    score: impl Fn(Range<usize>, Range<usize>) -> f64 + Sync,
) -> Vec<Group> {
    let mut runs: Vec<Vec<Group>> = vec![Vec::new()];
    for g in groups {
        if movable(&g) {
            runs.last_mut().expect("a run").push(g);
        } else {
            runs.push(vec![g]);
            runs.push(Vec::new());
        }
    }
    runs.into_par_iter()
        .flat_map_iter(|run| mend_run(run, margin, &score))
        .collect()
}

/// Whether a row may be aligned again.
fn movable(g: &Group) -> bool {
    g.similarity < 1.0 && g.old.len() <= MAX_SIDE && g.new.len() <= MAX_SIDE
}

/// [`mend`] on one run of rows; a row that cannot move passes through.
fn mend_run(
    mut rows: Vec<Group>,
    margin: f64,
    score: impl Fn(Range<usize>, Range<usize>) -> f64,
) -> Vec<Group> {
    // Neighbouring stretches overlap: each row is scored once.
    let scored = std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    let score = |o: Range<usize>, n: Range<usize>| -> f64 {
        let key = (o.start, o.end, n.start, n.end);
        if let Some(&s) = scored.borrow().get(&key) {
            return s;
        }
        let s = score(o, n);
        scored.borrow_mut().insert(key, s);
        s
    };
    let unbalanced = |g: &Group| g.old.len() != g.new.len();
    let mut k = 0;
    while k < rows.len() {
        if !(movable(&rows[k]) && unbalanced(&rows[k])) {
            k += 1;
            continue;
        }
        let mut lo = k;
        while lo > 0 && k - lo < REACH && movable(&rows[lo - 1]) {
            lo -= 1;
        }
        let mut hi = k + 1;
        while hi < rows.len() && hi - k <= REACH && movable(&rows[hi]) {
            hi += 1;
        }
        let old = rows[lo].old.start..rows[hi - 1].old.end;
        let new = rows[lo].new.start..rows[hi - 1].new.end;
        let now: f64 = rows[lo..hi]
            .iter()
            .map(|g| score(g.old.clone(), g.new.clone()))
            .sum();
        let (best, path) = best_rows(old, new, &rows[lo..hi], score);
        if best > now + margin && path != rows[lo..hi] {
            let made = path.len();
            rows.splice(lo..hi, path);
            k = lo + made;
        } else {
            k += 1;
        }
    }
    rows
}

/// The new rows stay within this many sentences of the present rows' path (a gap moves by
/// at most this many).
const BAND: usize = 2;

/// The most probable rows of 1-1, 1-0, 0-1, 2-1 and 1-2 sentences covering `old` and `new`
/// in order, near the path of the present rows `now`, by `score`, and their score.
fn best_rows(
    old: Range<usize>,
    new: Range<usize>,
    now: &[Group],
    score: impl Fn(Range<usize>, Range<usize>) -> f64,
) -> (f64, Vec<Group>) {
    const STEPS: [(usize, usize); 5] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)];
    let (n, m) = (old.len(), new.len());
    let at = |i: usize, j: usize| i * (m + 1) + j;
    // For each count of old sentences, the fewest and most new sentences the present path has
    // there (several at one count where rows of new sentences alone follow each other).
    let mut path = vec![(usize::MAX, 0usize); n + 1];
    for g in now {
        for (i, j) in [
            (g.old.start - old.start, g.new.start - new.start),
            (g.old.end - old.start, g.new.end - new.start),
        ] {
            path[i] = (path[i].0.min(j), path[i].1.max(j));
        }
    }
    // A count inside a row's old sentences: the row's start.
    for i in 1..=n {
        if path[i].0 == usize::MAX {
            path[i] = path[i - 1];
        }
    }
    let near = |i: usize, j: usize| j + BAND >= path[i].0 && j <= path[i].1 + BAND;
    let mut best = vec![f64::NEG_INFINITY; (n + 1) * (m + 1)];
    let mut came: Vec<(usize, usize)> = vec![(0, 0); (n + 1) * (m + 1)];
    best[0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            if best[at(i, j)] == f64::NEG_INFINITY {
                continue;
            }
            for (di, dj) in STEPS {
                if i + di > n || j + dj > m || !near(i + di, j + dj) {
                    continue;
                }
                let o = old.start + i..old.start + i + di;
                let w = new.start + j..new.start + j + dj;
                let s = best[at(i, j)] + score(o, w);
                if s > best[at(i + di, j + dj)] {
                    best[at(i + di, j + dj)] = s;
                    came[at(i + di, j + dj)] = (di, dj);
                }
            }
        }
    }
    if best[at(n, m)] == f64::NEG_INFINITY {
        return (f64::NEG_INFINITY, now.to_vec());
    }
    let mut rows = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (di, dj) = came[at(i, j)];
        rows.push(Group {
            old: old.start + i - di..old.start + i,
            new: new.start + j - dj..new.start + j,
            similarity: 0.0,
        });
        i -= di;
        j -= dj;
    }
    rows.reverse();
    (best[at(n, m)], rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::group::group;

    /// Sentence `i` of the old side renders sentence `pairs[i]` of the new one (or nothing).
    fn scorer(pairs: &[Option<usize>]) -> impl Fn(Range<usize>, Range<usize>) -> f64 + '_ {
        move |o: Range<usize>, n: Range<usize>| {
            let rendered = |i: usize| pairs[i].is_some_and(|j| n.contains(&j));
            let explained = o.clone().filter(|&i| rendered(i)).count() as f64;
            let covered = n
                .clone()
                .filter(|&j| o.clone().any(|i| pairs[i] == Some(j)))
                .count() as f64;
            let words = (o.len() + n.len()) as f64;
            // Each sentence explained is worth 2, each left unexplained costs 1, a row of
            // two sentences on a side 1.5.
            let joined = if o.len() > 1 || n.len() > 1 { 1.5 } else { 0.0 };
            2.0 * (explained + covered) - (words - explained - covered) - joined
        }
    }

    #[test]
    fn a_gap_one_verse_off_moves_to_the_verse_the_translation_lost() {
        // Old 0..5, new 0..4: old 2 was left out; the grid dropped old 3 and shifted.
        let pairs = [Some(0), Some(1), None, Some(2), Some(3)];
        let rows = vec![
            group(0..1, 0..1),
            group(1..2, 1..2),
            group(2..3, 2..3),
            group(3..4, 3..3),
            group(4..5, 3..4),
        ];
        let mended = mend(rows, 0.5, scorer(&pairs));
        assert_eq!(
            mended,
            vec![
                group(0..1, 0..1),
                group(1..2, 1..2),
                group(2..3, 2..2),
                group(3..4, 2..3),
                group(4..5, 3..4),
            ]
        );
    }

    #[test]
    fn rows_as_likely_as_the_new_ones_and_anchors_stay() {
        let pairs = [Some(0), Some(1), None, Some(2)];
        let right = vec![
            group(0..1, 0..1),
            group(1..2, 1..2),
            group(2..3, 2..2),
            group(3..4, 2..3),
        ];
        assert_eq!(mend(right.clone(), 0.5, scorer(&pairs)), right);
        // An identical row bounds the stretch: the gap cannot cross it.
        let pairs = [Some(0), Some(1), Some(2), None];
        let mut rows = vec![
            group(0..1, 0..1),
            group(1..2, 1..1),
            group(2..3, 1..2),
            group(3..4, 2..3),
        ];
        assert_ne!(mend(rows.clone(), 0.5, scorer(&pairs)), rows);
        rows[2].similarity = 1.0;
        assert_eq!(mend(rows.clone(), 0.5, scorer(&pairs)), rows);
    }

    #[test]
    fn a_run_of_added_sentences_is_mended_within_reach() {
        // Three new sentences alone between two pairs: the band follows the present path up
        // the run (a band about one point of it left the end unreachable).
        let pairs = [Some(0), Some(4)];
        let rows = vec![
            group(0..1, 0..1),
            group(1..1, 1..2),
            group(1..1, 2..3),
            group(1..1, 3..4),
            group(1..2, 4..5),
        ];
        assert_eq!(mend(rows.clone(), 0.5, scorer(&pairs)), rows);
        let pairs = [Some(3), Some(4)];
        let mended = mend(rows, 0.5, scorer(&pairs));
        assert_eq!(mended.first(), Some(&group(0..0, 0..1)));
        assert_eq!(mended.last(), Some(&group(1..2, 4..5)));
    }
}
