//! Align: which sentences of the old version face which of the new. One door,
//! [`align_documents`]: each side is prepared (`prepare`: sentences, their clauses as units,
//! features weighted by rarity), the units are paired (same language: by their words,
//! `anchored`, `gaps`, `sentence_rows`; across languages: by lengths and marks, `cross`), whole-sentence
//! rows are made from the unit pairs, and moves (a dropped and an added sentence that say the
//! same thing) and lone pairs are found. PO and XLIFF files bring their own rows (`given`).

mod anchored;
mod band;
mod cross;
mod cross_input;
mod features;
mod gaps;
mod given;
mod group;
mod length;
mod lexical_model;
mod lone_pairs;
mod marks;
mod mend;
mod moves;
mod prepare;
mod recut;
mod scorer;
mod sentence_rows;
mod similarity;
mod translation_pair;
mod translation_table;
mod unique;
mod word_links;

pub use group::Group;
pub use moves::Move;
pub use word_links::WordLinks;

pub(crate) use marks::fold;

use std::path::PathBuf;

use crate::knowledge::Knowledge;
use crate::load::document::Document;
use crate::segment::sentences::Sentence;
use crate::side::Pair;
use cross_input::CrossPair;
use length::length_ratio;
use lone_pairs::{LoneEvidence, pair_lone};
use moves::find_moves;
use prepare::{one_sided_features, prepare_pair};
use sentence_rows::{align_sentences, align_sentences_across};
use translation_pair::across_languages;

/// Two documents aligned: rows of sentence groups covering both sides' sentences in order,
/// the moves between one-sided rows, and whether the pair was aligned as a source and its
/// translation.
#[derive(Debug, Clone)]
pub struct Alignment {
    /// Each side's sentences.
    pub sentences: Pair<Vec<Sentence>>,
    /// The rows: runs of sentences facing each other, in document order on both sides.
    pub groups: Vec<Group>,
    /// Pairs of one-sided rows that hold the same sentence (indices into `groups`).
    pub moves: Vec<Move>,
    /// Whether the documents are in different languages (or scripts): a source and its
    /// translation, aligned by lengths and marks.
    pub across: bool,
    /// The bilingual dictionary the cross-language aligner weighed, by its file.
    pub dictionary: Option<PathBuf>,
    /// Across languages, the word pairs learned from the pair (`lexical_model`).
    pub word_links: WordLinks,
    /// Across languages, how sure the model is of each group, a probability (see
    /// `sentence_rows::SentenceModel::confidences`); empty for one language and for PO and XLIFF.
    pub confidence: Vec<f32>,
}

/// Aligns two documents sentence by sentence, with the dictionaries `knowledge` has for their
/// languages when they are a source and its translation.
pub fn align_documents(old: &Document, new: &Document, knowledge: &Knowledge) -> Alignment {
    let across = across_languages(old, new);
    if let Some((sentences, groups)) = given::entry_rows(old, new) {
        return Alignment {
            sentences,
            groups,
            moves: Vec::new(),
            across,
            dictionary: None,
            word_links: WordLinks::default(),
            confidence: Vec::new(),
        };
    }
    let (p_old, p_new) = prepare_pair(old, new);
    let mut dictionary = None;
    let mut sentence_model = None;
    let mut word_links = WordLinks::default();
    let groups = if across {
        // A dictionary for the pair, either way round: the source's words' translations
        // meet the translation's words.
        let shelf = &knowledge.dictionaries;
        let (chosen, from_old) = match shelf.for_pair(old.language, new.language) {
            Some(d) => (Some(d), true),
            None => (shelf.for_pair(new.language, old.language), false),
        };
        let mut cross = CrossPair::of(
            [&p_old, &p_new],
            [old, new],
            chosen
                .as_ref()
                .map(|c| (c.dictionary.as_ref(), usize::from(!from_old))),
        );
        dictionary = chosen.map(|c| c.path);
        let across = |cross: &CrossPair, guide: Option<&[Group]>| {
            align_sentences_across(
                &p_old.units(),
                &p_new.units(),
                &cross.side(0, &p_old),
                &cross.side(1, &p_new),
                guide,
            )
        };
        // Moore's two passes: lengths, marks and the dictionary first; then, near the first
        // pass's path, the word links its rows teach (`lexical_model`) as well. (A third pass,
        // learning again from the second's rows, changed no link on Text+Berg.)
        let (first, units, _) = across(&cross, None);
        word_links = cross.learn(&first, [&p_old.starts, &p_new.starts]);
        let (rows, _, model) = across(&cross, Some(&units));
        let words = cross.sentence_words([&p_old.starts, &p_new.starts]);
        let rows = mend::mend_across(rows, &model, &words);
        sentence_model = Some(model);
        rows
    } else {
        align_sentences(&p_old.units(), &p_new.units())
    };
    let one_sided = one_sided_features(&groups, &p_old, &p_new);
    let mut moves = find_moves(&groups, &one_sided);
    // Lone dropped and added sentences between the same neighbours are paired when their
    // lengths agree (`lone_pairs`).
    let evidence = LoneEvidence {
        features: &one_sided,
        lengths: |o: &std::ops::Range<usize>, n: &std::ops::Range<usize>| {
            (p_old.bytes(o), p_new.bytes(n))
        },
        ratio: length_ratio(old.text.len(), new.text.len()),
    };
    let groups = pair_lone(groups, &evidence, &mut moves);
    // The rows' confidence by the second pass's own model, once lone drops and adds are paired.
    let confidence = sentence_model.map_or_else(Vec::new, |model| model.confidences(&groups));
    // Features and keys are a large part of the memory on files of millions of short lines,
    // and nothing after this needs them: only the sentences leave this function.
    Alignment {
        sentences: Pair::new(p_old.sentences, p_new.sentences),
        groups,
        moves,
        across,
        dictionary,
        word_links,
        confidence,
    }
}
