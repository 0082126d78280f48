//! Wrapping styled pieces to a width at word boundaries, by display width (CJK two columns,
//! combining marks none); a word wider than a line is cut between graphemes.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use std::borrow::Cow;

use super::line::{Highlight, Line, Piece, Span};
use crate::text::visible;

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

/// Where wrapping puts its output: built lines, or just a count.
pub(super) trait Sink {
    fn push(&mut self, text: &str, style: Highlight);
    fn break_line(&mut self);
}

/// Counts lines only (for row heights over a whole book).
pub(super) struct Count(pub(super) usize);

impl Sink for Count {
    fn push(&mut self, _: &str, _: Highlight) {}
    fn break_line(&mut self) {
        self.0 += 1;
    }
}

impl Sink for Vec<Line> {
    fn push(&mut self, text: &str, style: Highlight) {
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

pub(super) fn wrap_into(pieces: &[Piece], width: usize, sink: &mut impl Sink) {
    let width = width.max(1);
    let mut col = 0;
    // Laid out for a terminal: a control character in the text is shown (`␛`), never sent,
    // and measured as what is shown. Pieces hold none but in hostile or damaged text.
    let needs_showing = |p: &Piece| matches!(visible(&p.text), Cow::Owned(_));
    let shown: Option<Vec<Piece>> = pieces.iter().any(needs_showing).then(|| {
        pieces
            .iter()
            .map(|p| Piece::new(visible(&p.text).into_owned(), p.style))
            .collect()
    });
    let pieces = shown.as_deref().unwrap_or(pieces);
    let parts = parts(pieces);
    let mut k = 0;
    while k < parts.len() {
        match parts[k] {
            Part::Newline => {
                sink.break_line();
                col = 0;
                k += 1;
            }
            Part::Space {
                text,
                style,
                width: w,
            } => {
                if col > 0 && col + w <= width {
                    sink.push(text, style);
                    col += w;
                }
                k += 1;
            }
            Part::Word { .. } => {
                // The word's parts: this one and those joined to it (its other styles).
                let end = k
                    + 1
                    + parts[k + 1..]
                        .iter()
                        .take_while(|p| matches!(p, Part::Word { joined: true, .. }))
                        .count();
                let word = &parts[k..end];
                let w: usize = word.iter().map(Part::width).sum();
                if col > 0 && col + w > width {
                    sink.break_line();
                    col = 0;
                }
                for part in word {
                    if let Part::Word {
                        text,
                        style,
                        width: pw,
                        ..
                    } = *part
                    {
                        if col + pw > width {
                            col = push_cut(sink, text, style, width, col);
                        } else {
                            sink.push(text, style);
                            col += pw;
                        }
                    }
                }
                k = end;
            }
        }
    }
}

/// What wrapping places, in one flat list (a book's heights are counted over every word of
/// it, and a list per word cost an allocation each): a word's part in one style, `joined`
/// when it goes on the word before it in another style ("{+" then "buildup"); a run of
/// spaces; a newline. Widths measured once.
#[derive(Clone, Copy)]
enum Part<'a> {
    Word {
        text: &'a str,
        style: Highlight,
        width: usize,
        joined: bool,
    },
    Space {
        text: &'a str,
        style: Highlight,
        width: usize,
    },
    Newline,
}

impl Part<'_> {
    fn width(&self) -> usize {
        match self {
            Part::Word { width, .. } | Part::Space { width, .. } => *width,
            Part::Newline => 0,
        }
    }
}

fn parts<'a>(pieces: &'a [Piece]) -> Vec<Part<'a>> {
    let mut out: Vec<Part> = Vec::new();
    let mut in_word = false;
    for piece in pieces {
        let style = piece.style;
        for_each_word(&piece.text, |text| {
            if text == "\n" {
                out.push(Part::Newline);
                in_word = false;
            } else if text.chars().all(char::is_whitespace) {
                out.push(Part::Space {
                    text,
                    style,
                    width: text.width(),
                });
                in_word = false;
            } else {
                out.push(Part::Word {
                    text,
                    style,
                    width: text.width(),
                    joined: in_word,
                });
                in_word = true;
            }
        });
    }
    out
}

/// Calls `f` on each word, whitespace run and single newline of `text`, in order.
fn for_each_word<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    let mut start = 0;
    let mut kind = None;
    for (i, c) in text.char_indices() {
        let k = if c == '\n' {
            2
        } else {
            u8::from(c.is_whitespace())
        };
        if kind.is_some_and(|prev| prev != k || k == 2) {
            f(&text[start..i]);
            start = i;
        }
        kind = Some(k);
    }
    if start < text.len() {
        f(&text[start..]);
    }
}

/// Cuts an over-long word across lines; returns the column after its last piece.
fn push_cut(sink: &mut impl Sink, word: &str, style: Highlight, width: usize, col: usize) -> usize {
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

fn push_text(line: &mut Line, text: &str, style: Highlight) {
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
        let pieces = [Piece::new(text, Highlight::Same)];
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
            Piece::new("keep this ", Highlight::Same),
            Piece::new("gone words", Highlight::Deleted),
        ];
        let lines = wrap(&pieces, 12);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[1].spans,
            [Span {
                text: "gone words".into(),
                style: Highlight::Deleted
            }]
        );
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
