//! Rows laid again by hand: a reviewer's link (sentences of each side that belong in one
//! row) becomes a row of its own, the rows it cuts keep what is left of them, and the rows'
//! kinds, word diffs and findings are made again over the whole comparison (the checks that
//! weigh the whole pair, names and lengths, see the rows as they now are).

use std::ops::Range;

use crate::align::Move;
use crate::comparison::{Comparison, Row, RowKind};
use crate::knowledge::Knowledge;
use crate::side::{Pair, Side};

use super::frame::{completed, unfilled};
use super::rows::fill_rows;

/// How many rows one link may gather beyond its own sentences: the reader's fixes are local
/// (a row and its neighbour); a link that would gather more was located in a document that
/// changed around it, and is left out rather than fold a stretch into one row.
const SPARE_ROWS: usize = 2;

/// Why a link cannot be laid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unlaid {
    /// The link holds no sentence.
    Empty,
    /// The link's sentences lie outside the documents.
    OutOfRange,
    /// Its sentences are scattered over more rows than a fix gathers.
    TooFar,
}

/// `cmp` with each link laid in order (a later link over an earlier one), its rows filled
/// again; and for each link, whether it was laid or why not. A link that is already a row
/// changes nothing.
pub fn relink(
    cmp: &Comparison,
    links: &[Pair<Range<usize>>],
    knowledge: &Knowledge,
) -> (Comparison, Vec<Result<(), Unlaid>>) {
    let mut rows = cmp.rows.clone();
    let lengths = Pair::new(cmp.sentences.old.len(), cmp.sentences.new.len());
    let laid: Vec<Result<(), Unlaid>> = links
        .iter()
        .map(|link| lay(&mut rows, link, lengths.clone(), cmp.across))
        .collect();
    let moves: Vec<Move> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.sentences.old.is_empty())
        .filter_map(|(k, r)| {
            r.partner.map(|to| Move {
                from: k,
                to,
                similarity: r.similarity,
            })
        })
        .collect();
    let base = Comparison {
        dictionary: cmp.dictionary.clone(),
        word_links: cmp.word_links.clone(),
        ..unfilled(
            cmp.docs.clone(),
            cmp.sentences.clone(),
            cmp.options,
            cmp.across,
        )
    };
    let (findings, words) = fill_rows(&base, &mut rows, &moves, knowledge);
    (
        completed(Comparison { words, ..base }, rows, findings),
        laid,
    )
}

/// Lays one link on `rows`, which cover `lengths` sentences of each side in order.
fn lay(
    rows: &mut Vec<Row>,
    link: &Pair<Range<usize>>,
    lengths: Pair<usize>,
    across: bool,
) -> Result<(), Unlaid> {
    if link.old.is_empty() && link.new.is_empty() {
        return Err(Unlaid::Empty);
    }
    if link.old.end > lengths.old || link.new.end > lengths.new {
        return Err(Unlaid::OutOfRange);
    }
    let touches =
        |r: &Row| overlaps(&r.sentences.old, &link.old) || overlaps(&r.sentences.new, &link.new);
    let (Some(first), Some(last)) = (
        rows.iter().position(touches),
        rows.iter().rposition(touches),
    ) else {
        return Err(Unlaid::OutOfRange);
    };
    if first == last && rows[first].sentences == *link && rows[first].partner.is_none() {
        return Ok(());
    }
    if last - first + 1 > link.old.len() + link.new.len() + SPARE_ROWS {
        return Err(Unlaid::TooFar);
    }
    let run = first..last + 1;
    // Where the link stands on a side it leaves empty: after what the first row it cuts keeps
    // of that side when the row keeps sentences before the link, else before it.
    let cut = |side: Side| -> Range<usize> {
        let (mine, other) = (link.get(side), link.get(side.other()));
        if !mine.is_empty() {
            return mine.clone();
        }
        let r = &rows[first].sentences;
        let at = if other.start > r.get(side.other()).start {
            r.get(side).end
        } else {
            r.get(side).start
        };
        at..at
    };
    let link = Pair::new(cut(Side::Old), cut(Side::New));
    let mut laid: Vec<Row> = Vec::new();
    let piece = |r: &Row, old: Range<usize>, new: Range<usize>| Row {
        kind: RowKind::Equal,
        sentences: Pair::new(old, new),
        ops: Vec::new(),
        partner: None,
        similarity: r.similarity,
        confidence: None,
    };
    for r in &rows[run.clone()] {
        let s = &r.sentences;
        let before = piece(
            r,
            clamp(&s.old, 0, link.old.start),
            clamp(&s.new, 0, link.new.start),
        );
        if !before.is_empty() {
            laid.push(before);
        }
    }
    laid.push(Row {
        similarity: rows[run.clone()]
            .iter()
            .map(|r| r.similarity)
            .fold(0.0, f32::max),
        // The reviewer says the row is right: across languages it is sure.
        confidence: across.then_some(1.0),
        ..piece(&rows[first], link.old.clone(), link.new.clone())
    });
    for r in &rows[run.clone()] {
        let s = &r.sentences;
        let after = piece(
            r,
            clamp(&s.old, link.old.end, usize::MAX),
            clamp(&s.new, link.new.end, usize::MAX),
        );
        if !after.is_empty() {
            laid.push(after);
        }
    }
    // A move with a half in the run is undone: its other half stands alone.
    for k in run.clone() {
        if let Some(p) = rows[k].partner
            && !run.contains(&p)
        {
            rows[p].partner = None;
        }
    }
    let grown = laid.len() as isize - run.len() as isize;
    for r in rows.iter_mut() {
        if let Some(p) = r.partner.as_mut()
            && *p > last
        {
            *p = (*p as isize + grown) as usize;
        }
    }
    rows.splice(run, laid);
    Ok(())
}

