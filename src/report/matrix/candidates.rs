//! The first pass of a large matrix: versions of one text share its rare words (names, places,
//! figures), so pairs of documents that share none are not compared at all. A corpus of n
//! documents has n²/2 pairs; what sharing a rare word leaves is what grows with the number of
//! versions per text. Small corpora are compared whole.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use crate::load::document::Document;

/// Below this many documents every pair is compared (at most 4,950 pairs: seconds).
pub(super) const FIRST_PASS_FROM: usize = 100;
/// A word is rare when at most this share of the documents use it (and at least 2 do).
const RARE_SHARE: usize = 20;
/// Words shorter than this say little about a text's identity ("that", "the").
const MIN_LETTERS: usize = 4;

/// The pairs `(i, j)`, `i < j`, to compare, in order.
pub(super) fn pairs(docs: &[Arc<Document>]) -> Vec<(usize, usize)> {
    let n = docs.len();
    if n < FIRST_PASS_FROM {
        return (0..n)
            .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
            .collect();
    }
    let words: Vec<HashSet<String>> = docs.iter().map(|d| word_set(&d.text)).collect();
    let mut users: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, set) in words.iter().enumerate() {
        for w in set {
            users.entry(w.as_str()).or_default().push(k);
        }
    }
    let most = (n / RARE_SHARE).max(2);
    let mut pairs = HashSet::new();
    for list in users.values().filter(|l| l.len() >= 2 && l.len() <= most) {
        for (a, &i) in list.iter().enumerate() {
            for &j in &list[a + 1..] {
                pairs.insert((i.min(j), i.max(j)));
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    pairs
}

/// A document's distinct words of `MIN_LETTERS` or more, lower-cased.
fn word_set(text: &str) -> HashSet<String> {
    text.unicode_words()
        .filter(|w| w.chars().count() >= MIN_LETTERS)
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(i: usize, text: &str) -> Arc<Document> {
        Arc::new(Document::from_text(format!("{i}.txt"), text))
    }

    #[test]
    fn a_small_corpus_compares_every_pair() {
        let docs: Vec<_> = (0..5).map(|i| doc(i, "Nothing shared.")).collect();
        assert_eq!(pairs(&docs).len(), 10);
    }

    #[test]
    fn a_large_corpus_compares_only_pairs_sharing_a_rare_word() {
        // 60 stories in two versions each: every story's versions share its name.
        let mut docs = Vec::new();
        for story in 0..60 {
            for version in 0..2 {
                let text = format!(
                    "Common words appear everywhere in these texts. Storyname{story} said \
                     something in version {version}."
                );
                docs.push(doc(docs.len(), &text));
            }
        }
        let found = pairs(&docs);
        assert_eq!(found.len(), 60);
        assert!(found.iter().all(|&(i, j)| j == i + 1 && i % 2 == 0));
    }
}
