//! The matrix written as a table for people, or as CSV, TSV or JSON for spreadsheets and
//! scripts (one record per pair).

use std::io::{self, Write};

use serde::Serialize;

use super::similarities::Matrix;
use crate::report::csv::field;

/// How `matrix` writes its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatrixFormat {
    /// The documents numbered, then a table of percentages.
    Text,
    /// `{"documents": [...], "pairs": [...]}`.
    Json,
    /// `old,new,similarity,compared`, one line per pair.
    Csv,
    /// The same, separated by tabs.
    Tsv,
}

impl Matrix {
    /// Writes the matrix in `format`.
    pub fn write(&self, out: &mut dyn Write, format: MatrixFormat) -> io::Result<()> {
        match format {
            MatrixFormat::Text => write_text(out, self),
            MatrixFormat::Json => write_json(out, self),
            MatrixFormat::Csv => write_separated(out, self, ','),
            MatrixFormat::Tsv => write_separated(out, self, '\t'),
        }
    }

    /// Every pair `i < j` with its similarity (0 for a pair not compared) and whether it was.
    fn pairs(&self) -> impl Iterator<Item = (usize, usize, f32, bool)> + '_ {
        let n = self.docs.len();
        (0..n).flat_map(move |i| {
            (i + 1..n).map(move |j| {
                let s = self.get(i, j);
                (i, j, s.unwrap_or(0.0), s.is_some())
            })
        })
    }
}

/// Writes a numbered list of the documents, then the similarity (percent) of every pair.
fn write_text(out: &mut dyn Write, matrix: &Matrix) -> io::Result<()> {
    let docs = &matrix.docs;
    for (i, d) in docs.iter().enumerate() {
        writeln!(
            out,
            "{:>3}  {}  ({} words)  {}",
            i + 1,
            d.name(),
            d.word_count(),
            crate::text::visible(&d.title)
        )?;
    }
    writeln!(out)?;
    write!(out, "     ")?;
    for j in 0..docs.len() {
        write!(out, "{:>5}", j + 1)?;
    }
    writeln!(out)?;
    // Each pair was compared once, old = the earlier document, and is shown in both cells.
    let n = docs.len();
    for i in 0..n {
        write!(out, "{:>3}  ", i + 1)?;
        for j in 0..n {
            match matrix.get(i, j) {
                _ if i == j => write!(out, "{:>5}", "·")?,
                Some(s) => write!(out, "{:>4.0}%", s * 100.0)?,
                None => write!(out, "{:>5}", "-")?,
            }
        }
        writeln!(out)?;
    }
    if matrix.skipped() > 0 {
        writeln!(
            out,
            "\n-: {} pairs share no rare word and were not compared",
            matrix.skipped()
        )?;
    }
    Ok(())
}

fn write_separated(out: &mut dyn Write, matrix: &Matrix, sep: char) -> io::Result<()> {
    writeln!(out, "old{sep}new{sep}similarity{sep}compared")?;
    let paths: Vec<String> = matrix
        .docs
        .iter()
        .map(|d| field(&d.path.display().to_string(), sep))
        .collect();
    for (i, j, s, compared) in matrix.pairs() {
        writeln!(
            out,
            "{}{sep}{}{sep}{s:.4}{sep}{compared}",
            paths[i], paths[j]
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    path: String,
    title: &'a str,
    language: Option<&'static str>,
    words: usize,
}

#[derive(Serialize)]
struct JsonPair {
    old: usize,
    new: usize,
    similarity: f32,
    compared: bool,
}

#[derive(Serialize)]
struct JsonMatrix<'a> {
    documents: Vec<JsonDocument<'a>>,
    pairs: Vec<JsonPair>,
}

/// The documents, and every pair by the documents' indices.
fn write_json(out: &mut dyn Write, matrix: &Matrix) -> io::Result<()> {
    let documents = matrix
        .docs
        .iter()
        .map(|d| JsonDocument {
            path: d.path.display().to_string(),
            title: &d.title,
            language: d.language.map(|l| l.code()),
            words: d.word_count(),
        })
        .collect();
    let pairs = matrix
        .pairs()
        .map(|(old, new, similarity, compared)| JsonPair {
            old,
            new,
            similarity: (similarity * 10_000.0).round() / 10_000.0,
            compared,
        })
        .collect();
    serde_json::to_writer(&mut *out, &JsonMatrix { documents, pairs })?;
    writeln!(out)
}
