//! Property tests of the rows of three and more versions: every sentence of every version in
//! exactly one row, in order; each compared pair laid on those rows; two versions are exactly
//! their comparison.

use std::sync::Arc;

use proptest::prelude::*;

use driftview::diff::OpTag;
use driftview::text::Language;
use driftview::versions::{Plan, Versions, compare_versions};
use driftview::{DiffOptions, Document, RowKind, Side, compare};

const WORDS: &[&str] = &[
    "the",
    "Putin",
    "Biden",
    "said",
    "not",
    "never",
    "Mr.",
    "2.5",
    "1,000",
    "“quoted”",
    "東京",
    "Ukraine",
    "talks",
    "will",
    "meet",
    "a",
    "(12)",
    "twelve",
    "doce",
    "casa",
    "ferry",
    "bridge",
];
const ENDS: &[&str] = &[". ", "! ", "? ", "\n", "\n\n", "; "];

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(WORDS), 1..10),
        prop::sample::select(ENDS),
    )
        .prop_map(|(words, end)| format!("{}{end}", words.join(" ")))
}

/// A first version and edits of it, each made from the one before: sentences added, dropped,
/// swapped.
fn history(versions: usize) -> impl Strategy<Value = Vec<String>> {
    (
        prop::collection::vec(sentence(), 0..12),
        prop::collection::vec(
            (prop::collection::vec(sentence(), 0..4), any::<u64>()),
            versions - 1,
        ),
    )
        .prop_map(|(first, edits)| {
            let mut out = vec![first.clone()];
            let mut cur = first;
            for (extra, seed) in edits {
                let mut s = seed;
                let mut next = || {
                    s = s
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (s >> 33) as usize
                };
                for e in extra {
                    let at = next() % (cur.len() + 1);
                    cur.insert(at, e);
                }
                if cur.len() > 2 {
                    let i = next() % cur.len();
                    cur.remove(i);
                    let (a, b) = (next() % cur.len(), next() % cur.len());
                    cur.swap(a, b);
                }
                out.push(cur.clone());
            }
            out.into_iter().map(|v| v.concat()).collect()
        })
}

fn docs(texts: &[String], languages: &[&str]) -> Vec<Arc<Document>> {
    texts
        .iter()
        .zip(languages)
        .enumerate()
        .map(|(k, (t, code))| {
            let mut d = Document::from_text(format!("v{k}"), t.as_str());
            d.language = Language::from_code(code);
            Arc::new(d)
        })
        .collect()
}

/// Every sentence of every version in exactly one row, in order; an empty cell stands where
/// the version's next sentence is; every pair's comparison has the rows' cells of its two.
fn check_rows(v: &Versions) -> Result<(), TestCaseError> {
    for d in 0..v.docs.len() {
        let link = v.links.iter().find(|l| l.versions.contains(&d)).unwrap();
        let side = if link.versions[0] == d {
            Side::Old
        } else {
            Side::New
        };
        let total = link.comparison.sentences.get(side).len();
        let mut next = 0;
        for row in &v.rows {
            let r = &row.0[d];
            prop_assert_eq!(r.start, next, "version {} rows out of order", d);
            next = r.end;
        }
        prop_assert_eq!(next, total, "version {} not covered", d);
    }
    for link in &v.links {
        let cmp = &link.comparison;
        prop_assert_eq!(cmp.rows.len(), v.rows.len());
        for (row, cells) in cmp.rows.iter().zip(&v.rows) {
            prop_assert_eq!(&row.sentences.old, &cells.0[link.versions[0]]);
            prop_assert_eq!(&row.sentences.new, &cells.0[link.versions[1]]);
        }
        // Each row's word ops rebuild its two cells (a moved row's, with its partner's).
        for row in &cmp.rows {
            let (old_row, new_row) = match row.partner {
                Some(p) if row.sentences.old.is_empty() => (&cmp.rows[p], row),
                Some(p) => (row, &cmp.rows[p]),
                None => (row, row),
            };
            prop_assert_eq!(row.kind == RowKind::Moved, row.partner.is_some());
            let left: String = row
                .ops
                .iter()
                .filter(|o| o.tag != OpTag::Insert)
                .map(|o| &cmp.docs.old.text[o.old.clone()])
                .collect();
            let right: String = row
                .ops
                .iter()
                .filter(|o| o.tag != OpTag::Delete)
                .map(|o| &cmp.docs.new.text[o.new.clone()])
                .collect();
            prop_assert_eq!(left, cmp.text(old_row, Side::Old));
            prop_assert_eq!(right, cmp.text(new_row, Side::New));
        }
        prop_assert!(cmp.findings.windows(2).all(|w| w[0].row <= w[1].row));
        prop_assert!(cmp.findings.iter().all(|f| f.row < v.rows.len()));
        prop_assert_eq!(link.introduced_by.len(), cmp.findings.len());
        // A row's parts, where it has them, are two or more runs that share its sentences
        // out in order on each side.
        prop_assert_eq!(link.parts.len(), v.rows.len());
        for (row, parts) in cmp.rows.iter().zip(link.parts.iter()) {
            if parts.is_empty() {
                continue;
            }
            prop_assert!(parts.len() >= 2);
            for side in Side::BOTH {
                let mut next = row.sentences.get(side).start;
                for part in parts {
                    prop_assert_eq!(part.get(side).start, next);
                    next = part.get(side).end;
                }
                prop_assert_eq!(next, row.sentences.get(side).end);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn a_history_covers_every_version_once_in_order(texts in history(4)) {
        let v = compare_versions(docs(&texts, &["en"; 4]), Plan::History, DiffOptions::default(), &driftview::Knowledge::none());
        check_rows(&v)?;
    }

    #[test]
    fn a_round_trip_across_languages_covers_every_version_once_in_order(texts in history(3)) {
        let v = compare_versions(docs(&texts, &["en", "es", "en"]), Plan::RoundTrip, DiffOptions::default(), &driftview::Knowledge::none());
        check_rows(&v)?;
    }

    #[test]
    fn two_versions_are_exactly_their_comparison(texts in history(2)) {
        let d = docs(&texts, &["en", "en"]);
        let pair = compare(d[0].clone(), d[1].clone(), DiffOptions::default(), &driftview::Knowledge::none());
        let v = compare_versions(d, Plan::History, DiffOptions::default(), &driftview::Knowledge::none());
        prop_assert_eq!(&v.links[0].comparison.rows, &pair.rows);
        prop_assert_eq!(&v.links[0].comparison.findings, &pair.findings);
        prop_assert_eq!(v.findings.len(), pair.findings.len());
    }
}
