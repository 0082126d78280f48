//! Spelled numbers in Spanish: "doce", "trescientos", "dos mil", tens and units joined by
//! "y" ("treinta y dos"); the comma marks the decimals ("2,5"), the full stop the thousands.

use std::sync::LazyLock;

use super::system::Numerals;
use crate::text::word_table::WordTable;

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
    // Reina-Valera's old ninth: "Elzabad el nono", "la hora de nona".
    ("nono", 9.0),
    ("nona", 9.0),
    ("décimo", 10.0),
    ("décima", 10.0),
    // A tenth part, as Reina-Valera measures flour ("dos décimas de flor de harina", the King
    // James's "two tenth deals") and writes the tithe ("el diezmo", "the tenth").
    ("décimos", 10.0),
    ("décimas", 10.0),
    ("diezmo", 10.0),
    ("diezmos", 10.0),
    ("diezmar", 10.0),
    ("diezmará", 10.0),
    ("diezmarás", 10.0),
    ("diezmado", 10.0),
    ("diezmáis", 10.0),
    // The teens' ordinals in one word ("al décimotercio año", "decimotercero") are read by
    // rule, as the later tens' are (`ordinal_by_rule`).
    ("undécimo", 11.0),
    ("undécima", 11.0),
    ("duodécimo", 12.0),
    ("duodécima", 12.0),
    ("vigésimo", 20.0),
    ("vigésima", 20.0),
    ("trigésimo", 30.0),
    ("trigésima", 30.0),
    ("cuadragésimo", 40.0),
    ("cuadragésima", 40.0),
    ("quincuagésimo", 50.0),
    ("quincuagésima", 50.0),
    ("centésimo", 100.0),
    ("centésima", 100.0),
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
    // The hundreds agree with a feminine noun: "quinientas cañas", "doscientas ovejas".
    ("doscientas", 2e2),
    ("trescientas", 3e2),
    ("cuatrocientas", 4e2),
    ("quinientas", 5e2),
    ("seiscientas", 6e2),
    ("setecientas", 7e2),
    ("ochocientas", 8e2),
    ("novecientas", 9e2),
    // Reina-Valera's old spelling: "nuevecientos carros herrados".
    ("nuevecientos", 9e2),
    ("nuevecientas", 9e2),
    ("mil", 1e3),
    ("millón", 1e6),
    ("millones", 1e6),
];

static SPANISH_SMALL_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(SPANISH_SMALL));

static SPANISH_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(SPANISH_SCALES));

/// The tens ordinals' stems a joined ordinal starts with, before its gender's vowel.
const TENS_ORDINAL_STEMS: &[(&str, f64)] = &[
    ("décim", 10.0),
    ("decim", 10.0),
    ("vigésim", 20.0),
    ("vigesim", 20.0),
    ("trigésim", 30.0),
    ("trigesim", 30.0),
];

/// Old unit ordinals a joined ordinal may end with that the table does not hold as words of
/// their own (Reina-Valera's "décimatercia", "vigésimaprima"), and the unaccented "séptimo".
const OLD_UNIT_ORDINALS: &[(&str, f64)] = &[
    ("primo", 1.0),
    ("prima", 1.0),
    ("tercio", 3.0),
    ("tercia", 3.0),
    ("septimo", 7.0),
    ("septima", 7.0),
];

/// An ordinal read by rule rather than from the table: "tercio" in lower case (Reina-Valera's
/// third part, "el tercio de un hin"; capitalised, it is the name Tertius), and a tens
/// ordinal and a unit ordinal in one word: Reina-Valera's
/// "décimatercia" … "vigésimacuarta" (the 13th to 24th lots of 1 Chronicles 24-25),
/// "vigésimoprimero", and the teens, accented or not ("décimotercio", "decimotercera"); the
/// tens' vowel may be elided before the unit's ("décimoctavo" is "décim-octavo").
fn ordinal_by_rule(word: &str) -> Option<f64> {
    if word == "tercio" || word == "tercia" {
        return Some(3.0);
    }
    // Most words start with none of the stems' letters: no lower-case copy for them.
    if !word.starts_with(['d', 'D', 'v', 'V', 't', 'T']) || word.len() < 9 {
        return None;
    }
    let lower = word.to_lowercase();
    // A unit: the table's ("tercera", "cuarto"; its cardinals too, which join no tens
    // ordinal in any text) or an old one.
    let unit = |rest: &str| {
        SPANISH_SMALL_TABLE
            .get(rest)
            .filter(|v| (1.0..10.0).contains(v))
            .or_else(|| {
                OLD_UNIT_ORDINALS
                    .iter()
                    .find(|(w, _)| *w == rest)
                    .map(|(_, v)| *v)
            })
    };
    TENS_ORDINAL_STEMS.iter().find_map(|(stem, tens)| {
        let rest = lower.strip_prefix(stem)?;
        let gendered = rest.strip_prefix(['o', 'a']).and_then(unit);
        gendered.or_else(|| unit(rest)).map(|u| tens + u)
    })
}

pub(crate) static SPANISH: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &SPANISH_SMALL_TABLE,
    scales: &SPANISH_SCALE_TABLE,
    and: "y",
    // The articles, and "segundo" (a second of time, "according to").
    ambiguous: &["un", "una", "uno", "segundo", "segunda"],
    english: false,
    decimal_comma: true,
    months: Some(&super::months::SPANISH),
    date_joiner: Some("de"),
    vigesimal: false,
    ordinal_by_rule: Some(ordinal_by_rule),
});
