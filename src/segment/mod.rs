//! Segment: a document's text cut into sentences and word tokens, every piece a byte span of
//! the text. UAX #29 with fixes for abbreviations, initials and numbers; fast paths for
//! Latin-script text.

pub(crate) mod abbreviations;
pub(crate) mod char_classes;
pub(crate) mod clauses;
#[cfg(test)]
mod exhaustive;
pub(crate) mod language;
mod list_items;
pub(crate) mod sentence_bounds;
pub(crate) mod sentences;
pub(crate) mod token_hash;
pub(crate) mod token_kind;
pub(crate) mod tokens;
pub(crate) mod typography;
pub(crate) mod word_bounds;
pub(crate) mod word_table;
pub(crate) mod wrapping;

pub use language::Language;
pub use sentences::{Sentence, sentences, sentences_in};
pub use token_kind::TokenKind;
pub use tokens::{Token, tokenize, word_count};
pub use typography::fold_typography;
pub use wrapping::{reflow, wrap_width};
