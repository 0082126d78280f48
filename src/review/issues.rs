//! Errors the reviewer marks on rows the checks did not flag: kept in the review file as
//! entries of kind `reviewer`, anchored by their row's text on each side as every verdict is,
//! and given back to a comparison as findings of their own, so that the panel, `]`, the
//! verdict keys, the score and every export treat them as the checks' findings.

use super::record::{Anchor, Review, normalise};
use crate::comparison::{Comparison, Finding, FindingKind, Severity};
use crate::side::Side;

/// The anchor of an error the reviewer marks on `row` of `cmp` (`words`: what it concerns,
/// if the reviewer names it; empty for the whole row).
pub fn issue_anchor(cmp: &Comparison, row: usize, words: &str) -> Anchor {
    let r = &cmp.rows[row];
    Anchor {
        kind: FindingKind::Reviewer,
        left: normalise(words),
        right: String::new(),
        old_text: normalise(cmp.text(r, Side::Old)),
        new_text: normalise(cmp.text(r, Side::New)),
    }
}

/// The words an issue concerns, when what the reviewer wrote opens with them in quotation
/// marks (`“cumplir” is fulfil, not meet`): the quoted words; else none (the whole row).
pub fn quoted_words(written: &str) -> String {
    let text = written.trim_start();
    let Some(open) = text.chars().next() else {
        return String::new();
    };
    let close = match open {
        '“' => '”',
        '„' => '“',
        '«' => '»',
        '"' | '\'' => open,
        _ => return String::new(),
    };
    let rest = &text[open.len_utf8()..];
    rest.find(close)
        .map(|end| normalise(&rest[..end]))
        .unwrap_or_default()
}

/// Where `words` stand in `text`: every occurrence, as byte ranges.
fn occurrences(text: &str, words: &str) -> Vec<std::ops::Range<usize>> {
    if words.is_empty() {
        return Vec::new();
    }
    text.match_indices(words)
        .map(|(at, w)| at..at + w.len())
        .collect()
}

/// The row an issue was marked on: the one with both sides' text, else the only one with one
/// side's (an edit on the other side since).
fn row_of(cmp: &Comparison, texts: &[(String, String)], anchor: &Anchor) -> Option<usize> {
    let both = texts
        .iter()
        .position(|(o, n)| *o == anchor.old_text && *n == anchor.new_text);
    both.or_else(|| {
        let mut one = texts.iter().enumerate().filter(|(_, (o, n))| {
            (!anchor.old_text.is_empty() && *o == anchor.old_text)
                || (!anchor.new_text.is_empty() && *n == anchor.new_text)
        });
        match (one.next(), one.next()) {
            (Some((k, _)), None) => Some(k),
            _ => None,
        }
    })
    .filter(|&k| k < cmp.rows.len())
}

