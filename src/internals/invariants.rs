//! The pipeline's invariants on arbitrary bytes, checked in one place for the fuzz target
//! (`fuzz/fuzz_targets/pipeline.rs`) and the replay of its finds (`tests/fuzz_regressions.rs`).

use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use crate::compare::compare;
use crate::diff::options::DiffOptions;
use crate::layout::{LayoutOptions, layout_row, row_height};
use crate::load::corpus::{LoadOptions, from_bytes};
use crate::side::Side;

/// Runs bytes through load, compare, layout and the reports, and reports the first broken
/// invariant. The first byte picks the diff options and a width; the rest is two documents
/// separated by `FF FE`. Inputs that do not load are fine (they get an error, not a panic).
pub fn check_bytes(data: &[u8]) -> Result<(), String> {
    let Some((&flags, rest)) = data.split_first() else {
        return Ok(());
    };
    let cut = rest
        .windows(2)
        .position(|w| w == [0xFF, 0xFE])
        .unwrap_or(rest.len());
    let (a, b) = (&rest[..cut], rest.get(cut + 2..).unwrap_or(&[]));
    let load = |bytes: &[u8]| from_bytes("fuzz".as_ref(), bytes, &LoadOptions::default()).ok();
    let (Some(old), Some(new)) = (load(a), load(b)) else {
        return Ok(());
    };
    let options = DiffOptions {
        ignore_case: flags & 1 != 0,
        ignore_punctuation: flags & 2 != 0,
        ignore_whitespace: flags & 4 != 0,
    };
    let cmp = compare(Arc::new(old), Arc::new(new), options);
    for side in Side::BOTH {
        let mut next = 0;
        for row in &cmp.rows {
            let r = row.sentences.get(side);
            if !r.is_empty() {
                if r.start != next {
                    return Err(format!("{side:?} sentences out of order at {}", r.start));
                }
                next = r.end;
            }
        }
        if next != cmp.sentences.get(side).len() {
            return Err(format!("{side:?} sentences not all covered"));
        }
    }
    let layout = LayoutOptions {
        width: usize::from(flags >> 3) + 1,
        markers: flags & 4 != 0,
    };
    for k in 0..cmp.rows.len().min(500) {
        let lines = layout_row(&cmp, k, &layout);
        if lines.len() != row_height(&cmp, k, &layout) {
            return Err(format!("row {k}: height disagrees with its lines"));
        }
        for text in lines.iter().flat_map(|l| [&l.old, &l.new]) {
            // A grapheme wider than the pane (a wide character plus a combining mark at
            // width 1) cannot be split, so it may overflow, with only zero-width graphemes
            // beside it; anything else must fit.
            if text.width() > layout.width && visible_graphemes(&text.text()) > 1 {
                return Err(format!(
                    "row {k}: {:?} wider than {}",
                    text.text(),
                    layout.width
                ));
            }
        }
    }
    let mut sink = Vec::new();
    crate::report::json::write(&mut sink, &cmp).map_err(|e| e.to_string())?;
    crate::report::markdown::write(&mut sink, &cmp).map_err(|e| e.to_string())?;
    Ok(())
}

/// Graphemes that take at least one column.
pub fn visible_graphemes(text: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    text.graphemes(true).filter(|g| g.width() > 0).count()
}
