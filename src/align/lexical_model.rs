//! Word translations learned from the pair itself, as Moore's (2002) aligner learns them: the
//! rows a first alignment by lengths and marks gives are read as a small parallel corpus,
//! IBM Model 1's word translation probabilities are estimated on it by EM, both ways, and the
//! word pairs each way's model links firmly become a dictionary the second alignment weighs
//! beside the lengths ("Gletscher" / "glacier", "Hütte" / "cabane": words no installed
//! dictionary may hold, and no spelling relates).
//!
//! Written here rather than taken from a crate: the Rust IBM-model crates found (`cargo
//! search ibm model`) train on sentence strings with their own tokeniser and vocabulary; here
//! the words are already the aligner's folded ids, the corpus is a few hundred to thirty
//! thousand rows of rare words, and the loop is twenty lines.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// EM's rounds: Model 1's likelihood has one maximum, and on a book's rows the links stop
/// changing after four or five.
const ITERATIONS: usize = 5;
/// A word pair is linked when each way's model gives it at least this probability (chosen on
/// Text+Berg's dev document: 0.2 aligns it worse, strict F1 0.868 against 0.872, 0.4 the same;
/// 3 shared rows instead of 2 the same).
const LINK_PROBABILITY: f32 = 0.3;
/// ... and the two words share at least this many rows: a pair met once is as likely as
/// every other pair of its row.
const MIN_SHARED_ROWS: u32 = 2;
/// Fewer rows than this teach nothing: in a notice of seven sentences, "opens" and "las"
/// meet twice and look like a translation pair. (Text+Berg's shortest document has 36.)
const MIN_ROWS: usize = 20;
/// The probability of a word being rendered by no word of the other side (Model 1's empty
/// word), against which the words of the row compete.
const EMPTY_WORD: f32 = 0.05;

/// The word links learned from `rows` (each row: the words of one side, the words of the
/// other, as ids): for each word of the first side, the words of the second it is linked
/// to, sorted. Deterministic: the same rows give the same links.
pub(crate) fn learn_links(rows: &[(Vec<u64>, Vec<u64>)]) -> FxHashMap<u64, Vec<u64>> {
    if rows.len() < MIN_ROWS {
        return FxHashMap::default();
    }
    let corpus = Corpus::of(rows);
    let (forward, backward) = rayon::join(
        || corpus.train(0, ITERATIONS),
        || corpus.train(1, ITERATIONS),
    );
    let mut links: FxHashMap<u64, Vec<u64>> = FxHashMap::default();
    for (k, &(x, y)) in corpus.pairs.iter().enumerate() {
        let firm = corpus.shared[k] >= MIN_SHARED_ROWS
            && forward[k] >= LINK_PROBABILITY
            && backward[k] >= LINK_PROBABILITY;
        if firm {
            links.entry(x).or_default().push(y);
        }
    }
    for targets in links.values_mut() {
        targets.sort_unstable();
    }
    links
}

/// The rows as numbers: each distinct (first side, second side) word pair that shares a row
/// numbered once, so that EM's rounds read and write flat arrays instead of hashing pairs.
pub(super) struct Corpus {
    /// Each pair, by its number: (first side's word, second side's word).
    pub(super) pairs: Vec<(u64, u64)>,
    /// Each pair's two words, numbered per side.
    words: Vec<[u32; 2]>,
    /// How many rows each pair shares.
    shared: Vec<u32>,
    /// Each row's pairs, row after row, first side's word major: row `r` holds
    /// `sizes[r].0 * sizes[r].1` pair numbers from `starts[r]`.
    cells: Vec<u32>,
    starts: Vec<usize>,
    sizes: Vec<(usize, usize)>,
    /// Each row's words by their numbers, the first side's then the second's, from
    /// `members_at[r]`: EM adds to a word's total without looking its pair up.
    members: Vec<u32>,
    members_at: Vec<usize>,
    /// How many words each side has.
    vocabulary: [usize; 2],
}

