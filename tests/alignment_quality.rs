//! Alignment quality guarded by thresholds, not only measured by hand: KJV against WEB Genesis
//! (public domain, `tests/data/`), each old sentence checked to sit in its verse's row.
//! Both directions are checked (each new sentence against the verses its row's old side
//! touches), and no row may hold more than six sentences a side. The thresholds sit just
//! under today's figures (BENCHMARKS.md).

use std::sync::Arc;

use std::collections::HashSet;

use driftview::{DiffOptions, Document, RowKind, Side, compare};

mod common;
use common::verses::{VerseCheck, verse_check};

fn data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn verse_true(old: &str, new: &str) -> VerseCheck {
    let lines = |name: &str| {
        if name.starts_with("rv1909") {
            "rv1909-genesis-lines.txt"
        } else if name.starts_with("web") {
            "web-genesis-lines.txt"
        } else {
            "kjv-genesis-lines.txt"
        }
    };
    let (kl, wl) = (data(lines(old)), data(lines(new)));
    let doc = |name: &str| Arc::new(Document::from_text(name, data(name)));
    let cmp = compare(
        doc(old),
        doc(new),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    let check = verse_check(&kl, &wl, &cmp);
    assert!(
        check.checked > 500,
        "the checker found too few verses: {}",
        check.checked
    );
    // No row may swallow more than a verse's worth of sentences: over six on a side only
    // facing one sentence.
    assert_eq!(check.oversized, 0, "rows over 6 sentences a side");
    check
}

#[test]
fn genesis_paragraph_files_stay_verse_true() {
    // 99.6% and 99.2% on 2026-12-01 (96.3% before sentences were aligned through clauses);
    // the new side 99.7% since lengths weigh in when a lone sentence may join its row.
    let got = verse_true("kjv-genesis.txt", "web-genesis.txt");
    assert!(got.percent() >= 99.0, "verse-true {:.1}%", got.percent());
    assert!(
        got.new_percent() >= 99.4,
        "new side {:.1}%",
        got.new_percent()
    );
}

#[test]
fn genesis_verse_per_line_files_stay_verse_true() {
    // 100.0% and 99.4% on 2026-12-01 (99.4% before); the new side 99.8% since lengths weigh in.
    let got = verse_true("kjv-genesis-lines.txt", "web-genesis-lines.txt");
    assert!(got.percent() >= 99.5, "verse-true {:.1}%", got.percent());
    assert!(
        got.new_percent() >= 99.5,
        "new side {:.1}%",
        got.new_percent()
    );
}

#[test]
fn english_against_spanish_genesis_aligns_by_length_and_marks() {
    // KJV against the Reina-Valera 1909, two languages: 2.2% of verses in their row with the
    // same-language path (2026-12-01), 100.0% with the cross-language one (the row's Spanish
    // side holds the verse; 96.9% counting only the verse each Spanish sentence starts in),
    // 99.4% the other way round; verse-per-line files 99.8%.
    let got = verse_true("kjv-genesis.txt", "rv1909-genesis.txt");
    assert!(
        got.touched_percent() >= 99.5,
        "verse-true {:.1}%",
        got.touched_percent()
    );
    assert!(
        got.new_percent() >= 99.0,
        "new side {:.1}%",
        got.new_percent()
    );
    let got = verse_true("kjv-genesis-lines.txt", "rv1909-genesis-lines.txt");
    assert!(got.percent() >= 99.5, "verse-true {:.1}%", got.percent());
}

#[test]
fn the_strict_count_is_held_against_the_most_any_alignment_can_score() {
    // Two translations start their sentences in different verses, so even rows cut at every
    // verse both start a sentence in leave some sentences away from a sentence of their verse:
    // KJV/RV1909 Genesis, 96.9% against at best 97.2% (session 29). No alignment beats the
    // ideal rows, and ours stays within a point of them.
    for new in ["rv1909-genesis.txt", "web-genesis.txt"] {
        let got = verse_true("kjv-genesis.txt", new);
        let (actual, best) = (got.percent(), got.ceiling_percent());
        assert!(
            actual <= best + 1e-9,
            "{new}: {actual:.1}% above the ideal {best:.1}%"
        );
        assert!(
            actual >= best - 1.0,
            "{new}: {actual:.1}% against {best:.1}% at best"
        );
    }
}

/// A license revision compared as the reader compares it.
fn license_pair(old: &str, new: &str) -> driftview::Comparison {
    let doc = |name: &str| Arc::new(Document::from_text(name, data(name)));
    compare(
        doc(old),
        doc(new),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    )
}

/// The content words (over three letters, lower case) of a text.
fn content_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 3)
        .map(str::to_lowercase)
        .collect()
}

