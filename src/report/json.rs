//! The JSON report: the contract other tools read (see DESIGN.md).

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use crate::comparison::{Comparison, RowKind};
use crate::diff::ops::OpTag;
use crate::load::document::Document;
use crate::side::{Pair, Side};
use crate::text::LineIndex;

/// Items serialized together by one worker; batches of this many chunks are written in turn.
const CHUNK_ITEMS: usize = 512;
const CHUNKS_PER_BATCH: usize = 16;

fn row_out<'a>(cmp: &'a Comparison, k: usize, lines: &Pair<Option<LineIndex>>) -> RowOut<'a> {
    RowOut {
        kind: cmp.rows[k].kind,
        left: side(cmp, k, Side::Old, lines.old.as_ref()),
        right: side(cmp, k, Side::New, lines.new.as_ref()),
        ops: ops(cmp, k),
        partner: cmp.rows[k].partner,
        confidence: cmp.rows[k].confidence.map(rounded),
        counterparts: counterparts(cmp, k),
    }
}

/// Across languages, the row's words the aligner links, (source word, translation word).
fn counterparts(cmp: &Comparison, k: usize) -> Vec<[&str; 2]> {
    let row = &cmp.rows[k];
    if !cmp.across || cmp.word_links.is_empty() {
        return Vec::new();
    }
    let (old, new) = (cmp.text(row, Side::Old), cmp.text(row, Side::New));
    let mut pairs: Vec<[&str; 2]> = Vec::new();
    for (o, n) in cmp.word_links.in_texts(old, new) {
        // A name written twice on each side is one pair, not four.
        let pair = [&old[o], &new[n]];
        if !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    pairs
}

/// A probability to three decimals, as the report prints it.
pub(super) fn rounded(p: f32) -> f64 {
    (f64::from(p) * 1000.0).round() / 1000.0
}

/// Writes `n` items as a JSON array, item `k` being `item(k)`. Serializing a whole book's
/// rows was a fifth of its report, so chunks of items are serialized in parallel and
/// written in order, a bounded batch at a time: memory stays that of one batch, not of the
/// whole array.
pub(super) fn write_array<T: Serialize>(
    out: &mut dyn Write,
    n: usize,
    item: impl Fn(usize) -> T + Sync,
) -> io::Result<()> {
    out.write_all(b"[")?;
    let batch_items = CHUNK_ITEMS * CHUNKS_PER_BATCH;
    // The same buffers serve every batch: fresh ones each time cost page faults.
    let mut buffers: Vec<Vec<u8>> = vec![Vec::new(); CHUNKS_PER_BATCH];
    for batch in (0..n).step_by(batch_items) {
        let end = (batch + batch_items).min(n);
        buffers
            .par_iter_mut()
            .enumerate()
            .try_for_each(|(c, buf)| -> io::Result<()> {
                buf.clear();
                let start = batch + c * CHUNK_ITEMS;
                for k in start..(start + CHUNK_ITEMS).min(end) {
                    if k > 0 {
                        buf.push(b',');
                    }
                    serde_json::to_writer(&mut *buf, &item(k))?;
                }
                Ok(())
            })?;
        for buf in &buffers {
            out.write_all(buf)?;
        }
    }
    out.write_all(b"]")
}

#[derive(Serialize)]
pub(super) struct DocInfo {
    path: String,
    title: String,
    words: usize,
    sentences: usize,
    /// ISO 639-1 code of the language detected (or named with `--lang`); null if unsure.
    language: Option<&'static str>,
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
    /// Across languages: how sure the aligner is of the row, a probability (three decimals).
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f64>,
    /// Across languages: the words of the row the aligner learned to link, each
    /// `[source word, translation word]`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    counterparts: Vec<[&'a str; 2]>,
}

#[derive(Serialize)]
struct SideOut<'a> {
    sentences: Vec<usize>,
    text: &'a str,
    /// The first and last lines of its file the side's text is on (from 1), for a plain
    /// text file; left out for a side with no sentence and for files whose text is made
    /// (web pages, Markdown, office files, subtitles, PO and XLIFF).
    #[serde(skip_serializing_if = "Option::is_none")]
    lines: Option<[usize; 2]>,
}

