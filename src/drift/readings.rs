//! What the versions' attribution reads of a text through drift's eyes: whether it writes a
//! name (respelled a little, as translations do), its numbers by value, whether it quotes,
//! whether its language's negations are read.

use super::{names, negators, numbers, quotes};
use crate::text::tokens::Text;

/// Whether `text` writes every word of the name `name` (as names are compared: case,
/// typography and possessives folded). Tells whether a version in between kept a name.
pub(crate) fn writes_name(text: &str, name: &str) -> bool {
    // The aligner's folding: lower case, accents off (the keys are lower case already).
    use crate::align::fold;
    let words: Vec<String> = names::capitalised_words(text)
        .iter()
        .map(|w| fold(w))
        .collect();
    let wanted = names::capitalised_words(name);
    // A translation respells names a little: "Pisón" for "Pison", "Etiopía" for
    // "Ethiopia", "Adán" for "Adam": accents off, one letter in four letters or more.
    !wanted.is_empty()
        && wanted.iter().map(|w| fold(w)).all(|w| {
            words
                .iter()
                .any(|v| *v == w || (w.chars().count() >= 4 && one_edit_apart(&w, v)))
        })
}

/// Whether one letter added, dropped or changed makes `a` into `b`.
pub(super) fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if prefix == long.len() {
        return true;
    }
    // Past the first difference the rest agrees: after one letter changed, or one added.
    let rest = if short.len() == long.len() {
        prefix + 1
    } else {
        prefix
    };
    short[rest..] == long[prefix + 1..]
}

/// The values of the numbers in `text`, read in `language` ("doce" and "12" both 12).
pub(crate) fn number_values(
    text: &str,
    language: Option<crate::text::language::Language>,
) -> Vec<f64> {
    let n = numbers::for_language(language).unwrap_or(&numbers::ENGLISH);
    numbers::numbers_in(&Text::new(text), n)
        .into_iter()
        .map(|x| x.value)
        .collect()
}

/// Whether `text` quotes anything, in any language's marks.
pub(crate) fn quotes_anything(text: &str) -> bool {
    !quotes::quotes(text).is_empty()
}

/// Whether the negation check reads `language`'s negators ("no", "ne … pas", "不"): where it
/// does, a row it finds no negation changed in denies as its source does.
pub(crate) fn reads_negation(language: Option<crate::text::language::Language>) -> bool {
    negators::denials(&Text::new(""), language).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_a_translation_respells_a_little_is_written_there() {
        assert!(writes_name("El nombre del uno era Pisón.", "Pison"));
        assert!(writes_name("toda la tierra de Etiopía.", "Ethiopia"));
        assert!(writes_name("Y llamó Adán el nombre", "Adam"));
        assert!(!writes_name("toda la tierra de Cus.", "Ethiopia"));
        assert!(!writes_name("Vino Abel.", "Abram"));
        assert!(one_edit_apart("adam", "adan") && one_edit_apart("etiopia", "ethiopia"));
        assert!(!one_edit_apart("abel", "abram") && one_edit_apart("same", "same"));
    }
}
