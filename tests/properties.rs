//! Property tests of the core's invariants on generated texts, Unicode included.

use std::sync::Arc;

use proptest::prelude::*;

use driftview::diff::OpTag;
use driftview::internals::invariants::visible_graphemes;
use driftview::layout::{LayoutOptions, layout_row, row_height};
use driftview::segment::sentences;
use driftview::text::Language;
use driftview::text::tokenize;
use driftview::{Comparison, DiffOptions, Document, RowKind, Side, compare};

const WORDS: &[&str] = &[
    "the",
    "Putin",
    "Biden",
    "said",
    "not",
    "never",
    "Mr.",
    "U.S.",
    "2.5",
    "1,000",
    "“quoted”",
    "it’s",
    "東京",
    "é",
    "e\u{301}",
    "👍🏽",
    "«non»",
    "—",
    "Ukraine",
    "talks",
    "will",
    "meet",
    "a",
    "(12)",
    "...",
    "שלום",
    "مرحبا",
    "zero\u{200d}width",
    "can’t",
    "\u{a0}",
];
const ENDS: &[&str] = &[". ", "! ", "? ", ".” ", "\n", "\n\n", " ", "... ", ".\r\n"];

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(WORDS), 1..12),
        prop::sample::select(ENDS),
    )
        .prop_map(|(words, end)| format!("{}{end}", words.join(" ")))
}

fn text() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(sentence(), 0..14)
}

/// A second version: sentences dropped, added, edited and moved.
fn versions() -> impl Strategy<Value = (String, String)> {
    (text(), text(), any::<u64>()).prop_map(|(old, extra, seed)| {
        let mut new = old.clone();
        let mut s = seed;
        let mut next = || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (s >> 33) as usize
        };
        for e in extra {
            let at = next() % (new.len() + 1);
            new.insert(at, e);
        }
        if new.len() > 2 {
            let i = next() % new.len();
            new.remove(i);
            let (a, b) = (next() % new.len(), next() % new.len());
            new.swap(a, b);
        }
        (old.concat(), new.concat())
    })
}

fn run(old: &str, new: &str, options: DiffOptions) -> Comparison {
    compare(
        Arc::new(Document::from_text("old", old)),
        Arc::new(Document::from_text("new", new)),
        options,
        &driftview::Knowledge::none(),
    )
}

