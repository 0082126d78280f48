//! The reviewer's record: a verdict and a note per finding, kept in a review file that
//! driftview owns (never in the documents). A verdict is anchored to what it is about (the
//! finding's kind and evidence and the two sides' text), not to a row number, so it stays
//! attached when the documents are edited and compared again (`anchor`); the file is written
//! atomically and merged with what another reader saved meanwhile (`store`); the reviewed
//! findings export as markdown, CSV or JSON (`export`).

pub mod anchor;
pub mod export;
pub mod issues;
pub mod record;
pub mod scoring;
pub mod store;
pub mod write_back;

pub use anchor::{Attached, attach};
pub use record::{Anchor, Entry, Review, Verdict};
pub use scoring::{ErrorSeverity, Score, ScoringModel};
pub use store::{ReviewError, default_path, load, save};
