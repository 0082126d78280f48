//! The JSON report: the contract other tools read (see DESIGN.md).

use std::io::{self, Write};

use serde::Serialize;

use crate::compare::{Comparison, RowKind, Stats};
use crate::corpus::Document;
use crate::drift::Finding;
use crate::side::Side;
use crate::word_diff::OpTag;

#[derive(Serialize)]
struct Report<'a> {
    left: DocInfo,
    right: DocInfo,
    similarity: f64,
    stats: &'a Stats,
    rows: Rows<'a>,
    findings: &'a [Finding],
}

/// The rows, serialized one at a time as they are written: building them all first doubled
/// the peak memory of a report on a file of millions of lines.
struct Rows<'a>(&'a Comparison);

impl Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let cmp = self.0;
        serializer.collect_seq((0..cmp.rows.len()).map(|k| RowOut {
            kind: cmp.rows[k].kind,
            left: side(cmp, k, Side::Old),
            right: side(cmp, k, Side::New),
            ops: ops(cmp, k),
            partner: cmp.rows[k].partner,
        }))
    }
}

#[derive(Serialize)]
struct DocInfo {
    path: String,
    title: String,
    words: usize,
    sentences: usize,
}

#[derive(Serialize)]
struct RowOut<'a> {
    kind: RowKind,
    left: SideOut<'a>,
    right: SideOut<'a>,
    ops: Vec<OpOut<'a>>,
    /// For a moved row: the index of the row with the other half.
    #[serde(skip_serializing_if = "Option::is_none")]
    partner: Option<usize>,
}

#[derive(Serialize)]
struct SideOut<'a> {
    sentences: Vec<usize>,
    text: &'a str,
}

#[derive(Serialize)]
struct OpOut<'a> {
    op: OpTag,
    /// Left text for `equal` and `delete`, right text for `insert`.
    text: &'a str,
    /// For `equal` only, when the right text differs (case, spacing, typography).
    #[serde(skip_serializing_if = "Option::is_none")]
    right_text: Option<&'a str>,
}

fn doc_info(doc: &Document, sentences: usize) -> DocInfo {
    DocInfo {
        path: doc.path.display().to_string(),
        title: doc.title.clone(),
        words: doc.word_count(),
        sentences,
    }
}

fn ops<'a>(cmp: &'a Comparison, index: usize) -> Vec<OpOut<'a>> {
    let (old, new) = (&cmp.docs.old.text, &cmp.docs.new.text);
    cmp.rows[index]
        .ops
        .iter()
        .map(|op| {
            let (text, right) = match op.tag {
                OpTag::Equal => (&old[op.old.clone()], Some(&new[op.new.clone()])),
                OpTag::Delete => (&old[op.old.clone()], None),
                OpTag::Insert => (&new[op.new.clone()], None),
            };
            OpOut {
                op: op.tag,
                text,
                right_text: right.filter(|r| *r != text),
            }
        })
        .collect()
}

fn side<'a>(cmp: &'a Comparison, index: usize, s: Side) -> SideOut<'a> {
    let row = &cmp.rows[index];
    SideOut {
        sentences: row.sentences.get(s).clone().collect(),
        text: cmp.text(row, s),
    }
}

/// Writes only the findings, as a JSON array.
pub fn write_findings(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &cmp.findings)?;
    writeln!(out)
}

/// Writes the comparison as pretty-printed JSON.
pub fn write(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    let report = Report {
        left: doc_info(&cmp.docs.old, cmp.sentences.old.len()),
        right: doc_info(&cmp.docs.new, cmp.sentences.new.len()),
        similarity: (f64::from(cmp.similarity) * 1000.0).round() / 1000.0,
        stats: &cmp.stats,
        rows: Rows(cmp),
        findings: &cmp.findings,
    };
    // Compact: a whole book's report is tens of megabytes, and tools read it, not people.
    serde_json::to_writer(&mut *out, &report)?;
    writeln!(out)
}
