//! Alignment fixes the reviewer makes by hand (join a row with the next, split a row, move a
//! sentence to the row above or below), kept in the review file in the order they were made.
//! A fix is kept as the rows it left, each by its sentences' text on each side, not by row
//! number, so it is found again when the pair is opened after an edit elsewhere; a fix whose
//! sentences are gone is stale, kept in the file and named, never applied to other sentences.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::compare::relink;
use crate::comparison::Comparison;
use crate::knowledge::Knowledge;
use crate::side::{Pair, Side};
use crate::text::typography::single_spaced as normalise;

/// What the reviewer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixAction {
    /// A row joined with the next.
    Join,
    /// A row split in two (see `split`).
    Split,
    /// The first sentence of a row's old side moved into the row above.
    MoveOldUp,
    /// The last sentence of a row's old side moved into the row below.
    MoveOldDown,
    /// The first sentence of a row's new side moved into the row above.
    MoveNewUp,
    /// The last sentence of a row's new side moved into the row below.
    MoveNewDown,
}

impl FixAction {
    /// What the two sides are called in the words of [`FixAction::describe`]: source and
    /// translation across languages, else old and new version.
    pub fn sides(across: bool) -> [&'static str; 2] {
        if across {
            ["source", "translation"]
        } else {
            ["old version", "new version"]
        }
    }

    /// The action in words; `sides` names the two sides ("source", "translation").
    pub fn describe(self, sides: [&str; 2]) -> String {
        match self {
            FixAction::Join => "rows joined".into(),
            FixAction::Split => "row split".into(),
            FixAction::MoveOldUp => format!("a sentence of the {} moved up", sides[0]),
            FixAction::MoveOldDown => format!("a sentence of the {} moved down", sides[0]),
            FixAction::MoveNewUp => format!("a sentence of the {} moved up", sides[1]),
            FixAction::MoveNewDown => format!("a sentence of the {} moved down", sides[1]),
        }
    }
}

/// A row a fix left: its sentences' text on each side (runs of white space as one space),
/// and where its first sentence of each side stood (to choose among repeated sentences).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixedRow {
    /// The old side's sentences.
    pub old: Vec<String>,
    /// The new side's sentences.
    pub new: Vec<String>,
    /// The index of the row's first sentence on each side when the fix was made.
    pub at: [usize; 2],
}

/// One fix: what was done and the rows it left, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlignmentFix {
    /// What the reviewer did.
    pub action: FixAction,
    /// The rows as the fix left them.
    pub rows: Vec<FixedRow>,
}

/// `cmp` with the fixes laid on its rows in order, and whether each fix was applied (false:
/// stale, its sentences not found); `None` when there are no fixes.
pub fn with_fixes(
    cmp: &Comparison,
    fixes: &[AlignmentFix],
    knowledge: &Knowledge,
) -> Option<(Comparison, Vec<bool>)> {
    if fixes.is_empty() {
        return None;
    }
    let all = |side: Side| sentence_texts(cmp, side, 0..cmp.sentences.get(side).len());
    let texts = Pair::new(all(Side::Old), all(Side::New));
    let located: Vec<Option<Vec<Pair<Range<usize>>>>> = fixes
        .iter()
        .map(|fix| fix.rows.iter().map(|row| locate(&texts, row)).collect())
        .collect();
    let links: Vec<Pair<Range<usize>>> = located.iter().flatten().flatten().cloned().collect();
    let (fixed, laid) = relink(cmp, &links, knowledge);
    let mut laid = laid.into_iter();
    let applied = located
        .iter()
        .map(|found| match found {
            Some(rows) => laid.by_ref().take(rows.len()).all(|r| r.is_ok()),
            None => false,
        })
        .collect();
    Some((fixed, applied))
}

/// The text of sentences `range` of one side, each single-spaced.
fn sentence_texts(cmp: &Comparison, side: Side, range: Range<usize>) -> Vec<String> {
    let text = &cmp.docs.get(side).text;
    cmp.sentences.get(side)[range]
        .iter()
        .map(|s| normalise(&text[s.span.clone()]))
        .collect()
}

