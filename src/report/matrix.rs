//! Similarity of every pair of documents, as a table.

use std::io::{self, Write};
use std::sync::Arc;

use crate::compare::compare;
use crate::diff::options::DiffOptions;
use crate::load::document::Document;

/// Writes a numbered list of the documents, then the similarity (percent) of every pair.
pub fn write(out: &mut dyn Write, docs: &[Document], options: DiffOptions) -> io::Result<()> {
    let docs: Vec<Arc<Document>> = docs.iter().cloned().map(Arc::new).collect();
    for (i, d) in docs.iter().enumerate() {
        writeln!(
            out,
            "{:>3}  {}  ({} words)  {}",
            i + 1,
            d.name(),
            d.word_count(),
            d.title
        )?;
    }
    writeln!(out)?;
    write!(out, "     ")?;
    for j in 0..docs.len() {
        write!(out, "{:>5}", j + 1)?;
    }
    writeln!(out)?;
    // Each pair is compared once, old = the earlier document, and shown in both cells.
    let n = docs.len();
    let mut table = vec![vec![1.0f32; n]; n];
    for i in 0..n {
        for j in i + 1..n {
            let s = compare(docs[i].clone(), docs[j].clone(), options).similarity;
            table[i][j] = s;
            table[j][i] = s;
        }
    }
    for (i, row) in table.iter().enumerate() {
        write!(out, "{:>3}  ", i + 1)?;
        for (j, s) in row.iter().enumerate() {
            if i == j {
                write!(out, "{:>5}", "·")?;
            } else {
                write!(out, "{:>4.0}%", s * 100.0)?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}
