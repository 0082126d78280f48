//! Spelled numbers in German: units joined to tens in one word ("zweiunddreißig"), "hundert",
//! "tausend"; the comma marks the decimals, the full stop the thousands.

use std::sync::LazyLock;

use super::system::Numerals;
use crate::text::word_table::WordTable;

/// German units, for the tables and for the compounds "einundzwanzig" … "neunundneunzig".
const GERMAN_UNITS: [(&str, f64); 9] = [
    ("ein", 1.0),
    ("zwei", 2.0),
    ("drei", 3.0),
    ("vier", 4.0),
    ("fünf", 5.0),
    ("sechs", 6.0),
    ("sieben", 7.0),
    ("acht", 8.0),
    ("neun", 9.0),
];

const GERMAN_TENS: [(&str, f64); 8] = [
    ("zwanzig", 20.0),
    ("dreißig", 30.0),
    ("vierzig", 40.0),
    ("fünfzig", 50.0),
    ("sechzig", 60.0),
    ("siebzig", 70.0),
    ("achtzig", 80.0),
    ("neunzig", 90.0),
];

const GERMAN_SMALL: &[(&str, f64)] = &[
    ("null", 0.0),
    ("eins", 1.0),
    ("eine", 1.0),
    ("einen", 1.0),
    ("zehn", 10.0),
    ("elf", 11.0),
    ("zwölf", 12.0),
    ("dreizehn", 13.0),
    ("vierzehn", 14.0),
    ("fünfzehn", 15.0),
    ("sechzehn", 16.0),
    ("siebzehn", 17.0),
    ("achtzehn", 18.0),
    ("neunzehn", 19.0),
    ("erste", 1.0),
    ("ersten", 1.0),
    ("zweite", 2.0),
    ("zweiten", 2.0),
    ("dritte", 3.0),
    ("dritten", 3.0),
];

const GERMAN_SCALES: &[(&str, f64)] = &[
    ("hundert", 1e2),
    ("tausend", 1e3),
    ("million", 1e6),
    ("millionen", 1e6),
    ("milliarde", 1e9),
    ("milliarden", 1e9),
];

/// German's table: the listed words, the units, the tens and every unit-und-ten compound
/// (the compounds are made once and live as long as the program).
fn german_small() -> WordTable<f64> {
    let mut entries: Vec<(&'static str, f64)> = GERMAN_SMALL.to_vec();
    entries.extend(GERMAN_UNITS);
    entries.extend(GERMAN_TENS);
    for (unit, u) in GERMAN_UNITS {
        for (ten, t) in GERMAN_TENS {
            let word: &'static str = Box::leak(format!("{unit}und{ten}").into_boxed_str());
            entries.push((word, u + t));
        }
    }
    WordTable::new(&entries)
}

static GERMAN_SMALL_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(german_small);

static GERMAN_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(GERMAN_SCALES));

pub(crate) static GERMAN: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &GERMAN_SMALL_TABLE,
    scales: &GERMAN_SCALE_TABLE,
    and: "und",
    // The articles, and "null" (also a null byte, a null pointer).
    ambiguous: &["ein", "eine", "einen", "eins", "null"],
    english: false,
    decimal_comma: true,
    months: Some(&super::months::GERMAN),
    date_joiner: None,
    vigesimal: false,
    ordinal_by_rule: None,
});
