//! Across languages, a row's side as plain text with its anchors marked: the numbers and
//! names that a finding says the other side lacks and the words a reviewer's own error names
//! (alert: the deleted or inserted style), and the numbers written in digits and the names
//! both sides have (quiet: the anchor style). The findings decide what is missing, so the
//! screen and the findings panel always agree.

use std::borrow::Cow;
use std::ops::Range;

use super::line::{Highlight, Piece, marked};
use crate::comparison::{Comparison, FindingKind};
use crate::side::Side;

/// The pieces of `text`, side `side` of row `index`, with its anchors styled.
pub(super) fn anchored<'a>(
    cmp: &Comparison,
    index: usize,
    side: Side,
    text: Cow<'a, str>,
    markers: bool,
    counterparts: bool,
) -> Vec<Piece<'a>> {
    let alert = if side == Side::Old {
        Highlight::Deleted
    } else {
        Highlight::Inserted
    };
    // The findings say where their numbers and names stand in the row's text; the text shown
    // may be reflowed (soft line breaks made spaces), so the places are carried over.
    let missing: Vec<Range<usize>> = cmp
        .findings_on(index)
        .iter()
        // The words a reviewer's own error names are marked where they stand too.
        .filter(|f| {
            matches!(
                f.kind,
                FindingKind::Number | FindingKind::Name | FindingKind::Reviewer
            )
        })
        .flat_map(|f| {
            if side == Side::Old {
                &f.left_spans
            } else {
                &f.right_spans
            }
        })
        .cloned()
        .collect();
    let raw = cmp.text(&cmp.rows[index], side);
    let mut marks: Vec<(Range<usize>, Highlight)> = carried_over(raw, &text, &missing)
        .into_iter()
        .map(|r| (r, alert))
        .collect();
    let other = if side == Side::Old {
        Side::New
    } else {
        Side::Old
    };
    let other_text = cmp.text(&cmp.rows[index], other);
    let mut kept = kept_names(&text, other_text);
    // The words the aligner learned to link, on a key: where the row's translation renders
    // which of its source's words.
    if counterparts {
        let (old, new) = match side {
            Side::Old => (raw, other_text),
            Side::New => (other_text, raw),
        };
        let mut linked: Vec<Range<usize>> = cmp
            .word_links
            .in_texts(old, new)
            .into_iter()
            .map(|(o, n)| if side == Side::Old { o } else { n })
            .collect();
        linked.sort_by_key(|r| r.start);
        linked.dedup();
        kept.extend(carried_over(raw, &text, &linked));
    }
    // The alert marks sorted by start (they may overlap one another), each with the furthest
    // end so far: whether a range overlaps any is one binary search, not a scan (a line of
    // 100,000 numbers has as many digit runs).
    marks.sort_by_key(|(r, _)| r.start);
    let mut furthest = Vec::with_capacity(marks.len());
    let mut end = 0;
    for (r, _) in &marks {
        end = end.max(r.end);
        furthest.push(end);
    }
    let alerts = marks.len();
    let overlaps_alert = |range: &Range<usize>| {
        // The alerts starting before `range` ends; one of them reaches into it if the
        // furthest end among them does.
        let before = marks[..alerts].partition_point(|(m, _)| m.start < range.end);
        before > 0 && furthest[before - 1] > range.start
    };
    let anchors: Vec<Range<usize>> = digit_runs(&text)
        .into_iter()
        .chain(kept)
        .filter(|r| !overlaps_alert(r))
        .collect();
    marks.extend(anchors.into_iter().map(|r| (r, Highlight::Anchor)));
    marks.sort_by_key(|(r, _)| r.start);
    let mut out = Vec::new();
    let mut at = 0;
    for (range, style) in marks {
        if range.start < at {
            continue; // overlaps one already marked
        }
        if range.start > at {
            out.push(Piece::new(slice(&text, at..range.start), Highlight::Same));
        }
        out.extend(marked(
            slice(&text, range.clone()),
            style,
            markers && style != Highlight::Anchor,
        ));
        at = range.end;
    }
    if at < text.len() {
        out.push(Piece::new(slice(&text, at..text.len()), Highlight::Same));
    }
    out
}

/// The capitalised words of `text` that `other` (the other side of the row) writes the same:
/// the names a translation keeps ("Maria", "Lopez", "PCRE"), marked quietly as anchors.
fn kept_names(text: &str, other: &str) -> Vec<Range<usize>> {
    use crate::text::tokens::{TokenKind, for_each_piece};
    let mut theirs: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    for_each_piece(other, |span, kind| {
        if kind == TokenKind::Word {
            theirs.insert(&other[span]);
        }
    });
    let mut out = Vec::new();
    for_each_piece(text, |span, kind| {
        let word = &text[span.clone()];
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if kind == TokenKind::Word
            && capitalised
            && word.chars().count() >= 2
            && theirs.contains(word)
        {
            out.push(span);
        }
    });
    out
}

