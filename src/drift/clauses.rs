//! A clause dropped or added inside a row, in one language: a stretch of several words one
//! version has and the other lacks, read from the row's word diff.
//!
//! A whole sentence with no counterpart is a row of its own (`structure.rs`); a clause, or a
//! sentence the aligner kept in its neighbour's row, is visible only in the word diff, where a
//! reader sees it highlighted but no check named it.

use std::ops::Range;

use super::messages::{finding, short};
use crate::comparison::{Finding, FindingKind, Severity};
use crate::diff::{OpTag, WordOp};
use crate::side::Pair;
use crate::text::tokens::Text;
use rustc_hash::{FxHashMap, FxHashSet};

/// A change must lose (or gain) at least this many words more than it puts back to be a
/// clause: a rewording trades words about evenly ("And it came to pass" → "It happened" loses
/// three), a clause left out loses them all. Chosen on Exodus to Deuteronomy, KJV against
/// the WEB (tests/common/injection.rs).
pub(super) const MIN_CLAUSE_WORDS: usize = 5;

/// And what the change puts back is at most this share of what it takes: a change of 20
/// words against 14 is a rewording, 12 against 3 a clause gone.
const MAX_KEPT_SHARE: f64 = 0.4;

/// And at least this many of its words are nowhere on the other side of the row: a clause
/// moved within the row ("the hail shall come down upon them" → "The hail will come down
/// on") is dropped in one place and added in another, a clause left out is gone.
const MIN_ABSENT_WORDS: usize = 4;

/// How far around a row the other version is searched for a clause's words, in bytes:
/// about a verse or two of prose.
const NEIGHBOURHOOD: usize = 200;

/// One change of the word diff: the ops between two stretches both versions share.
#[derive(Default)]
struct Change {
    old: Option<Range<usize>>,
    new: Option<Range<usize>>,
    words: Pair<usize>,
}

impl Change {
    fn take(&mut self, op: &WordOp) {
        let widen = |r: &mut Option<Range<usize>>, by: &Range<usize>| {
            *r = Some(match r.take() {
                Some(r) => r.start.min(by.start)..r.end.max(by.end),
                None => by.clone(),
            });
        };
        match op.tag {
            OpTag::Delete => {
                widen(&mut self.old, &op.old);
                self.words.old += op.words;
            }
            OpTag::Insert => {
                widen(&mut self.new, &op.new);
                self.words.new += op.words;
            }
            OpTag::Equal => {}
        }
    }

    /// Which way the change leans, when it takes a clause out or puts one in.
    fn clause(&self) -> Option<bool> {
        let leans = |more: usize, less: usize| {
            more >= less + MIN_CLAUSE_WORDS && (less as f64) <= MAX_KEPT_SHARE * more as f64
        };
        if leans(self.words.old, self.words.new) {
            Some(true)
        } else if leans(self.words.new, self.words.old) {
            Some(false)
        } else {
            None
        }
    }
}

/// The clauses row `row`'s word diff `ops` drops or adds; `docs` are the two documents' texts
/// the ops' ranges point into.
pub(super) fn dropped_and_added(
    row: usize,
    ops: &[WordOp],
    docs: Pair<&str>,
    out: &mut Vec<Finding>,
) {
    // What each side has, made only for a row with a change that leans.
    let mut surroundings: Option<Pair<Surroundings>> = None;
    let mut change = Change::default();
    // Whether words both sides share came before the change in the row.
    let mut shared_before = false;
    let end = WordOp {
        tag: OpTag::Equal,
        old: 0..0,
        new: 0..0,
        words: 1,
    };
    for op in ops.iter().chain(std::iter::once(&end)) {
        if op.tag != OpTag::Equal {
            change.take(op);
            continue;
        }
        if op.words == 0 {
            // Only spaces or punctuation kept between two changes: still one change.
            continue;
        }
        // A change at the row's first or last words may be a clause the two versions cut
        // into neighbouring rows; one between shared words cannot have moved out of the row
        // without them.
        let at_edge = !std::mem::replace(&mut shared_before, true) || std::ptr::eq(op, &end);
        if let Some(dropped) = change.clause() {
            let sides = surroundings.get_or_insert_with(|| Surroundings::pair(ops, &docs));
            let stretch = if dropped {
                change.old.as_ref().map(|r| &docs.old[r.clone()])
            } else {
                change.new.as_ref().map(|r| &docs.new[r.clone()])
            };
            let (own, other) = if dropped {
                (&sides.old, &sides.new)
            } else {
                (&sides.new, &sides.old)
            };
            if other.lacks(stretch.unwrap_or_default(), (!at_edge).then_some(own)) {
                out.push(clause_finding(row, &change, &docs, dropped));
            }
        }
        change = Change::default();
    }
}

