//! Alignment across languages, where sentences share no words: Gale and Church's length
//! model (the characters of a clause and of its translation are close to proportional), with
//! marks that survive translation (numbers, names) as extra evidence, over the same clause
//! units, anchors and band as the same-language path.

use std::ops::Range;

use super::anchored::between_anchors;
use super::band::Band;
use super::group::Group;
use super::length::{length_cost, length_cost_floor};
use super::marks::is_number;

/// The steps a path can take, (old units, new units), with Gale and Church's prior
/// probabilities (1-1 0.89, 1-0 or 0-1 0.0099, 2-1 or 1-2 0.089, 2-2 0.011), split evenly
/// between the two directions, and a small prior of our own for 3-1 and 1-3 (0.002, the best of 0.002, 0.005, 0.01 and 0.02 on KJV against RV1909 Genesis): clauses are
/// finer than the sentences Gale and Church aligned, and one translation's sentence is often
/// three of the other's clauses. Ties go to the earlier step.
const STEPS: [((usize, usize), f64); 8] = [
    ((1, 1), 0.89),
    ((2, 1), 0.0445),
    ((1, 2), 0.0445),
    ((2, 2), 0.011),
    ((3, 1), 0.002),
    ((1, 3), 0.002),
    ((0, 1), 0.00495),
    ((1, 0), 0.00495),
];
/// A mark (number, name) found on both sides of a group is worth this many nats.
const MARK_MATCH: f64 = 3.0;
/// A name found on one side only costs this many: translations respell names ("Noah",
/// "Noé"), so a miss is weak evidence.
const NAME_MISS: f64 = 1.0;
/// A number found on one side only costs this many: numbers keep their digits in
/// translation, so a miss says the group is wrong or the translation lost it.
const NUMBER_MISS: f64 = 2.5;
/// A dictionary translation of a source word found in the translation's group is worth this
/// many nats; one not found costs nothing (translators choose among synonyms).
const LEXICON_MATCH: f64 = 1.5;
/// A word prefix both sides of a group share (a likely cognate) is worth this many nats.
const COGNATE_MATCH: f64 = 1.0;
/// Half-width of the grid's band, in units: the length model costs a log and a polynomial
/// per cell and step, and a whole chapter solved in full cost the whole-Bible report a third
/// of its time. 20, 30 and 40 give the same rows as the full grid on KJV against RV1909 and on
/// the man pages read (grep, ls, apropos, dpkg-architecture in German, Spanish, French).
const CROSS_BAND: usize = 30;
/// Gaps longer than this many units on a side are aligned in pieces along the diagonal.
const MAX_GAP: usize = 8_000;

/// What the length model needs of one side.
pub(crate) struct CrossSide<'a> {
    /// Each unit's identity (equal for identical units, such as chapter headings).
    pub(crate) keys: &'a [u64],
    /// Each unit's length in characters.
    pub(crate) chars: &'a [u32],
    /// Each unit's marks (numbers by value, names folded), as ids.
    pub(crate) marks: &'a [Vec<u64>],
    /// With a bilingual dictionary: each unit's source words' translations (on the source's
    /// side) or its words (on the translation's), as ids; empty without one.
    pub(crate) lexicon: &'a [Vec<u64>],
    /// Each unit's cognate prefixes as a 64-bit signature (bit `id % 64` for each id; see
    /// [`signature`]); empty to leave them out.
    pub(crate) cognates: &'a [u64],
}

/// Half-width, in units, of the band around an earlier alignment's path that a second
/// alignment searches (`guide`): the learned words move a row's edges by a unit or two, not
/// by a chapter. 4, 8 and 16 give the same rows on Text+Berg's dev document.
const GUIDED_BAND: usize = 8;

/// Aligns two unit sequences by length and marks; groups in order, covering every unit once.
/// With `guide` (an earlier alignment of the same units), only cells near its path are
/// searched.
pub(crate) fn align_across(
    old: &CrossSide,
    new: &CrossSide,
    ratio: f64,
    guide: Option<&[Group]>,
) -> Vec<Group> {
    between_anchors(old.keys, new.keys, |o, n| {
        solve_in_pieces(old, new, o, n, ratio, guide)
    })
}

