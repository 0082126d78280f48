//! What a comparison produces: rows, their kinds, counts and findings. A leaf: the pipeline
//! (`compare`), the findings (`drift`), the layout and the reports all read these types, and
//! this file imports none of them.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::diff::ops::WordOp;
use crate::diff::options::DiffOptions;
use crate::load::document::Document;
use crate::segment::sentences::Sentence;
use crate::segment::wrapping::reflow;
use crate::side::{Pair, Side};

/// How a row's two sides relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    /// Same words on both sides (under the diff options).
    Equal,
    /// Aligned sentences whose words differ.
    Changed,
    /// Old sentences with no counterpart.
    Deleted,
    /// New sentences with no counterpart.
    Inserted,
    /// One half of a moved sentence; `partner` names the row holding the other half.
    Moved,
}

impl RowKind {
    /// The kinds a reader tells apart in the gutter, each with the word a legend gives it.
    pub const LEGEND: [(RowKind, &'static str); 4] = [
        (RowKind::Changed, "changed"),
        (RowKind::Deleted, "dropped"),
        (RowKind::Inserted, "added"),
        (RowKind::Moved, "moved"),
    ];

    /// A one-character cue that reads without colour, for gutters and legends.
    pub fn cue(self) -> char {
        match self {
            RowKind::Equal => ' ',
            RowKind::Changed => '~',
            RowKind::Deleted => '-',
            RowKind::Inserted => '+',
            RowKind::Moved => '>',
        }
    }
}

/// One aligned row: sentence indices on each side (either may be empty) and the word ops.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// How the two sides relate.
    pub kind: RowKind,
    /// Indices of the row's sentences on each side (empty where a side has none).
    pub sentences: Pair<Range<usize>>,
    /// Word ops between the two sides; for a moved row, between this half and its partner.
    pub ops: Vec<WordOp>,
    /// For a moved row: the row holding the other half.
    pub partner: Option<usize>,
    /// Sentence similarity of the two sides (moved rows: of the two halves).
    pub similarity: f32,
    /// Across languages, how sure the aligner is of the row, a probability: that its sides
    /// translate each other (or, for a one-sided row, that its sentence stands alone).
    /// `None` where the aligner does not say (one language, PO and XLIFF entries).
    pub confidence: Option<f32>,
}

impl Row {
    /// Whether the row holds no sentence of either side: among three or more versions, a row
    /// only the others have.
    pub fn is_empty(&self) -> bool {
        self.sentences.old.is_empty() && self.sentences.new.is_empty()
    }
}

/// Counts over the rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Rows whose two sides are the same.
    pub equal: usize,
    /// Aligned rows whose words differ.
    pub changed: usize,
    /// Old sentences with no counterpart.
    pub deleted: usize,
    /// New sentences with no counterpart.
    pub inserted: usize,
    /// Moved sentences (each move counted once, though it has two rows).
    pub moved: usize,
    /// Words deleted, inside changed rows and dropped sentences.
    pub words_deleted: usize,
    /// Words inserted, inside changed rows and added sentences.
    pub words_inserted: usize,
}

impl Stats {
    /// The count of rows of one kind (a move counted once).
    pub fn count(&self, kind: RowKind) -> usize {
        match kind {
            RowKind::Equal => self.equal,
            RowKind::Changed => self.changed,
            RowKind::Deleted => self.deleted,
            RowKind::Inserted => self.inserted,
            RowKind::Moved => self.moved,
        }
    }

    /// Whether anything differs at all.
    pub fn has_differences(&self) -> bool {
        self.changed + self.deleted + self.inserted + self.moved > 0
    }
}

