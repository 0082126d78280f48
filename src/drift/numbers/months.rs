//! The months' names of the languages with their own numerals, so a date is one value across a
//! translation: "December 13, 2021" = "13 de diciembre de 2021" = "13. Dezember 2021". English's
//! months are read with their three-letter forms ("Dec"), and with its weekdays tell a date
//! from a name.

use std::sync::LazyLock;

use crate::text::word_table::WordTable;

/// A language's month names, January first; a second spelling of one month may follow the
/// twelve with its number.
fn table(names: [&'static str; 12], others: &[(&'static str, u32)]) -> WordTable<u32> {
    let mut entries: Vec<(&'static str, u32)> =
        names.iter().zip(1..).map(|(&name, m)| (name, m)).collect();
    entries.extend_from_slice(others);
    WordTable::new(&entries)
}

pub(crate) static SPANISH: LazyLock<WordTable<u32>> = LazyLock::new(|| {
    table(
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        &[("setiembre", 9)],
    )
});

pub(crate) static GERMAN: LazyLock<WordTable<u32>> = LazyLock::new(|| {
    table(
        [
            "januar",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
        ],
        // Austria's January.
        &[("jänner", 1)],
    )
});

pub(crate) static PORTUGUESE: LazyLock<WordTable<u32>> = LazyLock::new(|| {
    table(
        [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        &[],
    )
});

pub(crate) static ITALIAN: LazyLock<WordTable<u32>> = LazyLock::new(|| {
    table(
        [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        &[],
    )
});

pub(crate) static FRENCH: LazyLock<WordTable<u32>> = LazyLock::new(|| {
    table(
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        // Written without accents.
        &[("fevrier", 2), ("aout", 8), ("decembre", 12)],
    )
});

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a lower-case word names a month or a weekday: a date, not a name ("May" is left
/// out: it is also the verb that opens questions).
pub(crate) fn month_or_weekday(word: &str) -> bool {
    (word != "may" && MONTHS.contains(&word)) || WEEKDAYS.contains(&word)
}

/// The month a word names ("December", "Dec"; "May" only in full), 1-12.
pub(crate) fn month(word: &str) -> Option<u32> {
    // Every word of a text is asked: the month names are ASCII, so no lower-case copy.
    if !(3..=9).contains(&word.len()) || !word.is_ascii() {
        return None;
    }
    let first = word.as_bytes()[0].to_ascii_lowercase();
    if !b"jfmasond".contains(&first) {
        return None;
    }
    let short = word.len() == 3 && !word.eq_ignore_ascii_case("may");
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(word) || (short && m[..3].eq_ignore_ascii_case(word)))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_numbered_from_january_in_any_first_letter_case() {
        assert_eq!(SPANISH.get("Diciembre"), Some(12));
        assert_eq!(SPANISH.get("setiembre"), Some(9));
        assert_eq!(GERMAN.get("März"), Some(3));
        assert_eq!(GERMAN.get("Jänner"), Some(1));
        assert_eq!(PORTUGUESE.get("março"), Some(3));
        assert_eq!(ITALIAN.get("maggio"), Some(5));
        assert_eq!(ITALIAN.get("mai"), None);
        assert_eq!(FRENCH.get("Décembre"), Some(12));
    }
}
