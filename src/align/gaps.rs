//! One gap between anchors aligned by dynamic programming over 1-1, 1-0, 0-1, 2-1, 1-2 and
//! 2-2 groups; gaps too long for one grid are cut into pieces along the diagonal.

use std::ops::Range;

use rayon::prelude::*;

use super::band::{Band, BandRow};
use super::features::Features;
use super::group::{Group, SideInput};
use super::scorer::ManyScorer;
use super::similarity::similarity;

/// A pairing below this similarity loses to leaving both sentences unmatched.
const PAIR_THRESHOLD: f32 = 0.4;
/// Cost of leaving one sentence unmatched.
const GAP_COST: f32 = 0.05;
/// Extra cost of a split or merge over a plain pairing.
const MERGE_COST: f32 = 0.05;
/// Gaps longer than this many sentences on a side are aligned in pieces.
const MAX_GAP: usize = 8_000;

/// The steps a path through the grid can take: (old sentences, new sentences).
// On ties the earlier step wins; (0, 1) before (1, 0) puts drops before adds in reading order,
// since the path is traced backwards.
const STEPS: [(usize, usize); 6] = [(1, 1), (2, 1), (1, 2), (2, 2), (0, 1), (1, 0)];

/// Aligns the sentences `olds` against `news` (a gap between anchors), appending the groups
/// in order.
pub(super) fn align_gap(
    old: &SideInput,
    new: &SideInput,
    olds: Range<usize>,
    news: Range<usize>,
    out: &mut Vec<Group>,
) {
    if olds.is_empty() || news.is_empty() {
        let (old_end, new_start) = (olds.end, news.start);
        out.extend(olds.map(|i| one_sided(i..i + 1, new_start..new_start)));
        out.extend(news.map(|j| one_sided(old_end..old_end, j..j + 1)));
        return;
    }
    let longest = olds.len().max(news.len());
    if longest > MAX_GAP {
        // A gap with no anchor over tens of thousands of sentences (a book with no identical
        // sentence, a file of a million short lines) is cut into pieces along the diagonal,
        // each aligned on its own: memory and time stay bounded at some cost in optimality.
        let pieces = longest.div_ceil(MAX_GAP);
        let cut = |r: &Range<usize>, k: usize| r.start + r.len() * k / pieces;
        let solved: Vec<Vec<Group>> = (0..pieces)
            .into_par_iter()
            .map(|k| {
                let mut part = Vec::new();
                let o = cut(&olds, k)..cut(&olds, k + 1);
                let n = cut(&news, k)..cut(&news, k + 1);
                align_gap(old, new, o, n, &mut part);
                part
            })
            .collect();
        out.extend(solved.into_iter().flatten());
        return;
    }
    let gap = Gap::new(old, new, olds, news);
    gap.solve(out);
}

/// What a group adds to an alignment's score: its similarity above the pairing threshold,
/// counted per sentence it covers, less a cost for each split or merge it makes; a one-sided
/// group costs its sentence. The objective the grid maximises, and the one larger groups are
/// weighed by after it (`units`).
pub(super) fn group_gain(olds: usize, news: usize, similarity: f32) -> f32 {
    if olds == 0 || news == 0 {
        return -GAP_COST * (olds + news) as f32;
    }
    let sentences = (olds + news) as f32;
    let merges = (olds + news - 2) as f32;
    sentences / 2.0 * (similarity - PAIR_THRESHOLD) - merges * MERGE_COST
}

fn one_sided(old: Range<usize>, new: Range<usize>) -> Group {
    Group {
        old,
        new,
        similarity: 0.0,
    }
}

/// A cell of the grid being filled, and what its steps read: the band rows it can be
/// reached from (this one and the two before) and the scores so far.
struct Cell<'a> {
    a: usize,
    b: usize,
    rows: &'a [BandRow; 3],
    score: &'a [f32],
}

struct Gap<'a> {
    old: &'a [Features],
    new: &'a [Features],
    old_pairs: Vec<Features>,
    new_pairs: Vec<Features>,
    start: (usize, usize),
}

impl<'a> Gap<'a> {
    fn new(old: &'a SideInput, new: &'a SideInput, olds: Range<usize>, news: Range<usize>) -> Self {
        let start = (olds.start, news.start);
        let old = &old.features[olds];
        let new = &new.features[news];
        let pairs = |f: &[Features]| f.windows(2).map(|w| w[0].merged(&w[1])).collect();
        Gap {
            old_pairs: pairs(old),
            new_pairs: pairs(new),
            old,
            new,
            start,
        }
    }

