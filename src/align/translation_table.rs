//! IBM Model 1's word translation probabilities over all but a document's commonest and
//! rarest words, both ways, learned from an alignment's rows, and the log-probability of a
//! row's two sides explaining each other. The learned links (`lexical_model`) keep only
//! firm pairs of rare words, enough to steer the grid; telling two neighbouring verses apart
//! takes the common ones ("mighty men" / "valientes", "sin" / "pecado") with their weights.

use rustc_hash::FxHashMap;

use super::lexical_model::Corpus;

/// A pair less probable than this both ways is left out of the table: it explains as little
/// as the empty word does, and a book's rows meet millions of such pairs.
const MIN_KEPT: f32 = 0.01;
/// What a word no word of the other side explains is worth: Model 1's empty word.
pub(super) const UNEXPLAINED: f64 = 0.02;
/// EM's rounds: fewer than the learned links' (`lexical_model`), for the cost of a table
/// of every word but the commonest. Three rounds against five: the same on the
/// error-injection benchmark's tuning books (258 of 320 found, 168 clean findings), on the
/// untuned books 382 and 43 at no error against 383 and 41, and 8% less time on the whole
/// Bible.
const ROUNDS: usize = 3;
/// Fewer rows than this teach nothing (as `lexical_model::MIN_ROWS`).
const MIN_ROWS: usize = 20;

/// Each kept word pair's probabilities: of the new word given the old, of the old given the
/// new.
pub(crate) struct TranslationTable {
    probabilities: FxHashMap<(u64, u64), [f32; 2]>,
}

impl TranslationTable {
    /// Trains on `rows` (each: one row's old words, its new words, each once); `None` for too
    /// few rows.
    pub(super) fn train(rows: &[(Vec<u64>, Vec<u64>)]) -> Option<TranslationTable> {
        if rows.len() < MIN_ROWS {
            return None;
        }
        let corpus = Corpus::of(rows);
        let (forward, backward) =
            rayon::join(|| corpus.train(0, ROUNDS), || corpus.train(1, ROUNDS));
        let probabilities = corpus
            .pairs
            .iter()
            .zip(forward.iter().zip(&backward))
            .filter(|(_, (f, b))| **f >= MIN_KEPT || **b >= MIN_KEPT)
            .map(|(&pair, (&f, &b))| (pair, [f, b]))
            .collect();
        Some(TranslationTable { probabilities })
    }

    /// The log-probability of a row's sides explaining each other: each word of each side by
    /// the average of its probabilities given the other side's words (Model 1), or by the
    /// empty word alone. Every word counts once whichever row it stands in, so two readings
    /// of the same sentences compare by their sums.
    pub(super) fn row_score(&self, old: &[u64], new: &[u64]) -> f64 {
        let unexplained = UNEXPLAINED.ln();
        if old.is_empty() || new.is_empty() {
            return unexplained * (old.len() + new.len()) as f64;
        }
        let mut by_new = vec![0.0f64; new.len()];
        let mut by_old = vec![0.0f64; old.len()];
        for (i, &o) in old.iter().enumerate() {
            for (j, &n) in new.iter().enumerate() {
                if let Some([f, b]) = self.probabilities.get(&(o, n)) {
                    by_new[j] += f64::from(*f);
                    by_old[i] += f64::from(*b);
                }
            }
        }
        let side = |sums: &[f64], others: usize| -> f64 {
            sums.iter()
                .map(|s| (UNEXPLAINED + s / others as f64).ln())
                .sum()
        };
        side(&by_new, old.len()) + side(&by_old, new.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::lexical_model::ids;

    #[test]
    fn a_row_of_translations_scores_above_a_row_of_strangers() {
        let mut rows = vec![
            (ids("house blue"), ids("casa azul")),
            (ids("house big"), ids("casa grande")),
            (ids("blue sky"), ids("cielo azul")),
            (ids("house old"), ids("casa vieja")),
            (ids("sky big"), ids("cielo grande")),
        ];
        rows.extend((0..20).map(|k| (ids(&format!("w{k}")), ids(&format!("p{k}")))));
        let table = TranslationTable::train(&rows).expect("enough rows");
        let right = table.row_score(&ids("house sky"), &ids("casa cielo"));
        let wrong = table.row_score(&ids("house sky"), &ids("azul grande"));
        assert!(right > wrong, "{right} against {wrong}");
        // Each word counts once either way: a side alone is all empty words.
        let alone = table.row_score(&ids("house sky"), &[]);
        assert!((alone - 2.0 * UNEXPLAINED.ln()).abs() < 1e-9);
        assert!(TranslationTable::train(&rows[..5]).is_none());
    }
}
