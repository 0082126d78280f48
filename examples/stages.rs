//! Times the pipeline's stages on two files: `cargo run --release --example stages A B`.

use std::sync::Arc;
use std::time::Instant;

use driftview::drift::find_drift;
use driftview::load::load_file;
use driftview::segment::sentences;
use driftview::{DiffOptions, compare};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [a, b] = &args[..] else {
        eprintln!("usage: stages OLD NEW");
        std::process::exit(2);
    };
    let t = Instant::now();
    let old = Arc::new(load_file(a.as_ref()).expect("old loads"));
    let new = Arc::new(load_file(b.as_ref()).expect("new loads"));
    println!("load      {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let n = sentences(&old.text).len() + sentences(&new.text).len();
    println!(
        "segment   {:>8.1} ms ({n} sentences)",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let alignment = driftview::align::align_documents(&old, &new, &driftview::Knowledge::none());
    println!(
        "align     {:>8.1} ms ({} rows)",
        t.elapsed().as_secs_f64() * 1e3,
        alignment.groups.len()
    );
    let t = Instant::now();
    let first = driftview::compare::compare_unchecked(
        old.clone(),
        new.clone(),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    println!(
        "rows      {:>8.1} ms (aligned and diffed, not checked)",
        t.elapsed().as_secs_f64() * 1e3
    );
    drop(first);
    let t = Instant::now();
    let cmp = compare(
        old,
        new,
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    println!(
        "compare   {:>8.1} ms (all stages, {} rows)",
        t.elapsed().as_secs_f64() * 1e3,
        cmp.rows.len()
    );
    let t = Instant::now();
    let f = find_drift(&cmp, &driftview::Knowledge::none());
    println!(
        "findings  {:>8.1} ms ({} findings)",
        t.elapsed().as_secs_f64() * 1e3,
        f.len()
    );
    let t = Instant::now();
    let mut out = Vec::new();
    driftview::report::json::write(&mut out, &cmp).unwrap();
    println!(
        "json      {:>8.1} ms ({} bytes)",
        t.elapsed().as_secs_f64() * 1e3,
        out.len()
    );
}
