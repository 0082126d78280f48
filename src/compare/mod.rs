//! A comparison of two documents: segment, align, find moves, diff words; rows and stats.

use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::align::cross::CrossSide;
use crate::align::features::Features;
use crate::align::length::length_ratio;
use crate::align::lone_pairs::{LoneEvidence, pair_lone};
use crate::align::marks::keep_shared;
use crate::align::moves::{Move, find_moves};
use crate::align::similarity::idf_weights;
use crate::align::units::align_sentences_across;
use crate::align::{Group, SideInput, UnitSide, align_sentences};
use crate::comparison::{Comparison, Finding, Row, RowKind, Stats};
use crate::diff::ops::{OpTag, WordOp};
use crate::diff::options::DiffOptions;
use crate::diff::words::diff_texts;
use crate::drift;
use crate::load::document::Document;
use crate::segment::clauses::clause_units;
use crate::segment::sentences::{Sentence, sentences_in};
use crate::segment::tokens::Text;
use crate::segment::wrapping::wrap_width;
use crate::side::{Pair, Side};

/// One side made ready for alignment: its sentences, and the units the aligner pairs (each
/// sentence's clauses) with their features and keys.
struct Prepared {
    sentences: Vec<Sentence>,
    features: Vec<Features>,
    keys: Vec<u64>,
    /// The first unit of each sentence, and the number of units at the end.
    starts: Vec<usize>,
    /// Each unit's byte range in the document's text.
    spans: Vec<Range<usize>>,
    /// Each unit's length in characters: length evidence for the aligner.
    chars: Vec<u32>,
}

impl Prepared {
    fn units(&self) -> UnitSide<'_> {
        UnitSide {
            units: SideInput {
                features: &self.features,
                keys: &self.keys,
            },
            starts: &self.starts,
            chars: &self.chars,
        }
    }
}

