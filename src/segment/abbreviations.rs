//! Each language's conventions for what a full stop does not end: titles before a name,
//! abbreviations before a number, ordinal numbers written with a full stop (German "am 3.
//! Oktober"), and the words that open a sentence after an abbreviation. English is the
//! default for text in other languages (and the rules driftview had before it knew languages).
//!
//! The Spanish titles and abbreviations are taken from the Real Academia Española's "Lista de
//! abreviaturas" (rae.es/buen-uso-español/lista-de-abreviaturas). The German lists are common
//! abbreviations of German prose checked against the German sentence-break suppressions of
//! the Unicode CLDR (common/segments/de.xml), whose entries that are no word themselves were
//! added; that German writes ordinal numbers with a full stop is its spelling rule.

use crate::text::language::Language;

/// What a full stop does not end in one language.
pub(crate) struct Conventions {
    /// Followed by a name or anything else, never the end of a sentence ("Mr.", "Sra.", "bzw.").
    pub(crate) titles: &'static [&'static str],
    /// Followed by a number, not a sentence end ("No. 5", "pág. 3", "Nr. 7").
    pub(crate) before_numbers: &'static [&'static str],
    /// Words that open a sentence: after an abbreviation (or an ordinal) they mean it ended.
    pub(crate) openers: &'static [&'static str],
    /// A number of one to three digits with a full stop before a capitalised word that opens
    /// no sentence is an ordinal ("am 3. Oktober", "der 1. Weltkrieg").
    pub(crate) dotted_ordinals: bool,
    /// Greek: ";" (and U+037E, which normalises to it) is the question mark, and ends a
    /// sentence before a capital.
    pub(crate) semicolon_asks: bool,
}

/// The conventions of a language, English's for a language without its own lists.
pub(crate) fn conventions(language: Option<Language>) -> &'static Conventions {
    match language {
        Some(Language::SPANISH) => &SPANISH,
        Some(Language::GERMAN) => &GERMAN,
        Some(Language::GREEK) => &GREEK,
        _ => &ENGLISH,
    }
}

/// Greek: English's lists (for the Latin-script words it quotes), and its question mark.
static GREEK: Conventions = Conventions {
    titles: ENGLISH_TITLES,
    before_numbers: ENGLISH_BEFORE_NUMBERS,
    openers: ENGLISH_OPENERS,
    dotted_ordinals: false,
    semicolon_asks: true,
};

pub(crate) static ENGLISH: Conventions = Conventions {
    titles: ENGLISH_TITLES,
    before_numbers: ENGLISH_BEFORE_NUMBERS,
    openers: ENGLISH_OPENERS,
    dotted_ordinals: false,
    semicolon_asks: false,
};

static SPANISH: Conventions = Conventions {
    titles: &[
        "sr", "sra", "srta", "sres", "sras", "srtas", "d", "dña", "dr", "dra", "ud", "uds", "vd",
        "vds", "excmo", "excma", "ilmo", "ilma", "mons", "rdo", "rvdo", "lcdo", "lcda", "ldo",
        "lda", "prof", "profa", "ing", "lic", "arq", "gral", "cnel", "tte", "sgto", "fr", "sto",
        "sta", "avda", "av", "c", "dpto", "depto", "admón", "aprox", "cía", "ee", "uu", "vs",
    ],
    before_numbers: &[
        "núm", "nro", "n°", "nº", "pág", "págs", "p", "pp", "art", "cap", "vol", "tel", "apdo",
        "fig", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ],
    openers: &[
        "el", "la", "los", "las", "un", "una", "unos", "unas", "él", "ella", "ellos", "ellas",
        "yo", "tú", "nosotros", "pero", "y", "entonces", "este", "esta", "esto", "eso", "en",
        "por", "para", "con", "si", "cuando", "no", "hay", "se", "su", "sus", "mi", "lo", "le",
        "al", "del", "de", "a", "qué", "cómo", "dónde", "quién", "sin", "también", "así",
    ],
    dotted_ordinals: false,
    semicolon_asks: false,
};

