//! One side of a row, tokenized once for all the checks, and fixed word tables.

pub use crate::segment::tokens::Text;
pub use crate::segment::word_table::WordTable;
