//! Spelled numbers in Portuguese and Italian (`numerals.rs` has Spanish and German, and the
//! shape of a language's tables). Portuguese joins tens and units with "e" ("vinte e dois")
//! as Spanish does with "y"; Italian writes them as one word ("ventidue", "trentotto", the
//! tens' last vowel dropped before "uno" and "otto"), so its compounds are listed.

use std::sync::LazyLock;

use super::numeral_system::Numerals;
use super::text::WordTable;

const PORTUGUESE_SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("um", 1.0),
    ("uma", 1.0),
    ("dois", 2.0),
    ("duas", 2.0),
    ("três", 3.0),
    ("quatro", 4.0),
    ("cinco", 5.0),
    ("seis", 6.0),
    ("sete", 7.0),
    ("oito", 8.0),
    ("nove", 9.0),
    ("dez", 10.0),
    ("onze", 11.0),
    ("doze", 12.0),
    ("treze", 13.0),
    ("catorze", 14.0),
    ("quatorze", 14.0),
    ("quinze", 15.0),
    ("dezesseis", 16.0),
    ("dezasseis", 16.0),
    ("dezessete", 17.0),
    ("dezassete", 17.0),
    ("dezoito", 18.0),
    ("dezenove", 19.0),
    ("dezanove", 19.0),
    ("vinte", 20.0),
    ("trinta", 30.0),
    ("quarenta", 40.0),
    ("cinquenta", 50.0),
    ("sessenta", 60.0),
    ("setenta", 70.0),
    ("oitenta", 80.0),
    ("noventa", 90.0),
    ("primeiro", 1.0),
    ("primeira", 1.0),
    ("terceiro", 3.0),
    ("terceira", 3.0),
];
/// "cem" and "cento" stand for a hundred, the hundreds are words of their own (as Spanish's).
const PORTUGUESE_SCALES: &[(&str, f64)] = &[
    ("cem", 1e2),
    ("cento", 1e2),
    ("duzentos", 2e2),
    ("duzentas", 2e2),
    ("trezentos", 3e2),
    ("trezentas", 3e2),
    ("quatrocentos", 4e2),
    ("quinhentos", 5e2),
    ("seiscentos", 6e2),
    ("setecentos", 7e2),
    ("oitocentos", 8e2),
    ("novecentos", 9e2),
    ("mil", 1e3),
    ("milhão", 1e6),
    ("milhões", 1e6),
];

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

static PORTUGUESE_SMALL_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(PORTUGUESE_SMALL));
static PORTUGUESE_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(PORTUGUESE_SCALES));
static ITALIAN_SMALL_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(italian_small);
static ITALIAN_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(ITALIAN_SCALES));

/// Portuguese's numerals.
pub(super) static PORTUGUESE: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &PORTUGUESE_SMALL_TABLE,
    scales: &PORTUGUESE_SCALE_TABLE,
    and: "e",
    // The articles, and "segundo" (a second, "according to").
    ambiguous: &["um", "uma", "segundo", "segunda"],
    english: false,
    decimal_comma: true,
    months: Some(&super::month_names::PORTUGUESE),
    date_joiner: Some("de"),
    vigesimal: false,
});

/// Italian's numerals.
pub(super) static ITALIAN: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &ITALIAN_SMALL_TABLE,
    scales: &ITALIAN_SCALE_TABLE,
    and: "e",
    // The articles, and "secondo" (a second, "according to").
    ambiguous: &["un", "una", "uno", "secondo", "seconda"],
    english: false,
    decimal_comma: true,
    months: Some(&super::month_names::ITALIAN),
    date_joiner: None,
    vigesimal: false,
});