/// Where a fixed row's sentences are now: on each side the run of sentences with its texts
/// nearest to where it stood; `None` when a side's run is found nowhere.
fn locate(texts: &Pair<Vec<String>>, row: &FixedRow) -> Option<Pair<Range<usize>>> {
    let find = |all: &[String], wanted: &[String], at: usize| -> Option<Range<usize>> {
        if wanted.is_empty() {
            let at = at.min(all.len());
            return Some(at..at);
        }
        (0..=all.len().saturating_sub(wanted.len()))
            .filter(|&i| all[i..].starts_with(wanted))
            .min_by_key(|&i| i.abs_diff(at))
            .map(|i| i..i + wanted.len())
    };
    Some(Pair::new(
        find(&texts.old, &row.old, row.at[0])?,
        find(&texts.new, &row.new, row.at[1])?,
    ))
}

/// A row to keep in a fix: the sentences `on` of `cmp`.
fn fixed_row(cmp: &Comparison, on: &Pair<Range<usize>>) -> FixedRow {
    FixedRow {
        old: sentence_texts(cmp, Side::Old, on.old.clone()),
        new: sentence_texts(cmp, Side::New, on.new.clone()),
        at: [on.old.start, on.new.start],
    }
}

/// Why a fix cannot be made on a row, in words for the status bar.
pub type Refusal = &'static str;

/// The fix `action` makes on `row` of `cmp` (the rows on screen, earlier fixes laid).
pub fn make(cmp: &Comparison, row: usize, action: FixAction) -> Result<AlignmentFix, Refusal> {
    if cmp.docs.new.entry_notes.is_some() || cmp.docs.old.entry_notes.is_some() {
        return Err("a catalogue's entries are its rows: they are not joined or split");
    }
    let at = |k: usize| cmp.rows.get(k).map(|r| r.sentences.clone());
    let here = at(row).ok_or("no row here")?;
    let rows = match action {
        FixAction::Join => {
            let next = at(row + 1).ok_or("the last row has no row below to join")?;
            vec![Pair::new(
                union(&here.old, &next.old),
                union(&here.new, &next.new),
            )]
        }
        FixAction::Split => split(cmp, &here)?,
        FixAction::MoveOldUp | FixAction::MoveNewUp => {
            let side = if action == FixAction::MoveOldUp {
                Side::Old
            } else {
                Side::New
            };
            let above = row
                .checked_sub(1)
                .and_then(at)
                .ok_or("the first row has no row above")?;
            let mine = here.get(side);
            if mine.is_empty() {
                return Err("this row has no sentence on that side");
            }
            let moved = mine.start..mine.start + 1;
            let mut up = above.clone();
            *up.get_mut(side) = union(above.get(side), &moved);
            let mut rest = here.clone();
            *rest.get_mut(side) = moved.end..mine.end;
            vec![up, rest]
        }
        FixAction::MoveOldDown | FixAction::MoveNewDown => {
            let side = if action == FixAction::MoveOldDown {
                Side::Old
            } else {
                Side::New
            };
            let below = at(row + 1).ok_or("the last row has no row below")?;
            let mine = here.get(side);
            if mine.is_empty() {
                return Err("this row has no sentence on that side");
            }
            let moved = mine.end - 1..mine.end;
            let mut rest = here.clone();
            *rest.get_mut(side) = mine.start..moved.start;
            let mut down = below.clone();
            *down.get_mut(side) = union(&moved, below.get(side));
            vec![rest, down]
        }
    };
    let rows = rows
        .iter()
        .filter(|r| !r.old.is_empty() || !r.new.is_empty())
        .map(|r| fixed_row(cmp, r))
        .collect();
    Ok(AlignmentFix { action, rows })
}