/// One side of a row as a clause the other side drops or adds is looked for in it.
struct Surroundings {
    /// The row's words on this side (on their [`keys`]).
    words: FxHashSet<u64>,
    /// Every three words in a row on this side, and [`NEIGHBOURHOOD`] bytes either side of
    /// it, with how many times each stands there: two versions may cut their sentences, and
    /// so their rows, at different places.
    runs: FxHashMap<[u64; 3], u32>,
}

impl Surroundings {
    /// Both sides of a row, by its word diff's ranges.
    fn pair(ops: &[WordOp], docs: &Pair<&str>) -> Pair<Surroundings> {
        Pair::new(
            Surroundings::of(docs.old, ops.iter().map(|op| &op.old)),
            Surroundings::of(docs.new, ops.iter().map(|op| &op.new)),
        )
    }

    fn of<'r>(doc: &str, ranges: impl Iterator<Item = &'r Range<usize>>) -> Surroundings {
        let (start, end) = ranges.fold((usize::MAX, 0), |(s, e), r| (s.min(r.start), e.max(r.end)));
        if start >= end {
            return Surroundings {
                words: FxHashSet::default(),
                runs: FxHashMap::default(),
            };
        }
        let mut from = start.saturating_sub(NEIGHBOURHOOD);
        while !doc.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (end + NEIGHBOURHOOD).min(doc.len());
        while !doc.is_char_boundary(to) {
            to += 1;
        }
        Surroundings {
            words: keys(&doc[start..end]).into_iter().collect(),
            runs: counted_runs(&keys(&doc[from..to])),
        }
    }

    /// Whether `stretch` is missing here: enough of its words are not in the row, and it is
    /// not here in runs of three words or more (a clause the other version kept but moved).
    /// With `own`, the side the stretch stands on, a run counts as kept only where this side
    /// has it more often than `own` has it outside the stretch: in a text that repeats itself
    /// ("the king of the city of" in the next verse, on both sides) that other copy is the
    /// neighbour's, not the clause moved.
    fn lacks(&self, stretch: &str, own: Option<&Surroundings>) -> bool {
        let keys = keys(stretch);
        let absent = keys.iter().filter(|k| !self.words.contains(*k)).count();
        let in_stretch = counted_runs(&keys);
        let mut kept = vec![false; keys.len()];
        for (i, w) in keys.windows(3).enumerate() {
            let run = run(w);
            let count = |runs: &FxHashMap<[u64; 3], u32>| runs.get(&run).copied().unwrap_or(0);
            let elsewhere =
                own.map_or(0, |own| count(&own.runs).saturating_sub(count(&in_stretch)));
            if count(&self.runs) > elsewhere {
                kept[i..i + 3].fill(true);
            }
        }
        let kept = kept.iter().filter(|&&k| k).count();
        absent >= MIN_ABSENT_WORDS && kept * 2 < keys.len()
    }
}

/// Each run of three words of `keys`, with how many times it stands there.
fn counted_runs(keys: &[u64]) -> FxHashMap<[u64; 3], u32> {
    let mut out: FxHashMap<[u64; 3], u32> = FxHashMap::default();
    for w in keys.windows(3) {
        *out.entry(run(w)).or_default() += 1;
    }
    out
}

