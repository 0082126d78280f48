//! Align: which sentences of the old version face which of the new. The units paired are
//! clauses (`units`): their features and similarity, anchors and banded dynamic programming
//! over the gaps between them (`anchored`, `gaps`), then whole-sentence rows from the clause
//! pairs; and moves (a dropped and an added sentence that say the same thing).

mod anchored;
mod anchors;
mod band;
pub(crate) mod cross;
pub(crate) mod features;
mod gaps;
pub(crate) mod group;
pub(crate) mod length;
pub(crate) mod lone_pairs;
pub(crate) mod marks;
pub(crate) mod moves;
mod scorer;
pub(crate) mod similarity;
pub(crate) mod units;

pub use anchored::align;
pub(crate) use group::{Group, SideInput};
pub use units::{UnitSide, align_sentences};
