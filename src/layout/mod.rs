//! Lays a comparison out for a pane width: each row's sides wrapped at word boundaries with
//! display widths (CJK wide, combining marks zero), the shorter side padded so rows align.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::comparison::{Comparison, Row, RowKind};
use crate::diff::words::OpTag;
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

/// The longest start of `text` that fits in `width` columns.
pub fn prefix_within(text: &str, width: usize) -> &str {
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let next = i + c.len_utf8();
        if text[..i].width() + text[i..next].width() > width {
            break;
        }
        end = next;
    }
    &text[..end]
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

/// A row side longer than this (a 10 MB line with no full stop) is shown cut, with a note:
/// laying out megabytes on every keystroke would freeze the screen. Reports keep it whole.
pub const MAX_ROW_BYTES: usize = 256 * 1024;

/// The styled pieces of one side of a row, before wrapping, cut at `MAX_ROW_BYTES`.
fn pieces<'a>(cmp: &'a Comparison, row: &Row, side: Side, markers: bool) -> Vec<Piece<'a>> {
    let mut out = uncut_pieces(cmp, row, side, markers);
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

fn uncut_pieces<'a>(cmp: &'a Comparison, row: &Row, side: Side, markers: bool) -> Vec<Piece<'a>> {
    let text = &cmp.docs.get(side).text;
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
        RowKind::Deleted => Some(Style::Dropped),
        RowKind::Inserted => Some(Style::Added),
        _ => None,
    };
    if let Some(style) = whole {
        let r = cmp.text_range(row, side);
        return marked(&text[r], style, markers);
    }
    let same = if row.kind == RowKind::Moved {
        Style::Moved
    } else {
        Style::Same
    };
    let mut out = Vec::new();
    for op in &row.ops {
        let (range, style) = match (side, op.tag) {
            (Side::Old, OpTag::Insert) | (Side::New, OpTag::Delete) => continue,
            (Side::Old, OpTag::Delete) => (&op.old, Style::Deleted),
            (Side::New, OpTag::Insert) => (&op.new, Style::Inserted),
            (Side::Old, OpTag::Equal) => (&op.old, same),
            (Side::New, OpTag::Equal) => (&op.new, same),
        };
        out.extend(marked(&text[range.clone()], style, markers));
    }
    out
}

/// The pieces of a row read as one column: old and new words interleaved, like wdiff.
pub fn inline_pieces(cmp: &Comparison, index: usize, markers: bool) -> Vec<Piece<'_>> {
    let row = &cmp.rows[index];
    let (old, new) = (&cmp.docs.old.text, &cmp.docs.new.text);
    match (row.kind, row.partner) {
        (RowKind::Deleted, _) => {
            return marked(
                &old[cmp.text_range(row, Side::Old)],
                Style::Dropped,
                markers,
            );
        }
        (RowKind::Inserted, _) => {
            return marked(&new[cmp.text_range(row, Side::New)], Style::Added, markers);
        }
        (RowKind::Moved, Some(p)) if row.sentences.old.is_empty() => {
            return vec![note(format!("↪ moved from row {}", p + 1))];
        }
        _ => {}
    }
    let same = if row.kind == RowKind::Moved {
        Style::Moved
    } else {
        Style::Same
    };
    let mut out = Vec::new();
    for op in &row.ops {
        let (text, style) = match op.tag {
            // An equal op may be only the space after a change, present on one side alone.
            OpTag::Equal if op.old.is_empty() => (&new[op.new.clone()], same),
            OpTag::Equal => (&old[op.old.clone()], same),
            OpTag::Delete => (&old[op.old.clone()], Style::Deleted),
            OpTag::Insert => (&new[op.new.clone()], Style::Inserted),
        };
        out.extend(marked(text, style, markers));
    }
    if let (RowKind::Moved, Some(p)) = (row.kind, row.partner) {
        out.push(note(format!(" ↪ moved to row {}", p + 1)));
    }
    out
}

fn note(text: String) -> Piece<'static> {
    Piece::new(text, Style::Note)
}

