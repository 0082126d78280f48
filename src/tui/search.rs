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
        let (t, q) = (text.as_bytes(), query.as_bytes());
        return t.windows(q.len()).any(|w| w.eq_ignore_ascii_case(q));
    }
    !find_all(text, query).is_empty()
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
}
