//! Negators in the languages driftview reads beyond English: the words that turn a clause
//! into its denial, each language's own shapes (Spanish "no … nada", French "ne … pas",
//! German "kein"/"nicht", Russian "не", Chinese 不/没, Japanese ない, Arabic لا/لم/لن), counted
//! so that two sides in different languages can be compared by whether, and how often, they
//! deny. English keeps its richer cues (hedges, contractions) in `negation.rs`; here it has
//! its plain negators, for comparing across languages.
//!
//! Written by hand: no maintained crate lists negators per language (the lists below are the
//! grammars' closed classes of negative particles, pronouns and adverbs).

use std::sync::LazyLock;

use crate::text::Language;
use crate::text::tokens::Text;
use crate::text::word_table::WordTable;

/// One language's negators: `heads` each deny a clause; `companions` deny only with a head
/// before them in the same clause (Spanish "no … nada", French "ne … jamais", Russian
/// "не … никогда") and count alone only where no head precedes ("Nadie vino", "jamais").
struct Negators {
    code: &'static str,
    heads: &'static [&'static str],
    companions: &'static [&'static str],
    /// Words that deny without a negator ("refuse", "lest", "without", "sin"): a
    /// translation renders them with one ("refuseth to let" → "no quiere dejar"), so a side
    /// holding one is not said to deny nothing.
    implicit: &'static [&'static str],
}

const WORD_LANGUAGES: &[Negators] = &[
    Negators {
        code: "en",
        heads: &[
            "not", "no", "never", "nothing", "none", "nobody", "cannot", "nought", "naught",
        ],
        companions: &["nor", "neither"],
        implicit: &[
            "without",
            "lest",
            "refuse",
            "refused",
            "refuses",
            "refuseth",
            "refusest",
            "hardly",
            "scarcely",
            "except",
            "unless",
            "save",
            "fail",
            "failed",
            "cease",
            "ceased",
            "forbid",
            "forbidden",
            "deny",
            "denied",
            "nay",
            "neglect",
        ],
    },
    Negators {
        code: "es",
        heads: &["no"],
        companions: &[
            "nunca", "jamás", "nada", "nadie", "ninguno", "ninguna", "ningún", "ni", "tampoco",
        ],
        implicit: &[
            "sin", "apenas", "excepto", "salvo", "rehusar", "rehusó", "negar", "negó",
        ],
    },
    Negators {
        code: "pt",
        heads: &["não", "nao"],
        companions: &[
            "nunca", "jamais", "nada", "ninguém", "nenhum", "nenhuma", "nem", "tampouco",
        ],
        implicit: &["sem", "senão", "exceto", "salvo", "recusar", "recusou"],
    },
    Negators {
        code: "fr",
        heads: &["ne", "non"],
        companions: &["jamais", "rien", "aucun", "aucune", "ni", "nul", "nulle"],
        implicit: &["sans", "sauf", "excepté", "refuser", "refusa", "guère"],
    },
    Negators {
        code: "it",
        heads: &["non"],
        companions: &[
            "mai", "niente", "nulla", "nessuno", "nessuna", "nessun", "né", "neanche", "nemmeno",
        ],
        implicit: &["senza", "tranne", "eccetto", "rifiutare", "rifiutò"],
    },
    Negators {
        code: "de",
        heads: &[
            "nicht",
            "kein",
            "keine",
            "keinen",
            "keinem",
            "keiner",
            "keines",
            "keinerlei",
            "nie",
            "niemals",
            "nichts",
            "niemand",
            "niemanden",
            "weder",
            "nirgends",
        ],
        companions: &[],
        implicit: &[
            "ohne",
            "außer",
            "kaum",
            "verweigern",
            "weigerte",
            "statt",
            "anstatt",
            "nur",
            "unterdrücken",
            "ungleich",
            "ungültig",
            "unmöglich",
            "fehlt",
            "fehlen",
        ],
    },
    Negators {
        code: "nl",
        heads: &[
            "niet", "geen", "nooit", "niets", "niemand", "nergens", "noch",
        ],
        companions: &[],
        implicit: &["zonder", "behalve", "nauwelijks", "weigeren", "weigerde"],
    },
    Negators {
        code: "ru",
        heads: &["не", "нет", "нельзя"],
        companions: &[
            "ни",
            "никогда",
            "ничего",
            "ничто",
            "никто",
            "никого",
            "нигде",
        ],
        implicit: &["без", "кроме", "едва", "отказался"],
    },
    Negators {
        code: "uk",
        heads: &["не", "ні", "немає"],
        companions: &["ніколи", "нічого", "ніхто", "ніде"],
        implicit: &["без", "крім", "ледве"],
    },
    Negators {
        code: "el",
        heads: &["δεν", "δε", "μην", "μη", "όχι", "ούτε", "ουδέ"],
        companions: &["ποτέ", "τίποτα", "τίποτε", "κανείς", "κανένας", "καμία"],
        implicit: &["χωρίς", "εκτός", "μόλις"],
    },
    Negators {
        code: "ar",
        heads: &["لا", "لم", "لن", "ليس", "ليست", "لست", "ليسوا", "غير"],
        companions: &[],
        implicit: &["بدون", "دون", "إلا", "بلا"],
    },
];

