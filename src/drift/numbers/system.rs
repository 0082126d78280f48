//! How a language spells numbers: the tables `reader.rs` reads them with. A leaf: each
//! language's file (`english.rs`, `spanish.rs`, …) fills it in.

use crate::text::word_table::WordTable;

/// How one language spells numbers.
pub(crate) struct Numerals {
    /// Cardinals and ordinals below a hundred (and "cien", "hundert" where they stand alone).
    pub small: &'static WordTable<f64>,
    /// Words that multiply: hundred, thousand, million.
    pub scales: &'static WordTable<f64>,
    /// The word that joins tens and units or a scale and the rest ("and", "y", "und").
    pub and: &'static str,
    /// Words that are numbers only next to a scale or another number ("one", "una", "ein").
    pub ambiguous: &'static [&'static str],
    /// English: ordinals by rule ("-th", "-ieth") and "a hundred".
    pub english: bool,
    /// Digits written "40.000" and "2,5" (Spanish, German): the comma marks the decimals,
    /// the full stop the thousands.
    pub decimal_comma: bool,
    /// The months' names (`None`: English's, read with their three-letter forms).
    pub months: Option<&'static WordTable<u32>>,
    /// The word dates put between day, month and year ("13 de diciembre de 2021").
    pub date_joiner: Option<&'static str>,
    /// French: counts by twenties past sixty, read by `french::below_hundred`.
    pub vigesimal: bool,
    /// Ordinals read by rule rather than from the tables: Spanish's written as one word of a
    /// tens ordinal and a unit ordinal, which no table lists in full ("décimatercia",
    /// "vigésimoprimero"), and its "tercio" in lower case only.
    pub ordinal_by_rule: Option<fn(&str) -> Option<f64>>,
}
