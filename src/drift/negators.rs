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

use super::negation_idioms;
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
    /// Words that deny a coordinated clause of their own ("nor", "neither", Spanish "ni") or
    /// only extend the head before them: "not … neither" renders "no … ni" or "no … no", and
    /// "not X, or Y" renders "no X ni Y". Alone they deny as a head.
    coordinators: &'static [&'static str],
    /// Words that deny without a negator ("refuse", "lest", "without", "sin"): a
    /// translation renders them with one ("refuseth to let" → "no quiere dejar"), so a side
    /// holding one is not said to deny nothing.
    implicit: &'static [&'static str],
    /// Words that make a coordinator after them deny on its own, "not even" (Spanish "ni
    /// aun", "ni un perro"): such a coordinator needs no head before it.
    not_even: &'static [&'static str],
}

const WORD_LANGUAGES: &[Negators] = &[
    Negators {
        code: "en",
        heads: &[
            "not", "no", "never", "nothing", "none", "nobody", "cannot", "nought", "naught",
        ],
        companions: &[],
        coordinators: &["nor", "neither"],
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
            "zero",
            "else",
        ],
        not_even: &[],
    },
    Negators {
        code: "es",
        heads: &["no"],
        companions: &[
            "nunca", "jamás", "nada", "nadie", "ninguno", "ninguna", "ningún", "tampoco",
        ],
        coordinators: &["ni"],
        implicit: &[
            "sin", "apenas", "excepto", "salvo", "rehusar", "rehusó", "negar", "negó",
        ],
        not_even: &["aun", "aún", "siquiera", "un", "uno", "una", "tampoco"],
    },
    Negators {
        code: "pt",
        heads: &["não", "nao"],
        companions: &[
            "nunca", "jamais", "nada", "ninguém", "nenhum", "nenhuma", "tampouco",
        ],
        coordinators: &["nem"],
        implicit: &["sem", "senão", "exceto", "salvo", "recusar", "recusou"],
        not_even: &["sequer", "mesmo", "um", "uma"],
    },
    Negators {
        code: "fr",
        heads: &["ne", "non"],
        companions: &["jamais", "rien", "aucun", "aucune", "ni", "nul", "nulle"],
        coordinators: &[],
        implicit: &["sans", "sauf", "excepté", "refuser", "refusa", "guère"],
        not_even: &[],
    },
    Negators {
        code: "it",
        heads: &["non"],
        companions: &[
            "mai", "niente", "nulla", "nessuno", "nessuna", "nessun", "neanche", "nemmeno",
        ],
        coordinators: &["né"],
        implicit: &["senza", "tranne", "eccetto", "rifiutare", "rifiutò"],
        not_even: &["anche", "pure", "un", "uno", "una"],
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
        coordinators: &[],
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
        not_even: &[],
    },
    Negators {
        code: "nl",
        heads: &[
            "niet", "geen", "nooit", "niets", "niemand", "nergens", "noch",
        ],
        companions: &[],
        coordinators: &[],
        implicit: &["zonder", "behalve", "nauwelijks", "weigeren", "weigerde"],
        not_even: &[],
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
        coordinators: &[],
        implicit: &["без", "кроме", "едва", "отказался"],
        not_even: &[],
    },
    Negators {
        code: "uk",
        heads: &["не", "ні", "немає"],
        companions: &["ніколи", "нічого", "ніхто", "ніде"],
        coordinators: &[],
        implicit: &["без", "крім", "ледве"],
        not_even: &[],
    },
    Negators {
        code: "el",
        heads: &["δεν", "δε", "μην", "μη", "όχι", "ούτε", "ουδέ"],
        companions: &["ποτέ", "τίποτα", "τίποτε", "κανείς", "κανένας", "καμία"],
        coordinators: &[],
        implicit: &["χωρίς", "εκτός", "μόλις"],
        not_even: &[],
    },
    Negators {
        code: "ar",
        heads: &["لا", "لم", "لن", "ليس", "ليست", "لست", "ليسوا", "غير"],
        companions: &[],
        coordinators: &[],
        implicit: &["بدون", "دون", "إلا", "بلا"],
        not_even: &[],
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
    Coordinator,
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
                .chain(n.coordinators.iter().map(|w| (*w, Role::Coordinator)))
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
    /// Coordinators after a head of their sentence ("not … nor", "no … ni"), not among
    /// `negators`: each may deny a clause of its own or only extend the head's ("not X, or
    /// Y" renders "no X ni Y"), so a side denies between `negators.len()` and that plus
    /// these times.
    pub(super) coordinated: usize,
    pub(super) implicit: bool,
    /// Negators a question took back (they ask, they do not deny): a translation may state
    /// what its source asks ("And hast not suffered me …?" / "Que aun no me dejaste …"), which
    /// the question check reports; counted with them, such sides deny alike.
    pub(super) asked: usize,
    /// A coordinator that stands alone in the middle of a statement with no denial before it
    /// ("perdone vuestro ojo, ni tengáis misericordia", "drink wine nor strong drink"): the
    /// clause before it has lost the head that "let not your eye spare, neither …" has.
    pub(super) dangling: bool,
}