/// A piece of text, wrapped in change markers when asked.
fn marked(text: &str, style: Style, markers: bool) -> Vec<Piece<'_>> {
    let (open, close) = match style {
        Style::Deleted | Style::Dropped => ("[-", "-]"),
        Style::Inserted | Style::Added => ("{+", "+}"),
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

/// Where wrapping puts its output: built lines, or just a count.
trait Sink {
    fn push(&mut self, text: &str, style: Style);
    fn break_line(&mut self);
}

/// Counts lines only (for row heights over a whole book).
struct Count(usize);

impl Sink for Count {
    fn push(&mut self, _: &str, _: Style) {}
    fn break_line(&mut self) {
        self.0 += 1;
    }
}

impl Sink for Vec<Line> {
    fn push(&mut self, text: &str, style: Style) {
        push_text(self.last_mut().expect("a line"), text, style);
    }
    fn break_line(&mut self) {
        self.push(Line::default());
    }
}

/// Wraps styled pieces to `width` columns at word boundaries; newlines break lines, words
/// wider than a line are cut between graphemes. A word may span pieces of several styles
/// ("{+" then "buildup"): it is kept together.
pub fn wrap(pieces: &[Piece], width: usize) -> Vec<Line> {
    let mut lines = vec![Line::default()];
    wrap_into(pieces, width, &mut lines);
    for line in &mut lines {
        trim_end(line);
    }
    lines
}

fn wrap_into(pieces: &[Piece], width: usize, sink: &mut impl Sink) {
    let width = width.max(1);
    let mut col = 0;
    for chunk in chunks(pieces) {
        match chunk {
            Chunk::Newline => {
                sink.break_line();
                col = 0;
            }
            Chunk::Space(text, style) => {
                let w = text.width();
                if col > 0 && col + w <= width {
                    sink.push(text, style);
                    col += w;
                }
            }
            Chunk::Word(parts) => {
                let w: usize = parts.iter().map(|(t, _)| t.width()).sum();
                if col > 0 && col + w > width {
                    sink.break_line();
                    col = 0;
                }
                for (text, style) in parts {
                    if col + text.width() > width {
                        col = push_cut(sink, text, style, width, col);
                    } else {
                        sink.push(text, style);
                        col += text.width();
                    }
                }
            }
        }
    }
}

/// What wrapping places: a word (possibly in several styles), a run of spaces, a newline.
enum Chunk<'a> {
    Word(Vec<(&'a str, Style)>),
    Space(&'a str, Style),
    Newline,
}

fn chunks<'a>(pieces: &'a [Piece]) -> Vec<Chunk<'a>> {
    let mut out: Vec<Chunk> = Vec::new();
    let mut in_word = false;
    for piece in pieces {
        for part in words_of(&piece.text) {
            if part == "\n" {
                out.push(Chunk::Newline);
                in_word = false;
            } else if part.chars().all(char::is_whitespace) {
                out.push(Chunk::Space(part, piece.style));
                in_word = false;
            } else {
                match out.last_mut() {
                    Some(Chunk::Word(parts)) if in_word => parts.push((part, piece.style)),
                    _ => out.push(Chunk::Word(vec![(part, piece.style)])),
                }
                in_word = true;
            }
        }
    }
    out
}

/// Splits text into words, whitespace runs and single newlines.
fn words_of(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind = None;
    for (i, c) in text.char_indices() {
        let k = if c == '\n' {
            2
        } else {
            u8::from(c.is_whitespace())
        };
        if kind.is_some_and(|prev| prev != k || k == 2) {
            out.push(&text[start..i]);
            start = i;
        }
        kind = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Cuts an over-long word across lines; returns the column after its last piece.
fn push_cut(sink: &mut impl Sink, word: &str, style: Style, width: usize, col: usize) -> usize {
    let mut col = col;
    for g in word.graphemes(true) {
        let w = g.width();
        if col + w > width && col > 0 {
            sink.break_line();
            col = 0;
        }
        sink.push(g, style);
        col += w;
    }
    col
}

fn push_text(line: &mut Line, text: &str, style: Style) {
    match line.spans.last_mut() {
        Some(last) if last.style == style => last.text.push_str(text),
        _ => line.spans.push(Span {
            text: text.to_string(),
            style,
        }),
    }
}

fn trim_end(line: &mut Line) {
    while let Some(last) = line.spans.last_mut() {
        let trimmed = last.text.trim_end().len();
        last.text.truncate(trimmed);
        if !last.text.is_empty() {
            break;
        }
        line.spans.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str, width: usize) -> Vec<String> {
        let pieces = [Piece::new(text, Style::Same)];
        let lines: Vec<String> = wrap(&pieces, width).iter().map(Line::text).collect();
        let mut count = Count(1);
        wrap_into(&pieces, width, &mut count);
        assert_eq!(count.0, lines.len(), "counting agrees with building");
        lines
    }

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(
            plain("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(plain("東京都 大阪府", 7), ["東京都", "大阪府"]);
        assert_eq!(plain("東京都大阪府", 5), ["東京", "都大", "阪府"]);
    }

    #[test]
    fn combining_marks_take_no_column() {
        let lines = plain("e\u{301}e\u{301}e\u{301} abc", 5);
        assert_eq!(lines, ["e\u{301}e\u{301}e\u{301}", "abc"]);
    }

    #[test]
    fn prefixes_fit_their_width() {
        assert_eq!(prefix_within("abcdef", 4), "abcd");
        assert_eq!(prefix_within("東京都", 5), "東京");
        assert_eq!(prefix_within("ab", 10), "ab");
    }

    #[test]
    fn newlines_break_lines() {
        assert_eq!(plain("one\n\ntwo", 20), ["one", "", "two"]);
    }

    #[test]
    fn styles_survive_wrapping() {
        let pieces = [
            Piece::new("keep this ", Style::Same),
            Piece::new("gone words", Style::Deleted),
        ];
        let lines = wrap(&pieces, 12);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[1].spans,
            [Span {
                text: "gone words".into(),
                style: Style::Deleted
            }]
        );
    }

    #[test]
    fn inline_view_keeps_the_space_after_an_insertion() {
        use crate::{DiffOptions, Document, compare};
        use std::sync::Arc;
        let cmp = compare(
            Arc::new(Document::from_text("a", "banners and flags.")),
            Arc::new(Document::from_text("b", "banners and red flags.")),
            DiffOptions::default(),
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
        );
        let layout = LayoutOptions {
            width: 100,
            markers: false,
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

    #[test]
    fn no_line_is_wider_than_the_width() {
        let text = "a 👍🏽 emoji, wide 漢字 and a verylongwordthatcannotfit in";
        for width in 1..30 {
            for line in plain(text, width) {
                assert!(line.width() <= width.max(2), "{line:?} at {width}");
            }
        }
    }
}
