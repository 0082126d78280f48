//! The rows of a comparison from the aligner's groups: each row's kind and word diff, and its
//! drift findings, filled in place and in parallel.

use std::ops::Range;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::align::{Group, Move};
use crate::comparison::{Comparison, Finding, Row, RowKind};
use crate::diff::ops::{OpTag, WordOp};
use crate::diff::words::diff_texts;
use crate::drift;
use crate::knowledge::Knowledge;
use crate::side::{Pair, Side};
use crate::text::tokens::Text;

/// The groups become the rows (and are gone before the rows are filled in); moved rows name
/// their partners.
/// `confidence`: each group's, or empty.
pub(super) fn rows_of(groups: Vec<Group>, moves: &[Move], confidence: &[f32]) -> Vec<Row> {
    let mut rows: Vec<Row> = groups
        .into_iter()
        .enumerate()
        .map(|(k, g)| Row {
            kind: RowKind::Equal,
            sentences: Pair::new(g.old, g.new),
            ops: Vec::new(),
            partner: None,
            similarity: g.similarity,
            confidence: confidence.get(k).copied(),
        })
        .collect();
    for m in moves {
        rows[m.from].partner = Some(m.to);
        rows[m.to].partner = Some(m.from);
        rows[m.from].similarity = m.similarity;
        rows[m.to].similarity = m.similarity;
    }
    rows
}

/// Each row's kind and word ops, set in place, and every row's findings, in row order, with
/// each document's words (the drift checks count them on their way).
pub(super) fn fill_rows(
    cmp: &Comparison,
    rows: &mut [Row],
    moves: &[Move],
    knowledge: &Knowledge,
) -> (Vec<Finding>, Pair<usize>) {
    let checks = drift::Checks::new(cmp, rows, knowledge);
    let findings = diff_rows(cmp, rows, moves, Some(&checks));
    (checks.settle(rows, findings), checks.word_counts())
}

/// Each row's kind and word ops, set in place; with `checks`, each row's findings too (not
/// yet settled), in row order.
pub(super) fn diff_rows(
    cmp: &Comparison,
    rows: &mut [Row],
    moves: &[Move],
    checks: Option<&drift::Checks>,
) -> Vec<Finding> {
    // A moved row is diffed against its partner's text: the partners are copied out (moves
    // are few) so the rows can be filled in place, in parallel, with no second list of results.
    let partners: FxHashMap<usize, Row> = moves
        .iter()
        .flat_map(|m| [m.from, m.to])
        .map(|k| (k, rows[k].clone()))
        .collect();
    // Each row is diffed and checked for drift in one pass, so its text is tokenized once.
    rows.par_iter_mut()
        .enumerate()
        .flat_map_iter(|(k, row)| {
            let partner = row.partner.map(|p| &partners[&p]);
            let Some(sides) = Sides::of(cmp, row, partner) else {
                row.kind = RowKind::Equal;
                row.ops = Vec::new();
                return Vec::new();
            };
            let (kind, ops) = sides.diff(cmp, row);
            // A move's two halves are checked once, at the old half; its texts are the pair
            // above.
            let found = checks.map_or_else(Vec::new, |checks| {
                let texts = drift::checks_content(row, kind).then_some((&sides.old, &sides.new));
                checks.row(&drift::RowUnderCheck {
                    k,
                    row,
                    kind,
                    texts,
                    ops: &ops,
                })
            });
            row.kind = kind;
            row.ops = ops;
            found
        })
        .collect()
}

/// The kind and word ops of a row; `partner` is the other half of a move.
pub(super) fn diff_row(
    cmp: &Comparison,
    row: &Row,
    partner: Option<&Row>,
) -> (RowKind, Vec<WordOp>) {
    match Sides::of(cmp, row, partner) {
        Some(sides) => sides.diff(cmp, row),
        None => (RowKind::Equal, Vec::new()),
    }
}

/// A row's two sides, tokenized once for the word diff and the drift checks.
struct Sides<'a> {
    old: Text<'a>,
    new: Text<'a>,
    old_range: Range<usize>,
    new_range: Range<usize>,
}

impl<'a> Sides<'a> {
    /// The sides of `row` (a move's: its old half's and its partner's new half's); `None`
    /// when the row holds sentences of neither version (among three versions, a third
    /// version's addition: nothing to diff or check).
    fn of(cmp: &'a Comparison, row: &Row, partner: Option<&Row>) -> Option<Sides<'a>> {
        if row.sentences.old.is_empty() && row.sentences.new.is_empty() {
            return None;
        }
        let (old_row, new_row) = match partner {
            Some(p) if row.sentences.old.is_empty() => (p, row),
            Some(p) => (row, p),
            None => (row, row),
        };
        let old_range = cmp.text_range(old_row, Side::Old);
        let new_range = cmp.text_range(new_row, Side::New);
        Some(Sides {
            old: Text::new(&cmp.docs.old.text[old_range.clone()]),
            new: Text::new(&cmp.docs.new.text[new_range.clone()]),
            old_range,
            new_range,
        })
    }

    /// The word ops between the sides, and the row's kind from them.
    fn diff(&self, cmp: &Comparison, row: &Row) -> (RowKind, Vec<WordOp>) {
        let (o, n) = (&self.old_range, &self.new_range);
        let ops = diff_texts(&self.old, o.start, &self.new, n.start, &cmp.options);
        let kind = if row.partner.is_some() {
            RowKind::Moved
        } else if n.is_empty() {
            RowKind::Deleted
        } else if o.is_empty() {
            RowKind::Inserted
        } else if ops.iter().all(|op| op.tag == OpTag::Equal) {
            RowKind::Equal
        } else {
            RowKind::Changed
        };
        (kind, ops)
    }
}
