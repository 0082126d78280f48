//! The pipeline's invariants on arbitrary bytes, checked in one place for the fuzz target
//! (`fuzz/fuzz_targets/pipeline.rs`) and the replay of its finds (`tests/fuzz_regressions.rs`).

use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use crate::compare::compare;
use crate::diff::options::DiffOptions;
use crate::knowledge::Knowledge;
use crate::layout::{LayoutOptions, layout_row, row_height};
use crate::load::corpus::{LoadOptions, from_bytes};
use crate::side::Side;

/// What [`check_bytes`] did with an input that broke nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// Both documents loaded and every invariant held.
    Compared,
    /// The input was too short, or a document did not load (an error, not a panic).
    NotLoaded,
}

/// Runs bytes through load, compare, layout and the reports, and reports the first broken
/// invariant. Byte 0 picks the diff options (bits 0-2: case, punctuation, whitespace) and
/// the change markers (bit 3), each on its own bit; byte 1 the width (1 to 256); the rest is
/// two documents separated by `FF FE`.
pub fn check_bytes(data: &[u8]) -> Result<Checked, String> {
    let [flags, width, rest @ ..] = data else {
        return Ok(Checked::NotLoaded);
    };
    let flags = *flags;
    let cut = rest
        .windows(2)
        .position(|w| w == [0xFF, 0xFE])
        .unwrap_or(rest.len());
    let (a, b) = (&rest[..cut], rest.get(cut + 2..).unwrap_or(&[]));
    let load = |bytes: &[u8]| from_bytes("fuzz".as_ref(), bytes, &LoadOptions::default()).ok();
    let (Some(old), Some(new)) = (load(a), load(b)) else {
        return Ok(Checked::NotLoaded);
    };
    let options = DiffOptions {
        ignore_case: flags & 1 != 0,
        ignore_punctuation: flags & 2 != 0,
        ignore_whitespace: flags & 4 != 0,
    };
    let cmp = compare(Arc::new(old), Arc::new(new), options, &Knowledge::none());
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
        width: usize::from(*width) + 1,
        markers: flags & 8 != 0,
        counterparts: false,
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
    check_json(&cmp)?;
    let mut sink = Vec::new();
    crate::report::markdown::write(&mut sink, &cmp).map_err(|e| e.to_string())?;
    let markdown = String::from_utf8(sink).map_err(|_| "markdown is not UTF-8".to_string())?;
    if !markdown.starts_with('#') {
        return Err("markdown report has no heading".to_string());
    }
    Ok(Checked::Compared)
}

/// The JSON report parses, and its rows' ops rebuild each non-moved row's two texts.
fn check_json(cmp: &crate::comparison::Comparison) -> Result<(), String> {
    let mut sink = Vec::new();
    crate::report::json::write(&mut sink, cmp).map_err(|e| e.to_string())?;
    let json: serde_json::Value =
        serde_json::from_slice(&sink).map_err(|e| format!("JSON report does not parse: {e}"))?;
    let rows = json["rows"].as_array().ok_or("JSON has no rows")?;
    if rows.len() != cmp.rows.len() {
        return Err("JSON rows differ from the comparison's".to_string());
    }
    for (k, row) in rows.iter().enumerate() {
        if row["kind"] == "moved" {
            continue;
        }
        let (mut left, mut right) = (String::new(), String::new());
        for op in row["ops"].as_array().ok_or("a row without ops")? {
            let text = op["text"].as_str().unwrap_or_default();
            match op["op"].as_str() {
                Some("equal") => {
                    left.push_str(text);
                    right.push_str(op["right_text"].as_str().unwrap_or(text));
                }
                Some("delete") => left.push_str(text),
                Some("insert") => right.push_str(text),
                other => return Err(format!("row {k}: unknown op {other:?}")),
            }
        }
        if left != row["left"]["text"] || right != row["right"]["text"] {
            return Err(format!("row {k}: ops do not rebuild the texts"));
        }
    }
    Ok(())
}

/// Graphemes that take at least one column.
pub fn visible_graphemes(text: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    text.graphemes(true).filter(|g| g.width() > 0).count()
}
