//! Words inside an aligned group, diffed with `similar` and cleaned up for people: changes
//! are whole phrases, small islands of sameness between two changes are folded into them.

use std::ops::Range;
use std::time::{Duration, Instant};

use crate::diff::options::DiffOptions;
use crate::text::tokens::Text;

use super::compared::{Unit, unit_ids, units};
use super::ops::{OpTag, WordOp};
use super::segments::{Segment, absorb_small_equalities, diff_segments};

/// No word diff may take longer than this; past it `similar` returns a coarser result.
const DEADLINE: Duration = Duration::from_millis(200);

/// Diffs with more units than this on both sides together run under [`DEADLINE`]; smaller
/// ones finish in well under a millisecond whatever they hold.
const DEADLINE_UNITS: usize = 2_000;

/// Diffs the words of `old_text` (found at byte `old_base` of its document) against
/// `new_text` (at `new_base`).
pub fn diff_words(
    old_text: &str,
    old_base: usize,
    new_text: &str,
    new_base: usize,
    options: &DiffOptions,
) -> Vec<WordOp> {
    diff_texts(
        &Text::new(old_text),
        old_base,
        &Text::new(new_text),
        new_base,
        options,
    )
}

/// [`diff_words`] on texts already cut into tokens.
pub(crate) fn diff_texts(
    old: &Text,
    old_base: usize,
    new: &Text,
    new_base: usize,
    options: &DiffOptions,
) -> Vec<WordOp> {
    let (old_lead, old_units) = units(old, old_base, options);
    let (new_lead, new_units) = units(new, new_base, options);
    let mut ops = Vec::new();
    if !old_lead.is_empty() || !new_lead.is_empty() {
        ops.push(WordOp {
            tag: OpTag::Equal,
            old: old_lead.clone(),
            new: new_lead.clone(),
            words: 0,
        });
    }
    let segments = cleaned_segments(&old_units, &new_units);
    let sides = Sides {
        old: (old, old_base, &old_units),
        new: (new, new_base, &new_units),
    };
    let (mut old_pos, mut new_pos) = (old_lead.end, new_lead.end);
    for seg in segments {
        (old_pos, new_pos) = sides.push_ops(&mut ops, &seg, old_pos, new_pos);
    }
    // Kept for the life of the comparison, one per row: no spare capacity.
    ops.shrink_to_fit();
    ops
}

/// The segments of two unit lists, diffed under the deadline when they are large, with the
/// slight equalities folded into the changes around them.
fn cleaned_segments(old: &[Unit], new: &[Unit]) -> Vec<Segment> {
    let (old_ids, new_ids) = (unit_ids(old), unit_ids(new));
    // Reading the clock on every step of small diffs cost more than the diffs themselves.
    let deadline =
        (old_ids.len() + new_ids.len() > DEADLINE_UNITS).then(|| Instant::now() + DEADLINE);
    let mut segments = diff_segments(&old_ids, &new_ids, deadline);
    absorb_small_equalities(&mut segments, old, new);
    segments
}

/// Each side's text, where it starts in its document, and its units.
struct Sides<'a> {
    old: (&'a Text<'a>, usize, &'a [Unit]),
    new: (&'a Text<'a>, usize, &'a [Unit]),
}

/// The byte range a run of units covers (empty at `fallback` for no units).
fn span(units: &[Unit], r: &Range<usize>, fallback: usize) -> Range<usize> {
    match r.is_empty() {
        true => fallback..fallback,
        false => units[r.start].range.start..units[r.end - 1].range.end,
    }
}

/// Words in a run of units.
fn words(units: &[Unit], r: &Range<usize>) -> usize {
    units[r.clone()].iter().map(|u| u.words as usize).sum()
}

impl Sides<'_> {
    /// Appends the ops of one segment starting at the given byte positions; returns where
    /// the next one starts.
    fn push_ops(
        &self,
        ops: &mut Vec<WordOp>,
        seg: &Segment,
        old_pos: usize,
        new_pos: usize,
    ) -> (usize, usize) {
        let (old_text, old_base, old_units) = self.old;
        let (new_text, new_base, new_units) = self.new;
        let old = span(old_units, &seg.old, old_pos);
        let new = span(new_units, &seg.new, new_pos);
        let next = (old.end, new.end);
        if !seg.changed {
            push_equal(ops, old, new, words(old_units, &seg.old));
            return next;
        }
        // Trailing spaces stay outside the highlight: "the [-cat-] sat", not "[-cat -]".
        let (old, old_space) = split_trailing_space(old_text.text, old_base, old);
        let (new, new_space) = split_trailing_space(new_text.text, new_base, new);
        if !old.is_empty() {
            ops.push(WordOp {
                tag: OpTag::Delete,
                old: old.clone(),
                new: new.start..new.start,
                words: words(old_units, &seg.old),
            });
        }
        if !new.is_empty() {
            ops.push(WordOp {
                tag: OpTag::Insert,
                old: old.end..old.end,
                new,
                words: words(new_units, &seg.new),
            });
        }
        if !old_space.is_empty() || !new_space.is_empty() {
            push_equal(ops, old_space, new_space, 0);
        }
        next
    }
}

