//! Each pipeline stage on the bundled samples and, where present, the Bible corpus in
//! `../shared/corpus` (or `$DRIFTVIEW_CORPUS`): `cargo bench`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};

use driftview::align::align_documents;
use driftview::drift::find_drift;
use driftview::internals::diff_words;
use driftview::layout::{LayoutOptions, layout_row, row_height};
use driftview::load::load_file;
use driftview::segment::sentences;
use driftview::{Comparison, DiffOptions, Side, compare};

fn corpus_dir() -> PathBuf {
    std::env::var_os("DRIFTVIEW_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

/// The pairs to measure: a sample article pair always, the Bible pairs when present.
fn pairs() -> Vec<(&'static str, PathBuf, PathBuf)> {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let mut out = vec![(
        "article",
        samples.join("01-putin-wants-to-meet-biden-version-a.txt"),
        samples.join("02-putin-wants-to-meet-biden-version-b.txt"),
    )];
    let dir = corpus_dir();
    for (name, a, b) in [
        ("genesis", "kjv-genesis.txt", "web-genesis.txt"),
        ("bible", "kjv.txt", "web.txt"),
    ] {
        if dir.join(a).exists() && dir.join(b).exists() {
            out.push((name, dir.join(a), dir.join(b)));
        } else {
            eprintln!("skipping {name}: {} not found", dir.join(a).display());
        }
    }
    out
}

fn diff_all_rows(cmp: &Comparison) -> usize {
    cmp.rows
        .iter()
        .map(|row| {
            let (o, n) = (
                cmp.text_range(row, Side::Old),
                cmp.text_range(row, Side::New),
            );
            let ops = diff_words(
                &cmp.docs.old.text[o.clone()],
                o.start,
                &cmp.docs.new.text[n.clone()],
                n.start,
                &cmp.options,
            );
            ops.len()
        })
        .sum()
}

fn stages(c: &mut Criterion) {
    for (name, a, b) in pairs() {
        let mut group = c.benchmark_group(name);
        if name != "article" {
            group.sample_size(10);
        }
        group.bench_function("load", |bench| {
            bench.iter(|| (load_file(&a).unwrap(), load_file(&b).unwrap()))
        });
        let old = Arc::new(load_file(&a).unwrap());
        let new = Arc::new(load_file(&b).unwrap());
        group.bench_function("segment", |bench| {
            bench.iter(|| {
                sentences(black_box(&old.text)).len() + sentences(black_box(&new.text)).len()
            })
        });
        // The aligner as the product runs it: sentences, clause units and their features
        // (weighted by rarity), the pairing, moves and lone pairs.
        group.bench_function("align", |bench| {
            bench.iter(|| {
                align_documents(&old, &new, &driftview::Knowledge::none())
                    .groups
                    .len()
            })
        });
        let cmp = compare(
            old.clone(),
            new.clone(),
            DiffOptions::default(),
            &driftview::Knowledge::none(),
        );
        group.bench_function("word_diff", |bench| bench.iter(|| diff_all_rows(&cmp)));
        group.bench_function("findings", |bench| {
            bench.iter(|| find_drift(&cmp, &driftview::Knowledge::none()).len())
        });
        let layout = LayoutOptions {
            width: 70,
            markers: false,
            counterparts: false,
        };
        let middle = cmp.rows.len() / 2;
        group.bench_function("layout_screen", |bench| {
            bench.iter(|| {
                let mut lines = 0;
                let mut row = middle;
                while lines < 45 && row < cmp.rows.len() {
                    lines += layout_row(&cmp, row, &layout).len();
                    row += 1;
                }
                lines
            })
        });
        group.bench_function("row_heights", |bench| {
            bench.iter(|| {
                (0..cmp.rows.len())
                    .map(|k| row_height(&cmp, k, &layout))
                    .sum::<usize>()
            })
        });
        group.bench_function("compare_all", |bench| {
            bench.iter(|| {
                compare(
                    old.clone(),
                    new.clone(),
                    DiffOptions::default(),
                    &driftview::Knowledge::none(),
                )
                .rows
                .len()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
