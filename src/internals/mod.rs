//! Internals that the fuzz target, the integration tests, the benchmarks and the examples
//! reach into. Not part of the library's API: hidden from its documentation and free to
//! change.

pub mod invariants;

pub use crate::align::align;
pub use crate::align::features::Features;
pub use crate::align::group::{Group, SideInput};
pub use crate::align::{UnitSide, align_sentences};
pub use crate::diff::words::diff_words;
pub use crate::segment::clauses::clause_units;
