//! The language a document is written in: detected from samples of its text with whatlang's
//! trigram models, or named by the user with a two- or three-letter code.

use whatlang::Lang;

use super::writing_system::{SystemCounts, WritingSystem};

/// Bytes of text taken from each of the start, the middle and the end for detection: enough
/// for a reliable guess, cheap on a whole book.
const SAMPLE_BYTES: usize = 4096;

/// A natural language, as whatlang knows it (69 languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language(Lang);

/// ISO 639-1 codes of whatlang's languages that have one (the rest keep their 639-3 code).
const TWO_LETTER: &[(Lang, &str)] = &[
    (Lang::Eng, "en"),
    (Lang::Spa, "es"),
    (Lang::Deu, "de"),
    (Lang::Fra, "fr"),
    (Lang::Por, "pt"),
    (Lang::Ita, "it"),
    (Lang::Nld, "nl"),
    (Lang::Rus, "ru"),
    (Lang::Ukr, "uk"),
    (Lang::Pol, "pl"),
    (Lang::Ces, "cs"),
    (Lang::Slk, "sk"),
    (Lang::Slv, "sl"),
    (Lang::Hrv, "hr"),
    (Lang::Srp, "sr"),
    (Lang::Bul, "bg"),
    (Lang::Mkd, "mk"),
    (Lang::Ron, "ro"),
    (Lang::Hun, "hu"),
    (Lang::Fin, "fi"),
    (Lang::Est, "et"),
    (Lang::Lav, "lv"),
    (Lang::Lit, "lt"),
    (Lang::Swe, "sv"),
    (Lang::Dan, "da"),
    (Lang::Nob, "nb"),
    (Lang::Ell, "el"),
    (Lang::Tur, "tr"),
    (Lang::Ara, "ar"),
    (Lang::Heb, "he"),
    (Lang::Pes, "fa"),
    (Lang::Urd, "ur"),
    (Lang::Hin, "hi"),
    (Lang::Ben, "bn"),
    (Lang::Mar, "mr"),
    (Lang::Guj, "gu"),
    (Lang::Pan, "pa"),
    (Lang::Tam, "ta"),
    (Lang::Tel, "te"),
    (Lang::Kan, "kn"),
    (Lang::Mal, "ml"),
    (Lang::Ori, "or"),
    (Lang::Nep, "ne"),
    (Lang::Sin, "si"),
    (Lang::Tha, "th"),
    (Lang::Vie, "vi"),
    (Lang::Ind, "id"),
    (Lang::Jav, "jv"),
    (Lang::Cmn, "zh"),
    (Lang::Jpn, "ja"),
    (Lang::Kor, "ko"),
    (Lang::Khm, "km"),
    (Lang::Mya, "my"),
    (Lang::Amh, "am"),
    (Lang::Kat, "ka"),
    (Lang::Hye, "hy"),
    (Lang::Aze, "az"),
    (Lang::Uzb, "uz"),
    (Lang::Bel, "be"),
    (Lang::Cat, "ca"),
    (Lang::Epo, "eo"),
    (Lang::Afr, "af"),
    (Lang::Zul, "zu"),
    (Lang::Sna, "sn"),
    (Lang::Aka, "ak"),
    (Lang::Tgl, "tl"),
    (Lang::Lat, "la"),
    (Lang::Yid, "yi"),
    (Lang::Tuk, "tk"),
];

impl Language {
    /// English.
    pub const ENGLISH: Language = Language(Lang::Eng);
    /// Spanish.
    pub const SPANISH: Language = Language(Lang::Spa);
    /// German.
    pub const GERMAN: Language = Language(Lang::Deu);
    /// Greek.
    pub const GREEK: Language = Language(Lang::Ell);

