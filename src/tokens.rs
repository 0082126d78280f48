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

/// Cuts `text` into tokens; consecutive whitespace pieces are merged into one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    for (start, piece) in text.split_word_bound_indices() {
        let kind = kind_of(piece);
        let end = start + piece.len();
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
    text.split_word_bounds()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
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