/// A gap too long for one grid is cut into pieces along the diagonal (memory and time stay
/// bounded, at some cost in optimality), as on the same-language path.
fn solve_in_pieces(
    old: &CrossSide,
    new: &CrossSide,
    olds: Range<usize>,
    news: Range<usize>,
    ratio: f64,
    guide: Option<&[Group]>,
) -> Vec<Group> {
    let pieces = olds.len().max(news.len()).div_ceil(MAX_GAP).max(1);
    let cut = |r: &Range<usize>, k: usize| r.start + r.len() * k / pieces;
    (0..pieces)
        .flat_map(|k| {
            let o = cut(&olds, k)..cut(&olds, k + 1);
            let n = cut(&news, k)..cut(&news, k + 1);
            let band = guide
                .and_then(|g| path_through(g, &o, &n))
                .map(|path| Band::around_path(&path, n.len(), GUIDED_BAND));
            solve(old, new, o, n, ratio, band)
        })
        .collect()
}

/// The best path through one gap's grid.
fn solve(
    old: &CrossSide,
    new: &CrossSide,
    olds: Range<usize>,
    news: Range<usize>,
    ratio: f64,
    band: Option<Band>,
) -> Vec<Group> {
    let (n, m) = (olds.len(), news.len());
    // Lengths pull a translation's path close to the diagonal: a band of `CROSS_BAND` units,
    // or of the two sides' difference where one side omits or adds that many, is enough.
    let band = band.unwrap_or_else(|| Band::around_diagonal(n, m, CROSS_BAND.max(n.abs_diff(m))));
    let mut score = vec![f64::NEG_INFINITY; band.cells()];
    let mut step_taken = vec![u8::MAX; band.cells()];
    score[0] = 0.0;
    // The priors' logarithms, once per grid rather than once per cell and step.
    let log_priors = STEPS.map(|(_, prior)| prior.ln());
    for a in 0..=n {
        for b in band.lo[a]..=band.hi[a] {
            let here = band.index(a, b).expect("cell in band");
            for (s, &((da, db), _)) in STEPS.iter().enumerate() {
                if a < da || b < db {
                    continue;
                }
                let Some(from) = band.index(a - da, b - db) else {
                    continue;
                };
                if score[from] == f64::NEG_INFINITY {
                    continue;
                }
                let o = olds.start + a - da..olds.start + a;
                let w = news.start + b - db..news.start + b;
                // The length cost (a square root, divisions, a logarithm) is most of a
                // step's cost and never below 0: a step that cannot win without it is
                // passed over, and the path is the same (floating point's sums and
                // differences are monotone, so the bound holds exactly).
                let gain = Gain::of(old, new, o, w, log_priors[s]);
                if score[from] + gain.at_most(ratio) <= score[here] {
                    continue;
                }
                let candidate = score[from] + gain.with_lengths(ratio);
                if candidate > score[here] {
                    score[here] = candidate;
                    step_taken[here] = s as u8;
                }
            }
        }
    }
    let (mut a, mut b) = (n, m);
    let mut groups = Vec::new();
    while a > 0 || b > 0 {
        let here = band.index(a, b).expect("path stays in band");
        let ((da, db), _) = STEPS[step_taken[here] as usize];
        groups.push(Group {
            old: olds.start + a - da..olds.start + a,
            new: news.start + b - db..news.start + b,
            similarity: 0.0,
        });
        a -= da;
        b -= db;
    }
    groups.reverse();
    groups
}

/// The path `guide`'s groups take through the grid of `olds` against `news`, as each row's
/// first and last column (relative to the gap), if its groups tile that grid exactly.
fn path_through(
    guide: &[Group],
    olds: &Range<usize>,
    news: &Range<usize>,
) -> Option<Vec<(usize, usize)>> {
    // Groups run in order on both sides: the gap's first starts where it does.
    let first = guide.partition_point(|g| (g.old.start, g.new.start) < (olds.start, news.start));
    let mut path = vec![(usize::MAX, 0); olds.len() + 1];
    let (mut a, mut b) = (0, 0);
    path[0] = (0, 0);
    for g in &guide[first..] {
        if (a, b) == (olds.len(), news.len()) {
            break;
        }
        if g.old.start != olds.start + a || g.new.start != news.start + b {
            return None;
        }
        let (da, db) = (g.old.len(), g.new.len());
        if a + da > olds.len() || b + db > news.len() {
            return None;
        }
        // The group's step passes through rows a..=a+da, at columns b..=b+db.
        for row in &mut path[a..=a + da] {
            row.0 = row.0.min(b);
            row.1 = row.1.max(b + db);
        }
        (a, b) = (a + da, b + db);
    }
    ((a, b) == (olds.len(), news.len())).then_some(path)
}

