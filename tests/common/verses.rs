//! A verse checker for the Bible pairs: whether each old sentence sits in the same row as the
//! same verse of the new translation. The `-lines` files (a verse per line, in the same order
//! in both) give every word its verse; the files compared (the same words, wrapped otherwise)
//! are then checked sentence by sentence. Chapters whose verse lines do not pair one to one are
//! left out. Used by `tests/alignment_quality.rs` and `examples/verse_check.rs`.

use std::collections::HashSet;

use driftview::text::word_count;
use std::ops::Range;

use driftview::{Comparison, Pair, Side};

/// How a comparison of two translations fares against their verses.
pub(crate) struct VerseCheck {
    /// Old sentences in paired chapters.
    pub(crate) checked: usize,
    /// Of those, the ones whose row holds their verse on the new side.
    pub(crate) right: usize,
    /// Of the checked old sentences, those whose verse any new sentence of their row touches.
    pub(crate) right_touched: usize,
    /// The strict count (`right`) on the rows an aligner that knew the verses would make: the
    /// most any alignment of these sentences scores.
    pub(crate) right_at_best: usize,
    /// New sentences in paired chapters.
    pub(crate) new_checked: usize,
    /// Of those, the ones whose row holds their verse on the old side.
    pub(crate) new_right: usize,
    /// Rows by the number of sentences on their larger side: 1, 2, 3, 4-6, over 6.
    pub(crate) row_sizes: [usize; 5],
    /// Rows over 6 sentences on a side whose other side holds more than one sentence (one
    /// sentence may face up to 12: a verse one text writes as one sentence, the other as many).
    pub(crate) oversized: usize,
}

impl VerseCheck {
    /// The share of checked sentences in their verse's row, in percent.
    pub(crate) fn percent(&self) -> f64 {
        100.0 * self.right as f64 / self.checked.max(1) as f64
    }

    /// [`VerseCheck::percent`] on the rows an aligner that knew the verses would make.
    pub(crate) fn ceiling_percent(&self) -> f64 {
        100.0 * self.right_at_best as f64 / self.checked.max(1) as f64
    }

    /// The share of checked old sentences whose row's new side touches their verse, in percent.
    pub(crate) fn touched_percent(&self) -> f64 {
        100.0 * self.right_touched as f64 / self.checked.max(1) as f64
    }

    /// The share of checked new sentences in their verse's row, in percent.
    pub(crate) fn new_percent(&self) -> f64 {
        100.0 * self.new_right as f64 / self.new_checked.max(1) as f64
    }
}

fn is_heading(line: &str) -> bool {
    let Some((book, number)) = line.rsplit_once(' ') else {
        return false;
    };
    !line.starts_with("BOOK")
        && number.chars().all(|c| c.is_ascii_digit())
        && !number.is_empty()
        && book.chars().all(|c| c.is_alphanumeric() || c == ' ')
        && book.split(' ').count() <= 3
}

/// The verse (chapter, line) of every word of a `-lines` file, `None` outside paired chapters.
/// Chapters: each a heading's word count and its non-blank lines.
fn chapters(text: &str) -> Vec<(usize, Vec<&str>)> {
    let mut out: Vec<(usize, Vec<&str>)> = vec![(0, Vec::new())];
    for line in text.lines() {
        if is_heading(line) {
            out.push((word_count(line), Vec::new()));
        } else if !line.trim().is_empty() {
            out.last_mut().unwrap().1.push(line);
        }
    }
    out
}

/// The verse (chapter, line) of every word, `None` for headings and unpaired chapters.
fn word_verses(
    own: &[(usize, Vec<&str>)],
    other: &[(usize, Vec<&str>)],
) -> Vec<Option<(usize, usize)>> {
    let mut verses = Vec::new();
    for (c, (heading_words, lines)) in own.iter().enumerate() {
        verses.extend(std::iter::repeat_n(None, *heading_words));
        let paired = c > 0 && other.get(c).is_some_and(|o| o.1.len() == lines.len());
        for (v, line) in lines.iter().enumerate() {
            let id = paired.then_some((c, v));
            verses.extend(std::iter::repeat_n(id, word_count(line)));
        }
    }
    verses
}

/// The verses every sentence of one side touches (any of its words), in order.
fn touched_verses(
    cmp: &Comparison,
    side: Side,
    verse_of: &[Option<(usize, usize)>],
) -> Vec<Vec<(usize, usize)>> {
    let text = &cmp.docs.get(side).text;
    let (mut words, mut at) = (0, 0);
    let mut out = Vec::with_capacity(cmp.sentences.get(side).len());
    for s in cmp.sentences.get(side) {
        words += word_count(&text[at..s.span.start]);
        let n = word_count(&text[s.span.clone()]);
        let mut verses: Vec<(usize, usize)> = verse_of
            .get(words..words + n)
            .unwrap_or_default()
            .iter()
            .flatten()
            .copied()
            .collect();
        verses.dedup();
        out.push(verses);
        words += n;
        at = s.span.end;
    }
    out
}

fn side_index(side: Side) -> usize {
    usize::from(side == Side::New)
}

