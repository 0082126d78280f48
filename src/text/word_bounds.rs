//! UAX #29 word boundaries, fast, for the Latin-script text that makes up most inputs.
//!
//! `unicode-segmentation` is exact for every script but dominates the time on whole books.
//! For text made only of ASCII, Latin-1 and Latin Extended letters, digits, spaces and a
//! known set of punctuation, the rules reduce to a few cases (WB5-WB13b): letter and digit
//! runs join, `.`/`'`/`’` join letters and digits, `:` joins letters, `,`/`;` join digits,
//! `_` joins anything word-like. Any other character makes `split` return `None` and the
//! caller uses the full algorithm. A property test checks both agree.

use std::ops::Range;

use crate::text::char_classes::{ascii_table, classify};
use crate::text::token_kind::TokenKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    /// Joins letters to letters and digits to digits: `.` `'` `‘` `’`.
    MidNumLet,
    /// Joins letters to letters: `:` `·`.
    MidLetter,
    /// Joins digits to digits: `,` `;`.
    MidNum,
    /// Joins to anything word-like: `_`.
    ExtendNumLet,
    /// Ordinary spaces (WSegSpace), which stay together in runs.
    SegmentSpace,
    /// Other whitespace: line breaks, tabs, no-break spaces; each stands alone except CR LF.
    Space,
    /// A character that stands alone.
    Other,
}

const fn class(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Class::MidNumLet,
        ':' | '\u{00B7}' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '_' | '\u{202F}' => Class::ExtendNumLet,
        ' ' | '\u{2000}'..='\u{2006}' | '\u{2008}'..='\u{200A}' => Class::SegmentSpace,
        '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{2007}' => Class::Space,
        '!'..='/' | '<'..='@' | '['..='`' | '{'..='~' => Class::Other,
        '\u{AA}' | '\u{B5}' | '\u{BA}' => Class::Letter,
        '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' => Class::Letter,
        '\u{A1}'..='\u{A9}'
        | '\u{AB}'
        | '\u{AC}'
        | '\u{AE}'..='\u{B4}'
        | '\u{B6}'
        // U+00B8 (cedilla) is left to the full rules: unicode-segmentation joins it to its
        // neighbours as it joins extending marks ("ab¸cd" is one word).
        | '\u{B9}'
        | '\u{BB}'..='\u{BF}'
        | '\u{D7}'
        | '\u{F7}' => Class::Other,
        '\u{2010}'..='\u{2017}'
        | '\u{201A}'..='\u{2023}'
        | '\u{2025}'
        | '\u{2026}'
        | '\u{2030}'..='\u{203E}'
        | '\u{20AC}'
        | '\u{2122}' => Class::Other,
        _ => return None,
    })
}

fn word_like(c: Class) -> bool {
    matches!(c, Class::Letter | Class::Digit | Class::ExtendNumLet)
}

/// Whether `mid` between `before` and `after` keeps them in one word (WB6/7, WB11/12).
fn joins(before: Class, mid: Class, after: Class) -> bool {
    match mid {
        Class::MidNumLet => {
            (before == Class::Letter && after == Class::Letter)
                || (before == Class::Digit && after == Class::Digit)
        }
        Class::MidLetter => before == Class::Letter && after == Class::Letter,
        Class::MidNum => before == Class::Digit && after == Class::Digit,
        _ => false,
    }
}

/// Calls `f` with each word-boundary piece of `text` and its token kind (see
/// [`crate::text::tokens::kind_of`]), and returns true; or returns false, having called nothing,
/// when the text holds a character outside the fast path.
pub(crate) fn for_each_piece(text: &str, f: impl FnMut(Range<usize>, TokenKind)) -> bool {
    if text.is_ascii() {
        // Most lines of most inputs: classes come straight from the bytes, no buffer.
        let bytes = text.as_bytes();
        if bytes.iter().any(|&b| ASCII_CLASS[usize::from(b)].is_none()) {
            return false;
        }
        let class_at = |k: usize| ASCII_CLASS[usize::from(bytes[k])].expect("checked above");
        scan(bytes.len(), class_at, |k| k, text.len(), bytes, f);
        return true;
    }
    let Some(chars) = classify(text, &ASCII_CLASS, class) else {
        return false;
    };
    scan(
        chars.len(),
        |k| chars[k].1,
        |k| chars[k].0 as usize,
        text.len(),
        text.as_bytes(),
        f,
    );
    true
}

