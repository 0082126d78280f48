//! Align: which sentences of the old version face which of the new. Sentence features and
//! their similarity, anchors and banded dynamic programming over the gaps between them, and
//! moves (a dropped and an added sentence that say the same thing).

pub(crate) mod gaps;
pub(crate) mod moves;
pub(crate) mod similarity;
