//! Word tokens (UAX #29 word boundaries) as byte spans that tile the text.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

pub(crate) use super::token_kind::TokenKind;
use super::token_kind::kind_of;

/// A token: a byte span of the text it was cut from, and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Word, punctuation or space.
    pub kind: TokenKind,
}

/// Calls `f` with each UAX #29 word-boundary piece of `text` and its kind, by the fast path
/// where it applies.
///
/// Word boundaries never cross a line break (WB3a/b), so a text the fast path refuses is
/// taken line by line, and only the lines that need it get the full algorithm.
pub(crate) fn for_each_piece(text: &str, mut f: impl FnMut(std::ops::Range<usize>, TokenKind)) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let fast = super::word_bounds::for_each_piece(line, |r, kind| {
            f(r.start + offset..r.end + offset, kind)
        });
        if !fast {
            line.split_word_bound_indices()
                .for_each(|(i, w)| f(offset + i..offset + i + w.len(), kind_of(w)));
        }
        offset += line.len();
    }
}

/// A text and its tokens, cut once and shared by the word diff and the drift checks.
pub struct Text<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str) -> Self {
        Text {
            text,
            tokens: tokenize(text),
        }
    }

    /// The word tokens' text, in order.
    pub fn words(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &self.text[t.span.clone()])
    }
}

/// groff's hyphen, written where it hyphenates a man page (the page's own hyphens are ASCII).
pub(crate) const GROFF_HYPHEN: &str = "\u{2010}";

/// What a reflowed text holds where groff's hyphen broke a word at a line's end and the word
/// reads whole again ("speci" WORD JOINER "fied"): as many bytes as the hyphen, none of them
/// white space, so that places in the text carry over to the reflowed text unchanged
/// (`layout::evidence`), and nothing on screen: [`crate::text::visible`] leaves it out.
pub(crate) const REJOINED_HYPHEN: char = '\u{2060}';

/// The hyphen of a word broken at a line's end, when `tokens` (of `text`) open with a word, a
/// hyphen (`-`, U+2010 or a soft hyphen), white space holding one line break, and a word:
/// "speci‐" / "fied". Whether that is the word whole or a compound the text hyphenates
/// itself is the caller's to judge by the hyphen and the second half.
pub(crate) fn hyphen_at_line_end<'t>(text: &'t str, tokens: &[Token]) -> Option<&'t str> {
    let [first, hyphen, space, second, ..] = tokens else {
        return None;
    };
    let hyphen_text = &text[hyphen.span.clone()];
    (first.kind == TokenKind::Word
        && hyphen.kind == TokenKind::Punct
        && matches!(hyphen_text, "-" | GROFF_HYPHEN | "\u{AD}")
        && space.kind == TokenKind::Space
        && text[space.span.clone()].matches('\n').count() == 1
        && second.kind == TokenKind::Word)
        .then_some(hyphen_text)
}

/// Cuts `text` into tokens; consecutive whitespace pieces are merged into one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    // About a token in three bytes of prose; the guess capped, as a giant line may be one word.
    let mut tokens: Vec<Token> = Vec::with_capacity((text.len() / 3).min(1 << 12));
    for_each_piece(text, |range, kind| {
        let (start, end) = (range.start, range.end);
        match tokens.last_mut() {
            Some(last) if kind == TokenKind::Space && last.kind == TokenKind::Space => {
                last.span.end = end;
            }
            _ => tokens.push(Token {
                span: start..end,
                kind,
            }),
        }
    });
    tokens
}

/// Number of word tokens in `text`.
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    for_each_piece(text, |_, kind| n += usize::from(kind == TokenKind::Word));
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

    /// Tokens as the full UAX #29 algorithm and `kind_of` give them.
    fn reference(text: &str) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::new();
        for (i, w) in text.split_word_bound_indices() {
            let kind = kind_of(w);
            match out.last_mut() {
                Some(last) if kind == TokenKind::Space && last.kind == TokenKind::Space => {
                    last.span.end = i + w.len();
                }
                _ => out.push(Token {
                    span: i..i + w.len(),
                    kind,
                }),
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_kinds_agree_with_the_full_algorithm(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", "é", "0", "²", "½", "¹", "_", "\u{202f}", "\u{a0}", "\u{2007}", " ",
                "\t", "\n", ".", "'", "’", ",", ":", "·", "-", "“", "¶", "×", "…", "東", "👍",
                "$", "%", "€",
            ]), 0..30)
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(tokenize(&text), reference(&text), "{:?}", text);
        }
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
