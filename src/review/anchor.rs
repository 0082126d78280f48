//! Verdicts attached to the findings of a comparison: each entry goes to the finding with the
//! same anchor; failing that, to the one finding of the same kind and evidence whose row kept
//! one side's text (an edit on the other side, or a neighbouring sentence joined to the row);
//! failing that, to the one of the same kind and evidence whose row holds part of the
//! entry's row on both sides, or the whole of it (a round trip's joined row and a pair's).
//! Entries that find no finding are orphaned: shown in a list, never dropped.

use std::collections::HashMap;

use super::record::{Anchor, Review};
use crate::comparison::Comparison;

/// Which entry of a review each finding has, and the entries no finding took.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attached {
    /// For finding `k`, the index of its entry in the review.
    pub entries: Vec<Option<usize>>,
    /// Entries attached to no finding, in the review's order.
    pub orphaned: Vec<usize>,
}

impl Attached {
    /// How many findings have a verdict.
    pub fn reviewed(&self, review: &Review) -> usize {
        self.entries
            .iter()
            .flatten()
            .filter(|&&e| review.entries[e].verdict.is_some())
            .count()
    }
}

/// How an entry's row and a finding's row must relate for the entry to go to the finding.
type SameRow<'a> = dyn Fn(&Anchor, &Anchor) -> bool + 'a;

/// Attaches a review's entries to a comparison's findings.
pub fn attach(review: &Review, cmp: &Comparison) -> Attached {
    let anchors: Vec<Anchor> = cmp.findings.iter().map(|f| Anchor::of(cmp, f)).collect();
    let mut entries = vec![None; anchors.len()];
    let mut taken = vec![false; review.entries.len()];
    let exact: HashMap<&Anchor, usize> = review
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (&e.anchor, i))
        .collect();
    for (k, a) in anchors.iter().enumerate() {
        if let Some(&i) = exact.get(a).filter(|&&i| !taken[i]) {
            entries[k] = Some(i);
            taken[i] = true;
        }
    }
    // Then, pass by pass: same kind and evidence, rows related as each rule says, and only
    // one such finding left (two alike would be a guess).
    // - One side's text unchanged: an edit on the other side.
    // - A row that holds part of the entry's row, or the whole of it, on both sides. A round
    //   trip joins a pair's rows where the translation joined their sentences, so a verdict
    //   made there meets the pair's own rows in `report ORIGINAL BACK`, and one made on the
    //   pair meets the joined row in the round trip.
    let nested =
        |x: &str, y: &str| !x.is_empty() && !y.is_empty() && (x.contains(y) || y.contains(x));
    let rules: [&SameRow<'_>; 2] = [
        &|a, b| b.old_text == a.old_text || b.new_text == a.new_text,
        &|a, b| nested(&b.old_text, &a.old_text) && nested(&b.new_text, &a.new_text),
    ];
    for same_row in rules {
        for (i, e) in review.entries.iter().enumerate() {
            if taken[i] {
                continue;
            }
            let a = &e.anchor;
            let mut candidates = anchors.iter().enumerate().filter(|(k, b)| {
                entries[*k].is_none()
                    && b.kind == a.kind
                    && b.left == a.left
                    && b.right == a.right
                    && same_row(a, b)
            });
            if let (Some((k, _)), None) = (candidates.next(), candidates.next()) {
                entries[k] = Some(i);
                taken[i] = true;
            }
        }
    }
    let orphaned = (0..review.entries.len()).filter(|&i| !taken[i]).collect();
    Attached { entries, orphaned }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::comparison::FindingKind;
    use crate::diff::options::DiffOptions;
    use crate::knowledge::Knowledge;
    use crate::load::document::Document;
    use crate::review::record::{Entry, Verdict};

    fn pair() -> Comparison {
        let doc = |name: &str, text: &str| Arc::new(Document::from_text(name, text));
        crate::compare::compare(
            doc(
                "original",
                "The minister arrived on Monday. He said “we will certainly meet again soon” to \
                 the press. Talks went on all week.",
            ),
            doc(
                "back",
                "The minister arrived on Monday. He said “we shall surely meet again soon” to \
                 the press. Talks went on all week.",
            ),
            DiffOptions::default(),
            &Knowledge::none(),
        )
    }

    #[test]
    fn a_verdict_made_on_a_joined_row_finds_its_finding_on_the_pair_s_own_row() {
        let cmp = pair();
        let k = cmp
            .findings
            .iter()
            .position(|f| f.kind == FindingKind::Quote)
            .expect("a reworded quotation");
        let own = Anchor::of(&cmp, &cmp.findings[k]);
        // The round trip's row held the sentence after it too.
        let joined = Anchor {
            old_text: format!("{} Talks went on all week.", own.old_text),
            new_text: format!("{} Talks went on all week.", own.new_text),
            ..own.clone()
        };
        let mut review = Review::new("original", "back");
        review
            .entries
            .push(Entry::new(joined.clone(), Some(Verdict::Acceptable), None));
        let attached = attach(&review, &cmp);
        assert_eq!(attached.entries[k], Some(0));
        assert!(attached.orphaned.is_empty());
        // Other evidence is another finding's verdict: it stays orphaned.
        review.entries[0].anchor = Anchor {
            left: "we will meet".to_string(),
            ..joined
        };
        assert_eq!(attach(&review, &cmp).orphaned, [0]);
    }
}
