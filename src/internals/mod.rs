//! Internals that the fuzz target, the integration tests, the benchmarks and the examples
//! reach into. Not part of the library's API: hidden from its documentation and free to
//! change.

pub mod invariants;

pub use crate::diff::words::diff_words;
