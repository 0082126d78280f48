//! Negators by form only: words the negator lists hold (`negators.rs`) that, in a fixed
//! phrase, deny no clause. "Para siempre jamás" is "for ever and ever"; "à jamais" is "for
//! ever"; "come to nought", "set at nought", "for nought" use "nought" as a noun
//! (nothingness), which a translation writes as a verb or an adverb ("deshacer",
//! "menospreciar", "de balde"). Counted as denials, each raised a negation finding on every
//! row that holds it: 11 rows of "para siempre jamás" and 14 of "nought" in the whole KJV
//! against RV1909. "No obstante" (nevertheless, notwithstanding) is read by the word after:
//! 5 of its 6 rows in Reina-Valera stood as a negation only in the translation.

/// How a negator's word reads in a fixed phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// It denies nothing ("para siempre jamás").
    NoDenial,
    /// It denies in other words, as "without" does: a translation may render it with a
    /// negator ("set at nought" / "tener en nada"), so the side is not said to deny nothing.
    Implicit,
}

/// "To", "at", "for", "of" before "nought" make it a noun: "come to nought", "set at nought",
/// "for nought" (in vain), "a thing of nought".
const NOUN_BEFORE: &[&str] = &["to", "at", "for", "of"];

/// Per language: the negator, the words that make a fixed phrase of it when just before it,
/// and how it then reads.
const IDIOMS: &[(&str, &str, &[&str], Reading)] = &[
    ("es", "jamás", &["siempre"], Reading::NoDenial),
    ("fr", "jamais", &["à", "tout"], Reading::NoDenial),
    ("en", "nought", NOUN_BEFORE, Reading::Implicit),
    ("en", "naught", NOUN_BEFORE, Reading::Implicit),
    // "maketh the devices of the people of none effect": makes them fail.
    ("en", "none", &["of"], Reading::Implicit),
];

/// Per language: the negator, the words that make a fixed phrase of it when just after it,
/// and how it then reads. "No obstante" is "nevertheless" (and Portuguese "não obstante").
const IDIOMS_AFTER: &[(&str, &str, &[&str], Reading)] = &[
    ("es", "no", &["obstante"], Reading::NoDenial),
    ("pt", "não", &["obstante"], Reading::NoDenial),
];

/// How `word` reads in language `code` between the texts `before` and `after` it, where they
/// make a fixed phrase of it; `None` where it reads as the negator it is.
pub(super) fn reading(code: &str, (before, after): (&str, &str), word: &str) -> Option<Reading> {
    let is =
        |(c, w, _, _): &&(&str, &str, &[&str], Reading)| *c == code && w.eq_ignore_ascii_case(word);
    // The words just before and after, with only spaces between: "siempre, jamás" is no
    // phrase. (Read only for a negator's word, a few in a row.)
    let spaces = [' ', '\t', '\n'];
    let previous = before
        .trim_end_matches(spaces)
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let next = after
        .trim_start_matches(spaces)
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let found = |table: &[(&str, &str, &[&str], Reading)], neighbour: &str| {
        let (_, _, words, reading) = table.iter().find(is)?;
        words
            .iter()
            .any(|w| w.eq_ignore_ascii_case(neighbour))
            .then_some(*reading)
    };
    found(IDIOMS, previous).or_else(|| found(IDIOMS_AFTER, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negator_in_a_fixed_phrase_reads_as_the_phrase() {
        assert_eq!(
            reading("es", ("á él sea gloria para siempre ", ""), "jamás"),
            Some(Reading::NoDenial)
        );
        assert_eq!(
            reading("fr", ("il est parti à ", "."), "jamais"),
            Some(Reading::NoDenial)
        );
        assert_eq!(
            reading("en", ("and mocked him, and set him at ", ""), "nought"),
            Some(Reading::Implicit)
        );
        assert_eq!(
            reading("en", ("the law of ", " effect"), "none"),
            Some(Reading::Implicit)
        );
        assert_eq!(
            reading("en", ("shall come to ", ""), "Naught"),
            Some(Reading::Implicit)
        );
        assert_eq!(
            reading("es", ("", " obstante, reinó la muerte"), "No"),
            Some(Reading::NoDenial)
        );
    }

    #[test]
    fn the_same_negator_outside_the_phrase_still_denies() {
        // "Jamás" opening a clause, after a comma, or after another word denies.
        assert_eq!(reading("es", ("", ""), "Jamás"), None);
        assert_eq!(reading("es", ("lo dijo siempre, ", ""), "jamás"), None);
        assert_eq!(reading("es", ("no lo haré ", ""), "jamás"), None);
        assert_eq!(reading("fr", ("il ne viendra ", ""), "jamais"), None);
        assert_eq!(reading("en", ("there was ", ""), "nought"), None);
        assert_eq!(reading("en", ("there was ", ""), "none"), None);
        // "No" before another word, or "obstante" after a comma, denies.
        assert_eq!(reading("es", ("", " pecaron"), "no"), None);
        assert_eq!(reading("es", ("", ", obstante"), "no"), None);
        // Only the listed language: Portuguese "jamais" after "sempre" is not listed.
        assert_eq!(reading("pt", ("para sempre ", ""), "jamais"), None);
    }
}
