//! Checks that three versions stay verse-true on their rows of all versions: the KJV as the
//! original, the Reina-Valera 1909 as its translation, the WEB as the back-translation (a
//! structural triple: the WEB is no translation of the Spanish, but the verses say which
//! sentences belong together).
//!
//! `cargo run --release --example roundtrip_check -- KJV_LINES RV_LINES WEB_LINES KJV RV WEB`
//!
//! Each of the two compared pairs (original | translation, original | back-translation) is
//! checked on the merged rows with the verse checker of `verse_check`, and the rows of all
//! three versions are counted by size.

use std::sync::Arc;

use driftview::load::load_file;
use driftview::versions::{Plan, compare_versions};
use driftview::{Comparison, DiffOptions};

#[allow(dead_code)]
#[path = "../tests/common/verses.rs"]
mod verses;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kl, rl, wl, kjv, rv, web] = &args[..] else {
        eprintln!("usage: roundtrip_check KJV_LINES RV_LINES WEB_LINES KJV RV WEB");
        std::process::exit(2);
    };
    let read = |p: &String| std::fs::read_to_string(p).expect("readable");
    let load = |p: &String| Arc::new(load_file(p.as_ref()).expect("loads"));
    let docs = vec![load(kjv), load(rv), load(web)];
    let t = std::time::Instant::now();
    let v = compare_versions(
        docs,
        Plan::RoundTrip,
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    println!(
        "compared in {:.2} s; {} rows of all three",
        t.elapsed().as_secs_f64(),
        v.rows.len()
    );
    let report = |name: &str, lines: &str, cmp: &Comparison| {
        let check = verses::verse_check(&read(kl), lines, cmp);
        println!(
            "{name}: verse-true {:.1}% of {} original sentences; {:.1}% of {} of its own",
            check.percent(),
            check.checked,
            check.new_percent(),
            check.new_checked
        );
    };
    report("KJV | RV1909", &read(rl), &v.links[0].comparison);
    report("KJV | WEB", &read(wl), &v.links[1].comparison);
    let mut sizes = [0usize; 5];
    for row in &v.rows {
        let largest = row.0.iter().map(|r| r.len()).max().unwrap_or(0);
        sizes[match largest {
            0 | 1 => 0,
            2 => 1,
            3 => 2,
            4..=6 => 3,
            _ => 4,
        }] += 1;
    }
    let [one, two, three, up_to_six, more] = sizes;
    let largest = v
        .rows
        .iter()
        .map(|r| r.0.iter().map(|c| c.len()).max().unwrap_or(0))
        .max()
        .unwrap_or(0);
    println!(
        "rows by sentences on their largest side: 1: {one}, 2: {two}, 3: {three}, 4-6: {up_to_six}, over 6: {more}; the largest {largest}"
    );
}
