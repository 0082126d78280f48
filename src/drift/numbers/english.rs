//! Spelled numbers in English, with the King James's scores ("threescore and ten") and its
//! ordinals, irregular ones listed and the rest read by rule in the reader ("thirteenth",
//! "thirtieth").

use std::sync::LazyLock;

use super::system::Numerals;
use crate::text::word_table::WordTable;

const SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    // The King James counts in scores: "threescore and ten" is seventy.
    ("twoscore", 40.0),
    ("threescore", 60.0),
    ("fourscore", 80.0),
    ("sixscore", 120.0),
    // "captains of fifties" are "capitanes de cincuenta", "by sevens" "de siete en siete".
    ("fifties", 50.0),
    ("tens", 10.0),
    ("twos", 2.0),
    ("threes", 3.0),
    ("sevens", 7.0),
    // How many times, and the old word for two: "deny me thrice" is "tres veces", "the
    // twain" "los dos", a "twoedged sword" one "de dos filos".
    ("twice", 2.0),
    ("thrice", 3.0),
    ("twain", 2.0),
    ("twoedged", 2.0),
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    // The tithe is the tenth ("I give tithes of all" / "doy diezmos de todo").
    ("tithe", 10.0),
    ("tithes", 10.0),
    ("tithing", 10.0),
    ("twelfth", 12.0),
    ("twentieth", 20.0),
    ("hundredth", 100.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("bn", 1e9),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
];

/// Words that are spelled numbers only sometimes ("one of them", "the second time"):
/// they count only next to a scale word or another number.
const AMBIGUOUS: &[&str] = &["one", "second"];

static SMALL_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(|| WordTable::new(SMALL));

static SCALE_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(|| WordTable::new(SCALES));

/// English's numerals: the tables above.
pub(crate) static ENGLISH: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &SMALL_TABLE,
    scales: &SCALE_TABLE,
    and: "and",
    ambiguous: AMBIGUOUS,
    english: true,
    decimal_comma: false,
    months: None,
    date_joiner: None,
    vigesimal: false,
    ordinal_by_rule: None,
});
