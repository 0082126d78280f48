//! A clause left out or added across languages: a stretch of a row's source whose words the
//! pair's learned links render, none of them rendered in the row's translation, in a row
//! shorter than the pair's lengths say (or the same of the translation, in a row longer).
//!
//! In one language the word diff shows such a stretch (`clauses.rs`); across languages no word
//! is shared, and the length check alone (`cross_language::length_outlier`) fires only far
//! out, and cannot say which words are gone. The learned links (`align::lexical_model`) say
//! which words of the source have a counterpart the translation writes elsewhere in the
//! book: several of them in a row, with none rendered, and a row short by about their length,
//! is a clause the translation lacks.

use std::ops::Range;

use super::length_model::{LengthModel, chars};
use super::messages::finding;
use crate::comparison::{Comparison, Finding, FindingKind, Severity};

/// A stretch holds at least this many linked words, none rendered on the other side (one
/// more on the side the links are not keyed by: on the tuning books below, 2 words on both
/// sides found 244 errors with 207 findings on the clean pair; 3 on the other side 244 with
/// 191; 4 there 244 with 189), ...
const MIN_RUN: usize = 2;
/// ... in a row at least this many of the pair's deviations short (or long); from
/// `cross_language::LENGTH_OUTLIER_Z` on, the length finding speaks for the row. Chosen on the
/// error-injection benchmark's tuning books (Exodus to Deuteronomy, KJV against RV1909, seed
/// 1, 40 errors a kind; errors found of 320, the clean pair's findings, new findings at no
/// error), from 237, 174 and 10 without the check: 2 words at 2.5 deviations 240, 190, 11;
/// at 2.25 244, 207, 12; at 2 247, 235, 16; at 1.5 247, 318, 19; 3 words at 2 241, 195, 14;
/// 4 words at 1.5 240, 189, 12.
const MIN_Z: f64 = 2.25;

/// The longest stretch of `words` (in order, each with whether it is rendered) holding no
/// rendered word, as (the byte range from its first unrendered word to its last, how many).
fn longest_unrendered(words: &[(Range<usize>, bool)]) -> Option<(Range<usize>, usize)> {
    let mut best: Option<(Range<usize>, usize)> = None;
    let mut current: Option<(Range<usize>, usize)> = None;
    for (r, rendered) in words {
        if *rendered {
            current = None;
            continue;
        }
        let run = match current.take() {
            Some((span, n)) => (span.start..r.end, n + 1),
            None => (r.clone(), 1),
        };
        if best.as_ref().is_none_or(|b| run.1 > b.1) {
            best = Some(run.clone());
        }
        current = Some(run);
    }
    best
}

/// The clause a row's translation lacks (or adds), by the learned links and the pair's
/// lengths.
pub(super) fn lexical_gap(
    cmp: &Comparison,
    row: usize,
    (old, new): (&str, &str),
    model: Option<&LengthModel>,
) -> Option<Finding> {
    let model = model?;
    let (a, b) = (chars(old), chars(new));
    if a == 0 || b == 0 || cmp.word_links.is_empty() {
        return None;
    }
    let z = model.z(a, b);
    // Most rows stand near the pair's ratio: the words are read only for the rest.
    if z.abs() < MIN_Z || z.abs() >= super::cross_language::LENGTH_OUTLIER_Z {
        return None;
    }
    let dropped = z < 0.0;
    let renderings = cmp.word_links.renderings(old, new);
    let (words, text) = if dropped {
        (&renderings.old, old)
    } else {
        (&renderings.new, new)
    };
    let (span, count) = longest_unrendered(words)?;
    // The side whose words the links are keyed by needs MIN_RUN; on the other a word is
    // evidence only as some key's link, a weaker sign, and one more is needed.
    let keyed = dropped == cmp.word_links.from_old;
    if count < MIN_RUN + usize::from(!keyed) {
        return None;
    }
    let stretch = text[span].trim().to_string();
    let (left, right) = if dropped {
        (stretch.clone(), String::new())
    } else {
        (String::new(), stretch.clone())
    };
    let way = if dropped { "dropped" } else { "added" };
    Some(finding(
        FindingKind::Clause,
        Severity::Medium,
        row,
        left,
        right,
        format!("clause {way} ({count} linked words, none rendered): “{stretch}”"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_stretch_without_a_rendered_word_is_found() {
        let w = |s: usize, rendered: bool| (s..s + 3, rendered);
        let words = [
            w(0, true),
            w(4, false),
            w(8, false),
            w(12, true),
            w(16, false),
            w(20, false),
            w(24, false),
        ];
        assert_eq!(longest_unrendered(&words), Some((16..27, 3)));
        assert_eq!(longest_unrendered(&[w(0, true)]), None);
        assert_eq!(longest_unrendered(&[]), None);
    }
}