    /// Similarity of the group ending at cell (a, b) that took `step`.
    fn group_similarity(&self, a: usize, b: usize, step: (usize, usize)) -> f32 {
        match step {
            (1, 1) => similarity(&self.old[a - 1], &self.new[b - 1]),
            (2, 1) => similarity(&self.old_pairs[a - 2], &self.new[b - 1]),
            (1, 2) => similarity(&self.old[a - 1], &self.new_pairs[b - 2]),
            (2, 2) => similarity(&self.old_pairs[a - 2], &self.new_pairs[b - 2]),
            _ => 0.0,
        }
    }

    fn gain(step: (usize, usize), similarity: f32) -> f32 {
        group_gain(step.0, step.1, similarity)
    }

    /// The similarity of the group a step ending at (a, b) forms, or `None` when the step
    /// cannot pay off. `pair(a, b)` is the cached 1-1 similarity of old[a-1] and new[b-1],
    /// `None` outside the band.
    #[inline(always)]
    fn step_similarity(
        &self,
        a: usize,
        b: usize,
        step: (usize, usize),
        pair: impl Fn(usize, usize) -> Option<f32>,
        scorer: &ManyScorer,
    ) -> Option<f32> {
        match step {
            (1, 1) => pair(a, b),
            (1, 0) | (0, 1) => Some(0.0),
            // Two good 1-1 pairs read better than one 2-2 block; merged bags of words always
            // look a little more alike, so the 2-2 is kept for crossing splits only.
            (2, 2)
                if [pair(a - 1, b - 1), pair(a, b)]
                    .iter()
                    .all(|p| p.is_some_and(|p| p >= PAIR_THRESHOLD)) =>
            {
                None
            }
            _ => {
                // Leaving all the group's sentences unmatched is always possible; a group whose
                // best possible similarity cannot beat that is not worth computing.
                let floor = -((step.0 + step.1) as f32) * GAP_COST;
                // First a coarser bound from the part pairs alone: `merged_bound` weighs them
                // by sizes that add up to at most twice the group's, so it is at most twice
                // their best. Most cells of a chapter's grid share nothing and stop here.
                // (Plain loops: this runs for most cells of every grid, and the iterator
                // chain it replaced cost a tenth of the grid's time.)
                let mut best_part = 0.0f32;
                for i in a + 1 - step.0..=a {
                    for j in b + 1 - step.1..=b {
                        let p = pair(i, j).unwrap_or(1.0);
                        if p > best_part {
                            best_part = p;
                        }
                    }
                }
                if Self::gain(step, (2.0 * best_part).min(1.0)) <= floor {
                    return None;
                }
                let bound = self.merged_bound(a, b, step, &pair);
                (Self::gain(step, bound) > floor).then(|| scorer.score(step.0, step.1, b - 1))
            }
        }
    }

    /// An upper bound on a merged group's similarity from its parts' cached 1-1 similarities.
    /// The words (and the trigrams) a merged group shares are at most those its parts share
    /// pairwise, and a part pair's cached similarity bounds both its word score and 0.9 times
    /// its trigram score; so each kind of score of the group is bounded by the parts' scores
    /// weighted by their sizes.
    #[inline(always)]
    fn merged_bound(
        &self,
        a: usize,
        b: usize,
        step: (usize, usize),
        pair: &impl Fn(usize, usize) -> Option<f32>,
    ) -> f32 {
        let (olds, news) = (a - step.0..a, b - step.1..b);
        // Sizes of each part: (word weight, trigram count).
        let size = |f: &Features| (f.total(), f.trigram_count() as f32);
        let (mut total_words, mut total_grams) = (0.0, 0.0);
        for f in self.old[olds.clone()].iter().chain(&self.new[news.clone()]) {
            let (w, g) = size(f);
            total_words += w;
            total_grams += g;
        }
        let (mut shared_words, mut shared_grams) = (0.0, 0.0);
        for i in olds {
            let (wi, gi) = size(&self.old[i]);
            for j in news.clone() {
                let (wj, gj) = size(&self.new[j]);
                // A part pair outside the band was never scored: assume the best.
                let p = pair(i + 1, j + 1).unwrap_or(1.0);
                shared_words += p * (wi + wj);
                shared_grams += p * (gi + gj);
            }
        }
        let share = |shared: f32, total: f32| if total > 0.0 { shared / total } else { 0.0 };
        share(shared_words, total_words).max(share(shared_grams, total_grams))
    }