/// Languages written without spaces: negators are found inside the text, less the words
/// they only look like ("不过" is "but", "不同" "different", "少ない" "few").
const CHARACTER_LANGUAGES: &[(&str, &[&str], &[&str])] = &[
    (
        "zh",
        &[
            "不", "没", "沒", "无", "無", "未", "别", "別", "勿", "莫", "非",
        ],
        &[
            "不过", "不過", "不同", "不断", "不斷", "不仅", "不僅", "无论", "無論", "未来", "未來",
            "非常", "除非", "莫非", "别人", "別人", "别的", "別的", "特别", "特別", "区别", "區別",
            "并非", "並非", "无关", "無關",
        ],
    ),
    (
        "ja",
        &[
            "ない",
            "ません",
            "なかっ",
            "ず",
            "ぬ",
            "無い",
            "非",
            "不",
            "無",
            "未",
        ],
        &[
            "少ない",
            "危ない",
            "未来",
            "非常",
            "不思議",
            "ずつ",
            "ずっと",
            "必ず",
            "まず",
            "わずか",
            "ぬいぐるみ",
        ],
    ),
];

/// A word's place in its language's lists.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Head,
    Companion,
    Implicit,
}

/// Each word language's lists as one table looked up without allocating (every word of
/// every row is looked up; most miss).
static TABLES: LazyLock<Vec<WordTable<Role>>> = LazyLock::new(|| {
    WORD_LANGUAGES
        .iter()
        .map(|n| {
            let entries: Vec<(&'static str, Role)> = (n.heads.iter().map(|w| (*w, Role::Head)))
                .chain(n.companions.iter().map(|w| (*w, Role::Companion)))
                .chain(n.implicit.iter().map(|w| (*w, Role::Implicit)))
                .collect();
            WordTable::new(&entries)
        })
        .collect()
});

/// A word's role in `table` and its key (lower case, French elision opened: "n'est" →
/// "ne"). The table ignores ASCII case; a word in another script is lowered first.
fn role(table: &WordTable<Role>, word: &str) -> Option<(Role, String)> {
    let elided = word.len() > 2
        && word.as_bytes()[0].eq_ignore_ascii_case(&b'n')
        && (word[1..].starts_with('\'') || word[1..].starts_with('’'));
    if elided {
        return table.get("ne").map(|r| (r, "ne".to_string()));
    }
    let found = if word.is_ascii() {
        table.get(word)
    } else if word.chars().any(char::is_uppercase) {
        table.get(&word.to_lowercase())
    } else {
        table.get(word)
    };
    found.map(|r| (r, word.to_lowercase()))
}

/// Whether an English word denies by its prefix: "non…" ("nonexistent"), "un…"
/// ("unmatched", "unable", "unprintable"), less the words that only start so ("under",
/// "unit", "universal", "unto", "until").
fn denies_inside(word: &str) -> bool {
    let bytes = word.as_bytes();
    let starts = |p: &[u8]| bytes.len() >= p.len() && bytes[..p.len()].eq_ignore_ascii_case(p);
    bytes.len() > 5 && (starts(b"non") || (starts(b"un") && !starts(b"under") && !starts(b"uni")))
}

/// What a side denies: its negators, each sentence's denial counted once however many
/// companions follow it, in order; and whether it holds a word that denies without one.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Denials {
    pub(super) negators: Vec<String>,
    pub(super) implicit: bool,
}

