//! Property tests of the reviewer's record: a review file reads back as written, and
//! verdicts stay attached to their findings when a document is edited elsewhere.

use std::collections::HashSet;
use std::sync::Arc;

use proptest::prelude::*;

use driftview::review::alignment_fixes::{self, FixAction};
use driftview::review::{self, Anchor, Review, Verdict};
use driftview::{DiffOptions, Document, FindingKind, compare};

const TEXT: &[&str] = &[
    "Biden",
    "said",
    "“no”",
    "東京",
    "e\u{301}",
    "\"quoted\"",
    "\\",
    "\n",
    "👍🏽",
    "12",
];

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TEXT), 0..6).prop_map(|w| w.join(" "))
}

fn anchor() -> impl Strategy<Value = Anchor> {
    (0usize..4, words(), words(), words(), words()).prop_map(|(k, left, right, old, new)| {
        let kind = [
            FindingKind::Number,
            FindingKind::Name,
            FindingKind::Dropped,
            FindingKind::Quote,
        ][k];
        // Anchors are made from texts with their white space normalised.
        let norm = |t: String| t.split_whitespace().collect::<Vec<_>>().join(" ");
        Anchor {
            kind,
            left: norm(left),
            right: norm(right),
            old_text: norm(old),
            new_text: norm(new),
        }
    })
}

fn verdict() -> impl Strategy<Value = Option<Verdict>> {
    prop::option::of(prop::sample::select(Verdict::ALL.to_vec()))
}

fn scratch(case: u64) -> std::path::PathBuf {
    std::env::temp_dir().join(format!(
        "driftview-review-prop-{}-{case}",
        std::process::id()
    ))
}

/// Sentences that each carry a number, and a second version with some numbers changed: each
/// changed number is a finding on its own row.
fn story(n: usize, changed: &[bool]) -> (String, String) {
    let animals = [
        "ships", "horses", "letters", "towers", "rivers", "bridges", "lamps", "doors",
    ];
    let line = |i: usize, count: usize| {
        format!(
            "Report {i} counts {count} {} near the old harbour. ",
            animals[i % animals.len()]
        )
    };
    let old: String = (0..n).map(|i| line(i, 10 + i)).collect();
    let new: String = (0..n)
        .map(|i| line(i, if changed[i] { 500 + i } else { 10 + i }))
        .collect();
    (old, new)
}

