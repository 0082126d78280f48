//! Drift findings over an aligned comparison: where a version's meaning may have moved.
//!
//! This file runs the checks on each row (`Checks::row`): the structure the rows make
//! (`structure.rs`: dropped, added, split, merged, moved, untranslated), then the two sides
//! compared, in one language (`same_language.rs`: negations, numbers, quotations, names) or
//! across a translation (`cross_language.rs`: numbers by value, names kept, lengths), and in
//! both whether a row asks (`questions.rs`),
//! and the glossary's terms (`glossary.rs`). Each language's numbers are read in `numbers/`;
//! a document's habits (`habits.rs`) are measured once; `messages.rs` writes the findings.

mod clause_habits;
mod clauses;
mod cross_language;
mod entry_checks;
mod glossary;
mod habits;
mod length_model;
mod lexical_gaps;
mod messages;
mod name_counterparts;
mod name_renderings;
mod names;
mod negation;
mod negation_idioms;
mod negators;
mod numbers;
mod questions;
mod quotes;
mod readings;
mod same_language;
mod structure;
mod weekdays;

use rayon::prelude::*;

use crate::comparison::{Comparison, Row, RowKind};
pub use crate::comparison::{Finding, FindingKind, Severity};
use crate::diff::WordOp;
use crate::knowledge::{Glossary, Knowledge};
use crate::side::{Pair, Side};
use crate::text::tokens::Text;
use habits::Habits;
use length_model::LengthModel;
pub(crate) use readings::{number_values, quotes_anything, reads_negation, writes_name};

/// Findings for every row, ordered by row and, within a row, most severe first.
pub fn find_drift(cmp: &Comparison, knowledge: &Knowledge) -> Vec<Finding> {
    let checks = Checks::new(cmp, &cmp.rows, knowledge);
    let found = cmp
        .rows
        .par_iter()
        .enumerate()
        .flat_map_iter(|(k, row)| {
            let texts = checks_content(row, row.kind).then(|| {
                let new_half = row.partner.map_or(row, |p| &cmp.rows[p]);
                let old = Text::new(cmp.text(row, Side::Old));
                (old, Text::new(cmp.text(new_half, Side::New)))
            });
            checks.row(&RowUnderCheck {
                k,
                row,
                kind: row.kind,
                texts: texts.as_ref().map(|(old, new)| (old, new)),
                ops: &row.ops,
            })
        })
        .collect();
    checks.settle(&cmp.rows, found)
}

/// What every row's checks read besides the row: the comparison, each document's habits
/// (measured once), and the glossary.
pub struct Checks<'a> {
    cmp: &'a Comparison,
    habits: Pair<Habits>,
    words: Pair<usize>,
    /// Across languages, the pair's own length model (when it has rows enough to fit one).
    length: Option<LengthModel>,
    /// A bilingual file's checks, when its rows are its entries.
    entries: Option<entry_checks::EntryChecks<'a>>,
    glossary: Option<&'a Glossary>,
}

/// One row under check: its index, its kind, and its two sides tokenized when
/// [`checks_content`] says they are checked (`compare` passes the texts its word diff already
/// cut, so each row is tokenized once).
pub struct RowUnderCheck<'r> {
    /// The row's index.
    pub k: usize,
    /// The row.
    pub row: &'r Row,
    /// Its kind (the row's own may not be set yet).
    pub kind: RowKind,
    /// The old side and the new (a move's: the old half's and its partner's).
    pub texts: Option<(&'r Text<'r>, &'r Text<'r>)>,
    /// The word diff between those sides.
    pub ops: &'r [WordOp],
}

