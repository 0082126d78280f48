//! Languages whose spelled numbers are not read yet but whose scale words are: a translation
//! writes "40 million" as "40 миллионов", "40 εκατομμυρίων", "40 مليون" or "4000万", and
//! without the scale the digits alone would read as another number.

use std::sync::LazyLock;

use super::system::Numerals;
use crate::text::word_table::WordTable;

const RUSSIAN_SCALES: &[(&str, f64)] = &[
    ("сто", 1e2),
    ("тысяча", 1e3),
    ("тысячи", 1e3),
    ("тысяч", 1e3),
    ("тыс", 1e3),
    ("миллион", 1e6),
    ("миллиона", 1e6),
    ("миллионов", 1e6),
    ("млн", 1e6),
    ("миллиард", 1e9),
    ("миллиарда", 1e9),
    ("миллиардов", 1e9),
    ("млрд", 1e9),
];

const GREEK_SCALES: &[(&str, f64)] = &[
    ("χιλιάδες", 1e3),
    ("χιλιάδων", 1e3),
    ("εκατομμύριο", 1e6),
    ("εκατομμύρια", 1e6),
    ("εκατομμυρίων", 1e6),
    ("εκατ", 1e6),
    ("δισεκατομμύριο", 1e9),
    ("δισεκατομμύρια", 1e9),
    ("δισεκατομμυρίων", 1e9),
];

const ARABIC_SCALES: &[(&str, f64)] = &[
    ("ألف", 1e3),
    ("آلاف", 1e3),
    ("مليون", 1e6),
    ("ملايين", 1e6),
    ("مليار", 1e9),
    ("مليارات", 1e9),
];

/// Chinese and Japanese: ten thousand and a hundred million are words of their own.
const CJK_SCALES: &[(&str, f64)] = &[
    ("千", 1e3),
    ("万", 1e4),
    ("萬", 1e4),
    ("亿", 1e8),
    ("億", 1e8),
];

static NONE: LazyLock<WordTable<f64>> = LazyLock::new(|| WordTable::new(&[]));
static RUSSIAN_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(|| WordTable::new(RUSSIAN_SCALES));
static GREEK_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(|| WordTable::new(GREEK_SCALES));
static ARABIC_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(|| WordTable::new(ARABIC_SCALES));
static CJK_TABLE: LazyLock<WordTable<f64>> = LazyLock::new(|| WordTable::new(CJK_SCALES));

/// Digits and scale words only; `decimal_comma` as the language writes decimals.
fn scales_only(scales: &'static WordTable<f64>, decimal_comma: bool) -> Numerals {
    Numerals {
        small: &NONE,
        scales,
        and: "",
        ambiguous: &[],
        english: false,
        decimal_comma,
        months: None,
        date_joiner: None,
        vigesimal: false,
        ordinal_by_rule: None,
    }
}

pub(crate) static RUSSIAN: LazyLock<Numerals> = LazyLock::new(|| scales_only(&RUSSIAN_TABLE, true));
pub(crate) static GREEK: LazyLock<Numerals> = LazyLock::new(|| scales_only(&GREEK_TABLE, true));
pub(crate) static ARABIC: LazyLock<Numerals> = LazyLock::new(|| scales_only(&ARABIC_TABLE, false));
pub(crate) static CJK: LazyLock<Numerals> = LazyLock::new(|| scales_only(&CJK_TABLE, false));