#[derive(Serialize)]
pub(super) struct OpOut<'a> {
    op: OpTag,
    /// Left text for `equal` and `delete`, right text for `insert`.
    text: &'a str,
    /// For `equal` only, when the right text differs (case, spacing, typography).
    #[serde(skip_serializing_if = "Option::is_none")]
    right_text: Option<&'a str>,
}

pub(super) fn doc_info(doc: &Document, words: usize, sentences: usize) -> DocInfo {
    DocInfo {
        path: doc.path.display().to_string(),
        title: doc.title.clone(),
        words,
        sentences,
        language: doc.language.map(|l| l.code()),
    }
}

pub(super) fn ops<'a>(cmp: &'a Comparison, index: usize) -> Vec<OpOut<'a>> {
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

fn side<'a>(cmp: &'a Comparison, index: usize, s: Side, lines: Option<&LineIndex>) -> SideOut<'a> {
    let row = &cmp.rows[index];
    SideOut {
        sentences: row.sentences.get(s).clone().collect(),
        text: cmp.text(row, s),
        lines: lines
            .and_then(|l| l.lines_of(&cmp.text_range(row, s)))
            .map(|(first, last)| [first, last]),
    }
}

/// Writes only the findings, as a JSON array.
pub fn write_findings(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &cmp.findings)?;
    writeln!(out)
}

/// Writes the comparison as one line of compact JSON: a whole book's report is tens of
/// megabytes, and tools read it, not people. Fields come in the order of DESIGN.md.
pub fn write(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    write_line(out, cmp, Parts::All)
}

/// What a line of [`write_line`] holds besides the two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parts {
    /// Similarity, stats, rows and findings: the whole report.
    All,
    /// Only the findings.
    Findings,
    /// Only the similarity and the stats.
    Summary,
}

/// Writes one line of compact JSON with `left`, `right` and the parts asked for, in the
/// order of DESIGN.md: what `batch` writes per pair.
pub fn write_line(out: &mut dyn Write, cmp: &Comparison, parts: Parts) -> io::Result<()> {
    let similarity = (f64::from(cmp.similarity) * 1000.0).round() / 1000.0;
    out.write_all(b"{\"left\":")?;
    serde_json::to_writer(
        &mut *out,
        &doc_info(&cmp.docs.old, cmp.words.old, cmp.sentences.old.len()),
    )?;
    out.write_all(b",\"right\":")?;
    serde_json::to_writer(
        &mut *out,
        &doc_info(&cmp.docs.new, cmp.words.new, cmp.sentences.new.len()),
    )?;
    // Across languages the rows depend on the bilingual dictionary the aligner weighed: it is
    // named (`null` for none), so a report says what it was made with.
    if cmp.across {
        out.write_all(b",\"dictionary\":")?;
        serde_json::to_writer(&mut *out, &cmp.dictionary)?;
    }
    if parts != Parts::Findings {
        out.write_all(b",\"similarity\":")?;
        serde_json::to_writer(&mut *out, &similarity)?;
        out.write_all(b",\"stats\":")?;
        serde_json::to_writer(&mut *out, &cmp.stats)?;
    }
    if parts == Parts::All {
        out.write_all(b",\"rows\":")?;
        let lines = cmp.line_indexes();
        write_array(out, cmp.rows.len(), |k| row_out(cmp, k, &lines))?;
    }
    if parts != Parts::Summary {
        out.write_all(b",\"findings\":")?;
        write_array(out, cmp.findings.len(), |k| &cmp.findings[k])?;
    }
    out.write_all(b"}\n")
}
