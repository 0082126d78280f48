//! Rows given by the documents themselves: the two sides of a PO or XLIFF file (or any
//! documents whose entries face each other one to one) are aligned entry by entry, each entry
//! a row however many sentences it holds.

use std::ops::Range;

use super::group::Group;
use crate::load::document::Document;
use crate::segment::sentences::Sentence;
use crate::side::Pair;

/// Both sides' sentences and one group per entry, when both documents have entries and as
/// many of them.
pub(super) fn entry_rows(
    old: &Document,
    new: &Document,
) -> Option<(Pair<Vec<Sentence>>, Vec<Group>)> {
    let (a, b) = (old.entries.as_ref()?, new.entries.as_ref()?);
    if a.len() != b.len() {
        return None;
    }
    let (s_old, s_new) = rayon::join(
        || super::prepare::sentences_of(old),
        || super::prepare::sentences_of(new),
    );
    let groups = runs(&s_old, a)
        .into_iter()
        .zip(runs(&s_new, b))
        .map(|(old, new)| Group {
            old,
            new,
            similarity: 0.0,
        })
        .collect();
    Some((Pair::new(s_old, s_new), groups))
}

/// The sentences of each entry: those starting inside its byte range.
fn runs(sentences: &[Sentence], entries: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut at = 0;
    entries
        .iter()
        .map(|e| {
            let start = at;
            while at < sentences.len() && sentences[at].span.start < e.end.max(e.start + 1) {
                at += 1;
            }
            start..at
        })
        .collect()
}
