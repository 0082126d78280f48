//! UAX #29 sentence boundaries, fast, for the Latin-script text that makes up most inputs.
//!
//! `unicode-segmentation` looks every character up in a large table and was the largest
//! single cost of segmenting a whole book. For text made only of ASCII, Latin-1, Latin
//! Extended-A and common punctuation, every character's Sentence_Break class is known here
//! and no Extend or Format character can occur, so rules SB3-SB11 reduce to one scan after
//! each terminator. Any other character makes `split` return `None` and the caller uses the
//! full algorithm. A property test checks both agree.

use crate::text::char_classes::{ascii_table, classify};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Cr,
    Lf,
    /// U+2028, U+2029.
    Sep,
    Sp,
    Lower,
    Upper,
    Numeric,
    /// `.` and the one-dot leader.
    ATerm,
    /// `!` `?` and their doubled forms.
    STerm,
    /// Quotation marks and brackets.
    Close,
    /// `,` `-` `:` `;` en and em dashes.
    SContinue,
    Other,
}

const fn class(c: char) -> Option<Class> {
    Some(match c {
        '\r' => Class::Cr,
        '\n' => Class::Lf,
        '\t' | '\u{0B}' | '\u{0C}' | ' ' | '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' => {
            Class::Sp
        }
        'a'..='z' | '\u{AA}' | '\u{B5}' | '\u{BA}' | '\u{DF}'..='\u{F6}' | '\u{F8}'..='\u{FF}' => {
            Class::Lower
        }
        'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => Class::Upper,
        // Latin Extended-A alternates capital and small letters.
        '\u{100}'..='\u{17F}' if c.is_lowercase() => Class::Lower,
        '\u{100}'..='\u{17F}' if c.is_uppercase() => Class::Upper,
        '0'..='9' => Class::Numeric,
        '.' | '\u{2024}' => Class::ATerm,
        '!' | '?' | '\u{203C}' | '\u{203D}' => Class::STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{AB}' | '\u{BB}' => Class::Close,
        '\u{2018}'..='\u{201F}' | '\u{2039}' | '\u{203A}' => Class::Close,
        ',' | '-' | ':' | ';' | '\u{2013}' | '\u{2014}' => Class::SContinue,
        '\u{2028}' | '\u{2029}' => Class::Sep,
        '#'..='&' | '*' | '+' | '/' | '<'..='>' | '@' | '\\' | '^' | '_' | '`' | '|' | '~' => {
            Class::Other
        }
        '\u{A1}'..='\u{A9}' | '\u{AC}' | '\u{AE}'..='\u{B4}' | '\u{B6}'..='\u{B9}' => Class::Other,
        '\u{BC}'..='\u{BF}' | '\u{D7}' | '\u{F7}' => Class::Other,
        '\u{2010}'..='\u{2012}' | '\u{2015}'..='\u{2017}' | '\u{2020}'..='\u{2022}' => Class::Other,
        '\u{2026}' | '\u{2030}' | '\u{20AC}' | '\u{2122}' => Class::Other,
        _ => return None,
    })
}

/// The class of each ASCII byte; `None` for control characters left to the full algorithm.
const ASCII_CLASS: [Option<Class>; 128] = ascii_table!(class);

fn para_sep(c: Class) -> bool {
    matches!(c, Class::Cr | Class::Lf | Class::Sep)
}

fn terminator(c: Class) -> bool {
    matches!(c, Class::ATerm | Class::STerm)
}

/// The sentence-boundary pieces of `text` as `(offset, piece)` (what
/// `split_sentence_bound_indices` gives), or `None` when the text holds a character outside
/// the fast path.
pub(crate) fn split(text: &str) -> Option<Vec<(usize, &str)>> {
    let chars = classify(text, &ASCII_CLASS, class)?;
    let offset = |k: usize| chars.get(k).map_or(text.len(), |c| c.0 as usize);
    let class_at = |k: usize| chars.get(k).map(|c| c.1);
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while k < n {
        let c = chars[k].1;
        k += 1;
        if para_sep(c) {
            // SB3/SB4: CR LF stay together; a break follows every paragraph separator.
            if c == Class::Cr && class_at(k) == Some(Class::Lf) {
                k += 1;
            }
        } else if terminator(c) {
            match boundary_after_terminator(&chars, k - 1) {
                Some(end) => k = end,
                None => continue,
            }
        } else {
            continue;
        }
        if k < n {
            pieces.push((offset(start), &text[offset(start)..offset(k)]));
            start = k;
        }
    }
    if start < n {
        pieces.push((offset(start), &text[offset(start)..]));
    }
    Some(pieces)
}

