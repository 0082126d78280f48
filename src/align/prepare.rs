//! Each side made ready for alignment: its sentences, and the units the aligner pairs (each
//! sentence's clauses) with their features, keys and lengths, the terms weighted by their
//! rarity across the two documents.

use std::ops::Range;

use rayon::prelude::*;

use super::features::Features;
use super::group::{Group, SideInput};
use super::sentence_rows::UnitSide;
use super::similarity::idf_weights;
use crate::load::document::Document;
use crate::segment::clauses::clause_units;
use crate::segment::sentences::{Sentence, one_per_line, sentences_in};

/// One side made ready for alignment.
pub(super) struct Prepared {
    pub(super) sentences: Vec<Sentence>,
    pub(super) features: Vec<Features>,
    pub(super) keys: Vec<u64>,
    /// The first unit of each sentence, and the number of units at the end.
    pub(super) starts: Vec<usize>,
    /// Each unit's byte range in the document's text.
    pub(super) spans: Vec<Range<usize>>,
    /// Each unit's length in characters: length evidence for the aligner.
    pub(super) chars: Vec<u32>,
}

impl Prepared {
    pub(super) fn units(&self) -> UnitSide<'_> {
        UnitSide {
            units: SideInput {
                features: &self.features,
                keys: &self.keys,
            },
            starts: &self.starts,
            chars: &self.chars,
        }
    }

    /// The byte length of a run of sentences.
    pub(super) fn bytes(&self, run: &Range<usize>) -> usize {
        self.sentences[run.clone()]
            .iter()
            .map(|s| s.span.len())
            .sum()
    }
}

/// A document's sentences: found by the segmenter, or its lines when it is given segmented.
pub(super) fn sentences_of(doc: &Document) -> Vec<Sentence> {
    if doc.segmented {
        one_per_line(&doc.text)
    } else {
        sentences_in(&doc.text, doc.language)
    }
}

fn prepare(doc: &Document) -> Prepared {
    let sentences = sentences_of(doc);
    let (starts, units) = clause_units(&doc.text, &sentences);
    let (features, keys) = units
        .par_iter()
        .map(|r| Features::with_key(&doc.text[r.clone()]))
        .unzip();
    let chars = units
        .par_iter()
        .map(|r| u32::try_from(doc.text[r.clone()].chars().count()).unwrap_or(u32::MAX))
        .collect();
    Prepared {
        sentences,
        features,
        keys,
        starts,
        spans: units,
        chars,
    }
}

/// Both sides segmented and reduced to features, the terms weighted by their rarity across
/// the two documents.
pub(super) fn prepare_pair(old: &Document, new: &Document) -> (Prepared, Prepared) {
    let (mut p_old, mut p_new) = rayon::join(|| prepare(old), || prepare(new));
    let idf = idf_weights(&p_old.features, &p_new.features);
    p_old
        .features
        .par_iter_mut()
        .chain(p_new.features.par_iter_mut())
        .for_each(|f| f.reweight(&idf));
    (p_old, p_new)
}

/// The features of each group that holds one sentence on one side and none on the other
/// (the candidates for moves), `None` for the others.
pub(super) fn one_sided_features(
    groups: &[Group],
    old: &Prepared,
    new: &Prepared,
) -> Vec<Option<Features>> {
    let sentence =
        |p: &Prepared, s: usize| Features::joined(&p.features[p.starts[s]..p.starts[s + 1]]);
    groups
        .iter()
        .map(|g| match (g.old.len(), g.new.len()) {
            (1, 0) => Some(sentence(old, g.old.start)),
            (0, 1) => Some(sentence(new, g.new.start)),
            _ => None,
        })
        .collect()
}
