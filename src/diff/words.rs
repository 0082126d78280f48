//! Words inside an aligned group, diffed with `similar` and cleaned up for people: changes
//! are whole phrases, small islands of sameness between two changes are folded into them.

use std::hash::Hasher;
use std::ops::Range;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use rustc_hash::FxHashSet;
use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

use crate::diff::options::{DiffOptions, key};
use crate::segment::tokens::{Text, TokenKind};
use crate::segment::word_table::WordTable;

/// What an op does, in `similar`'s vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpTag {
    /// Text both sides share.
    Equal,
    /// Text only the old side has.
    Delete,
    /// Text only the new side has.
    Insert,
}

/// One step of a word diff, as byte ranges into the old and new documents.
///
/// `Equal` covers text on both sides that compares equal under the options (the two
/// ranges' text may still differ, e.g. in case); `Delete` has an empty `new` range and
/// `Insert` an empty `old` range. The ops of a group tile both sides' text in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordOp {
    /// What the step does.
    pub tag: OpTag,
    /// Byte range in the old document (empty for `Insert`).
    pub old: Range<usize>,
    /// Byte range in the new document (empty for `Delete`).
    pub new: Range<usize>,
    /// Words in the op's text (the old side's for `Equal`, which has as many on each side).
    pub words: usize,
}

/// No word diff may take longer than this; past it `similar` returns a coarser result.
const DEADLINE: Duration = Duration::from_millis(200);

/// Diffs with more units than this on both sides together run under [`DEADLINE`]; smaller
/// ones finish in well under a millisecond whatever they hold.
const DEADLINE_UNITS: usize = 2_000;

/// A comparable unit: a significant token plus the glue (spaces, ignored punctuation) after it.
struct Unit {
    range: Range<usize>,
    /// A hash of the token as compared (case folded or not, per the options).
    key: u64,
    /// A hash of the whitespace after the token, as compared (none when whitespace is ignored;
    /// a line break stands for any whitespace holding one), fed a byte at a time so pieces of
    /// whitespace hash like their concatenation. Hashes rather than strings keep a unit at 48
    /// bytes: a row of a million punctuation marks is a million units.
    space: u64,
    words: u32,
    chars: u32,
    stop_word: bool,
}

/// FNV-1a, byte by byte: the whitespace after a unit arrives in pieces.
const SPACE_SEED: u64 = 0xcbf2_9ce4_8422_2325;

fn hash_space(mut h: u64, piece: &str) -> u64 {
    for b in piece.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

static FILLERS: LazyLock<WordTable<()>> = LazyLock::new(|| WordTable::set(FILLER_WORDS));
const FILLER_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "and", "or", "is", "was", "that", "for", "by",
    "as", "it", "be",
];

fn units(source: &Text, base: usize, options: &DiffOptions) -> (Range<usize>, Vec<Unit>) {
    let (text, tokens) = (source.text, &source.tokens);
    let significant = |k: TokenKind| match k {
        TokenKind::Word => true,
        TokenKind::Punct => !options.ignore_punctuation,
        TokenKind::Space => false,
    };
    let lead_len = tokens
        .iter()
        .take_while(|t| !significant(t.kind))
        .map(|t| t.span.len())
        .sum::<usize>();
    let mut units: Vec<Unit> = Vec::new();
    for t in tokens.iter().skip_while(|t| !significant(t.kind)) {
        let piece = &text[t.span.clone()];
        if significant(t.kind) {
            let is_word = t.kind == TokenKind::Word;
            units.push(Unit {
                range: base + t.span.start..base + t.span.end,
                key: crate::segment::token_hash::hash_bytes(key(piece, options).as_bytes()),
                space: SPACE_SEED,
                words: u32::from(is_word),
                chars: u32::try_from(piece.chars().count()).unwrap_or(u32::MAX),
                stop_word: is_word && FILLERS.contains(piece),
            });
        } else if let Some(last) = units.last_mut() {
            last.range.end = base + t.span.end;
            if !options.ignore_whitespace && t.kind == TokenKind::Space {
                let space = if piece.contains('\n') { "\n" } else { piece };
                last.space = hash_space(last.space, space);
            }
        }
    }
    (base..base + lead_len, units)
}

