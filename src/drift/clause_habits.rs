//! Words a version leaves out (or puts in) throughout, in one language: its habit, not a
//! clause lost. The WEB leaves out the King James's "And it came to pass" wherever it can:
//! 190 of the 998 clauses the whole-Bible comparison named held it. A clause finding whose
//! words are mostly such runs is settled away once every row is checked, as a name a version
//! writes its own way is (`name_counterparts.rs`).
//!
//! A run of three words is the version's habit where the clause findings take it out of at
//! least [`HABIT_FINDINGS`] rows and out of a [`HABIT_SHARE`] of the places its document
//! writes it. A short document has too few findings for any run to be a habit.

use rustc_hash::{FxHashMap, FxHashSet};

use super::clauses::MIN_CLAUSE_WORDS;
use crate::comparison::{Finding, FindingKind};
use crate::side::{Pair, Side};

/// A run must be in at least this many clause findings…
const HABIT_FINDINGS: usize = 3;
/// …and in findings as many as this share of the times its document writes it. Chosen on
/// the error-injection benchmark's tuning books (Exodus to Deuteronomy, KJV against the WEB,
/// seeds 1 to 3): see BENCHMARKS.md.
const HABIT_SHARE: f64 = 0.1;

type Run = [String; 3];

/// A character as runs are compared: lower case, and Greek's final sigma as any other
/// ("ΛΟΓΟΣ" and "λογος" are one word).
fn lowered(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(|l| if l == 'ς' { 'σ' } else { l })
}

/// A stretch's words as runs are compared: letters, digits and apostrophes, each character
/// [`lowered`] alone, as the book's words are when their runs are counted (`written`).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !in_word(c))
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(lowered).collect())
        .collect()
}

/// The side a same-language clause finding's words stand on, with its words.
fn clause_of(f: &Finding) -> Option<(Side, Vec<String>)> {
    if f.kind != FindingKind::Clause {
        return None;
    }
    if f.message.starts_with("clause dropped") {
        Some((Side::Old, words(&f.left)))
    } else if f.message.starts_with("clause added") {
        Some((Side::New, words(&f.right)))
    } else {
        None
    }
}

/// One character of a word folded into its hash as runs are compared: lower case.
fn fold_into(h: &mut rustc_hash::FxHasher, c: char) {
    use std::hash::Hasher;
    if c.is_ascii() {
        h.write_u32(u32::from(c.to_ascii_lowercase()));
    } else {
        for l in lowered(c) {
            h.write_u32(l as u32);
        }
    }
}

/// Whether `c` belongs to a word as runs are compared (as [`words`] cuts them).
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// A word's key as runs are counted in a whole document: a hash of its lower case.
fn word_hash(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    word.chars().for_each(|c| fold_into(&mut h, c));
    h.finish()
}

/// How many times `doc` writes each of `runs`, reading its words once, without allocating
/// (a whole book's words are read; ASCII bytes, most of them, without decoding).
fn written(doc: &str, runs: &FxHashSet<&Run>) -> FxHashMap<Run, usize> {
    use std::hash::Hasher;
    let key = |r: &Run| (word_hash(&r[0]), word_hash(&r[1]), word_hash(&r[2]));
    let keyed: FxHashMap<(u64, u64, u64), &Run> = runs.iter().map(|r| (key(r), *r)).collect();
    let lasts: FxHashSet<u64> = keyed.keys().map(|k| k.2).collect();
    let mut counts: FxHashMap<Run, usize> = FxHashMap::default();
    let mut window = (0u64, 0u64, 0u64);
    let mut word: Option<rustc_hash::FxHasher> = None;
    let mut end_word = |h: Option<rustc_hash::FxHasher>| {
        if let Some(h) = h {
            window = (window.1, window.2, h.finish());
            if lasts.contains(&window.2)
                && let Some(run) = keyed.get(&window)
            {
                *counts.entry((*run).clone()).or_default() += 1;
            }
        }
    };
    let bytes = doc.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = doc[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        };
        if in_word(c) {
            fold_into(word.get_or_insert_with(Default::default), c);
        } else {
            end_word(word.take());
        }
        i += len;
    }
    end_word(word.take());
    counts
}

