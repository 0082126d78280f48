//! One side of a row, tokenized once for all the checks, and fixed word tables.

pub(super) use crate::segment::tokens::Text;
pub(super) use crate::segment::word_table::WordTable;
