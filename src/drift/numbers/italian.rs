//! Spelled numbers in Italian, which writes tens and units as one word ("ventidue",
//! "trentotto", the tens' last vowel dropped before "uno" and "otto"), so its compounds are
//! listed.

use std::sync::LazyLock;

use super::system::Numerals;
use crate::text::word_table::WordTable;

const ITALIAN_UNITS: [(&str, f64); 9] = [
    ("uno", 1.0),
    ("due", 2.0),
    ("tre", 3.0),
    ("quattro", 4.0),
    ("cinque", 5.0),
    ("sei", 6.0),
    ("sette", 7.0),
    ("otto", 8.0),
    ("nove", 9.0),
];

const ITALIAN_TENS: [(&str, f64); 8] = [
    ("venti", 20.0),
    ("trenta", 30.0),
    ("quaranta", 40.0),
    ("cinquanta", 50.0),
    ("sessanta", 60.0),
    ("settanta", 70.0),
    ("ottanta", 80.0),
    ("novanta", 90.0),
];

const ITALIAN_SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("un", 1.0),
    ("una", 1.0),
    ("dieci", 10.0),
    ("undici", 11.0),
    ("dodici", 12.0),
    ("tredici", 13.0),
    ("quattordici", 14.0),
    ("quindici", 15.0),
    ("sedici", 16.0),
    ("diciassette", 17.0),
    ("diciotto", 18.0),
    ("diciannove", 19.0),
    ("primo", 1.0),
    ("prima", 1.0),
    ("terzo", 3.0),
    ("terza", 3.0),
];

const ITALIAN_SCALES: &[(&str, f64)] = &[
    ("cento", 1e2),
    ("duecento", 2e2),
    ("trecento", 3e2),
    ("quattrocento", 4e2),
    ("cinquecento", 5e2),
    ("seicento", 6e2),
    ("settecento", 7e2),
    ("ottocento", 8e2),
    ("novecento", 9e2),
    ("mille", 1e3),
    ("mila", 1e3),
    ("milione", 1e6),
    ("milioni", 1e6),
    ("miliardo", 1e9),
    ("miliardi", 1e9),
];

/// Italian's table: the listed words, units, tens and every ten-unit compound ("ventuno",
/// "ventitré", "trentotto"), made once and kept for the program's life.
fn italian_small() -> WordTable<f64> {
    let mut entries: Vec<(&'static str, f64)> = ITALIAN_SMALL.to_vec();
    entries.extend(ITALIAN_UNITS);
    entries.extend(ITALIAN_TENS);
    for (ten, t) in ITALIAN_TENS {
        for (unit, u) in ITALIAN_UNITS {
            // The tens' last vowel goes before a vowel: venti + uno = ventuno.
            let stem = if unit.starts_with(['u', 'o']) {
                &ten[..ten.len() - 1]
            } else {
                ten
            };
            let unit = if unit == "tre" { "tré" } else { unit };
            let word: &'static str = Box::leak(format!("{stem}{unit}").into_boxed_str());
            entries.push((word, t + u));
            if unit == "tré" {
                // Written without its accent too.
                let plain: &'static str = Box::leak(format!("{stem}tre").into_boxed_str());
                entries.push((plain, t + u));
            }
        }
    }
    WordTable::new(&entries)
}

static ITALIAN_SMALL_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(italian_small);

static ITALIAN_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(ITALIAN_SCALES));

/// Italian's numerals.
pub(crate) static ITALIAN: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &ITALIAN_SMALL_TABLE,
    scales: &ITALIAN_SCALE_TABLE,
    and: "e",
    // The articles, and "secondo" (a second, "according to").
    ambiguous: &["un", "una", "uno", "secondo", "seconda"],
    english: false,
    decimal_comma: true,
    months: Some(&super::months::ITALIAN),
    date_joiner: None,
    vigesimal: false,
    ordinal_by_rule: None,
});
