//! A lone dropped sentence and a lone added one between the same two aligned neighbours are
//! most often one sentence reworded past the aligner's pairing threshold ("And Joseph knew his
//! brethren, but they knew not him." / "Joseph recognized his brothers, but they didn't
//! recognize him."): they pair as one changed row when their lengths agree and they share
//! something. Moves are found first, so a sentence that moved elsewhere is not paired here.

use std::ops::Range;

use super::features::Features;
use super::group::Group;
use super::length::length_deviation;
use super::moves::Move;
use super::similarity::similarity;

/// A lone pair must share at least this much (a name, a few content words).
const LONE_PAIR_FLOOR: f32 = 0.05;
/// Lengths this many standard deviations apart or more disagree (Gale and Church: about 95%
/// of true one-to-one pairs fall within two).
const LENGTH_AGREEMENT: f64 = 2.0;

/// What pairing needs to know of the groups: each one-sided group's sentence features, the
/// byte length of a run of sentences on each side, and the documents' length ratio.
pub(crate) struct LoneEvidence<'a, L: Fn(&Range<usize>, &Range<usize>) -> (usize, usize)> {
    pub(crate) features: &'a [Option<Features>],
    pub(crate) lengths: L,
    pub(crate) ratio: f64,
}

/// The groups with lone pairs joined; `moves` are renumbered to the new groups.
pub(crate) fn pair_lone<L: Fn(&Range<usize>, &Range<usize>) -> (usize, usize)>(
    groups: Vec<Group>,
    evidence: &LoneEvidence<'_, L>,
    moves: &mut [Move],
) -> Vec<Group> {
    let n = groups.len();
    let mut in_move = vec![false; n];
    for m in moves.iter() {
        in_move[m.from] = true;
        in_move[m.to] = true;
    }
    let paired = |k: usize| !groups[k].old.is_empty() && !groups[k].new.is_empty();
    let lone = |k: usize| {
        let g = &groups[k];
        !in_move[k] && g.old.len() + g.new.len() == 1
    };
    let mut out = Vec::with_capacity(n);
    let mut renumbered = vec![0; n];
    let mut k = 0;
    while k < n {
        let pair = k + 1 < n
            && lone(k)
            && lone(k + 1)
            && groups[k].old.is_empty() != groups[k + 1].old.is_empty()
            && (k == 0 || paired(k - 1))
            && (k + 2 >= n || paired(k + 2));
        if pair && let Some(joined) = join(&groups[k], &groups[k + 1], [k, k + 1], evidence) {
            renumbered[k] = out.len();
            renumbered[k + 1] = out.len();
            out.push(joined);
            k += 2;
            continue;
        }
        renumbered[k] = out.len();
        out.push(groups[k].clone());
        k += 1;
    }
    for m in moves {
        m.from = renumbered[m.from];
        m.to = renumbered[m.to];
    }
    out
}

