//! Marks: the tokens of a clause that survive translation, the evidence the cross-language
//! aligner has beside lengths: numbers by value, and words both documents spell alike and use
//! rarely (names, commands, options, code: "Enós" and "Enos", "egrep", "--extended-regexp").

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::text::token_hash::hash_bytes;
use crate::text::tokens::{TokenKind, for_each_piece};

/// A unit keeps at most this many marks (a list of numbers needs no more to be placed).
const MAX_MARKS: usize = 16;
/// A word mark has at least this many letters ("Abel", "grep"; not "de" or "no").
const WORD_LETTERS: usize = 3;
/// A word in more units than this on either side is a common word of both languages ("son"
/// in English and Spanish), not a mark.
const MAX_UNITS_PER_WORD: usize = 20;

/// Whether a mark is a number (else a name): the ids keep it in their lowest bit.
pub(crate) fn is_number(mark: u64) -> bool {
    mark & 1 == 1
}

/// [`unit_evidence`]'s marks alone.
#[cfg(test)]
pub(crate) fn marks(text: &str) -> Vec<u64> {
    unit_evidence(text, None).marks
}

/// What a clause offers the cross-language aligner, found in one pass over its words (each
/// word folded once, as every clause of both books is read).
pub(crate) struct UnitEvidence {
    /// Its candidate marks, as ids: each number's digits (separators and leading zeros off,
    /// at most [`MAX_MARKS`] marks) and each word of [`WORD_LETTERS`] or more, in lower case
    /// without accents, so "Enós" meets "Enos". [`keep_shared`] then keeps the words that can
    /// be marks.
    pub(crate) marks: Vec<u64>,
    /// Its own words of [`WORD_LETTERS`] or more, as folded ids, sorted, each once: what a
    /// translation's words are met by, and what the learned model (`lexical_model`) reads.
    pub(crate) words: Vec<u64>,
    /// With a dictionary's table: its words' translations in it, as folded word ids, sorted,
    /// each once (a translation's words meet its source's dictionary entries); else empty.
    pub(crate) translations: Vec<u64>,
    /// Its cognate prefixes ([`cognates`]).
    pub(crate) cognates: Vec<u64>,
}

/// A clause's [`UnitEvidence`], its words looked up in `table` when one is given.
pub(crate) fn unit_evidence(text: &str, table: Option<&TranslationIds>) -> UnitEvidence {
    let mut e = UnitEvidence {
        marks: Vec::new(),
        words: Vec::new(),
        translations: Vec::new(),
        cognates: Vec::new(),
    };
    for_each_piece(text, |span, kind| {
        if kind != TokenKind::Word {
            return;
        }
        let word = &text[span];
        e.cognates.extend(cognate_id(word));
        let long = if word.is_ascii() {
            word.len() >= WORD_LETTERS
        } else {
            word.chars().count() >= WORD_LETTERS
        };
        if word.bytes().any(|b| b.is_ascii_digit()) {
            if e.marks.len() < MAX_MARKS {
                let digits: String = word.chars().filter(char::is_ascii_digit).collect();
                let value = digits.trim_start_matches('0');
                e.marks.push(hash_bytes(format!("#{value}").as_bytes()) | 1);
            }
            return;
        }
        if !long {
            return;
        }
        let id = fold_id(word);
        if e.marks.len() < MAX_MARKS {
            e.marks.push(id);
        }
        e.words.push(id);
        if let Some(ids) = table.and_then(|t| t.get(lower_case(word).as_ref())) {
            e.translations.extend_from_slice(ids);
        }
    });
    for ids in [&mut e.words, &mut e.translations, &mut e.cognates] {
        ids.sort_unstable();
        ids.dedup();
    }
    e
}

/// A word this long or longer may have a cognate in the other language.
const COGNATE_LETTERS: usize = 5;
/// Cognates share their first letters: Simard, Foster and Isabelle (1992) found that two
/// words agreeing on their first four letters are most often cognates (Archiv / archive,
/// Regierung / régime are not, but Expedition / expédition, Gletscher / glacier's "glac" miss).
const COGNATE_PREFIX: usize = 4;

/// [`unit_evidence`]'s cognates alone: the first [`COGNATE_PREFIX`] letters, folded, of
/// each word of [`COGNATE_LETTERS`] or more letters, as ids sorted and each once.
/// [`keep_shared`] then keeps the prefixes both sides use and neither uses everywhere.
#[cfg(test)]
pub(crate) fn cognates(text: &str) -> Vec<u64> {
    unit_evidence(text, None).cognates
}

/// A word's cognate id: its first [`COGNATE_PREFIX`] letters folded, when it has
/// [`COGNATE_LETTERS`] letters or more and nothing else.
fn cognate_id(word: &str) -> Option<u64> {
    // French and Italian elide an article into the word: "l'expédition" is "expédition".
    let word = word.rsplit(['\'', '’']).next().unwrap_or(word);
    // The folded prefix is built on the stack: every word of both books passes here.
    let mut prefix = [0u8; 12 * COGNATE_PREFIX];
    let (mut len, mut letters) = (0, 0);
    for c in word.chars() {
        if !c.is_alphabetic() {
            return None;
        }
        letters += 1;
        if letters <= COGNATE_PREFIX {
            // A letter's lower case is at most three characters of four bytes.
            for lower in c.to_lowercase() {
                if len + 4 <= prefix.len() {
                    len += unaccented(lower).encode_utf8(&mut prefix[len..]).len();
                }
            }
        }
    }
    // Apart from whole words' ids: a prefix is no word.
    (letters >= COGNATE_LETTERS).then(|| hash_bytes(&prefix[..len]).rotate_left(17) & !1)
}