/// The full comparison of an old and a new document.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The two documents compared.
    pub docs: Pair<Arc<Document>>,
    /// Each document's sentences, in order.
    pub sentences: Pair<Vec<Sentence>>,
    /// The aligned rows, covering every sentence of both documents once, in order.
    pub rows: Vec<Row>,
    /// Counts over the rows.
    pub stats: Stats,
    /// Share of words the two documents have in common, 0..=1.
    pub similarity: f32,
    /// For each hard-wrapped document, the column it is wrapped at (its soft line breaks are
    /// spaces for display); `None` for text whose line breaks all mean something.
    pub wrap_width: Pair<Option<usize>>,
    /// Drift findings, ordered by row.
    pub findings: Vec<Finding>,
    /// The options the words were compared under.
    pub options: DiffOptions,
    /// The two are a source and its translation (in two languages, or sharing almost no
    /// words): aligned by lengths and anchors, shown with their anchors instead of a word
    /// diff, checked across languages.
    pub across: bool,
    /// The bilingual dictionary the aligner weighed across languages, by its file.
    pub dictionary: Option<std::path::PathBuf>,
    /// Across languages, the word pairs the aligner learned from the two documents.
    pub word_links: Arc<crate::align::WordLinks>,
    /// Each document's words, as the drift checks' survey of its whole text counted them (the
    /// reports and the similarity read them here, so no second pass counts them).
    pub words: Pair<usize>,
    /// Whether the drift checks have run: false only for a comparison
    /// [`crate::compare::compare_unchecked`] made, whose findings are still to come.
    pub checked: bool,
}

impl Comparison {
    /// Where row `row`'s findings stand in [`Comparison::findings`] (sorted by row).
    pub fn findings_range(&self, row: usize) -> Range<usize> {
        let start = self.findings.partition_point(|f| f.row < row);
        let len = self.findings[start..]
            .iter()
            .take_while(|f| f.row == row)
            .count();
        start..start + len
    }

    /// Row `row`'s findings.
    pub fn findings_on(&self, row: usize) -> &[Finding] {
        &self.findings[self.findings_range(row)]
    }

    /// Byte range of a row's text on one side (empty, at the right place, for a missing side).
    pub fn text_range(&self, row: &Row, side: Side) -> Range<usize> {
        self.run_range(row.sentences.get(side), side)
    }

    /// Byte range of a run of `side`'s sentences in its text (an empty run: empty, at the
    /// place of the sentence it stands before).
    pub fn run_range(&self, r: &Range<usize>, side: Side) -> Range<usize> {
        let sents = self.sentences.get(side);
        if r.is_empty() {
            let at = sents
                .get(r.start)
                .map_or(self.docs.get(side).text.len(), |s| s.span.start);
            return at..at;
        }
        sents[r.start].span.start..sents[r.end - 1].span.end
    }

    /// Each document's line index, for the documents whose lines are their file's
    /// (`Document::line_index`): to name a row's lines.
    pub fn line_indexes(&self) -> Pair<Option<crate::text::LineIndex>> {
        Pair::new(self.docs.old.line_index(), self.docs.new.line_index())
    }

    /// Part of one side's text as a reader sees it: a hard-wrapped document's soft line breaks
    /// are spaces. Reports that promise the document's own text (JSON) use [`Self::text`].
    pub fn shown(&self, side: Side, range: Range<usize>) -> Cow<'_, str> {
        // Byte for byte the document's text but for white space: the evidence's positions
        // are carried over by it. Control characters are made visible where the text is laid
        // out (`layout::wrap`) and escaped (markdown), and a tab made a space there too.
        reflow(&self.docs.get(side).text, range, *self.wrap_width.get(side))
    }

    /// A row's text on one side.
    pub fn text(&self, row: &Row, side: Side) -> &str {
        &self.docs.get(side).text[self.text_range(row, side)]
    }
}