/// What a group adds to the path's log-probability: its prior (`log_prior`, a logarithm), its
/// length evidence and its marks.
fn gain(
    old: &CrossSide,
    new: &CrossSide,
    o: Range<usize>,
    n: Range<usize>,
    log_prior: f64,
    ratio: f64,
) -> f64 {
    Gain::of(old, new, o, n, log_prior).with_lengths(ratio)
}

/// A group's evidence but its lengths' cost, and its lengths, for [`gain`].
struct Gain {
    log_prior: f64,
    /// Each side's characters, `None` for a unit left alone: measured against nothing,
    /// Gale and Church's length term grows with the unit, so a long omission would always be
    /// folded into a neighbour's row instead of standing as the omission it is; it costs its
    /// prior only.
    chars: Option<(usize, usize)>,
    shared: usize,
    lexicon: usize,
    cognates: u32,
    names: usize,
    numbers: usize,
}

impl Gain {
    fn of(
        old: &CrossSide,
        new: &CrossSide,
        o: Range<usize>,
        n: Range<usize>,
        log_prior: f64,
    ) -> Gain {
        let mut gain = Gain {
            log_prior,
            chars: None,
            shared: 0,
            lexicon: 0,
            cognates: 0,
            names: 0,
            numbers: 0,
        };
        // A unit left alone has nothing to match its marks against: its prior is its whole
        // cost.
        if o.is_empty() || n.is_empty() {
            return gain;
        }
        let chars = |side: &CrossSide, r: &Range<usize>| -> usize {
            side.chars[r.clone()].iter().map(|&c| c as usize).sum()
        };
        gain.chars = Some((chars(old, &o), chars(new, &n)));
        let (shared, [names, numbers]) = shared_marks(&old.marks[o.clone()], &new.marks[n.clone()]);
        (gain.shared, gain.names, gain.numbers) = (shared, names, numbers);
        if !old.lexicon.is_empty() {
            gain.lexicon = shared_ids(&old.lexicon[o.clone()], &new.lexicon[n.clone()]);
        }
        // The prefixes both sides share, as the bits their signatures share: a popcount per
        // cell and step, where looking the ids up cost the cross-language report a sixth more
        // instructions. Two prefixes on one bit count once, a rare loss of evidence. Most
        // groups share no prefix: the popcount (a dozen instructions where the CPU baseline
        // has no POPCNT) only for those that do.
        if !old.cognates.is_empty() {
            gain.cognates = match union(&old.cognates[o]) & union(&new.cognates[n]) {
                0 => 0,
                shared => shared.count_ones(),
            };
        }
        gain
    }

    /// The gain with its lengths' cost.
    fn with_lengths(&self, ratio: f64) -> f64 {
        let length = self
            .chars
            .map_or(0.0, |(old, new)| length_cost(old, new, ratio));
        self.less(length)
    }

    /// The most the gain can be: its lengths costing their floor (`length_cost_floor`).
    fn at_most(&self, ratio: f64) -> f64 {
        let floor = self
            .chars
            .map_or(0.0, |(old, new)| length_cost_floor(old, new, ratio));
        self.less(floor)
    }

    /// The evidence less a length cost, in one order of operations for both uses.
    fn less(&self, length: f64) -> f64 {
        self.log_prior - length
            + MARK_MATCH * self.shared as f64
            + LEXICON_MATCH * self.lexicon as f64
            + COGNATE_MATCH * f64::from(self.cognates)
            - NAME_MISS * self.names as f64
            - NUMBER_MISS * self.numbers as f64
    }
}

