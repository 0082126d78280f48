//! Inputs the fuzzer found (`tests/fuzz-crashes/`), replayed through the same checks as
//! `fuzz/fuzz_targets/pipeline.rs`, so a fixed crash stays fixed.

use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use driftview::corpus::{LoadOptions, from_bytes};
use driftview::layout::{LayoutOptions, layout_row, row_height};
use driftview::{DiffOptions, Side, compare};

/// The fuzz target's checks, returning what failed instead of panicking.
fn check(data: &[u8]) -> Result<(), String> {
    let Some((&flags, rest)) = data.split_first() else {
        return Ok(());
    };
    let cut = rest
        .windows(2)
        .position(|w| w == [0xFF, 0xFE])
        .unwrap_or(rest.len());
    let (a, b) = (&rest[..cut], rest.get(cut + 2..).unwrap_or(&[]));
    let load = |bytes: &[u8]| from_bytes("fuzz".as_ref(), bytes, &LoadOptions::default()).ok();
    let (Some(old), Some(new)) = (load(a), load(b)) else {
        return Ok(());
    };
    let options = DiffOptions {
        ignore_case: flags & 1 != 0,
        ignore_punctuation: flags & 2 != 0,
        ignore_whitespace: flags & 4 != 0,
    };
    let cmp = compare(Arc::new(old), Arc::new(new), options);
    for side in Side::BOTH {
        let mut next = 0;
        for row in &cmp.rows {
            let r = row.sentences.get(side);
            if !r.is_empty() {
                if r.start != next {
                    return Err(format!("{side:?} sentences out of order at {}", r.start));
                }
                next = r.end;
            }
        }
    }
    let layout = LayoutOptions {
        width: usize::from(flags >> 3) + 1,
        markers: flags & 4 != 0,
    };
    for k in 0..cmp.rows.len() {
        let lines = layout_row(&cmp, k, &layout);
        if lines.len() != row_height(&cmp, k, &layout) {
            return Err(format!("row {k}: height disagrees"));
        }
        for line in lines {
            for text in [&line.old, &line.new] {
                // A single grapheme wider than the pane ("對" + a combining half-width
                // mark is 3 columns) cannot be split; it stands alone on its line.
                let graphemes = text.text().graphemes(true).count();
                if text.width() > layout.width && graphemes > 1 {
                    return Err(format!(
                        "row {k}: {:?} wider than {}",
                        text.text(),
                        layout.width
                    ));
                }
            }
        }
    }
    Ok(())
}

#[test]
fn fuzz_crashes_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-crashes");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        if let Err(e) = check(&data) {
            panic!("{}: {e}", path.display());
        }
        seen += 1;
    }
    assert!(seen >= 1);
}
