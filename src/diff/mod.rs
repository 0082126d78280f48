//! Diff words: the word ops inside each aligned group, cleaned up so changes read as phrases,
//! under the options that say what counts as equal.

mod compared;
pub(crate) mod ops;
pub(crate) mod options;
mod segments;
pub(crate) mod words;

pub use ops::{OpTag, WordOp};
pub use options::DiffOptions;