/// Coordinators that open a denial of their own mid-sentence ("and neither is the rod of
/// God upon them"): alone, they leave nothing dangling.
const OPENING_COORDINATORS: &[&str] = &["neither"];

/// What a sentence of [`denials`] holds so far, for telling whether a coordinator in it
/// dangles (only whole sentences tell: a second coordinator makes a correlative, "ni X ni
/// Y"; a head after it completes it, "ni despedazado … no comerá").
#[derive(Default)]
struct Sentence {
    words: usize,
    coordinators: usize,
    /// A coordinator after a word of the sentence, with no denial before it in the text.
    lone: bool,
    /// A head or companion after that coordinator.
    completed: bool,
}

/// The denials of `text` in `language`; `None` for a language without a list.
pub(super) fn denials(text: &Text, language: Option<Language>) -> Option<Denials> {
    use crate::text::tokens::TokenKind;
    let code = language?.code();
    if let Some((_, marks, not_marks)) = CHARACTER_LANGUAGES.iter().find(|(c, _, _)| *c == code) {
        return Some(Denials {
            negators: in_characters(text.text, marks, not_marks),
            coordinated: 0,
            implicit: false,
            asked: 0,
            dangling: false,
        });
    }
    let index = WORD_LANGUAGES.iter().position(|n| n.code == code)?;
    let (table, not_even) = (&TABLES[index], WORD_LANGUAGES[index].not_even);
    let mut out = Denials::default();
    let mut sentence = Sentence::default();
    // Whether the text denied anything yet, in any words.
    let mut denied = false;
    // What opened the sentence's denial, a head or a companion: a companion after it may
    // add a denial or none ("No te harás imagen, ni ninguna semejanza" denies as "Thou shalt
    // not make … any likeness"), so it counts among `coordinated`, not `negators`.
    let mut opened: Option<Role> = None;
    // A question's negator asks, it does not deny ("¿no es un hombre el que pecó?" renders
    // "shall one man sin?"): a question's negators are not counted.
    let mut sentence_starts = 0;
    // Direct speech opens a question inside a statement ("It is not in heaven, that thou
    // shouldest say, Who shall go up …?"): a capitalised word after a saying and a comma
    // starts what a question mark takes back.
    let mut after_comma = false;
    let mut last_word = "";
    for t in &text.tokens {
        let piece = &text.text[t.span.clone()];
        match t.kind {
            TokenKind::Word => {
                if std::mem::take(&mut after_comma)
                    && piece.starts_with(char::is_uppercase)
                    && SAYINGS.iter().any(|w| w.eq_ignore_ascii_case(last_word))
                {
                    sentence_starts = out.negators.len();
                }
                last_word = piece;
                after_comma = piece.contains([',', '，', '、']);
                let contraction =
                    code == "en" && (piece.ends_with("n't") || piece.ends_with("n’t"));
                let found = if contraction {
                    Some((Role::Head, "not".to_string()))
                } else {
                    role(table, piece)
                };
                // The text either side of the word: for fixed phrases, compounds and quotes.
                let (before, after) = (&text.text[..t.span.start], &text.text[t.span.end..]);
                // "para siempre jamás", "set at nought": a negator's word in a fixed phrase.
                let found = match found
                    .is_some()
                    .then(|| negation_idioms::reading(code, (before, after), piece))
                    .flatten()
                {
                    Some(negation_idioms::Reading::NoDenial) => None,
                    Some(negation_idioms::Reading::Implicit) => {
                        Some((Role::Implicit, String::new()))
                    }
                    None => found,
                };
                // English denies inside words too ("nonexistent", "unmatched", "unable").
                let non = code == "en" && denies_inside(piece);
                // A word inside an option's name ("--no-messages") or value
                // ("--sort=none"), or a compound
                // ("non-empty"), or a word quoted as a value ('never', „never“), is no
                // negator of the sentence.
                let quote = ['\'', '"', '‘', '’', '“', '”', '„', '«', '»'];
                let hyphenated = before.ends_with(['-', '='])
                    || after.starts_with('-')
                    || (before.ends_with(quote) && after.starts_with(quote));
                if let Some((role, key)) = &found
                    && !hyphenated
                {
                    if *role == Role::Coordinator {
                        sentence.coordinators += 1;
                        let next_word: String = after
                            .trim_start()
                            .chars()
                            .take_while(|c| c.is_alphabetic())
                            .collect();
                        sentence.lone |= sentence.words > 0
                            && !denied
                            && !OPENING_COORDINATORS.contains(&key.as_str())
                            && !not_even.iter().any(|w| w.eq_ignore_ascii_case(&next_word));
                    } else if matches!(role, Role::Head | Role::Companion) {
                        sentence.completed |= sentence.lone;
                    }
                    denied = true;
                }
                sentence.words += 1;
                match found {
                    _ if hyphenated => {
                        out.implicit |= found.is_some() || piece.eq_ignore_ascii_case("non");
                    }
                    // "nothing but good", "none but he": only, not a denial.
                    Some((Role::Head, _)) if code == "en" && before_but(after) => {
                        out.implicit = true;
                    }
                    // A head after a companion completes its denial ("Rien n'a été
                    // trouvé", "Ni X ni Y no comerá"); it may deny again.
                    Some((Role::Head, _)) if opened == Some(Role::Companion) => {
                        out.coordinated += 1;
                    }
                    Some((Role::Head, k)) => {
                        out.negators.push(k);
                        opened.get_or_insert(Role::Head);
                    }
                    Some((Role::Companion | Role::Coordinator, k)) => {
                        if opened.is_some() {
                            out.coordinated += 1;
                        } else {
                            out.negators.push(k);
                            opened = Some(Role::Companion);
                        }
                    }
                    Some((Role::Implicit, _)) => out.implicit = true,
                    None if non => out.implicit = true,
                    None => {}
                }
            }
            TokenKind::Space => {}
            _ => {
                let asks = piece.contains(['?', '？', '؟']);
                if asks {
                    out.asked += out.negators.len().saturating_sub(sentence_starts);
                    out.negators.truncate(sentence_starts);
                }
                // A full stop before a lower-case word ends no sentence ("do not list
                // implied . and .."; "etc. and").
                let next = text.text[t.span.end..].trim_start().chars().next();
                let stop_mid_sentence = !piece.contains(['!', '?', ';', ':', '¿', '¡'])
                    && next.is_some_and(|c| c.is_lowercase());
                if piece.contains([
                    '.', '!', '?', ';', ':', '¿', '¡', '；', '。', '！', '？', '؟',
                ]) && !stop_mid_sentence
                {
                    opened = None;
                    sentence_starts = out.negators.len();
                    let ended = std::mem::take(&mut sentence);
                    out.dangling |= !asks && ended.dangles();
                }
                after_comma = piece.contains([',', '，', '、']);
            }
        }
    }
    out.dangling |= sentence.dangles();
    Some(out)
}

