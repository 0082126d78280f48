//! The ground floor every stage reads text with: word tokens as byte spans (`tokens.rs`, its
//! fast path `word_bounds.rs` over `char_classes.rs`, their kinds `token_kind.rs` and hashes
//! `token_hash.rs`), typography folded (`typography.rs`: quotes, dashes, spaces), fixed word
//! lists (`word_table.rs`), text made safe for a terminal (`visible.rs`) and the languages and scripts of a text (`language.rs`). It uses no
//! other folder of the library.

pub(crate) mod char_classes;
pub mod counted;
#[cfg(test)]
pub(crate) mod exhaustive;
pub(crate) mod language;
pub mod line_index;
pub(crate) mod stem;
pub(crate) mod token_hash;
pub(crate) mod token_kind;
pub(crate) mod tokens;
pub(crate) mod typography;
pub(crate) mod visible;
pub(crate) mod word_bounds;
pub(crate) mod word_table;
pub(crate) mod writing_system;

pub use language::Language;
pub use line_index::LineIndex;
pub use token_kind::TokenKind;
pub use tokens::{Token, tokenize, word_count};
pub use typography::fold_typography;
pub use visible::visible;
