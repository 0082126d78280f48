//! List items inside a paragraph ("1. The first item 2. The second item", "a) …", "• 9. …"):
//! where they start, so that each item is a sentence of its own with its marker in front.

use std::ops::Range;

/// Bullets that may lead a marker ("• 9.", "⁃10.").
const BULLETS: &[char] = &['•', '⁃', '◦', '▪', '‣'];

/// The value of a list marker at the start of `text` and the marker's length in bytes:
/// `1.`, `12.)`, `3)`, `a.`, `b)`, a section number `5.2.`, optionally after a bullet, then a
/// space or the end.
fn marker_at(text: &str) -> Option<(u32, usize)> {
    let mut len = 0;
    let mut rest = text;
    if let Some(b) = rest.chars().next().filter(|c| BULLETS.contains(c)) {
        len += b.len_utf8();
        rest = &rest[b.len_utf8()..];
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        len += spaces;
        rest = &rest[spaces..];
    }
    // Most words are no marker: a letter marker is one letter before its "." or ")".
    if let [first, second, ..] = rest.as_bytes()
        && first.is_ascii_lowercase()
        && !matches!(second, b'.' | b')')
    {
        return None;
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let value = if (1..=3).contains(&digits) {
        rest[..digits].parse::<u32>().ok()?
    } else {
        let c = rest.chars().next().filter(char::is_ascii_lowercase)?;
        // Letters count from 1 (a), so that a series of them reads like numbers.
        u32::from(c) - u32::from('a') + 1
    };
    let mut label = if digits > 0 { digits } else { 1 };
    let mut value = value;
    // A section number of several levels ("5.2.", "1.0.1.") reads by its last level.
    while digits > 0 && rest[label..].starts_with('.') {
        let level = rest[label + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        if !(1..=3).contains(&level) {
            break;
        }
        value = rest[label + 1..label + 1 + level].parse::<u32>().ok()?;
        label += 1 + level;
    }
    let tail = &rest[label..];
    let punct = [".)", ".", ")"].into_iter().find(|p| tail.starts_with(p))?;
    let after = &tail[punct.len()..];
    (after.is_empty() || after.starts_with(' ')).then_some((value, len + label + punct.len()))
}

/// The markers of `text` (word starts only), as (value, byte range).
fn markers(text: &str) -> Vec<(u32, Range<usize>)> {
    let mut out: Vec<(u32, Range<usize>)> = Vec::new();
    // A word starts the text or follows a space: only there can a marker start. (Every
    // paragraph of a book is searched: the spaces are found by a byte search, not by
    // walking its characters.)
    let word_starts = std::iter::once(0).chain(text.match_indices(' ').map(|(at, _)| at + 1));
    for i in word_starts.filter(|&i| i < text.len()) {
        let inside = out.last().is_some_and(|(_, r)| i < r.end);
        if !inside && let Some((value, len)) = marker_at(&text[i..]) {
            out.push((value, i..i + len));
        }
    }
    out
}

/// Where list items start in a paragraph's text, and the ends of markers that must not end a
/// sentence, both in increasing order. Items count only in a series (each marker one more than the one before, as
/// "1. … 2. …" or "a) … b) …"), so that "He scored 2. Then …" is no list; a marker that
/// opens the paragraph ("1. You may copy …", a section number) always keeps its text.
pub(crate) fn list_items(text: &str) -> (Vec<usize>, Vec<usize>) {
    let found = markers(text);
    let lead = text.len() - text.trim_start().len();
    let mut starts = Vec::new();
    let mut marker_ends: Vec<usize> = found
        .iter()
        .filter(|(_, r)| r.start == lead)
        .map(|(_, r)| r.end)
        .collect();
    // Markers come in text order, so a repeat can only be the last one pushed: checking that
    // keeps a paragraph of a hundred thousand markers linear.
    let push_new = |list: &mut Vec<usize>, at: usize| {
        if list.last() != Some(&at) {
            list.push(at);
        }
    };
    for pair in found.windows(2) {
        let ((a, ra), (b, rb)) = (&pair[0], &pair[1]);
        if *b == a + 1 {
            for r in [ra, rb] {
                if r.start > lead {
                    push_new(&mut starts, r.start);
                }
                push_new(&mut marker_ends, r.end);
            }
        }
    }
    (starts, marker_ends)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_of_every_form_are_read() {
        for (text, value) in [
            ("1. x", 1),
            ("12.) x", 12),
            ("3) x", 3),
            ("b. x", 2),
            ("• 9. x", 9),
            ("⁃10. x", 10),
            ("5.2. x", 2),
            ("1.0.1. x", 1),
        ] {
            assert_eq!(marker_at(text).map(|m| m.0), Some(value), "{text}");
        }
        for text in [
            "1.5 x",
            "3.14 x",
            "e.g. x",
            "Mr. x",
            "1234. x",
            "1.2345. x",
            "x. y",
        ] {
            assert!(marker_at(text).is_none() || text.starts_with('x'), "{text}");
        }
    }

    #[test]
    fn only_a_series_starts_items() {
        let (starts, _) = list_items("1. The first item 2. The second item");
        assert_eq!(starts, [18]);
        let (starts, ends) = list_items("He scored 2. Then he left.");
        assert!(starts.is_empty() && ends.is_empty());
        let (starts, ends) = list_items("1. You may copy the Library.");
        assert!(starts.is_empty());
        assert_eq!(ends, [2]);
        let (starts, ends) = list_items("1.0.1. \"Commercial Use\" means distribution.");
        assert!(starts.is_empty());
        assert_eq!(ends, [6]);
    }
}