/// `cmp` with the review's issues among its findings (in row order, after the checks' own
/// findings of the same row), or `None` when the review has none and `cmp` carries none: the
/// comparison as it is then. Issues given earlier are replaced, so this can run again.
pub fn with_issues(cmp: &Comparison, review: &Review) -> Option<Comparison> {
    let issues: Vec<&Anchor> = review
        .entries
        .iter()
        .map(|e| &e.anchor)
        .filter(|a| a.kind == FindingKind::Reviewer)
        .collect();
    let carries = cmp.findings.iter().any(|f| f.kind == FindingKind::Reviewer);
    if issues.is_empty() && !carries {
        return None;
    }
    let texts: Vec<(String, String)> = cmp
        .rows
        .iter()
        .map(|r| {
            (
                normalise(cmp.text(r, Side::Old)),
                normalise(cmp.text(r, Side::New)),
            )
        })
        .collect();
    let mut out = cmp.clone();
    out.findings.retain(|f| f.kind != FindingKind::Reviewer);
    for anchor in issues {
        let Some(row) = row_of(cmp, &texts, anchor) else {
            continue;
        };
        let message = if anchor.left.is_empty() {
            "error marked by the reviewer".to_string()
        } else {
            format!("error marked by the reviewer: “{}”", anchor.left)
        };
        // Where the row's own findings end.
        let at = out.findings.partition_point(|f| f.row <= row);
        let r = &cmp.rows[row];
        out.findings.insert(
            at,
            Finding {
                kind: FindingKind::Reviewer,
                severity: Severity::High,
                row,
                left: anchor.left.clone(),
                right: anchor.right.clone(),
                message,
                // The words it concerns, highlighted where either side has them.
                left_spans: occurrences(cmp.text(r, Side::Old), &anchor.left),
                right_spans: occurrences(cmp.text(r, Side::New), &anchor.left),
            },
        );
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::{Entry, Verdict, attach};

    use crate::compare::compare_texts as pair;

    #[test]
    fn an_issue_comes_back_on_its_row_and_takes_its_verdict() {
        let cmp = pair(
            "The weather was fine.\n\nThe bridge opened in May.\n\nFerries run hourly.\n",
            "The weather was fine.\n\nThe bridge opened in June.\n\nFerries run hourly.\n",
        );
        let row = (0..cmp.rows.len())
            .find(|&k| cmp.text(&cmp.rows[k], Side::Old).contains("Ferries"))
            .unwrap();
        let mut review = Review::new("a", "b");
        let mut entry = Entry::new(
            issue_anchor(&cmp, row, "hourly"),
            Some(Verdict::Error),
            None,
        );
        entry.note = Some("should be every hour".into());
        review.put(entry);
        let with = with_issues(&cmp, &review).unwrap();
        assert_eq!(with.findings.len(), cmp.findings.len() + 1);
        let k = with
            .findings
            .iter()
            .position(|f| f.kind == FindingKind::Reviewer)
            .unwrap();
        assert_eq!(with.findings[k].row, row);
        assert_eq!(
            with.findings[k].message,
            "error marked by the reviewer: “hourly”"
        );
        // Its words stand highlighted on both sides.
        let old_text = cmp.text(&cmp.rows[row], Side::Old);
        assert_eq!(
            with.findings[k]
                .left_spans
                .iter()
                .map(|s| &old_text[s.clone()])
                .collect::<Vec<_>>(),
            ["hourly"]
        );
        assert_eq!(with.findings[k].right_spans.len(), 1);
        assert!(with.findings.windows(2).all(|w| w[0].row <= w[1].row));
        let attached = attach(&review, &with);
        assert_eq!(attached.entries[k], Some(0), "the entry attaches to it");
        // Run again on its own output: the same findings, not twice the issue.
        assert_eq!(with_issues(&with, &review).unwrap().findings, with.findings);
        // A review without issues leaves a comparison without them as it is.
        assert!(with_issues(&cmp, &Review::new("a", "b")).is_none());
    }

    #[test]
    fn the_words_an_issue_concerns_are_the_quoted_ones_it_opens_with() {
        assert_eq!(quoted_words("“cumplir” is fulfil, not meet"), "cumplir");
        assert_eq!(quoted_words("  \"to  meet\" lost"), "to meet");
        assert_eq!(quoted_words("«Kremlin» spelt Kremlín"), "Kremlin");
        assert_eq!(quoted_words("tense is wrong"), "");
        assert_eq!(quoted_words("“unclosed"), "");
        assert_eq!(quoted_words(""), "");
    }

    #[test]
    fn an_issue_follows_its_row_when_one_side_was_edited() {
        let before = pair(
            "One line here.\n\nTwo lines there.\n",
            "Uno aquí.\n\nDos allí.\n",
        );
        let mut review = Review::new("a", "b");
        review.put(Entry::new(
            issue_anchor(&before, 1, ""),
            Some(Verdict::Error),
            None,
        ));
        let after = pair(
            "One line here.\n\nTwo lines there.\n",
            "Uno aquí.\n\nDos líneas allí.\n",
        );
        let with = with_issues(&after, &review).unwrap();
        let issue = with
            .findings
            .iter()
            .find(|f| f.kind == FindingKind::Reviewer)
            .unwrap();
        assert_eq!(issue.row, 1);
    }
}