    fn solve(&self, out: &mut Vec<Group>) {
        let (n, m) = (self.old.len(), self.new.len());
        let band = Band::new(n, m);
        let mut score = vec![f32::NEG_INFINITY; band.cells()];
        let mut step_taken = vec![u8::MAX; band.cells()];
        // 1-1 similarities, each computed once, shared by the steps that need them.
        let mut pairs = vec![0.0f32; band.cells()];
        score[0] = 0.0;
        let mut scorer = ManyScorer::new(self.old, &self.old_pairs, self.new, &self.new_pairs);
        for a in 0..=n {
            if a > 0 {
                scorer.set_old(a - 1);
            }
            // This row and the two before it: every step from a cell of this row starts in
            // one of them.
            let row_at = |k: usize| a.checked_sub(k).map_or(BandRow::NONE, |r| band.row(r));
            let rows = [row_at(0), row_at(1), row_at(2)];
            for b in band.lo[a]..=band.hi[a] {
                let here = rows[0].index(b).expect("cell in band");
                if a > 0 && b > 0 {
                    pairs[here] = scorer.score(1, 1, b - 1);
                }
                // Cells of rows a-1 and a only, as the steps ask (see `step_similarity`).
                let pair = |x: usize, y: usize| rows[a - x].index(y).map(|i| pairs[i]);
                // The steps in `STEPS` order, each its own copy of `offer` so that its sizes
                // are constants there (the loop over them cost a third of the grid's time).
                let cell = Cell {
                    a,
                    b,
                    rows: &rows,
                    score: &score,
                };
                let mut best = (score[here], step_taken[here]);
                self.offer::<1, 1>(0, &cell, &pair, &scorer, &mut best);
                self.offer::<2, 1>(1, &cell, &pair, &scorer, &mut best);
                self.offer::<1, 2>(2, &cell, &pair, &scorer, &mut best);
                self.offer::<2, 2>(3, &cell, &pair, &scorer, &mut best);
                self.offer::<0, 1>(4, &cell, &pair, &scorer, &mut best);
                self.offer::<1, 0>(5, &cell, &pair, &scorer, &mut best);
                (score[here], step_taken[here]) = best;
            }
        }
        self.backtrack(&band, &step_taken, out);
    }

    /// Step `STEPS[s]` = (DA, DB) into the cell: taken into `best` (score, step) when it
    /// scores higher than what `best` holds.
    #[inline(always)]
    fn offer<const DA: usize, const DB: usize>(
        &self,
        s: u8,
        cell: &Cell,
        pair: &impl Fn(usize, usize) -> Option<f32>,
        scorer: &ManyScorer,
        best: &mut (f32, u8),
    ) {
        debug_assert_eq!(STEPS[usize::from(s)], (DA, DB));
        let (a, b) = (cell.a, cell.b);
        if a < DA || b < DB {
            return;
        }
        let Some(from) = cell.rows[DA].index(b - DB) else {
            return;
        };
        let before = cell.score[from];
        if before == f32::NEG_INFINITY {
            return;
        }
        let Some(sim) = self.step_similarity(a, b, (DA, DB), pair, scorer) else {
            return;
        };
        let candidate = before + Self::gain((DA, DB), sim);
        if candidate > best.0 {
            *best = (candidate, s);
        }
    }