fn split_trailing_space(text: &str, base: usize, r: Range<usize>) -> (Range<usize>, Range<usize>) {
    let piece = &text[r.start - base..r.end - base];
    let cut = r.start + piece.trim_end().len();
    (r.start..cut, cut..r.end)
}

/// Appends an equal op, joining it to an equal op just before it.
fn push_equal(ops: &mut Vec<WordOp>, old: Range<usize>, new: Range<usize>, words: usize) {
    // A space present on one side only (after an insertion or a deletion) stays an op of
    // its own, so a one-column view can still show it.
    let one_sided = |o: &Range<usize>, n: &Range<usize>| o.is_empty() != n.is_empty();
    if let Some(last) = ops.last_mut()
        && last.tag == OpTag::Equal
        && last.old.end == old.start
        && last.new.end == new.start
        && !one_sided(&last.old, &last.new)
        && !one_sided(&old, &new)
    {
        last.old.end = old.end;
        last.new.end = new.end;
        last.words += words;
        return;
    }
    ops.push(WordOp {
        tag: OpTag::Equal,
        old,
        new,
        words,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Length of the longest common subsequence, by the textbook table.
    /// Renders ops as `[-deleted-]{+inserted+}` for readable asserts.
    fn marked(old: &str, new: &str, options: &DiffOptions) -> String {
        let mut out = String::new();
        for op in diff_words(old, 0, new, 0, options) {
            match op.tag {
                OpTag::Equal => out.push_str(&old[op.old]),
                OpTag::Delete => out.push_str(&format!("[-{}-]", &old[op.old])),
                OpTag::Insert => out.push_str(&format!("{{+{}+}}", &new[op.new])),
            }
        }
        out
    }

    fn plain(old: &str, new: &str) -> String {
        marked(old, new, &DiffOptions::default())
    }

    #[test]
    fn a_changed_word_is_marked_whole() {
        assert_eq!(
            plain("the cat sat", "the dog sat"),
            "the [-cat-]{+dog+} sat"
        );
    }

    #[test]
    fn punctuation_change_marks_the_comma_not_the_word() {
        assert_eq!(
            plain("hello, world", "hello. world"),
            "hello[-,-]{+.+} world"
        );
    }

    #[test]
    fn a_lone_filler_word_between_changes_is_folded_in() {
        assert_eq!(
            plain(
                "military build-up near the border with Ukraine",
                "military buildup near the Ukrainian border"
            ),
            "military [-build-up-]{+buildup+} near the [-border with Ukraine-]{+Ukrainian border+}"
        );
    }

    #[test]
    fn a_word_hyphenated_at_a_line_end_is_the_word_whole() {
        // As man pages and justified text break words: the same word, whichever line it
        // stands on.
        assert_eq!(
            plain(
                "is speci\u{2010}\nfied and over-\nridden here",
                "is specified and overridden here"
            ),
            "is speci\u{2010}\nfied and over-\nridden here"
        );
        // groff's hyphen (U+2010) joins a word in capitals too.
        assert_eq!(
            plain(
                "the VER\u{2010}\n  SION_CONTROL variable",
                "the VERSION_CONTROL variable"
            ),
            "the VER\u{2010}\n  SION_CONTROL variable"
        );
        // An ASCII hyphen before a capital, or one within a line, is the text's own.
        assert_eq!(
            plain("the north-\nWest wing", "the northWest wing"),
            "the [-north-\nWest-]{+northWest+} wing"
        );
        assert_eq!(plain("re-enter", "reenter"), "[-re-enter-]{+reenter+}");
        // A word changed across the break is still a change.
        assert_eq!(
            plain("is speci\u{2010}\nfied", "is specific"),
            "is [-speci\u{2010}\nfied-]{+specific+}"
        );
    }

    #[test]
    fn typographic_variants_are_equal() {
        assert_eq!(
            plain("it’s “fine” — ok", "it's \"fine\" - ok"),
            "it’s “fine” — ok"
        );
    }

    #[test]
    fn ignore_case_and_punctuation() {
        let o = DiffOptions {
            ignore_case: true,
            ignore_punctuation: true,
            ..Default::default()
        };
        assert_eq!(marked("The end, now.", "the end now", &o), "The end, now.");
        assert_eq!(plain("The end", "the end"), "[-The-]{+the+} end");
    }

    #[test]
    fn whitespace_counts_only_when_asked() {
        assert_eq!(plain("a  b", "a b"), "a  b");
        let o = DiffOptions {
            ignore_whitespace: false,
            ..Default::default()
        };
        assert_eq!(marked("a  b", "a b", &o), "[-a-]{+a+}  b");
    }

    #[test]
    fn ops_rebuild_both_sides() {
        let (old, new) = (
            "“Leaders agreed,” he said. Yes",
            "Leaders agreed, she said! No",
        );
        let ops = diff_words(old, 0, new, 0, &DiffOptions::default());
        let rebuild = |f: fn(&WordOp) -> Option<&Range<usize>>, text: &str| -> String {
            ops.iter().filter_map(f).map(|r| &text[r.clone()]).collect()
        };
        assert_eq!(
            rebuild(|o| (o.tag != OpTag::Insert).then_some(&o.old), old),
            old
        );
        assert_eq!(
            rebuild(|o| (o.tag != OpTag::Delete).then_some(&o.new), new),
            new
        );
    }
}
