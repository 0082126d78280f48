//! A comparison's frame: its documents, sentences and options before its rows are filled,
//! and the counts made once they are.

use std::sync::Arc;

use super::stats::{shared_word_share, stats};
use crate::comparison::{Comparison, Finding, Row, Stats};
use crate::diff::options::DiffOptions;
use crate::load::document::Document;
use crate::segment::sentences::Sentence;
use crate::segment::wrapping::wrap_width;
use crate::side::Pair;

/// A comparison with its documents, sentences and options but no rows yet: what the rows
/// are filled in against.
pub(super) fn unfilled(
    docs: Pair<Arc<Document>>,
    sentences: Pair<Vec<Sentence>>,
    options: DiffOptions,
    across: bool,
) -> Comparison {
    // A segmented document's line breaks end sentences: none is a soft break to reflow.
    let wrapping = |doc: &Document| (!doc.segmented).then(|| wrap_width(&doc.text)).flatten();
    let wrap_width = Pair::new(wrapping(&docs.old), wrapping(&docs.new));
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
        dictionary: None,
        word_links: Default::default(),
        words: Pair::default(),
        checked: true,
    }
}

/// The comparison with its filled rows and findings, and the counts over them.
pub(super) fn completed(mut cmp: Comparison, rows: Vec<Row>, findings: Vec<Finding>) -> Comparison {
    cmp.rows = rows;
    cmp.stats = stats(&cmp);
    cmp.similarity = shared_word_share(&cmp);
    cmp.findings = findings;
    cmp
}
