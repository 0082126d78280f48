//! Alignment quality guarded by thresholds, not only measured by hand: KJV against WEB Genesis
//! (public domain, `tests/data/`), each old sentence checked to sit in its verse's row.
//! The thresholds sit just under today's figures (BENCHMARKS.md); issue #13 aims higher.

use std::sync::Arc;

use driftview::{DiffOptions, Document, compare};

mod common;
use common::verses::verse_check;

fn data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn verse_true(old: &str, new: &str) -> f64 {
    let (kl, wl) = (data("kjv-genesis-lines.txt"), data("web-genesis-lines.txt"));
    let doc = |name: &str| Arc::new(Document::from_text(name, data(name)));
    let cmp = compare(doc(old), doc(new), DiffOptions::default());
    let check = verse_check(&kl, &wl, &cmp);
    assert!(
        check.checked > 500,
        "the checker found too few verses: {}",
        check.checked
    );
    check.percent()
}

#[test]
fn genesis_paragraph_files_stay_verse_true() {
    // 96.3% on 2026-12-01.
    let got = verse_true("kjv-genesis.txt", "web-genesis.txt");
    assert!(got >= 96.0, "verse-true {got:.1}%");
}

#[test]
fn genesis_verse_per_line_files_stay_verse_true() {
    // 99.4% on 2026-12-01.
    let got = verse_true("kjv-genesis-lines.txt", "web-genesis-lines.txt");
    assert!(got >= 99.0, "verse-true {got:.1}%");
}
