//! The word pairs the cross-language aligner learned from a pair (`lexical_model`), kept for
//! the reader and the reports: which words of a row's translation render which of its source.

use std::ops::Range;

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::marks::fold_id;
use crate::text::tokens::{TokenKind, for_each_piece};

/// Words of one document linked to words of the other, by their folded ids
/// (`marks::fold_id`): "Gletscher" to "glacier".
#[derive(Debug, Clone, Default)]
pub struct WordLinks {
    /// Whether the keys are the old document's words (else the new one's).
    pub(crate) from_old: bool,
    pub(crate) links: FxHashMap<u64, Vec<u64>>,
    /// Every word some key is linked to, made on first use (`renderings`).
    targets: OnceLock<FxHashSet<u64>>,
}

/// A row's words that are evidence of what its other side renders: each word of a side with
/// a link (as a key, or as a word some key links to), and whether the row's other side holds
/// a word it is linked with.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Renderings {
    pub(crate) old: Vec<(Range<usize>, bool)>,
    pub(crate) new: Vec<(Range<usize>, bool)>,
}

impl WordLinks {
    /// The links of one side's words (`from_old`: the old document's) to the other's.
    pub(crate) fn new(from_old: bool, links: FxHashMap<u64, Vec<u64>>) -> WordLinks {
        WordLinks {
            from_old,
            links,
            targets: OnceLock::new(),
        }
    }

    /// Each linked word of a row's two sides, in order, and whether the other side renders
    /// it: holds a word it is linked with.
    pub(crate) fn renderings(&self, old: &str, new: &str) -> Renderings {
        if self.links.is_empty() {
            return Renderings::default();
        }
        let targets = self
            .targets
            .get_or_init(|| self.links.values().flatten().copied().collect());
        let (old_words, new_words) = (words(old), words(new));
        let (keyed, other) = if self.from_old {
            (&old_words, &new_words)
        } else {
            (&new_words, &old_words)
        };
        let keyed_side: Vec<(Range<usize>, bool)> = keyed
            .iter()
            .filter(|(_, id)| self.links.contains_key(id))
            .map(|(r, id)| (r.clone(), other.iter().any(|(_, t)| self.linked(*id, *t))))
            .collect();
        let other_side: Vec<(Range<usize>, bool)> = other
            .iter()
            .filter(|(_, id)| targets.contains(id))
            .map(|(r, id)| (r.clone(), keyed.iter().any(|(_, k)| self.linked(*k, *id))))
            .collect();
        if self.from_old {
            Renderings {
                old: keyed_side,
                new: other_side,
            }
        } else {
            Renderings {
                old: other_side,
                new: keyed_side,
            }
        }
    }

    /// Whether the keyed side's word `key` is linked to the other side's `target`.
    fn linked(&self, key: u64, target: u64) -> bool {
        self.links
            .get(&key)
            .is_some_and(|t| t.binary_search(&target).is_ok())
    }

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
                if self.linked(*key, *target) {
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
        let from_old = WordLinks::new(true, links.clone());
        let old = "Der Gletscher schmilzt.";
        let new = "Le glacier fond.";
        assert_eq!(from_old.in_texts(old, new), [(4..13, 3..10)]);
        // Keyed by the new side's words: the same pair from the other end.
        let from_new = WordLinks::new(false, links);
        assert_eq!(from_new.in_texts(new, old), [(3..10, 4..13)]);
        assert!(from_old.in_texts("Kein Eis.", new).is_empty());
    }

    #[test]
    fn a_linked_word_is_rendered_when_the_other_side_holds_its_link_either_way_round() {
        let mut links = FxHashMap::default();
        links.insert(fold_id("Gletscher"), vec![fold_id("glacier")]);
        links.insert(fold_id("Hütte"), vec![fold_id("cabane")]);
        let old = "Der Gletscher und die Hütte.";
        let new = "Le glacier et la montagne.";
        let got = WordLinks::new(true, links.clone()).renderings(old, new);
        assert_eq!(got.old, [(4..13, true), (22..28, false)]);
        assert_eq!(got.new, [(3..10, true)]);
        // Keyed by the other side: the same words, the sides swapped.
        let got = WordLinks::new(false, links).renderings(new, old);
        assert_eq!(got.new, [(4..13, true), (22..28, false)]);
        assert_eq!(got.old, [(3..10, true)]);
    }
}
