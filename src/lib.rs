//! driftview's core: load → segment → align → diff words → findings → lay out.
//!
//! Each stage is a folder; [`compare()`] runs the pipeline on two documents and returns a
//! [`Comparison`], which the layout and the reports consume. Nothing here knows the terminal:
//! the reader (`src/tui`) and the command line (`src/cli`) are the binary's.

pub mod align;
pub mod compare;
pub mod comparison;
pub mod diff;
pub mod drift;
pub mod knowledge;
pub mod layout;
pub mod load;
pub mod report;
pub mod review;
pub mod segment;
pub mod side;
pub mod text;
pub mod versions;

#[doc(hidden)]
pub mod internals;

pub use compare::compare;
pub use comparison::{Comparison, Finding, FindingKind, Row, RowKind, Severity, Stats};
pub use diff::DiffOptions;
pub use knowledge::Knowledge;
pub use load::{Corpus, Document, LoadError, LoadOptions, load_paths_with};
pub use side::{Pair, Side};
