//! Snapshots of the markdown review of the sample pairs: the readable record of the alignment.

use std::path::PathBuf;
use std::sync::Arc;

use driftview::load::load_file;
use driftview::report::markdown;
use driftview::{DiffOptions, compare};

fn markdown_of(a: &str, b: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let load = |name: &str| {
        let mut doc = load_file(&dir.join(name)).unwrap();
        doc.path = PathBuf::from(name);
        Arc::new(doc)
    };
    let cmp = compare(
        load(a),
        load(b),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    let mut out = Vec::new();
    markdown::write(&mut out, &cmp).unwrap();
    String::from_utf8(out).unwrap()
}

const A: &str = "01-putin-wants-to-meet-biden-version-a.txt";
const B: &str = "02-putin-wants-to-meet-biden-version-b.txt";
const C: &str = "03-putin-wants-to-meet-biden-version-c.txt";
const OTHER: &str = "04-biden-putin-call-at-crisis-point.txt";

#[test]
fn version_a_against_b() {
    insta::assert_snapshot!(markdown_of(A, B));
}

#[test]
fn version_b_against_c() {
    insta::assert_snapshot!(markdown_of(B, C));
}

#[test]
fn version_a_against_c() {
    insta::assert_snapshot!(markdown_of(A, C));
}

#[test]
fn a_different_story() {
    insta::assert_snapshot!(markdown_of(A, OTHER));
}
