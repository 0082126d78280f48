//! The word pairs the cross-language aligner learned from a pair (`lexical_model`), kept for
//! the reader and the reports: which words of a row's translation render which of its source.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::marks::fold_id;
use crate::text::tokens::{TokenKind, for_each_piece};

/// Words of one document linked to words of the other, by their folded ids
/// (`marks::fold_id`): "Gletscher" to "glacier".
#[derive(Debug, Clone, Default)]
pub struct WordLinks {
    /// Whether the keys are the old document's words (else the new one's).
    pub(crate) from_old: bool,
    pub(crate) links: FxHashMap<u64, Vec<u64>>,
}

impl WordLinks {
    /// Whether no word is linked.
    pub fn is_empty(&self) -> bool {
        self.links.is_empty()
    }

    /// How many words of the keyed side have a link.
    pub fn len(&self) -> usize {
        self.links.len()
    }

    /// The linked words of a row, as pairs of byte ranges (in `old`, in `new`), in the old
    /// text's order: every pair of a word and a word it is linked to.
    pub fn in_texts(&self, old: &str, new: &str) -> Vec<(Range<usize>, Range<usize>)> {
        if self.links.is_empty() {
            return Vec::new();
        }
        let (old_words, new_words) = (words(old), words(new));
        let mut pairs = Vec::new();
        for (o, o_id) in &old_words {
            for (n, n_id) in &new_words {
                let (key, target) = if self.from_old {
                    (o_id, n_id)
                } else {
                    (n_id, o_id)
                };
                if self
                    .links
                    .get(key)
                    .is_some_and(|t| t.binary_search(target).is_ok())
                {
                    pairs.push((o.clone(), n.clone()));
                }
            }
        }
        pairs
    }
}

/// A text's words as the model reads them, with their ids.
fn words(text: &str) -> Vec<(Range<usize>, u64)> {
    let mut out = Vec::new();
    for_each_piece(text, |span, kind| {
        if kind == TokenKind::Word && text[span.clone()].chars().count() >= 3 {
            let id = fold_id(&text[span.clone()]);
            out.push((span, id));
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linked_words_are_found_in_a_row_s_texts_either_way_round() {
        let mut links = FxHashMap::default();
        links.insert(fold_id("Gletscher"), vec![fold_id("glacier")]);
        let from_old = WordLinks {
            from_old: true,
            links: links.clone(),
        };
        let old = "Der Gletscher schmilzt.";
        let new = "Le glacier fond.";
        assert_eq!(from_old.in_texts(old, new), [(4..13, 3..10)]);
        // Keyed by the new side's words: the same pair from the other end.
        let from_new = WordLinks {
            from_old: false,
            links,
        };
        assert_eq!(from_new.in_texts(new, old), [(3..10, 4..13)]);
        assert!(from_old.in_texts("Kein Eis.", new).is_empty());
    }
}
