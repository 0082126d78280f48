//! The counts over a comparison's rows, and the share of words the documents have in common.

use crate::comparison::{Comparison, RowKind, Stats};
use crate::diff::ops::OpTag;

/// Row counts; a move and the words changed inside it count once, from its old half.
pub(super) fn stats(cmp: &Comparison) -> Stats {
    let mut s = Stats::default();
    for row in cmp.rows.iter().filter(|r| !r.is_empty()) {
        match row.kind {
            RowKind::Equal => s.equal += 1,
            RowKind::Changed => s.changed += 1,
            RowKind::Deleted => s.deleted += 1,
            RowKind::Inserted => s.inserted += 1,
            RowKind::Moved if !row.sentences.old.is_empty() => s.moved += 1,
            RowKind::Moved => continue,
        }
        let words = |tag: OpTag| {
            row.ops
                .iter()
                .filter(|o| o.tag == tag)
                .map(|o| o.words)
                .sum::<usize>()
        };
        s.words_deleted += words(OpTag::Delete);
        s.words_inserted += words(OpTag::Insert);
    }
    s
}

/// Words found in common (in equal ops), over all words of both documents.
pub(super) fn shared_word_share(cmp: &Comparison) -> f32 {
    let total = cmp.words.old + cmp.words.new;
    if total == 0 {
        return 1.0;
    }
    let shared: usize = cmp
        .rows
        .iter()
        .filter(|r| !(r.kind == RowKind::Moved && r.sentences.old.is_empty()))
        .flat_map(|r| r.ops.iter().filter(|o| o.tag == OpTag::Equal))
        .map(|o| 2 * o.words)
        .sum();
    (shared as f32 / total as f32).min(1.0)
}