fn compare_texts(old: &str, new: &str) -> driftview::Comparison {
    compare(
        Arc::new(Document::from_text("old.txt", old)),
        Arc::new(Document::from_text("new.txt", new)),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_review_file_reads_back_as_it_was_written(
        entries in prop::collection::vec((anchor(), verdict(), prop::option::of(words())), 0..12),
        case in any::<u64>(),
    ) {
        let mut written = Review::new("old.txt", "new.txt");
        let mut changed = HashSet::new();
        for (a, v, note) in entries {
            written.set(a.clone(), v, note);
            changed.insert(a);
        }
        let dir = scratch(case);
        let path = dir.join("review.json");
        let saved = review::save(&path, &written, &changed.into()).unwrap();
        let read = review::load(&path).unwrap().unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        prop_assert_eq!(&saved, &written);
        prop_assert_eq!(read, written);
    }

    #[test]
    fn verdicts_stay_with_their_findings_when_another_sentence_is_edited(
        changed in prop::collection::vec(any::<bool>(), 4..12),
        edited in any::<prop::sample::Index>(),
        v in prop::sample::select(Verdict::ALL.to_vec()),
    ) {
        let n = changed.len();
        let (old, new) = story(n, &changed);
        let first = compare_texts(&old, &new);
        let numbers = changed.iter().filter(|&&c| c).count();
        let found = first.findings.iter().filter(|f| f.kind == FindingKind::Number).count();
        prop_assert_eq!(found, numbers, "one number finding per changed sentence");
        let mut record = Review::new("old.txt", "new.txt");
        for f in &first.findings {
            record.set(Anchor::of(&first, f), Some(v), None);
        }
        // Sentence j of the old version is rewritten: only the verdicts about it may go.
        let j = edited.index(n);
        let sentences: Vec<&str> = old.split_inclusive(". ").collect();
        let edited_old: String = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| if i == j { "An unrelated line about the weather today. ".to_string() } else { s.to_string() })
            .collect();
        let second = compare_texts(&edited_old, &new);
        let attached = review::attach(&record, &second);
        let about_j = format!("Report {j} ");
        for (i, e) in record.entries.iter().enumerate() {
            let kept = attached.entries.contains(&Some(i));
            let touches_j = e.anchor.old_text.contains(&about_j) || e.anchor.new_text.contains(&about_j);
            prop_assert!(kept || touches_j, "lost a verdict on an untouched sentence: {:?}", e.anchor);
            // The rewritten sentence's number is gone: its verdict is orphaned, not moved onto
            // another finding.
            prop_assert!(!(kept && touches_j), "a verdict outlived its sentence: {:?}", e.anchor);
            prop_assert_eq!(kept, !attached.orphaned.contains(&i));
        }
        // No finding holds two entries, no entry two findings.
        let held: Vec<usize> = attached.entries.iter().flatten().copied().collect();
        let distinct: HashSet<usize> = held.iter().copied().collect();
        prop_assert_eq!(held.len(), distinct.len());
    }

    #[test]
    fn alignment_fixes_survive_an_unrelated_edit_and_leave_with_their_sentences(
        changed in prop::collection::vec(any::<bool>(), 4..10),
        row in any::<prop::sample::Index>(),
        action in prop::sample::select(vec![
            FixAction::Join,
            FixAction::MoveOldDown,
            FixAction::MoveNewUp,
        ]),
        edited in any::<prop::sample::Index>(),
    ) {
        let n = changed.len();
        let (old, new) = paragraphs(n, &changed);
        let first = compare_texts(&old, &new);
        let knowledge = driftview::Knowledge::none();
        let fix = alignment_fixes::make(&first, row.index(first.rows.len()), action);
        prop_assume!(fix.is_ok());
        let fixes = vec![fix.unwrap()];
        let (fixed, applied) = alignment_fixes::with_fixes(&first, &fixes, &knowledge).unwrap();
        prop_assert_eq!(applied, vec![true]);
        prop_assert!(holds_rows(&fixed, &fixes[0]), "the fix's rows are rows");
        tiles(&fixed)?;
        // Old sentence j rewritten.
        let j = edited.index(n);
        let edited_old: String = old
            .split_inclusive("\n\n")
            .enumerate()
            .map(|(i, p)| if i == j { "An unrelated line about the weather today.\n\n".to_string() } else { p.to_string() })
            .collect();
        let second = compare_texts(&edited_old, &new);
        let (fixed, applied) = alignment_fixes::with_fixes(&second, &fixes, &knowledge).unwrap();
        tiles(&fixed)?;
        let about_j = format!("Report {j} ");
        let touched = fixes[0].rows.iter().flat_map(|r| &r.old).any(|s| s.starts_with(&about_j));
        if touched {
            // Its sentence is gone: the fix is not laid on other sentences.
            prop_assert_eq!(applied, vec![false]);
            prop_assert_eq!(&fixed.rows, &second.rows);
        } else {
            prop_assert_eq!(applied, vec![true]);
            prop_assert!(holds_rows(&fixed, &fixes[0]), "the fix's rows survive the edit");
        }
    }
}

/// The story of [`story`], one sentence to a paragraph.
fn paragraphs(n: usize, changed: &[bool]) -> (String, String) {
    let (old, new) = story(n, changed);
    let cut = |t: String| {
        t.split_inclusive(". ")
            .map(|s| format!("{}\n\n", s.trim()))
            .collect()
    };
    (cut(old), cut(new))
}

/// Whether every row a fix left is a row of `cmp`, by its sentences' text.
fn holds_rows(cmp: &driftview::Comparison, fix: &alignment_fixes::AlignmentFix) -> bool {
    let texts = |side: driftview::Side, range: &std::ops::Range<usize>| -> Vec<String> {
        let text = &cmp.docs.get(side).text;
        cmp.sentences.get(side)[range.clone()]
            .iter()
            .map(|s| {
                text[s.span.clone()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    fix.rows.iter().all(|want| {
        cmp.rows.iter().any(|r| {
            texts(driftview::Side::Old, &r.sentences.old) == want.old
                && texts(driftview::Side::New, &r.sentences.new) == want.new
        })
    })
}

/// Every sentence of each side in exactly one row, in order; partners point at each other.
fn tiles(cmp: &driftview::Comparison) -> Result<(), TestCaseError> {
    for side in [driftview::Side::Old, driftview::Side::New] {
        let mut next = 0;
        for r in &cmp.rows {
            let range = r.sentences.get(side);
            if !range.is_empty() {
                prop_assert_eq!(range.start, next, "{:?} in order", side);
                next = range.end;
            }
        }
        prop_assert_eq!(next, cmp.sentences.get(side).len());
    }
    for (k, r) in cmp.rows.iter().enumerate() {
        if let Some(p) = r.partner {
            prop_assert_eq!(cmp.rows[p].partner, Some(k));
        }
    }
    Ok(())
}