    fn backtrack(&self, band: &Band, step_taken: &[u8], out: &mut Vec<Group>) {
        let (mut a, mut b) = (self.old.len(), self.new.len());
        let mut groups = Vec::new();
        while a > 0 || b > 0 {
            let here = band.index(a, b).expect("path stays in band");
            let (da, db) = STEPS[step_taken[here] as usize];
            let (i, j) = self.start;
            groups.push(Group {
                old: i + a - da..i + a,
                new: j + b - db..j + b,
                similarity: self.group_similarity(a, b, (da, db)),
            });
            a -= da;
            b -= db;
        }
        out.extend(groups.into_iter().rev());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::anchored::align;

    fn run(old: &[&str], new: &[&str]) -> Vec<(Range<usize>, Range<usize>)> {
        let (fo, ko): (Vec<Features>, Vec<u64>) = old.iter().map(|s| Features::with_key(s)).unzip();
        let (fnew, kn): (Vec<Features>, Vec<u64>) =
            new.iter().map(|s| Features::with_key(s)).unzip();
        let groups = align(
            &SideInput {
                features: &fo,
                keys: &ko,
            },
            &SideInput {
                features: &fnew,
                keys: &kn,
            },
        );
        groups.into_iter().map(|g| (g.old, g.new)).collect()
    }

    const A: &str = "The minister arrived in Geneva on Monday for the talks.";
    const B: &str = "Negotiators expect a long week of difficult sessions.";
    const C: &str = "Protesters gathered outside the hotel carrying banners.";

    #[test]
    fn identical_sentences_pair_one_to_one() {
        assert_eq!(
            run(&[A, B, C], &[A, B, C]),
            [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]
        );
    }

    #[test]
    fn dropped_and_added_sentences_stand_alone() {
        assert_eq!(
            run(&[A, B, C], &[A, C]),
            [(0..1, 0..1), (1..2, 1..1), (2..3, 1..2)]
        );
        assert_eq!(
            run(&[A, C], &[A, B, C]),
            [(0..1, 0..1), (1..1, 1..2), (1..2, 2..3)]
        );
    }

    #[test]
    fn reworded_sentence_pairs() {
        let b2 = "Negotiators expect a long and difficult week of sessions ahead.";
        assert_eq!(
            run(&[A, B, C], &[A, b2, C]),
            [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]
        );
    }

    #[test]
    fn split_and_merge_form_one_group() {
        let merged = "The minister arrived in Geneva on Monday for the talks, and negotiators expect a long week of difficult sessions.";
        assert_eq!(run(&[A, B, C], &[merged, C]), [(0..2, 0..1), (2..3, 1..2)]);
        assert_eq!(run(&[merged, C], &[A, B, C]), [(0..1, 0..2), (1..2, 2..3)]);
    }

    #[test]
    fn crossing_splits_form_a_two_by_two_group() {
        let old = [
            "And the earth was without form, and void; and darkness was upon the face of the deep.",
            "And the Spirit of God moved upon the face of the waters.",
        ];
        let new = [
            "The earth was formless and empty.",
            "Darkness was on the surface of the deep and God’s Spirit was hovering over the surface of the waters.",
        ];
        assert_eq!(run(&old, &new), [(0..2, 0..2)]);
        // Two good pairs stay two rows.
        assert_eq!(run(&[A, B], &[A, B]), [(0..1, 0..1), (1..2, 1..2)]);
    }

    #[test]
    fn merged_bound_never_undercuts_a_merged_similarity() {
        let texts = [
            A,
            B,
            C,
            "Sources",
            "Source:",
            "The minister arrived.",
            "In Geneva on Monday.",
            "alpha12",
            "alpha15",
            "Negotiators expect a long week.",
        ];
        let (features, keys): (Vec<Features>, Vec<u64>) =
            texts.iter().map(|s| Features::with_key(s)).unzip();
        let side = SideInput {
            features: &features,
            keys: &keys,
        };
        let n = texts.len();
        let gap = Gap::new(&side, &side, 0..n, 0..n);
        let pair = |x: usize, y: usize| Some(similarity(&features[x - 1], &features[y - 1]));
        for a in 2..=n {
            for b in 2..=n {
                for step in [(2, 1), (1, 2), (2, 2)] {
                    let bound = gap.merged_bound(a, b, step, &pair);
                    let exact = gap.group_similarity(a, b, step);
                    assert!(
                        bound + 1e-5 >= exact,
                        "{step:?} at {a},{b}: {bound} < {exact}"
                    );
                }
            }
        }
    }

    #[test]
    fn unrelated_sentences_do_not_pair() {
        let x = "Cats sleep most of the afternoon in warm places.";
        assert_eq!(run(&[A], &[x]), [(0..1, 0..0), (1..1, 0..1)]);
    }

    #[test]
    fn banded_alignment_of_a_long_gap_stays_on_the_diagonal() {
        let old: Vec<String> = (0..800)
            .map(|i| format!("Verse number {i} says thing {}.", i * 7))
            .collect();
        let new: Vec<String> = (0..800)
            .map(|i| format!("Verse number {i} tells thing {}.", i * 7))
            .collect();
        let o: Vec<&str> = old.iter().map(String::as_str).collect();
        let n: Vec<&str> = new.iter().map(String::as_str).collect();
        let groups = run(&o, &n);
        assert_eq!(groups.len(), 800);
        assert!(
            groups
                .iter()
                .enumerate()
                .all(|(k, g)| g.0 == (k..k + 1) && g.1 == (k..k + 1))
        );
    }

    #[test]
    fn huge_gaps_are_cut_into_pieces_and_still_cover_everything() {
        let old: Vec<String> = (0..20_000)
            .map(|i| format!("line {} here", i % 7))
            .collect();
        let new: Vec<String> = (0..19_000)
            .map(|i| format!("line {} here", i % 7))
            .collect();
        let o: Vec<&str> = old.iter().map(String::as_str).collect();
        let n: Vec<&str> = new.iter().map(String::as_str).collect();
        let groups = run(&o, &n);
        let covered = |old_side: bool| {
            let mut next = 0;
            for (o, n) in &groups {
                let r = if old_side { o } else { n };
                if !r.is_empty() {
                    assert_eq!(r.start, next);
                    next = r.end;
                }
            }
            next
        };
        assert_eq!(covered(true), 20_000);
        assert_eq!(covered(false), 19_000);
    }
}
