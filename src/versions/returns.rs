//! In a history, a sentence one version drops and a later one brings back. The pairs compare
//! neighbours only (v1 with v2, v2 with v3), so nothing links v1's sentence to v3's: they
//! stood as a dropped row and, rows below, an added one. A sentence that stands alone in its
//! row and is gone from the next version is joined with a lone sentence of a later version a
//! few rows on when their words mostly agree, so the row shows it leaving and coming back.

use std::collections::HashSet;
use std::ops::Range;

use super::merge::Cells;

/// How many rows on a returning sentence is looked for: a version that drops a sentence and
/// the next that restores it keep it near where it was.
const WINDOW: usize = 4;

/// Two sentences are one returning when this share of their words (Dice's coefficient on
/// distinct lower-case words) is shared: a reworded sentence still shares most of its words
/// (the samples' "told his US counterpart Joe Biden he would really like to meet" / "told Joe
/// Biden that he would very much like to meet": 0.72), neighbouring sentences of a story
/// share a name or two.
const MIN_SHARED: f64 = 0.5;

/// The rows with each returning sentence joined to the row it left; and where each row went.
/// `text(v, run)`: version `v`'s text of a run of its sentences.
pub(crate) fn rejoin(
    rows: Vec<Cells>,
    text: impl Fn(usize, &Range<usize>) -> String,
) -> (Vec<Cells>, Vec<usize>) {
    let lone = |c: &Cells| -> Option<usize> {
        let mut with = c.0.iter().enumerate().filter(|(_, r)| !r.is_empty());
        match (with.next(), with.next()) {
            (Some((v, _)), None) => Some(v),
            _ => None,
        }
    };
    let mut rows = rows;
    let mut gone = vec![false; rows.len()];
    let mut into: Vec<usize> = (0..rows.len()).collect();
    for r1 in 0..rows.len() {
        let Some(i) = lone(&rows[r1]).filter(|&i| i + 2 < rows[r1].0.len()) else {
            continue;
        };
        if gone[r1] {
            continue;
        }
        let words_i = words(&text(i, &rows[r1].0[i]));
        let found = (r1 + 1..rows.len().min(r1 + 1 + WINDOW)).find(|&r2| {
            !gone[r2]
                && lone(&rows[r2]).is_some_and(|j| {
                    j >= i + 2
                        && (r1 + 1..r2).all(|m| rows[m].0[j].is_empty())
                        && dice(&words_i, &words(&text(j, &rows[r2].0[j]))) >= MIN_SHARED
                })
        });
        let Some(r2) = found else {
            continue;
        };
        // The later version's sentence moves up to the row it returns to: the rows between
        // hold none of that version's, whose empty runs now sit after it.
        let j = lone(&rows[r2]).expect("lone");
        let run = rows[r2].0[j].clone();
        rows[r1].0[j] = run.clone();
        for row in &mut rows[r1 + 1..r2] {
            row.0[j] = run.end..run.end;
        }
        gone[r2] = true;
        into[r2] = r1;
    }
    // Rows renumbered without the ones joined upward.
    let mut new_index = vec![0; rows.len()];
    let mut next = 0;
    for (k, g) in gone.iter().enumerate() {
        new_index[k] = next;
        if !g {
            next += 1;
        }
    }
    let moved = into.iter().map(|&k| new_index[k]).collect();
    let kept = rows
        .into_iter()
        .zip(gone)
        .filter(|(_, g)| !g)
        .map(|(r, _)| r)
        .collect();
    (kept, moved)
}

fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(runs: &[Range<usize>]) -> Cells {
        Cells(runs.to_vec())
    }

    #[test]
    fn a_sentence_dropped_and_brought_back_reworded_is_one_row() {
        // v1's sentence 0 is gone from v2, whose sentence 0 (a date) is its own; v3 brings
        // v1's sentence back reworded as its sentence 0. Then all three share a sentence.
        let texts = [
            [
                "Putin told his counterpart Joe Biden he would like to meet for talks.",
                "All three.",
            ],
            ["date 2021-12-13", "All three."],
            [
                "Putin told Joe Biden that he would very much like to meet for talks.",
                "All three.",
            ],
        ];
        let rows = vec![
            cells(&[0..1, 0..0, 0..0]),
            cells(&[1..1, 0..1, 0..0]),
            cells(&[1..1, 1..1, 0..1]),
            cells(&[1..2, 1..2, 1..2]),
        ];
        let text = |v: usize, r: &Range<usize>| texts[v][r.clone()].join(" ");
        let (joined, moved) = rejoin(rows, text);
        assert_eq!(
            joined,
            vec![
                cells(&[0..1, 0..0, 0..1]),
                cells(&[1..1, 0..1, 1..1]),
                cells(&[1..2, 1..2, 1..2]),
            ]
        );
        assert_eq!(moved, [0, 1, 0, 2]);
    }

    #[test]
    fn a_different_sentence_added_later_stays_apart() {
        let texts: [&[&str]; 3] = [
            &["The bridge opened in May.", "Ferries run."],
            &["Ferries run."],
            &["Tickets cost two euros at the pier.", "Ferries run."],
        ];
        let rows = vec![
            cells(&[0..1, 0..0, 0..0]),
            cells(&[1..1, 0..0, 0..1]),
            cells(&[1..2, 0..1, 1..2]),
        ];
        let text = |v: usize, r: &Range<usize>| texts[v][r.clone()].join(" ");
        let (joined, moved) = rejoin(rows.clone(), text);
        assert_eq!(joined, rows);
        assert_eq!(moved, [0, 1, 2]);
    }
}
