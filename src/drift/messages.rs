//! A finding's message and evidence written out: one line, quotations shortened, items lost
//! and gained named once.

use rustc_hash::FxHashSet;

use std::ops::Range;

use super::{names, numbers};
use crate::comparison::{Finding, FindingKind, Severity};

pub(super) fn finding(
    kind: FindingKind,
    severity: Severity,
    row: usize,
    left: String,
    right: String,
    message: String,
) -> Finding {
    // A message is one line: the source's line breaks and runs of spaces ("Major⏎   Component")
    // become single spaces.
    let message = if message.contains(char::is_whitespace) {
        crate::text::typography::single_spaced(&message)
    } else {
        message
    };
    Finding {
        kind,
        severity,
        row,
        left,
        right,
        message,
        left_spans: Vec::new(),
        right_spans: Vec::new(),
    }
}

/// Each item once, in the order first met.
pub(super) fn once(items: Vec<String>) -> Vec<String> {
    let mut seen = FxHashSet::default();
    items
        .into_iter()
        .filter(|t| seen.insert(t.clone()))
        .collect()
}

pub(super) fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("“{}”", short(s)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Messages quote at most this many characters of a quotation; `left`/`right` keep it whole.
pub(super) const MESSAGE_QUOTE_CHARS: usize = 70;

pub(super) fn short(text: &str) -> String {
    if text.chars().count() <= MESSAGE_QUOTE_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(MESSAGE_QUOTE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Reports items lost and gained between the sides: as one change when both sides have some.
pub(super) fn lost_and_gained(
    kind: FindingKind,
    severity: Severity,
    row: usize,
    what: &str,
    lost: Vec<String>,
    gained: Vec<String>,
) -> Option<Finding> {
    let message = match (lost.is_empty(), gained.is_empty()) {
        (true, true) => return None,
        (false, false) => format!("{what} changed: {} → {}", quoted(&lost), quoted(&gained)),
        (false, true) => format!("{what} {} only in the old version", quoted(&lost)),
        (true, false) => format!("{what} {} only in the new version", quoted(&gained)),
    };
    Some(finding(
        kind,
        severity,
        row,
        lost.join(", "),
        gained.join(", "),
        message,
    ))
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The finding of numbers lost and gained in a row, each named once. Numbers written the old
/// way in pieces are one value on the other side when the pieces add up to it ("ninety years
/// old and nine" = "noventa y nueve", "diez y siete" = "seventeen", "an hundred threescore
/// and fifteen" = "ciento setenta y cinco"): no finding then.
pub(super) fn number_finding(
    row: usize,
    lost: Vec<numbers::Number>,
    gained: Vec<numbers::Number>,
) -> Option<Finding> {
    let sum = |v: &[numbers::Number]| v.iter().map(|n| n.value).sum::<f64>();
    if !lost.is_empty()
        && !gained.is_empty()
        && (lost.len() > 1 || gained.len() > 1)
        && (sum(&lost) - sum(&gained)).abs() < 1e-9
    {
        return None;
    }
    let items = |v: Vec<numbers::Number>| v.into_iter().map(|n| (n.text, n.span)).collect();
    let what = (FindingKind::Number, Severity::High, "number");
    located(what, row, items(lost), items(gained))
}

/// The finding of names lost and gained in a row, each named once.
pub(super) fn name_finding(
    row: usize,
    lost: Vec<names::Name>,
    gained: Vec<names::Name>,
) -> Option<Finding> {
    let items = |v: Vec<names::Name>| v.into_iter().map(|n| (n.text, n.span)).collect();
    let what = (FindingKind::Name, Severity::Medium, "name");
    located(what, row, items(lost), items(gained))
}

/// Items lost and gained in a row (their words and where they stand), as one finding of
/// `what` (kind, severity, the word its message uses): each item named once, however often the
/// row writes it, and every place kept.
fn located(
    (kind, severity, word): (FindingKind, Severity, &str),
    row: usize,
    lost: Vec<(String, Range<usize>)>,
    gained: Vec<(String, Range<usize>)>,
) -> Option<Finding> {
    let (lost, left_spans): (Vec<String>, Vec<Range<usize>>) = lost.into_iter().unzip();
    let (gained, right_spans): (Vec<String>, Vec<Range<usize>>) = gained.into_iter().unzip();
    let f = lost_and_gained(kind, severity, row, word, once(lost), once(gained))?;
    Some(Finding {
        left_spans,
        right_spans,
        ..f
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_written_in_pieces_that_add_up_are_one_value() {
        let n = |value: f64, text: &str| numbers::Number {
            value,
            text: text.to_string(),
            span: 0..0,
        };
        // "ninety years old and nine" against "noventa y nueve".
        assert!(
            number_finding(
                0,
                vec![n(90.0, "ninety"), n(9.0, "nine")],
                vec![n(99.0, "noventa y nueve")]
            )
            .is_none()
        );
        // "diez y siete" against "seventeen".
        assert!(
            number_finding(
                0,
                vec![n(17.0, "seventeen")],
                vec![n(10.0, "diez"), n(7.0, "siete")]
            )
            .is_none()
        );
        // A change stays one: "forty" against "cincuenta", or pieces that do not add up.
        assert!(number_finding(0, vec![n(40.0, "forty")], vec![n(50.0, "cincuenta")]).is_some());
        assert!(
            number_finding(
                0,
                vec![n(90.0, "ninety"), n(9.0, "nine")],
                vec![n(98.0, "noventa y ocho")]
            )
            .is_some()
        );
    }

    #[test]
    fn a_message_is_one_line_whatever_the_source_breaks() {
        let f = finding(
            FindingKind::Quote,
            Severity::Medium,
            0,
            String::new(),
            String::new(),
            "quotation “provided as is,\n   with no warranty” only in the old version".into(),
        );
        assert_eq!(
            f.message,
            "quotation “provided as is, with no warranty” only in the old version"
        );
    }
}
