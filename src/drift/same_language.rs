//! The checks of two versions in one language, side against side: negations, numbers,
//! quotations and names lost, gained or changed.

use super::habits::{Habits, names_in};
use super::messages::{finding, lost_and_gained, name_finding, number_finding, short};
use super::{names, negation, negators, numbers, quotes};
use crate::comparison::{Finding, FindingKind, Severity};
use crate::side::Pair;
use crate::text::Language;
use crate::text::tokens::Text;

pub(super) fn checks(
    row: usize,
    (old, new): (&Text, &Text),
    language: Option<Language>,
    habits: &Pair<Habits>,
    out: &mut Vec<Finding>,
) {
    negations(row, old, new, language, out);
    numbers_changed(row, old, new, out);
    quotes_changed(row, old.text, new.text, habits, out);
    names_changed(row, old, new, habits, out);
}

/// Negators and hedges lost or gained: English's cues (hedges and contractions too), or in
/// another language its negators (`negators.rs`).
pub(super) fn negations(
    row: usize,
    old: &Text,
    new: &Text,
    language: Option<Language>,
    out: &mut Vec<Finding>,
) {
    // A language with its own list is read by it; English (or a language unknown, or
    // without a list) by English's cues. An English row is not read twice.
    let own = |t: &Text| negators::denials(t, language).map(|d| d.negators);
    if language.is_some_and(|l| l != Language::ENGLISH)
        && let (Some(a), Some(b)) = (own(old), own(new))
    {
        return report_negations(
            row,
            negation::vanished(&a, &b),
            negation::vanished(&b, &a),
            out,
        );
    }
    let (a, b) = (negation::cues(old), negation::cues(new));
    let swapped =
        negation::without_plain_swaps(negation::vanished(&a, &b), negation::vanished(&b, &a));
    let (lost, gained) = negation::without_prefixed_rewordings(
        negation::without_plain_words(swapped, old, new),
        old,
        new,
    );
    report_negations(row, lost, gained, out);
}

fn report_negations<S: Into<String>>(
    row: usize,
    lost: Vec<S>,
    gained: Vec<S>,
    out: &mut Vec<Finding>,
) {
    let lost: Vec<String> = lost.into_iter().map(Into::into).collect();
    let gained: Vec<String> = gained.into_iter().map(Into::into).collect();
    out.extend(lost_and_gained(
        FindingKind::Negation,
        Severity::High,
        row,
        "negation",
        lost,
        gained,
    ));
}

pub(super) fn numbers_changed(row: usize, old: &Text, new: &Text, out: &mut Vec<Finding>) {
    let (a, b) = (numbers::numbers(old), numbers::numbers(new));
    // A spelled number inside a compound on the other side ("first fruits" against
    // "firstfruits", "seven fold" against "sevenfold") is the same word written apart.
    // (Lower-case copies only for the rare row whose numbers differ.)
    let apart = |n: &numbers::Number, other: &str| {
        let word = n.text.to_lowercase();
        word.chars().all(char::is_alphabetic)
            && numbers::inside_a_word(&word, &other.to_lowercase())
    };
    // "them twain" against "them both": a 2 the other side says in words.
    let worded =
        |n: &numbers::Number, other: &Text| n.value == 2.0 && numbers::says_two_in_words(other);
    let mut lost = numbers::unmatched(&a, &b);
    lost.retain(|n| !apart(n, new.text) && !worded(n, new));
    let mut gained = numbers::unmatched(&b, &a);
    gained.retain(|n| !apart(n, old.text) && !worded(n, old));
    out.extend(number_finding(row, lost, gained));
}

/// A quotation on one side only is reported when the other version quotes at all: one that
/// never uses quotation marks differs in style, not in what it quotes.
pub(super) fn quotes_changed(
    row: usize,
    old: &str,
    new: &str,
    habits: &Pair<Habits>,
    out: &mut Vec<Finding>,
) {
    use quotes::QuoteChange;
    for change in quotes::compare_quotes(&quotes::quotes(old), &quotes::quotes(new)) {
        let (left, right, message) = match change {
            QuoteChange::Dropped(_) if !habits.new.quotes => continue,
            QuoteChange::Added(_) if !habits.old.quotes => continue,
            QuoteChange::Reworded { old, new, kept } => {
                let message = format!(
                    "quotation reworded ({:.0}% of its words kept): “{}” → “{}”",
                    kept * 100.0,
                    short(&old),
                    short(&new)
                );
                (old, new, message)
            }
            QuoteChange::Dropped(q) => (
                q.clone(),
                String::new(),
                format!("quotation “{}” only in the old version", short(&q)),
            ),
            QuoteChange::Added(q) => (
                String::new(),
                q.clone(),
                format!("quotation “{}” only in the new version", short(&q)),
            ),
        };
        out.push(finding(
            FindingKind::Quote,
            Severity::Medium,
            row,
            left,
            right,
            message,
        ));
    }
}

/// A capitalised word its document also writes in lower case opens a speech or a line
/// ("And the serpent said unto the woman, Ye shall not surely die"): it is no name alone.
pub(super) fn names_changed(
    row: usize,
    old: &Text,
    new: &Text,
    habits: &Pair<Habits>,
    out: &mut Vec<Finding>,
) {
    let (a, b) = (names_in(old, &habits.old), names_in(new, &habits.new));
    let lost = names::missing(&a, new, &b);
    let gained = names::missing(&b, old, &a);
    out.extend(name_finding(row, lost, gained));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negation_messages(a: &str, b: &str, code: &str) -> Vec<String> {
        let mut out = Vec::new();
        let (a, b) = (Text::new(a), Text::new(b));
        negations(0, &a, &b, Language::from_code(code), &mut out);
        out.into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn a_negator_lost_in_another_language_is_found() {
        assert_eq!(
            negation_messages("Er kam nicht.", "Er kam.", "de"),
            ["negation “nicht” only in the old version"]
        );
        assert_eq!(
            negation_messages("Il n'est pas venu.", "Il est venu.", "fr"),
            ["negation “ne” only in the old version"]
        );
        assert_eq!(
            negation_messages("Он пришёл.", "Он не пришёл.", "ru"),
            ["negation “не” only in the new version"]
        );
        assert!(negation_messages("Er kam nicht.", "Er kam nicht mehr.", "de").is_empty());
    }
}