/// Where the sentence that a terminator at `t` may end actually ends (SB6-SB11): the index
/// after its closing marks, spaces and one paragraph separator; `None` when it does not end.
fn boundary_after_terminator(chars: &[(u32, Class)], t: usize) -> Option<usize> {
    let class_at = |k: usize| chars.get(k).map(|c| c.1);
    let aterm = chars[t].1 == Class::ATerm;
    let next = class_at(t + 1);
    // SB6: "3.5"; SB7: "U.S." style initials before a capital.
    if aterm && next == Some(Class::Numeric) {
        return None;
    }
    let letter_before = t > 0 && matches!(chars[t - 1].1, Class::Upper | Class::Lower);
    if aterm && letter_before && next == Some(Class::Upper) {
        return None;
    }
    let mut k = t + 1;
    while class_at(k) == Some(Class::Close) {
        k += 1;
    }
    while class_at(k) == Some(Class::Sp) {
        k += 1;
    }
    let Some(after) = class_at(k) else {
        return Some(k);
    };
    if para_sep(after) {
        // SB9-SB11: the separator belongs to the ending sentence.
        let crlf = after == Class::Cr && class_at(k + 1) == Some(Class::Lf);
        return Some(k + 1 + usize::from(crlf));
    }
    // SB8: a full stop followed, past anything but letters and terminators, by a lowercase
    // letter does not end a sentence.
    if aterm {
        let mut j = k;
        while let Some(c) = class_at(j) {
            if matches!(c, Class::Upper | Class::Lower) || para_sep(c) || terminator(c) {
                break;
            }
            j += 1;
        }
        if class_at(j) == Some(Class::Lower) {
            return None;
        }
    }
    // SB8a: a comma, dash or another terminator continues the sentence.
    if matches!(after, Class::SContinue) || terminator(after) {
        return None;
    }
    Some(k)
}

/// The pieces of `text`, by the fast path where it applies.
pub(crate) fn pieces(text: &str) -> Vec<(usize, &str)> {
    use unicode_segmentation::UnicodeSegmentation;
    split(text).unwrap_or_else(|| text.split_sentence_bound_indices().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn reference(text: &str) -> Vec<(usize, &str)> {
        text.split_sentence_bound_indices().collect()
    }

    #[test]
    fn common_sentences() {
        for text in [
            "He left. She stayed! Why? Because.",
            "Mr. Smith paid $3.50 to the U.S. Army. “Fine,” he said. (Really.) Then: done.",
            "etc. and so on. e.g. 5 apples. A.B. Smith.\r\nNew line.\nNext",
            "Ça va… Être là. Éte. ß. Œuvre. ‘Quote.’ «Guillemets.» – dash. ¶ 1",
        ] {
            assert_eq!(split(text).unwrap(), reference(text), "{text:?}");
        }
    }

    /// Every character the fast path accepts, between every kind of neighbour (a full stop and
    /// a capital after it among them), cuts as unicode-segmentation cuts it.
    #[test]
    fn every_accepted_character_agrees_in_every_context() {
        let differ = crate::text::exhaustive::disagreements(
            |c| class(c).is_some(),
            &[
                "a", "A", "7", ". ", "! ", "\u{201D}", ", ", " ", "\n", "\u{2029}",
            ],
            |c, x, y| {
                vec![
                    format!("{x}{c}{y}"),
                    format!("Ab{x}{c}{y}Cd. Ef"),
                    format!("{c}. {c}"),
                ]
            },
            |text| split(text).is_none_or(|got| got == reference(text)),
        );
        crate::text::exhaustive::assert_none(&differ);
    }

    #[test]
    fn other_scripts_fall_back() {
        assert!(split("東京。").is_none());
        assert!(split("e\u{301}.").is_none());
        assert!(split("soft\u{AD}hyphen").is_none());
        assert_eq!(pieces("東京。大阪。").len(), 2);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn agrees_with_unicode_segmentation(
            parts in prop::collection::vec(prop::sample::select(vec![
                "a", "Z", "é", "É", "ß", "ł", "Ł", "ĸ", "ŉ", "ſ", "ª", "0", "7", ".", "!", "?",
                "‼", "‽", "․", ",", ";", ":", "-", "–", "—", "'", "\"", "(", ")", "[", "]",
                "“", "”", "‘", "’", "«", "»", "‹", "›", " ", "  ", "\t", "\n", "\r\n", "\r",
                "\u{a0}", "\u{2009}", "\u{202f}", "\u{2028}", "\u{2029}", "¶", "…", "$", "%",
                "€", "™", "×", "/", "_", "#", "@", "word", "Word", "U.S.", "3.5", ". ", "! ",
            ]), 0..40)
        ) {
            let text = parts.concat();
            prop_assert_eq!(split(&text).unwrap(), reference(&text), "{:?}", text);
        }
    }
}
