//! Sentence similarity that tolerates rewording: weighted content-word overlap on light stems,
//! with a character-trigram fallback for short sentences.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::segment::token_hash::hash_bytes;
use crate::segment::tokens::{TokenKind, for_each_piece};
use crate::segment::typography::fold_typography;
use crate::segment::word_table::WordTable;

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
pub struct Features {
    /// (term id, weight), sorted by id; repeated terms add up.
    terms: Vec<(u64, f32)>,
    total: f32,
    content_terms: usize,
    /// Hashed character trigrams, sorted; only for short sentences.
    trigrams: Vec<u64>,
}

impl Features {
    /// Features of one sentence's text.
    pub fn of(text: &str) -> Features {
        Features::with_key(text).0
    }

    /// Features of one sentence's text, and its identity for anchoring: a hash of its words
    /// and punctuation with typography folded and case and spacing ignored.
    pub fn with_key(text: &str) -> (Features, u64) {
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
    pub fn merged(&self, other: &Features) -> Features {
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

    /// Scales each term by its inverse document frequency across the two documents (see
    /// [`idf_weights`]), so words in every sentence ("Russia" in a Russia story) count less.
    pub fn reweight(&mut self, idf: &FxHashMap<u64, f32>) {
        for t in &mut self.terms {
            t.1 *= idf.get(&t.0).copied().unwrap_or(1.0);
        }
        self.total = self.terms.iter().map(|t| t.1).sum();
    }

    /// Term ids that carry content, for candidate lookups.
    pub fn content_ids(&self) -> impl Iterator<Item = u64> + '_ {
        // Weights are idf-scaled by now, so stop words are told apart by their stems' ids.
        self.terms
            .iter()
            .map(|t| t.0)
            .filter(|id| !STOP_STEMS.contains(id))
    }

    /// Sum of the term weights (the size of the sentence for Dice).
    pub fn total(&self) -> f32 {
        self.total
    }

    /// How many character trigrams similarity may use for this sentence (none unless short).
    pub fn trigram_count(&self) -> usize {
        self.trigrams.len()
    }

    /// Number of content (non stop) words.
    pub fn content_terms(&self) -> usize {
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

/// Inverse sentence frequency of every term over all given sentences, scaled so a term found
/// in one sentence weighs 1 and a term found in every sentence weighs little.
pub(crate) fn idf_weights(old: &[Features], new: &[Features]) -> FxHashMap<u64, f32> {
    // Each side's counts on its own core, then added together.
    let count = |side: &[Features]| {
        let mut df: FxHashMap<u64, u32> = FxHashMap::default();
        for f in side {
            for t in &f.terms {
                *df.entry(t.0).or_insert(0) += 1;
            }
        }
        df
    };
    let (mut df, other) = rayon::join(|| count(old), || count(new));
    for (term, d) in other {
        *df.entry(term).or_insert(0) += d;
    }
    let n = (1 + old.len() + new.len()) as f32;
    let floor = 0.1;
    df.into_iter()
        .map(|(term, d)| (term, (floor + (n / d.max(1) as f32).ln() / n.ln()).min(1.0)))
        .collect()
}

/// Similarity in 0..=1: weighted Dice overlap of stems, or of trigrams if that is higher and a
/// sentence is short.
pub(crate) fn similarity(a: &Features, b: &Features) -> f32 {
    combine(a, b, shared_weight(&a.terms, &b.terms))
}

/// The similarity of two sentences whose shared term weight is known.
fn combine(a: &Features, b: &Features, shared: f32) -> f32 {
    let total = a.total + b.total;
    let words = if total <= 0.0 {
        0.0
    } else {
        (2.0 * shared / total).min(1.0)
    };
    if a.trigrams.is_empty() && b.trigrams.is_empty() {
        return words;
    }
    let grams = trigram_dice(&a.trigrams, &b.trigrams);
    words.max(grams * 0.9)
}

/// The weight two sorted term lists share: the smaller weight of each common term.
fn shared_weight(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a[i].1.min(b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Similarities of the groups the aligner weighs (one or two old sentences against one or two
/// new ones), cell after cell along the rows of its grid. Merging two sorted term lists per
/// pair mispredicts a branch at every step and was the aligner's main cost on whole books;
/// here the current old sentence (and the old pair ending at it) is spread once into dense
/// tables over the new side's vocabulary, and each score is one pass over the new side's
/// terms. Scores equal [`similarity`]'s exactly: the same terms are summed in the same order.
pub(crate) struct ManyScorer<'a> {
    old: [&'a [Features]; 2],
    new: [&'a [Features]; 2],
    /// Terms of each new sentence (`[0]`) and each new pair (`[1]`) as (vocabulary index,
    /// weight), sentence after sentence; `starts` bounds each one's slice.
    new_terms: [Vec<(u32, f32)>; 2],
    starts: [Vec<usize>; 2],
    vocabulary: FxHashMap<u64, u32>,
    /// Weight of each vocabulary term in the current old sentence (`[0]`) and old pair (`[1]`).
    tables: [Vec<f32>; 2],
    /// The entries set in each table, to clear it.
    spread: [Vec<u32>; 2],
    /// Which old sentence and which old pair the tables hold.
    current: [Option<usize>; 2],
}

impl<'a> ManyScorer<'a> {
    /// `old_pairs[i]` is old sentences i and i+1 merged (see [`Features::merged`]); the same
    /// for `new_pairs`.
    pub(crate) fn new(
        old: &'a [Features],
        old_pairs: &'a [Features],
        new: &'a [Features],
        new_pairs: &'a [Features],
    ) -> Self {
        let mut vocabulary: FxHashMap<u64, u32> = FxHashMap::default();
        let mut index = |features: &[Features], with_new_terms: bool| {
            let mut terms = Vec::with_capacity(features.iter().map(|f| f.terms.len()).sum());
            let mut starts = Vec::with_capacity(features.len() + 1);
            for f in features {
                starts.push(terms.len());
                for &(term, weight) in &f.terms {
                    let next = vocabulary.len() as u32;
                    let id = if with_new_terms {
                        *vocabulary.entry(term).or_insert(next)
                    } else {
                        vocabulary[&term]
                    };
                    terms.push((id, weight));
                }
            }
            starts.push(terms.len());
            (terms, starts)
        };
        let (singles, single_starts) = index(new, true);
        // A pair's terms are its two sentences' terms: all in the vocabulary already.
        let (pairs, pair_starts) = index(new_pairs, false);
        let size = vocabulary.len();
        ManyScorer {
            old: [old, old_pairs],
            new: [new, new_pairs],
            new_terms: [singles, pairs],
            starts: [single_starts, pair_starts],
            vocabulary,
            tables: [vec![0.0; size], vec![0.0; size]],
            spread: [Vec::new(), Vec::new()],
            current: [None, None],
        }
    }

    /// Makes old sentence `i` the one scored against, and the old pair ending at it.
    pub(crate) fn set_old(&mut self, i: usize) {
        self.spread_into(0, Some(i));
        self.spread_into(1, i.checked_sub(1));
    }

    fn spread_into(&mut self, which: usize, features: Option<usize>) {
        let (table, spread) = (&mut self.tables[which], &mut self.spread[which]);
        for &id in spread.iter() {
            table[id as usize] = 0.0;
        }
        spread.clear();
        self.current[which] = features;
        let Some(k) = features else { return };
        for &(term, weight) in &self.old[which][k].terms {
            // Terms no new sentence has cannot be shared.
            if let Some(&id) = self.vocabulary.get(&term) {
                table[id as usize] = weight;
                spread.push(id);
            }
        }
    }

    /// Similarity of the group of `olds` (1 or 2) old sentences ending at the current one
    /// and `news` (1 or 2) new sentences ending at new sentence `j`.
    pub(crate) fn score(&self, olds: usize, news: usize, j: usize) -> f32 {
        let (a, b) = (olds - 1, news - 1);
        let k = j + 1 - news;
        let terms = &self.new_terms[b][self.starts[b][k]..self.starts[b][k + 1]];
        let table = &self.tables[a];
        let shared = terms.iter().map(|&(id, w)| table[id as usize].min(w)).sum();
        let current = self.current_old(a);
        combine(&self.old[a][current], &self.new[b][k], shared)
    }

    fn current_old(&self, which: usize) -> usize {
        self.current[which].expect("set_old before score")
    }
}

fn trigram_dice(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f32 / (a.len() + b.len()) as f32
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

/// A light stem: common English endings off, then at most six characters, so "demonizing",
/// "demonize" and "demonized" meet. Crude on purpose: it only feeds a similarity score.
pub(crate) fn stem(word: &str) -> &str {
    let mut word = word;
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    let mut w = word;
    for suffix in ["ing", "ed", "es", "ly", "s", "e"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.chars().count() >= 3
        {
            w = s;
            break;
        }
    }
    match w.char_indices().nth(6) {
        Some((cut, _)) => &w[..cut],
        None => w,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f32 {
        let fa = Features::of(a);
        let fb = Features::of(b);
        similarity(&fa, &fb)
    }

    #[test]
    fn identical_is_one_and_disjoint_is_zero() {
        assert!((sim("Putin met Biden today.", "Putin met Biden today.") - 1.0).abs() < 1e-6);
        assert_eq!(sim("Putin met Biden.", "Cats sleep all afternoon."), 0.0);
    }

    #[test]
    fn rewording_scores_higher_than_an_unrelated_sentence_on_the_topic() {
        let a = "Biden and Putin had instructed their respective teams to follow up on their discussions.";
        let b = "Biden and Putin had tasked their respective teams with following up on their discussions.";
        let c = "Biden warned Putin about sanctions in a call on Tuesday.";
        assert!(sim(a, b) > 0.7, "{}", sim(a, b));
        assert!(sim(a, c) < 0.3, "{}", sim(a, c));
    }

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
    fn stop_words_weigh_little_and_carry_no_content() {
        let f = Features::of("The unto, of AND shall.");
        assert_eq!(f.content_terms(), 0);
        assert!(
            (f.total() - 5.0 * STOP_WEIGHT).abs() < 1e-6,
            "{}",
            f.total()
        );
    }

    #[test]
    fn stems_meet_across_inflection() {
        assert_eq!(stem("demonizing"), stem("demonize"));
        assert_eq!(stem("deployed"), stem("deploy"));
        assert_eq!(stem("russia's"), stem("russia"));
    }

    #[test]
    fn many_scorer_equals_pairwise_similarity() {
        let texts = [
            "Biden and Putin had instructed their teams to follow up.",
            "Biden and Putin had tasked their teams with following up.",
            "Sources",
            "Source:",
            "Cats sleep all afternoon in the sun.",
            "…",
        ];
        let features: Vec<Features> = texts.iter().map(|t| Features::of(t)).collect();
        let pairs: Vec<Features> = features.windows(2).map(|w| w[0].merged(&w[1])).collect();
        let (old, new) = (&features[..], &features[1..]);
        let mut scorer = ManyScorer::new(old, &pairs, new, &pairs[1..]);
        for i in [0, 2, 2, 5, 1, 3] {
            scorer.set_old(i);
            for j in 0..new.len() {
                assert_eq!(scorer.score(1, 1, j), similarity(&old[i], &new[j]));
                if j > 0 {
                    let want = similarity(&old[i], &pairs[j]);
                    assert_eq!(scorer.score(1, 2, j), want, "1-2 at {i} {j}");
                }
                if i > 0 {
                    let want = similarity(&pairs[i - 1], &new[j]);
                    assert_eq!(scorer.score(2, 1, j), want, "2-1 at {i} {j}");
                }
                if i > 0 && j > 0 {
                    let want = similarity(&pairs[i - 1], &pairs[j]);
                    assert_eq!(scorer.score(2, 2, j), want, "2-2 at {i} {j}");
                }
            }
        }
    }

    #[test]
    fn short_sentences_use_trigrams() {
        assert!(sim("Sources", "Source:") > 0.5);
    }
}
