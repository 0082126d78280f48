//! Lays a comparison out for a pane width: each row's sides wrapped at word boundaries with
//! display widths (CJK wide, combining marks zero), the shorter side padded so rows align.

mod evidence;
mod line;
mod options;
mod pieces;
mod sub_rows;
mod wrap;

pub use line::{Highlight, Line, Piece, Span};
pub use options::LayoutOptions;
pub use pieces::{MAX_ROW_BYTES, inline_pieces};
pub use wrap::{prefix_within, wrap};

use pieces::pieces;
use sub_rows::{layout_sub_rows, sub_rows};
use wrap::{Count, wrap_into};

use std::ops::Range;

use crate::comparison::Comparison;
use crate::side::{Pair, Side};

/// The first of a row's lines that carries text (after a paragraph gap): where a gutter cue goes.
pub fn first_text_line(lines: &[Pair<Line>]) -> usize {
    lines
        .iter()
        .position(|l| l.old.width() + l.new.width() > 0)
        .unwrap_or(0)
}

/// One side of a row across languages as the reports show it, whole and without markers: the
/// text as written, its anchors (numbers and names both sides keep) and the evidence a
/// finding names (what the other side lacks) in their styles.
pub fn translation_side(cmp: &Comparison, index: usize, side: Side) -> Vec<Piece<'_>> {
    let row = &cmp.rows[index];
    if row.sentences.get(side).is_empty() {
        return Vec::new();
    }
    let text = cmp.shown(side, cmp.text_range(row, side));
    evidence::anchored(cmp, index, side, text, false, false)
}

/// One side of a row as the panes show it (its changes marked), wrapped to `options.width`:
/// what the history panel lays beside each version's name.
pub fn side_lines(
    cmp: &Comparison,
    index: usize,
    side: Side,
    options: &LayoutOptions,
) -> Vec<Line> {
    wrap(&pieces(cmp, index, side, options), options.width)
}

/// The display lines of one row: both sides, the same number of lines.
pub fn layout_row(cmp: &Comparison, index: usize, options: &LayoutOptions) -> Vec<Pair<Line>> {
    let mut old = wrap(&pieces(cmp, index, Side::Old, options), options.width);
    let mut new = wrap(&pieces(cmp, index, Side::New, options), options.width);
    let height = old.len().max(new.len());
    old.resize_with(height, Line::default);
    new.resize_with(height, Line::default);
    let mut lines: Vec<Pair<Line>> = Vec::with_capacity(height + 1);
    if starts_paragraph(cmp, index) {
        lines.push(Pair::default());
    }
    lines.extend(old.into_iter().zip(new).map(|(o, n)| Pair::new(o, n)));
    lines
}

/// The display lines of one row with a third column between its two sides: `middle`'s new
/// side in the same row (a translation, whose comparison with the old side shares the rows).
/// All three columns get the same number of lines. `parts`: the rows the two sides made as a
/// pair before the middle's joined them (`versions::Link::parts`); each is laid side by side
/// in a sub-row of its own, so the middle's one sentence stands beside both.
pub fn layout_row_with_middle(
    cmp: &Comparison,
    middle: &Comparison,
    index: usize,
    options: &LayoutOptions,
    parts: &[Pair<Range<usize>>],
) -> Vec<(Pair<Line>, Line)> {
    let mut sides = match sub_rows(cmp, index, parts) {
        Some(parts) => layout_sub_rows(cmp, index, options, parts, starts_paragraph(cmp, index)),
        None => layout_row(cmp, index, options),
    };
    let gap = usize::from(starts_paragraph(cmp, index));
    let mut mid = wrap(&pieces(middle, index, Side::New, options), options.width);
    let height = sides.len().max(mid.len() + gap);
    sides.resize_with(height, Pair::default);
    let mut column = vec![Line::default(); gap];
    column.append(&mut mid);
    column.resize_with(height, Line::default);
    sides.into_iter().zip(column).collect()
}

/// Number of display lines `layout_row_with_middle` gives, counted without building any line
/// (but for a row of sub-rows, which are few).
pub fn row_height_with_middle(
    cmp: &Comparison,
    middle: &Comparison,
    index: usize,
    options: &LayoutOptions,
    parts: &[Pair<Range<usize>>],
) -> usize {
    if sub_rows(cmp, index, parts).is_some() {
        return layout_row_with_middle(cmp, middle, index, options, parts).len();
    }
    let mut sink = Count(1);
    wrap_into(
        &pieces(middle, index, Side::New, options),
        options.width,
        &mut sink,
    );
    row_height(cmp, index, options).max(sink.0 + usize::from(starts_paragraph(cmp, index)))
}

/// Number of display lines `layout_row` gives, counted without building any line.
pub fn row_height(cmp: &Comparison, index: usize, options: &LayoutOptions) -> usize {
    let count = |side| {
        let mut sink = Count(1);
        wrap_into(&pieces(cmp, index, side, options), options.width, &mut sink);
        sink.0
    };
    count(Side::Old).max(count(Side::New)) + usize::from(starts_paragraph(cmp, index))
}

/// A blank line goes above a row that opens a paragraph on either side (not the first row).
fn starts_paragraph(cmp: &Comparison, index: usize) -> bool {
    if index == 0 {
        return false;
    }
    let row = &cmp.rows[index];
    Side::BOTH.iter().any(|&side| {
        let r = row.sentences.get(side);
        let sents = cmp.sentences.get(side);
        !r.is_empty() && r.start > 0 && sents[r.start].paragraph != sents[r.start - 1].paragraph
    })
}