/// Each unit as a 64-bit hash of what is compared: the diff then compares integers instead
/// of strings (interning them exactly in a map cost more than the whole diff). Two different
/// units share a hash with odds of about one in 2^64; they would then show as unchanged.
fn unit_ids(units: &[Unit]) -> Vec<u64> {
    units
        .iter()
        .map(|u| {
            let mut h = rustc_hash::FxHasher::default();
            h.write_u64(u.key);
            h.write_u64(u.space);
            h.finish()
        })
        .collect()
}

/// A run of units: the same on both sides, or changed.
#[derive(Debug, Clone)]
struct Segment {
    changed: bool,
    old: Range<usize>,
    new: Range<usize>,
}

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
    let (old_text, new_text) = (old.text, new.text);
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
    let (old_ids, new_ids) = (unit_ids(&old_units), unit_ids(&new_units));
    // Reading the clock on every step of small diffs cost more than the diffs themselves.
    let deadline =
        (old_ids.len() + new_ids.len() > DEADLINE_UNITS).then(|| Instant::now() + DEADLINE);
    let mut segments = diff_segments(&old_ids, &new_ids, deadline);
    absorb_small_equalities(&mut segments, &old_units, &new_units);
    let span = |units: &[Unit], r: &Range<usize>, fallback: usize| match r.is_empty() {
        true => fallback..fallback,
        false => units[r.start].range.start..units[r.end - 1].range.end,
    };
    let (mut old_pos, mut new_pos) = (old_lead.end, new_lead.end);
    let words = |units: &[Unit], r: &Range<usize>| {
        units[r.clone()]
            .iter()
            .map(|u| u.words as usize)
            .sum::<usize>()
    };
    for seg in segments {
        let old = span(&old_units, &seg.old, old_pos);
        let new = span(&new_units, &seg.new, new_pos);
        (old_pos, new_pos) = (old.end, new.end);
        if !seg.changed {
            push_equal(&mut ops, old, new, words(&old_units, &seg.old));
            continue;
        }
        // Trailing spaces stay outside the highlight: "the [-cat-] sat", not "[-cat -]".
        let (old, old_space) = split_trailing_space(old_text, old_base, old);
        let (new, new_space) = split_trailing_space(new_text, new_base, new);
        if !old.is_empty() {
            ops.push(WordOp {
                tag: OpTag::Delete,
                old: old.clone(),
                new: new.start..new.start,
                words: words(&old_units, &seg.old),
            });
        }
        if !new.is_empty() {
            ops.push(WordOp {
                tag: OpTag::Insert,
                old: old.end..old.end,
                new,
                words: words(&new_units, &seg.new),
            });
        }
        if !old_space.is_empty() || !new_space.is_empty() {
            push_equal(&mut ops, old_space, new_space, 0);
        }
    }
    // Kept for the life of the comparison, one per row: no spare capacity.
    ops.shrink_to_fit();
    ops
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

