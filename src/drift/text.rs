//! One side of a row, tokenized once for all the checks.

use crate::tokens::{Token, TokenKind, tokenize};

/// A row side's text and its tokens.
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
