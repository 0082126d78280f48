//! One side of a row, tokenized once for all the checks, and fixed word tables.

pub use crate::tokens::Text;
pub use crate::word_table::WordTable;
