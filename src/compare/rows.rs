//! The rows of a comparison from the aligner's groups: each row's kind and word diff, and its
//! drift findings, filled in place and in parallel.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::align::{Group, Move};
use crate::comparison::{Comparison, Finding, Row, RowKind};
use crate::diff::ops::{OpTag, WordOp};
use crate::diff::words::diff_texts;
use crate::drift;
use crate::segment::tokens::Text;
use crate::side::{Pair, Side};

/// The groups become the rows (and are gone before the rows are filled in); moved rows name
/// their partners.
pub(super) fn rows_of(groups: Vec<Group>, moves: &[Move]) -> Vec<Row> {
    let mut rows: Vec<Row> = groups
        .into_iter()
        .map(|g| Row {
            kind: RowKind::Equal,
            sentences: Pair::new(g.old, g.new),
            ops: Vec::new(),
            partner: None,
            similarity: g.similarity,
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

/// Each row's kind and word ops, set in place, and every row's findings, in row order.
pub(super) fn fill_rows(cmp: &Comparison, rows: &mut [Row], moves: &[Move]) -> Vec<Finding> {
    // A moved row is diffed against its partner's text: the partners are copied out (moves
    // are few) so the rows can be filled in place, in parallel, with no second list of results.
    let partners: FxHashMap<usize, Row> = moves
        .iter()
        .flat_map(|m| [m.from, m.to])
        .map(|k| (k, rows[k].clone()))
        .collect();
    // Each row is diffed and checked for drift in one pass, so its text is tokenized once.
    let styles = drift::styles(cmp);
    rows.par_iter_mut()
        .enumerate()
        .flat_map_iter(|(k, row)| {
            let partner = row.partner.map(|p| &partners[&p]);
            let (kind, ops, found) = diff_row(cmp, k, row, partner, Some(&styles));
            row.kind = kind;
            row.ops = ops;
            found
        })
        .collect()
}

/// The kind, word ops and drift findings of row `k`; `partner` is the other half of a move.
pub(super) fn diff_row(
    cmp: &Comparison,
    k: usize,
    row: &Row,
    partner: Option<&Row>,
    styles: Option<&Pair<drift::Style>>,
) -> (RowKind, Vec<WordOp>, Vec<Finding>) {
    let (old_row, new_row) = match partner {
        Some(p) if row.sentences.old.is_empty() => (p, row),
        Some(p) => (row, p),
        None => (row, row),
    };
    let old_r = cmp.text_range(old_row, Side::Old);
    let new_r = cmp.text_range(new_row, Side::New);
    // Among three versions a row may hold sentences of neither of these two (a third
    // version's addition): nothing to diff or check.
    if row.sentences.old.is_empty() && row.sentences.new.is_empty() {
        return (RowKind::Equal, Vec::new(), Vec::new());
    }
    let old_text = Text::new(&cmp.docs.old.text[old_r.clone()]);
    let new_text = Text::new(&cmp.docs.new.text[new_r.clone()]);
    let ops = diff_texts(&old_text, old_r.start, &new_text, new_r.start, &cmp.options);
    let kind = if row.partner.is_some() {
        RowKind::Moved
    } else if new_r.is_empty() {
        RowKind::Deleted
    } else if old_r.is_empty() {
        RowKind::Inserted
    } else if ops.iter().all(|o| o.tag == OpTag::Equal) {
        RowKind::Equal
    } else {
        RowKind::Changed
    };
    let Some(styles) = styles else {
        return (kind, ops, Vec::new());
    };
    // A move's two halves are checked once, at the old half; its texts are the pair above.
    let texts = drift::checks_content(row, kind).then_some((&old_text, &new_text));
    let findings = drift::row_findings(cmp, k, row, kind, texts, styles);
    (kind, ops, findings)
}