/// A row of more sentences than the grid's steps pair is this improbable a priori: below
/// every step's prior.
const LARGE_ROW_PRIOR: f64 = 0.001;

/// What a row adds to a path's log-probability, its prior by its shape (the grid's steps';
/// [`LARGE_ROW_PRIOR`] for larger rows), its lengths and its marks, for sides whose units are
/// whole sentences.
pub(crate) fn row_gain(
    old: &CrossSide,
    new: &CrossSide,
    o: Range<usize>,
    n: Range<usize>,
    ratio: f64,
) -> f64 {
    let shape = (o.len(), n.len());
    let prior = STEPS
        .iter()
        .find(|(step, _)| *step == shape)
        .map_or(LARGE_ROW_PRIOR, |&(_, p)| p);
    gain(old, new, o, n, prior.ln(), ratio)
}

/// A set of ids as 64 bits: bit `id % 64` for each.
pub(crate) fn signature(ids: &[u64]) -> u64 {
    ids.iter().fold(0, |acc, id| acc | 1 << (id % 64))
}

/// The union of signatures: the ids of several units, as one signature. A grid's steps span
/// at most three units, taken without an iterator's overhead.
pub(crate) fn union(sigs: &[u64]) -> u64 {
    match *sigs {
        [a] => a,
        [a, b] => a | b,
        [a, b, c] => a | b | c,
        _ => sigs.iter().fold(0, |acc, s| acc | s),
    }
}

/// How many ids the old side's units and the new side's have in common (each once). Each
/// unit's ids are sorted and distinct (`marks::marks_and_lexicon`), and the looked-up side's
/// units hold dozens (every translation of every word) against the other's handful: each id
/// of the side with fewer is looked up by binary search, in its own side's units before its
/// own (so it counts once) and in the other side's.
fn shared_ids(old: &[Vec<u64>], new: &[Vec<u64>]) -> usize {
    let total = |units: &[Vec<u64>]| units.iter().map(Vec::len).sum::<usize>();
    let (few, many) = if total(old) <= total(new) {
        (old, new)
    } else {
        (new, old)
    };
    let has = |units: &[Vec<u64>], id: &u64| units.iter().any(|u| u.binary_search(id).is_ok());
    few.iter()
        .enumerate()
        .map(|(k, unit)| {
            unit.iter()
                .filter(|id| !has(&few[..k], id) && has(many, id))
                .count()
        })
        .sum()
}