    /// The language of a text, from samples of its start, middle and end; `None` when the
    /// text is too short or too mixed for a reliable guess.
    pub fn detect(text: &str) -> Option<Language> {
        let sample = prose_sample(text);
        let info = whatlang::detect(&sample);
        let systems = SystemCounts::of(&sample);
        // Chinese, Japanese and Korean are told by their characters where the detector is
        // unsure (a man page's Japanese between option names) or reads kana-rich text as
        // Chinese: only Japanese writes kana.
        let by_characters = match systems.dominant() {
            Some(WritingSystem::Cjk) if systems.kana * 10 >= systems.cjk() => Some(Lang::Jpn),
            Some(WritingSystem::Cjk) => Some(Lang::Cmn),
            Some(WritingSystem::Hangul) => Some(Lang::Kor),
            _ => None,
        };
        match (info, by_characters) {
            (_, Some(lang)) => Some(Language(lang)),
            (Some(info), None) => info.is_reliable().then_some(Language(info.lang())),
            (None, None) => None,
        }
    }

    /// The language a code names: ISO 639-1 ("en"), ISO 639-3 ("eng") or the English name
    /// ("English"), in any case.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_lowercase();
        if let Some((lang, _)) = TWO_LETTER.iter().find(|(_, two)| *two == code) {
            return Some(Language(*lang));
        }
        Lang::from_code(code.as_str())
            .or_else(|| {
                Lang::all()
                    .iter()
                    .copied()
                    .find(|l| l.eng_name().to_lowercase() == code)
            })
            .map(Language)
    }

    /// The shortest standard code: ISO 639-1 where there is one, else ISO 639-3.
    pub fn code(self) -> &'static str {
        TWO_LETTER
            .iter()
            .find(|(lang, _)| *lang == self.0)
            .map_or(self.0.code(), |(_, two)| two)
    }

    /// The ISO 639-3 code ("eng", "spa"), as FreeDict names its dictionaries.
    pub fn iso3(self) -> &'static str {
        self.0.code()
    }

    /// The language's name in English ("Spanish").
    pub fn name(self) -> &'static str {
        self.0.eng_name()
    }
}

