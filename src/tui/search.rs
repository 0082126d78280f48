//! Case-insensitive text search, char by char so byte offsets stay those of the original.

use std::ops::Range;

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Byte ranges of every non-overlapping occurrence of `query` in `text`, ignoring case.
pub(super) fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let q: Vec<char> = query.chars().map(fold).collect();
    if q.is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + q.len() <= chars.len() {
        if chars[i..i + q.len()]
            .iter()
            .zip(&q)
            .all(|((_, c), qc)| fold(*c) == *qc)
        {
            let end = chars.get(i + q.len()).map_or(text.len(), |(b, _)| *b);
            out.push(chars[i].0..end);
            i += q.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `text` contains `query`, ignoring case. ASCII queries are matched byte-wise
/// without allocating (typing into the search box rescans a whole book).
pub(super) fn contains(text: &str, query: &str) -> bool {
    if query.is_empty() {
        return false;
    }
    if query.is_ascii() {
        // Tried only where the first byte matches, found by memchr's vectorised scan.
        let (t, q) = (text.as_bytes(), query.as_bytes());
        let first = q[0].to_ascii_lowercase();
        return memchr::memchr2_iter(first, first.to_ascii_uppercase(), t).any(|at| {
            t.get(at..at + q.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(q))
        });
    }
    !find_all(text, query).is_empty()
}

/// `contains` on a hard-wrapped text as its reflowed page reads: each run of white space
/// (a line break and the next line's indentation among them) matches one space, and a word
/// groff hyphenated at a line's end (U+2010, the break) matches whole. Matched in place: a
/// search keystroke rescans a whole book, and building each row's reflowed text to search it
/// took ten times as long.
pub(super) fn contains_reflowed(text: &str, query: &str) -> bool {
    let mut q: Vec<char> = Vec::with_capacity(query.len());
    for c in query.chars() {
        match c.is_whitespace() {
            true if q.last() == Some(&' ') => {}
            true => q.push(' '),
            false => q.push(fold(c)),
        }
    }
    let Some(&first) = q.first() else {
        return false;
    };
    let bytes = text.as_bytes();
    if first.is_ascii_alphanumeric() || first.is_ascii_punctuation() {
        // Only where the first byte matches is a match tried.
        let lower = first as u8;
        let upper = lower.to_ascii_uppercase();
        return memchr::memchr2_iter(lower, upper, bytes).any(|at| matches_at(text, at, &q));
    }
    text.char_indices()
        .filter(|&(_, c)| {
            if first == ' ' {
                c.is_whitespace()
            } else {
                fold(c) == first
            }
        })
        .any(|(at, _)| matches_at(text, at, &q))
}

/// Whether `text` from byte `at` reads as `query` (folded, one space for each run of white
/// space), skipping line-end hyphens.
fn matches_at(text: &str, at: usize, query: &[char]) -> bool {
    let mut rest = &text[at..];
    for &want in query {
        if let Some(after) = after_line_end_hyphen(rest) {
            rest = after;
        }
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            return false;
        };
        if want == ' ' {
            if !c.is_whitespace() {
                return false;
            }
            rest = rest.trim_start_matches(char::is_whitespace);
        } else if fold(c) == want {
            rest = chars.as_str();
        } else {
            return false;
        }
    }
    true
}

/// The text after a hyphen groff put at a line's end, its line break and the next line's
/// indentation, when `s` starts with one: the word goes on there.
fn after_line_end_hyphen(s: &str) -> Option<&str> {
    let after = s.strip_prefix('\u{2010}')?;
    let after = after.trim_start_matches([' ', '\t']).strip_prefix('\n')?;
    Some(after.trim_start_matches([' ', '\t']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_occurrence_ignoring_case() {
        assert_eq!(find_all("Putin and PUTIN", "putin"), [0..5, 10..15]);
        assert_eq!(find_all("Ärger ärger", "ÄRGER"), [0..6, 7..13]);
        assert!(find_all("abc", "").is_empty());
        assert!(contains("Kremlin spokesman", "SPOKES"));
        assert!(contains("Ärger über", "ÜBER"));
        assert!(contains("it’s Äpfel", "s äp"));
        assert!(!contains("Kremlin", "kremlins"));
    }

    #[test]
    fn a_reflowed_text_is_searched_as_it_reads() {
        let page = "the White\n   House said it was speci\u{2010}\n  fied  in the\tlaw";
        assert!(contains_reflowed(page, "white house"));
        assert!(contains_reflowed(page, "WHITE  HOUSE SAID"));
        assert!(contains_reflowed(page, "specified"));
        assert!(contains_reflowed(page, "was specified in the law"));
        assert!(contains_reflowed(page, " house"));
        assert!(contains_reflowed(page, "law"));
        assert!(!contains_reflowed(page, "whitehouse"));
        assert!(!contains_reflowed(page, "speci fied"));
        assert!(!contains_reflowed(page, "laws"));
        assert!(!contains_reflowed(page, ""));
        assert!(contains_reflowed("Ärger\nüber", "ärger Über"));
        // A hyphen within a line stays a hyphen.
        assert!(!contains_reflowed("speci\u{2010}fied", "specified"));
    }
}
