//! A word diff's output: ops over byte ranges of the two documents, in `similar`'s vocabulary.

use std::ops::Range;

use serde::Serialize;

/// What an op does, in `similar`'s vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpTag {
    /// Text both sides share.
    Equal,
    /// Text only the old side has.
    Delete,
    /// Text only the new side has.
    Insert,
}

/// One step of a word diff, as byte ranges into the old and new documents.
///
/// `Equal` covers text on both sides that compares equal under the options (the two
/// ranges' text may still differ, e.g. in case); `Delete` has an empty `new` range and
/// `Insert` an empty `old` range. The ops of a group tile both sides' text in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordOp {
    /// What the step does.
    pub tag: OpTag,
    /// Byte range in the old document (empty for `Insert`).
    pub old: Range<usize>,
    /// Byte range in the new document (empty for `Delete`).
    pub new: Range<usize>,
    /// Words in the op's text (the old side's for `Equal`, which has as many on each side).
    pub words: usize,
}