/// The class of each ASCII byte, `None` for the control characters the fast path leaves to
/// the full algorithm.
const ASCII_CLASS: [Option<Class>; 128] = ascii_table!(class);

/// The rules over `n` classified characters: `class_at(k)` is character k's class and
/// `offset(k)` its byte offset; `len` is the text's byte length.
fn scan(
    n: usize,
    class_at: impl Fn(usize) -> Class,
    offset: impl Fn(usize) -> usize,
    len: usize,
    bytes: &[u8],
    mut f: impl FnMut(Range<usize>, TokenKind),
) {
    let end_of = |k: usize| if k < n { offset(k) } else { len };
    let mut k = 0;
    while k < n {
        let start = k;
        let first = class_at(k);
        k += 1;
        if word_like(first) {
            while k < n {
                let (prev, cur) = (class_at(k - 1), class_at(k));
                if word_like(cur) {
                    k += 1;
                } else if k + 1 < n && joins(prev, cur, class_at(k + 1)) {
                    k += 2;
                } else {
                    break;
                }
            }
        } else if first == Class::SegmentSpace {
            // WB3d: runs of ordinary spaces stay together.
            while k < n && class_at(k) == Class::SegmentSpace {
                k += 1;
            }
        } else if first == Class::Space && bytes[offset(start)] == b'\r' {
            // WB3: CR LF is one piece.
            if bytes.get(offset(start) + 1) == Some(&b'\n') {
                k += 1;
            }
        }
        let range = offset(start)..end_of(k);
        // The first character's class gives the kind, except where a symbol may count as a
        // digit ("²", "½") or an underscore run may or may not hold a letter.
        let kind = match first {
            Class::Letter | Class::Digit => TokenKind::Word,
            Class::SegmentSpace | Class::Space => TokenKind::Space,
            Class::Other if bytes[range.start].is_ascii() => TokenKind::Punct,
            Class::Other | Class::ExtendNumLet => crate::text::token_kind::kind_of(
                std::str::from_utf8(&bytes[range.clone()]).expect("pieces end at char bounds"),
            ),
            Class::MidNumLet | Class::MidLetter | Class::MidNum => TokenKind::Punct,
        };
        f(range, kind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of `text` by the fast path, or `None` where it does not apply.
    fn split(text: &str) -> Option<Vec<Range<usize>>> {
        let mut pieces = Vec::new();
        for_each_piece(text, |r, _| pieces.push(r)).then_some(pieces)
    }
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn reference(text: &str) -> Vec<Range<usize>> {
        text.split_word_bound_indices()
            .map(|(i, w)| i..i + w.len())
            .collect()
    }

    #[test]
    fn common_words() {
        let text = "Russia’s U.S. 1,000.5 can't a:b 10:30 x_y “hi” — ¶ é\r\n  end.";
        assert_eq!(split(text).unwrap(), reference(text));
    }

    /// Every character the fast path accepts, between every kind of neighbour, cuts as
    /// unicode-segmentation cuts it (the property test's alphabet is a sample; this is all).
    #[test]
    fn every_accepted_character_agrees_in_every_context() {
        let differ = crate::text::exhaustive::disagreements(
            |c| class(c).is_some(),
            &[
                "a", "é", "7", ".", "’", ":", ",", "_", " ", "\n", "!", "\u{a0}",
            ],
            |c, x, y| {
                vec![
                    format!("{x}{c}{y}"),
                    format!("{x}{x}{c}{y}{y}"),
                    format!("{c}{c}"),
                ]
            },
            |text| split(text).is_none_or(|got| got == reference(text)),
        );
        crate::text::exhaustive::assert_none(&differ);
    }

    #[test]
    fn other_scripts_fall_back() {
        assert!(split("東京").is_none());
        assert!(split("e\u{301}").is_none());
        assert!(split("👍").is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn agrees_with_unicode_segmentation(
            parts in prop::collection::vec(prop::sample::select(vec![
                "a", "Z", "é", "ß", "ł", "0", "7", ".", "'", "’", "‘", ":", "·", ",", ";", "_",
                " ", "  ", "\t", "\n", "\r\n", "\r", "\u{a0}", "\u{2009}", "\u{2007}", "\u{202f}", "-", "“", "”", "—", "–",
                "¶", "…", "«", "»", "(", ")", "!", "?", "$", "%", "€", "™", "×", "ª", "µ", "/",
            ]), 0..30)
        ) {
            let text = parts.concat();
            prop_assert_eq!(split(&text).unwrap(), reference(&text), "{:?}", text);
        }
    }
}
