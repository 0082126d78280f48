//! driftview's core: load → segment → align → diff words → findings → lay out.
//!
//! Nothing here knows the terminal; the reader (`src/tui`) and the reports consume it.

pub mod align;
mod char_classes;
pub mod compare;
pub mod corpus;
pub mod decode;
pub mod drift;
pub mod html;
pub mod invariants;
pub mod layout;
pub mod moves;
pub mod normalize;
pub mod read_bytes;
pub mod report;
pub mod samples;
pub mod segment;
pub mod sentence_bounds;
pub mod side;
pub mod similarity;
pub mod tokens;
pub mod word_bounds;
pub mod word_diff;
pub mod word_table;

pub use compare::{Comparison, Row, RowKind, Stats, compare};
pub use corpus::{Corpus, Document, LoadError, load_paths_with};
pub use normalize::DiffOptions;
pub use side::{Pair, Side};