/// The diff of two unit sequences as alternating equal and changed segments.
///
/// Units found on one side only can never be matched, so they are set aside before Myers
/// runs on the rest, as GNU diff and git do: the longest common subsequence is the same, and
/// between two translations, which differ in many words, the search is several times smaller.
fn diff_segments(old: &[u64], new: &[u64], deadline: Option<Instant>) -> Vec<Segment> {
    let shared = |ids: &[u64], other: &[u64]| -> Vec<usize> {
        let present: FxHashSet<u64> = other.iter().copied().collect();
        (0..ids.len())
            .filter(|&i| present.contains(&ids[i]))
            .collect()
    };
    let (old_kept, new_kept) = (shared(old, new), shared(new, old));
    let pick = |ids: &[u64], kept: &[usize]| kept.iter().map(|&i| ids[i]).collect::<Vec<_>>();
    let (old_ids, new_ids) = (pick(old, &old_kept), pick(new, &new_kept));
    let diff = capture_diff_slices_deadline(Algorithm::Myers, &old_ids, &new_ids, deadline);
    let mut out: Vec<Segment> = Vec::new();
    let (mut o, mut n) = (0, 0);
    let (old_kept, new_kept) = (&old_kept, &new_kept);
    let matched = diff
        .iter()
        .filter_map(|op| match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => Some((old_index, new_index, len)),
            _ => None,
        })
        .flat_map(|(o, n, len)| (0..len).map(move |t| (old_kept[o + t], new_kept[n + t])));
    // The ends of both sequences close the last changed segment.
    for (mo, mn) in matched.chain([(old.len(), new.len())]) {
        if mo > o || mn > n {
            out.push(Segment {
                changed: true,
                old: o..mo,
                new: n..mn,
            });
        }
        if mo == old.len() && mn == new.len() {
            break;
        }
        match out.last_mut() {
            Some(last) if !last.changed => {
                last.old.end = mo + 1;
                last.new.end = mn + 1;
            }
            _ => out.push(Segment {
                changed: false,
                old: mo..mo + 1,
                new: mn..mn + 1,
            }),
        }
        (o, n) = (mo + 1, mn + 1);
    }
    out
}

/// Folds an equal segment into the changes around it when it is too slight to read as an
/// anchor: only punctuation, up to two filler words, or one word no longer than the changes on both sides
/// (the idea of diff-match-patch's semantic cleanup, on words).
fn absorb_small_equalities(segments: &mut Vec<Segment>, old: &[Unit], new: &[Unit]) {
    let weight = |units: &[Unit], r: &Range<usize>| {
        units[r.clone()]
            .iter()
            .map(|u| u.chars as usize)
            .sum::<usize>()
    };
    let mut i = 1;
    while i + 1 < segments.len() {
        let (before, eq, after) = (&segments[i - 1], &segments[i], &segments[i + 1]);
        if !before.changed || eq.changed || !after.changed {
            i += 1;
            continue;
        }
        let eq_units = &old[eq.old.clone()];
        let words: usize = eq_units.iter().map(|u| u.words as usize).sum();
        let chars = weight(old, &eq.old);
        let side = |s: &Segment| weight(old, &s.old).max(weight(new, &s.new));
        let slight = words == 0
            || (words <= 2 && eq_units.iter().all(|u| u.words == 0 || u.stop_word))
            || (words == 1 && chars <= side(before) && chars <= side(after));
        if slight {
            let merged = Segment {
                changed: true,
                old: before.old.start..after.old.end,
                new: before.new.start..after.new.end,
            };
            segments.splice(i - 1..i + 2, [merged]);
            i = i.saturating_sub(1).max(1);
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Length of the longest common subsequence, by the textbook table.
    fn lcs(a: &[u64], b: &[u64]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut diagonal = 0;
            for (j, y) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if x == y {
                    diagonal + 1
                } else {
                    row[j + 1].max(row[j])
                };
                diagonal = above;
            }
        }
        row[b.len()]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn segments_tile_both_sides_and_match_a_longest_common_subsequence(
            old in proptest::collection::vec(0u64..6, 0..25),
            new in proptest::collection::vec(0u64..6, 0..25),
        ) {
            let segments = diff_segments(&old, &new, None);
            let (mut o, mut n, mut matched) = (0, 0, 0);
            for s in &segments {
                proptest::prop_assert_eq!((s.old.start, s.new.start), (o, n));
                if !s.changed {
                    proptest::prop_assert_eq!(&old[s.old.clone()], &new[s.new.clone()]);
                    matched += s.old.len();
                }
                (o, n) = (s.old.end, s.new.end);
            }
            proptest::prop_assert_eq!((o, n), (old.len(), new.len()));
            proptest::prop_assert_eq!(matched, lcs(&old, &new));
        }
    }

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
