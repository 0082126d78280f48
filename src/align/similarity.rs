//! Sentence similarity that tolerates rewording: weighted Dice overlap of content words on
//! light stems, with a character-trigram fallback for short sentences, and the idf weights
//! that make words found everywhere count less.

use rustc_hash::FxHashMap;

use super::features::Features;

/// The least weight a term keeps however common it is: a word in every sentence ("Russia" in
/// a story about Russia) still says a little.
const IDF_FLOOR: f32 = 0.1;
/// Trigram overlap counts for a little less than word overlap: "Sources" and "Source:" are
/// alike, but sharing letters is weaker evidence than sharing words.
const TRIGRAM_WEIGHT: f32 = 0.9;

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
    df.into_iter()
        .map(|(term, d)| {
            (
                term,
                (IDF_FLOOR + (n / d.max(1) as f32).ln() / n.ln()).min(1.0),
            )
        })
        .collect()
}

/// Similarity in 0..=1: weighted Dice overlap of stems, or of trigrams if that is higher and a
/// sentence is short.
pub(crate) fn similarity(a: &Features, b: &Features) -> f32 {
    combine(a, b, shared_weight(&a.terms, &b.terms))
}

/// The similarity of two sentences whose shared term weight is known.
pub(super) fn combine(a: &Features, b: &Features, shared: f32) -> f32 {
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
    words.max(grams * TRIGRAM_WEIGHT)
}

/// The smaller of two weights, which are never NaN: `f32::min` without the NaN handling
/// it pays for at every shared term of every cell of the aligner's grid.
#[inline(always)]
pub(super) fn smaller(a: f32, b: f32) -> f32 {
    if b < a { b } else { a }
}

/// The weight two sorted term lists share: the smaller weight of each common term.
fn shared_weight(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += smaller(a[i].1, b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    shared
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
    fn short_sentences_use_trigrams() {
        assert!(sim("Sources", "Source:") > 0.5);
    }
}
