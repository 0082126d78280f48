//! One side of a row as styled pieces, before wrapping: the word ops' text in the styles of
//! their change, with markers for screens without colour, and the one-column (inline) form.

use std::borrow::Cow;
use std::ops::Range;

use crate::comparison::{Comparison, RowKind};
use crate::diff::ops::OpTag;
use crate::side::Side;

use super::line::{Highlight, Piece, marked};
use super::options::LayoutOptions;

/// A row side longer than this (a 10 MB line with no full stop) is shown cut, with a note:
/// laying out megabytes on every keystroke would freeze the screen. Reports keep it whole.
pub const MAX_ROW_BYTES: usize = 256 * 1024;

/// The styled pieces of one side of a row, before wrapping, cut at `MAX_ROW_BYTES`.
pub(super) fn pieces<'a>(
    cmp: &'a Comparison,
    index: usize,
    side: Side,
    options: &LayoutOptions,
) -> Vec<Piece<'a>> {
    pieces_within(cmp, index, side, options, None)
}

/// `pieces`, of only the text in `clip` (byte range of the side's text) when given: one
/// sub-row of a row that holds several. Only a row's word ops are clipped, so `clip` is for
/// rows in one language whose sides are both present and not moved.
pub(super) fn pieces_within<'a>(
    cmp: &'a Comparison,
    index: usize,
    side: Side,
    options: &LayoutOptions,
    clip: Option<&Range<usize>>,
) -> Vec<Piece<'a>> {
    let mut out = uncut_pieces(cmp, index, side, options, clip);
    let total: usize = out.iter().map(|p| p.text.len()).sum();
    if total <= MAX_ROW_BYTES {
        return out;
    }
    let mut kept = 0;
    out.retain_mut(|p| {
        let room = MAX_ROW_BYTES.saturating_sub(kept);
        if room == 0 {
            return false;
        }
        if p.text.len() > room {
            let mut cut = room;
            while !p.text.is_char_boundary(cut) {
                cut -= 1;
            }
            p.text = Cow::Owned(p.text[..cut].to_string());
        }
        kept += p.text.len();
        true
    });
    out.push(note(format!(
        " … {} more bytes not shown here (the report has them all)",
        total - kept
    )));
    out
}

fn uncut_pieces<'a>(
    cmp: &'a Comparison,
    index: usize,
    side: Side,
    options: &LayoutOptions,
    clip: Option<&Range<usize>>,
) -> Vec<Piece<'a>> {
    let markers = options.markers;
    let row = &cmp.rows[index];
    let present = !row.sentences.get(side).is_empty();
    if !present {
        return match (row.kind, row.partner) {
            (RowKind::Moved, Some(p)) => {
                let verb = if side == Side::New {
                    "moved to"
                } else {
                    "moved from"
                };
                vec![note(format!("↪ {verb} row {}", p + 1))]
            }
            _ => Vec::new(),
        };
    }
    let whole = match row.kind {
        RowKind::Deleted => Some(Highlight::Dropped),
        RowKind::Inserted => Some(Highlight::Added),
        _ => None,
    };
    if let Some(style) = whole {
        let r = cmp.text_range(row, side);
        return marked(cmp.shown(side, r), style, markers);
    }
    // A source and its translation share no words: a word diff would mark every one. The
    // text is shown plain but for its anchors: the numbers and names a finding says one side
    // lacks in the alert style, the numbers both sides have underlined.
    if cmp.across {
        let r = cmp.text_range(row, side);
        let counterparts = options.counterparts;
        return super::evidence::anchored(
            cmp,
            index,
            side,
            cmp.shown(side, r),
            markers,
            counterparts,
        );
    }
    let same = if row.kind == RowKind::Moved {
        Highlight::Moved
    } else {
        Highlight::Same
    };
    let mut out = Vec::new();
    for op in &row.ops {
        let (range, style) = match (side, op.tag) {
            (Side::Old, OpTag::Insert) | (Side::New, OpTag::Delete) => continue,
            (Side::Old, OpTag::Delete) => (&op.old, Highlight::Deleted),
            (Side::New, OpTag::Insert) => (&op.new, Highlight::Inserted),
            (Side::Old, OpTag::Equal) => (&op.old, same),
            (Side::New, OpTag::Equal) => (&op.new, same),
        };
        let range = match clip {
            Some(c) if range.end <= c.start || range.start >= c.end => continue,
            Some(c) => range.start.max(c.start)..range.end.min(c.end),
            None => range.clone(),
        };
        out.extend(marked(cmp.shown(side, range), style, markers));
    }
    out
}

