//! Spelled numbers per language, so a number is found by value across a translation:
//! "twelve" = "doce" = "zwölf" = "12". English has its own tables in `numbers.rs` (with the
//! King James's scores and ordinals by rule); Spanish and German are here, Portuguese and
//! Italian in `romance_numerals.rs`.

use std::sync::LazyLock;

use super::numeral_system::Numerals;
use super::text::WordTable;
use crate::segment::language::Language;

const SPANISH_SMALL: &[(&str, f64)] = &[
    ("cero", 0.0),
    ("uno", 1.0),
    ("una", 1.0),
    ("un", 1.0),
    ("dos", 2.0),
    ("tres", 3.0),
    ("cuatro", 4.0),
    ("cinco", 5.0),
    ("seis", 6.0),
    ("siete", 7.0),
    ("ocho", 8.0),
    ("nueve", 9.0),
    ("diez", 10.0),
    ("once", 11.0),
    ("doce", 12.0),
    ("trece", 13.0),
    ("catorce", 14.0),
    ("quince", 15.0),
    ("dieciséis", 16.0),
    ("diecisiete", 17.0),
    ("dieciocho", 18.0),
    ("diecinueve", 19.0),
    ("veinte", 20.0),
    ("veintiuno", 21.0),
    ("veintidós", 22.0),
    ("veintitrés", 23.0),
    ("veinticuatro", 24.0),
    ("veinticinco", 25.0),
    ("veintiséis", 26.0),
    ("veintisiete", 27.0),
    ("veintiocho", 28.0),
    ("veintinueve", 29.0),
    ("treinta", 30.0),
    ("cuarenta", 40.0),
    ("cincuenta", 50.0),
    ("sesenta", 60.0),
    ("setenta", 70.0),
    ("ochenta", 80.0),
    ("noventa", 90.0),
    ("primero", 1.0),
    ("primera", 1.0),
    ("primer", 1.0),
    ("segundo", 2.0),
    ("segunda", 2.0),
    ("tercero", 3.0),
    ("tercera", 3.0),
    ("tercer", 3.0),
    ("cuarto", 4.0),
    ("cuarta", 4.0),
    ("quinto", 5.0),
    ("quinta", 5.0),
    ("sexto", 6.0),
    ("sexta", 6.0),
    ("séptimo", 7.0),
    ("séptima", 7.0),
    ("octavo", 8.0),
    ("octava", 8.0),
    ("noveno", 9.0),
    ("novena", 9.0),
    ("décimo", 10.0),
    ("décima", 10.0),
];

const SPANISH_SCALES: &[(&str, f64)] = &[
    ("cien", 1e2),
    ("ciento", 1e2),
    ("cientos", 1e2),
    ("doscientos", 2e2),
    ("trescientos", 3e2),
    ("cuatrocientos", 4e2),
    ("quinientos", 5e2),
    ("seiscientos", 6e2),
    ("setecientos", 7e2),
    ("ochocientos", 8e2),
    ("novecientos", 9e2),
    ("mil", 1e3),
    ("millón", 1e6),
    ("millones", 1e6),
];

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

static SPANISH_SMALL_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(SPANISH_SMALL));
static SPANISH_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(SPANISH_SCALES));
static GERMAN_SMALL_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(german_small);
static GERMAN_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(GERMAN_SCALES));

static SPANISH: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &SPANISH_SMALL_TABLE,
    scales: &SPANISH_SCALE_TABLE,
    and: "y",
    // The articles, and "segundo" (a second of time, "according to").
    ambiguous: &["un", "una", "uno", "segundo", "segunda"],
    english: false,
    decimal_comma: true,
    months: Some(&super::month_names::SPANISH),
    date_joiner: Some("de"),
    vigesimal: false,
});

static GERMAN: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &GERMAN_SMALL_TABLE,
    scales: &GERMAN_SCALE_TABLE,
    and: "und",
    // The articles, and "null" (also a null byte, a null pointer).
    ambiguous: &["ein", "eine", "einen", "eins", "null"],
    english: false,
    decimal_comma: true,
    months: Some(&super::month_names::GERMAN),
    date_joiner: None,
    vigesimal: false,
});

/// The numerals of a language that has its own tables; `None`: English's.
pub(super) fn for_language(language: Option<Language>) -> Option<&'static Numerals> {
    let language = language?;
    match language.code() {
        "es" => Some(&SPANISH),
        "de" => Some(&GERMAN),
        "pt" => Some(&super::romance_numerals::PORTUGUESE),
        "it" => Some(&super::romance_numerals::ITALIAN),
        "fr" => Some(&super::french_numerals::FRENCH),
        "ru" => Some(&super::scale_numerals::RUSSIAN),
        "el" => Some(&super::scale_numerals::GREEK),
        "ar" => Some(&super::scale_numerals::ARABIC),
        "zh" | "ja" => Some(&super::scale_numerals::CJK),
        _ => None,
    }
}