/// What kind of drift a finding reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// A negation or hedge that appears or vanishes.
    Negation,
    /// A number on one side with no equal value on the other.
    Number,
    /// A quotation reworded, or found on one side only.
    Quote,
    /// A capitalised name on one side only.
    Name,
    /// A sentence with no counterpart in the new version.
    Dropped,
    /// A sentence with no counterpart in the old version.
    Added,
    /// A sentence that became two or more.
    Split,
    /// Sentences that became one.
    Merged,
    /// A sentence that moved.
    Moved,
    /// Across languages: a translation that is its source word for word (left untranslated).
    Untranslated,
    /// Across languages: a question whose translation asks nothing, or the reverse.
    Question,
    /// A glossary term whose required translation is missing from its row.
    Glossary,
    /// Across languages: a row whose length ratio is far from the pair's.
    Length,
    /// In one language: a clause of several words one version has and the other lacks,
    /// inside a row both versions share.
    Clause,
    /// A bilingual file's entry whose placeholders, markup, accelerator or outer spaces the
    /// translation does not keep.
    Format,
    /// A bilingual file's entry marked as awaiting review (PO `fuzzy`, XLIFF `needs-…`).
    Fuzzy,
    /// A bilingual file's source translated two different ways.
    Consistency,
    /// An error the reviewer marked on a row the checks did not flag: it comes from the
    /// review file, never from the checks.
    Reviewer,
}

impl FindingKind {
    /// Every kind, in the order the documentation lists them.
    pub const ALL: [FindingKind; 18] = [
        FindingKind::Negation,
        FindingKind::Number,
        FindingKind::Quote,
        FindingKind::Name,
        FindingKind::Dropped,
        FindingKind::Added,
        FindingKind::Split,
        FindingKind::Merged,
        FindingKind::Moved,
        FindingKind::Untranslated,
        FindingKind::Question,
        FindingKind::Glossary,
        FindingKind::Length,
        FindingKind::Clause,
        FindingKind::Format,
        FindingKind::Fuzzy,
        FindingKind::Consistency,
        FindingKind::Reviewer,
    ];

    /// The lowercase name used in reports.
    pub fn label(self) -> &'static str {
        match self {
            FindingKind::Negation => "negation",
            FindingKind::Number => "number",
            FindingKind::Quote => "quote",
            FindingKind::Name => "name",
            FindingKind::Dropped => "dropped",
            FindingKind::Added => "added",
            FindingKind::Split => "split",
            FindingKind::Merged => "merged",
            FindingKind::Moved => "moved",
            FindingKind::Untranslated => "untranslated",
            FindingKind::Question => "question",
            FindingKind::Glossary => "glossary",
            FindingKind::Length => "length",
            FindingKind::Clause => "clause",
            FindingKind::Format => "format",
            FindingKind::Fuzzy => "fuzzy",
            FindingKind::Consistency => "consistency",
            FindingKind::Reviewer => "reviewer",
        }
    }
}

/// How much a finding may matter to a reviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Structure a reviewer may want to see: a split, merge or move.
    Low,
    /// A quotation, a name, or a sentence dropped or added.
    Medium,
    /// A number, a negation, or a dropped or added sentence holding a name or number.
    High,
}

impl Severity {
    /// Every severity, most severe first.
    pub const ALL: [Severity; 3] = [Severity::High, Severity::Medium, Severity::Low];

    /// A one-character cue that reads without colour, for gutters and legends.
    pub fn cue(self) -> char {
        match self {
            Severity::High => '!',
            Severity::Medium => '*',
            Severity::Low => '·',
        }
    }

    /// The lowercase name used in reports.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// One finding, pointing at its row. `left` and `right` hold the evidence on each side: the
/// number, quotation, name or cue, or the whole sentence for a dropped or added one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// What kind of drift it is.
    pub kind: FindingKind,
    /// How much it may matter.
    pub severity: Severity,
    /// The row it points at.
    pub row: usize,
    /// The evidence on the old side.
    pub left: String,
    /// The evidence on the new side.
    pub right: String,
    /// One line for people.
    pub message: String,
    /// Where the numbers and names of `left` stand: byte ranges in the row's old text (what
    /// [`Comparison::text`] gives for the row), every occurrence the check counted. Empty for
    /// other kinds of evidence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_spans: Vec<Range<usize>>,
    /// Where the numbers and names of `right` stand: byte ranges in the row's new text (a
    /// move's: its partner's).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub right_spans: Vec<Range<usize>>,
}