/// Dropped or added rows that stand within two rows of a one-sided row of the other side
/// sharing most of their content words: a sentence beside its own counterpart.
fn stranded_counterparts(cmp: &driftview::Comparison) -> Vec<(String, String)> {
    let one_sided = |k: usize, kind: RowKind| cmp.rows[k].kind == kind;
    let mut found = Vec::new();
    for k in (0..cmp.rows.len()).filter(|&k| one_sided(k, RowKind::Deleted)) {
        let old = cmp.text(&cmp.rows[k], Side::Old);
        let near = k.saturating_sub(2)..(k + 3).min(cmp.rows.len());
        for j in near.filter(|&j| one_sided(j, RowKind::Inserted)) {
            let new = cmp.text(&cmp.rows[j], Side::New);
            let (a, b) = (content_words(old), content_words(new));
            let dice = 2.0 * a.intersection(&b).count() as f64 / (a.len() + b.len()).max(1) as f64;
            if dice >= 0.5 {
                found.push((old.to_string(), new.to_string()));
            }
        }
    }
    found
}

fn one_sided_rows(cmp: &driftview::Comparison) -> usize {
    cmp.rows
        .iter()
        .filter(|r| matches!(r.kind, RowKind::Deleted | RowKind::Inserted))
        .count()
}

#[test]
fn genesis_leaves_no_verse_dropped_or_added() {
    // Every verse is in both translations. None dropped or added since lengths weigh in when a
    // lone sentence may join its row (2026-12-01, session 8); 4 added rows before (clauses the
    // KJV joins with a comma, their words too far from the WEB's), 43 before clause alignment.
    let doc = |name: &str| Arc::new(Document::from_text(name, data(name)));
    let cmp = compare(
        doc("kjv-genesis.txt"),
        doc("web-genesis.txt"),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    let n = one_sided_rows(&cmp);
    assert_eq!(n, 0, "{n} dropped or added rows");
    assert_eq!(stranded_counterparts(&cmp), []);
}

#[test]
fn license_revisions_leave_no_sentence_beside_its_counterpart() {
    // Debian's copies of the LGPL 2 and 2.1 and the MPL 1.1 and 2.0 (tests/data/SOURCES.md).
    // One-sided rows on 2026-12-01: LGPL 20 (21 before clause alignment; 19 until lengths
    // weighed in, which set 2.1's new "b) Use a suitable shared library mechanism" apart from
    // the equal row that had swallowed it), MPL 103 (170, then 109); the rest read as real
    // additions and removals (2.1's rewritten preamble, MPL 2's new terms).
    for (old, new, most) in [("LGPL-2", "LGPL-2.1", 20), ("MPL-1.1", "MPL-2.0", 103)] {
        let cmp = license_pair(old, new);
        assert_eq!(stranded_counterparts(&cmp), [], "{old} / {new}");
        let n = one_sided_rows(&cmp);
        assert!(n <= most, "{old} / {new}: {n} dropped or added rows");
    }
}

#[test]
fn a_short_sentence_faces_its_longer_rewrite_and_section_numbers_keep_their_text() {
    let cmp = license_pair("LGPL-2", "LGPL-2.1");
    let row = cmp
        .rows
        .iter()
        .find(|r| cmp.text(r, Side::Old) == "You can use it for\nyour libraries, too.")
        .expect("the sentence has a row of its own");
    assert!(
        cmp.text(row, Side::New)
            .starts_with("You\ncan use it too, but we suggest"),
        "{:?}",
        cmp.text(row, Side::New)
    );
    let cmp = license_pair("MPL-1.1", "MPL-2.0");
    for side in Side::BOTH {
        let lone_numbers: Vec<&str> = cmp
            .rows
            .iter()
            .map(|r| cmp.text(r, side))
            .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .collect();
        assert_eq!(lone_numbers, [] as [&str; 0], "{side:?}");
    }
}
