//! Every pair compared (of a large corpus, the pairs the first pass keeps), on every core.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use super::candidates;
use crate::compare::compare;
use crate::diff::options::DiffOptions;
use crate::knowledge::Knowledge;
use crate::load::document::Document;

/// The similarity of every pair of a list of documents.
#[derive(Debug, Clone)]
pub struct Matrix {
    /// The documents, in the order given.
    pub docs: Vec<Arc<Document>>,
    /// For each pair `i < j`, at `index(i, j)`: the similarity, or `None` when the pair shares
    /// no rare word and was not compared.
    similarities: Vec<Option<f32>>,
}

impl Matrix {
    /// Compares every pair (of a large corpus, every pair that shares a rare word), calling
    /// `progress(done, total)` as pairs finish.
    pub fn compute(
        docs: Vec<Document>,
        options: DiffOptions,
        knowledge: &Knowledge,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Matrix {
        let docs: Vec<Arc<Document>> = docs.into_iter().map(Arc::new).collect();
        let n = docs.len();
        let pairs = candidates::pairs(&docs);
        let total = pairs.len() as u64;
        let done = AtomicU64::new(0);
        progress(0, total);
        let scores: Vec<((usize, usize), f32)> = pairs
            .into_par_iter()
            .map(|(i, j)| {
                let s = compare(docs[i].clone(), docs[j].clone(), options, knowledge).similarity;
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                ((i, j), s)
            })
            .collect();
        let mut similarities = vec![None; n * n.saturating_sub(1) / 2];
        for ((i, j), s) in scores {
            similarities[index(n, i, j)] = Some(s);
        }
        Matrix { docs, similarities }
    }

    /// The similarity of documents `i` and `j` (1 for a document and itself; `None` for a pair
    /// not compared).
    pub fn get(&self, i: usize, j: usize) -> Option<f32> {
        match i.cmp(&j) {
            std::cmp::Ordering::Equal => Some(1.0),
            std::cmp::Ordering::Less => self.similarities[index(self.docs.len(), i, j)],
            std::cmp::Ordering::Greater => self.similarities[index(self.docs.len(), j, i)],
        }
    }

    /// How many pairs were left out by the first pass.
    pub fn skipped(&self) -> usize {
        self.similarities.iter().filter(|s| s.is_none()).count()
    }
}

/// Where pair `i < j` of `n` documents sits in the upper triangle, row by row.
fn index(n: usize, i: usize, j: usize) -> usize {
    debug_assert!(i < j && j < n);
    i * (2 * n - i - 1) / 2 + (j - i - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_triangle_holds_every_pair_once() {
        let n = 7;
        let mut seen = vec![false; n * (n - 1) / 2];
        for i in 0..n {
            for j in i + 1..n {
                assert!(!std::mem::replace(&mut seen[index(n, i, j)], true));
            }
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn pairs_read_the_same_both_ways() {
        let texts = [
            "The cat sat on the mat.",
            "The cat sat on a mat.",
            "Dogs bark.",
        ];
        let docs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::from_text(format!("{i}.txt"), *t))
            .collect();
        let m = Matrix::compute(docs, DiffOptions::default(), &Knowledge::none(), &|_, _| {});
        assert_eq!(m.get(0, 1), m.get(1, 0));
        assert_eq!(m.get(2, 2), Some(1.0));
        assert!(m.get(0, 1).unwrap() > m.get(0, 2).unwrap());
        assert_eq!(m.skipped(), 0);
    }
}
