//! Word tokens (UAX #29 word boundaries) as byte spans that tile the text.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is; spaces and punctuation are tokens too, so tokens rebuild the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Contains a letter or digit ("don't", "2.5", "U.S").
    Word,
    /// Anything else that is not whitespace (",", "“", "—", emoji).
    Punct,
    /// A run of whitespace, newlines included.
    Space,
}

/// A token: a byte span of the text it was cut from, and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
}

fn kind_of(piece: &str) -> TokenKind {
    if piece.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if piece.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}

/// UAX #29 word-boundary pieces, by the fast path where it applies.
///
/// Word boundaries never cross a line break (WB3a/b), so a text the fast path refuses is
/// taken line by line, and only the lines that need it get the full algorithm.
fn pieces(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for_each_line_pieces(text, |r| out.push(r));
    out
}

/// Calls `f` with each word-boundary piece of `text`, a line at a time (lines bound the fast
/// path's working memory on whole books).
fn for_each_line_pieces(text: &str, mut f: impl FnMut(std::ops::Range<usize>)) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let fast =
            crate::word_bounds::for_each_piece(line, |r| f(r.start + offset..r.end + offset));
        if !fast {
            line.split_word_bound_indices()
                .for_each(|(i, w)| f(offset + i..offset + i + w.len()));
        }
        offset += line.len();
    }
}

/// Cuts `text` into tokens; consecutive whitespace pieces are merged into one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    for range in pieces(text) {
        let (start, end) = (range.start, range.end);
        let kind = kind_of(&text[range]);
        match tokens.last_mut() {
            Some(last) if kind == TokenKind::Space && last.kind == TokenKind::Space => {
                last.span.end = end;
            }
            _ => tokens.push(Token {
                span: start..end,
                kind,
            }),
        }
    }
    tokens
}

/// Number of word tokens in `text`.
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    for_each_line_pieces(text, |r| {
        n += usize::from(text[r].chars().any(char::is_alphanumeric))
    });
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .into_iter()
            .map(|t| (&text[t.span], t.kind))
            .collect()
    }

    #[test]
    fn words_keep_apostrophes_and_decimals() {
        use TokenKind::*;
        assert_eq!(
            pieces("can’t pay 2.5%,  ok"),
            vec![
                ("can’t", Word),
                (" ", Space),
                ("pay", Word),
                (" ", Space),
                ("2.5", Word),
                ("%", Punct),
                (",", Punct),
                ("  ", Space),
                ("ok", Word)
            ]
        );
    }

    #[test]
    fn tokens_tile_the_text() {
        let text = "Hello, wörld — 東京 👍🏽!\n\tEnd.";
        let rebuilt: String = tokenize(text)
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect();
        assert_eq!(rebuilt, text);
        // Each ideograph is a word of its own under UAX #29.
        assert_eq!(word_count(text), 5);
    }
}
