//! What the cross-language aligner needs of each unit beyond its key and length: the marks
//! that survive translation (numbers, names), the cognates, and the words that meet across a
//! dictionary or across the links learned from the pair (`lexical_model`).

use std::ops::Range;

use rayon::prelude::*;

use super::cross::{CrossSide, signature};
use super::group::Group;
use super::lexical_model::learn_links;
use super::marks::{
    TranslationIds, keep_shared, keep_shared_within, translation_ids, unit_evidence, units_per_word,
};
use super::prepare::Prepared;
use super::word_links::WordLinks;
use crate::knowledge::Dictionary;
use crate::load::document::Document;

/// A word in more units than [`lexicon_cap`] allows on either side is no lexical evidence:
/// the model learns its translations from the words of up to that many units, and the grid
/// weighs them. Marks (names) stop at 20 units (`marks::MAX_UNITS_PER_WORD`), but words such
/// as "rod" / "vara" or "serpent" / "culebra", in a few dozen verses of a book, are what
/// tells two neighbouring verses apart when one of them is missing in the translation.
///
/// The cap is a share of the document's units (a word in one unit of fifty is a common word
/// of a short text, a topic word of a book), between 20 and 100. Chosen on the error-injection
/// benchmark's tuning books (Exodus to Deuteronomy, KJV against RV1909, seed 1, 40 errors a
/// kind; errors found / new findings at no error) and Text+Berg's dev document: a fixed 20
/// units 224 / 26, 50 units 232 / 13, 100 234 / 10, 200 239 / 8, 500 238 / 7; but a fixed 100
/// aligns Text+Berg worse (dev strict F1 0.882 → 0.875), whose documents of a few hundred
/// units keep 20 with the share (one in 30, 50 or 80: 234, 234 and 233 found on the tuning
/// books). The ceiling of 100 for the cost: on the whole Bible 200 units cost 1.18x the
/// report's time (BENCHMARKS.md).
const LEXICON_MAX_UNITS: usize = 100;
/// ... the share: one unit in this many.
const LEXICON_SHARE: usize = 50;
/// ... and the floor, the marks' own.
const LEXICON_MIN_UNITS: usize = 20;
/// A word in more than one unit in this many is too common for the translation table (one in
/// 50 instead, with three rounds of EM: 380 errors found on the untuned books, 51 findings at
/// no error, against 382 and 39).
const COMMON_SHARE: usize = 20;

/// In how many units a word may appear and still be lexical evidence, for a pair whose
/// shorter side has `units` units.
fn lexicon_cap(units: usize) -> usize {
    (units / LEXICON_SHARE).clamp(LEXICON_MIN_UNITS, LEXICON_MAX_UNITS)
}

/// Each unit's evidence, one side.
struct CrossUnits {
    marks: Vec<Vec<u64>>,
    /// Each unit's own words (folded ids, sorted, each once): what the other side's looked-up
    /// words meet, and what the model learns from.
    words: Vec<Vec<u64>>,
    /// What the grid weighs: on the side whose words are looked up, their translations (the
    /// dictionary's, then also the learned links'); on the other, its own words; kept where
    /// both sides have them. Empty while there is nothing to look words up in.
    lexicon: Vec<Vec<u64>>,
    /// Each unit's cognate prefixes (`marks::cognates`) kept where both sides have them, as
    /// signatures, as the grid reads them.
    signatures: Vec<u64>,
}

/// Both sides' units, and which side's words are looked up (`looker`: the side a dictionary
/// translates from, else the old one).
pub(super) struct CrossPair {
    sides: [CrossUnits; 2],
    looker: usize,
}

impl CrossPair {
    /// Both sides' units, keeping only the marks, cognates and lexicon ids both sides have
    /// (the others are no evidence). `dictionary`: one, and the side (0 old, 1 new) whose
    /// language it translates from.
    pub(super) fn of(
        prepared: [&Prepared; 2],
        docs: [&Document; 2],
        dictionary: Option<(&Dictionary, usize)>,
    ) -> CrossPair {
        let looker = dictionary.map_or(0, |(_, side)| side);
        let table = dictionary.map(|(d, _)| translation_ids(d));
        let lookup = |side: usize| table.as_ref().filter(|_| side == looker);
        let (old, new) = rayon::join(
            || Evidence::of(prepared[0], docs[0], lookup(0)),
            || Evidence::of(prepared[1], docs[1], lookup(1)),
        );
        let [mut old, mut new] = [old, new];
        rayon::join(
            || keep_shared(&mut old.marks, &mut new.marks),
            || keep_shared(&mut old.cognates, &mut new.cognates),
        );
        let mut pair = CrossPair {
            sides: [old, new].map(|e| CrossUnits {
                signatures: e.cognates.iter().map(|ids| signature(ids)).collect(),
                marks: e.marks,
                words: e.words,
                lexicon: e.translations,
            }),
            looker,
        };
        if table.is_some() {
            pair.meet(|_, _| {});
        } else {
            // Nothing to look words up in yet: the grid weighs no lexicon.
            for side in &mut pair.sides {
                side.lexicon = Vec::new();
            }
        }
        pair
    }

