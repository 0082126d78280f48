//! Lays a comparison out for a pane width: each row's sides wrapped at word boundaries with
//! display widths (CJK wide, combining marks zero), the shorter side padded so rows align.

mod pieces;
mod wrap;

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

pub use pieces::{MAX_ROW_BYTES, inline_pieces};
pub use wrap::{prefix_within, wrap};

use pieces::pieces;
use wrap::{Count, wrap_into};

use crate::comparison::Comparison;
use crate::side::{Pair, Side};

/// How a piece of laid-out text should look; renderers map these to colours or markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// Text the same on both sides.
    Same,
    /// Words deleted (old side) inside an aligned pair.
    Deleted,
    /// Words inserted (new side) inside an aligned pair.
    Inserted,
    /// A whole sentence with no counterpart on the new side.
    Dropped,
    /// A whole sentence with no counterpart on the old side.
    Added,
    /// Unchanged words of a moved sentence.
    Moved,
    /// A note from driftview itself ("moved to row 12"), not document text.
    Note,
}

/// A run of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text, as shown.
    pub text: String,
    /// How it looks.
    pub style: Style,
}

/// A run of text to lay out, borrowed from the document where it can be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The text, borrowed where it can be.
    pub text: Cow<'a, str>,
    /// How it looks.
    pub style: Style,
}

impl<'a> Piece<'a> {
    /// A piece of text in one style.
    pub fn new(text: impl Into<Cow<'a, str>>, style: Style) -> Self {
        Piece {
            text: text.into(),
            style,
        }
    }
}

/// One screen line of one side; its display width never exceeds the layout width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    /// The line's runs, left to right.
    pub spans: Vec<Span>,
}

impl Line {
    /// Display width in terminal columns.
    pub fn width(&self) -> usize {
        self.spans.iter().map(|s| s.text.width()).sum()
    }

    /// The plain text of the line.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// The first of a row's lines that carries text (after a paragraph gap): where a gutter cue goes.
pub fn first_text_line(lines: &[Pair<Line>]) -> usize {
    lines
        .iter()
        .position(|l| l.old.width() + l.new.width() > 0)
        .unwrap_or(0)
}

/// Layout settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Columns per side.
    pub width: usize,
    /// Wrap changes in `[-…-]` / `{+…+}` so they show without colour.
    pub markers: bool,
}

/// The display lines of one row: both sides, the same number of lines.
pub fn layout_row(cmp: &Comparison, index: usize, options: &LayoutOptions) -> Vec<Pair<Line>> {
    let row = &cmp.rows[index];
    let mut old = wrap(&pieces(cmp, row, Side::Old, options.markers), options.width);
    let mut new = wrap(&pieces(cmp, row, Side::New, options.markers), options.width);
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

/// Number of display lines `layout_row` gives, counted without building any line.
pub fn row_height(cmp: &Comparison, index: usize, options: &LayoutOptions) -> usize {
    let row = &cmp.rows[index];
    let count = |side| {
        let mut sink = Count(1);
        wrap_into(
            &pieces(cmp, row, side, options.markers),
            options.width,
            &mut sink,
        );
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
