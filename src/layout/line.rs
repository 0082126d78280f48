//! What layout produces: styled pieces of text and the screen lines they wrap into. A leaf of
//! `layout/`, read by the piece builder, the wrapper and the row layout alike.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

/// How a piece of laid-out text should look; renderers map these to colours or markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Highlight {
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
    /// Across languages: a number both sides have (an anchor the translation kept).
    Anchor,
}

/// A run of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text, as shown.
    pub text: String,
    /// How it looks.
    pub style: Highlight,
}

/// A run of text to lay out, borrowed from the document where it can be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The text, borrowed where it can be.
    pub text: Cow<'a, str>,
    /// How it looks.
    pub style: Highlight,
}

impl<'a> Piece<'a> {
    /// A piece of text in one style.
    pub fn new(text: impl Into<Cow<'a, str>>, style: Highlight) -> Self {
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

/// A piece of text, wrapped in change markers when asked.
pub(super) fn marked(text: Cow<'_, str>, style: Highlight, markers: bool) -> Vec<Piece<'_>> {
    let (open, close) = match style {
        Highlight::Deleted | Highlight::Dropped => ("[-", "-]"),
        Highlight::Inserted | Highlight::Added => ("{+", "+}"),
        _ => ("", ""),
    };
    if !markers || open.is_empty() {
        return vec![Piece::new(text, style)];
    }
    vec![
        Piece::new(open, style),
        Piece::new(text, style),
        Piece::new(close, style),
    ]
}
