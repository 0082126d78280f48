//! Spelled numbers in Portuguese, which joins tens and units with "e" ("vinte e dois") as
//! Spanish does with "y".

use std::sync::LazyLock;

use super::system::Numerals;
use crate::text::word_table::WordTable;

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
    ("quatrocentas", 4e2),
    ("quinhentos", 5e2),
    ("quinhentas", 5e2),
    ("seiscentos", 6e2),
    ("seiscentas", 6e2),
    ("setecentos", 7e2),
    ("setecentas", 7e2),
    ("oitocentos", 8e2),
    ("oitocentas", 8e2),
    ("novecentos", 9e2),
    ("novecentas", 9e2),
    ("mil", 1e3),
    ("milhão", 1e6),
    ("milhões", 1e6),
];

static PORTUGUESE_SMALL_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(PORTUGUESE_SMALL));

static PORTUGUESE_SCALE_TABLE: LazyLock<WordTable<f64>> =
    LazyLock::new(|| WordTable::new(PORTUGUESE_SCALES));

/// Portuguese's numerals.
pub(crate) static PORTUGUESE: LazyLock<Numerals> = LazyLock::new(|| Numerals {
    small: &PORTUGUESE_SMALL_TABLE,
    scales: &PORTUGUESE_SCALE_TABLE,
    and: "e",
    // The articles, and "segundo" (a second, "according to").
    ambiguous: &["um", "uma", "segundo", "segunda"],
    english: false,
    decimal_comma: true,
    months: Some(&super::months::PORTUGUESE),
    date_joiner: Some("de"),
    vigesimal: false,
    ordinal_by_rule: None,
});