/// The denials of `text` in `language`; `None` for a language without a list.
pub(super) fn denials(text: &Text, language: Option<Language>) -> Option<Denials> {
    use crate::text::tokens::TokenKind;
    let code = language?.code();
    if let Some((_, marks, not_marks)) = CHARACTER_LANGUAGES.iter().find(|(c, _, _)| *c == code) {
        return Some(Denials {
            negators: in_characters(text.text, marks, not_marks),
            implicit: false,
        });
    }
    let table = &TABLES[WORD_LANGUAGES.iter().position(|n| n.code == code)?];
    let mut out = Denials::default();
    // A companion after a head of its sentence adds nothing ("No te harás imagen, ni
    // ninguna semejanza" denies as "Thou shalt not make … any likeness").
    let mut head_in_sentence = false;
    // A question's negator asks, it does not deny ("¿no es un hombre el que pecó?" renders
    // "shall one man sin?"): a question's negators are not counted.
    let mut sentence_starts = 0;
    for t in &text.tokens {
        let piece = &text.text[t.span.clone()];
        match t.kind {
            TokenKind::Word => {
                let contraction =
                    code == "en" && (piece.ends_with("n't") || piece.ends_with("n’t"));
                let found = if contraction {
                    Some((Role::Head, "not".to_string()))
                } else {
                    role(table, piece)
                };
                // English denies inside words too ("nonexistent", "unmatched", "unable").
                let non = code == "en" && denies_inside(piece);
                // A word inside an option's name ("--no-messages") or a compound
                // ("non-empty"), or a word quoted as a value ('never', „never“), is no
                // negator of the sentence.
                let (before, after) = (&text.text[..t.span.start], &text.text[t.span.end..]);
                let quote = ['\'', '"', '‘', '’', '“', '”', '„', '«', '»'];
                let hyphenated = before.ends_with('-')
                    || after.starts_with('-')
                    || (before.ends_with(quote) && after.starts_with(quote));
                match found {
                    _ if hyphenated => {
                        out.implicit |= found.is_some() || piece.eq_ignore_ascii_case("non");
                    }
                    Some((Role::Head, k)) => {
                        out.negators.push(k);
                        head_in_sentence = true;
                    }
                    Some((Role::Companion, k)) => {
                        if !head_in_sentence {
                            out.negators.push(k);
                        }
                        head_in_sentence = true;
                    }
                    Some((Role::Implicit, _)) => out.implicit = true,
                    None if non => out.implicit = true,
                    None => {}
                }
            }
            TokenKind::Space => {}
            _ => {
                if piece.contains(['?', '？', '؟']) {
                    out.negators.truncate(sentence_starts);
                }
                if piece.contains([
                    '.', '!', '?', ';', ':', '¿', '¡', '；', '。', '！', '？', '؟',
                ]) {
                    head_in_sentence = false;
                    sentence_starts = out.negators.len();
                }
            }
        }
    }
    Some(out)
}

/// The negators of `text` in `language` (as [`denials`] counts them).
#[cfg(test)]
fn negators(text: &Text, language: Option<Language>) -> Option<Vec<String>> {
    denials(text, language).map(|d| d.negators)
}

