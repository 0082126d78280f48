//! Checks that alignment is verse-true on the Bible corpus: a verse's sentence in the old
//! translation sits in the same row as the same verse's sentence in the new one.
//!
//! `cargo run --release --example verse_check -- KJV_LINES WEB_LINES OLD NEW`
//!
//! The `-lines` files have one verse per line in the same order in both translations; they
//! give every word its verse. OLD and NEW (the `-lines` files again, or their paragraph-per-line
//! twins, which hold the same words) are then compared, and each sentence is checked against
//! the verses of the sentences across from it. Chapters whose verse lines do not pair one to
//! one (psalm titles, verses split by a paragraph mark) are left out of the count.

use std::sync::Arc;

use driftview::load::load_file;
use driftview::{DiffOptions, compare};

// The checker the alignment-quality test uses too.
#[allow(dead_code)]
#[path = "../tests/common/verses.rs"]
mod verses;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kjv_lines, web_lines, old, new] = &args[..] else {
        eprintln!("usage: verse_check KJV_LINES WEB_LINES OLD NEW");
        std::process::exit(2);
    };
    let read = |p: &String| std::fs::read_to_string(p).expect("readable");
    let (kl, wl) = (read(kjv_lines), read(web_lines));
    let old = Arc::new(load_file(old.as_ref()).expect("old loads"));
    let new = Arc::new(load_file(new.as_ref()).expect("new loads"));
    let t = std::time::Instant::now();
    let cmp = compare(
        old,
        new,
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    let elapsed = t.elapsed();
    let check = verses::verse_check(&kl, &wl, &cmp);
    println!(
        "compared in {:.2} s; {} rows; words in common {:.1}%; verse-true {:.1}% of {} old sentences in paired chapters",
        elapsed.as_secs_f64(),
        cmp.rows.len(),
        cmp.similarity * 100.0,
        check.percent(),
        check.checked
    );
    println!(
        "verse-true at best (rows cut wherever both translations start a sentence at one verse): {:.1}%",
        check.ceiling_percent()
    );
    println!(
        "old sentences whose row's new side touches their verse: {:.1}%",
        check.touched_percent()
    );
    println!(
        "new sentences in their verse's row: {:.1}% of {}",
        check.new_percent(),
        check.new_checked
    );
    let [one, two, three, up_to_six, more] = check.row_sizes;
    println!(
        "rows by sentences on their larger side: 1: {one}, 2: {two}, 3: {three}, 4-6: {up_to_six}, over 6: {more} ({} of them facing more than one sentence)",
        check.oversized
    );
}