fn options() -> impl Strategy<Value = DiffOptions> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(c, p, w)| DiffOptions {
        ignore_case: c,
        ignore_punctuation: p,
        ignore_whitespace: w,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn sentences_and_gaps_tile_the_text(parts in text()) {
        let text = parts.concat();
        let mut pos = 0;
        for s in sentences(&text) {
            prop_assert!(s.span.start >= pos);
            prop_assert!(text[pos..s.span.start].trim().is_empty());
            let body = &text[s.span.clone()];
            prop_assert!(!body.is_empty() && body.trim() == body);
            pos = s.span.end;
        }
        prop_assert!(text[pos..].trim().is_empty());
    }

    #[test]
    fn tokens_tile_the_text(parts in text()) {
        let text = parts.concat();
        let rebuilt: String = tokenize(&text).iter().map(|t| &text[t.span.clone()]).collect();
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn rows_cover_every_sentence_once_in_order((old, new) in versions(), opts in options()) {
        let cmp = run(&old, &new, opts);
        for side in Side::BOTH {
            let mut next = 0;
            for row in &cmp.rows {
                let r = row.sentences.get(side);
                if r.is_empty() { continue; }
                prop_assert_eq!(r.start, next);
                next = r.end;
            }
            prop_assert_eq!(next, cmp.sentences.get(side).len());
        }
    }

    #[test]
    fn rows_cover_every_sentence_once_across_languages((old, new) in versions()) {
        // The same texts told to be English and Spanish take the cross-language path.
        let doc = |name: &str, text: &str, code: &str| {
            let mut d = Document::from_text(name, text);
            d.language = Language::from_code(code);
            Arc::new(d)
        };
        let cmp = compare(doc("old", &old, "en"), doc("new", &new, "es"), DiffOptions::default(), &driftview::Knowledge::none());
        for side in Side::BOTH {
            let mut next = 0;
            for row in &cmp.rows {
                let r = row.sentences.get(side);
                prop_assert!(r.len() <= 6);
                if r.is_empty() { continue; }
                prop_assert_eq!(r.start, next);
                next = r.end;
            }
            prop_assert_eq!(next, cmp.sentences.get(side).len());
        }
    }

    #[test]
    fn every_alignment_format_writes_one_line_per_link(
        (old, new) in versions(), across in any::<bool>()
    ) {
        // Dropped and added rows among the links: each is a line, its missing side empty.
        let doc = |name: &str, text: &str, code: &str| {
            let mut d = Document::from_text(name, text);
            if across {
                d.language = Language::from_code(code);
            }
            Arc::new(d)
        };
        let cmp = compare(doc("old", &old, "en"), doc("new", &new, "es"), DiffOptions::default(), &driftview::Knowledge::none());
        let written = |write: fn(&mut dyn std::io::Write, &Comparison) -> std::io::Result<()>| {
            let mut out = Vec::new();
            write(&mut out, &cmp).expect("written to memory");
            String::from_utf8(out).expect("UTF-8")
        };
        let ladder = written(driftview::report::ladder::write_ladder);
        let bitext = written(driftview::report::ladder::write_bitext);
        prop_assert_eq!(ladder.lines().count(), bitext.lines().count());
        for (link, line) in ladder.lines().zip(bitext.lines()) {
            prop_assert_eq!(line.matches('\t').count(), 1, "{}", line);
            let (source, translation) = line.split_once('\t').unwrap_or_default();
            prop_assert_eq!(link.starts_with("[]"), source.is_empty(), "{} / {}", link, line);
            prop_assert_eq!(link.contains(":[]"), translation.is_empty(), "{} / {}", link, line);
        }
        let tmx = written(driftview::report::ladder::write_tmx);
        prop_assert!(tmx.ends_with("</tmx>\n"));
        let json = written(driftview::report::json::write);
        prop_assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
        prop_assert!(!written(driftview::report::markdown::write).is_empty());
    }

    #[test]
    fn ops_rebuild_both_sides((old, new) in versions(), opts in options()) {
        let cmp = run(&old, &new, opts);
        for row in &cmp.rows {
            // A moved row's ops compare it with its partner: rebuild the pair.
            let (old_row, new_row) = match row.partner {
                Some(p) if row.sentences.old.is_empty() => (&cmp.rows[p], row),
                Some(p) => (row, &cmp.rows[p]),
                None => (row, row),
            };
            prop_assert_eq!(row.kind == RowKind::Moved, row.partner.is_some());
            let left: String = row.ops.iter().filter(|o| o.tag != OpTag::Insert)
                .map(|o| &cmp.docs.old.text[o.old.clone()]).collect();
            let right: String = row.ops.iter().filter(|o| o.tag != OpTag::Delete)
                .map(|o| &cmp.docs.new.text[o.new.clone()]).collect();
            prop_assert_eq!(left, cmp.text(old_row, Side::Old));
            prop_assert_eq!(right, cmp.text(new_row, Side::New));
        }
    }

    #[test]
    fn identical_texts_are_all_equal(parts in text(), opts in options()) {
        let text = parts.concat();
        let cmp = run(&text, &text, opts);
        prop_assert!(cmp.rows.iter().all(|r| r.kind == RowKind::Equal));
        prop_assert!(!cmp.stats.has_differences());
        prop_assert!(cmp.findings.is_empty());
        if !cmp.rows.is_empty() {
            prop_assert!((cmp.similarity - 1.0).abs() < 1e-6);
        }
    }

    #[test]
    fn layout_keeps_rows_aligned_and_within_width((old, new) in versions(), width in 1usize..60) {
        let cmp = run(&old, &new, DiffOptions::default());
        let layout = LayoutOptions { width, markers: true, counterparts: true };
        for k in 0..cmp.rows.len() {
            prop_assert_eq!(row_height(&cmp, k, &layout), layout_row(&cmp, k, &layout).len());
            for line in layout_row(&cmp, k, &layout) {
                // Only a lone grapheme wider than the pane (a wide character at width 1)
                // may overflow it.
                for text in [&line.old, &line.new] {
                    let visible = visible_graphemes(&text.text());
                    prop_assert!(text.width() <= width || visible == 1, "{:?} at {}", text.text(), width);
                }
            }
        }
    }

    #[test]
    fn a_text_against_itself_in_cjk_punctuation_stays_one_to_one(
        sentences in prop::collection::vec(
            (prop::collection::vec(prop::sample::select(NAMES), 1..9), 0usize..3),
            1..12,
        )
    ) {
        // The same sentences, one side ending them Latin-style (". ", "? ", "! "), the other
        // as Chinese does (。？！, no space), the languages English and Chinese: the
        // cross-language path must pair each sentence with itself.
        const LATIN: [&str; 3] = [". ", "? ", "! "];
        const CJK: [&str; 3] = ["。", "？", "！"];
        let write = |ends: [&str; 3]| -> String {
            sentences
                .iter()
                .map(|(words, end)| format!("{}{}", words.join(" "), ends[*end]))
                .collect()
        };
        let doc = |name: &str, text: String, code: &str| {
            let mut d = Document::from_text(name, text);
            d.language = Language::from_code(code);
            Arc::new(d)
        };
        let cmp = compare(doc("en", write(LATIN), "en"), doc("zh", write(CJK), "zh"), DiffOptions::default(), &driftview::Knowledge::none());
        prop_assert!(cmp.across);
        prop_assert_eq!(cmp.sentences.old.len(), sentences.len());
        prop_assert_eq!(cmp.sentences.new.len(), sentences.len());
        let rows: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = cmp
            .rows
            .iter()
            .map(|r| (r.sentences.old.clone(), r.sentences.new.clone()))
            .collect();
        let want: Vec<_> = (0..sentences.len()).map(|k| (k..k + 1, k..k + 1)).collect();
        prop_assert_eq!(rows, want);
    }
}

/// Capitalised words for sentences that segment the same way in any punctuation (no
/// abbreviations, no initials).
const NAMES: &[&str] = &[
    "Adelaide",
    "Bertrand",
    "Camille",
    "Dorothea",
    "Evander",
    "Florian",
    "Gwendolyn",
    "Horatio",
    "Isolde",
    "Jasper",
    "Katarina",
    "Leopold",
    "Marisol",
    "Nathaniel",
];

const PROSE: &[&str] = &[
    "the",
    "minister",
    "said",
    "that",
    "talks",
    "would",
    "resume",
    "in",
    "Geneva",
    "next",
    "week",
    "after",
    "a",
    "pause",
    "of",
    "several",
    "months",
    "and",
    "both",
    "sides",
    "agreed",
    "to",
    "meet",
    "again",
    "before",
    "winter",
    "officials",
    "confirmed",
];

/// Paragraphs of prose sentences, each a list of sentences of words.
fn prose() -> impl Strategy<Value = Vec<Vec<Vec<&'static str>>>> {
    let sentence = prop::collection::vec(prop::sample::select(PROSE), 6..16);
    let paragraph = prop::collection::vec(sentence, 3..6);
    prop::collection::vec(paragraph, 4..8)
}

