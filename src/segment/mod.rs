//! Segment: a document's text cut into sentences and clauses, every piece a byte span of the
//! text. UAX #29 with fixes for abbreviations, initials and numbers; a fast path for
//! Latin-script text. The word tokens they are read with are the ground floor's (`text/`).

pub(crate) mod abbreviations;
pub(crate) mod clauses;
mod list_items;
pub(crate) mod sentence_bounds;
pub(crate) mod sentences;
pub(crate) mod wrapping;

pub use sentences::{Sentence, sentences, sentences_in};
pub use wrapping::{reflow, wrap_width};