/// A dictionary's translations as mark ids, by source word in lower case: folded once per
/// comparison, not once per word of the book.
pub(crate) type TranslationIds = FxHashMap<String, Vec<u64>>;

/// `dictionary`'s translations as [`TranslationIds`].
pub(crate) fn translation_ids(dictionary: &crate::knowledge::Dictionary) -> TranslationIds {
    dictionary
        .entries()
        .map(|(word, ts)| (word.to_string(), ts.iter().map(|t| fold_id(t)).collect()))
        .collect()
}

/// In how many units each word id (not number) of a side appears.
pub(crate) fn units_per_word(side: &[Vec<u64>]) -> FxHashMap<u64, usize> {
    let mut counts: FxHashMap<u64, usize> = FxHashMap::default();
    for unit in side {
        let mut seen: Vec<u64> = unit.iter().copied().filter(|&m| !is_number(m)).collect();
        seen.sort_unstable();
        seen.dedup();
        for word in seen {
            *counts.entry(word).or_default() += 1;
        }
    }
    counts
}

/// Keeps, of each unit's candidate marks, the numbers and the words that both documents use
/// and neither uses in more than [`MAX_UNITS_PER_WORD`] units.
pub(crate) fn keep_shared(old: &mut [Vec<u64>], new: &mut [Vec<u64>]) {
    keep_shared_within(old, new, MAX_UNITS_PER_WORD)
}

/// [`keep_shared`] with words in up to `most` units on each side kept.
pub(crate) fn keep_shared_within(old: &mut [Vec<u64>], new: &mut [Vec<u64>], most: usize) {
    // Each side counted on its own core, then the units filtered in parallel: a book's
    // hundred thousand clauses, and this between the sides' preparation and the grid.
    let (in_old, in_new) = rayon::join(|| units_per_word(old), || units_per_word(new));
    let mark = |m: &u64| {
        is_number(*m)
            || [&in_old, &in_new]
                .iter()
                .all(|counts| counts.get(m).is_some_and(|&n| n <= most))
    };
    old.par_iter_mut()
        .chain(new.par_iter_mut())
        .for_each(|unit| unit.retain(mark));
}

/// Lower case with the accents of Latin letters taken off.
pub(crate) fn fold(word: &str) -> String {
    word.to_lowercase().chars().map(unaccented).collect()
}

fn unaccented(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

/// A word's id as a mark: the hash of [`fold`]'s result, its low bit clear. Every word of both
/// books is folded, so the folded bytes are built on the stack; a long word, or one with a
/// capital sigma (whose lower case depends on its place in the word), takes `fold` itself.
pub(crate) fn fold_id(word: &str) -> u64 {
    let mut buf = [0u8; 128];
    // Most words of most books are ASCII: their fold is their ASCII lower case.
    if word.is_ascii() && word.len() <= buf.len() {
        let folded = &mut buf[..word.len()];
        folded.copy_from_slice(word.as_bytes());
        folded.make_ascii_lowercase();
        return hash_bytes(folded) & !1;
    }
    let mut len = 0;
    let fits = !word.contains('Σ')
        && word.chars().flat_map(char::to_lowercase).all(|c| {
            let c = unaccented(c);
            let room = len + c.len_utf8() <= buf.len();
            if room {
                len += c.encode_utf8(&mut buf[len..]).len();
            }
            room
        });
    let hash = if fits {
        hash_bytes(&buf[..len])
    } else {
        hash_bytes(fold(word).as_bytes())
    };
    hash & !1
}

/// A word in lower case, borrowed when it already is (as most words are).
fn lower_case(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
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
        assert_eq!(marks("Chapter 007")[1], hash_bytes(b"#7") | 1);
        assert!(is_number(marks("Chapter 007")[1]) && !is_number(enos));
    }

    #[test]
    fn a_word_s_id_is_the_hash_of_its_fold() {
        let long = "Ä".repeat(100);
        for word in [
            "Enós",
            "ENOS",
            "Çà",
            "ΣΟΦΙΑΣ",
            "straße",
            "İstanbul",
            long.as_str(),
        ] {
            assert_eq!(
                fold_id(word),
                hash_bytes(fold(word).as_bytes()) & !1,
                "{word}"
            );
        }
    }

    #[test]
    fn only_words_both_sides_use_rarely_stay_marks() {
        let mut old = vec![marks("Seth begat Enos and Enos begat Cainan.")];
        old.extend((0..30).map(|_| marks("the son")));
        let mut new = vec![marks("Set engendró á Enós, y Enós á Cainán.")];
        new.extend((0..30).map(|_| marks("son los hijos")));
        keep_shared(&mut old, &mut new);
        let enos = hash_bytes(b"enos") & !1;
        let cainan = hash_bytes(b"cainan") & !1;
        assert_eq!(old[0], [enos, enos, cainan]);
        assert_eq!(new[0], [enos, enos, cainan]);
        // "son" is in both languages, but in every unit: no mark.
        assert!(old[1].is_empty() && new[1].is_empty());
    }

    #[test]
    fn cognates_share_their_folded_first_four_letters() {
        let de = cognates("Die Expedition erreichte den Gipfel");
        let fr = cognates("L'expédition atteignit le sommet");
        let shared: Vec<_> = de.iter().filter(|id| fr.contains(id)).collect();
        assert_eq!(shared.len(), 1, "expe: {de:?} {fr:?}");
        // Short words and words with digits are no cognates.
        assert!(cognates("der die das 1950er").is_empty());
        assert!(cognates("İİİİİİ ǅǅǅǅǅ").len() == 2);
    }
}