impl<'a> Checks<'a> {
    /// The checks of a comparison's rows, with the glossary `knowledge` holds.
    /// `rows` are the comparison's rows (their sentences set; their kinds may not be yet).
    pub fn new(cmp: &'a Comparison, rows: &[Row], knowledge: &'a Knowledge) -> Checks<'a> {
        let ((habits, words), length) = rayon::join(
            || habits::habits(cmp),
            || cmp.across.then(|| LengthModel::fit(cmp, rows)).flatten(),
        );
        let entries = cmp
            .docs
            .new
            .entry_notes
            .as_deref()
            .filter(|notes| notes.sources.len() == rows.len())
            .map(entry_checks::EntryChecks::new);
        Checks {
            cmp,
            habits,
            words,
            length,
            entries,
            glossary: knowledge.glossary.as_deref(),
        }
    }

    /// Every row's findings settled against the whole comparison (run once, after the rows):
    /// names a version writes its own way throughout are no longer findings.
    /// `rows` are the comparison's rows, filled.
    pub fn settle(&self, rows: &[Row], mut findings: Vec<Finding>) -> Vec<Finding> {
        name_counterparts::settle(&mut findings, (self.cmp, rows), &self.habits);
        if self.cmp.across {
            // Once every message is final (settling writes some names' messages again).
            for f in &mut findings {
                name_the_translation(&mut f.message);
            }
        } else {
            let docs = Pair::new(
                self.cmp.docs.old.text.as_str(),
                self.cmp.docs.new.text.as_str(),
            );
            clause_habits::settle(&mut findings, docs);
        }
        findings
    }

    /// Each document's words, counted on the way.
    pub fn word_counts(&self) -> Pair<usize> {
        self.words.clone()
    }

    /// The findings of one row, most severe first.
    pub fn row(&self, under: &RowUnderCheck) -> Vec<Finding> {
        let (cmp, k, row, kind) = (self.cmp, under.k, under.row, under.kind);
        let mut found: Vec<Finding> = structure::structural(cmp, k, row, kind)
            .into_iter()
            .collect();
        if cmp.across {
            // Across languages a translation splits and joins sentences as a matter of
            // course: of the structure, only omissions, additions and untranslated text count.
            found.retain(|f| matches!(f.kind, FindingKind::Dropped | FindingKind::Added));
            found.extend(structure::untranslated(cmp, k, row, kind));
            if let Some((old, new)) = under.texts {
                cross_language::checks(
                    cmp,
                    k,
                    old,
                    new,
                    &self.habits,
                    self.length.as_ref(),
                    &mut found,
                );
                found.extend(lexical_gaps::lexical_gap(
                    cmp,
                    k,
                    (old.text, new.text),
                    self.length.as_ref(),
                ));
            }
        } else if let Some((old, new)) = under.texts {
            same_language::checks(
                k,
                (old, new),
                cmp.docs.old.language,
                &self.habits,
                &mut found,
            );
            found.extend(questions::changed(cmp, k, old.text, new.text));
            let docs = Pair::new(cmp.docs.old.text.as_str(), cmp.docs.new.text.as_str());
            clauses::dropped_and_added(k, under.ops, docs, &mut found);
        }
        if let Some((old, new)) = under.texts {
            let languages = (cmp.docs.old.language, cmp.docs.new.language);
            found.extend(weekdays::changed(k, (old, new), languages));
        }
        if let Some(entries) = &self.entries {
            // A bilingual file's empty translation is an entry not translated yet, not a
            // sentence the translation dropped.
            if entries.untranslated(k) {
                found.retain(|f| f.kind != FindingKind::Dropped);
            }
            entries.entry(k, &mut found);
        }
        if let Some(glossary) = self.glossary
            && !row.sentences.old.is_empty()
            && !row.sentences.new.is_empty()
        {
            let (old, new) = (self.cmp.text(row, Side::Old), self.cmp.text(row, Side::New));
            found.extend(glossary::missing_terms(glossary, under.k, old, new));
        }
        found.sort_by_key(|f| std::cmp::Reverse(f.severity));
        found
    }
}

/// Across languages the two versions are a source and its translation: a message the shared
/// builders end "only in the old version" says "only in the source" (only the ending is
/// rewritten, never the evidence quoted before it).
fn name_the_translation(message: &mut String) {
    for (version, named) in [
        (" only in the old version", " only in the source"),
        (" only in the new version", " only in the translation"),
    ] {
        if let Some(start) = message.strip_suffix(version).map(str::len) {
            message.truncate(start);
            message.push_str(named);
        }
    }
}

/// Whether a row of this kind has its two sides checked for content drift: an aligned pair,
/// or a move's two halves (checked once, at the old half, against its partner's new half).
pub fn checks_content(row: &Row, kind: RowKind) -> bool {
    match kind {
        RowKind::Changed => true,
        RowKind::Moved => row.partner.is_some() && !row.sentences.old.is_empty(),
        _ => false,
    }
}

/// `findings` less those at the indices `gone` (ascending): what settling removes.
fn remove_findings(findings: &mut Vec<Finding>, gone: &[usize]) {
    let mut k = 0;
    findings.retain(|_| {
        k += 1;
        gone.binary_search(&(k - 1)).is_err()
    });
}
