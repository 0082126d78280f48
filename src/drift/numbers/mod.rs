//! Numbers by value, each language's spelled numbers read: "12" = "twelve" = "doce" =
//! "zwölf", "1,000" = "1000", "$300 million" = "300 million dollars", "13 de diciembre de
//! 2021" = "December 13, 2021". `reader.rs` finds the numbers of a text with a language's
//! tables (`system.rs` says what a table holds); each language with spelled numbers has its
//! file, the languages whose scale words alone are read share `scales.rs`, and the months'
//! names are in `months.rs`. A new language's numbers: a file here and a line below.

mod english;
mod french;
mod german;
mod italian;
mod months;
mod portuguese;
mod reader;
mod scales;
mod spanish;
mod system;

pub(super) use english::ENGLISH;
pub(super) use months::month_or_weekday;
pub(super) use reader::{
    Number, absent, inside_a_word, numbers, numbers_in, says_two_in_words, unmatched,
};
use system::Numerals;

use crate::text::language::Language;

/// The numerals of a language that has its own tables; `None`: English's.
pub(super) fn for_language(language: Option<Language>) -> Option<&'static Numerals> {
    let language = language?;
    match language.code() {
        "es" => Some(&spanish::SPANISH),
        "de" => Some(&german::GERMAN),
        "pt" => Some(&portuguese::PORTUGUESE),
        "it" => Some(&italian::ITALIAN),
        "fr" => Some(&french::FRENCH),
        "ru" => Some(&scales::RUSSIAN),
        "el" => Some(&scales::GREEK),
        "ar" => Some(&scales::ARABIC),
        "zh" | "ja" => Some(&scales::CJK),
        _ => None,
    }
}
