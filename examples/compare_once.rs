//! Compares two files once and prints the counts: the program to run under a heap profiler
//! (`heaptrack target/release/examples/compare_once OLD NEW`). Examples use the system
//! allocator, which heaptrack sees; the binary's mimalloc it does not.

use std::sync::Arc;

use driftview::load::load_file;
use driftview::{DiffOptions, compare};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [old, new] = &args[..] else {
        eprintln!("usage: compare_once OLD NEW");
        std::process::exit(2);
    };
    let load = |path: &String| match load_file(path.as_ref()) {
        Ok(doc) => Arc::new(doc),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let cmp = compare(
        load(old),
        load(new),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    println!("{} rows, {} findings", cmp.rows.len(), cmp.findings.len());
}