/// The paragraphs written out, each sentence capitalised and ended, wrapped greedily at
/// `width` columns.
fn wrapped(paragraphs: &[Vec<Vec<&str>>], width: usize) -> String {
    let mut out = String::new();
    for paragraph in paragraphs {
        let words: Vec<String> = paragraph
            .iter()
            .flat_map(|s| {
                let n = s.len();
                s.iter().enumerate().map(move |(k, w)| {
                    let mut w = w.to_string();
                    if k == 0 {
                        w = w[..1].to_uppercase() + &w[1..];
                    }
                    if k + 1 == n {
                        w.push('.');
                    }
                    w
                })
            })
            .collect();
        let mut line = String::new();
        for w in words {
            if !line.is_empty() && line.len() + 1 + w.len() > width {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&w);
        }
        out.push_str(&line);
        out.push_str("\n\n");
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A document against its own re-wrap at another width is all equal: no change, no
    /// finding (issue 29).
    #[test]
    fn a_rewrap_at_another_width_compares_as_all_equal(
        paragraphs in prose(),
        a in 45usize..=100,
        b in 45usize..=100,
    ) {
        let (old, new) = (wrapped(&paragraphs, a), wrapped(&paragraphs, b));
        // A text of a few lines says too little about how it is wrapped (a short poem keeps
        // its breaks): an article's length.
        let lines = |t: &str| t.lines().filter(|l| !l.is_empty()).count();
        prop_assume!(lines(&old) >= 12 && lines(&new) >= 12);
        let cmp = run(&old, &new, DiffOptions::default());
        for row in &cmp.rows {
            prop_assert_eq!(row.kind, RowKind::Equal, "{}\n---\n{}", old, new);
        }
        prop_assert!(cmp.findings.is_empty(), "{:?}", cmp.findings);
    }
}
