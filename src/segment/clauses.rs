//! Clauses: the pieces of a sentence between semicolons and colons, the units the aligner
//! pairs. One translation ends a sentence where another goes on with ";" or ":" (the KJV
//! joins three verses with ": And"), so aligning clauses lets a row hold one sentence against
//! three, while the rows shown are still whole sentences.

use std::ops::Range;

use super::sentences::Sentence;
use crate::text::token_kind::TokenKind;
use crate::text::tokens::for_each_piece;

/// A clause needs this many words on each side of a cut: "Note: the" and "Yes; he" stay whole.
const MIN_CLAUSE_WORDS: usize = 2;

/// The clauses of a sentence's text, as byte ranges of it that cover it in order. A cut falls
/// after a ";" or ":" followed by white space (never inside "3:16" or a URL), and only where
/// both pieces keep at least [`MIN_CLAUSE_WORDS`] words.
pub(crate) fn clauses(text: &str) -> Vec<Range<usize>> {
    let mut cuts = Vec::new();
    let bytes = text.as_bytes();
    for (at, &b) in bytes.iter().enumerate() {
        if (b == b';' || b == b':') && bytes.get(at + 1).is_some_and(u8::is_ascii_whitespace) {
            cuts.push(at + 1);
        }
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    if cuts.is_empty() {
        out.push(0..text.len());
        return out;
    }
    // Word starts, so the words of any piece are counted by two binary searches: counting them
    // afresh at every cut would be quadratic in a line of thousands of semicolons.
    let mut word_starts = Vec::new();
    for_each_piece(text, |span, kind| {
        if kind == TokenKind::Word {
            word_starts.push(span.start);
        }
    });
    let words = |piece: Range<usize>| {
        word_starts.partition_point(|&w| w < piece.end)
            - word_starts.partition_point(|&w| w < piece.start)
    };
    let mut start = 0;
    for &cut in &cuts {
        // A cut is taken only if the piece before it and the rest after it are long enough; a
        // short piece stays with the next one.
        if words(start..cut) >= MIN_CLAUSE_WORDS && words(cut..text.len()) >= MIN_CLAUSE_WORDS {
            let next = cut + text[cut..].len() - text[cut..].trim_start().len();
            out.push(start..cut);
            start = next;
        }
    }
    out.push(start..text.len());
    out
}

/// The clauses of a document's sentences, as the aligner's units: the index of each
/// sentence's first clause (and the number of clauses at the end), and each clause's byte range
/// in `text`.
pub(crate) fn clause_units(text: &str, sentences: &[Sentence]) -> (Vec<usize>, Vec<Range<usize>>) {
    let mut starts = Vec::with_capacity(sentences.len() + 1);
    let mut units = Vec::with_capacity(sentences.len());
    for s in sentences {
        starts.push(units.len());
        let base = s.span.start;
        units.extend(
            clauses(&text[s.span.clone()])
                .into_iter()
                .map(|r| base + r.start..base + r.end),
        );
    }
    starts.push(units.len());
    (starts, units)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        clauses(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn semicolons_and_colons_cut_clauses() {
        assert_eq!(
            pieces(
                "And Seth lived an hundred years, and begat Enos: And all the days of Seth were nine hundred years: and he died."
            ),
            [
                "And Seth lived an hundred years, and begat Enos:",
                "And all the days of Seth were nine hundred years:",
                "and he died."
            ]
        );
        assert_eq!(
            pieces("He waited seven days; and again he sent the dove."),
            ["He waited seven days;", "and again he sent the dove."]
        );
    }

    #[test]
    fn short_pieces_numbers_and_links_stay_whole() {
        for text in [
            "Note: read this.",
            "Yes; he came back.",
            "Read John 3:16 aloud.",
            "See https://example.org:8080/x now.",
            "A sentence with no clause marks.",
            "Ends with a colon:",
        ] {
            assert_eq!(pieces(text), [text], "{text}");
        }
    }

    #[test]
    fn clauses_cover_the_text_in_order() {
        let text = "One two; three four:  five six; seven";
        let ranges = clauses(text);
        assert_eq!(ranges.first().unwrap().start, 0);
        assert_eq!(ranges.last().unwrap().end, text.len());
        for w in ranges.windows(2) {
            assert!(w[0].end <= w[1].start);
            assert!(text[w[0].end..w[1].start].trim().is_empty());
        }
        assert_eq!(pieces(text), ["One two;", "three four:", "five six; seven"]);
    }
}
