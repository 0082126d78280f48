//! The months' names of the languages with their own numerals, so a date is one value across a
//! translation: "December 13, 2021" = "13 de diciembre de 2021" = "13. Dezember 2021". (English
//! reads its months, and their three-letter forms, in `numbers.rs`.)

use std::sync::LazyLock;

use super::text::WordTable;

/// A language's month names, January first; a second spelling of one month may follow the
/// twelve with its number.
fn table(names: [&'static str; 12], others: &[(&'static str, u32)]) -> WordTable<u32> {
    let mut entries: Vec<(&'static str, u32)> =
        names.iter().zip(1..).map(|(&name, m)| (name, m)).collect();
    entries.extend_from_slice(others);
    WordTable::new(&entries)
}

pub(super) static SPANISH: LazyLock<WordTable<u32>> = LazyLock::new(|| {
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

pub(super) static GERMAN: LazyLock<WordTable<u32>> = LazyLock::new(|| {
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

pub(super) static PORTUGUESE: LazyLock<WordTable<u32>> = LazyLock::new(|| {
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

pub(super) static ITALIAN: LazyLock<WordTable<u32>> = LazyLock::new(|| {
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

pub(super) static FRENCH: LazyLock<WordTable<u32>> = LazyLock::new(|| {
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
