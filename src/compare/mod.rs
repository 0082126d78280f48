//! A comparison of two documents, the pipeline in order: align the sentences (`align`), make
//! the rows and fill each with its word diff and drift findings (`rows`), count (`stats`).

mod frame;
mod relink;
mod rows;
mod stats;

use std::sync::Arc;

use rayon::prelude::*;

use crate::align::align_documents;
use crate::comparison::{Comparison, Finding, Row};
use crate::diff::options::DiffOptions;
use crate::knowledge::Knowledge;
use crate::load::document::Document;
use crate::side::Pair;
use frame::{completed, unfilled};
pub use relink::{Unlaid, relink};
use rows::{diff_row, diff_rows, fill_rows, rows_of};

/// Compares two documents: align their sentences, make the rows, diff each row's words and
/// check it for drift, count. `knowledge` holds the dictionaries the aligner may weigh and
/// the glossary the rows are checked against.
pub fn compare(
    old: Arc<Document>,
    new: Arc<Document>,
    options: DiffOptions,
    knowledge: &Knowledge,
) -> Comparison {
    let (cmp, mut rows, moves) = aligned(old, new, options, knowledge);
    let (findings, words) = fill_rows(&cmp, &mut rows, &moves, knowledge);
    completed(Comparison { words, ..cmp }, rows, findings)
}

/// Two documents aligned and their rows diffed, with no drift checked yet: what the reader
/// shows first on a book while [`checked`] runs the checks (a third of the time of
/// [`compare`] on the Bible). The rows, counts and similarity are [`compare`]'s; the findings
/// are empty and [`Comparison::checked`] is false.
pub fn compare_unchecked(
    old: Arc<Document>,
    new: Arc<Document>,
    options: DiffOptions,
    knowledge: &Knowledge,
) -> Comparison {
    // The documents' own counts: the checks count the same words on their way (a test below).
    let words = Pair::new(old.word_count(), new.word_count());
    let (cmp, mut rows, moves) = aligned(old, new, options, knowledge);
    diff_rows(&cmp, &mut rows, &moves, None);
    Comparison {
        checked: false,
        ..completed(Comparison { words, ..cmp }, rows, Vec::new())
    }
}

/// The documents aligned: the comparison's frame, its rows not yet filled, and the moves
/// between them.
fn aligned(
    old: Arc<Document>,
    new: Arc<Document>,
    options: DiffOptions,
    knowledge: &Knowledge,
) -> (Comparison, Vec<Row>, Vec<crate::align::Move>) {
    let alignment = align_documents(&old, &new, knowledge);
    let rows = rows_of(alignment.groups, &alignment.moves, &alignment.confidence);
    let cmp = Comparison {
        dictionary: alignment.dictionary,
        word_links: Arc::new(alignment.word_links),
        ..unfilled(
            Pair::new(old, new),
            alignment.sentences,
            options,
            alignment.across,
        )
    };
    (cmp, rows, alignment.moves)
}

/// A comparison [`compare_unchecked`] made, with its drift findings: the comparison
/// [`compare`] makes of the same documents (it tokenizes every row a second time, which
/// `compare`'s one pass does not).
pub fn checked(cmp: &Comparison, knowledge: &Knowledge) -> Comparison {
    Comparison {
        findings: crate::drift::find_drift(cmp, knowledge),
        checked: true,
        ..cmp.clone()
    }
}

/// Two texts compared as documents `old.txt` and `new.txt`, with no dictionary or glossary:
/// what the core's unit tests compare.
#[cfg(test)]
pub(crate) fn compare_texts(old: &str, new: &str) -> Comparison {
    compare(
        Arc::new(Document::from_text("old.txt", old)),
        Arc::new(Document::from_text("new.txt", new)),
        DiffOptions::default(),
        &Knowledge::none(),
    )
}

