//! The kind of a token: a leaf that both tokenizers (the fast path and unicode-segmentation's
//! full rules) use, so neither imports the other.

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

/// The kind of one word-boundary piece.
pub(crate) fn kind_of(piece: &str) -> TokenKind {
    if piece.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if piece.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}