/// The pieces of a row read as one column: old and new words interleaved, like wdiff.
pub fn inline_pieces(cmp: &Comparison, index: usize, markers: bool) -> Vec<Piece<'_>> {
    let row = &cmp.rows[index];
    match (row.kind, row.partner) {
        (RowKind::Deleted, _) => {
            let r = cmp.text_range(row, Side::Old);
            return marked(cmp.shown(Side::Old, r), Highlight::Dropped, markers);
        }
        (RowKind::Inserted, _) => {
            let r = cmp.text_range(row, Side::New);
            return marked(cmp.shown(Side::New, r), Highlight::Added, markers);
        }
        (RowKind::Moved, Some(p)) if row.sentences.old.is_empty() => {
            return vec![note(format!("↪ moved from row {}", p + 1))];
        }
        _ => {}
    }
    let same = if row.kind == RowKind::Moved {
        Highlight::Moved
    } else {
        Highlight::Same
    };
    let mut out = Vec::new();
    for (k, op) in row.ops.iter().enumerate() {
        let (side, range, style) = match op.tag {
            // An equal op may be only the space after a change, present on one side alone.
            OpTag::Equal if op.old.is_empty() => (Side::New, &op.new, same),
            OpTag::Equal => (Side::Old, &op.old, same),
            OpTag::Delete => (Side::Old, &op.old, Highlight::Deleted),
            OpTag::Insert => (Side::New, &op.new, Highlight::Inserted),
        };
        let mut text = cmp.shown(side, range.clone());
        let before_insertion = row.ops.get(k + 1).is_some_and(|o| o.tag == OpTag::Insert);
        if op.tag == OpTag::Equal && !op.new.is_empty() && before_insertion {
            // Equal under the options, the two sides may still differ in the space after the
            // words ("consultations" before "." on one side, "consultations " before an
            // insertion on the other): one column keeps the space the inserted text has
            // before it.
            let new_text = cmp.shown(Side::New, op.new.clone());
            let space = &new_text[new_text.trim_end().len()..];
            if text.trim_end().len() == text.len() && !space.is_empty() {
                text = Cow::Owned(format!("{text}{space}"));
            }
        }
        out.extend(marked(text, style, markers));
    }
    if let (RowKind::Moved, Some(p)) = (row.kind, row.partner) {
        out.push(note(format!(" ↪ moved to row {}", p + 1)));
    }
    out
}

fn note(text: String) -> Piece<'static> {
    Piece::new(text, Highlight::Note)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{LayoutOptions, layout_row, row_height};

    #[test]
    fn inline_view_keeps_the_space_after_an_insertion() {
        use crate::{DiffOptions, Document, compare};
        use std::sync::Arc;
        let cmp = compare(
            Arc::new(Document::from_text("a", "banners and flags.")),
            Arc::new(Document::from_text("b", "banners and red flags.")),
            DiffOptions::default(),
            &crate::knowledge::Knowledge::none(),
        );
        let text: String = inline_pieces(&cmp, 0, true)
            .iter()
            .map(|p| p.text.as_ref())
            .collect();
        assert_eq!(text, "banners and {+red+} flags.");
    }

    #[test]
    fn giant_rows_are_cut_with_a_note() {
        use crate::{DiffOptions, Document, compare};
        use std::sync::Arc;
        let big = "x".repeat(MAX_ROW_BYTES * 2);
        let cmp = compare(
            Arc::new(Document::from_text("a", big.clone())),
            Arc::new(Document::from_text("b", big + "y")),
            DiffOptions::default(),
            &crate::knowledge::Knowledge::none(),
        );
        let layout = LayoutOptions {
            width: 100,
            markers: false,
            counterparts: false,
        };
        let lines = layout_row(&cmp, 0, &layout);
        assert_eq!(lines.len(), row_height(&cmp, 0, &layout));
        assert!(lines.len() < MAX_ROW_BYTES / 100 + 5);
        let tail: String = lines[lines.len() - 3..]
            .iter()
            .map(|l| l.old.text() + " ")
            .collect();
        assert!(tail.contains("more bytes not shown"), "{tail}");
    }
}