/// A row split in two. One sentence against two (the aligner's usual mistake: an omission
/// or an addition folded into a neighbour's row): the single sentence stays with whichever of
/// the two its length pairs with best, at the documents' own ratio of lengths, and the other
/// stands alone. Otherwise after the first sentence on each side; a one-to-one row into its
/// two sentences, each alone.
fn split(cmp: &Comparison, here: &Pair<Range<usize>>) -> Result<Vec<Pair<Range<usize>>>, Refusal> {
    let head = |r: &Range<usize>| r.start..(r.start + 1).min(r.end);
    let tail = |r: &Range<usize>| (r.start + 1).min(r.end)..r.end;
    match (here.old.len(), here.new.len()) {
        (2, 1) | (1, 2) => {
            let many = if here.old.len() == 2 {
                Side::Old
            } else {
                Side::New
            };
            let pair = |first: bool| {
                let r = here.get(many);
                let (with, alone) = if first {
                    (head(r), tail(r))
                } else {
                    (tail(r), head(r))
                };
                let mut paired = here.clone();
                *paired.get_mut(many) = with;
                let mut lone = Pair::new(empty_after(&here.old), empty_after(&here.new));
                *lone.get_mut(many) = alone;
                if first {
                    vec![paired, lone]
                } else {
                    vec![lone, paired]
                }
            };
            let ratio = (cmp.docs.new.text.chars().count() as f64 + 1.0)
                / (cmp.docs.old.text.chars().count() as f64 + 1.0);
            let first_fits = length_misfit(cmp, &pair(true)[0], ratio)
                <= length_misfit(cmp, &pair(false)[1], ratio);
            Ok(pair(first_fits))
        }
        (o, n) if o > 1 || n > 1 => Ok(vec![
            Pair::new(head(&here.old), head(&here.new)),
            Pair::new(tail(&here.old), tail(&here.new)),
        ]),
        (1, 1) => Ok(vec![
            Pair::new(here.old.clone(), here.new.start..here.new.start),
            Pair::new(empty_after(&here.old), here.new.clone()),
        ]),
        _ => Err("one sentence: nothing to split"),
    }
}

/// How far a row's lengths are from `ratio`, the documents' own ratio of lengths (new to
/// old), as a logarithm's size.
fn length_misfit(cmp: &Comparison, row: &Pair<Range<usize>>, ratio: f64) -> f64 {
    let chars = |side: Side| -> f64 {
        let text = &cmp.docs.get(side).text;
        cmp.sentences.get(side)[row.get(side).clone()]
            .iter()
            .map(|s| text[s.span.clone()].chars().count())
            .sum::<usize>() as f64
            + 1.0
    };
    (chars(Side::New) / (chars(Side::Old) * ratio)).ln().abs()
}

/// The empty range just after `r`.
fn empty_after(r: &Range<usize>) -> Range<usize> {
    r.end..r.end
}