impl Sentence {
    fn dangles(&self) -> bool {
        self.lone && self.coordinators == 1 && !self.completed
    }
}

/// English words that open direct speech after a comma ("saying, Who shall …?").
const SAYINGS: &[&str] = &[
    "say", "says", "said", "saying", "saith", "sayest", "ask", "asked", "asking", "answered",
    "cried", "crying", "replied",
];

/// Whether the text after a word starts with "but" ("nothing but good").
fn before_but(after: &str) -> bool {
    let after = after.trim_start();
    after.len() >= 3
        && after.as_bytes()[..3].eq_ignore_ascii_case(b"but")
        && !after[3..].starts_with(char::is_alphanumeric)
}

/// Whether two sides, each read in its own language, deny a different number of times.
/// One side denying and the other not always does, unless the silent side denies in other
/// words ("without", "sin", "lest"). Both denying, each side counts between its negators and
/// those plus its coordinators ("not X, or Y" renders "no X ni Y", "dieth not, and … is not
/// quenched" "no muere, y … nunca se apaga"), and the sides differ when the two ranges are
/// apart: by one, unless the side with fewer negators denies in other words too ("lest ye
/// die" renders "porque no muráis"); by two, always. Measured on the error-injection
/// benchmark's tuning books (BENCHMARKS.md): negations removed found 18 → 25 of 40, for 7
/// more findings on the clean pair than a plain count gap of two.
///
/// A side that states what the other asks denies alike when the questions' negators are
/// counted on both sides: the sides differ only if they differ both ways.
///
/// A side whose coordinator dangles differs from one that puts a head before its own
/// coordinator: "let not your eye spare, neither have ye pity" against "perdone vuestro ojo,
/// ni tengáis misericordia" counts one denial or two each, but the second has lost its first.
pub(super) fn differ(a: &Denials, b: &Denials) -> bool {
    let (n, m) = (a.negators.len(), b.negators.len());
    let lost_head = |x: &Denials, y: &Denials| x.dangling && !y.dangling && y.coordinated > 0;
    (counts_differ(a, b, n, m)
        && (a.asked + b.asked == 0 || counts_differ(a, b, n + a.asked, m + b.asked)))
        || lost_head(a, b)
        || lost_head(b, a)
}

