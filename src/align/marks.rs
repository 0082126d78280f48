//! Marks: the tokens of a clause that survive translation, numbers by value and names by
//! their letters, the evidence the cross-language aligner has beside lengths.

use crate::segment::token_hash::hash_bytes;
use crate::segment::tokens::{TokenKind, for_each_piece};

/// A unit keeps at most this many marks (a list of numbers needs no more to be placed).
const MAX_MARKS: usize = 16;
/// A name has at least this many letters ("Abel", "Noé"; not "Oh").
const NAME_LETTERS: usize = 3;

/// Whether a mark is a number (else a name): the ids keep it in their lowest bit.
pub(crate) fn is_number(mark: u64) -> bool {
    mark & 1 == 1
}

/// The marks of a clause, as ids: each number's digits (separators and leading zeros off) and
/// each capitalised word that does not open the clause, in lower case without accents, so
/// "Enós" meets "Enos". Words in capitals throughout ("LORD") are left out: a typographic
/// habit, not a name.
pub(crate) fn marks(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut first_word = true;
    for_each_piece(text, |span, kind| {
        if kind != TokenKind::Word || out.len() >= MAX_MARKS {
            return;
        }
        let word = &text[span];
        let opens = std::mem::replace(&mut first_word, false);
        if word.bytes().any(|b| b.is_ascii_digit()) {
            let digits: String = word.chars().filter(char::is_ascii_digit).collect();
            let value = digits.trim_start_matches('0');
            out.push(hash_bytes(format!("#{value}").as_bytes()) | 1);
        } else if !opens && is_name(word) {
            out.push(hash_bytes(fold(word).as_bytes()) & !1);
        }
    });
    out
}

fn is_name(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let starts_upper = letters.next().is_some_and(char::is_uppercase);
    let rest: Vec<char> = letters.collect();
    starts_upper && rest.len() + 1 >= NAME_LETTERS && rest.iter().any(|c| c.is_lowercase())
}

/// Lower case with the accents of Latin letters taken off.
fn fold(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_numbers_meet_across_languages() {
        let english = marks("And Seth lived 105 years, and begat Enos:");
        let spanish = marks("Y vivió Set ciento y cinco años, y engendró á Enós.");
        let enos = hash_bytes(b"enos") & !1;
        assert!(english.contains(&enos) && spanish.contains(&enos));
        assert!(english.contains(&(hash_bytes(b"#105") | 1)));
        assert_eq!(marks("Chapter 007")[0], hash_bytes(b"#7") | 1);
        assert!(is_number(marks("Chapter 007")[0]) && !is_number(enos));
    }

    #[test]
    fn openers_capitals_and_short_words_are_not_names() {
        assert!(marks("And the LORD said unto him, Oh.").is_empty());
        assert_eq!(marks("Then Abel came.").len(), 1);
    }
}