/// A part of a text that may be borrowed or owned, as a piece takes it.
fn slice<'a>(text: &Cow<'a, str>, range: Range<usize>) -> Cow<'a, str> {
    match text {
        Cow::Borrowed(t) => Cow::Borrowed(&t[range]),
        Cow::Owned(t) => Cow::Owned(t[range].to_string()),
    }
}

/// Ranges of `raw` carried over to `shown`, the same text with its white space changed
/// (reflowed: soft line breaks made spaces, indentation dropped). Reflowing keeps every other
/// byte in order, so a place is known by how many of them come before it; a range is taken
/// from its first byte that is not white space to the end of its last.
fn carried_over(raw: &str, shown: &str, ranges: &[Range<usize>]) -> Vec<Range<usize>> {
    if raw.len() == shown.len() && raw == shown {
        return ranges.to_vec();
    }
    let solid = |b: &u8| !b.is_ascii_whitespace();
    // Where the k-th byte that is not white space stands in `shown`.
    let places: Vec<usize> = shown
        .bytes()
        .enumerate()
        .filter(|(_, b)| solid(b))
        .map(|(i, _)| i)
        .collect();
    // How many bytes before each place of `raw` are not white space (one pass: a row may be a
    // line of 100,000 numbers).
    let mut counts = Vec::with_capacity(raw.len() + 1);
    let mut seen = 0usize;
    counts.push(0);
    for b in raw.bytes() {
        seen += usize::from(solid(&b));
        counts.push(seen);
    }
    let before = |at: usize| counts[at.min(raw.len())];
    ranges
        .iter()
        .filter_map(|r| {
            let (first, last) = (before(r.start), before(r.end));
            let start = *places.get(first)?;
            let end = places.get(last.checked_sub(1)?).map(|&i| i + 1)?;
            (start < end).then_some(start..end)
        })
        .collect()
}

/// The runs of ASCII digits in `text` (with the separators inside a number: "1,000", "2.5").
fn digit_runs(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut k = 0;
    while k < bytes.len() {
        if !bytes[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let start = k;
        while k < bytes.len()
            && (bytes[k].is_ascii_digit()
                || (matches!(bytes[k], b',' | b'.')
                    && bytes.get(k + 1).is_some_and(u8::is_ascii_digit)))
        {
            k += 1;
        }
        runs.push(start..k);
    }
    runs
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::compare::compare;
    use crate::diff::options::DiffOptions;
    use crate::load::document::Document;
    use crate::text::language::Language;

    fn styled(pieces: &[Piece]) -> Vec<(String, Highlight)> {
        pieces
            .iter()
            .filter(|p| p.style != Highlight::Same)
            .map(|p| (p.text.to_string(), p.style))
            .collect()
    }

    #[test]
    fn missing_numbers_and_names_stand_out_and_kept_numbers_are_quiet() {
        let mut en = Document::from_text(
            "en.txt",
            "The museum opens at 9 and closes at 17 every day of the week.\n\n\
             Please ask Maria Lopez at the front desk for a guided tour.\n\n\
             The notice is signed by Maria Lopez, director.\n",
        );
        let mut es = Document::from_text(
            "es.txt",
            "El museo abre a las 9 y cierra a las 18 todos los días de la semana.\n\n\
             Por favor, pregunte en la recepción por una visita guiada.\n\n\
             El aviso lo firma Maria Lopez, directora.\n",
        );
        en.language = Some(Language::ENGLISH);
        es.language = Some(Language::SPANISH);
        let cmp = compare(
            Arc::new(en),
            Arc::new(es),
            DiffOptions::default(),
            &crate::knowledge::Knowledge::none(),
        );
        let row = |k: usize, side: Side| {
            let r = cmp.text_range(&cmp.rows[k], side);
            styled(&anchored(&cmp, k, side, cmp.shown(side, r), false, false))
        };
        assert_eq!(
            row(0, Side::Old),
            [
                ("9".to_string(), Highlight::Anchor),
                ("17".to_string(), Highlight::Deleted)
            ]
        );
        assert_eq!(
            row(0, Side::New),
            [
                ("9".to_string(), Highlight::Anchor),
                ("18".to_string(), Highlight::Inserted)
            ]
        );
        assert_eq!(
            row(1, Side::Old),
            [("Maria Lopez".to_string(), Highlight::Deleted)]
        );
        assert_eq!(
            row(2, Side::New),
            [
                ("Maria".to_string(), Highlight::Anchor),
                ("Lopez".to_string(), Highlight::Anchor)
            ],
            "the name kept is quiet"
        );
    }

    #[test]
    fn digit_runs_keep_their_separators() {
        let text = "In 2021, 1,000 people paid 2.5 each.";
        let runs: Vec<&str> = digit_runs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(runs, ["2021", "1,000", "2.5"]);
    }
}