fn run(words: &[u64]) -> [u64; 3] {
    [words[0], words[1], words[2]]
}

/// A text's words as they are compared: lower case, on their light stems ("quails" is
/// "quail"), each hashed: every word of a changed row and of the text around it is keyed, and
/// as strings (with runs of three cloned) they were 5% of the KJV/WEB report's instructions.
fn keys(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let mut lower = String::new();
    Text::new(text)
        .words()
        .map(|w| {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            let mut h = rustc_hash::FxHasher::default();
            crate::text::stem::stem(&lower).hash(&mut h);
            h.finish()
        })
        .collect()
}

fn clause_finding(row: usize, change: &Change, docs: &Pair<&str>, dropped: bool) -> Finding {
    let text = |r: &Option<Range<usize>>, doc: &str| {
        r.as_ref()
            .map_or(String::new(), |r| doc[r.clone()].trim().to_string())
    };
    let (left, right) = (text(&change.old, docs.old), text(&change.new, docs.new));
    let (words, stretch, way) = if dropped {
        (change.words.old, &left, "dropped")
    } else {
        (change.words.new, &right, "added")
    };
    let message = format!("clause {way} ({words} words): “{}”", short(stretch));
    finding(
        FindingKind::Clause,
        Severity::Medium,
        row,
        left,
        right,
        message,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::DiffOptions;
    use crate::diff::words::diff_words;

    fn clauses(old: &str, new: &str) -> Vec<String> {
        let ops = diff_words(old, 0, new, 0, &DiffOptions::default());
        let mut out = Vec::new();
        dropped_and_added(0, &ops, Pair::new(old, new), &mut out);
        out.into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn a_clause_left_out_is_named() {
        assert_eq!(
            clauses(
                "Pharaoh said, Go, for no straw shall be given to you, yet you shall deliver the bricks.",
                "Pharaoh said, Go, yet you shall deliver the bricks."
            ),
            ["clause dropped (8 words): “for no straw shall be given to you,”"]
        );
        assert_eq!(
            clauses(
                "Joseph died, and all that generation.",
                "Joseph died, and all his brothers, and all the elders of the house, and all that generation."
            ),
            ["clause added (11 words): “his brothers, and all the elders of the house, and all”"]
        );
    }

    #[test]
    fn a_clause_the_neighbouring_verses_repeat_on_both_sides_is_still_dropped() {
        // "the king of the city of" stands in the verse before, in both versions: that copy
        // is the neighbour's own, not the clause moved there.
        let before = "And the king of the city of Lachish came out to meet them. ";
        let old = format!(
            "{before}Then the scribe went out, and the king of the city of Sepharvaim followed him to the gate."
        );
        let new = format!("{before}Then the scribe went out to the gate.");
        let at = before.len();
        let ops = diff_words(&old[at..], at, &new[at..], at, &DiffOptions::default());
        let mut out = Vec::new();
        dropped_and_added(0, &ops, Pair::new(old.as_str(), new.as_str()), &mut out);
        let messages: Vec<&str> = out.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            ["clause dropped (10 words): “, and the king of the city of Sepharvaim followed him”"]
        );
    }

    #[test]
    fn a_rewording_or_a_few_words_are_no_clause() {
        // Words traded about evenly.
        assert!(
            clauses(
                "And Moses spake unto the people, saying, Fear ye not, stand still.",
                "Moses said to the people, “Don't be afraid. Stand still.”"
            )
            .is_empty()
        );
        // A clause moved within the row, or across the rows' edge: dropped in one place,
        // added in another.
        assert!(
            clauses(
                "I will not go out free; for I love my master, my wife, and my children.",
                "For I love my master, my wife, and my children: I will not go out free."
            )
            .is_empty()
        );
        // Fewer words than a clause.
        assert!(clauses("He went out into the dark night.", "He went out.").is_empty());
        assert!(clauses("Same words here.", "Same words here.").is_empty());
    }
}