/// [`differ`] for the counts `n` of `a` and `m` of `b`.
fn counts_differ(a: &Denials, b: &Denials, n: usize, m: usize) -> bool {
    match (n, m) {
        (0, 0) => false,
        (0, _) => !a.implicit,
        (_, 0) => !b.implicit,
        _ => {
            let apart = n
                .saturating_sub(m + b.coordinated)
                .max(m.saturating_sub(n + a.coordinated));
            let fewer_implicit = if n < m { a.implicit } else { b.implicit };
            apart >= 2 || (apart == 1 && !fewer_implicit)
        }
    }
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
        assert_eq!(of("fr", "Rien n'a été trouvé."), ["rien"]);
        assert_eq!(of("ru", "Он не сказал ничего."), ["не"]);
        assert_eq!(of("it", "Non ho visto nessuno."), ["non"]);
    }

    #[test]
    fn a_negator_s_word_in_a_fixed_phrase_denies_nothing() {
        assert!(of("es", "á él sea gloria para siempre jamás. Amén.").is_empty());
        assert_eq!(of("es", "Jamás lo verás."), ["jamás"]);
        assert!(of("fr", "Il est parti à tout jamais.").is_empty());
        let set_at = denials(
            &Text::new("And Herod with his men of war set him at nought."),
            Language::from_code("en"),
        )
        .unwrap();
        assert!(set_at.negators.is_empty() && set_at.implicit);
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
    fn a_head_s_companions_and_coordinators_may_deny_again() {
        let d = |code: &str, text: &str| {
            let d = denials(&Text::new(text), Language::from_code(code)).unwrap();
            (d.negators.len(), d.coordinated)
        };
        // "Do not drink wine nor strong drink": one denial, or two.
        assert_eq!(d("en", "Do not drink wine nor strong drink."), (1, 1));
        assert_eq!(d("es", "No beberéis vino ni sidra."), (1, 1));
        // "no muere, y el fuego nunca se apaga" denies twice as "dieth not, and … is not".
        assert_eq!(
            d("es", "Donde su gusano no muere, y el fuego nunca se apaga."),
            (1, 1)
        );
        // A full stop before a lower-case word ends no sentence.
        assert_eq!(
            d("es", "no muestra las entradas implícitas . ni .."),
            (1, 1)
        );
        // Alone, a coordinator is the sentence's head.
        assert_eq!(d("es", "Ni está de la otra parte de la mar."), (1, 0));
    }

    #[test]
    fn sides_differ_when_their_ranges_of_denials_are_apart() {
        let differ_in = |en: &str, es: &str| {
            let side = |code: &str, t: &str| denials(&Text::new(t), Language::from_code(code));
            differ(&side("en", en).unwrap(), &side("es", es).unwrap())
        };
        // A "no" taken out before a "ni" that then stands alone.
        assert!(differ_in(
            "Thou shalt not offer the blood; neither shall the fat remain.",
            "Ofrecerás la sangre; ni el sebo quedará."
        ));
        assert!(!differ_in(
            "Thou shalt not offer the blood; neither shall the fat remain.",
            "No ofrecerás la sangre; ni el sebo quedará."
        ));
        // "or" in a denial's scope renders "ni"; "nor" may render "no" again.
        assert!(!differ_in(
            "Ye shall not afflict any widow, or fatherless child.",
            "No afligiréis á viuda ni huérfano."
        ));
        assert!(!differ_in(
            "Thou shalt not curse the deaf, nor put a stumblingblock before the blind.",
            "No maldigas al sordo, y delante del ciego no pongas tropiezo."
        ));
        // One fewer, where the fewer side denies by "lest": rendered, not lost.
        assert!(!differ_in(
            "let not God speak with us, lest we die.",
            "no hable Dios con nosotros, porque no muramos."
        ));
        assert!(differ_in(
            "But the wheat and the rie were not smitten: for they were not grown up.",
            "Mas el trigo y el centeno no fueron heridos; porque eran tardíos."
        ));
    }

    #[test]
    fn a_coordinator_left_without_its_head_dangles() {
        let dangles = |code: &str, text: &str| {
            denials(&Text::new(text), Language::from_code(code))
                .unwrap()
                .dangling
        };
        assert!(dangles(
            "es",
            "Pasad, y herid; perdone vuestro ojo, ni tengáis misericordia."
        ));
        assert!(dangles("es", "se halló espada ni lanza en mano de alguno"));
        assert!(dangles("en", "drink wine nor strong drink"));
        // Kept heads, correlatives, "not even", a head after it, a question, an opener.
        for (code, text) in [
            ("es", "no perdone vuestro ojo, ni tengáis misericordia."),
            ("es", "sin oro ni plata"),
            ("es", "Ni está de la otra parte de la mar."),
            (
                "es",
                "Montes de Gilboa, ni rocío ni lluvia caiga sobre vosotros",
            ),
            ("es", "y ni uno dejaremos de él"),
            ("es", "Mortecino ni despedazado por fiera no comerá"),
            (
                "es",
                "¿Tenemos ya parte ni heredad en la casa de nuestro padre?",
            ),
            (
                "en",
                "Their houses are safe from fear, neither is the rod upon them.",
            ),
            ("en", "drink not wine nor strong drink"),
        ] {
            assert!(!dangles(code, text), "{text}");
        }
        let side = |code: &str, t: &str| denials(&Text::new(t), Language::from_code(code)).unwrap();
        let source = side("en", "let not your eye spare, neither have ye pity.");
        assert!(differ(
            &source,
            &side("es", "perdone vuestro ojo, ni tengáis misericordia.")
        ));
        assert!(!differ(
            &source,
            &side("es", "no perdone vuestro ojo, ni tengáis misericordia.")
        ));
        // A dangling coordinator beside a source that opens with its own is no loss.
        assert!(!differ(
            &side(
                "en",
                "Their houses are safe from fear, neither is the rod upon them."
            ),
            &side(
                "es",
                "Sus casas seguras de temor, ni hay azote de Dios sobre ellos."
            )
        ));
    }

    #[test]
    fn a_question_in_direct_speech_takes_back_only_its_own_negators() {
        assert_eq!(
            of(
                "en",
                "It is not in heaven, that thou shouldest say, Who shall go up for us?"
            ),
            ["not"]
        );
        assert_eq!(
            of("en", "Is it not so, that he came?"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn nothing_but_means_only() {
        let d = denials(
            &Text::new("we have done unto thee nothing but good"),
            Language::from_code("en"),
        )
        .unwrap();
        assert!(d.negators.is_empty() && d.implicit);
        assert_eq!(of("en", "He said nothing, but left."), ["nothing"]);
    }

    #[test]
    fn a_statement_of_what_the_other_side_asks_denies_alike() {
        let d = |code: &str, text: &str| denials(&Text::new(text), Language::from_code(code));
        // Genesis 31:28: the King James asks, Reina-Valera states.
        let asked = d(
            "en",
            "And hast not suffered me to kiss my sons and my daughters?",
        )
        .unwrap();
        let stated = d("es", "Que aun no me dejaste besar mis hijos y mis hijas.").unwrap();
        assert_eq!((asked.negators.len(), asked.asked), (0, 1));
        assert!(!differ(&asked, &stated));
        // A negation taken out of a statement still differs beside a question kept.
        let source = d("en", "He did not go. Is it not so?").unwrap();
        let removed = d("es", "Fue. ¿No es así?").unwrap();
        assert!(differ(&source, &removed));
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
                coordinated: 0,
                implicit: true,
                asked: 0,
                dangling: false,
            })
        );
    }

    #[test]
    fn options_and_compounds_deny_nothing_but_are_noted() {
        assert!(of("en", "See the --no-messages option.").is_empty());
        assert!(of("en", "any use of --sort=none disables grouping").is_empty());
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