/// How many marks the two sides of a group share (each mark matched once: per value, the
/// smaller of its two counts), and how many names and numbers stand on one side only. Units
/// carry a handful of marks, so values are counted directly: nothing is allocated on the
/// grid's hot path.
fn shared_marks(old: &[Vec<u64>], new: &[Vec<u64>]) -> (usize, [usize; 2]) {
    let olds = || old.iter().flatten().copied();
    let news = || new.iter().flatten().copied();
    let kind = |mark: u64| usize::from(is_number(mark));
    let mut total = [0, 0];
    for mark in olds().chain(news()) {
        total[kind(mark)] += 1;
    }
    let mut shared = [0, 0];
    for (i, a) in olds().enumerate() {
        // Each value is counted once, at its first occurrence.
        if olds().take(i).any(|b| b == a) {
            continue;
        }
        let here = olds().filter(|&b| b == a).count();
        let there = news().filter(|&b| b == a).count();
        shared[kind(a)] += here.min(there);
    }
    let alone = [total[0] - 2 * shared[0], total[1] - 2 * shared[1]];
    (shared[0] + shared[1], alone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::group::ranges;

    fn side<'a>(keys: &'a [u64], chars: &'a [u32], marks: &'a [Vec<u64>]) -> CrossSide<'a> {
        CrossSide {
            keys,
            chars,
            marks,
            lexicon: &[],
            cognates: &[],
        }
    }

    #[test]
    fn lengths_pair_units_one_to_one_and_find_a_split() {
        // Old: 40, 90, 30 characters; new: the same, with the second split in two.
        let (ko, kn) = ([1, 2, 3], [4, 5, 6, 7]);
        let none = vec![Vec::new(); 4];
        let got = align_across(
            &side(&ko, &[40, 90, 30], &none[..3]),
            &side(&kn, &[42, 45, 44, 31], &none),
            1.0,
            None,
        );
        assert_eq!(ranges(&got), [(0..1, 0..1), (1..2, 1..3), (2..3, 3..4)]);
    }

    #[test]
    fn a_dictionary_s_words_decide_where_lengths_cannot_and_a_miss_costs_nothing() {
        // As with marks: only the lexicon says the new side's first unit is an addition;
        // the old units' other translations, found nowhere, change nothing.
        let (ko, kn) = ([1, 2], [3, 4, 5]);
        let none = vec![Vec::new(); 3];
        let old_lexicon = vec![vec![11, 12, 77], vec![21, 88]];
        let new_lexicon = vec![vec![99], vec![11, 12], vec![21]];
        let old = CrossSide {
            lexicon: &old_lexicon,
            ..side(&ko, &[50, 50], &none[..2])
        };
        let new = CrossSide {
            lexicon: &new_lexicon,
            ..side(&kn, &[50, 50, 50], &none)
        };
        let got = align_across(&old, &new, 1.0, None);
        assert_eq!(ranges(&got), [(0..0, 0..1), (0..1, 1..2), (1..2, 2..3)]);
        assert_eq!(shared_ids(&old_lexicon[..1], &new_lexicon[1..2]), 2);
    }

    #[test]
    fn marks_decide_where_lengths_cannot() {
        // Two units of equal length on each side: only the marks say the new side's first
        // unit is an addition.
        let (ko, kn) = ([1, 2], [3, 4, 5]);
        let old_marks = vec![vec![101], vec![201]];
        let new_marks = vec![vec![999], vec![101], vec![201]];
        let got = align_across(
            &side(&ko, &[50, 50], &old_marks),
            &side(&kn, &[50, 50, 50], &new_marks),
            1.0,
            None,
        );
        assert_eq!(ranges(&got), [(0..0, 0..1), (0..1, 1..2), (1..2, 2..3)]);
    }

    #[test]
    fn identical_units_anchor_and_every_unit_is_covered_once() {
        let (ko, kn) = ([9, 1, 2, 8, 3], [9, 4, 8, 5, 6]);
        let none = vec![Vec::new(); 5];
        let chars = [10, 60, 60, 10, 30];
        let got = align_across(
            &side(&ko, &chars, &none),
            &side(&kn, &[10, 125, 10, 14, 15], &none),
            1.0,
            None,
        );
        assert_eq!(
            ranges(&got),
            [(0..1, 0..1), (1..3, 1..2), (3..4, 2..3), (4..5, 3..5)]
        );
    }

    #[test]
    fn a_search_near_a_path_finds_that_path_when_the_evidence_is_the_same() {
        // Forty units a side with a split and a merge: guided by its own rows (an exact
        // tiling), the banded search gives the same rows; a guide that does not tile the grid
        // is ignored.
        let ko: Vec<u64> = (0..40).collect();
        let kn: Vec<u64> = (100..141).collect();
        let mut old_chars: Vec<u32> = (0..40).map(|k| 30 + (k * 37 % 50)).collect();
        let mut new_chars = old_chars.clone();
        new_chars.insert(10, old_chars[10] / 2);
        new_chars[11] = old_chars[10] / 2;
        old_chars[30] += 1;
        let none = vec![Vec::new(); 41];
        let old = side(&ko, &old_chars, &none[..40]);
        let new = side(&kn, &new_chars, &none);
        let free = align_across(&old, &new, 1.0, None);
        assert_eq!(align_across(&old, &new, 1.0, Some(&free)), free);
        assert_eq!(align_across(&old, &new, 1.0, Some(&free[1..])), free);
        assert!(path_through(&free[1..], &(0..40), &(0..41)).is_none());
    }

    #[test]
    fn shared_marks_count_each_mark_once() {
        // Odd ids are numbers, even ones names.
        assert_eq!(
            shared_marks(&[vec![1, 1, 2]], &[vec![1], vec![4]]),
            (1, [2, 1])
        );
        assert_eq!(shared_marks(&[vec![1, 2]], &[vec![2, 1]]), (2, [0, 0]));
        assert_eq!(shared_marks(&[], &[vec![5]]), (0, [0, 1]));
    }
}