fn prepare(doc: &Document) -> Prepared {
    let sentences = sentences_in(&doc.text, doc.language);
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

/// Compares two documents.
pub fn compare(old: Arc<Document>, new: Arc<Document>, options: DiffOptions) -> Comparison {
    if let Some(given) = given_alignment(&old, &new, options) {
        return given;
    }
    let (p_old, p_new) = prepare_pair(&old, &new);
    let across = across_languages(&old, &new);
    let groups = if across {
        // A dictionary for the pair, either way round: the source's words' translations
        // meet the translation's words.
        use crate::load::dictionary::for_pair;
        let forward = for_pair(old.language, new.language);
        let backward = forward
            .is_none()
            .then(|| for_pair(new.language, old.language))
            .flatten();
        let lexicons = match (&forward, &backward) {
            (Some(d), _) => Some((Some(d.as_ref()), None)),
            (None, Some(d)) => Some((None, Some(d.as_ref()))),
            (None, None) => None,
        };
        let (mut old_cross, mut new_cross) = rayon::join(
            || CrossUnits::of(&p_old, &old, lexicons.map(|l| l.0)),
            || CrossUnits::of(&p_new, &new, lexicons.map(|l| l.1)),
        );
        rayon::join(
            || keep_shared(&mut old_cross.marks, &mut new_cross.marks),
            || keep_shared(&mut old_cross.lexicon, &mut new_cross.lexicon),
        );
        align_sentences_across(
            &p_old.units(),
            &p_new.units(),
            &old_cross.side(&p_old),
            &new_cross.side(&p_new),
        )
    } else {
        align_sentences(&p_old.units(), &p_new.units())
    };
    let one_sided = one_sided_features(&groups, &p_old, &p_new);
    let mut moves = find_moves(&groups, &one_sided);
    let groups = pair_lone_sentences(
        groups,
        &one_sided,
        &mut moves,
        [&p_old, &p_new],
        [&old, &new],
    );
    // Features and keys are a large part of the memory on files of millions of short lines,
    // and nothing after this needs them: freed before the rows and findings are built. (Moving
    // the sentences out alone would not free them: the rest of a partly moved struct lives
    // to the end of the scope.)
    let sentences = Pair::new(p_old.sentences, p_new.sentences);
    drop((p_old.features, p_old.keys, p_new.features, p_new.keys));
    drop((p_old.spans, p_new.spans, p_old.chars, p_new.chars));
    finish(
        Pair::new(old, new),
        sentences,
        groups,
        &moves,
        options,
        across,
    )
}

/// Whether two documents are a source and its translation: their languages differ, their
/// scripts differ (a short text's language may be unsure, its script is not), or (whatever
/// the detector says, or when it cannot tell) they share almost no words.
pub(crate) fn across_languages(old: &Document, new: &Document) -> bool {
    old.in_another_language(new)
        || crate::segment::language::scripts_differ(&old.text, &new.text)
        || shares_almost_no_words(&old.text, &new.text)
}

/// The distinct words of the shorter document's first part that the other's first part also
/// has, under a tenth. Versions in one language share their function words ("the", "of",
/// "und") even when their content differs; a translation shares only names and numbers.
/// Documents of under 20 distinct words are too short to tell.
fn shares_almost_no_words(a: &str, b: &str) -> bool {
    const SAMPLE_BYTES: usize = 64 * 1024;
    const MIN_WORDS: usize = 20;
    let words = |text: &str| -> rustc_hash::FxHashSet<String> {
        let mut end = text.len().min(SAMPLE_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut out = rustc_hash::FxHashSet::default();
        crate::segment::tokens::for_each_piece(&text[..end], |span, kind| {
            if kind == crate::segment::tokens::TokenKind::Word {
                let w = &text[span];
                if w.chars().any(char::is_alphabetic) {
                    out.insert(w.to_lowercase());
                }
            }
        });
        out
    };
    let (wa, wb) = rayon::join(|| words(a), || words(b));
    let (small, large) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if small.len() < MIN_WORDS {
        return false;
    }
    let shared = small.iter().filter(|w| large.contains(*w)).count();
    shared * 10 < small.len()
}

/// The two sides of a PO or XLIFF file (or any documents whose entries face each other one
/// to one) compared entry by entry: each entry is a row, however many sentences it holds.
fn given_alignment(
    old: &Arc<Document>,
    new: &Arc<Document>,
    options: DiffOptions,
) -> Option<Comparison> {
    let (a, b) = (old.entries.as_ref()?, new.entries.as_ref()?);
    if a.len() != b.len() {
        return None;
    }
    let (s_old, s_new) = rayon::join(
        || sentences_in(&old.text, old.language),
        || sentences_in(&new.text, new.language),
    );
    // The sentences of each entry: those starting inside its byte range.
    let runs = |sentences: &[Sentence], entries: &[Range<usize>]| -> Vec<Range<usize>> {
        let mut at = 0;
        entries
            .iter()
            .map(|e| {
                let start = at;
                while at < sentences.len() && sentences[at].span.start < e.end.max(e.start + 1) {
                    at += 1;
                }
                start..at
            })
            .collect()
    };
    let groups = runs(&s_old, a)
        .into_iter()
        .zip(runs(&s_new, b))
        .map(|(old, new)| Group {
            old,
            new,
            similarity: 0.0,
        })
        .collect();
    Some(finish(
        Pair::new(old.clone(), new.clone()),
        Pair::new(s_old, s_new),
        groups,
        &[],
        options,
        across_languages(old, new),
    ))
}

/// A comparison of two documents whose rows are already decided: `groups` cover both sides'
/// `sentences` in order, `moves` link one-sided groups. Used by the pipeline above and by the
/// comparisons of three and more versions, whose rows are merged across pairs
/// (`crate::versions`).
pub(crate) fn finish(
    docs: Pair<Arc<Document>>,
    sentences: Pair<Vec<Sentence>>,
    groups: Vec<Group>,
    moves: &[Move],
    options: DiffOptions,
    across: bool,
) -> Comparison {
    let mut rows = rows_of(groups, moves);
    let cmp = unfilled(docs, sentences, options, across);
    let findings = fill_rows(&cmp, &mut rows, moves);
    completed(cmp, rows, findings)
}

/// A comparison with its documents, sentences and options but no rows yet: what the rows
/// are filled in against.
fn unfilled(
    docs: Pair<Arc<Document>>,
    sentences: Pair<Vec<Sentence>>,
    options: DiffOptions,
    across: bool,
) -> Comparison {
    let wrap_width = Pair::new(wrap_width(&docs.old.text), wrap_width(&docs.new.text));
    Comparison {
        wrap_width,
        docs,
        sentences,
        rows: Vec::new(),
        stats: Stats::default(),
        similarity: 0.0,
        findings: Vec::new(),
        options,
        across,
    }
}

/// The comparison with its filled rows and findings, and the counts over them.
fn completed(mut cmp: Comparison, rows: Vec<Row>, findings: Vec<Finding>) -> Comparison {
    cmp.rows = rows;
    cmp.stats = stats(&cmp);
    cmp.similarity = shared_word_share(&cmp);
    cmp.findings = findings;
    cmp
}

/// A comparison of two documents on rows already made, most of them already diffed: the rows
/// marked in `redo` (holding no move) get their kind and word ops here, the others are kept
/// as they are; the findings are given. The rows of three and more versions are a pair's own
/// rows but where other pairs joined them (`crate::versions`), so only those are diffed again.
pub(crate) fn relay(
    docs: Pair<Arc<Document>>,
    sentences: Pair<Vec<Sentence>>,
    mut rows: Vec<Row>,
    redo: &[bool],
    findings: Vec<Finding>,
    options: DiffOptions,
    across: bool,
) -> Comparison {
    let cmp = unfilled(docs, sentences, options, across);
    rows.par_iter_mut()
        .enumerate()
        .filter(|(k, _)| redo[*k])
        .for_each(|(k, row)| {
            let (kind, ops, _) = diff_row(&cmp, k, row, None, None);
            row.kind = kind;
            row.ops = ops;
        });
    completed(cmp, rows, findings)
}

/// What the cross-language aligner needs of each unit beyond its key and length: its marks.
struct CrossUnits {
    marks: Vec<Vec<u64>>,
    /// With a dictionary: each unit's words, or its words' translations (`lexicon`).
    lexicon: Vec<Vec<u64>>,
}

impl CrossUnits {
    /// `lexicon`: `None` without a dictionary; `Some(None)` for the translation's side (its
    /// own words); `Some(Some(d))` for the source's (its words' translations in `d`).
    fn of(
        p: &Prepared,
        doc: &Document,
        lexicon: Option<Option<&crate::load::dictionary::Dictionary>>,
    ) -> CrossUnits {
        let table = lexicon.flatten().map(crate::align::marks::translation_ids);
        let wanted = lexicon.map(|source| source.and(table.as_ref()));
        let (marks, lexicon): (Vec<Vec<u64>>, Vec<Vec<u64>>) = p
            .spans
            .par_iter()
            .map(|r| crate::align::marks::marks_and_lexicon(&doc.text[r.clone()], wanted))
            .unzip();
        // Without a dictionary the lexicon plays no part: none kept.
        let lexicon = if wanted.is_some() {
            lexicon
        } else {
            Vec::new()
        };
        CrossUnits { marks, lexicon }
    }

    fn side<'a>(&'a self, p: &'a Prepared) -> CrossSide<'a> {
        CrossSide {
            keys: &p.keys,
            chars: &p.chars,
            marks: &self.marks,
            lexicon: &self.lexicon,
        }
    }
}

/// Lone dropped and added sentences between the same neighbours paired when their lengths
/// agree (see `align::lone_pairs`).
fn pair_lone_sentences(
    groups: Vec<Group>,
    one_sided: &[Option<Features>],
    moves: &mut [Move],
    prepared: [&Prepared; 2],
    docs: [&Document; 2],
) -> Vec<Group> {
    let bytes = |k: usize, r: &Range<usize>| -> usize {
        prepared[k].sentences[r.clone()]
            .iter()
            .map(|s| s.span.len())
            .sum()
    };
    let evidence = LoneEvidence {
        features: one_sided,
        lengths: |old: &Range<usize>, new: &Range<usize>| (bytes(0, old), bytes(1, new)),
        ratio: length_ratio(docs[0].text.len(), docs[1].text.len()),
    };
    pair_lone(groups, &evidence, moves)
}

/// The features of each group that holds one sentence on one side and none on the other
/// (the candidates for moves), `None` for the others.
fn one_sided_features(groups: &[Group], old: &Prepared, new: &Prepared) -> Vec<Option<Features>> {
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

/// Both sides segmented and reduced to features, the terms weighted by their rarity across
/// the two documents.
fn prepare_pair(old: &Document, new: &Document) -> (Prepared, Prepared) {
    let (mut p_old, mut p_new) = rayon::join(|| prepare(old), || prepare(new));
    let idf = idf_weights(&p_old.features, &p_new.features);
    p_old
        .features
        .par_iter_mut()
        .chain(p_new.features.par_iter_mut())
        .for_each(|f| f.reweight(&idf));
    (p_old, p_new)
}

/// The groups become the rows (and are gone before the rows are filled in); moved rows name
/// their partners.
fn rows_of(groups: Vec<Group>, moves: &[Move]) -> Vec<Row> {
    let mut rows: Vec<Row> = groups
        .into_iter()
        .map(|g| Row {
            kind: RowKind::Equal,
            sentences: Pair::new(g.old, g.new),
            ops: Vec::new(),
            partner: None,
            similarity: g.similarity,
        })
        .collect();
    for m in moves {
        rows[m.from].partner = Some(m.to);
        rows[m.to].partner = Some(m.from);
        rows[m.from].similarity = m.similarity;
        rows[m.to].similarity = m.similarity;
    }
    rows
}

/// Each row's kind and word ops, set in place, and every row's findings, in row order.
fn fill_rows(cmp: &Comparison, rows: &mut [Row], moves: &[Move]) -> Vec<Finding> {
    // A moved row is diffed against its partner's text: the partners are copied out (moves
    // are few) so the rows can be filled in place, in parallel, with no second list of results.
    let partners: FxHashMap<usize, Row> = moves
        .iter()
        .flat_map(|m| [m.from, m.to])
        .map(|k| (k, rows[k].clone()))
        .collect();
    // Each row is diffed and checked for drift in one pass, so its text is tokenized once.
    let styles = drift::styles(cmp);
    rows.par_iter_mut()
        .enumerate()
        .flat_map_iter(|(k, row)| {
            let partner = row.partner.map(|p| &partners[&p]);
            let (kind, ops, found) = diff_row(cmp, k, row, partner, Some(&styles));
            row.kind = kind;
            row.ops = ops;
            found
        })
        .collect()
}

/// The kind, word ops and drift findings of row `k`; `partner` is the other half of a move.
fn diff_row(
    cmp: &Comparison,
    k: usize,
    row: &Row,
    partner: Option<&Row>,
    styles: Option<&Pair<drift::Style>>,
) -> (RowKind, Vec<WordOp>, Vec<Finding>) {
    let (old_row, new_row) = match partner {
        Some(p) if row.sentences.old.is_empty() => (p, row),
        Some(p) => (row, p),
        None => (row, row),
    };
    let old_r = cmp.text_range(old_row, Side::Old);
    let new_r = cmp.text_range(new_row, Side::New);
    // Among three versions a row may hold sentences of neither of these two (a third
    // version's addition): nothing to diff or check.
    if row.sentences.old.is_empty() && row.sentences.new.is_empty() {
        return (RowKind::Equal, Vec::new(), Vec::new());
    }
    let old_text = Text::new(&cmp.docs.old.text[old_r.clone()]);
    let new_text = Text::new(&cmp.docs.new.text[new_r.clone()]);
    let ops = diff_texts(&old_text, old_r.start, &new_text, new_r.start, &cmp.options);
    let kind = if row.partner.is_some() {
        RowKind::Moved
    } else if new_r.is_empty() {
        RowKind::Deleted
    } else if old_r.is_empty() {
        RowKind::Inserted
    } else if ops.iter().all(|o| o.tag == OpTag::Equal) {
        RowKind::Equal
    } else {
        RowKind::Changed
    };
    let Some(styles) = styles else {
        return (kind, ops, Vec::new());
    };
    // A move's two halves are checked once, at the old half; its texts are the pair above.
    let texts = drift::checks_content(row, kind).then_some((&old_text, &new_text));
    let findings = drift::row_findings(cmp, k, row, kind, texts, styles);
    (kind, ops, findings)
}

/// Row counts; a move and the words changed inside it count once, from its old half.
fn stats(cmp: &Comparison) -> Stats {
    let mut s = Stats::default();
    for row in cmp.rows.iter().filter(|r| !r.is_empty()) {
        match row.kind {
            RowKind::Equal => s.equal += 1,
            RowKind::Changed => s.changed += 1,
            RowKind::Deleted => s.deleted += 1,
            RowKind::Inserted => s.inserted += 1,
            RowKind::Moved if !row.sentences.old.is_empty() => s.moved += 1,
            RowKind::Moved => continue,
        }
        let words = |tag: OpTag| {
            row.ops
                .iter()
                .filter(|o| o.tag == tag)
                .map(|o| o.words)
                .sum::<usize>()
        };
        s.words_deleted += words(OpTag::Delete);
        s.words_inserted += words(OpTag::Insert);
    }
    s
}

/// Words found in common (in equal ops), over all words of both documents.
fn shared_word_share(cmp: &Comparison) -> f32 {
    let total = cmp.docs.old.word_count() + cmp.docs.new.word_count();
    if total == 0 {
        return 1.0;
    }
    let shared: usize = cmp
        .rows
        .iter()
        .filter(|r| !(r.kind == RowKind::Moved && r.sentences.old.is_empty()))
        .flat_map(|r| r.ops.iter().filter(|o| o.tag == OpTag::Equal))
        .map(|o| 2 * o.words)
        .sum();
    (shared as f32 / total as f32).min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(old: &[&str], new: &[&str]) -> Comparison {
        let doc = |name: &str, s: &[&str]| Arc::new(Document::from_text(name, s.join("\n")));
        compare(doc("old", old), doc("new", new), DiffOptions::default())
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
    fn documents_sharing_almost_no_words_are_a_translation_whatever_their_languages_say() {
        let en = "The museum opens at nine and closes at five every day of the week. Tickets cost twelve euros for adults and six for students. Please ask at the front desk for a guided tour of the collection.";
        let es = "El museo abre a las nueve y cierra a las cinco todos los días de la semana. Las entradas cuestan doce euros para adultos y seis para estudiantes. Por favor, pregunte en la recepción por una visita guiada de la colección.";
        let other_en = "The library lends books for three weeks and charges nothing for a card. Children under twelve need a parent to sign for them at the desk of the reading room.";
        assert!(shares_almost_no_words(en, es));
        assert!(
            !shares_almost_no_words(en, other_en),
            "one language shares its small words"
        );
        assert!(
            !shares_almost_no_words("Hola.", "Hello."),
            "too short to tell"
        );
        // Both told to be English (or detected so): still aligned as a translation.
        let doc = |name: &str, text: &str| {
            let mut d = Document::from_text(name, text);
            d.language = crate::segment::language::Language::from_code("en");
            Arc::new(d)
        };
        let cmp = compare(doc("en", en), doc("es", es), DiffOptions::default());
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
        );
        assert!(cmp.across);
        assert_eq!(cmp.rows.len(), 2);
    }

    #[test]
    fn identical_documents_are_all_equal_and_fully_similar() {
        let cmp = run(&[A, B, C], &[A, B, C]);
        assert!(cmp.rows.iter().all(|r| r.kind == RowKind::Equal));
        assert!((cmp.similarity - 1.0).abs() < 1e-6);
        assert!(!cmp.stats.has_differences());
    }
}