    /// Learns word links from `rows` (a first alignment's rows of sentences; `starts`, each
    /// side's first unit of each sentence) and adds them to the looked-up side's lexicon.
    /// Returns the links, for the reader and the reports.
    pub(super) fn learn(&mut self, rows: &[Group], starts: [&[usize]; 2]) -> WordLinks {
        let (l, m) = (self.looker, 1 - self.looker);
        let counts = rayon::join(
            || units_per_word(&self.sides[0].words),
            || units_per_word(&self.sides[1].words),
        );
        let counts = [counts.0, counts.1];
        let cap = self.lexicon_cap();
        let rare_words = |side: usize, sentences: &Range<usize>| -> Vec<u64> {
            let units = starts[side][sentences.start]..starts[side][sentences.end];
            let mut ids: Vec<u64> = self.sides[side].words[units]
                .iter()
                .flatten()
                .copied()
                .filter(|id| counts[side].get(id).is_some_and(|&n| n <= cap))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let range = |g: &Group, side: usize| {
            if side == 0 {
                g.old.clone()
            } else {
                g.new.clone()
            }
        };
        let corpus: Vec<(Vec<u64>, Vec<u64>)> = rows
            .par_iter()
            .filter(|g| !g.old.is_empty() && !g.new.is_empty())
            .map(|g| (rare_words(l, &range(g, l)), rare_words(m, &range(g, m))))
            .collect();
        let links = learn_links(&corpus);
        self.meet(|words, lexicon| {
            lexicon.extend(words.iter().filter_map(|w| links.get(w)).flatten());
        });
        WordLinks::new(l == 0, links)
    }

    /// Each side's sentences' words for the translation table (`translation_table`): each
    /// sentence's words (`starts`: each side's first unit of each sentence), each once, less
    /// the words of one unit only (no evidence) and those in more than one unit in
    /// [`COMMON_SHARE`] (function words, which every row explains alike).
    pub(super) fn sentence_words(&self, starts: [&[usize]; 2]) -> [Vec<Vec<u64>>; 2] {
        let side = |k: usize| {
            let units = &self.sides[k].words;
            let counts = units_per_word(units);
            let most = (units.len() / COMMON_SHARE).max(2);
            let kept = |id: &u64| counts.get(id).is_some_and(|&n| (2..=most).contains(&n));
            (0..starts[k].len() - 1)
                .into_par_iter()
                .map(|s| {
                    let mut ids: Vec<u64> = units[starts[k][s]..starts[k][s + 1]]
                        .iter()
                        .flatten()
                        .copied()
                        .filter(kept)
                        .collect();
                    ids.sort_unstable();
                    ids.dedup();
                    ids
                })
                .collect()
        };
        let (old, new) = rayon::join(|| side(0), || side(1));
        [old, new]
    }

    /// Makes the lexicons the grid weighs: the looked-up side's (its dictionary ids so far,
    /// with what `add` puts in from each unit's words) against the other side's own words.
    fn meet(&mut self, add: impl Fn(&[u64], &mut Vec<u64>) + Sync) {
        let (l, m) = (self.looker, 1 - self.looker);
        let looked_up = &mut self.sides[l];
        looked_up.lexicon.resize(looked_up.words.len(), Vec::new());
        looked_up
            .lexicon
            .par_iter_mut()
            .zip(&looked_up.words)
            .for_each(|(lexicon, words)| {
                add(words, lexicon);
                lexicon.sort_unstable();
                lexicon.dedup();
            });
        self.sides[m].lexicon = self.sides[m].words.clone();
        let cap = self.lexicon_cap();
        let [a, b] = &mut self.sides;
        keep_shared_within(&mut a.lexicon, &mut b.lexicon, cap);
    }

    /// [`lexicon_cap`] for this pair: by its shorter side's units.
    fn lexicon_cap(&self) -> usize {
        lexicon_cap(self.sides[0].words.len().min(self.sides[1].words.len()))
    }

    /// One side (0 old, 1 new) as the grid reads it.
    pub(super) fn side<'a>(&'a self, side: usize, p: &'a Prepared) -> CrossSide<'a> {
        let units = &self.sides[side];
        CrossSide {
            keys: &p.keys,
            chars: &p.chars,
            marks: &units.marks,
            lexicon: &units.lexicon,
            cognates: &units.signatures,
        }
    }
}

/// One side's evidence per unit, as found.
struct Evidence {
    marks: Vec<Vec<u64>>,
    words: Vec<Vec<u64>>,
    translations: Vec<Vec<u64>>,
    cognates: Vec<Vec<u64>>,
}

impl Evidence {
    fn of(p: &Prepared, doc: &Document, table: Option<&TranslationIds>) -> Evidence {
        let found: Vec<_> = p
            .spans
            .par_iter()
            .map(|r| unit_evidence(&doc.text[r.clone()], table))
            .collect();
        let mut e = Evidence {
            marks: Vec::with_capacity(found.len()),
            words: Vec::with_capacity(found.len()),
            translations: Vec::with_capacity(found.len()),
            cognates: Vec::with_capacity(found.len()),
        };
        for u in found {
            e.marks.push(u.marks);
            e.words.push(u.words);
            e.translations.push(u.translations);
            e.cognates.push(u.cognates);
        }
        e
    }
}
