//! Across languages the clause grid prices an omission per clause: a verse of three clauses
//! left out of the translation costs three omissions, its neighbour of one clause costs one.
//! So the grid can drop the short neighbour instead and fold the long verse into the row of
//! the neighbour's translation: "These also are the chief of the mighty men…" stood alone,
//! and "And this is the number of the mighty men…; Jashobeam…" (the verse the translation
//! lost) faced "Estos son los principales de los valientes…, con todo Israel, … sobre
//! Israel". A reviewer saw the omission one verse off.
//!
//! The sentence model (`sentence_rows::SentenceModel`) prices a row by whole sentences: a
//! sentence left out is one omission whatever its clauses, and its marks and learned words
//! weigh against the row's. Here a sentence without counterpart beside a row changes places
//! with the row's edge sentence on its side when that model finds the other reading more
//! probable. A local search: every change raises the path's probability under the model, so
//! it ends; nothing is reordered, and the rows still cover every sentence once, in order.
//!
//! Only that move. Also cutting a lone sentence out of a 2-1 row, or joining a lone sentence
//! to its row, by the same model found no more of the omissions put into the tuning books
//! (Exodus to Deuteronomy) and lost Text+Berg dev's strict F1 0.872 → 0.852 (BENCHMARKS.md).

use std::ops::Range;

use super::group::Group;

/// A change must gain this much (nats) to be made: the model's own ties stay as the grid
/// left them.
const MIN_GAIN: f64 = 1e-6;

/// The rows with each sentence that has no counterpart moved to the edge of its neighbouring
/// row where `gain` (a row's log-probability by its sentences) finds that reading more
/// probable; rows of more than `max_side` sentences on a side are not made. Rows marked
/// identical (`similarity` 1, the anchored headings) are left as they are.
pub(super) fn recut(
    groups: Vec<Group>,
    max_side: usize,
    gain: impl Fn(Range<usize>, Range<usize>) -> f64,
) -> Vec<Group> {
    let gain_of = |g: &Group| gain(g.old.clone(), g.new.clone());
    let movable = |g: &Group| g.similarity < 1.0;
    let mut rows = groups;
    let mut k = 0;
    while k + 1 < rows.len() {
        let (first, second) = (&rows[k], &rows[k + 1]);
        let moved = (movable(first) && movable(second))
            .then(|| moved_lone(first, second, max_side))
            .flatten()
            .filter(|parts| {
                let now = gain_of(first) + gain_of(second);
                parts.iter().map(gain_of).sum::<f64>() > now + MIN_GAIN
            });
        match moved {
            Some(parts) => {
                rows.splice(k..=k + 1, parts);
                // The moved sentence may go on past the row before.
                k = k.saturating_sub(1);
            }
            None => k += 1,
        }
    }
    rows
}