/// The one changed group a lone drop and a lone add (in either order) make, if their
/// evidence agrees.
fn join<L: Fn(&Range<usize>, &Range<usize>) -> (usize, usize)>(
    a: &Group,
    b: &Group,
    at: [usize; 2],
    evidence: &LoneEvidence<'_, L>,
) -> Option<Group> {
    let (dropped, added) = if a.new.is_empty() { (0, 1) } else { (1, 0) };
    let (gd, ga) = ([a, b][dropped], [a, b][added]);
    let features = |k: usize| evidence.features[at[k]].as_ref();
    let s = similarity(features(dropped)?, features(added)?);
    let (old_len, new_len) = (evidence.lengths)(&gd.old, &ga.new);
    let agree = length_deviation(old_len, new_len, evidence.ratio).abs() < LENGTH_AGREEMENT;
    (s >= LONE_PAIR_FLOOR && agree).then(|| Group {
        old: gd.old.clone(),
        new: ga.new.clone(),
        similarity: s,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(old: Range<usize>, new: Range<usize>) -> Group {
        Group {
            old,
            new,
            similarity: 0.5,
        }
    }

    fn run(groups: Vec<Group>, texts: &[Option<&str>], moves: &mut [Move]) -> Vec<Group> {
        let features: Vec<Option<Features>> = texts.iter().map(|t| t.map(Features::of)).collect();
        let lengths: Vec<usize> = texts.iter().map(|t| t.map_or(0, str::len)).collect();
        // Each test sentence's length, found by the group that holds it.
        let by_range = |old: &Range<usize>, new: &Range<usize>| {
            let find = |pick: fn(&Group) -> &Range<usize>, r: &Range<usize>| {
                (0..groups.len())
                    .find(|&k| pick(&groups[k]) == r && !r.is_empty())
                    .map_or(0, |k| lengths[k])
            };
            (find(|g| &g.old, old), find(|g| &g.new, new))
        };
        let evidence = LoneEvidence {
            features: &features,
            lengths: by_range,
            ratio: 1.0,
        };
        pair_lone(groups.clone(), &evidence, moves)
    }

    const OLD: &str = "And Joseph knew his brethren, but they knew not him.";
    const NEW: &str = "Joseph recognized his brothers, but they didn't recognize him.";

    #[test]
    fn a_lone_drop_and_add_between_pairs_become_one_changed_row() {
        let groups = vec![
            group(0..1, 0..1),
            group(1..2, 1..1),
            group(2..2, 1..2),
            group(2..3, 2..3),
        ];
        let got = run(groups, &[None, Some(OLD), Some(NEW), None], &mut []);
        let ranges: Vec<_> = got.iter().map(|g| (g.old.clone(), g.new.clone())).collect();
        assert_eq!(ranges, [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]);
    }

    #[test]
    fn unrelated_or_unequal_sentences_and_longer_runs_stay_apart() {
        let groups = || {
            vec![
                group(0..1, 0..1),
                group(1..2, 1..1),
                group(2..2, 1..2),
                group(2..3, 2..3),
            ]
        };
        let unrelated = "Cattle grazed quietly in the valley below the hills.";
        let long = "Joseph recognized his brothers at once, although they did not recognize him at all, for he was dressed as an Egyptian lord and spoke through an interpreter.";
        for new in [unrelated, long] {
            let got = run(groups(), &[None, Some(OLD), Some(new), None], &mut []);
            assert_eq!(got.len(), 4, "{new}");
        }
        // Drop, add, add: not a lone pair.
        let groups = vec![
            group(0..1, 0..1),
            group(1..2, 1..1),
            group(2..2, 1..2),
            group(2..2, 2..3),
        ];
        let got = run(groups, &[None, Some(OLD), Some(NEW), Some(NEW)], &mut []);
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn moves_keep_their_sentences_and_are_renumbered() {
        let moved = "The caravan of camels crossed the desert toward Egypt.";
        let groups = vec![
            group(0..1, 0..1),
            group(1..2, 1..1),
            group(2..2, 1..2),
            group(2..3, 2..3),
            group(3..4, 3..3),
            group(4..5, 3..4),
            group(5..5, 4..5),
        ];
        let mut moves = [Move {
            from: 4,
            to: 6,
            similarity: 0.9,
        }];
        let texts = [
            None,
            Some(OLD),
            Some(NEW),
            None,
            Some(moved),
            None,
            Some(moved),
        ];
        let got = run(groups, &texts, &mut moves);
        assert_eq!(got.len(), 6);
        assert_eq!((got[1].old.clone(), got[1].new.clone()), (1..2, 1..2));
        assert_eq!((moves[0].from, moves[0].to), (3, 5));
        assert_eq!(got[3].old, 3..4);
        assert_eq!(got[5].new, 4..5);
    }

    #[test]
    fn half_of_a_move_is_never_paired_here() {
        let groups = vec![group(0..1, 0..0), group(1..1, 0..1), group(1..2, 1..2)];
        let mut moves = [Move {
            from: 0,
            to: 1,
            similarity: 0.9,
        }];
        let got = run(groups, &[Some(OLD), Some(NEW), None], &mut moves);
        assert_eq!(got.len(), 3);
        assert_eq!((moves[0].from, moves[0].to), (0, 1));
    }
}