/// A comparison laid again on rows already made, most of them already diffed: the rows
/// marked in `redo` (holding no move) get their kind and word ops here, the others are kept
/// as they are; the findings are given. The rows of three and more versions are a pair's own
/// rows but where other pairs joined them (`crate::versions`), so only those are diffed again.
pub(crate) fn relay(
    cmp: Comparison,
    mut rows: Vec<Row>,
    redo: &[bool],
    findings: Vec<Finding>,
) -> Comparison {
    rows.par_iter_mut()
        .enumerate()
        .filter(|(k, _)| redo[*k])
        .for_each(|(_, row)| {
            let (kind, ops) = diff_row(&cmp, row, None);
            row.kind = kind;
            row.ops = ops;
        });
    completed(cmp, rows, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::RowKind;
    use crate::diff::ops::OpTag;
    use crate::side::Side;

    fn run(old: &[&str], new: &[&str]) -> Comparison {
        let doc = |name: &str, s: &[&str]| Arc::new(Document::from_text(name, s.join("\n")));
        compare(
            doc("old", old),
            doc("new", new),
            DiffOptions::default(),
            &Knowledge::none(),
        )
    }

    const A: &str = "The minister arrived in Geneva on Monday for the talks.";
    const B: &str = "Protesters gathered outside the hotel carrying banners and flags.";
    const C: &str = "Negotiators expect a long week of difficult sessions.";
    const D: &str = "The central bank raised interest rates by half a point.";
    const E: &str = "Farmers reported a poor harvest after the dry summer.";

    fn moved_pairs(cmp: &Comparison) -> Vec<(usize, usize)> {
        cmp.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind == RowKind::Moved && !r.sentences.old.is_empty())
            .map(|(k, r)| (k, r.partner.expect("a moved row names its partner")))
            .collect()
    }

    #[test]
    fn a_sentence_moved_far_is_a_move_with_both_halves_linked() {
        let cmp = run(&[A, B, C, D, E], &[A, C, D, E, B]);
        let moves = moved_pairs(&cmp);
        assert_eq!(moves.len(), 1);
        let (from, to) = moves[0];
        assert_eq!(cmp.rows[to].partner, Some(from));
        assert_eq!(cmp.text(&cmp.rows[from], Side::Old), B);
        assert_eq!(cmp.text(&cmp.rows[to], Side::New), B);
        assert_eq!(cmp.stats.moved, 1);
        assert_eq!((cmp.stats.deleted, cmp.stats.inserted), (0, 0));
    }

    #[test]
    fn edits_inside_a_moved_sentence_are_diffed() {
        let b2 = "Protesters gathered outside the hotel carrying banners and red flags.";
        let cmp = run(&[A, B, C, D, E], &[A, C, D, E, b2]);
        let (from, _) = moved_pairs(&cmp)[0];
        let inserted: Vec<&str> = cmp.rows[from]
            .ops
            .iter()
            .filter(|o| o.tag == OpTag::Insert)
            .map(|o| &cmp.docs.new.text[o.new.clone()])
            .collect();
        assert_eq!(inserted, ["red"]);
    }

    #[test]
    fn swapped_neighbours_keep_every_sentence_once() {
        let cmp = run(&[A, B, C, D], &[A, C, B, D]);
        let kinds: Vec<RowKind> = cmp.rows.iter().map(|r| r.kind).collect();
        assert!(kinds.contains(&RowKind::Moved), "{kinds:?}");
        assert_eq!(
            cmp.rows
                .iter()
                .filter(|r| !r.sentences.old.is_empty())
                .count(),
            4
        );
        assert_eq!(
            cmp.rows
                .iter()
                .filter(|r| !r.sentences.new.is_empty())
                .count(),
            4
        );
    }

    #[test]
    fn a_pair_sharing_almost_no_words_is_compared_as_a_translation_whatever_its_languages_say() {
        let en = "The museum opens at nine and closes at five every day of the week. Tickets cost twelve euros for adults and six for students. Please ask at the front desk for a guided tour of the collection.";
        let es = "El museo abre a las nueve y cierra a las cinco todos los días de la semana. Las entradas cuestan doce euros para adultos y seis para estudiantes. Por favor, pregunte en la recepción por una visita guiada de la colección.";
        // Both told to be English (or detected so): still aligned as a translation.
        let doc = |name: &str, text: &str| {
            let mut d = Document::from_text(name, text);
            d.language = crate::text::language::Language::from_code("en");
            Arc::new(d)
        };
        let cmp = compare(
            doc("en", en),
            doc("es", es),
            DiffOptions::default(),
            &Knowledge::none(),
        );
        assert!(cmp.across);
        assert_eq!(cmp.rows.len(), 3);
        // Too short for any language to be sure, but in two scripts: a translation.
        let plain = |name: &str, text: &str| Arc::new(Document::from_text(name, text));
        let cmp = compare(
            plain(
                "en",
                "The man went to the market. He bought bread and milk!",
            ),
            plain("ar", "ذهب الرجل إلى السوق. اشترى خبزا وحليبا!"),
            DiffOptions::default(),
            &Knowledge::none(),
        );
        assert!(cmp.across);
        assert_eq!(cmp.rows.len(), 2);
    }

    #[test]
    fn the_words_the_checks_count_are_the_documents_word_counts() {
        let cmp = run(
            &[A, B, "Twelve o’clock — it's 3.5 km, isn't it?"],
            &[C, D, E],
        );
        assert_eq!(cmp.words.old, cmp.docs.old.word_count());
        assert_eq!(cmp.words.new, cmp.docs.new.word_count());
        assert!(cmp.words.old > 20);
    }

    #[test]
    fn identical_documents_are_all_equal_and_fully_similar() {
        let cmp = run(&[A, B, C], &[A, B, C]);
        assert!(cmp.rows.iter().all(|r| r.kind == RowKind::Equal));
        assert!((cmp.similarity - 1.0).abs() < 1e-6);
        assert!(!cmp.stats.has_differences());
    }
}