/// Two neighbouring rows, one of them a lone sentence on one side, read the other way: the
/// lone sentence joins the row and the row's far edge sentence on that side stands alone.
/// `None` when neither row is lone, the other row has no sentence on the lone one's side to
/// give up, or the row would outgrow `max_side`.
fn moved_lone(first: &Group, second: &Group, max_side: usize) -> Option<[Group; 2]> {
    let lone = |g: &Group| g.old.len() + g.new.len() == 1;
    let row = |old: Range<usize>, new: Range<usize>| Group {
        old,
        new,
        similarity: 0.0,
    };
    let on_old = |g: &Group| !g.old.is_empty();
    if lone(first) && !second.old.is_empty() && !second.new.is_empty() {
        // The lone sentence before the row: the row takes it and gives up its last one.
        if on_old(first) {
            let keep = first.old.start..second.old.end - 1;
            let out = second.old.end - 1..second.old.end;
            (keep.len() <= max_side).then(|| {
                [
                    row(keep, second.new.clone()),
                    row(out, second.new.end..second.new.end),
                ]
            })
        } else {
            let keep = first.new.start..second.new.end - 1;
            let out = second.new.end - 1..second.new.end;
            (keep.len() <= max_side).then(|| {
                [
                    row(second.old.clone(), keep),
                    row(second.old.end..second.old.end, out),
                ]
            })
        }
    } else if lone(second) && !first.old.is_empty() && !first.new.is_empty() {
        // The lone sentence after the row: the row takes it and gives up its first one.
        if on_old(second) {
            let out = first.old.start..first.old.start + 1;
            let keep = first.old.start + 1..second.old.end;
            (keep.len() <= max_side).then(|| {
                [
                    row(out, first.new.start..first.new.start),
                    row(keep, first.new.clone()),
                ]
            })
        } else {
            let out = first.new.start..first.new.start + 1;
            let keep = first.new.start + 1..second.new.end;
            (keep.len() <= max_side).then(|| {
                [
                    row(first.old.start..first.old.start, out),
                    row(first.old.clone(), keep),
                ]
            })
        }
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::group::{group, ranges};

    /// A toy model of a translation that lost old sentence `lost`: new sentence `j` renders
    /// old `j` before the loss and old `j + 1` after it. A row gains for each old sentence
    /// whose rendering it holds and pays for its shape and its size.
    fn model(lost: usize) -> impl Fn(Range<usize>, Range<usize>) -> f64 {
        move |o: Range<usize>, n: Range<usize>| {
            // New sentence j renders old j, or old j + 1 past the lost one.
            let source = |j: usize| if j < lost { j } else { j + 1 };
            let rendered: Vec<usize> = n.clone().map(source).collect();
            let matched = o.clone().filter(|i| rendered.contains(i)).count() as f64;
            let shape = match (o.len(), n.len()) {
                (1, 1) => -0.1,
                (1, 0) | (0, 1) => -5.0,
                _ => -3.0,
            };
            shape + 4.0 * matched - 2.0 * (o.len() + n.len()) as f64
        }
    }

    #[test]
    fn a_lost_sentence_moves_to_its_place_from_either_side() {
        // Old 0..3 against new 0..2, the translation lost old sentence 1. The grid dropped
        // old 0 and paired old 1 with new 0: the loss moves to old 1.
        let right = [(0..1, 0..1), (1..2, 1..1), (2..3, 1..2)];
        let rows = vec![group(0..1, 0..0), group(1..2, 0..1), group(2..3, 1..2)];
        assert_eq!(ranges(&recut(rows, 6, model(1))), right);
        // It dropped old 2 and paired old 1 with new 1.
        let rows = vec![group(0..1, 0..1), group(1..2, 1..2), group(2..3, 2..2)];
        assert_eq!(ranges(&recut(rows, 6, model(1))), right);
        // Two rows away: it moves on.
        let rows = vec![
            group(0..1, 0..0),
            group(1..2, 0..1),
            group(2..3, 1..2),
            group(3..4, 2..3),
        ];
        assert_eq!(
            ranges(&recut(rows, 6, model(2))),
            [(0..1, 0..1), (1..2, 1..2), (2..3, 2..2), (3..4, 2..3)]
        );
    }

    #[test]
    fn an_added_sentence_moves_likewise() {
        // The same pair with its sides swapped: the translation added new sentence 1.
        let swap = |g: Group| group(g.new, g.old);
        let swapped = |o: Range<usize>, n: Range<usize>| model(1)(n, o);
        let rows = vec![group(0..0, 0..1), group(0..1, 1..2), group(1..2, 2..3)];
        let got: Vec<Group> = recut(rows, 6, swapped).into_iter().map(swap).collect();
        assert_eq!(ranges(&got), [(0..1, 0..1), (1..2, 1..1), (2..3, 1..2)]);
    }

    #[test]
    fn anchored_rows_and_rows_the_model_prefers_stay() {
        let right = vec![group(0..1, 0..1), group(1..2, 1..1), group(2..3, 1..2)];
        assert_eq!(recut(right.clone(), 6, model(1)), right);
        let mut anchored = vec![group(0..1, 0..0), group(1..2, 0..1), group(2..3, 1..2)];
        for g in &mut anchored {
            g.similarity = 1.0;
        }
        assert_eq!(recut(anchored.clone(), 6, model(1)), anchored);
    }
}