/// The clause findings of a comparison in one language settled against it: those whose words,
/// less the runs the version drops or adds throughout, are fewer than a clause are removed.
/// `docs` are the two documents' texts.
pub(super) fn settle(findings: &mut Vec<Finding>, docs: Pair<&str>) {
    let clauses: Vec<(usize, Side, Vec<String>)> = findings
        .iter()
        .enumerate()
        .filter_map(|(at, f)| clause_of(f).map(|(side, w)| (at, side, w)))
        .collect();
    let mut found: Pair<FxHashMap<&Run, usize>> = Pair::default();
    let runs_of = |w: &[String]| -> Vec<Run> {
        w.windows(3)
            .map(|r| [r[0].clone(), r[1].clone(), r[2].clone()])
            .collect()
    };
    let runs: Vec<Vec<Run>> = clauses.iter().map(|(_, _, w)| runs_of(w)).collect();
    for ((_, side, _), runs) in clauses.iter().zip(&runs) {
        let distinct: FxHashSet<&Run> = runs.iter().collect();
        for r in distinct {
            *found.get_mut(*side).entry(r).or_default() += 1;
        }
    }
    let mut habitual: Pair<FxHashSet<Run>> = Pair::default();
    for side in [Side::Old, Side::New] {
        let candidates: FxHashSet<&Run> = found
            .get(side)
            .iter()
            .filter(|(_, n)| **n >= HABIT_FINDINGS)
            .map(|(r, _)| *r)
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let times = written(docs.get(side), &candidates);
        *habitual.get_mut(side) = candidates
            .into_iter()
            .filter(|r| {
                let n = found.get(side)[*r];
                n as f64 >= HABIT_SHARE * times.get(*r).copied().unwrap_or(0) as f64
            })
            .cloned()
            .collect();
    }
    if habitual.old.is_empty() && habitual.new.is_empty() {
        return;
    }
    // In the findings' order, as `remove_findings` takes them.
    let mut gone = Vec::new();
    for ((at, side, w), runs) in clauses.iter().zip(&runs) {
        let mut covered = vec![false; w.len()];
        for (i, r) in runs.iter().enumerate() {
            if habitual.get(*side).contains(r) {
                covered[i..i + 3].fill(true);
            }
        }
        let rest = covered.iter().filter(|c| !**c).count();
        if rest < MIN_CLAUSE_WORDS {
            gone.push(*at);
        }
    }
    super::remove_findings(findings, &gone);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::Severity;

    fn dropped(row: usize, stretch: &str) -> Finding {
        super::super::messages::finding(
            FindingKind::Clause,
            Severity::Medium,
            row,
            stretch.to_string(),
            String::new(),
            format!("clause dropped: “{stretch}”"),
        )
    }

    #[test]
    fn words_a_version_drops_wherever_the_other_writes_them_are_its_habit() {
        let old = "And it came to pass after this. ".repeat(10) + "Other words here.";
        let mut findings: Vec<Finding> = (0..4)
            .map(|row| dropped(row, "And it came to pass, after"))
            .collect();
        // A clause that holds the habit and more stays.
        findings.push(dropped(
            4,
            "And it came to pass that the priest shall burn the fat",
        ));
        settle(&mut findings, Pair::new(old.as_str(), ""));
        let rows: Vec<usize> = findings.iter().map(|f| f.row).collect();
        assert_eq!(rows, [4]);
    }

    #[test]
    fn a_stretch_s_runs_are_counted_in_the_book_as_they_are_written() {
        let stretch = words("Ο ΛΟΓΟΣ ΚΑΙ Η ΖΩΗ, it’s Done");
        let runs: Vec<Run> = stretch
            .windows(3)
            .map(|r| [r[0].clone(), r[1].clone(), r[2].clone()])
            .collect();
        let wanted: FxHashSet<&Run> = runs.iter().collect();
        // Another case, a final sigma, punctuation between words: the same runs.
        let counts = written("ο λογος και. Η ΖΩΗ: IT’S DONE. Ο ΛΟΓΟΣ ΚΑΙ", &wanted);
        assert_eq!(counts.get(&runs[0]), Some(&2), "{runs:?}");
        assert_eq!(counts.get(&runs[4]), Some(&1), "{runs:?}");
        assert_eq!(counts.get(&runs[1]), Some(&1), "{runs:?}");
    }

    #[test]
    fn a_run_dropped_in_few_of_the_places_it_stands_is_no_habit() {
        // Written 50 times, dropped 4: a tenth is 5.
        let old = "And it came to pass after this. ".repeat(50);
        let mut findings: Vec<Finding> = (0..4)
            .map(|row| dropped(row, "And it came to pass, after"))
            .collect();
        settle(&mut findings, Pair::new(old.as_str(), ""));
        assert_eq!(findings.len(), 4);
    }
}
