//! Spelled numbers in French, which counts by twenties past sixty: "soixante-dix" is 70,
//! "quatre-vingts" 80, "quatre-vingt-dix-sept" 97, and the teens past sixteen are written
//! "dix-sept". The word splitter cuts at the hyphens, so `reader.rs` reads these as runs of
//! words with the rule `Numerals::vigesimal` switches on.

use std::sync::LazyLock;

use super::system::Numerals;
use crate::text::word_table::WordTable;

const FRENCH_SMALL: &[(&str, f64)] = &[
    ("zéro", 0.0),
    ("un", 1.0),
    ("une", 1.0),
    ("deux", 2.0),
    ("trois", 3.0),
    ("quatre", 4.0),
    ("cinq", 5.0),
    ("six", 6.0),
    ("sept", 7.0),
    ("huit", 8.0),
    ("neuf", 9.0),
    ("dix", 10.0),
    ("onze", 11.0),
    ("douze", 12.0),
    ("treize", 13.0),
    ("quatorze", 14.0),
    ("quinze", 15.0),
    ("seize", 16.0),
    ("vingt", 20.0),
    ("vingts", 20.0),
    ("trente", 30.0),
    ("quarante", 40.0),
    ("cinquante", 50.0),
    ("soixante", 60.0),
    ("premier", 1.0),
    ("première", 1.0),
    ("deuxième", 2.0),
    ("second", 2.0),
    ("seconde", 2.0),
    ("troisième", 3.0),
    ("quatrième", 4.0),
    ("cinquième", 5.0),
    ("sixième", 6.0),
    ("septième", 7.0),
    ("huitième", 8.0),
    ("neuvième", 9.0),
    ("dixième", 10.0),
];

const FRENCH_SCALES: &[(&str, f64)] = &[
    ("cent", 1e2),
    ("cents", 1e2),
    ("mille", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
];

static FRENCH_SMALL_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(FRENCH_SMALL));
static FRENCH_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(FRENCH_SCALES));

/// French's numerals.
pub(crate) static FRENCH: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &FRENCH_SMALL_TABLE,
    scales: &FRENCH_SCALE_TABLE,
    and: "et",
    // The articles, and "seconde" (a second of time).
    ambiguous: &["un", "une", "second", "seconde"],
    english: false,
    decimal_comma: true,
    months: Some(&super::months::FRENCH),
    date_joiner: None,
    vigesimal: true,
    ordinal_by_rule: None,
});

/// A number under a hundred read the French way from `values` (the values of the words from
/// the number's first, `None` where a word is no number; "et" already passed over and marked
/// by `and_at`): its value and how many words it took. "quatre vingt" is 80; after sixty or
/// eighty a teen adds ("soixante dix" 70, "soixante et onze" 71, "quatre vingt dix sept" 97);
/// "dix sept" is 17; a ten takes a unit ("vingt sept", "vingt et un").
pub(crate) fn below_hundred(values: &[Option<f64>], and_at: Option<usize>) -> Option<(f64, usize)> {
    let at = |k: usize| values.get(k).copied().flatten();
    let mut value = at(0)?;
    let mut taken = 1;
    if value == 4.0 && at(1) == Some(20.0) {
        value = 80.0;
        taken = 2;
    }
    // "et" may stand before the last word ("vingt et un", "soixante et onze").
    let next = if and_at == Some(taken) {
        taken + 1
    } else {
        taken
    };
    let Some(n) = at(next) else {
        return Some((value, taken));
    };
    let tens = (20.0..=50.0).contains(&value) && value % 10.0 == 0.0;
    if (value == 60.0 || value == 80.0) && (1.0..=16.0).contains(&n) {
        value += n;
        taken = next + 1;
        // "soixante dix sept": the ten past sixty takes a unit.
        if n == 10.0
            && and_at.is_none_or(|a| a != taken)
            && let Some(u) = at(taken).filter(|u| (7.0..=9.0).contains(u))
        {
            value += u;
            taken += 1;
        }
    } else if tens && (1.0..=9.0).contains(&n) {
        value += n;
        taken = next + 1;
    } else if value == 10.0 && next == 1 && (7.0..=9.0).contains(&n) {
        value += n;
        taken = 2;
    }
    Some((value, taken))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(words: &str) -> (f64, usize) {
        let values: Vec<Option<f64>> = words
            .split(' ')
            .map(|w| FRENCH_SMALL_TABLE.get(w))
            .collect();
        let and_at = words.split(' ').position(|w| w == "et");
        below_hundred(&values, and_at).unwrap()
    }

    #[test]
    fn french_counts_by_twenties_past_sixty() {
        assert_eq!(read("sept"), (7.0, 1));
        assert_eq!(read("dix sept"), (17.0, 2));
        assert_eq!(read("vingt sept"), (27.0, 2));
        assert_eq!(read("vingt et un"), (21.0, 3));
        assert_eq!(read("soixante dix"), (70.0, 2));
        assert_eq!(read("soixante et onze"), (71.0, 3));
        assert_eq!(read("soixante dix sept"), (77.0, 3));
        assert_eq!(read("quatre vingts"), (80.0, 2));
        assert_eq!(read("quatre vingt un"), (81.0, 3));
        assert_eq!(read("quatre vingt dix"), (90.0, 3));
        assert_eq!(read("quatre vingt dix neuf"), (99.0, 4));
        // Two numbers side by side stay two: "quatre" then "cinq".
        assert_eq!(read("quatre cinq"), (4.0, 1));
    }
}
