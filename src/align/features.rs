//! A sentence reduced to what similarity needs: weighted terms (light stems, stop words down,
//! numbers up), and character trigrams for short sentences; plus its identity for anchoring.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::stem::stem;
use crate::text::token_hash::hash_bytes;
use crate::text::tokens::{TokenKind, for_each_piece};
use crate::text::typography::fold_typography;
use crate::text::word_table::WordTable;

/// Function words count for little: two sentences sharing only "the" and "of" are not alike.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "will", "would", "said", "says", "which", "who", "what", "not", "no", "do",
    "did", "does", "so", "if", "than", "then", "there", "also", "about", "into", "him", "them",
    "unto", "shall", "thou", "thee", "thy", "ye", "all",
];
static STOP_STEMS: LazyLock<FxHashSet<u64>> =
    LazyLock::new(|| STOP_WORDS.iter().map(|w| term_id(stem(w))).collect());
static STOP_SET: LazyLock<WordTable<()>> = LazyLock::new(|| WordTable::set(STOP_WORDS));
const STOP_WEIGHT: f32 = 0.25;
const NUMBER_WEIGHT: f32 = 2.0;
/// Below this many content terms a sentence also gets trigrams, which catch inflection.
const SHORT_SENTENCE_TERMS: usize = 4;

/// A term's identity: a 64-bit hash of its stem. Hashing instead of interning lets sentences
/// be reduced in parallel with no shared table; a collision (about one in 2^64 per pair of
/// terms) would only nudge a similarity score.
fn term_id(term: &str) -> u64 {
    hash_bytes(term.as_bytes())
}

/// A sentence reduced to what similarity needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Features {
    /// (term id, weight), sorted by id; repeated terms add up.
    pub(super) terms: Vec<(u64, f32)>,
    pub(super) total: f32,
    content_terms: usize,
    /// Hashed character trigrams, sorted; only for short sentences.
    pub(super) trigrams: Vec<u64>,
}

impl Features {
    /// Features of one sentence's text.
    #[cfg(test)]
    pub(super) fn of(text: &str) -> Features {
        Features::with_key(text).0
    }

    /// Features of one sentence's text, and its identity for anchoring: a hash of its words
    /// and punctuation with typography folded and case and spacing ignored.
    pub(super) fn with_key(text: &str) -> (Features, u64) {
        let folded = fold_typography(text).to_lowercase();
        let mut key: u64 = 0;
        // About one word in six bytes of prose (the guess capped: a giant line may be one word).
        let mut terms: Vec<(u64, f32)> = Vec::with_capacity((folded.len() / 6 + 1).min(1 << 16));
        let mut content_terms = 0;
        // One pass over the word-boundary pieces, with no token list built.
        for_each_piece(&folded, |span, kind| {
            if kind == TokenKind::Space {
                return;
            }
            let piece = &folded[span];
            key = key.rotate_left(5) ^ hash_bytes(piece.as_bytes());
            if kind != TokenKind::Word {
                return;
            }
            let word = piece;
            let weight = if STOP_SET.contains(word) {
                STOP_WEIGHT
            } else if word.bytes().any(|b| b.is_ascii_digit()) {
                content_terms += 1;
                NUMBER_WEIGHT
            } else {
                content_terms += 1;
                1.0
            };
            terms.push((term_id(stem(word)), weight));
        });
        if terms.is_empty() {
            // No words at all ("…", "👍🏽"): the text itself is the one term, so a sentence
            // of only symbols still meets its twin.
            terms.push((term_id(folded.trim()), 1.0));
        }
        let trigrams = if content_terms < SHORT_SENTENCE_TERMS {
            trigrams(&folded)
        } else {
            Vec::new()
        };
        (Features::from_parts(terms, content_terms, trigrams), key)
    }