/// How many sentences of `side` have a verse (`verses`), and how many of those sit in a row
/// (of `rows`, each row's sentences on both sides) whose other side has that verse among its
/// sentences' `across` verses.
fn in_their_rows(
    cmp: &Comparison,
    rows: &[Pair<Range<usize>>],
    side: Side,
    verses: &[Option<(usize, usize)>],
    across: &[Vec<(usize, usize)>],
) -> (usize, usize) {
    let other = if side == Side::Old {
        Side::New
    } else {
        Side::Old
    };
    let (mut checked, mut right) = (0, 0);
    for row in rows {
        let there: HashSet<(usize, usize)> = row
            .get(other)
            .clone()
            .flat_map(|j| across[j].iter().copied())
            .collect();
        for i in row.get(side).clone() {
            if let Some(v) = verses[i] {
                checked += 1;
                right += usize::from(there.contains(&v));
                if !there.contains(&v) && std::env::var_os("VERSE_DEBUG").is_some() && checked < 400
                {
                    let text = |side: Side| -> String {
                        let doc = &cmp.docs.get(side).text;
                        let sentences = &cmp.sentences.get(side)[row.get(side).clone()];
                        sentences
                            .iter()
                            .map(|s| &doc[s.span.clone()])
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    eprintln!("{v:?} {:?} | across {there:?}: {}", text(side), text(other));
                }
            }
        }
    }
    (checked, right)
}

/// The rows an aligner that knew the verses would make: both sides cut wherever each has a
/// sentence start at the same verse and no sentence before it running into that verse or
/// past it. Sentences cross verses differently in two translations ("And … Methuselah: And
/// Enoch walked …" is one sentence over two verses in one and two in the other), so these
/// rows hold more than one verse where they must, and the strict count on them is the most
/// any alignment of these sentences can score.
fn verse_rows(touched: [&[Vec<(usize, usize)>]; 2]) -> Vec<Pair<Range<usize>>> {
    // Each side's cuts: the sentence a cut falls before, by the verse it starts.
    let cuts = |side: &[Vec<(usize, usize)>]| -> Vec<((usize, usize), usize)> {
        let mut out = Vec::new();
        let mut last: Option<(usize, usize)> = None;
        for (k, verses) in side.iter().enumerate() {
            if let Some(&first) = verses.first()
                && last.is_none_or(|l| l < first)
            {
                out.push((first, k));
            }
            if let Some(&end) = verses.iter().max() {
                last = Some(last.map_or(end, |l| l.max(end)));
            }
        }
        out
    };
    let (old, new) = (cuts(touched[0]), cuts(touched[1]));
    let new_at: std::collections::HashMap<(usize, usize), usize> = new.into_iter().collect();
    let mut shared: Vec<(usize, usize)> = old
        .into_iter()
        .filter_map(|(verse, k)| new_at.get(&verse).map(|&j| (k, j)))
        .filter(|&(k, j)| k > 0 || j > 0)
        .collect();
    shared.push((touched[0].len(), touched[1].len()));
    let mut rows = Vec::with_capacity(shared.len());
    let (mut i, mut j) = (0, 0);
    for (k, l) in shared {
        rows.push(Pair::new(i..k, j..l));
        (i, j) = (k, l);
    }
    rows
}

/// Checks `cmp` (of two texts with the words of `old_lines` and `new_lines`) verse by verse.
pub(crate) fn verse_check(old_lines: &str, new_lines: &str, cmp: &Comparison) -> VerseCheck {
    let (kc, wc) = (chapters(old_lines), chapters(new_lines));
    let verse_of = [word_verses(&kc, &wc), word_verses(&wc, &kc)];
    // The verse of each sentence's first word.
    let sentence_verses: Vec<Vec<Option<(usize, usize)>>> = Side::BOTH
        .iter()
        .enumerate()
        .map(|(k, &side)| {
            let text = &cmp.docs.get(side).text;
            let mut words = 0;
            let mut at = 0;
            cmp.sentences
                .get(side)
                .iter()
                .map(|s| {
                    words += word_count(&text[at..s.span.start]);
                    let verse = verse_of[k].get(words).copied().flatten();
                    words += word_count(&text[s.span.clone()]);
                    at = s.span.end;
                    verse
                })
                .collect()
        })
        .collect();
    // The verse each new sentence starts in, as the verses the strict count looks for.
    let new_first: Vec<Vec<(usize, usize)>> = sentence_verses[side_index(Side::New)]
        .iter()
        .map(|v| v.iter().copied().collect())
        .collect();
    let old_touched = touched_verses(cmp, Side::Old, &verse_of[0]);
    let new_touched = touched_verses(cmp, Side::New, &verse_of[1]);
    // Old sentences against the verses the new side of their row starts in (the figure kept
    // since the first session), and against every verse it touches: the issue's "the row holds
    // that verse in both translations" (RV1909 runs verses together too).
    let rows: Vec<Pair<Range<usize>>> = cmp.rows.iter().map(|r| r.sentences.clone()).collect();
    let (checked, right) = in_their_rows(cmp, &rows, Side::Old, &sentence_verses[0], &new_first);
    let (_, right_touched) =
        in_their_rows(cmp, &rows, Side::Old, &sentence_verses[0], &new_touched);
    // The same strict count on the rows an aligner that knew the verses would make.
    let ideal = verse_rows([&old_touched, &new_touched]);
    let (_, right_at_best) = in_their_rows(cmp, &ideal, Side::Old, &sentence_verses[0], &new_first);
    // The other way round: each new sentence against every verse the old side of its row
    // touches (a KJV sentence often runs over three verses), so a row that holds more than the
    // verse's counterpart on the new side does not go unnoticed.
    let (new_checked, new_right) =
        in_their_rows(cmp, &rows, Side::New, &sentence_verses[1], &old_touched);
    let mut row_sizes = [0; 5];
    let mut oversized = 0;
    for row in &cmp.rows {
        let size = row.sentences.old.len().max(row.sentences.new.len());
        let other = row.sentences.old.len().min(row.sentences.new.len());
        oversized += usize::from(size > 6 && other > 1);
        row_sizes[match size {
            0..=1 => 0,
            2 => 1,
            3 => 2,
            4..=6 => 3,
            _ => 4,
        }] += 1;
    }
    VerseCheck {
        checked,
        right,
        right_touched,
        right_at_best,
        new_checked,
        new_right,
        row_sizes,
        oversized,
    }
}