impl Corpus {
    pub(super) fn of(rows: &[(Vec<u64>, Vec<u64>)]) -> Corpus {
        // Each side's words numbered (a few thousand, a table that stays in cache).
        let mut vocabulary: [FxHashMap<u64, u32>; 2] = Default::default();
        let mut words_of: [Vec<u64>; 2] = Default::default();
        let mut members = Vec::new();
        let mut members_at = Vec::with_capacity(rows.len());
        let mut starts = Vec::with_capacity(rows.len());
        let mut sizes = Vec::with_capacity(rows.len());
        let mut size = 0;
        for (a, b) in rows {
            members_at.push(members.len());
            starts.push(size);
            sizes.push((a.len(), b.len()));
            size += a.len() * b.len();
            for (side, words) in [a, b].into_iter().enumerate() {
                let (table, list) = (&mut vocabulary[side], &mut words_of[side]);
                members.extend(words.iter().map(|&w| {
                    *table.entry(w).or_insert_with(|| {
                        list.push(w);
                        list.len() as u32 - 1
                    })
                }));
            }
        }
        let row_words = |r: usize| {
            let (n, m) = sizes[r];
            let at = members_at[r];
            (&members[at..at + n], &members[at + n..at + n + m])
        };
        // The pairs are numbered in the order of their two words' numbers: each cell of each
        // row's grid is put in its first word's bucket (a counting sort, in cell order), each
        // bucket sorted by second word. A book's million cells in a hash table of pairs cost
        // a cache miss each (a tenth of the whole-Bible report's time); one sort of them all
        // by both numbers, most of the table's training.
        let mut bucket_at = vec![0usize; words_of[0].len() + 1];
        for r in 0..rows.len() {
            let (xs, ys) = row_words(r);
            for &x in xs {
                bucket_at[x as usize + 1] += ys.len();
            }
        }
        for x in 1..bucket_at.len() {
            bucket_at[x] += bucket_at[x - 1];
        }
        // Each entry: the second word's number above the cell's.
        let mut entries = vec![0u64; size];
        let mut next = bucket_at.clone();
        for (r, &start) in starts.iter().enumerate() {
            let (xs, ys) = row_words(r);
            let mut cell = start as u64;
            for &x in xs {
                for &y in ys {
                    entries[next[x as usize]] = u64::from(y) << 32 | cell;
                    next[x as usize] += 1;
                    cell += 1;
                }
            }
        }
        let mut buckets = Vec::with_capacity(words_of[0].len());
        let mut rest = &mut entries[..];
        for x in 0..words_of[0].len() {
            let (bucket, after) = rest.split_at_mut(bucket_at[x + 1] - bucket_at[x]);
            buckets.push(bucket);
            rest = after;
        }
        buckets.par_iter_mut().for_each(|b| b.sort_unstable());
        let mut corpus = Corpus {
            pairs: Vec::new(),
            words: Vec::new(),
            shared: Vec::new(),
            cells: vec![0; size],
            starts,
            sizes,
            members,
            members_at,
            vocabulary: [words_of[0].len(), words_of[1].len()],
        };
        for (x, bucket) in buckets.iter().enumerate() {
            let mut last = None;
            for &entry in bucket.iter() {
                let (y, cell) = ((entry >> 32) as u32, entry as u32);
                if last != Some(y) {
                    last = Some(y);
                    corpus.pairs.push((words_of[0][x], words_of[1][y as usize]));
                    corpus.words.push([x as u32, y]);
                    corpus.shared.push(0);
                }
                let k = corpus.pairs.len() - 1;
                corpus.shared[k] += 1;
                corpus.cells[cell as usize] = k as u32;
            }
        }
        corpus
    }

    /// Model 1 by EM from a uniform start: each pair's probability of its translation word
    /// given its source word, the source being the first side's (`from` 0) or the second's (1),
    /// after `rounds` rounds.
    pub(super) fn train(&self, from: usize, rounds: usize) -> Vec<f32> {
        // A pair's probability and its count side by side: one cache line for both.
        let mut table = vec![[1.0f32, 0.0]; self.pairs.len()];
        let mut totals = vec![0.0f32; self.vocabulary[from]];
        for _ in 0..rounds {
            for p in &mut table {
                p[1] = 0.0;
            }
            totals.fill(0.0);
            for (r, &(n, m)) in self.sizes.iter().enumerate() {
                let cells = &self.cells[self.starts[r]..self.starts[r] + n * m];
                let at = self.members_at[r];
                // One translation word's pairs with each source word: a column of the row's
                // grid when the source is the first side, a line of it when the second.
                let (targets, sources, source_words) = if from == 0 {
                    (m, n, &self.members[at..at + n])
                } else {
                    (n, m, &self.members[at + n..at + n + m])
                };
                let cell = |t: usize, s: usize| if from == 0 { s * m + t } else { t * m + s };
                for t in 0..targets {
                    let z = EMPTY_WORD
                        + (0..sources)
                            .map(|s| table[cells[cell(t, s)] as usize][0])
                            .sum::<f32>();
                    for (s, &word) in source_words.iter().enumerate() {
                        let pair = &mut table[cells[cell(t, s)] as usize];
                        let share = pair[0] / z;
                        pair[1] += share;
                        totals[word as usize] += share;
                    }
                }
            }
            for (k, p) in table.iter_mut().enumerate() {
                p[0] = p[1] / totals[self.words[k][from] as usize].max(f32::MIN_POSITIVE);
            }
        }
        table.into_iter().map(|[p, _]| p).collect()
    }
}

/// A row's words as the models take them (ids, sorted, each once), for tests.
#[cfg(test)]
pub(super) fn ids(words: &str) -> Vec<u64> {
    let mut v: Vec<u64> = words
        .split(' ')
        .map(|w| crate::text::token_hash::hash_bytes(w.as_bytes()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn em_links_the_words_that_travel_together_and_nothing_else() {
        // "haus" is in three rows with "maison"; "blau" meets "bleu" twice; each row also
        // holds other words, so only EM (not a row's co-occurrence) can tell them apart.
        let mut rows = vec![
            (ids("haus blau"), ids("maison bleu")),
            (ids("haus gross"), ids("grande maison")),
            (ids("blau himmel"), ids("ciel bleu")),
            (ids("haus alt"), ids("vieille maison")),
        ];
        // Too few rows teach nothing; the rest of the book's rows share none of these words.
        assert!(learn_links(&rows).is_empty());
        rows.extend((0..20).map(|k| (ids(&format!("wort{k}")), ids(&format!("mot{k} autre{k}")))));
        let links = learn_links(&rows);
        let h = |w: &str| crate::text::token_hash::hash_bytes(w.as_bytes());
        assert_eq!(links[&h("haus")], [h("maison")]);
        assert_eq!(links[&h("blau")], [h("bleu")]);
        // Met once: no evidence either way.
        assert!(!links.contains_key(&h("gross")) && !links.contains_key(&h("himmel")));
        assert_eq!(links.len(), 2);
        // The same rows, the same links.
        assert_eq!(learn_links(&rows), links);
    }
}