fn in_characters(text: &str, marks: &[&str], not_marks: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        if let Some(skip) = not_marks.iter().find(|w| rest.starts_with(**w)) {
            at += skip.len();
        } else if let Some(mark) = marks.iter().find(|m| rest.starts_with(**m)) {
            out.push(mark.to_string());
            at += mark.len();
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(code: &str, text: &str) -> Vec<String> {
        negators(&Text::new(text), Language::from_code(code)).unwrap()
    }

    #[test]
    fn a_double_negation_denies_once() {
        assert_eq!(of("es", "No vino nadie. Y no dijo nada."), ["no", "no"]);
        assert_eq!(
            of("es", "No te harás imagen, ni ninguna semejanza."),
            ["no"]
        );
        assert_eq!(of("es", "Nadie vino."), ["nadie"]);
        assert_eq!(of("fr", "Il n'est jamais venu."), ["ne"]);
        assert_eq!(of("fr", "Jamais."), ["jamais"]);
        assert_eq!(of("ru", "Он не сказал ничего."), ["не"]);
        assert_eq!(of("it", "Non ho visto nessuno."), ["non"]);
    }

    #[test]
    fn each_language_s_own_shapes_are_found() {
        assert_eq!(
            of("de", "Er hat keine Zeit und kommt nicht."),
            ["keine", "nicht"]
        );
        assert_eq!(of("pt", "Ele não veio."), ["não"]);
        assert_eq!(of("nl", "Hij kwam niet."), ["niet"]);
        assert_eq!(of("el", "Δεν ήρθε."), ["δεν"]);
        assert_eq!(of("ar", "لم يأت"), ["لم"]);
        assert_eq!(of("en", "He didn't come, nor did she."), ["not"]);
        assert_eq!(of("en", "Nor did she."), ["nor"]);
    }

    #[test]
    fn characters_that_only_look_negative_are_not_negators() {
        assert_eq!(of("zh", "他不来。"), ["不"]);
        assert_eq!(of("zh", "不过他来了，非常好。"), Vec::<String>::new());
        assert_eq!(of("ja", "彼は来ない。"), ["ない"]);
        assert_eq!(of("ja", "少ないです。"), Vec::<String>::new());
    }

    #[test]
    fn a_question_s_negators_ask_and_do_not_deny() {
        assert!(of("es", "¿no es un hombre el que pecó?").is_empty());
        assert_eq!(of("en", "Is it not so? He did not go."), ["not"]);
        assert_eq!(
            of(
                "en",
                "he will not fail thee, neither forsake thee: fear not, neither be dismayed."
            ),
            ["not", "not"]
        );
    }

    #[test]
    fn words_that_deny_without_a_negator_are_noted() {
        let d = denials(
            &Text::new("he refuseth to let the people go"),
            Language::from_code("en"),
        );
        assert_eq!(
            d,
            Some(Denials {
                negators: vec![],
                implicit: true
            })
        );
    }

    #[test]
    fn options_and_compounds_deny_nothing_but_are_noted() {
        assert!(of("en", "See the --no-messages option.").is_empty());
        let d = denials(
            &Text::new("Suppress messages about nonexistent files."),
            Language::from_code("en"),
        )
        .unwrap();
        assert!(d.negators.is_empty() && d.implicit);
        assert!(of("en", "MODE can be always, 'never' or „never“.").is_empty());
        let d = denials(&Text::new("the non-empty parts"), Language::from_code("en")).unwrap();
        assert!(d.negators.is_empty() && d.implicit);
    }

    #[test]
    fn english_prefixes_deny_implicitly() {
        for w in ["Unmatched", "unable", "unprintable", "nonexistent"] {
            assert!(denies_inside(w), "{w}");
        }
        for w in [
            "under",
            "understand",
            "universal",
            "unit",
            "until",
            "unto",
            "none",
        ] {
            assert!(!denies_inside(w), "{w}");
        }
    }

    #[test]
    fn plain_sentences_deny_nothing() {
        assert!(of("es", "Y vió Dios que la luz era buena.").is_empty());
        assert!(of("de", "Er kam noch einmal.").is_empty());
        assert!(denials(&Text::new("Hän ei tullut."), Language::from_code("fi")).is_none());
    }
}
