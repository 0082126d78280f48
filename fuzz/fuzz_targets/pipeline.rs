//! Load → segment → align → diff → findings → layout → report on arbitrary bytes: nothing may
//! panic, and the core invariants must hold.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use unicode_segmentation::UnicodeSegmentation;

use driftview::corpus::{LoadOptions, from_bytes};
use driftview::layout::{LayoutOptions, layout_row, row_height};
use driftview::{DiffOptions, Side, compare};

fuzz_target!(|data: &[u8]| {
    // The first byte picks options and a width; the rest splits into two documents at 0xFF 0xFE.
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let cut = rest
        .windows(2)
        .position(|w| w == [0xFF, 0xFE])
        .unwrap_or(rest.len());
    let (a, b) = (&rest[..cut], rest.get(cut + 2..).unwrap_or(&[]));
    let load = |bytes: &[u8]| from_bytes("fuzz".as_ref(), bytes, &LoadOptions::default()).ok();
    let (Some(old), Some(new)) = (load(a), load(b)) else {
        return;
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
                assert_eq!(r.start, next, "rows cover sentences in order");
                next = r.end;
            }
        }
        assert_eq!(
            next,
            cmp.sentences.get(side).len(),
            "every sentence covered"
        );
    }
    let layout = LayoutOptions {
        width: usize::from(flags >> 3) + 1,
        markers: flags & 4 != 0,
    };
    for k in 0..cmp.rows.len().min(200) {
        let lines = layout_row(&cmp, k, &layout);
        assert_eq!(lines.len(), row_height(&cmp, k, &layout));
        for line in lines {
            for text in [&line.old, &line.new] {
                // Only a lone grapheme wider than the pane may overflow it.
                let graphemes = text.text().graphemes(true).count();
                assert!(text.width() <= layout.width || graphemes == 1);
            }
        }
    }
    let mut out = Vec::new();
    driftview::report::json::write(&mut out, &cmp).unwrap();
    driftview::report::markdown::write(&mut out, &cmp).unwrap();
});