/// Whether two texts are written in different scripts (Latin against Arabic, Cyrillic, CJK
/// …): a sure sign of two languages even where a text is too short to tell which.
pub(crate) fn scripts_differ(a: &str, b: &str) -> bool {
    let system = |text: &str| SystemCounts::of(&prose_sample(text)).dominant();
    match (system(a), system(b)) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

/// Up to [`SAMPLE_BYTES`] of prose from each third of a text: its lines that read as
/// sentences, without the lines of code, options, commands and lists a translation keeps in the
/// source's language (a Chinese man page's "-c, --create" and "tar -cf archive.tar foo bar"
/// lines outnumber its Chinese characters in letters). Each third is read only until its share
/// is found, so a book costs what a page does. [`sample`] of the whole text when too little of
/// it is prose to tell by.
fn prose_sample(text: &str) -> String {
    /// Below this many bytes of prose lines, the text's plain sample is read instead.
    const MIN_PROSE: usize = 256;
    let mut kept = String::new();
    for third in 0..3 {
        let (mut start, end) = (text.len() * third / 3, text.len() * (third + 1) / 3);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let budget = kept.len() + SAMPLE_BYTES;
        // A third cut mid-line starts at its next line.
        let from = if start == 0 {
            0
        } else {
            text[start..]
                .find('\n')
                .map_or(text.len(), |k| start + k + 1)
        };
        let mut at = from;
        for line in text[from..].lines() {
            if at >= end || kept.len() >= budget {
                break;
            }
            at += line.len() + 1;
            if reads_as_prose(line) {
                // A line longer than the share left (a file of one line) is cut to it.
                let mut cut = line.len().min(budget - kept.len());
                while !line.is_char_boundary(cut) {
                    cut -= 1;
                }
                kept.push_str(&line[..cut]);
                kept.push('\n');
            }
        }
    }
    if kept.len() < MIN_PROSE {
        sample(text)
    } else {
        kept
    }
}

/// Whether a line reads as a sentence of prose: it does not open as an option, a prompt, a
/// comment or a path does, and its text is mostly letters (words, or ideographs and kana,
/// which carry a word each).
fn reads_as_prose(line: &str) -> bool {
    let line = line.trim();
    if line.starts_with(['-', '$', '#', '/', '[', '{', '<', '`', '%']) {
        return false;
    }
    let (mut letters, mut others, mut wide) = (0, 0, 0);
    for c in line.chars().filter(|c| !c.is_whitespace()) {
        if c.is_alphabetic() {
            letters += 1;
            // Ideographs, kana and hangul: one of them is a word's worth of Latin letters.
            if c as u32 >= 0x2E80 {
                wide += 1;
            }
        } else {
            others += 1;
        }
    }
    let words = line.split_whitespace().count() + wide;
    words >= 4 && letters >= 4 * others
}

/// Up to [`SAMPLE_BYTES`] from the start, the middle and the end of a text, cut at character
/// boundaries.
fn sample(text: &str) -> String {
    if text.len() <= 3 * SAMPLE_BYTES {
        return text.to_string();
    }
    let floor = |mut at: usize| {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let piece = |start: usize| &text[floor(start)..floor(start + SAMPLE_BYTES)];
    let middle = text.len() / 2 - SAMPLE_BYTES / 2;
    [piece(0), piece(middle), piece(text.len() - SAMPLE_BYTES)].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_detected_from_their_text() {
        let english = "In the beginning God created the heaven and the earth. And the earth was without form, and void; and darkness was upon the face of the deep.";
        let spanish = "En el principio crió Dios los cielos y la tierra. Y la tierra estaba desordenada y vacía, y las tinieblas estaban sobre la haz del abismo.";
        let german = "Am Anfang schuf Gott Himmel und Erde. Und die Erde war wüst und leer, und es war finster auf der Tiefe.";
        assert_eq!(Language::detect(english), Some(Language::ENGLISH));
        assert_eq!(Language::detect(spanish), Some(Language::SPANISH));
        assert_eq!(Language::detect(german), Some(Language::GERMAN));
        assert_eq!(Language::detect(""), None);
    }

    #[test]
    fn codes_and_names_round_trip() {
        for code in ["es", "spa", "Spanish", " ES "] {
            assert_eq!(Language::from_code(code), Some(Language::SPANISH), "{code}");
        }
        assert_eq!(Language::SPANISH.code(), "es");
        assert_eq!(Language::GERMAN.name(), "German");
        assert_eq!(Language::from_code("xx"), None);
    }

    #[test]
    fn the_language_is_read_from_the_prose_not_from_options_and_commands() {
        // A Chinese man page: its option lines, commands and examples in Latin letters
        // outnumber the Chinese characters of its descriptions.
        let mut page = String::new();
        for k in 0..30 {
            page.push_str(&format!(
                "       -{k}, --option-number-{k}=FILE\n              tar --create --file archive.tar --verbose file{k}\n              当指定了这个选项的时候，程序将会在输出中显示文件。\n\n"
            ));
        }
        assert_eq!(Language::detect(&page).map(Language::code), Some("zh"));
        assert!(scripts_differ(
            &page,
            &page.replace(|c: char| c as u32 >= 0x2E80, "x")
        ));
        // Prose alone is read as it always was.
        assert!(reads_as_prose("The quick brown fox jumps over the dog."));
        assert!(!reads_as_prose("-c, --create"));
        assert!(!reads_as_prose("$ tar -cf archive.tar foo bar"));
        assert!(!reads_as_prose("x = f(a, b) * 2 + g(c) / 3;"));
        // Japanese between option names: its kana tell it from Chinese.
        let japanese = "       -a, --all\n              . で始まる要素を無視しない。ファイルを一覧表示する。\n".repeat(20);
        assert_eq!(Language::detect(&japanese).map(Language::code), Some("ja"));
    }

    #[test]
    fn a_long_text_is_sampled_at_character_boundaries() {
        let text = "é".repeat(20_000);
        let s = sample(&text);
        assert!(s.len() <= 3 * SAMPLE_BYTES + 2);
        assert!(s.chars().all(|c| c == 'é' || c == '\n'));
    }
}