static GERMAN: Conventions = Conventions {
    // From "frz" on, the German sentence-break suppressions of the Unicode CLDR (common/
    // segments/de.xml, from ULI data) that are no word of German or English themselves
    // ("Dir.", "Art.", "Test.", "Alt." and the weekdays end sentences as words).
    titles: &[
        "hr",
        "hrn",
        "fr",
        "dr",
        "prof",
        "dipl",
        "ing",
        "st",
        "bzw",
        "ca",
        "vgl",
        "evtl",
        "ggf",
        "inkl",
        "exkl",
        "sog",
        "geb",
        "gest",
        "verh",
        "allg",
        "bzgl",
        "einschl",
        "insb",
        "zzgl",
        "abt",
        "str",
        "jh",
        "jhs",
        "mio",
        "mrd",
        "tsd",
        "röm",
        "kath",
        "ev",
        "u",
        "z",
        "d",
        "frz",
        "entspr",
        "erw",
        "eigtl",
        "kgl",
        "schwäb",
        "möbl",
        "tägl",
        "gesch",
        "ehem",
        "näml",
        "mtl",
        "hpts",
        "gedr",
        "schles",
        "südd",
        "kfm",
        "verw",
        "amtl",
        "jhrl",
        "beil",
        "österr",
        "jew",
        "ggfs",
        "od",
        "ges",
        "gebr",
        "frl",
        "inh",
        "ausg",
        "spezif",
        "obj",
        "folg",
        "chr",
        "einh",
        "fa",
        "ztr",
        "bibl",
        "fn",
        "dtzd",
        "jahrh",
        "hbf",
        "prot",
        "adr",
        "pfd",
        "ausschl",
        "verf",
        "sek",
        "hrsg",
        "adj",
        "phys",
        "proz",
        "schr",
        "abw",
        "geograph",
        "urspr",
        "ursprüngl",
        "konv",
        "kop",
        "hptst",
        "gek",
    ],
    before_numbers: &[
        "nr", "s", "bd", "abs", "art", "kap", "tel", "abb", "tab", "ziff", "jan", "feb", "febr",
        "apr", "aug", "sep", "sept", "okt", "nov", "dez",
    ],
    openers: &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "er", "sie", "es", "ich",
        "wir", "ihr", "man", "dann", "aber", "und", "doch", "auch", "im", "in", "am", "als",
        "wenn", "nach", "bei", "mit", "auf", "für", "von", "zu", "diese", "dieser", "dieses",
        "was", "wie", "wo", "warum", "heute", "jetzt", "damit", "daher", "deshalb", "so", "nun",
        "hier", "dort", "da", "denn", "seit", "sein", "seine", "ihre", "mein",
    ],
    dotted_ordinals: true,
    semicolon_asks: false,
};

/// Titles that are followed by a name, never the end of a sentence.
const ENGLISH_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "sen", "rep", "gov", "gen", "col", "lt", "capt",
    "sgt", "rev", "hon", "jr", "sr", "vs", "fig", "cf", "approx", "messrs", "mme", "mlle",
];

/// Abbreviations that are followed by a number ("No. 5", "Dec. 8").
const ENGLISH_BEFORE_NUMBERS: &[&str] = &[
    "no", "nos", "n°", "nº", "vol", "v", "ver", "sec", "p", "pp", "ch", "art", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Words that commonly open a sentence; after "U.S." they mean a real sentence end.
const ENGLISH_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "so",
    "in",
    "on",
    "at",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "if",
    "when",
    "as",
    "for",
    "after",
    "before",
    "while",
    "however",
    "meanwhile",
    // Question words and auxiliaries open questions: "I live in the U.S. How about you?"
    "how",
    "what",
    "who",
    "why",
    "where",
    "which",
    "did",
    "do",
    "does",
    "is",
    "are",
    "was",
    "were",
    "can",
    "will",
];
