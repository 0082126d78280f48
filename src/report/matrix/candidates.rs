//! The first pass of a large matrix: versions of one text share most of its rare words (names,
//! places, figures), so a pair of documents is compared only when they share a tenth of the
//! rare words of the one with fewer. A corpus of n documents has n²/2 pairs; what the pass
//! leaves grows with the number of versions per text. Small corpora are compared whole, and a
//! document with too few rare words to judge by is compared with every other.
//!
//! Measured on 1,000 Bible chapters (Genesis to 1 Kings in the KJV and the WEB): sharing any
//! rare word kept 242,130 of 499,500 pairs; a tenth of them keeps 24,020 and every one of the
//! 500 true pairs (BENCHMARKS.md).

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
/// A pair is compared when it shares at least this share of the rare words of the document
/// with fewer (1 in 10).
const SHARED_PART: usize = 10;
/// A document with fewer rare words than this is compared with every other.
const FEW_RARE_WORDS: usize = 5;

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
    let mut rare = vec![0usize; n];
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for list in users.values().filter(|l| l.len() >= 2 && l.len() <= most) {
        for (a, &i) in list.iter().enumerate() {
            rare[i] += 1;
            for &j in &list[a + 1..] {
                *shared.entry((i.min(j), i.max(j))).or_default() += 1;
            }
        }
    }
    let mut pairs: HashSet<(usize, usize)> = shared
        .into_iter()
        .filter(|&((i, j), count)| count * SHARED_PART >= rare[i].min(rare[j]))
        .map(|(pair, _)| pair)
        .collect();
    for i in (0..n).filter(|&i| rare[i] < FEW_RARE_WORDS) {
        pairs.extend((0..n).filter(|&j| j != i).map(|j| (i.min(j), i.max(j))));
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
        // 60 stories in two versions each: a story's versions share its 15 names; stories
        // next to each other share one neighbour, one rare word of their sixteen.
        let mut docs = Vec::new();
        for story in 0..60 {
            for version in 0..2 {
                let names: Vec<String> = (0..15).map(|k| format!("Name{}x{k}", story)).collect();
                let text = format!(
                    "Common words appear everywhere in these texts. {} met Neighbour{} in \
                     version {version}.",
                    names.join(" and "),
                    story / 2
                );
                docs.push(doc(docs.len(), &text));
            }
        }
        let found = pairs(&docs);
        assert_eq!(found.len(), 60, "{found:?}");
        assert!(found.iter().all(|&(i, j)| j == i + 1 && i % 2 == 0));
    }
}
