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

static SPANISH_SMALL_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(SPANISH_SMALL));

static SPANISH_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(SPANISH_SCALES));

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
});