/// Two neighbouring sentence ranges as one (an empty one adds nothing).
fn union(a: &Range<usize>, b: &Range<usize>) -> Range<usize> {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.clone(),
        (_, true) => a.clone(),
        _ => a.start.min(b.start)..a.end.max(b.end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::RowKind;

    use crate::compare::compare_texts as pair;

    fn links(cmp: &Comparison) -> Vec<(Range<usize>, Range<usize>)> {
        cmp.rows
            .iter()
            .map(|r| (r.sentences.old.clone(), r.sentences.new.clone()))
            .collect()
    }

    /// `cmp` with `fixes` laid, each applied.
    fn fixed(cmp: &Comparison, fixes: &[AlignmentFix]) -> Comparison {
        let (out, applied) = with_fixes(cmp, fixes, &Knowledge::default()).unwrap();
        assert!(applied.iter().all(|&a| a), "{applied:?}");
        out
    }

    const OLD: &str = "The bridge opened in May.\n\nFerries run every hour.\n\nTickets cost two euros.\n\nThe mayor was pleased.\n";
    const NEW: &str =
        "The bridge opened in May.\n\nFerries run every hour.\n\nThe mayor was pleased.\n";

    #[test]
    fn each_action_leaves_the_rows_it_names() {
        let cmp = pair(OLD, NEW);
        assert_eq!(
            links(&cmp),
            [(0..1, 0..1), (1..2, 1..2), (2..3, 2..2), (3..4, 2..3)]
        );
        let join = make(&cmp, 1, FixAction::Join).unwrap();
        let joined = fixed(&cmp, std::slice::from_ref(&join));
        assert_eq!(links(&joined), [(0..1, 0..1), (1..3, 1..2), (3..4, 2..3)]);
        // Split undoes the join: the second sentence alone, where it was.
        let split = make(&joined, 1, FixAction::Split).unwrap();
        assert_eq!(links(&fixed(&cmp, &[join.clone(), split])), links(&cmp));
        // The dropped sentence moved up is the join.
        let up = make(&cmp, 2, FixAction::MoveOldUp).unwrap();
        assert_eq!(links(&fixed(&cmp, &[up])), links(&joined));
        // The joined row's last sentence moved down: it goes with "The mayor".
        let down = make(&joined, 1, FixAction::MoveOldDown).unwrap();
        assert_eq!(
            links(&fixed(&cmp, &[join.clone(), down])),
            [(0..1, 0..1), (1..2, 1..2), (2..4, 2..3)]
        );
        // A one-to-one row split: a dropped and an added sentence.
        let apart = make(&cmp, 0, FixAction::Split).unwrap();
        let apart = fixed(&cmp, &[apart]);
        assert_eq!(apart.rows[0].kind, RowKind::Deleted);
        assert_eq!(apart.rows[1].kind, RowKind::Inserted);
        // A new sentence moved up into the row above.
        let new_up = make(&cmp, 1, FixAction::MoveNewUp).unwrap();
        assert_eq!(
            links(&fixed(&cmp, &[new_up]))[..2],
            [(0..1, 0..2), (1..2, 2..2)]
        );
        assert_eq!(
            make(&cmp, 0, FixAction::MoveOldUp).unwrap_err(),
            "the first row has no row above"
        );
        assert_eq!(
            make(&cmp, 3, FixAction::Join).unwrap_err(),
            "the last row has no row below to join"
        );
        assert_eq!(
            make(&cmp, 2, FixAction::MoveNewDown).unwrap_err(),
            "this row has no sentence on that side"
        );
    }

    #[test]
    fn a_split_of_two_sentences_against_one_keeps_the_pair_whose_lengths_agree() {
        let old = "The weather was fine.\n\nThe minister, who had arrived late from the capital, opened the long meeting at noon.\n\nIt rained later.\n";
        let new = "The weather was fine.\n\nThe minister, who had come late from the capital, opened the long meeting at noon.\n\nIt rained later.\n";
        let cmp = pair(old, &new.replace("The weather was fine.\n\n", ""));
        // The short sentence in the long one's row (as the aligner often leaves an omission).
        let (joined, _) = relink(&cmp, &[Pair::new(0..2, 0..1)], &Knowledge::default());
        let k = joined
            .rows
            .iter()
            .position(|r| r.sentences.old == (0..2))
            .unwrap();
        let split = make(&joined, k, FixAction::Split).unwrap();
        let out = fixed(&joined, &[split]);
        assert_eq!(
            links(&out)[..2],
            [(0..1, 0..0), (1..2, 0..1)],
            "the long sentence keeps its translation, the short one stands alone"
        );
        // Two sentences against one of the first one's length: the first keeps it.
        let (joined, _) = relink(&cmp, &[Pair::new(1..3, 0..1)], &Knowledge::default());
        let k = joined
            .rows
            .iter()
            .position(|r| r.sentences.old == (1..3))
            .unwrap();
        let out = fixed(&joined, &[make(&joined, k, FixAction::Split).unwrap()]);
        assert!(links(&out).contains(&(1..2, 0..1)), "{:?}", links(&out));
    }

    #[test]
    fn a_fix_follows_its_sentences_and_goes_stale_without_them() {
        let cmp = pair(OLD, NEW);
        let join = make(&cmp, 1, FixAction::Join).unwrap();
        // An edit elsewhere, a paragraph added at the top: the fix is found again.
        let edited = pair(&format!("A new first line.\n\n{OLD}"), NEW);
        let out = fixed(&edited, std::slice::from_ref(&join));
        let row = out
            .rows
            .iter()
            .find(|r| r.sentences.old == (2..4))
            .expect("the joined row");
        assert_eq!(row.sentences.new, 1..2);
        // The joined sentence itself rewritten: the fix is stale and nothing is laid.
        let rewritten = pair(&OLD.replace("two euros", "three euros"), NEW);
        let (out, applied) = with_fixes(&rewritten, &[join], &Knowledge::default()).unwrap();
        assert_eq!(applied, [false]);
        assert_eq!(links(&out), links(&rewritten));
    }
}