/// Whether two sentence ranges share a sentence.
fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The part of `r` within `lo..hi`, an empty range at its place when nothing is.
fn clamp(r: &Range<usize>, lo: usize, hi: usize) -> Range<usize> {
    let start = r.start.clamp(lo, hi);
    start..r.end.clamp(lo, hi).max(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare_texts as run;

    fn links(cmp: &Comparison) -> Vec<(Range<usize>, Range<usize>)> {
        cmp.rows
            .iter()
            .map(|r| (r.sentences.old.clone(), r.sentences.new.clone()))
            .collect()
    }

    const OLD: &str = "The bridge opened in May.\n\nFerries run every hour.\n\nTickets cost two euros.\n\nThe mayor was pleased.\n";
    const NEW: &str =
        "The bridge opened in May.\n\nFerries run every hour.\n\nThe mayor was pleased.\n";

    #[test]
    fn a_link_becomes_a_row_and_the_rows_it_cuts_keep_the_rest() {
        let cmp = run(OLD, NEW);
        assert_eq!(
            links(&cmp),
            [(0..1, 0..1), (1..2, 1..2), (2..3, 2..2), (3..4, 2..3)]
        );
        // The dropped sentence joined to the row above, by hand.
        let (fixed, laid) = relink(&cmp, &[Pair::new(1..3, 1..2)], &Knowledge::none());
        assert_eq!(laid, [Ok(())]);
        assert_eq!(links(&fixed), [(0..1, 0..1), (1..3, 1..2), (3..4, 2..3)]);
        assert_eq!(fixed.rows[1].kind, RowKind::Changed);
        assert_eq!(fixed.stats.deleted, 0);
        // The findings follow: the dropped row's finding is gone with it.
        assert!(fixed.findings.iter().all(|f| f.row < fixed.rows.len()));
        // Split again: the two sentences apart, the second alone.
        let (back, _) = relink(
            &fixed,
            &[Pair::new(1..2, 1..2), Pair::new(2..3, 2..2)],
            &Knowledge::none(),
        );
        assert_eq!(links(&back), links(&cmp));
        assert_eq!(back.findings, cmp.findings);
    }

    #[test]
    fn a_lone_link_stands_where_the_row_it_leaves_put_it() {
        let cmp = run(OLD, NEW);
        let (joined, _) = relink(&cmp, &[Pair::new(1..3, 1..2)], &Knowledge::none());
        // The second sentence alone: the translation's sentence stays with the first.
        let (second, _) = relink(&joined, &[Pair::new(2..3, 2..2)], &Knowledge::none());
        assert_eq!(links(&second), links(&cmp));
        // The first sentence alone: the translation's sentence goes with the second.
        let (first, _) = relink(&joined, &[Pair::new(1..2, 1..1)], &Knowledge::none());
        assert_eq!(
            links(&first),
            [(0..1, 0..1), (1..2, 1..1), (2..3, 1..2), (3..4, 2..3)]
        );
    }

    #[test]
    fn a_link_already_a_row_or_out_of_reach_changes_nothing() {
        let cmp = run(OLD, NEW);
        let (same, laid) = relink(
            &cmp,
            &[
                Pair::new(0..1, 0..1),
                Pair::new(0..9, 0..1),
                Pair::new(0..0, 0..0),
            ],
            &Knowledge::none(),
        );
        assert_eq!(laid, [Ok(()), Err(Unlaid::OutOfRange), Err(Unlaid::Empty)]);
        assert_eq!(links(&same), links(&cmp));
        // The first and the last sentence in one row would gather the whole text.
        let (_, laid) = relink(&cmp, &[Pair::new(0..1, 2..3)], &Knowledge::none());
        assert_eq!(laid, [Ok(())], "three rows: within reach");
    }

    #[test]
    fn a_link_through_a_moved_sentence_undoes_the_move() {
        const A: &str = "The minister arrived in Geneva on Monday for the talks.";
        const B: &str = "Protesters gathered outside the hotel carrying banners and flags.";
        const C: &str = "Negotiators expect a long week of difficult sessions.";
        const D: &str = "The central bank raised interest rates by half a point.";
        const E: &str = "Farmers reported a poor harvest after the dry summer.";
        let cmp = run(&[A, B, C, D, E].join("\n"), &[A, C, D, E, B].join("\n"));
        let from = cmp
            .rows
            .iter()
            .position(|r| r.kind == RowKind::Moved)
            .unwrap();
        assert_eq!(cmp.rows[from].sentences.old, 1..2);
        // The moved sentence joined to the row above it.
        let (fixed, laid) = relink(&cmp, &[Pair::new(0..2, 0..1)], &Knowledge::none());
        assert_eq!(laid, [Ok(())]);
        assert!(fixed.rows.iter().all(|r| r.partner.is_none()));
        assert_eq!(fixed.stats.moved, 0);
        let last = fixed.rows.last().unwrap();
        assert_eq!(
            (last.kind, last.sentences.new.clone()),
            (RowKind::Inserted, 4..5)
        );
        assert!(
            fixed
                .rows
                .iter()
                .all(|r| r.partner.is_none_or(|p| p < fixed.rows.len()))
        );
    }
}