    fn from_parts(mut terms: Vec<(u64, f32)>, content_terms: usize, trigrams: Vec<u64>) -> Self {
        terms.sort_unstable_by_key(|t| t.0);
        terms.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 += later.1;
            }
            same
        });
        let total = terms.iter().map(|t| t.1).sum();
        // Kept for the whole alignment, one per sentence: no spare capacity.
        terms.shrink_to_fit();
        let mut trigrams = trigrams;
        trigrams.shrink_to_fit();
        Features {
            terms,
            total,
            content_terms,
            trigrams,
        }
    }

    /// Features of two sentences read as one (for 2-1 and 1-2 groups).
    pub(super) fn merged(&self, other: &Features) -> Features {
        // Both lists are sorted (and terms unique within each): merged in one linear pass,
        // as the aligner merges every pair of neighbouring sentences of a whole book. The
        // result is what sorting the two together would give. Merged features live only
        // while one gap is aligned, so spare capacity is not trimmed.
        let terms = merge_sorted(
            &self.terms,
            &other.terms,
            |t| t.0,
            |kept, later| {
                kept.1 += later.1;
                true
            },
        );
        let trigrams = merge_sorted(&self.trigrams, &other.trigrams, |g| *g, |_, _| false);
        let total = terms.iter().map(|t| t.1).sum();
        Features {
            terms,
            total,
            content_terms: self.content_terms + other.content_terms,
            trigrams,
        }
    }

    /// Features of several units (a sentence's clauses, a row's sentences) read as one text:
    /// their terms merged, and their trigrams only if the whole is still short, as
    /// [`Features::of`] would give the text read whole.
    pub(super) fn joined(parts: &[Features]) -> Features {
        if let [one] = parts {
            return one.clone();
        }
        // All the parts' terms in one list, sorted and summed once: a chain of pairwise merges
        // would allocate a list per part, on every multi-clause row of a book.
        let terms: Vec<(u64, f32)> = parts.iter().flat_map(|f| f.terms.iter().copied()).collect();
        let content_terms = parts.iter().map(|f| f.content_terms).sum();
        let trigrams = if content_terms < SHORT_SENTENCE_TERMS {
            let mut grams: Vec<u64> = parts
                .iter()
                .flat_map(|f| f.trigrams.iter().copied())
                .collect();
            grams.sort_unstable();
            grams
        } else {
            Vec::new()
        };
        Features::from_parts(terms, content_terms, trigrams)
    }

    /// Scales each term by its inverse document frequency across the two documents (see
    /// [`idf_weights`]), so words in every sentence ("Russia" in a Russia story) count less.
    pub(super) fn reweight(&mut self, idf: &FxHashMap<u64, f32>) {
        for t in &mut self.terms {
            t.1 *= idf.get(&t.0).copied().unwrap_or(1.0);
        }
        self.total = self.terms.iter().map(|t| t.1).sum();
    }

    /// Term ids that carry content, for candidate lookups.
    pub(super) fn content_ids(&self) -> impl Iterator<Item = u64> + '_ {
        // Weights are idf-scaled by now, so stop words are told apart by their stems' ids.
        self.terms
            .iter()
            .map(|t| t.0)
            .filter(|id| !STOP_STEMS.contains(id))
    }

    /// Sum of the term weights (the size of the sentence for Dice).
    pub(super) fn total(&self) -> f32 {
        self.total
    }

    /// How many character trigrams similarity may use for this sentence (none unless short).
    pub(super) fn trigram_count(&self) -> usize {
        self.trigrams.len()
    }

    /// Number of content (non stop) words.
    pub(super) fn content_terms(&self) -> usize {
        self.content_terms
    }
}

/// Merges two sorted lists into one sorted list. Where both hold the same key, `fold` may
/// fold the second item into the first and say so (terms add their weights); otherwise both
/// are kept (trigrams are a multiset).
fn merge_sorted<T: Copy>(
    a: &[T],
    b: &[T],
    key: impl Fn(&T) -> u64,
    fold: impl Fn(&mut T, &T) -> bool,
) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match key(&a[i]).cmp(&key(&b[j])) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                let mut kept = a[i];
                if !fold(&mut kept, &b[j]) {
                    out.push(b[j]);
                }
                out.push(kept);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// Trigrams come from at most this many characters: more than any sentence of prose has, while
/// a 10 MB "word" (a base64 blob, a line of one letter) costs 32 KB here instead of 120 MB.
const TRIGRAM_CHARS: usize = 4096;

fn trigrams(folded_lower: &str) -> Vec<u64> {
    let chars: Vec<char> = folded_lower
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .take(TRIGRAM_CHARS)
        .collect();
    let mut grams: Vec<u64> = chars
        .windows(3)
        .map(|w| {
            let mut buf = [0u8; 12];
            let mut n = 0;
            for c in w {
                n += c.encode_utf8(&mut buf[n..]).len();
            }
            hash_bytes(&buf[..n])
        })
        .collect();
    grams.sort_unstable();
    grams
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_equals_reading_two_sentences_as_one() {
        let a = Features::of("The cat sat on the mat, the cat said.");
        let b = Features::of("Sat cats meet the dog.");
        let short = Features::of("Sources");
        for (x, y) in [(&a, &b), (&b, &a), (&a, &short), (&short, &short)] {
            let concat = [x.terms.as_slice(), y.terms.as_slice()].concat();
            let mut grams = [x.trigrams.as_slice(), y.trigrams.as_slice()].concat();
            grams.sort_unstable();
            let expected = Features::from_parts(concat, x.content_terms + y.content_terms, grams);
            assert_eq!(x.merged(y), expected);
        }
    }

    #[test]
    fn joining_equals_merging_in_turn() {
        let parts: Vec<Features> = [
            "And Seth lived an hundred years:",
            "and begat Enos;",
            "Sources",
        ]
        .iter()
        .map(|t| Features::of(t))
        .collect();
        let chained = parts[1..].iter().fold(parts[0].clone(), |a, f| a.merged(f));
        let joined = Features::joined(&parts);
        assert_eq!(joined.terms, chained.terms);
        assert_eq!(joined.content_terms, chained.content_terms);
        // Long enough as a whole: no trigrams, as for the text read whole.
        assert!(joined.trigrams.is_empty() && !chained.trigrams.is_empty());
        assert_eq!(Features::joined(&parts[2..]), parts[2]);
        assert_eq!(Features::joined(&[]), Features::default());
    }

    #[test]
    fn stop_words_weigh_little_and_carry_no_content() {
        let f = Features::of("The unto, of AND shall.");
        assert_eq!(f.content_terms(), 0);
        assert!(
            (f.total() - 5.0 * STOP_WEIGHT).abs() < 1e-6,
            "{}",
            f.total()
        );
    }
}
