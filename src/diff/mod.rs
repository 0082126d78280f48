//! Diff words: the word ops inside each aligned group, cleaned up so changes read as phrases,
//! under the options that say what counts as equal.

pub(crate) mod options;
pub(crate) mod words;

pub use options::DiffOptions;
pub use words::{OpTag, WordOp};
